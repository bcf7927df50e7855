"""How close the planner came to published runs (bench/published_runs.py; tests/model/test_plan_accuracy.py checks
every figure here against a fresh run of the bench's comparison, so the app never states an accuracy it lost)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlannerAccuracy:
    layouts: int  # published layouts compared (tests/data/published_runs.json, benchmark rows)
    fit: int  # of them predicted to fit, as they ran
    within_15: int  # step time within +-15 %
    median_error: float  # median |predicted - published| / published, step time
    worst_error: float

    def sentence(self) -> str:
        return (
            "The layout the planner chose, the memory of its busiest GPU and the terms of one training step. "
            f"Checked against {self.layouts} published layouts: {self.fit} predicted to fit where they ran; step time within 15% "
            f"for {self.within_15}, median error {self.median_error:.0%}, worst {self.worst_error:.0%} (bench/published_runs.py)."
        )


PLANNER_ACCURACY = PlannerAccuracy(layouts=85, fit=84, within_15=60, median_error=0.09, worst_error=0.35)
