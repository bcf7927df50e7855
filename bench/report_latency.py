"""Median time of the full estimate for every preset (target: < 1 ms for DeepSeek-V3).

    .venv/bin/python bench/report_latency.py

For comparison, building a model on PyTorch's meta device with the reference
implementation takes 10-200 ms per model (transformers; not run here, not a
dependency).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from model.design.presets import load_presets  # noqa: E402
from model.project.report import estimate  # noqa: E402
from model.project.sources import design_from_preset  # noqa: E402

REPEATS = 200


def median_ms(design) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        estimate(design)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main() -> None:
    rows = [(p.id, median_ms(design_from_preset(p.id))) for p in load_presets().values()]
    rows.sort(key=lambda r: r[1], reverse=True)
    print(f"{'preset':<24}{'median ms':>10}   (full estimate, {REPEATS} runs each)")
    for preset_id, ms in rows:
        print(f"{preset_id:<24}{ms:>10.3f}")
    print(f"slowest: {rows[0][0]} {rows[0][1]:.3f} ms; DeepSeek-V3: {dict(rows)['deepseek-v3']:.3f} ms (target < 1 ms)")


if __name__ == "__main__":
    main()
