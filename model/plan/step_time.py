"""Time of one training step of a layout, as named terms.

Each term is one function with its source.  Matrix multiplies run at the
generation's achieved share of the dense peak, or at the memory bandwidth when a
small matrix cannot feed the cores (roofline, Williams et al. 2009); the
element-wise work between them (norms, activations, dropout, residual adds)
is bound by memory bandwidth, as Calculon models "vector" operations (Isaev et
al. 2023).  Collectives follow the ring algorithm's traffic (Thakur et al.
2005; NCCL's "bus bandwidth" convention: all-reduce moves 2(n-1)/n of the data
over each GPU's link, all-gather, reduce-scatter and all-to-all (n-1)/n) at the
generation's achieved link efficiency, plus a fixed latency per call.

What overlaps, and what does not (Megatron-LM defaults):
- tensor-parallel collectives sit between the matrix multiplies: not overlapped;
- the pipeline bubble is (p - 1) / v micro-batch times (Narayanan et al. 2021, eq. 2);
- the data-parallel gradient reduction overlaps the last micro-batch's backward
  and forward passes (--overlap-grad-reduce, --overlap-param-gather); ZeRO-3
  gathers the weights for every micro-batch, overlapped with its compute (FSDP);
- expert-parallel all-to-alls are not overlapped (DeepSeek-V3's DualPipe hides
  them; Megatron-LM's default dispatcher does not);
- context-parallel key/value exchange overlaps the attention it feeds (ring attention).
"""

from __future__ import annotations

from dataclasses import dataclass

from model.estimate import compute as model_flops
from model.estimate import memory as per_block
from model.estimate.workload import Workload
from model.plan.cluster import Cluster, Link
from model.plan.layout import ParallelLayout, stage_split
from model.plan.memory import block_activations
from model.plan.profile import BlockKind, Matmul, PlanInputs, Profile

ACTIVATION_BYTES = 2.0  # activations travel in bf16/fp16 between GPUs (Megatron-LM)
# Element-wise work reads and writes what a block keeps for backward about four times over: written and read
# in the forward pass, its gradient written and read in the backward pass (an assumption of this model).
VECTOR_PASSES = 4.0


@dataclass(frozen=True)
class StepTime:
    compute: float
    tensor_parallel: float
    pipeline_bubble: float
    data_parallel: float
    expert_parallel: float
    context_parallel: float
    optimizer: float
    micro_batch_s: float  # one micro-batch on the slowest stage, every term included
    model_flops: float  # per step: 3 x forward FLOPs per token (the Compute tab) x tokens
    hardware_flops: float  # what the GPUs really compute, recomputation included

    @property
    def total(self) -> float:
        return sum(self.parts().values())

    def parts(self) -> dict[str, float]:
        return {"compute": self.compute, "tensor_parallel": self.tensor_parallel, "pipeline_bubble": self.pipeline_bubble,
                "data_parallel": self.data_parallel, "expert_parallel": self.expert_parallel,
                "context_parallel": self.context_parallel, "optimizer": self.optimizer}


# --- collectives -----------------------------------------------------------------------------


def all_reduce_s(bytes_: float, n: int, link: Link) -> float:
    """Ring all-reduce of `bytes_` on each of n GPUs: 2 (n - 1) / n of the data crosses each link."""
    if n <= 1:
        return 0.0
    return 2 * (n - 1) / n * bytes_ / link.achieved_bytes_per_s + link.latency_s


def gather_s(bytes_: float, n: int, link: Link) -> float:
    """All-gather (or reduce-scatter) of a `bytes_` result: (n - 1) / n of it crosses each link."""
    if n <= 1:
        return 0.0
    return (n - 1) / n * bytes_ / link.achieved_bytes_per_s + link.latency_s


def all_to_all_s(bytes_: float, n: int, span: int, cluster: Cluster) -> float:
    """All-to-all of `bytes_` per GPU among n GPUs spanning `span` consecutive ranks.

    (n - 1) / n of the data leaves each GPU; the share whose peer is in the same
    node goes over the intra-node link, the rest over the network, both at once.
    """
    if n <= 1:
        return 0.0
    leaving = (n - 1) / n * bytes_
    if span <= cluster.gpus_per_node:
        return leaving / cluster.scale_up.achieved_bytes_per_s + cluster.scale_up.latency_s
    peers_in_node = max(0, cluster.gpus_per_node * n // span - 1)
    inside = leaving * peers_in_node / (n - 1)
    return max(inside / cluster.scale_up.achieved_bytes_per_s, (leaving - inside) / cluster.scale_out.achieved_bytes_per_s) + cluster.scale_out.latency_s


def per_node_dispatch_s(token_bytes: float, top_k: int, n: int, span: int, cluster: Cluster) -> float:
    """Dispatch (or combine) of `token_bytes` per GPU to each token's top_k experts among n GPUs spanning `span` ranks,
    deduplicated per node (DeepEP; DeepSeek-V3, section 3.2.2): a token crosses the network once to each other node
    that holds one of its experts, and each (token, expert) copy crosses NVLink inside the node, both at once.

    With balanced routing a node holds none of a token's k experts with probability (1 - 1/nodes)^k."""
    nodes = span // cluster.gpus_per_node
    if nodes <= 1:
        return all_to_all_s(token_bytes * top_k, n, span, cluster)
    remote_nodes = (nodes - 1) * (1 - (1 - 1 / nodes) ** top_k)
    network = token_bytes * remote_nodes / cluster.scale_out.achieved_bytes_per_s
    forward = (n - 1) / n * token_bytes * top_k / cluster.scale_up.achieved_bytes_per_s
    return max(network, forward) + cluster.scale_out.latency_s


# --- compute ---------------------------------------------------------------------------------


# A fixed cost per matrix multiply (launch and tail): fitted to the fall-off of cuBLASLt throughput at m = n = k =
# 1024 and 2048 against large sizes in the Azure AI-benchmarking-guide sweeps (A100, H100: 2-10 us); 5 us.
GEMM_FIXED_S = 5e-6


def matmul_s(rows: float, k: float, n: float, cluster: Cluster) -> float:
    """One GEMM (rows x k) (k x n): compute-bound at the achieved peak, or bound by reading and writing its operands."""
    flops = 2.0 * rows * k * n
    traffic = ACTIVATION_BYTES * (rows * k + k * n + rows * n)
    return GEMM_FIXED_S + max(flops / cluster.matmul_flops, traffic / cluster.memory_bytes_per_s)


def _matmul_forward_s(m: Matmul, tokens: float, t: int, e: int, cluster: Cluster, experts: int) -> float:
    if m.rows_per_token == 1.0:
        return matmul_s(tokens, m.k, m.n_per_gpu(t), cluster)
    # Routed experts: each GPU holds experts / e of them and receives, from the e GPUs of its group, the tokens
    # routed to them: tokens x top_k x e / experts rows each (balanced routing).
    local = experts / e
    return local * matmul_s(tokens * m.rows_per_token * e / experts, m.k, m.n_per_gpu(t), cluster)


@dataclass(frozen=True)
class BlockTime:
    compute: float
    attention: float  # part of compute: the attention scores (what context-parallel exchange overlaps)
    tensor_parallel: float
    expert_parallel: float
    context_parallel: float
    hardware_flops: float


def block_time(inputs: PlanInputs, kind: BlockKind, t: int, sp: bool, c: int, e: int,
               tokens: float, seq_len: int, recompute: str, tc_span: int, tce_span: int) -> BlockTime:
    """One block, one micro-batch of `tokens` tokens per GPU (micro-batch x sequence / c), forward and backward."""
    key = ("time", kind, t, sp, c, e, tokens, seq_len, recompute, tc_span, tce_span)
    if key not in inputs.cache:
        inputs.cache[key] = _block_time(inputs, kind, t, sp, c, e, tokens, seq_len, recompute, tc_span, tce_span)
    return inputs.cache[key]


def _block_time(inputs: PlanInputs, kind: BlockKind, t: int, sp: bool, c: int, e: int,
                tokens: float, seq_len: int, recompute: str, tc_span: int, tce_span: int) -> BlockTime:
    profile, cluster = inputs.profile, inputs.cluster
    arch = profile.arch
    experts = arch.moe.n_experts if arch.moe is not None else 1
    forward = sum(_matmul_forward_s(m, tokens, t, e, cluster, experts) for m in kind.matmuls)
    attention_flops = profile.attention_flops_per_token(kind, seq_len) * tokens / t
    attention = attention_flops / cluster.attention_flops
    # Without a fused attention kernel the s x s scores are written and read like any other activation.
    kept = block_activations(inputs, kind, t, sp, "none")
    vector = VECTOR_PASSES * tokens * (kept.per_token + seq_len * kept.per_context) / cluster.memory_bytes_per_s
    # Backward costs two forward passes of the matrix multiplies (Kaplan et al. 2020, section 2.1);
    # full recomputation runs the forward again, selective only the attention scores (Korthikanti et al. 2022).
    passes = 4.0 if recompute == "full" else 3.0
    attention_passes = passes + (1.0 if recompute == "selective" else 0.0)
    compute_s = passes * forward + attention_passes * attention + vector * passes / 3.0
    hardware_flops = passes * profile.matmul_flops_per_token(kind) * tokens / t + attention_passes * attention_flops

    # Tensor parallel: per sub-layer an all-reduce forward and one backward (Shoeybi et al. 2019, figure 4); with
    # sequence parallelism an all-gather and a reduce-scatter of the same total volume (Korthikanti et al. 2022).
    tp = 0.0
    if t > 1:
        sublayers = kind.attention_sublayers + 1
        collectives = sublayers * (3 if recompute == "full" else 2)
        full_bytes = tokens * arch.d_model * ACTIVATION_BYTES
        link = cluster.link_for(t)
        tp = collectives * (2 * gather_s(full_bytes, t, link) if sp else all_reduce_s(full_bytes, t, link))

    # Expert parallel: dispatch and combine forward, the same backward (Lepikhin et al. 2020; Megatron-Core).
    ep = 0.0
    if kind.moe and arch.moe is not None and e > 1:
        token_bytes = tokens / (t if sp else 1) * arch.d_model * ACTIVATION_BYTES
        if inputs.workload.expert_dispatch == "per-node":
            one = per_node_dispatch_s(token_bytes, arch.moe.top_k, e, tce_span, cluster)
        else:
            one = all_to_all_s(token_bytes * arch.moe.top_k, e, tce_span, cluster)
        ep = (6 if recompute == "full" else 4) * one
        if inputs.workload.overlap_expert_communication:
            ep = max(0.0, ep - compute_s)  # DualPipe runs one micro-batch's compute under another's all-to-all

    # Context parallel: ring attention passes each GPU's keys and values round the ring (c - 1) times forward,
    # and keys, values and their gradients backward (Liu et al. 2023; Megatron-Core context parallelism).
    cp = 0.0
    if c > 1:
        if arch.mla is not None:
            kv_width = arch.n_heads * (arch.mla.qk_nope_head_dim + arch.mla.qk_rope_head_dim + arch.mla.v_head_dim)
        else:
            kv_width = 2 * arch.kv_heads * arch.head_size
        chunk = tokens * kv_width / min(t, arch.kv_heads if arch.mla is None else t) * ACTIVATION_BYTES * kind.attention_sublayers
        exchange = 3 * (c - 1) * (chunk / cluster.link_for(tc_span).achieved_bytes_per_s + cluster.link_for(tc_span).latency_s)
        cp = max(0.0, exchange - attention_passes * attention)
    return BlockTime(compute_s, attention * attention_passes, tp, ep, cp, hardware_flops)


def _head_s(profile: Profile, workload: Workload, cluster: Cluster, t: int, tokens: float, passes: float) -> tuple[float, float]:
    """The output head and the loss on the last stage: (seconds, FLOPs)."""
    head = profile.head_matmul
    if head is None:
        return 0.0, 0.0
    gemm = matmul_s(tokens, head.k, head.n / t, cluster)
    loss = VECTOR_PASSES * tokens * per_block.output_bytes_per_token(profile.arch, workload, t) / cluster.memory_bytes_per_s
    return passes * gemm + loss, passes * 2.0 * tokens * head.k * head.n / t


# --- the step --------------------------------------------------------------------------------


def step_time(inputs: PlanInputs, layout: ParallelLayout) -> StepTime:
    profile, w, cluster = inputs.profile, inputs.workload, inputs.cluster
    arch = profile.arch
    t, p, v, c, e, d = (layout.tensor_parallel, layout.pipeline_parallel, layout.virtual_pipeline_stages,
                        layout.context_parallel, layout.expert_parallel, layout.data_parallel)
    sp = layout.sequence_parallel and t > 1
    s, m = layout.seq_len, layout.micro_batches
    tokens = layout.micro_batch_size * s / c
    passes = 4.0 if layout.recompute == "full" else 3.0
    per_stage, starts, fullest = inputs.cached(("split", p), lambda: stage_split(len(profile.sequence), p))

    # The slowest stage sets the pace of the pipeline.
    best: tuple[float, float, float, float, float, float, int] | None = None
    for i in {0, p - 1, fullest}:
        counts = profile.counts(starts[i], starts[i] + per_stage[i])
        comp = tp = ep = cp = flops = 0.0
        for n, kind in zip(counts, profile.kinds, strict=True):
            if n:
                bt = block_time(inputs, kind, t, sp, c, e, tokens, s, layout.recompute, t * c, t * c * e)
                comp += n * bt.compute
                tp += n * bt.tensor_parallel
                ep += n * bt.expert_parallel
                cp += n * bt.context_parallel
                flops += n * bt.hardware_flops
        if i == p - 1:
            head_s, head_flops = _head_s(profile, w, cluster, t, tokens, passes)
            comp += head_s
            flops += head_flops
        total = comp + tp + ep + cp
        if best is None or total > best[0]:
            best = (total, comp, tp, ep, cp, flops, i)
    assert best is not None
    micro_batch_s, comp, tp, ep, cp, stage_flops, slowest = best

    # Pipeline: the bubble, and the activations and gradients sent between stages (scatter-gather over t with
    # sequence parallelism; Narayanan et al. 2021, section 4.1), on the critical path in Megatron's 1F1B schedule.
    bubble = (p - 1) / v * micro_batch_s
    if p > 1:
        link = cluster.link_for(2 * t * c * d)  # neighbouring stages are t x c x d ranks apart
        send = tokens * arch.d_model * ACTIVATION_BYTES / (t if sp else 1) / link.achieved_bytes_per_s + link.latency_s
        bubble += 2 * v * (m + p - 1) * send

    # Data parallel: gradients reduced over d x c GPUs (experts over d x c / e), weights gathered back (ZeRO).
    sb = inputs.state_bytes
    counts = profile.counts(starts[slowest], starts[slowest] + per_stage[slowest])
    dense = sum(n * k.dense_params for n, k in zip(counts, profile.kinds, strict=True)) / t
    experts = sum(n * k.expert_params for n, k in zip(counts, profile.kinds, strict=True)) / (t * e)
    dense += profile.stage_params(slowest, p) / t
    dp_group, expert_group = d * c, max(1, d * c // e)
    dp_link = expert_link = cluster.link_for(t * c * d)  # the data-parallel group, and the experts' part of it
    z = layout.zero_stage
    compute_per_micro_batch = comp
    if z == 3:
        # FSDP / ZeRO-3: every micro-batch gathers the weights forward and backward and reduce-scatters gradients.
        per_micro_batch = (2 * gather_s(dense * sb.weights, dp_group, dp_link) + gather_s(dense * sb.gradients, dp_group, dp_link)
                           + 2 * gather_s(experts * sb.weights, expert_group, expert_link) + gather_s(experts * sb.gradients, expert_group, expert_link))
        dp = m * max(0.0, per_micro_batch - compute_per_micro_batch)
    elif z == 2:
        # ZeRO-2 / FSDP without resharding the weights (SHARD_GRAD_OP): no full gradient is kept, so every
        # micro-batch reduce-scatters its gradients under its own backward pass (Rajbhandari et al. 2020, section 5.2;
        # Llama 3, section 3.3.2); the updated weights are gathered once, under the last micro-batch.
        scatter = gather_s(dense * sb.gradients, dp_group, dp_link) + gather_s(experts * sb.gradients, expert_group, expert_link)
        gather = gather_s(dense * sb.weights, dp_group, dp_link) + gather_s(experts * sb.weights, expert_group, expert_link)
        dp = m * max(0.0, scatter - compute_per_micro_batch) + max(0.0, gather - compute_per_micro_batch)
    else:
        if z == 0:
            reduce = all_reduce_s(dense * sb.gradients, dp_group, dp_link) + all_reduce_s(experts * sb.gradients, expert_group, expert_link)
        else:  # distributed optimizer: reduce-scatter the gradients, all-gather the updated weights
            reduce = (gather_s(dense * sb.gradients, dp_group, dp_link) + gather_s(dense * sb.weights, dp_group, dp_link)
                      + gather_s(experts * sb.gradients, expert_group, expert_link) + gather_s(experts * sb.weights, expert_group, expert_link))
        dp = max(0.0, reduce - compute_per_micro_batch)

    # Optimizer: a memory-bound pass over this GPU's shard: read and write the optimizer state, read the
    # gradients, write the weights.
    shard = dense / dp_group + experts / expert_group if z >= 1 else dense + experts
    optimizer = shard * (2 * sb.optimizer + sb.gradients + sb.weights) / cluster.memory_bytes_per_s

    model = 3.0 * model_flops.forward_flops_per_token(arch, profile.params, s) * layout.tokens_per_step
    hardware = stage_flops * m * layout.n_gpus  # every GPU computes what the slowest stage's GPU does
    terms = (m * comp, m * tp, bubble, dp, m * ep, m * cp, optimizer)
    if w.mfu is not None:
        # A measured MFU replaces the derived one: every term stretches so the step takes what that MFU implies.
        scale = model / (layout.n_gpus * cluster.peak_flops * w.mfu) / sum(terms)
        terms = tuple(term * scale for term in terms)
        micro_batch_s *= scale
    return StepTime(*terms, micro_batch_s, model, max(hardware, model))


def mfu_of(step: StepTime, n_gpus: int, peak_flops: float) -> float:
    """Model FLOPs utilisation: model FLOPs of the step / (step time x GPUs x dense peak) (Chowdhery et al. 2022, appendix B)."""
    return step.model_flops / (step.total * n_gpus * peak_flops)
