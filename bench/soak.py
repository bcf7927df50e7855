"""A long session without growth: thousands of valid edits offscreen, memory and latency per thousand.

    .venv/bin/python bench/soak.py [--edits 5000] [--seed 1]

Each edit goes through the real widgets, as in tests/gui/test_monkey.py but only
valid ones: typed numbers that keep the design valid, arrow keys, choices,
presets, the MoE box, undo and redo, adding, switching and removing designs.
After each edit the window is repainted synchronously; the time from the edit to
the end of that repaint is one sample (as bench/gui_latency.py measures it).
Resident memory (RSS, /proc/self/statm) is printed at the start and after every
thousand edits.  Target: less than 20 MB growth, and the last thousand no slower
than the first.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="llm-scale-studio-soak-")  # leave real settings alone
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="llm-scale-studio-soak-data-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

# Fields and values that keep a LLaMA/GPT-style design valid whatever the other fields hold.
SAFE_TYPING = {
    ("architecture", "n_layers"): (2, 4, 12, 24, 32, 48, 80),
    ("architecture", "vocab_size"): (32000, 50257, 128256, 256000),
    ("architecture", "d_ff"): (1024, 3072, 11008, 14336),
    ("architecture", "max_seq_len"): (512, 2048, 4096, 8192),
    ("workload", "micro_batch_size"): (1, 2, 4, 8),
    ("workload", "n_gpus"): (8, 64, 512, 2048),
    ("workload", "mfu"): (0.3, 0.4, 0.5),
    ("workload", "pue"): (1.1, 1.2, 1.5),
    ("workload", "concurrent_requests"): (1, 8, 32),
}
PRESETS = ("gpt2-small", "llama-2-7b", "mixtral-8x7b", "bert-base", "t5-small", "mistral-7b", "llama-3-8b")


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def edit(window, rng: random.Random) -> None:
    """One valid edit through the widgets."""
    roll = rng.random()
    editor = window.editor
    if roll < 0.55:
        path = rng.choice(tuple(SAFE_TYPING))
        row = editor.row(*path)
        editor.tabs.setCurrentIndex(0 if path[0] == "architecture" else 1)
        line = row.widget.lineEdit()
        line.selectAll()
        QTest.keyClicks(line, str(rng.choice(SAFE_TYPING[path])))
        QTest.keyClick(line, Qt.Key.Key_Return)  # a field commits on Enter (gui.fields), not on each key
    elif roll < 0.65:
        editor.tabs.setCurrentIndex(0)
        QTest.keyClick(editor.row("architecture", "d_model").widget, rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down)))
    elif roll < 0.72:
        picker = editor.presets
        index = picker.findData(rng.choice(PRESETS), Qt.ItemDataRole.UserRole)
        picker.setCurrentIndex(index)
        picker.activated.emit(index)
    elif roll < 0.77:
        widget = editor.row("workload", "gpu").widget
        editor.tabs.setCurrentIndex(1)
        index = rng.randrange(widget.count())
        widget.setCurrentIndex(index)
        widget.activated.emit(index)
    elif roll < 0.87:
        (window.undo_stack.undo if rng.random() < 0.6 else window.undo_stack.redo)()
    elif roll < 0.91:
        if len(window.project.designs) < 4:
            window.add_preset(rng.choice(PRESETS))
        else:
            window.remove_design(rng.randrange(len(window.project.designs)))
    elif roll < 0.96:
        window.designs.tabs.setCurrentIndex(rng.randrange(window.designs.tabs.count()))
    else:
        tabs, charts = window.results.tabs, window.results.chart_tabs
        visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
        tabs.setCurrentIndex(rng.choice(visible))
        charts.setCurrentIndex(rng.randrange(charts.count()))


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(samples), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--block", type=int, default=1000)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    from gui.dialogs import Unattended
    from gui.main_window import MainWindow

    window = MainWindow(dialogs=Unattended(ask_save_changes="discard"))
    window.resize(1500, 950)
    window.show()
    app.processEvents()
    rng = random.Random(args.seed)
    for _ in range(50):  # warm-up: first paints, font caches, every preset's report once
        edit(window, rng)
        window.repaint()
    app.processEvents()
    gc.collect()
    start_rss = rss_mb()
    print(f"soak: {args.edits} valid edits through the widgets, offscreen 1500x950, seed {args.seed}")
    print(f"start             RSS {start_rss:7.1f} MB")
    blocks: list[tuple[float, float]] = []
    samples: list[float] = []
    for number in range(1, args.edits + 1):
        app.processEvents()
        started = time.perf_counter()
        edit(window, rng)
        window.repaint()
        samples.append((time.perf_counter() - started) * 1000)
        if number % args.block == 0:
            app.processEvents()
            gc.collect()
            median, p95 = summary(samples)
            blocks.append((median, p95))
            print(
                f"after {number:5} edits RSS {rss_mb():7.1f} MB ({rss_mb() - start_rss:+6.1f})   "
                f"edit->repaint median {median:6.2f} ms  p95 {p95:6.2f} ms   undo steps {window.undo_stack.count()}, designs {len(window.project.designs)}"
            )
            samples = []
    growth = rss_mb() - start_rss
    slower = blocks[-1][0] / blocks[0][0] if blocks else 1.0
    print(f"growth {growth:+.1f} MB (target < 20 MB); median last/first thousand {slower:.2f}x (target <= ~1)")
    window.close()
    return 0 if growth < 20 else 1


if __name__ == "__main__":
    sys.exit(main())
