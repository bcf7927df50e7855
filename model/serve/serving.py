"""Serving planner: memory per GPU, the KV-cache budget and concurrency, time to first token, decode speed, cost.

The physics, and where each part comes from:
  * Memory per GPU as vLLM plans it (Kwon et al. 2023, "Efficient Memory Management for Large Language Model Serving
    with PagedAttention", section 4; vLLM docs, "gpu_memory_utilization"): the server may use
    gpu_memory_utilization x capacity; the weights shard, one prefill chunk's activations and the runtime overhead
    (CUDA context, CUDA graphs, NCCL buffers) come first, and what is left is the KV cache, in blocks of 16 tokens.
    vLLM prints "Maximum concurrency for N tokens per request: X x" = KV tokens / N.
  * Tensor parallelism (Shoeybi et al. 2019, Megatron-LM) splits heads, so it must divide the attention heads; the KV
    heads are split when there are at least as many as GPUs and replicated otherwise (vLLM's rule).
  * Prefill is compute bound: FLOPs (Kaplan et al. 2020, table 1) / (tensor-parallel GPUs x peak x an achievable
    fraction), plus two all-reduces of the activations per layer (Megatron-LM, section 3).
  * Decode (Pope et al. 2022, "Efficiently Scaling Transformer Inference", section 2): each step reads every weight
    once and each sequence's KV cache, so it is memory-bandwidth bound at small batch and compute bound at large
    batch; plus two all-reduces per layer, at small batch dominated by their latency.  Pipeline stages run one after
    the other for a token, so a token passes every stage (no overlap assumed: a lower bound on speed per user).
  * GPU memory, bandwidth, peak FLOP/s and links: the NVIDIA and AMD spec sheets in resources/gpus.json; what a chip
    generation achieves of them (matrix-multiply and memory-streaming efficiency, collective bandwidth and latency) is
    the training planner's calibrated generation table, used here through model.plan.cluster.  The all-reduce is the
    planner's (model.plan.step_time.all_reduce_s).
  * Expert parallelism for MoE models, as vLLM ("data parallel deployment" with --enable-expert-parallel) and SGLang
    (--enable-dp-attention with --ep-size) run it: e attention groups of tensor x pipeline GPUs each serve their own
    requests and hold their own KV cache (attention is data parallel), while the routed experts of every MoE layer
    are spread over all t x e GPUs of a stage (so e must divide the routed experts; dense and attention weights are
    split over t x p only).  The workload's concurrent requests are those of one deployment, spread evenly over its
    e groups; the KV budget per GPU is as without expert parallelism, so a deployment holds e times the cache.  Each
    MoE layer adds a dispatch and a combine all-to-all of the routed tokens among the e groups (Lepikhin et al. 2020,
    GShard), over the intra-node link when t x e GPUs fit in a node, else the network: the planner's
    model.plan.step_time.all_to_all_s, not overlapped (a bound; DeepSeek's two-batch overlap hides part of it).
    Sources: vLLM docs, "Data Parallel Deployment" (docs.vllm.ai/en/latest/serving/data_parallel_deployment: "data
    parallel for the attention layers and expert or tensor parallel for the expert layers"; the expert layers form a
    group of DP x TP GPUs) and "Expert Parallel Deployment"; SGLang docs, "DP, DPA and SGLang DP Router"
    (docs.sglang.io/docs/advanced_features/dp_dpa_smg_guide: data-parallel attention, each rank its own KV cache).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from model.design.architecture import Architecture
from model.design.params import ParameterCount
from model.estimate import compute, memory
from model.estimate.hardware import Gpu
from model.estimate.workload import Workload
from model.plan.cluster import Cluster, cluster_of
from model.plan.step_time import ACTIVATION_BYTES, all_reduce_s, all_to_all_s
from model.project.figure import Words, words

KV_BLOCK_TOKENS = 16  # vLLM's default block size (Kwon et al. 2023, section 4.1)
KWON = "Kwon et al. 2023 (vLLM PagedAttention), section 4; vLLM docs: gpu_memory_utilization, maximum concurrency"
POPE = "Pope et al. 2022, section 2: decoding reads every weight once per step"


@dataclass(frozen=True)
class ServingPoint:
    batch: int
    tpot_s: float
    tokens_per_s_per_user: float
    tokens_per_s_total: float
    fits: bool
    bound: str


@dataclass(frozen=True)
class ServingPlan:
    gpu: Gpu
    n_gpus: int
    tensor_parallel: int
    pipeline_parallel: int
    replicas: int  # deployments of tensor x pipeline x expert parallel GPUs
    weight_format: str
    memory: memory.InferenceMemory  # per GPU at the chosen concurrency and context
    usable_bytes: float  # gpu_memory_utilization x capacity
    kv_cache_budget_bytes: float  # per GPU
    kv_tokens: int  # cache positions that fit per replica (all its expert-parallel attention groups)
    max_concurrency: float  # as vLLM prints it: kv_tokens / context
    longest_context_tokens: int
    fits: bool
    ttft_s: float
    tpot_s: float
    bound: str
    tokens_per_s_per_user: float
    tokens_per_s_total: float  # all replicas
    usd_per_million_output_tokens: float
    usd_per_million_input_tokens: float
    kwh_per_million_output_tokens: float | None
    cluster: Cluster  # the serving GPU, its generation's efficiencies and its links
    workload: Workload
    curve: tuple[ServingPoint, ...]
    problems: tuple[str, ...] = ()  # the setup cannot run at all
    warnings: tuple[str, ...] = ()
    needs: Words | None = None  # what would fit, when this does not
    would_fit: tuple[int, int, int] | None = None  # (GPUs, tensor parallel, pipeline parallel) of that, if anything does
    context: int = 0
    notes: dict[str, str] = field(default_factory=dict)
    expert_parallel: int = 1  # attention groups of one deployment sharing the routed experts

    @property
    def max_concurrent_requests(self) -> int:
        return int(self.max_concurrency)

    @property
    def achieved_flops_share(self) -> float:
        """Share of peak the matrix multiplies reach: the workload's prefill efficiency, else the generation's."""
        return _compute_flops(self.cluster, self.workload) / self.cluster.peak_flops


def tensor_parallel_problems(arch: Architecture, tp: int) -> list[str]:
    """Why `tp` GPUs cannot split this model's heads (vLLM's checks), in words."""
    problems = []
    if arch.n_heads % tp:
        problems.append(f"tensor parallel {tp} must divide the {arch.n_heads} attention heads")
    if arch.mla is None and tp > 1:
        kv = arch.kv_heads
        if (kv >= tp and kv % tp) or (kv < tp and tp % kv):
            problems.append(f"tensor parallel {tp} must divide the {kv} KV heads, or be a multiple of them")
    return problems


def expert_parallel_problems(arch: Architecture, ep: int) -> list[str]:
    """Why `ep` groups cannot share this model's routed experts, in words."""
    if ep <= 1:
        return []
    if arch.moe is None:
        return [f"expert parallel {ep} needs a mixture-of-experts model; this design has no routed experts (set it to 1)"]
    if arch.moe.n_experts % ep:
        return [f"expert parallel {ep} must divide the {arch.moe.n_experts} routed experts"]
    return []


def _moe_layers(arch: Architecture) -> int:
    if arch.family == "encoder-decoder":
        return arch.moe_layer_count(arch.n_layers, "encoder") + arch.moe_layer_count(arch.decoder_layers, "decoder")
    return arch.moe_layer_count(arch.n_layers)


def expert_all_to_all_s(arch: Architecture, tokens: float, tp: int, ep: int, cluster: Cluster) -> float:
    """Dispatch and combine of `tokens` routed tokens per attention group, on every MoE layer: each token goes to
    top_k experts as d_model 16-bit activations and comes back (GShard); the t x e GPUs of a stage are consecutive."""
    if ep <= 1 or arch.moe is None:
        return 0.0
    routed = tokens * arch.moe.top_k * arch.d_model * ACTIVATION_BYTES
    return 2 * _moe_layers(arch) * all_to_all_s(routed, ep, tp * ep, cluster)


def serving_cluster(workload: Workload) -> Cluster:
    """The serving GPU as the planner models a system; its peak is the 16-bit one (fp8 for fp8 weights): quantised
    integer weights are widened to 16 bits for the multiply (W4A16, W8A16 kernels)."""
    return cluster_of(workload.model_copy(update={"gpu": workload.serving_gpu, "custom_gpu": None,
                                                  "precision": "fp8" if workload.weight_format == "fp8" else "bf16"}))


def _compute_flops(cluster: Cluster, workload: Workload) -> float:
    """Achieved matrix-multiply FLOP/s: the set prefill efficiency x peak, or the generation's measured share."""
    if workload.prefill_efficiency is not None:
        return cluster.peak_flops * workload.prefill_efficiency
    return cluster.matmul_flops


def _decode_step(arch: Architecture, params: ParameterCount, workload: Workload, cluster: Cluster, mem: memory.InferenceMemory,
                 tp: int, pp: int, ep: int, batch: int, context: int) -> tuple[float, str]:
    """Seconds per output token for `batch` sequences of one deployment at `context`, and which limit binds.

    With expert parallelism each of the ep attention groups decodes its share of the batch, and the experts on a GPU
    see the tokens of all groups: per GPU the FLOPs are those of batch / ep sequences over t x p GPUs."""
    # A MoE step reads only the experts its tokens chose (at most all of them): scale the weights read by active/total.
    read_share = min(1.0, params.active * batch / params.total)
    group = math.ceil(batch / ep)
    flops = compute.decode_flops_per_token(arch, params, context) / (tp * pp)
    tps, bound = compute.decode_tokens_per_second(mem.weights * read_share, mem.kv_per_token * context, group,
                                                  cluster.memory_bytes_per_s, flops, _compute_flops(cluster, workload))
    stage = group / tps
    layers = compute.attention_layers(arch)
    comm = 2 * layers * all_reduce_s(group * arch.d_model * 2.0, tp, cluster.link_for(tp))
    return stage * pp + comm + expert_all_to_all_s(arch, group, tp, ep, cluster), bound


def serving_plan(arch: Architecture, params: ParameterCount, workload: Workload, gpu: Gpu, *, with_curve: bool = True) -> ServingPlan:
    w = workload
    pp = w.serving_pipeline_parallel
    ep = w.serving_expert_parallel or 1
    tp = w.serving_tensor_parallel or max(1, w.serving_gpus // (pp * ep))
    problems = tensor_parallel_problems(arch, tp) + expert_parallel_problems(arch, ep)
    if w.serving_gpus % (tp * pp * ep):
        layout = f"tensor x pipeline x expert parallel ({tp} x {pp} x {ep})" if ep > 1 else f"tensor x pipeline parallel ({tp} x {pp})"
        problems.append(f"the {w.serving_gpus} serving GPUs must be a multiple of {layout}")
    if pp > arch.n_layers + arch.decoder_layers:
        problems.append(f"pipeline parallel {pp} exceeds the {arch.n_layers + arch.decoder_layers} layers")
    replicas = max(1, w.serving_gpus // (tp * pp * ep))
    ctx = w.inference_context or arch.max_seq_len
    warnings = []
    if ctx > arch.max_seq_len:
        warnings.append(f"the context ({ctx:,} tokens) is beyond the {arch.max_seq_len:,} tokens this model was trained for")
    if not arch.generates:  # only the prompt must fit
        if w.prompt_tokens > ctx:
            warnings.append(f"the prompt ({w.prompt_tokens:,} tokens) exceeds the context per request ({ctx:,})")
    elif w.prompt_tokens + w.output_tokens > ctx:
        warnings.append(f"prompt + output ({w.prompt_tokens + w.output_tokens:,} tokens) exceed the context per request ({ctx:,})")
    cluster = serving_cluster(w)
    batch = w.concurrent_requests  # per deployment; each expert-parallel attention group holds ceil(batch / ep)
    mem = memory.inference_memory(arch, params, w, context=ctx, batch=math.ceil(batch / ep), tensor_parallel=tp,
                                  pipeline_parallel=pp, expert_parallel=ep)
    usable = w.gpu_memory_utilization * gpu.capacity_bytes
    budget = usable - mem.weights - mem.workspace - mem.overhead
    # Bytes each request holds per position: its KV cache; an encoder-only model keeps none, and what limits it is the
    # activations of one block over its whole input (it reads the input at once, with no cache to chunk against).
    per_position = mem.kv_per_token or memory.prefill_workspace_per_token(arch) / tp
    group_tokens = 0  # cache positions of one attention group
    if budget > 0:
        group_tokens = int(budget // per_position) // KV_BLOCK_TOKENS * KV_BLOCK_TOKENS
    kv_tokens = ep * group_tokens
    # a request lives in one group: whole requests per group x ep, and the fraction vLLM would print for one group
    concurrency = ep * (group_tokens // ctx) + (group_tokens % ctx) / ctx if ep > 1 else group_tokens / ctx
    fits = not problems and budget > 0 and math.ceil(batch / ep) * ctx <= group_tokens
    needs, would_fit = (None, None) if fits or not with_curve else _what_fits(arch, params, w, gpu, ctx)
    if budget <= 0:
        warnings.append("does not fit: the weights, workspace and overhead alone exceed the memory the server may use"
                        + (f"; {needs.text()}" if needs else ""))
    elif not problems and not fits:
        warnings.append(f"{batch} requests of {ctx:,} tokens do not fit the KV cache (at most {int(concurrency)})"
                        + (f"; {needs.text()}" if needs else ""))
    warnings = [*problems, *warnings]

    # --- time to first token: one prompt, compute bound ---
    prompt = w.prompt_tokens
    prefill_flops = prompt * compute.forward_flops_per_token(arch, params, prompt)
    achieved = _compute_flops(cluster, w)
    # The routed experts' share (2 FLOPs per weight of the top_k experts a token visits) runs on all t x e GPUs.
    expert_flops = 0.0
    if arch.moe is not None and ep > 1:
        expert_flops = prompt * 2.0 * memory.routed_expert_params(params.breakdown)[0] * arch.moe.top_k / arch.moe.n_experts
    spread = (prefill_flops - expert_flops) / tp + expert_flops / (tp * ep)
    prefill_compute = spread / achieved if achieved > 0 else math.inf
    ttft = (prefill_compute + 2 * compute.attention_layers(arch) * all_reduce_s(prompt * arch.d_model * 2.0, tp, cluster.link_for(tp))
            + expert_all_to_all_s(arch, prompt, tp, ep, cluster))

    # --- decode ---
    avg_ctx = min(ctx, prompt + w.output_tokens // 2)

    def point(b: int) -> ServingPoint:
        m = memory.inference_memory(arch, params, w, context=ctx, batch=math.ceil(b / ep), tensor_parallel=tp,
                                    pipeline_parallel=pp, expert_parallel=ep)
        step, bound = _decode_step(arch, params, w, cluster, m, tp, pp, ep, b, avg_ctx)
        return ServingPoint(b, step, 1 / step, replicas * b / step, math.ceil(b / ep) * ctx <= group_tokens, bound)

    here = point(batch)
    # The chart's points: powers of two up to four times the memory limit (at least 64), the chosen batch and the limit.
    limit = max(batch, min(int(concurrency), 2**16), 16)
    sizes = sorted({*(2**i for i in range(0, 20) if 2**i <= 4 * limit), batch, max(1, min(int(concurrency), 2**18))})
    curve = tuple(point(b) for b in sizes) if with_curve else (here,)

    usd_per_s = w.serving_gpus * w.gpu_hour_usd / 3600
    # Prompts in flight keep all tensor x expert parallel GPUs of a stage busy: the deployment's prefill throughput.
    input_tps = replicas * prompt * tp * ep * achieved / prefill_flops if prefill_flops > 0 else math.inf
    kwh = None
    if gpu.tdp_watts:
        kwh = w.serving_gpus * gpu.tdp_watts * w.gpu_power_fraction * w.pue / here.tokens_per_s_total * 1e6 / 3.6e6
    return ServingPlan(
        gpu=gpu, n_gpus=w.serving_gpus, tensor_parallel=tp, pipeline_parallel=pp, replicas=replicas, weight_format=w.weight_format,
        memory=mem, usable_bytes=usable, kv_cache_budget_bytes=max(0.0, budget), kv_tokens=kv_tokens,
        max_concurrency=concurrency, longest_context_tokens=_longest_context(arch, w, tp, pp, budget, per_position), fits=fits, ttft_s=ttft,
        tpot_s=here.tpot_s, bound=here.bound, tokens_per_s_per_user=here.tokens_per_s_per_user,
        tokens_per_s_total=here.tokens_per_s_total,
        usd_per_million_output_tokens=usd_per_s / here.tokens_per_s_total * 1e6,
        usd_per_million_input_tokens=usd_per_s / input_tps * 1e6, kwh_per_million_output_tokens=kwh,
        cluster=cluster, workload=w, curve=curve, problems=tuple(problems), warnings=tuple(warnings),
        needs=needs, would_fit=would_fit, context=ctx, expert_parallel=ep,
    )


MEMORY_DOES_NOT_LIMIT = 1_000_000_000  # the longest context a workload accepts


def _longest_context(arch: Architecture, w: Workload, tp: int, pp: int, budget: float, per_position: float) -> int:
    """Positions one request may cache in `budget` bytes per GPU.

    Sliding-window layers stop growing at their window (model.estimate.memory.kv_cache_bytes_per_token), so past
    it each position costs only the full-attention layers; a model whose every layer slides is not limited by memory.
    """
    if budget <= 0:
        return 0
    window = arch.sliding_window
    if window is None or arch.family == "encoder-only":
        return int(budget // per_position)
    share = memory.kv_shard(arch, tp) / pp
    dtype = memory.DTYPE_BYTES[w.kv_cache_precision]

    def cache(c: int) -> float:  # one request's cache at context c, on one GPU
        return c * memory.kv_cache_bytes_per_token(arch, dtype, c) * share

    at_window = cache(window)
    if budget <= at_window:
        return int(budget // (at_window / window))
    slope = cache(window + 1) - at_window
    if slope <= 0:
        return MEMORY_DOES_NOT_LIMIT
    return min(MEMORY_DOES_NOT_LIMIT, window + int((budget - at_window) // slope))


TENSOR_PARALLEL_ONLY = "tensor parallel {tp}"  # rare: pipeline stages on fewer GPUs are tried first (strings.py lists it)


def _what_fits(arch: Architecture, params: ParameterCount, w: Workload, gpu: Gpu, ctx: int) -> tuple[Words, tuple[int, int, int] | None]:
    """The fewest GPUs (a tensor-parallel size the heads allow) that hold this format at this concurrency and context:
    in words, and as (GPUs, tensor parallel, pipeline parallel)."""
    usable = w.gpu_memory_utilization * gpu.capacity_bytes
    for tp in (1, 2, 4, 8, 16, 32, 64):
        if tensor_parallel_problems(arch, tp):
            continue
        for pp in (1, 2, 4, 8, 16):
            if pp > arch.n_layers:
                break
            m = memory.inference_memory(arch, params, w, context=ctx, tensor_parallel=tp, pipeline_parallel=pp)
            if m.total <= usable:
                layout = (words("tensor parallel {tp} x pipeline parallel {pp}", tp=tp, pp=pp) if pp > 1
                          else words(TENSOR_PARALLEL_ONLY, tp=tp))
                return words("it would fit on {n} x {gpu} ({layout})", n=tp * pp, gpu=gpu.name, layout=layout), (tp * pp, tp, pp)
    return words("it does not fit even on 1,024 x {gpu}", gpu=gpu.name), None


def most_precise_format(arch: Architecture, params: ParameterCount, w: Workload, gpu: Gpu) -> str | None:
    """The most precise weight format whose plan fits the chosen serving GPUs, or None."""
    for fmt in ("bf16", "fp8", "int8", "gguf-q6_k", "awq-int4", "nf4", "gguf-q4_k_m", "gptq-int3", "gguf-q2_k"):
        if serving_plan(arch, params, w.model_copy(update={"weight_format": fmt}), gpu, with_curve=False).fits:
            return fmt
    return None
