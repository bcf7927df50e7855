"""Fit each GPU generation's achieved matrix-multiply efficiency in training on the calibration tables.

    .venv/bin/python bench/calibrate_generations.py

The planner has one calibration constant that no kernel benchmark gives: how much of the dense peak the matrix
multiplies reach inside a real training step (a benchmark's best shape is a ceiling: Bekman's "maximum achievable
matmul FLOPS").  It is fitted here, once per generation, on the benchmark tables the issue names and nothing else:
  Ampere: Narayanan et al. 2021, table 1 (10 layouts) and Korthikanti et al. 2022, table 5 (8 layouts);
  Hopper: the Megatron-LM README's H100 table (9 layouts, 1.7B to 462B).
Every other published run (bench/published_runs.py) is a check the fit never saw.  The result goes into
resources/gpus.json ("generations" -> gemm_efficiency) by hand, with this script named as its source.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import published_runs  # noqa: E402

from model.estimate import hardware  # noqa: E402
from model.plan import cluster  # noqa: E402

CALIBRATION = {"ampere": ("narayanan21-t1-", "korthikanti22-"), "hopper": ("megatron-core-h100-",)}


def _with_efficiency(generation: str, efficiency: float):
    table = dict(hardware.generations())
    table[generation] = table[generation].model_copy(update={"gemm_efficiency": efficiency})
    return lambda: table


def fit(generation: str, prefixes: tuple[str, ...]) -> tuple[float, float, int]:
    """The efficiency that minimises the mean squared log error of step time; (efficiency, rms, rows)."""
    rows = [c for c in published_runs.cases() if c.id.startswith(prefixes)]
    original = cluster.generations
    best = (0.0, math.inf)
    try:
        for step in range(40, 96):
            efficiency = step / 100
            cluster.generations = _with_efficiency(generation, efficiency)
            errors = [math.log(published_runs.evaluate(c).predicted_s / c.published_step_s) for c in rows]
            rms = math.sqrt(sum(e * e for e in errors) / len(errors))
            if rms < best[1]:
                best = (efficiency, rms)
    finally:
        cluster.generations = original
    return best[0], best[1], len(rows)


def main() -> None:
    for generation, prefixes in CALIBRATION.items():
        efficiency, rms, n = fit(generation, prefixes)
        print(f"{generation:<8} gemm_efficiency {efficiency:.2f}  (rms log error {rms:.3f} over {n} layouts: {', '.join(prefixes)})")


if __name__ == "__main__":
    main()
