"""The accuracy the Training plan section states is what bench/published_runs.py measures today."""

import sys
from pathlib import Path

import pytest

from model.plan.accuracy import PLANNER_ACCURACY

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import published_runs  # noqa: E402


def test_stated_accuracy_is_measured():
    rows = [published_runs.evaluate(case) for case in published_runs.cases()]
    errors = sorted(abs(r.error) for r in rows)
    assert len(rows) == PLANNER_ACCURACY.layouts
    assert sum(r.fits for r in rows) == PLANNER_ACCURACY.fit
    assert sum(e <= 0.15 for e in errors) == PLANNER_ACCURACY.within_15
    assert errors[len(errors) // 2] == pytest.approx(PLANNER_ACCURACY.median_error, abs=0.005)
    assert errors[-1] == pytest.approx(PLANNER_ACCURACY.worst_error, abs=0.005)


def test_published_step_times_are_read_as_their_sources_define_them():
    """Korthikanti et al. 2022, table 5: 175B with selective recomputation and sequence parallelism, 13.75 s per step;
    Narayanan et al. 2021, table 1: 1T on 3,072 GPUs at 163 TFLOP/s per GPU counted with recomputation (eq. 3)."""
    cases = {c.id: c for c in published_runs.cases()}
    assert cases["korthikanti22-175B-selective-sp"].published_step_s == 13.75
    one_t = cases["narayanan21-t1-1008.0B"]
    b, s, layers, h, v = 3072, 2048, 128, 25600, 51200
    assert one_t.published_step_s == pytest.approx(96 * b * s * layers * h * h * (1 + s / (6 * h) + v / (16 * layers * h)) / (3072 * 163e12))
