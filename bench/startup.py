"""Cold start to the first window shown: the app from source, the built bundle, and a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs 7] [--bundle dist/llm-scale-studio/llm-scale-studio]

Each run starts a new process with LLM_SCALE_STUDIO_EXIT_AFTER_SHOWN=1: the app prints
"shown" once its main window (editor and headline) has been shown and painted, then builds
the result sections and charts (pyqtgraph, numpy), prints "complete" and quits.  The time is from
spawning the process to reading that line.  The bare window is the floor: a Python process
that imports PySide6, shows an empty QWidget and does the same.  Targets: the first paint within
2.5x of the bare window; the onedir bundle under 160 MB (its size is printed too).
Runs offscreen unless DISPLAY is set and --screen is given.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(1200, 800); w.show()
def shown():
    print("shown", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def time_start(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """(seconds to the line "shown", seconds to "complete" or None if the program prints no such line)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    watchdog = threading.Timer(60, proc.kill)  # a build without the probe would wait forever
    watchdog.start()
    shown = complete = None
    try:
        for line in proc.stdout:
            if line.strip() == "shown":
                shown = time.perf_counter() - start
            elif line.strip() == "complete":
                complete = time.perf_counter() - start
        if shown is None:
            raise RuntimeError(f"{command[0]} exited without showing a window (exit {proc.wait()})")
        proc.wait(timeout=30)
    finally:
        watchdog.cancel()
    return shown, complete


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6  # PyInstaller links libraries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "llm-scale-studio" / "llm-scale-studio")
    parser.add_argument("--screen", action="store_true", help="use the real display instead of offscreen")
    args = parser.parse_args()
    env = dict(os.environ, LLM_SCALE_STUDIO_EXIT_AFTER_SHOWN="1", LLM_SCALE_STUDIO_NO_DIALOGS="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a normal start reads compiled modules (the warm-up run writes them)
    if not args.screen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    commands = {"bare PySide6 window": [sys.executable, "-c", BARE], "python main.py": [sys.executable, str(ROOT / "main.py")]}
    if args.bundle.exists():
        commands["onedir bundle"] = [str(args.bundle)]
    results = {}
    for name, command in commands.items():
        time_start(command, env)  # warm the file cache: we measure a cold process, not a cold disk
        runs = [time_start(command, env) for _ in range(args.runs)]
        times = [shown for shown, _ in runs]
        results[name] = statistics.median(times)
        print(f"{name:<22} first paint median {results[name] * 1000:6.0f} ms over {args.runs} runs (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
        completes = [complete for _, complete in runs if complete is not None]
        if completes:
            print(f"{'':<22} charts built median {statistics.median(completes) * 1000:6.0f} ms")
    floor = results["bare PySide6 window"]
    for name, seconds in results.items():
        if name != "bare PySide6 window":
            print(f"{name:<22} first paint {seconds / floor:.2f}x the bare window (target 2.5x)")
    if args.bundle.exists():
        print(f"onedir bundle size     {folder_mb(args.bundle.parent):.0f} MB (target < 160 MB)")


if __name__ == "__main__":
    main()
