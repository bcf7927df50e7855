"""Training days against the GPU count: the planner's best layout at each count (the "training days vs GPUs" chart).

Each point is a full search (model.plan.planner), so the window computes this away from its own thread.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict

from model.design.design import Design
from model.design.params import count_parameters
from model.estimate.hardware import workload_gpu
from model.plan.cluster import cluster_of
from model.plan.planner import MAX_PLANNED_GPUS, SECONDS_PER_DAY, _gpu_counts, plan
from model.plan.result import planning_workload
from model.plan.step_time import mfu_of
from model.project.report import training_tokens

POINTS_PER_DECADE = 3  # GPU counts: powers of two and their 1.5 x (whole nodes), about three per factor of ten


class CurvePoint(BaseModel):
    model_config = ConfigDict(frozen=True)

    n_gpus: int
    fits: bool
    days: float | None  # None where no layout fits
    mfu: float | None
    layout: str  # the chosen layout in words, or why none fits


class PlanCurve(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str = "plan_days_vs_gpus"
    title: str = "Training days vs GPU count"
    x_label: str = "GPUs"
    y_label: str = "Training time (days)"
    y2_label: str = "MFU"
    note: str = "Each point: the fastest layout the planner finds for that many GPUs. Shaded: no layout fits in memory or splits the batch."
    design_name: str
    tokens: int
    gpu_name: str
    points: tuple[CurvePoint, ...]
    chosen_gpus: int | None  # the design's own GPU count (or the one the planner chose)


def days_vs_gpus(design: Design, *, chosen_gpus: int | None = None, span: float = 64.0) -> PlanCurve:
    """From the smallest node count up to `span` x the design's count, or up to a million GPUs."""
    arch = design.architecture
    params = count_parameters(arch)
    tokens = training_tokens(design, params)
    w = planning_workload(design.workload).model_copy(update={"layout": "auto"})
    centre = chosen_gpus or w.n_gpus or 1024
    counts = [c for c in _gpu_counts(cluster_of(w).gpus_per_node, MAX_PLANNED_GPUS) if centre / span <= c <= centre * span]
    points = []
    for n in counts:
        result = plan(arch, w.model_copy(update={"n_gpus": n}), tokens, active_params=params.active)
        ev = result.chosen
        if ev is None or not ev.fits:
            points.append(CurvePoint(n_gpus=n, fits=False, days=None, mfu=None, layout="; ".join(result.problems)[:200]))
            continue
        days = tokens / ev.tokens_per_s / w.goodput / SECONDS_PER_DAY
        points.append(CurvePoint(n_gpus=n, fits=True, days=days if math.isfinite(days) else None,
                                 mfu=mfu_of(ev.time, n, result.cluster.peak_flops), layout=ev.layout.short()))
    gpu_name = workload_gpu(design.workload).name
    return PlanCurve(design_name=design.name, tokens=tokens, gpu_name=gpu_name, points=tuple(points), chosen_gpus=chosen_gpus)
