"""Memory of the busiest GPU of a layout.

Model states (Rajbhandari et al. 2020, ZeRO section 3.1): each pipeline stage
holds its blocks, split over tensor parallelism (routed experts also over
expert parallelism); ZeRO then shards, over the data-parallel GPUs (times
context parallelism, which shares the gradient reduction in Megatron-Core),
stage 1 the optimizer state, 2 also the gradients, 3 also the weights.

Activations (Korthikanti et al. 2022, section 4): the per-block bytes of
model.estimate.memory (calibrated against PyTorch), for the tokens one GPU
holds (micro-batch x sequence / context parallel), split by tensor and
sequence parallelism.  Under the 1F1B schedule stage i holds p - i
micro-batches in flight, so the first stage holds p (section 4.2.3); the
interleaved schedule adds (1 + (p - 1) / (p v)).  Full recomputation keeps
only each block's input, plus one block's activations while it is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.estimate import memory as per_block
from model.plan.layout import ParallelLayout, stage_split
from model.plan.profile import BlockKind, PlanInputs

# Megatron-Core sends routed tokens through an all-to-all into and out of a contiguous buffer: the tokens bound
# for experts, twice (dispatch and combine), for one MoE block at a time (Megatron-Core MoE token dispatcher).
MOE_BUFFERS = 2
# DeepSpeed ZeRO's default gradient bucket (deepspeed/runtime/zero/config.py, reduce_bucket_size = 5e8 elements).
REDUCE_BUCKET_ELEMENTS = 5e8


@dataclass(frozen=True)
class GpuMemory:
    """Bytes on one GPU (the busiest stage's), by what they hold."""

    stage: int  # 0-based pipeline stage this is
    layers: int  # blocks on that GPU
    weights: float
    gradients: float
    optimizer: float
    activations: float
    buffers: float  # communication: ZeRO-3 gathered weights, MoE dispatch buffers
    overhead: float

    @property
    def total(self) -> float:
        return self.weights + self.gradients + self.optimizer + self.activations + self.buffers + self.overhead

    def parts(self) -> dict[str, float]:
        return {"weights": self.weights, "gradients": self.gradients, "optimizer": self.optimizer,
                "activations": self.activations, "buffers": self.buffers, "overhead": self.overhead}


def model_state_bytes(dense: float, experts: float, sb: per_block.StateBytes, zero_stage: int, dense_group: int,
                      expert_group: int) -> tuple[float, float, float]:
    """(weights, gradients, optimizer) bytes on one GPU holding `dense` and `experts` parameters.

    ZeRO (Rajbhandari et al. 2020, section 5 and figure 1) shards over the data-parallel group: stage 1 the
    optimizer state, stage 2 also the gradients, stage 3 also the weights.  Expert parameters are replicated
    only over data-parallel / expert-parallel GPUs, so their shards are over that smaller group.
    """
    whole, shard = dense + experts, dense / dense_group + experts / expert_group
    return ((shard if zero_stage >= 3 else whole) * sb.weights, (shard if zero_stage >= 2 else whole) * sb.gradients,
            (shard if zero_stage >= 1 else whole) * sb.optimizer)


def block_activations(inputs: PlanInputs, kind: BlockKind, t: int, sp: bool, recompute: str) -> per_block.LayerActivations:
    key = ("activations", kind, t, sp, recompute)
    if key not in inputs.cache:
        inputs.cache[key] = per_block.layer_activations(inputs.profile.arch, inputs.workload, cross_attention=kind.cross, moe=kind.moe,
                                                        tensor_parallel=t, sequence_parallel=sp, recompute=recompute)
    return inputs.cache[key]


def stage_memory(inputs: PlanInputs, layout: ParallelLayout, stage: int, first: int, n_layers: int) -> GpuMemory:
    """Memory of one GPU of pipeline stage `stage`, which holds blocks [first, first + n_layers)."""
    t, p, c, e, d = (layout.tensor_parallel, layout.pipeline_parallel, layout.context_parallel, layout.expert_parallel,
                     layout.data_parallel)
    dense, experts, has_moe, biggest = inputs.cached(("stage params", t, p, e, stage, first, n_layers),
                                                     lambda: _stage_params(inputs, t, p, e, stage, first, n_layers))

    # --- model states, sharded by ZeRO over the data-parallel GPUs (experts: over data-parallel / expert-parallel)
    sb = inputs.state_bytes
    weights, gradients, optimizer = model_state_bytes(dense, experts, sb, layout.zero_stage, d * c, max(1, d * c // e))

    key = ("stage activations", t, layout.sequence_parallel, p, layout.virtual_pipeline_stages, c, d, layout.micro_batch_size,
           layout.seq_len, layout.global_batch_tokens, layout.recompute, stage, first, n_layers)
    activations = inputs.cached(key, lambda: _stage_activations(inputs, layout, stage, first, n_layers))

    # --- communication buffers
    buffers = 0.0
    if layout.zero_stage >= 2:
        # ZeRO-2 and 3 reduce-scatter gradients as the backward pass makes them: one block's (FSDP), or at most one
        # bucket of them (DeepSpeed's default reduce_bucket_size, 5e8 elements).
        buffers += min(biggest, REDUCE_BUCKET_ELEMENTS) * sb.gradients
        if layout.zero_stage == 3:
            # ZeRO-3 gathers the next block's full weights while this one computes (prefetch: two blocks at a time).
            buffers += 2 * biggest * sb.weights
    arch = inputs.profile.arch
    if has_moe and arch.moe is not None:
        sp = layout.sequence_parallel and t > 1
        routed_tokens = layout.micro_batch_size * layout.seq_len / c / (t if sp else 1) * arch.moe.top_k
        buffers += MOE_BUFFERS * routed_tokens * arch.d_model * 2.0
    overhead = inputs.workload.runtime_overhead_gib * per_block.GIB
    return GpuMemory(stage, n_layers, weights, gradients, optimizer, activations, buffers, overhead)


def _stage_params(inputs: PlanInputs, t: int, p: int, e: int, stage: int, first: int, n_layers: int) -> tuple[float, float, bool, float]:
    """(dense and expert parameters on one GPU of the stage, whether it has MoE blocks, its biggest block's parameters)."""
    profile = inputs.profile
    counts = profile.counts(first, first + n_layers)
    dense = sum(n * k.dense_params for n, k in zip(counts, profile.kinds, strict=True)) / t
    experts = sum(n * k.expert_params for n, k in zip(counts, profile.kinds, strict=True)) / (t * e)
    dense += profile.stage_params(stage, p) / t
    has_moe = any(k.moe and n for n, k in zip(counts, profile.kinds, strict=True))
    biggest = max(k.dense_params / t + k.expert_params / (t * e) for k in profile.kinds)
    return dense, experts, has_moe, biggest


def _stage_activations(inputs: PlanInputs, layout: ParallelLayout, stage: int, first: int, n_layers: int) -> float:
    """Activation bytes one GPU of the stage keeps at its peak: its micro-batches in flight."""
    profile, w = inputs.profile, inputs.workload
    arch = profile.arch
    t, p, v, c = layout.tensor_parallel, layout.pipeline_parallel, layout.virtual_pipeline_stages, layout.context_parallel
    sp = layout.sequence_parallel and t > 1
    s = layout.seq_len
    tokens = layout.micro_batch_size * s / c
    in_flight = min(p - stage, layout.micro_batches)
    if v > 1:
        in_flight *= 1 + (p - 1) / (p * v)
    full = layout.recompute == "full"
    kept = 0.0
    largest = 0.0
    for n, kind in zip(profile.counts(first, first + n_layers), profile.kinds, strict=True):
        if not n:
            continue
        la = block_activations(inputs, kind, t, sp, layout.recompute)
        whole = tokens * (la.per_token + s * la.per_context)
        largest = max(largest, whole)
        kept += n * (tokens * la.layer_input if full else whole)
    if stage == 0:
        kept += tokens * inputs.input_bytes_per_token
        if arch.position_type == "relative-bias":
            kept += (2 if arch.family == "encoder-decoder" else 1) * per_block.relative_bias_bytes(arch, w, s // c, t)
    activations = kept * in_flight + (largest if full else 0.0)
    if stage == p - 1:
        activations += tokens * inputs.cached(("output", t), lambda: per_block.output_bytes_per_token(arch, w, t))  # one micro-batch in flight
    copies = inputs.autocast_copies
    if copies is not None:
        outside = copies.outside_blocks if p == 1 else copies.outside_blocks / 2  # embedding on the first stage, head on the last
        blocks = 1 if full else n_layers
        activations += (outside + blocks * copies.per_block) / t
    return activations


def gpu_memory(inputs: PlanInputs, layout: ParallelLayout) -> GpuMemory:
    """The busiest GPU: the stage with the most memory (usually the first, which holds p micro-batches)."""
    p = layout.pipeline_parallel
    per_stage, starts, fullest = inputs.cached(("split", p), lambda: stage_split(len(inputs.profile.sequence), p))
    # The first stage holds the most micro-batches, the last the loss, the fullest the most blocks. (With v virtual
    # chunks each GPU holds v slices spread over the whole depth: the same number of blocks.)
    return max((stage_memory(inputs, layout, i, starts[i], per_stage[i]) for i in {0, len(per_stage) - 1, fullest}), key=lambda m: m.total)
