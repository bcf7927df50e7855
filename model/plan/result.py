"""The training plan of a design as the report shows it (`report --json` key "plan")."""

from __future__ import annotations

import math
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from model.design.architecture import Architecture
from model.design.design import Design
from model.design.params import ParameterCount
from model.estimate.workload import Workload
from model.plan.layout import ParallelLayout
from model.plan.planner import SECONDS_PER_DAY, Evaluated, PlanResult, plan
from model.plan.step_time import mfu_of


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class StepBreakdown(_Out):  # the names of StepTime.parts(), as issue 13 gives them for report --json; None: no layout
    compute: float | None
    tensor_parallel: float | None
    pipeline_bubble: float | None
    data_parallel: float | None
    expert_parallel: float | None
    context_parallel: float | None
    optimizer: float | None


class Alternative(_Out):
    layout: ParallelLayout
    fits: bool
    step_time_s: float
    mfu: float
    memory_per_gpu_bytes: float


class PublishedFigures(_Out):
    gpu_hours: float | None
    days: float | None
    mfu: float | None
    source: str
    matches_workload: bool  # the workload is still the published one (else the comparison is only indicative)


def published_difference(estimate: float, published: float) -> float:
    """How far this estimate is from the published figure, as a share of it: (estimate - published) / published."""
    return (estimate - published) / published


class TrainingPlan(_Out):
    layout: ParallelLayout | None
    fits: bool
    gpu_name: str
    capacity_bytes: float
    gpus_per_node: int
    network_gbps_per_gpu: float
    # None where no layout can run (JSON null): a plan never reads 0 bytes or 0 tokens/s (issue 13, "never 0 bits")
    memory_per_gpu_bytes: float | None
    memory_breakdown_bytes: dict[str, float]
    step_time_s: float
    tokens_per_s: float | None
    mfu: float | None
    hfu: float | None
    mfu_set_by_user: bool
    step_time_breakdown_s: StepBreakdown
    gpu_hours: float
    days: float
    training_tokens: int
    n_gpus_derived: bool
    deadline_met: bool | None  # with a derived GPU count: whether the target time could be met
    target_days: float | None  # with a derived GPU count: the target time it was derived for
    alternatives: tuple[Alternative, ...]
    published: PublishedFigures | None
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    layouts_evaluated: int


def _mfu(ev: Evaluated, peak: float) -> float:
    """Model FLOPs of the step / (step time x GPUs x dense peak) (Chowdhery et al. 2022, appendix B)."""
    return mfu_of(ev.time, ev.layout.n_gpus, peak)


# Workload groups that never change a training plan: an edit of an electricity price or a serving setting reuses it.
_NOT_PLANNING_GROUPS = ("energy", "inference", "serving", "finetune")


# ... except these, which training reads too: the runtime overhead every GPU holds.
_PLANNING_ANYWAY = ("runtime_overhead_gib",)


def planning_workload(w: Workload) -> Workload:
    """The workload with every field that cannot change the training plan at its default (a cache key)."""
    defaults = {name: info.get_default(call_default_factory=True) for name, info in Workload.model_fields.items()
                if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("group") in _NOT_PLANNING_GROUPS
                and name not in _PLANNING_ANYWAY}
    return w.model_copy(update=defaults)


@lru_cache(maxsize=128)
def cached_plan(arch: Architecture, w: Workload, training_tokens: int, active_params: int) -> PlanResult:
    """plan() for a planning workload: the window recomputes a report on every edit, the plan only when it can change."""
    return plan(arch, w, training_tokens, active_params=active_params)


def training_plan(design: Design, params: ParameterCount, training_tokens: int) -> TrainingPlan:
    w = design.workload
    result: PlanResult = cached_plan(design.architecture, planning_workload(w), training_tokens, params.active)
    cluster = result.cluster
    peak = cluster.peak_flops
    ev = result.chosen
    unknown = StepBreakdown(**dict.fromkeys(StepBreakdown.model_fields))
    published = None
    run = design.published_run
    if run is not None:
        matches = (w.gpu == run.gpu and w.custom_gpu is None and w.training_tokens == run.training_tokens
                   and (run.n_gpus is None or w.n_gpus == run.n_gpus))
        published = PublishedFigures(gpu_hours=run.gpu_hours, days=run.days, mfu=run.mfu, source=run.source, matches_workload=matches)
    links = {"gpus_per_node": cluster.gpus_per_node, "network_gbps_per_gpu": cluster.scale_out.bytes_per_s * 8 / 1e9}
    target_days = w.target_days if result.n_gpus_derived else None
    if ev is None:
        return TrainingPlan(layout=None, fits=False, gpu_name=cluster.gpu.name, capacity_bytes=cluster.gpu.capacity_bytes, **links,
                            memory_per_gpu_bytes=None, memory_breakdown_bytes={}, step_time_s=math.inf, tokens_per_s=None, mfu=None, hfu=None,
                            mfu_set_by_user=w.mfu is not None, step_time_breakdown_s=unknown, gpu_hours=math.inf, days=math.inf,
                            training_tokens=training_tokens, n_gpus_derived=result.n_gpus_derived, deadline_met=result.deadline_met,
                            target_days=target_days, alternatives=(), published=published,
                            problems=result.problems, notes=tuple(note.text() for note in cluster.notes), layouts_evaluated=result.evaluated)
    step = ev.time
    breakdown = StepBreakdown(**step.parts())
    step_s = step.total
    mfu = _mfu(ev, peak)
    tokens_per_s = ev.layout.tokens_per_step / step_s
    seconds = training_tokens / tokens_per_s / w.goodput  # failures, restarts and checkpoints stretch the wall time
    alternatives = tuple(Alternative(layout=a.layout, fits=a.fits, step_time_s=a.time.total, mfu=_mfu(a, peak), memory_per_gpu_bytes=a.memory.total)
                         for a in result.alternatives)
    return TrainingPlan(
        layout=ev.layout, fits=ev.fits, gpu_name=cluster.gpu.name, capacity_bytes=cluster.gpu.capacity_bytes, **links,
        memory_per_gpu_bytes=ev.memory.total, memory_breakdown_bytes=ev.memory.parts(), step_time_s=step_s, tokens_per_s=tokens_per_s,
        mfu=mfu, hfu=step.hardware_flops / (step_s * ev.layout.n_gpus * peak), mfu_set_by_user=w.mfu is not None,
        step_time_breakdown_s=breakdown, gpu_hours=seconds * ev.layout.n_gpus / 3600, days=seconds / SECONDS_PER_DAY,
        training_tokens=training_tokens, n_gpus_derived=result.n_gpus_derived, deadline_met=result.deadline_met,
        target_days=target_days, alternatives=alternatives,
        published=published,
        problems=result.problems, notes=tuple(note.text() for note in cluster.notes), layouts_evaluated=result.evaluated,
    )
