"""The planner: which layouts are tried, and which one is chosen.

It never owns a formula: memory per GPU is model.plan.memory, time is
model.plan.step_time.  Given a GPU count it picks the fastest layout that fits;
given none, the fewest GPUs whose best layout finishes in the target time.
Every value the user set in the workload is pinned; only empty ones are searched.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from itertools import product

from model.design.architecture import Architecture
from model.estimate.compute import SECONDS_PER_DAY
from model.estimate.workload import Workload
from model.plan.cluster import Cluster, cluster_of
from model.plan.layout import ParallelLayout, chunkable_layers, layout_problems, pipeline_layers
from model.plan.memory import GpuMemory, gpu_memory
from model.plan.profile import PlanInputs, Profile, profile_of
from model.plan.step_time import StepTime, step_time

# A pre-training sequence, not the context window: LLaMA 2 (Touvron et al. 2023, section 2.2) and DeepSeek-V3
# (DeepSeek-AI 2024, section 4.2) pre-train at 4,096 tokens and extend the context afterwards.
PRETRAINING_SEQ_LEN = 4096

# GPT-3's batch per model size (Brown et al. 2020, table 2.1: 0.5M, 1M, 2M and 3.2M tokens), as the whole
# numbers of 2,048-token sequences they are: 256, 512, 1,024 and 1,536: (parameters, batch tokens).
GPT3_BATCH_TOKENS = ((125e6, 256 * 2048), (350e6, 256 * 2048), (760e6, 256 * 2048), (1.3e9, 512 * 2048), (2.7e9, 512 * 2048),
                     (6.7e9, 1024 * 2048), (13e9, 1024 * 2048), (175e9, 1536 * 2048))

ALTERNATIVES = 5
RECOMPUTE_ORDER = {"none": 0, "selective": 1, "full": 2}
MAX_PLANNED_GPUS = 1 << 20  # a million GPUs: beyond any cluster built by 2026


def training_seq_len(arch: Architecture, workload: Workload) -> int:
    return workload.seq_len or min(arch.max_seq_len, PRETRAINING_SEQ_LEN)


def default_batch_tokens(active_params: int, seq_len: int) -> int:
    """GPT-3's batch for the nearest model size (by active parameters), a whole number of sequences."""
    nearest = min(GPT3_BATCH_TOKENS, key=lambda row: abs(math.log(row[0]) - math.log(max(active_params, 1))))
    return max(1, round(nearest[1] / seq_len)) * seq_len


@dataclass(frozen=True)
class Evaluated:
    layout: ParallelLayout
    memory: GpuMemory
    time: StepTime
    fits: bool

    @property
    def tokens_per_s(self) -> float:
        return self.layout.tokens_per_step / self.time.total


@dataclass(frozen=True)
class PlanResult:
    chosen: Evaluated | None  # None: no layout can run (see `problems`)
    alternatives: tuple[Evaluated, ...]
    cluster: Cluster
    profile: Profile
    problems: tuple[str, ...]  # why nothing fits, or why the manual layout is invalid
    evaluated: int  # layouts evaluated by the search
    n_gpus_derived: bool  # the GPU count came from the target time
    deadline_met: bool | None = None  # with a derived count: whether any count up to a million GPUs met the target time


def evaluate(inputs: PlanInputs, layout: ParallelLayout) -> Evaluated:
    mem = gpu_memory(inputs, layout)
    return Evaluated(layout, mem, step_time(inputs, layout), mem.total <= inputs.cluster.gpu.capacity_bytes)


def _powers_of_two(limit: int) -> list[int]:
    return [2**i for i in range(int(math.log2(max(limit, 1))) + 1)]


def _divisors(n: int) -> list[int]:
    return [k for k in range(1, n + 1) if n % k == 0]


def _base_layout(workload: Workload, n_gpus: int, seq_len: int, batch_tokens: int) -> dict:
    return {"n_gpus": n_gpus, "sequence_parallel": workload.sequence_parallel, "precision": workload.precision,
            "seq_len": seq_len, "global_batch_tokens": batch_tokens}


def manual_layout(arch: Architecture, workload: Workload, n_gpus: int, seq_len: int, batch_tokens: int) -> ParallelLayout:
    """Exactly the workload's values; empty ones take their simplest setting (no parallelism, ZeRO-1, micro-batch 1)."""
    t = workload.tensor_parallel or 1
    p = workload.pipeline_parallel or 1
    c = workload.context_parallel or 1
    d = max(1, n_gpus // (t * p * c))
    if workload.global_batch_tokens is None:  # the suggested batch: a whole number of micro-batches per group
        per_step = (workload.micro_batch_size or 1) * d
        batch_tokens = max(1, round(batch_tokens / seq_len / per_step)) * per_step * seq_len
    return ParallelLayout(
        tensor_parallel=t, pipeline_parallel=p, context_parallel=c, data_parallel=d,
        virtual_pipeline_stages=workload.virtual_pipeline_stages or 1, expert_parallel=workload.expert_parallel or 1,
        zero_stage=1 if workload.zero_stage is None else workload.zero_stage, micro_batch_size=workload.micro_batch_size or 1,
        recompute="none" if workload.recompute == "auto" else workload.recompute,
        **_base_layout(workload, n_gpus, seq_len, batch_tokens),
    )


def manual_gpus(workload: Workload) -> int:
    """A manual layout's GPU count: as set, or, left empty, what its tensor x pipeline x context parallelism needs (one
    data-parallel copy), not a single GPU its pinned values could not split over."""
    return workload.n_gpus or (workload.tensor_parallel or 1) * (workload.pipeline_parallel or 1) * (workload.context_parallel or 1)


def manual_layout_memory(arch: Architecture, workload: Workload, active_params: int) -> tuple[ParallelLayout, GpuMemory]:
    """The workload's own layout (as `layout = manual` reads it) and the memory of its busiest GPU."""
    seq_len = training_seq_len(arch, workload)
    batch_tokens = workload.global_batch_tokens or default_batch_tokens(active_params, seq_len)
    layout = manual_layout(arch, workload, manual_gpus(workload), seq_len, batch_tokens)
    return layout, gpu_memory(PlanInputs(profile_of(arch), workload, cluster_of(workload)), layout)


def _candidates(arch: Architecture, workload: Workload, cluster: Cluster, n_gpus: int, seq_len: int, batch_tokens: int, *, round_batch: bool):
    """Every layout the search tries: pinned values as set, the others over their sensible ranges."""
    w = workload
    heads = arch.n_heads
    per_node = cluster.gpus_per_node
    tps = [w.tensor_parallel] if w.tensor_parallel else [t for t in _powers_of_two(min(per_node, heads, n_gpus)) if heads % t == 0]
    layers = pipeline_layers(arch)
    pps = [w.pipeline_parallel] if w.pipeline_parallel else [p for p in _powers_of_two(min(layers, n_gpus, 128))]
    cps = [w.context_parallel] if w.context_parallel else [c for c in _powers_of_two(min(n_gpus, 32)) if c == 1 or seq_len >= 16_384 * c // 2]
    experts = arch.moe.n_experts if arch.moe is not None else 1
    # Expert parallelism: powers of two (and all experts), at most 32 experts per GPU: with more, each expert's
    # matrices see too few tokens (published MoE runs keep 1-16 per GPU: DeepSeek-V3 8, Mixtral-style 1-4).
    eps = [w.expert_parallel] if w.expert_parallel else [e for e in _divisors(experts)
                                                         if (e & (e - 1) == 0 or e == experts) and experts // e <= 32]
    zeros = [w.zero_stage] if w.zero_stage is not None else [1, 2, 3]  # ZeRO-1 costs what ZeRO-0 costs and holds less
    recomputes = ["none", "selective", "full"] if w.recompute == "auto" else [w.recompute]
    sequences = max(1, round(batch_tokens / seq_len))
    # In the order the search tries them: least recomputation first, lowest ZeRO stage first within each level; the
    # last is the most memory-saving.
    settings = sorted(product(zeros, recomputes), key=lambda zr: (RECOMPUTE_ORDER[zr[1]], zr[0]))
    for t, p, c in product(tps, pps, cps):
        if n_gpus % (t * p * c):
            continue
        d = n_gpus // (t * p * c)
        if arch.n_heads % t or (arch.mla is None and arch.kv_heads % t and t % arch.kv_heads):
            continue
        # Interleaving divides the bubble by v and costs memory and sends (Narayanan et al. 2021, section 2.2.2); the
        # published runs use v = 2 to 8 (Megatron-LM README: 6 for GPT-3 175B on PP 8).
        vs = [w.virtual_pipeline_stages] if w.virtual_pipeline_stages else ([1, 2, 4, 8] if p > 1 else [1])
        # With a pipeline, micro-batches of one or two sequences keep the bubble small (Narayanan et al. 2021, 3.3).
        micro = [w.micro_batch_size] if w.micro_batch_size else ([1, 2] if p > 1 else [1, 2, 4, 8])
        for v, e, mb in product(vs, eps, micro):
            if d % e or p > layers or p * v > chunkable_layers(arch, p):
                continue
            if sequences % (mb * d) and not round_batch or sequences < mb * d:
                continue  # a batch set by the user is kept; none can give every replica a micro-batch it has not got
            # Otherwise the batch becomes the nearest whole number of micro-batches per data-parallel group (the
            # layout shows the batch it really uses): 1,536 sequences on 625 groups run as 1,250.
            step_sequences = max(1, round(sequences / (mb * d))) * mb * d
            m = step_sequences // (mb * d)
            if v > 1 and m % p:
                continue
            # Every setting of this shape; the search tries the last, the most memory-saving, first: if it does not fit,
            # nothing of this shape does.
            shape = {"tensor_parallel": t, "pipeline_parallel": p, "context_parallel": c, "data_parallel": d, "virtual_pipeline_stages": v,
                     "expert_parallel": e, "micro_batch_size": mb, **_base_layout(w, n_gpus, seq_len, step_sequences * seq_len)}
            yield [(shape, z, r) for z, r in settings]


def _layout(setting: tuple[dict, int, str]) -> ParallelLayout:
    shape, zero_stage, recompute = setting
    return ParallelLayout(zero_stage=zero_stage, recompute=recompute, **shape)


def _search(inputs: PlanInputs, n_gpus: int, seq_len: int, batch_tokens: int) -> tuple[list[Evaluated], list[Evaluated], int]:
    """(fitting layouts fastest first, the ones that do not fit smallest first, how many were evaluated).

    Each shape (t, p, c, v, e, micro-batch) is first tried with its most memory-saving setting (highest ZeRO
    stage, most recomputation); if that does not fit, the shape is dropped.  Otherwise, for each recomputation
    level, the lowest ZeRO stage that fits (a lower stage never costs more time), and of those the fastest.
    """
    fits: list[Evaluated] = []
    misses: list[tuple[GpuMemory, ParallelLayout]] = []
    evaluated = 0
    capacity = inputs.cluster.gpu.capacity_bytes
    w = inputs.workload
    shapes = list(_candidates(inputs.profile.arch, w, inputs.cluster, n_gpus, seq_len, batch_tokens, round_batch=w.global_batch_tokens is None))
    if not shapes:  # a batch that was set but divides over no layout of this many GPUs: the nearest that does
        shapes = list(_candidates(inputs.profile.arch, w, inputs.cluster, n_gpus, seq_len, batch_tokens, round_batch=True))
    for settings in shapes:
        first = _layout(settings[-1])
        leanest = gpu_memory(inputs, first)
        evaluated += 1
        if leanest.total > capacity:
            misses.append((leanest, first))
            continue
        # A recomputation level is worth it only with a lower ZeRO stage than a cheaper level needed.
        lowest: list[tuple[ParallelLayout, GpuMemory]] = []
        below, levels_done = 4, set()
        for setting in settings:
            _shape, zero_stage, recompute = setting
            if zero_stage >= below or recompute in levels_done:
                continue
            layout = _layout(setting)
            if setting is settings[-1]:
                mem = leanest  # already evaluated
            else:
                mem = gpu_memory(inputs, layout)
                evaluated += 1
            if mem.total <= capacity:
                lowest.append((layout, mem))
                below = zero_stage
                levels_done.add(recompute)
        fits.append(min((Evaluated(layout, mem, step_time(inputs, layout), True) for layout, mem in lowest), key=lambda ev: ev.time.total))
    fits.sort(key=lambda ev: ev.time.total / ev.layout.tokens_per_step)
    misses.sort(key=lambda pair: pair[0].total)
    missed = [Evaluated(layout, mem, step_time(inputs, layout), False) for mem, layout in misses[:ALTERNATIVES + 1]]
    return fits, missed, evaluated


def _gpu_counts(per_node: int, upto: int) -> list[int]:
    """GPU counts worth trying: 1, 2, 4, ... a node, then whole nodes in powers of two and their 1.5x."""
    counts = [n for n in _powers_of_two(per_node)]
    n = per_node
    while n < upto:
        counts += [n * 3 // 2, n * 2]
        n *= 2
    return sorted(set(c for c in counts if c <= upto))


def plan(arch: Architecture, workload: Workload, training_tokens: int, *, active_params: int) -> PlanResult:
    profile = profile_of(arch)
    cluster = cluster_of(workload)
    inputs = PlanInputs(profile, workload, cluster)
    seq_len = training_seq_len(arch, workload)
    batch_tokens = workload.global_batch_tokens or default_batch_tokens(active_params, seq_len)

    if workload.layout == "manual":
        n_gpus = manual_gpus(workload)
        layout = manual_layout(arch, workload, n_gpus, seq_len, batch_tokens)
        problems = layout_problems(arch, layout)
        if problems:
            return PlanResult(None, (), cluster, profile, tuple(problems), 0, False)
        ev = evaluate(inputs, layout)
        return PlanResult(ev, (), cluster, profile, () if ev.fits else (_does_not_fit(ev, cluster),), 1, False)

    if workload.n_gpus:
        fits, misses, count = _search(inputs, workload.n_gpus, seq_len, batch_tokens)
        result = _result(fits, misses, cluster, profile, count, False, workload.n_gpus)
        if result.chosen is None:  # say which rule the values set break ("expert parallel (64) must divide ... (32)")
            pinned = manual_layout(arch, workload, workload.n_gpus, seq_len, batch_tokens)
            result = replace(result, problems=result.problems + tuple(layout_problems(arch, pinned)))
        return result

    # No GPU count: the fewest whose best layout trains the tokens within the target time.  Throughput per GPU
    # changes slowly with the count, so: search at a first guess, scale the count by what is missing, repeat.
    deadline = workload.target_days * SECONDS_PER_DAY
    # Past this many GPUs no layout can give every data-parallel group a sequence: one sequence each, the widest
    # tensor parallelism in a node, a pipeline stage per layer (up to 128) and, for long sequences, context parallelism.
    sequences = max(1, round(batch_tokens / seq_len))
    widest = sequences * cluster.gpus_per_node * min(pipeline_layers(arch), 128) * (32 if seq_len >= 16_384 else 1)
    counts = _gpu_counts(cluster.gpus_per_node, min(MAX_PLANNED_GPUS, widest))
    total = 0
    # A first guess from the FLOPs at 40% MFU (the search then corrects it): 6 N D / (days x peak x 0.4).
    guess = 6.0 * active_params * training_tokens / (deadline * workload.goodput * cluster.peak_flops * 0.4)
    n = next((c for c in counts if c >= guess), counts[-1])
    tried: dict[int, tuple[list[Evaluated], list[Evaluated]]] = {}
    # Eight refinements once a count fits, after as many doublings as it takes to reach one that fits (from one GPU
    # to a million: 20): a first guess from the active parameters can be far too small for a sparse model's state
    # (Switch-C 2048: 1 GPU by its FLOPs, 384 to hold it).
    for _ in range(8 + MAX_PLANNED_GPUS.bit_length()):
        if n in tried:
            fits, misses = tried[n]
        else:
            fits, misses, count = _search(inputs, n, seq_len, batch_tokens)
            tried[n] = (fits, misses)
            total += count
        if fits and training_tokens / fits[0].tokens_per_s / workload.goodput <= deadline:
            smaller = [c for c in counts if c < n and c not in tried]
            if not smaller or not _meets(inputs, smaller[-1], seq_len, batch_tokens, training_tokens, deadline, tried):
                return _result(fits, misses, cluster, profile, total, True, n, deadline_met=True)
            n = smaller[-1]
            continue
        if fits:
            needed = n * training_tokens / (fits[0].tokens_per_s * workload.goodput * deadline)
        else:
            needed = n * 2  # nothing fits yet: more GPUs to spread the model over
        bigger = [c for c in counts if c >= needed and c > n]
        if not bigger:
            break
        n = bigger[0]
    # The target cannot be met: the fastest count.  More GPUs can be slower once the fixed global batch leaves each
    # pipeline too few micro-batches or communication rules, and the steps above may have jumped past the fastest:
    # climb from the fastest count tried to whichever neighbouring count is faster, until neither is.
    def rate(count: int) -> float:
        nonlocal total
        if count not in tried:
            fits, misses, evaluated = _search(inputs, count, seq_len, batch_tokens)
            tried[count] = (fits, misses)
            total += evaluated
        fits = tried[count][0]
        return fits[0].tokens_per_s if fits else 0.0

    best = max(tried, key=lambda count: (rate(count), -count))
    while True:
        i = counts.index(best) if best in counts else None
        neighbours = [counts[j] for j in ((i - 1, i + 1) if i is not None else ()) if 0 <= j < len(counts)]
        faster = max(neighbours, key=rate, default=None)
        if faster is None or rate(faster) <= rate(best):
            break
        best = faster
    return _result(*tried[best], cluster, profile, total, True, best, deadline_met=False)


def _meets(inputs: PlanInputs, n: int, seq_len: int, batch_tokens: int, training_tokens: int, deadline: float,
           tried: dict[int, tuple[list[Evaluated], list[Evaluated]]]) -> bool:
    if n not in tried:
        fits, misses, _ = _search(inputs, n, seq_len, batch_tokens)
        tried[n] = (fits, misses)
    fits = tried[n][0]
    return bool(fits) and training_tokens / fits[0].tokens_per_s / inputs.workload.goodput <= deadline


def smallest_fitting_layout(arch: Architecture, workload: Workload, training_tokens: int, *, active_params: int) -> ParallelLayout | None:
    """The fewest GPUs with any layout that fits (pinned values kept), and that layout; None if none up to a million."""
    inputs = PlanInputs(profile_of(arch), workload, cluster_of(workload))
    seq_len = training_seq_len(arch, workload)
    batch_tokens = workload.global_batch_tokens or default_batch_tokens(active_params, seq_len)
    capacity = inputs.cluster.gpu.capacity_bytes

    def leanest(n: int) -> ParallelLayout | None:
        best: tuple[float, ParallelLayout] | None = None
        for settings in _candidates(arch, workload, inputs.cluster, n, seq_len, batch_tokens, round_batch=True):
            layout = _layout(settings[-1])  # the most memory-saving setting of each shape
            total = gpu_memory(inputs, layout).total
            if total <= capacity and (best is None or total < best[0]):
                best = (total, layout)
        return best[1] if best else None

    # More GPUs never need more memory each (there is more to shard over): find the first power of two that fits,
    # then try the counts between it and the power below (1.5 x, whole nodes), which divide less often.
    n = 1
    while n <= MAX_PLANNED_GPUS:
        found = leanest(n)
        if found is not None:
            between = [c for c in _gpu_counts(inputs.cluster.gpus_per_node, n) if n // 2 < c < n]
            for count in between:
                smaller = leanest(count)
                if smaller is not None:
                    return smaller
            return found
        n *= 2
    return None


def _does_not_fit(ev: Evaluated, cluster: Cluster) -> str:
    from model.project.units import format_bytes

    return (f"does not fit: {format_bytes(ev.memory.total)} per GPU against {format_bytes(cluster.gpu.capacity_bytes)} "
            f"({ev.layout.short()}); more tensor, pipeline or context parallelism, recomputation or ZeRO-3 would shrink it")


def _result(fits: list[Evaluated], misses: list[Evaluated], cluster: Cluster, profile: Profile, count: int, derived: bool, n_gpus: int,
            deadline_met: bool | None = None) -> PlanResult:
    if fits:
        return PlanResult(fits[0], tuple(fits[1:ALTERNATIVES + 1]), cluster, profile, (), count, derived, deadline_met)
    if misses:
        closest = misses[0]
        return PlanResult(closest, tuple(misses[1:ALTERNATIVES + 1]), cluster, profile, (_does_not_fit(closest, cluster),), count, derived,
                          deadline_met)
    gpus = "one GPU" if n_gpus == 1 else f"{n_gpus:,} GPUs"
    return PlanResult(None, (), cluster, profile, (f"no layout of {gpus} can split this model and its batch; "
                                                    "change the GPU count, the global batch or the pinned values",), count, derived, deadline_met)
