"""`estimate(design) -> Report`: the one pure function the GUI and the CLI call.

Each section is a tuple of Figures: a value with its unit, the formula in
words with the numbers used, and its source.  The formulas themselves live in
params, storage, memory, compute, energy and scaling; this module only
chooses the inputs and words.
"""

from __future__ import annotations

import math
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from model.design.architecture import Architecture
from model.design.design import Design
from model.design.hf_config import ApproximateImport
from model.design.params import Component, ParameterCount, count_parameters
from model.estimate import compute, memory, storage
from model.estimate.energy import co2_tonnes, energy_kwh
from model.estimate.hardware import FP8_PEAK, Gpu, carbon_intensity, household_kwh_per_year, workload_gpu
from model.estimate.scaling import BESIROGLU, CHINCHILLA, KAPLAN
from model.estimate.workload import COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER, Workload
from model.plan.accuracy import PLANNER_ACCURACY
from model.plan.layout import ParallelLayout
from model.plan.planner import smallest_fitting_layout, training_seq_len
from model.plan.published import PublishedRun
from model.plan.result import TrainingPlan, cached_plan, planning_workload, published_difference, training_plan
from model.project.figure import Figure, Words, count, joined, words
from model.project.units import format_bytes, format_count, format_int, format_si, format_value
from model.serve import finetune as ft
from model.serve.serving import ServingPlan, most_precise_format, serving_plan

EXACT = "Exact count of every weight and bias (tied weights once), as Hugging Face transformers counts them"
KORTHIKANTI = "Korthikanti et al. 2022, section 4 (activations); Rajbhandari et al. 2020, ZeRO section 3.1 (model states)"
KAPLAN_FLOPS = "Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward"
RULE_OF_THUMB = "Rule of thumb found in articles, not a measurement"
MEASURED = "; calibrated against PyTorch 2.13 (tests/data/memory_measured.json)"


class Section(BaseModel):
    """A titled group of figures that panels render as they are."""

    model_config = ConfigDict(frozen=True)

    key: str
    title: str
    figures: tuple[Figure, ...]
    note: str = ""  # what the section includes and how well it was checked (a fixed, translated text)
    warnings: tuple[str, ...] = ()  # what is wrong with this design's figures here, with its numbers (shown in red)


class ScalingPoint(BaseModel):
    """Where the design sits on the scaling-law charts."""

    model_config = ConfigDict(frozen=True)

    n_params: int  # parameters the laws use: active per token (see model.estimate.scaling on MoE)
    n_params_kaplan: int  # non-embedding active parameters (Kaplan et al. 2020 convention)
    tokens: int
    flops: float  # 6 N D (Kaplan et al. 2020, table 1)


class ServingSummary(BaseModel):
    """`report --json` "serving": the serving plan in the names issue 15 gives."""

    model_config = ConfigDict(frozen=True)

    n_gpus: int
    tensor_parallel: int
    pipeline_parallel: int
    expert_parallel: int
    gpu: str
    weight_format: str
    fits: bool
    memory_per_gpu_bytes: float
    kv_cache_budget_bytes: float
    max_concurrent_requests: int
    max_concurrency: float  # as vLLM prints it: KV-cache tokens / context
    longest_context_tokens: int
    ttft_s: float
    tpot_s: float
    tokens_per_s_per_user: float
    tokens_per_s_total: float
    usd_per_million_output_tokens: float
    usd_per_million_input_tokens: float
    warnings: tuple[str, ...]
    # when these GPUs do not hold it: (GPUs, tensor parallel, pipeline parallel) of the fewest that would, if any
    would_fit: tuple[int, int, int] | None = None
    # the chart: (concurrent requests, tokens/s per user, tokens/s total, fits in memory)
    curve: tuple[tuple[int, float, float, bool], ...]


class FinetuneSummary(BaseModel):
    """`report --json` "finetune"."""

    model_config = ConfigDict(frozen=True)

    method: str
    gpu: str
    trainable_params: int
    memory_per_gpu_bytes: float
    fits: bool
    largest_batch: int
    longest_sequence_tokens: int
    breakdown_bytes: dict[str, float]


class Report(BaseModel):
    """Everything the app shows about one design, computed from it alone."""

    model_config = ConfigDict(frozen=True)

    name: str
    family: str
    # Set when the design is an unknown model type imported as its closest family (hf_config.import_config).
    approximate: ApproximateImport | None = None
    parameters: ParameterCount
    headline: tuple[Figure, ...]
    storage: Section
    memory: Section
    compute: Section
    gpus: Section
    energy: Section
    scaling: Section
    scaling_point: ScalingPoint
    plan: TrainingPlan
    plan_section: Section
    # What each "auto" (empty) field of the design resolved to, keyed by the workload or architecture field's
    # name ("training_tokens": 3_490_000_000_000), so the editor can show it greyed inside the empty field.
    resolved: dict[str, int | float | str] = {}
    serving_section: Section
    finetune_section: Section
    serving: ServingSummary
    finetune: FinetuneSummary

    @property
    def sections(self) -> tuple[Section, ...]:
        parameters = Section(key="parameters", title="Parameters", figures=_parameter_figures(self.parameters))
        return (parameters, self.storage, self.memory, self.compute, self.plan_section, self.gpus, self.energy, self.scaling,
                self.serving_section, self.finetune_section)

    def find_figure(self, key: str) -> Figure | None:
        """A figure by key, from the headline or any section; None if this report has none."""
        for fig in self.headline + tuple(f for s in self.sections for f in s.figures):
            if fig.key == key:
                return fig
        return None

    def figure(self, key: str) -> Figure:
        found = self.find_figure(key)
        if found is None:
            raise KeyError(key)
        return found


def _fig(key: str, label: str, value: float, unit: str, formula: str | Words, source: str = "") -> Figure:
    """A figure; a formula with numbers is Words (a template and its values) so the GUI can translate its words."""
    formula_words = formula if isinstance(formula, Words) else words(formula)
    return Figure(key=key, label=label, value=value, unit=unit, formula=formula_words.text(), source=source, formula_words=formula_words)


def _parameter_figures(p: ParameterCount) -> tuple[Figure, ...]:
    return (
        _fig("total_params", "Total parameters", p.total, "params", words("{weights} weights + {biases} biases", weights=format_int(p.weights), biases=format_int(p.biases)), EXACT),
        _fig("active_params", "Active parameters per token", p.active, "params",
             "all parameters except routed experts, plus the top-k routed experts of each MoE layer", EXACT),
        _fig("sparse_ratio", "Sparse activation ratio", p.sparse_activation_ratio, "ratio", words("{active} active / {total} total", active=format_int(p.active), total=format_int(p.total)), EXACT),
        _fig("embedding_params", "Embedding parameters", p.embedding, "params",
             "token, position and token-type tables, and an untied output head", "Kaplan et al. 2020 exclude these from N"),
        _fig("non_embedding_params", "Non-embedding parameters", p.non_embedding, "params", "total - embedding", "Kaplan et al. 2020, section 2.1"),
        _fig("weights", "Weights", p.weights, "params", "matrix and norm-scale entries", EXACT),
        _fig("biases", "Biases", p.biases, "params", "bias vectors (projections, FFN, LayerNorm, router, head)", EXACT),
    ) + ((_fig("mtp_params", "Multi-token-prediction modules", p.mtp, "params",
               "in the total: one block, an input projection and three norms each" if p.mtp_in_total
               else "not in the total: one block, an input projection and three norms each", EXACT),)
         if p.mtp else ()) + (
        (_fig("mtp_copies_params", "Embedding and head copies for MTP", p.mtp_embedding_copies, "params",
              "not in the total: the checkpoint stores the token embedding and the output head again with each MTP module",
              "DeepSeek-V3's model.safetensors.index.json: model.layers.61.embed_tokens, model.layers.61.shared_head.head"),)
        if p.mtp_embedding_copies else ()) + (
        (_fig("vision_params", "Vision tower and projector", p.vision_tower, "params", "not in the total", EXACT),)
        if p.vision_tower else ()) + (
        (_fig("checkpoint_params", "Parameters in the released checkpoint", p.checkpoint_total, "params",
              checkpoint_words(p, count=format_int), "the sum of the figures above; quantisation scales apart"),)
        if checkpoint_parts(p) else ())


# What a released checkpoint holds beside the model's total (ParameterCount.checkpoint_total adds them up); the
# GUI and the text report say it in one sentence, "671.0B model + 11.6B MTP + ... = 684.5B in the released checkpoint".
CHECKPOINT_LABELS = {
    "model": "model",
    "mtp": "MTP",
    "mtp_copies": "embedding and head copies for MTP",
    "vision": "vision tower and projector",
}
CHECKPOINT_SUM = "{parts} = {total} in the released checkpoint"


def checkpoint_parts(p: ParameterCount) -> tuple[tuple[str, int], ...]:
    """(CHECKPOINT_LABELS key, parameters) of what the checkpoint holds beyond the total; empty when nothing."""
    parts = (("mtp", 0 if p.mtp_in_total else p.mtp), ("mtp_copies", p.mtp_embedding_copies), ("vision", p.vision_tower))
    return tuple((key, n) for key, n in parts if n)


def checkpoint_words(p: ParameterCount, count=lambda n: format_count(n, 4)) -> Words:
    """The model's total and what the checkpoint holds beside it, added up (empty when the checkpoint is the model);
    `count` writes a number (four digits, so that the parts visibly add up)."""
    parts = checkpoint_parts(p)
    if not parts:
        return words("")
    terms = joined(" + ", [words("{n} {label}", n=count(n), label=words(CHECKPOINT_LABELS[key])) for key, n in (("model", p.total), *parts)])
    return words(CHECKPOINT_SUM, parts=terms, total=count(p.checkpoint_total))


def checkpoint_sentence(p: ParameterCount, translate=str, count=lambda n: format_count(n, 4)) -> str:
    """checkpoint_words in the reader's language: `translate` gives the words."""
    return checkpoint_words(p, count).text(translate)


def training_tokens(design: Design, params: ParameterCount) -> int:
    """The workload's token budget, or compute-optimal: 20 x parameters (Hoffmann et al. 2022)."""
    tokens = design.workload.training_tokens
    return tokens if tokens is not None else COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER * params.active


def _storage(p: ParameterCount, sb: memory.StateBytes) -> Section:
    figures = [
        _fig(f"storage_{row.format}", f"Weights in {row.format}", row.bytes, "B",
             words("{params} parameters x {bits} bits / 8", params=format_int(p.total), bits=f"{row.bits_per_weight:g}"), row.source)
        for row in storage.weight_storage(p.total)
    ]
    bf16 = p.total * 2
    for name, (capacity, source) in storage.MEDIA.items():
        figures.append(
            _fig(f"media_{name}", f"bf16 weights on {name}", storage.media_needed(bf16, capacity), "discs" if "disc" in name or "DVD" in name else "drives",
                 words("ceil({size} / {capacity})", size=format_bytes(bf16), capacity=format_bytes(capacity)), source)
        )
    ckpt_bytes_per_param = sb.weights + sb.optimizer
    figures.append(
        _fig("checkpoint", "Checkpoint with optimizer state", p.total * ckpt_bytes_per_param, "B",
             words("{params} parameters x ({weights} B weights + {optimizer} B optimizer state); gradients are not saved",
                   params=format_int(p.total), weights=f"{sb.weights:g}", optimizer=f"{sb.optimizer:.3g}"),
             "Rajbhandari et al. 2020, section 3.1 (model states)")
    )
    return Section(key="storage", title="Storage", figures=tuple(figures), note="GB = 10^9 bytes; GiB = 2^30 bytes.")


def _attended(arch: Architecture, context: int) -> Words:
    """The attention term of the FLOP formulas in words: layers x context, or the sum with sliding windows."""
    positions = compute.attended_positions(arch, context)
    if positions == compute.attention_layers(arch) * context:
        return words("{layers} attention layers x {context} context", layers=compute.attention_layers(arch), context=context)
    return words("{positions} attended positions (sliding-window layers see {window})", positions=format_int(positions),
                 window=f"{min(arch.sliding_window or context, context):,}")


def _training_memory_figures(w: Workload, plan: TrainingPlan) -> list[Figure]:
    """The busiest GPU of the training plan's layout, by what it holds."""
    if plan.layout is None:
        return []
    where = words("{layout}; busiest GPU", layout=plan.layout.short_words())
    labels = {"weights": "Training: weights per GPU", "gradients": "Training: gradients per GPU", "optimizer": "Training: optimizer state per GPU",
              "activations": "Training: activations per GPU", "buffers": "Training: communication buffers", "overhead": "Training: runtime overhead"}
    sources = {"weights": KORTHIKANTI, "gradients": KORTHIKANTI, "optimizer": KORTHIKANTI, "activations": KORTHIKANTI + MEASURED,
               "buffers": "ZeRO-3 prefetch of two blocks' weights; MoE dispatch and combine buffers (Megatron-Core)", "overhead": "Assumption"}
    figs = [_fig(f"memory_train_{key}", labels[key], value, "B", where if key != "overhead" else _overhead_words(w), sources[key])
            for key, value in plan.memory_breakdown_bytes.items() if value > 0]  # no "communication buffers 0 B" on one GPU
    figs.append(_fig("training_memory_per_gpu", "Training memory per GPU (peak)", plan.memory_per_gpu_bytes, "B",
                     words("{where}: states + activations + buffers + overhead with {precision}, {optimizer}", where=where,
                           precision=w.precision, optimizer=w.optimizer), KORTHIKANTI))
    return figs


def _overhead_words(w: Workload) -> Words:
    return words("{gib} GiB (assumption)", gib=f"{w.runtime_overhead_gib:g}")


def _memory(design: Design, p: ParameterCount, gpu: Gpu, plan: TrainingPlan, serving: ServingPlan) -> Section:
    infer = serving.memory
    arch, w = design.architecture, design.workload
    kv_figs = [
        _fig("memory_infer_kv_cache", "Serving: KV cache per GPU", infer.kv_cache, "B",
             joined("; ", [
                 words("{batch} requests x context {context} x {bytes} B per position on this GPU ({precision})", batch=infer.batch,
                       context=f"{infer.context:,}", bytes=f"{infer.kv_per_token:,.0f}", precision=w.kv_cache_precision),
                 *([words("sliding-window layers keep {window} positions", window=f"{arch.sliding_window:,}")] if arch.sliding_window else []),
                 *([words("+ {bytes} fixed state per request in {layers} linear layers", layers=arch.linear_mixer.layers,
                          bytes=format_bytes(memory.recurrent_state_bytes(arch, memory.DTYPE_BYTES[w.kv_cache_precision])))]
                   if arch.linear_mixer else [])]),
             "Exact: 2 x n_kv_heads x head_dim per layer (MLA: kv_lora_rank + rope dim), heads split over tensor parallel; Kwon et al. 2023, section 3"),
    ] if arch.generates else []  # an encoder keeps no KV cache: no "0 B" row
    figs = [
        _fig("memory_infer_weights", "Serving: weights per GPU", infer.weights, "B",
             words("{format} at {bits} bits per quantised weight, the rest 16-bit, / {gpus} GPUs", format=w.weight_format,
                   bits=f"{infer.bits_per_weight:.4g}", gpus=serving.tensor_parallel * serving.pipeline_parallel),
             plan_source(w.weight_format)),
        *kv_figs,
        _fig("memory_infer_workspace", "Serving: prefill-chunk workspace per GPU", infer.workspace, "B",
             words("one block's transients for a prefill chunk of {tokens} tokens + fp32 logits of the last position",
                   tokens=f"{min(w.prefill_chunk_tokens, infer.batch * infer.context):,}"),
             "Estimate; chunked prefill as vLLM and SGLang run it; assumes a fused attention kernel"),
        _fig("memory_infer_overhead", "Serving: runtime overhead", infer.overhead, "B", _overhead_words(w),
             "Assumption: CUDA context, CUDA graphs, NCCL buffers, allocator slack"),
        _fig("inference_memory_total", "Serving memory per GPU", infer.total, "B",
             "weights + KV cache + workspace + overhead" if arch.generates else "weights + workspace + overhead", "Sum of the serving terms above"),
        *_training_memory_figures(w, plan),
        _fig("rule_inference_2x", "Rule of thumb: inference = 2 x bf16 weights", 4 * p.total, "B", words("2 x {bytes}", bytes=format_bytes(2 * p.total)), RULE_OF_THUMB),
        _fig("rule_training_4x", "Rule of thumb: training = 4 x weights", 4 * p.total * 2, "B", words("4 x {bytes} (bf16 weights)", bytes=format_bytes(p.total * 2)), RULE_OF_THUMB),
        _fig("rule_adam_16n", "Rule of thumb: 16 bytes per parameter (mixed-precision Adam)", 16 * p.total, "B",
             words("16 x {params}: model states only, no activations", params=format_int(p.total)), "Rajbhandari et al. 2020, section 3.1"),
    ]
    measured_recipe = w.precision in ("fp32", "amp-bf16", "amp-fp16", "bf16")
    acc = memory.MEASURED_ACCURACY
    figs.append(
        _fig("memory_accuracy", "Worst error of these formulas in PyTorch measurements (training totals)", acc.worst_total, "ratio",
             words("{sentence}; recipes measured: fp32, PyTorch autocast (amp), pure bf16", sentence=acc.sentence_words()),
             "bench/memory_vs_pytorch.py; tests/data/memory_measured.json")
    )
    note = (
        "Training: peak memory per GPU for one step (model states, activations, autocast weight copies, overhead) with the "
        "recipe set under Workload assumptions. Serving: one GPU of the serving setup (see Serving). "
        "A GPU holds its marketed GB (10^9 bytes). "
        + ("Checked against PyTorch measurements: see the last row." if measured_recipe else
           "This precision recipe follows ZeRO and Korthikanti et al. 2022 and was not measured: PyTorch has no CPU equivalent.")
    )
    return Section(key="memory", title="Memory", figures=tuple(figs), note=note)


PLAN_NOTE = PLANNER_ACCURACY.sentence()
def plan_source(weight_format: str) -> str:
    from model.estimate.storage import weight_format as fmt

    return fmt(weight_format).source


FINETUNE_WORST = {"lora": 0.019, "dora": 0.045, "qlora": 0.059, "freeze": 0.020}  # tests/model/test_finetune.py checks these
SERVING_SOURCES = "Kwon et al. 2023 (vLLM), section 4; Pope et al. 2022, section 2; GPU spec sheets (resources/gpus.json)"


def _serving_section(arch, params: ParameterCount, w, plan: ServingPlan) -> Section:
    from model.serve.serving import KWON, POPE

    m = plan.memory
    t = plan.tensor_parallel
    generates = arch.generates  # an encoder-only model: no KV cache, no output tokens, no decoding
    note = SERVING_NOTE if generates else ENCODER_SERVING
    figs = [
        _fig("serving_gpus", "Serving GPUs", plan.n_gpus, "GPU",
             words("{n} x {gpu}: tensor parallel {tp} x pipeline parallel {pp}{ep} x {replicas} replica(s): {fit}", n=plan.n_gpus,
                   gpu=plan.gpu.name, tp=t, pp=plan.pipeline_parallel, replicas=plan.replicas, fit=_fits_words(plan.fits),
                   ep=words(" x expert parallel {ep}", ep=plan.expert_parallel) if plan.expert_parallel > 1 else ""),
             "Set in the workload; tensor parallelism must divide the attention heads (Shoeybi et al. 2019)"),
        _fig("serving_memory_per_gpu", "Memory per GPU", m.total, "B",
             words("weights {weights} + KV cache {kv} + workspace {workspace} + overhead {overhead}", weights=format_bytes(m.weights),
                   kv=format_bytes(m.kv_cache), workspace=format_bytes(m.workspace), overhead=format_bytes(m.overhead)) if generates else
             words("weights {weights} + workspace {workspace} + overhead {overhead}", weights=format_bytes(m.weights),
                   workspace=format_bytes(m.workspace), overhead=format_bytes(m.overhead)),
             KWON),
    ]
    if plan.kv_cache_budget_bytes <= 0:
        # The weights alone do not fit: no cache, no speed, no cost to show ("0 B" would read as an answer). The first
        # row says "does not fit" and the warnings what would.
        return Section(key="serving", title="Serving", figures=tuple(figs), note=note, warnings=plan.warnings)
    if generates:
        figs.append(_fig("kv_cache_budget", "KV-cache budget per GPU", plan.kv_cache_budget_bytes, "B",
                         words("{share} x {capacity} - weights - one prefill chunk's workspace - overhead", share=f"{w.gpu_memory_utilization:g}",
                               capacity=format_bytes(plan.gpu.capacity_bytes)), KWON))
    if m.kv_per_token and plan.kv_tokens:  # with no room for a cache the first row says what would fit
        figs += [
            _fig("max_concurrency", "Maximum concurrency at the context per request", plan.max_concurrency, "requests",
                 words("{cached} cached tokens (blocks of 16) / {context} tokens per request, as vLLM reports it", cached=f"{plan.kv_tokens:,}",
                       context=f"{plan.context:,}"), KWON),
            _fig("longest_context", "Longest context the memory holds (one request)", plan.longest_context_tokens, "tokens",
                 words("KV-cache budget / {bytes} B per position per GPU; the model was trained for {trained}", bytes=f"{m.kv_per_token:,.0f}",
                       trained=f"{arch.max_seq_len:,}"), KWON),
        ]
    cluster = plan.cluster
    gen, link = cluster.generation, cluster.link_for(t)
    efficiency = (words("peak x {share} (set)", share=f"{w.prefill_efficiency:.0%}") if w.prefill_efficiency is not None
                  else words("peak x {share} ({generation} matrix multiplies, measured)", share=f"{cluster.matmul_efficiency:.0%}", generation=gen.id))
    figs += [
        _fig("ttft", "Time to first token" if generates else "Time to encode one request", plan.ttft_s, "s",
             joined("; ", [words("{prompt}-token prompt: FLOPs / ({tp} GPUs x {efficiency}) + 2 all-reduces per layer over the {link} "
                                 "({gbs} GB/s x {link_share}, {us} us each)", prompt=f"{w.prompt_tokens:,}", tp=t, efficiency=efficiency,
                                 link=words(link.name), gbs=f"{link.bytes_per_s / 1e9:g}", link_share=f"{link.efficiency:.0%}",
                                 us=f"{link.latency_s * 1e6:g}"), *cluster.notes]),
             KAPLAN_FLOPS + "; Shoeybi et al. 2019 (all-reduces); " + gen.source
             + (f"; FP8: {gen.fp8_gemm_source}" if cluster.peak_label == FP8_PEAK and gen.fp8_gemm_source else "")),
    ]
    decode = [
        _fig("tpot", "Time per output token", plan.tpot_s, "s",
             words("{requests} requests: max(bytes read / bandwidth, FLOPs / compute) per stage x {pp} stage(s), limited by {bound} "
                   "(HBM at {hbm} of {gbs} GB/s), + 2 all-reduces per layer{experts}", requests=w.concurrent_requests, pp=plan.pipeline_parallel,
                   bound=words(plan.bound), hbm=f"{gen.hbm_efficiency:.0%}", gbs=f"{plan.gpu.memory_bandwidth_gbps:g}",
                   experts=words(" + expert dispatch and combine all-to-alls per MoE layer among {ep} groups", ep=plan.expert_parallel)
                   if plan.expert_parallel > 1 and arch.moe is not None else ""), POPE),
        _fig("tokens_per_s_per_user", "Output tokens/s per user", plan.tokens_per_s_per_user, "tokens/s", "1 / time per output token", POPE),
        _fig("tokens_per_s_total", "Output tokens/s in total", plan.tokens_per_s_total, "tokens/s",
             words("{requests} requests x {replicas} replica(s) / time per output token", requests=w.concurrent_requests,
                   replicas=plan.replicas), POPE),
        _fig("usd_per_million_output_tokens", "Cost per million output tokens", plan.usd_per_million_output_tokens, "USD",
             words("{n} GPUs x ${price}/h / total output tokens/s", n=plan.n_gpus, price=f"{w.gpu_hour_usd:g}"), "Price set in the workload"),
    ]
    figs += [
        *(decode if generates else []),
        _fig("usd_per_million_input_tokens", "Cost per million input tokens", plan.usd_per_million_input_tokens, "USD",
             words("{n} GPUs x ${price}/h / prefill tokens/s", n=plan.n_gpus, price=f"{w.gpu_hour_usd:g}"), "Price set in the workload"),
    ]
    if plan.kwh_per_million_output_tokens is not None and generates:
        figs.append(_fig("inference_kwh_per_mtok", "Energy per million output tokens", plan.kwh_per_million_output_tokens, "kWh",
                         words("{n} GPUs x TDP x {share} x PUE {pue} / total output tokens/s", n=plan.n_gpus, share=f"{w.gpu_power_fraction:g}",
                               pue=f"{w.pue:g}"), "Touvron et al. 2023, section 6 (same method)"))
    if plan.fits:
        best = most_precise_format(arch, params, w, plan.gpu)
        if best is not None:
            figs.append(_fig("fitting_precision_bits", "Most precise weights that fit", memory.weight_bytes(arch, params, best)[1], "bits",
                             words("{format} fits {n} x {gpu} at {requests} requests of {context} tokens", format=best, n=plan.n_gpus,
                                   gpu=plan.gpu.name, requests=w.concurrent_requests, context=f"{plan.context:,}"), KWON))
    return Section(key="serving", title="Serving", figures=tuple(figs), note=note, warnings=plan.warnings)


ENCODER_SERVING = ("An encoder-only model reads its whole input at once and generates nothing: no KV cache, no output tokens. "
                   "The time and cost here are for encoding requests of the prompt length set under Serving.")
SERVING_NOTE = ("The serving GPUs, weight format, context and requests are set under Serving; whether they fit and why not is in "
                "the warnings. Speeds use the chip generation's measured memory, matrix-multiply and collective efficiencies (as the "
                "training planner does); memory is that of the most loaded GPU.")


def _fits_words(fits: bool, needs: Words | None = None) -> Words:
    """"fits", or "does not fit" and what would."""
    if fits:
        return words("fits")
    return words("does not fit; {needs}", needs=needs) if needs is not None else words("does not fit")


def _serving_summary(plan: ServingPlan) -> ServingSummary:
    return ServingSummary(
        n_gpus=plan.n_gpus, tensor_parallel=plan.tensor_parallel, pipeline_parallel=plan.pipeline_parallel,
        expert_parallel=plan.expert_parallel, gpu=plan.gpu.id,
        weight_format=plan.weight_format, fits=plan.fits, memory_per_gpu_bytes=plan.memory.total,
        kv_cache_budget_bytes=plan.kv_cache_budget_bytes, max_concurrent_requests=plan.max_concurrent_requests,
        max_concurrency=round(plan.max_concurrency, 2), longest_context_tokens=plan.longest_context_tokens, ttft_s=plan.ttft_s,
        tpot_s=plan.tpot_s, tokens_per_s_per_user=plan.tokens_per_s_per_user, tokens_per_s_total=plan.tokens_per_s_total,
        usd_per_million_output_tokens=plan.usd_per_million_output_tokens,
        usd_per_million_input_tokens=plan.usd_per_million_input_tokens, warnings=plan.warnings, would_fit=plan.would_fit,
        curve=tuple((c.batch, c.tokens_per_s_per_user, c.tokens_per_s_total, c.fits) for c in plan.curve),
    )


def _what_would_fit(arch, params: ParameterCount, w, capacity: float) -> str:
    """The first lighter setup that fits one such GPU, in words, or the memory one sequence would need."""
    tries = [({"gradient_checkpointing": True}, "with gradient checkpointing"),
             ({"finetune_method": "lora", "gradient_checkpointing": True}, "as LoRA with gradient checkpointing"),
             ({"finetune_method": "qlora", "gradient_checkpointing": True}, "as QLoRA with gradient checkpointing"),
             ({"finetune_method": "qlora", "gradient_checkpointing": True, "finetune_batch": 1}, "as QLoRA with checkpointing at batch 1")]
    for update, how in tries:
        if ft.finetune_memory(arch, params, w.model_copy(update=update)).total <= capacity:
            return f"it would fit {how}"
    need = ft.finetune_memory(arch, params, w.model_copy(update=tries[-1][0])).total
    return f"even QLoRA at batch 1 needs {format_bytes(need)}"


def _finetune(arch, params: ParameterCount, w) -> tuple[Section, FinetuneSummary]:
    gpu = workload_gpu(w, "finetune")
    fm = ft.finetune_memory(arch, params, w)
    capacity = gpu.capacity_bytes
    fits = fm.total <= capacity
    batch = ft.largest_batch(arch, params, w, capacity)
    longest = ft.longest_sequence(arch, params, w, capacity)
    measured_as = "dora" if w.finetune_method == "lora" and w.lora_variant == "dora" else w.finetune_method
    # Full fine-tuning is training: the training memory's measured accuracy applies.
    worst = FINETUNE_WORST.get(measured_as, memory.MEASURED_ACCURACY.worst_total)
    what = {"full": words("full fine-tuning"), "freeze": words("the last {n} blocks", n=w.finetune_trainable_layers),
            "lora": words("LoRA r={r} on {targets}", r=w.lora_rank, targets=w.lora_targets),
            "qlora": words("QLoRA (NF4 base) r={r} on {targets}", r=w.lora_rank, targets=w.lora_targets)}[w.finetune_method]
    src = ft.PEFT if w.finetune_method in ("lora", "qlora") else KORTHIKANTI
    figs = [
        _fig("finetune_trainable_params", "Trainable parameters", fm.trainable.total, "params", fm.trainable.formula_words, src),
        _fig("finetune_base_weights", "Frozen base weights" if w.finetune_method in ("lora", "qlora") else "Weights", fm.base_weights, "B",
             "NF4 with double quantisation for the block linear layers, the rest fp32 (prepare_model_for_kbit_training)" if w.finetune_method == "qlora"
             else (words("bf16 base") if w.finetune_method == "lora" else words("precision recipe {precision}", precision=w.precision)), ft.QLORA if w.finetune_method == "qlora" else src),
        _fig("finetune_adapters", "Trained adapters and copies", fm.trainable_weights, "B", "fp32 adapters (peft autocast_adapter_dtype)", ft.PEFT),
        _fig("finetune_gradients", "Gradients", fm.gradients, "B", "one per trainable parameter, in its dtype", src),
        _fig("finetune_optimizer", "Optimizer state", fm.optimizer, "B", words("{optimizer}", optimizer=w.finetune_optimizer), "torch AdamW; Dettmers et al. 2022 (8-bit optimizers)"),
        _fig("finetune_activations", "Activations, head and loss", fm.activations, "B",
             words("{batch} x {seq} tokens, gradient checkpointing on" if w.gradient_checkpointing else "{batch} x {seq} tokens, gradient checkpointing off",
                   batch=w.finetune_batch, seq=w.finetune_seq_len), src + "; measured"),
        _fig("finetune_overhead", "Runtime overhead", fm.overhead, "B", _overhead_words(w), "Assumption"),
        _fig("finetune_memory_per_gpu", "Fine-tuning memory per GPU", fm.total, "B",
             words("{what} on {gpu} ({capacity}): {fit}", what=what, gpu=gpu.name, capacity=format_bytes(capacity), fit=_fits_words(fits)), src),
    ]
    if batch:  # "0 sequences" would read as an answer: the row above says what does not fit and what would
        figs.append(_fig("finetune_largest_batch", "Largest batch that fits", batch, "sequences", words("of {seq} tokens on one {gpu}", seq=f"{w.finetune_seq_len:,}", gpu=gpu.name), src))
    if longest:
        figs.append(_fig("finetune_longest_sequence", "Longest sequence that fits", longest, "tokens", words("at batch {batch} on one {gpu}", batch=w.finetune_batch, gpu=gpu.name), src))
    figs.append(_fig("finetune_accuracy", "Worst error in PyTorch measurements (this method)", worst, "ratio",
                     words("{method}: {how}", method=measured_as,
                           how=words("bench/finetune_vs_pytorch.py, peft 0.21, transformers 5.24, bitsandbytes 0.50 on the CPU, LLaMA- and "
                                     "Qwen2-like models") if measured_as != "full" else memory.MEASURED_ACCURACY.sentence_words()),
                     "tests/data/finetune_measured.json" if measured_as != "full" else "tests/data/memory_measured.json"))
    note = (
        "One GPU, one step. Assumed: peft defaults (fp32 adapters, lora_dropout 0), LoRA on a bf16 base, QLoRA with "
        "prepare_model_for_kbit_training (the rest of the model in fp32); 'all_linear' is peft's 'all-linear': every linear "
        "layer but the output head; in transformers 5 the routed MoE experts are fused tensors it does not reach, unless "
        "'LoRA on routed experts' is on."
    )
    summary = FinetuneSummary(method=w.finetune_method, gpu=gpu.id, trainable_params=fm.trainable.total, memory_per_gpu_bytes=fm.total,
                              fits=fits, largest_batch=batch, longest_sequence_tokens=longest, breakdown_bytes=fm.breakdown())
    warnings = () if fits else (f"{what.text()} needs {format_bytes(fm.total)} and does not fit one {gpu.name} ({format_bytes(capacity)}); "
                                + _what_would_fit(arch, params, w, capacity),)
    return Section(key="finetune", title="Fine-tuning", figures=tuple(figs), note=note, warnings=warnings), summary


PLANNER = "Training planner: model.plan (memory per GPU, step time by terms; bench/published_runs.py gives its accuracy)"


# formula words only rare designs reach, named so that model.project.strings can list them for translation
NO_LAYOUT = "no layout fits"
ALTERNATIVE_DOES_NOT_FIT = "{layout}: MFU {mfu}, {memory} per GPU, does not fit"


def _run_words(plan: TrainingPlan) -> Words:
    """What the training time assumes, in words: '3.49T tokens on 512 x H100 SXM5 80GB (fewest for 90 days)'."""
    if plan.layout is None:
        return words(NO_LAYOUT)
    n = plan.layout.n_gpus
    derived = ""
    if plan.n_gpus_derived:
        derived = words(" (fewest GPUs for the target time)" if plan.deadline_met else " (the fastest count tried: the target time cannot be met)")
    # a layout that was set by hand and does not fit is timed as if it ran: say so beside every figure that uses it
    fit = "" if plan.fits else words(" (this layout does not fit in memory: see Training plan)")
    return words("{tokens} tokens on {n} x {gpu}{derived}{fit}", tokens=count(plan.training_tokens), n=f"{n:,}", gpu=plan.gpu_name,
                 derived=derived, fit=fit)


def _published_note(value: float, published: float | None, unit: str) -> Words | str:
    if published is None or not math.isfinite(value):
        return ""
    return words("; published {value} ({error})", value=format_value(published, unit), error=f"{published_difference(value, published):+.0%}")


def _plan_time_figures(plan: TrainingPlan) -> list[Figure]:
    """GPU-hours, days and MFU of the plan; none when no layout can run (the Training plan section says why)."""
    if plan.layout is None or not math.isfinite(plan.gpu_hours):
        return []
    pub = plan.published
    mfu_words = words("set by you" if plan.mfu_set_by_user else "derived from the step time")
    return [
        _fig("training_gpu_hours", "GPU-hours", plan.gpu_hours, "GPU-h",
             words("{run}; {speed} tokens/s, MFU {mfu} ({how}){published}", run=_run_words(plan), speed=count(plan.tokens_per_s),
                   mfu=f"{plan.mfu:.0%}", how=mfu_words, published=_published_note(plan.gpu_hours, pub.gpu_hours, "GPU-h") if pub else ""), PLANNER),
        _fig("training_days", "Training time", plan.days, "days",
             joined("", [_run_words(plan), _published_note(plan.days, pub.days, "days") if pub else ""]), PLANNER),
        _fig("training_mfu", "Model FLOPs utilisation (MFU)", plan.mfu, "ratio",
             words("3 x forward FLOPs x tokens per step / (step time x GPUs x dense peak), {how}{published}", how=mfu_words,
                   published=_published_note(plan.mfu, pub.mfu, "ratio") if pub else ""),
             "Chowdhery et al. 2022, appendix B (MFU)"),
    ]


def _published_run_figures(run: PublishedRun | None) -> list[Figure]:
    """The published run's own GPU-hours, with what they cover (the run's notes) and where they come from."""
    if run is None:
        return []
    if run.gpu_hours is not None:
        return [_fig("published_gpu_hours", "GPU-hours, published", run.gpu_hours, "GPU-h", run.notes or "as published", run.source)]
    if run.days is not None:  # only the days were published (Falcon-7B)
        return [_fig("published_days", "Training time, published", run.days, "days", run.notes or "as published", run.source)]
    return []


@lru_cache(maxsize=128)
def cached_smallest_fitting_layout(arch: Architecture, w: Workload, tokens: int, active_params: int) -> ParallelLayout | None:
    return smallest_fitting_layout(arch, w, tokens, active_params=active_params)


def _plan_gpu_figures(design: Design, params: ParameterCount, tokens: int, plan: TrainingPlan) -> tuple[list[Figure], tuple[str, ...]]:
    """GPUs to hold the training state and to train in time, both from the planner; and what could not be found."""
    w = planning_workload(design.workload)
    smallest = cached_smallest_fitting_layout(design.architecture, w, tokens, params.active)
    figs, warnings = [], []
    if smallest is not None:
        figs.append(_fig("gpus_training_memory", "GPUs to hold the training state", smallest.n_gpus, "GPU",
                         words("the fewest GPUs with a layout that fits: {layout}", layout=smallest.short_words()), PLANNER))
    else:
        warnings.append("does not fit: no layout of up to a million GPUs holds this training state; shorten the sequence or the micro-batch, "
                        "or unpin the layout values")
    timed = cached_plan(design.architecture, w.model_copy(update={"n_gpus": None, "layout": "auto"}), tokens, params.active)
    if timed.deadline_met and timed.chosen is not None:
        figs.append(_fig("gpus_target_days", "GPUs to train in the target time", timed.chosen.layout.n_gpus, "GPU",
                         words("the fewest GPUs whose best layout trains {tokens} tokens in {days} days: {layout}", tokens=count(tokens),
                               days=f"{w.target_days:g}", layout=timed.chosen.layout.short_words()), PLANNER))
    else:
        if timed.chosen is not None:  # the fastest count falls short: a fixed global batch stops helping beyond some GPUs
            warnings.append(f"no GPU count the planner tried trains {format_count(tokens)} tokens in {w.target_days:g} days with a global batch "
                            f"of {format_count(timed.chosen.layout.global_batch_tokens)} tokens; allow more days, fewer tokens or a larger global batch")
        else:
            warnings.append(f"no GPU count the planner tried trains {format_count(tokens)} tokens in {w.target_days:g} days with any layout; "
                            "allow more days or fewer tokens")
    return figs, tuple(warnings)


def _plan_section(plan: TrainingPlan) -> Section:
    if plan.layout is None:
        return Section(key="plan", title="Training plan", figures=(), note=PLAN_NOTE, warnings=plan.problems)
    lay = plan.layout
    figs = [
        _fig("plan_gpus", "GPUs", lay.n_gpus, "GPU", _run_words(plan), PLANNER),
        _fig("plan_tensor_parallel", "Tensor parallel", lay.tensor_parallel, "GPU",
             "sequence parallelism on" if lay.sequence_parallel and lay.tensor_parallel > 1 else "no sequence parallelism", "Shoeybi et al. 2019; Korthikanti et al. 2022"),
        _fig("plan_pipeline_parallel", "Pipeline parallel", lay.pipeline_parallel, "GPU", words("{v} virtual stage(s) per GPU", v=lay.virtual_pipeline_stages), "Narayanan et al. 2021"),
        _fig("plan_data_parallel", "Data parallel", lay.data_parallel, "GPU", words("ZeRO-{stage}", stage=lay.zero_stage), "Rajbhandari et al. 2020"),
        _fig("plan_context_parallel", "Context parallel", lay.context_parallel, "GPU", "sequence split over GPUs, keys and values passed in a ring", "Liu et al. 2023"),
        _fig("plan_expert_parallel", "Expert parallel", lay.expert_parallel, "GPU", "experts split inside the data-parallel group", "Lepikhin et al. 2020"),
        _fig("plan_micro_batch", "Micro-batch", lay.micro_batch_size, "sequences",
             words("{n} micro-batches per step; global batch {tokens} tokens; recompute {recompute}", n=lay.micro_batches,
                   tokens=count(lay.tokens_per_step), recompute=words(lay.recompute)), PLANNER),
        _fig("plan_memory_per_gpu", "Memory per GPU (busiest)", plan.memory_per_gpu_bytes, "B",
             words("of {capacity}" if plan.fits else "of {capacity}: does not fit", capacity=format_bytes(plan.capacity_bytes)), KORTHIKANTI),
        _fig("plan_step_time", "Step time", plan.step_time_s, "s",
             joined(" + ", [words("{term} {s} s", term=words(k.replace("_", " ")), s=f"{v:.3g}") for k, v in plan.step_time_breakdown_s.model_dump().items() if v > 0]),
             PLANNER),
        _fig("plan_tokens_per_s", "Tokens per second", plan.tokens_per_s, "tokens/s", words("{tokens} tokens / step time", tokens=count(lay.tokens_per_step)), PLANNER),
        _fig("plan_mfu", "MFU", plan.mfu, "ratio", "model FLOPs / (step time x GPUs x dense peak)", "Chowdhery et al. 2022, appendix B"),
        _fig("plan_hfu", "HFU (with recomputation)", plan.hfu, "ratio", "hardware FLOPs / (step time x GPUs x dense peak)", "Chowdhery et al. 2022, appendix B"),
    ]
    for i, alt in enumerate(plan.alternatives, 1):
        figs.append(_fig(f"plan_alternative_{i}", "Next best layout", alt.step_time_s, "s",
                         words("{layout}: MFU {mfu}, {memory} per GPU" if alt.fits else ALTERNATIVE_DOES_NOT_FIT,
                               layout=alt.layout.short_words(), mfu=f"{alt.mfu:.0%}", memory=format_bytes(alt.memory_per_gpu_bytes)), PLANNER))
    return Section(key="plan", title="Training plan", figures=tuple(figs), note=PLAN_NOTE, warnings=plan.problems + plan.notes)


def estimate(design: Design) -> Report:
    arch, w = design.architecture, design.workload
    params = count_parameters(arch)
    tokens = training_tokens(design, params)
    gpu = workload_gpu(w)
    seq = training_seq_len(arch, w)
    plan = training_plan(design, params, tokens)
    serving = serving_plan(arch, params, w, workload_gpu(w, "serving"))
    infer = serving.memory

    # --- compute ---
    forward = compute.forward_flops_per_token(arch, params, seq)
    training_flops = 3.0 * forward * tokens
    decode_flops = compute.decode_flops_per_token(arch, params, infer.context)
    compute_figs = (
        _fig("forward_flops_per_token", "Forward FLOPs per token", forward, "FLOP",
             words("2 x {active} active + 2 x {attended} x {width} d_attn", active=format_int(params.active), attended=_attended(arch, seq),
                   width=compute.attention_width(arch)), KAPLAN_FLOPS),
        _fig("training_tokens", "Training tokens", tokens, "tokens",
             "set in the workload" if w.training_tokens else words("compute-optimal: {ratio} x {active} active parameters",
                                                                   ratio=COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER, active=format_int(params.active)),
             "" if w.training_tokens else "Hoffmann et al. 2022, table 3 (about 20 tokens per parameter)"),
        _fig("training_flops", "Training compute", training_flops, "FLOP", words("3 x {forward} per token x {tokens} tokens (about 6 N D)", forward=format_si(forward, 'FLOP'), tokens=count(tokens)),
             KAPLAN_FLOPS),
        *_plan_time_figures(plan),
        *_published_run_figures(design.published_run),
        _fig("prefill_flops", "Prefill FLOPs (one prompt)", w.prompt_tokens * compute.forward_flops_per_token(arch, params, w.prompt_tokens), "FLOP",
             words("{prompt} prompt tokens x forward FLOPs per token", prompt=f"{w.prompt_tokens:,}"), KAPLAN_FLOPS),
        _fig("decode_flops_per_token", "Decode FLOPs per new token", decode_flops, "FLOP", words("2 x active parameters + 4 x {attended} x d_attn", attended=_attended(arch, infer.context)), KAPLAN_FLOPS),
    )

    # --- GPUs ---
    plan_gpu_figures, gpu_warnings = _plan_gpu_figures(design, params, tokens, plan)
    gpu_figs = (
        _fig("gpus_weights_only", "GPUs just for the bf16 weights", memory.gpus_to_hold(params.total * 2, gpu.capacity_bytes), "GPU",
             words("ceil({size} / {capacity} per {gpu})", size=format_bytes(params.total * 2), capacity=format_bytes(gpu.capacity_bytes), gpu=gpu.name),
             "Capacity: marketed GB"),
        _fig("gpus_inference", "Serving GPUs", serving.n_gpus, "GPU",
             words("{n} x {gpu}, tensor parallel {tp}: {fit}", n=serving.n_gpus, gpu=serving.gpu.name, tp=serving.tensor_parallel,
                   fit=_fits_words(serving.fits, serving.needs)),
             "Set in the workload; see Serving"),
        *plan_gpu_figures,
    )

    # --- energy ---
    energy_figs: tuple[Figure, ...] = ()
    note = ""
    if gpu.tdp_watts and math.isfinite(plan.gpu_hours):
        watts = gpu.tdp_watts * w.gpu_power_fraction
        gpu_hours = plan.gpu_hours
        kwh = energy_kwh(gpu_hours, watts, w.pue)
        intensity, intensity_source = carbon_intensity(w)
        household, household_source = household_kwh_per_year()
        run = design.published_run
        published_kwh = run.energy_mwh * 1e3 if run is not None and run.energy_mwh is not None else None
        energy_figs = (
            _fig("training_energy", "Training energy", kwh, "kWh",
                 words("{hours} GPU-hours x {watts} W ({share} x TDP) x PUE {pue}{published}", hours=count(gpu_hours), watts=f"{watts:g}",
                       share=f"{w.gpu_power_fraction:g}", pue=f"{w.pue:g}", published=_published_note(kwh, published_kwh, "kWh")),
                 "Touvron et al. 2023, section 6 (same method)"),
            _fig("training_co2", "Training CO2", co2_tonnes(kwh, intensity), "tCO2e",
                 words("{energy} x {intensity} kg CO2e/kWh", energy=format_si(kwh * 1e3, 'Wh'), intensity=f"{intensity:g}"), intensity_source),
            _fig("training_energy_cost", "Electricity cost", kwh * w.electricity_usd_per_kwh, "USD",
                 words("{energy} x ${price}/kWh", energy=format_si(kwh * 1e3, 'Wh'), price=f"{w.electricity_usd_per_kwh:g}"), "Price set in the workload"),
            _fig("training_rental_cost", "GPU rental cost", gpu_hours * w.gpu_hour_usd, "USD",
                 words("{hours} GPU-hours x ${price}/h", hours=count(gpu_hours), price=f"{w.gpu_hour_usd:g}"), "Price set in the workload"),
            _fig("household_years", "Equivalent household-years of electricity", kwh / household, "years",
                 words("{energy} / {household} kWh per year", energy=format_si(kwh * 1e3, 'Wh'), household=f"{household:,.0f}"), household_source),
        )
    elif not gpu.tdp_watts:
        note = "The board power of this accelerator is not published, so energy, CO2 and electricity cost cannot be estimated; define a custom GPU with its power."
    else:
        note = "No layout can train this design on these GPUs, so energy, CO2 and cost cannot be estimated: see the Training plan."

    # --- scaling ---
    point = ScalingPoint(
        n_params=params.active,
        n_params_kaplan=max(1, params.active - params.embedding * params.active // params.total),
        tokens=tokens,
        flops=6.0 * params.active * tokens,
    )
    n_opt, d_opt = BESIROGLU.optimal(point.flops)
    n_chin, d_chin = CHINCHILLA.optimal(point.flops)
    here = BESIROGLU.loss(point.n_params, tokens)
    best = BESIROGLU.loss(n_opt, d_opt)
    moe_note = " MoE: the laws see the active parameters per token." if arch.moe is not None else ""
    verdict = (
        words("A {n}-parameter model on {d} tokens would reach {best} instead of {here}", n=count(n_opt), d=count(d_opt),
              best=f"{best:.3f}", here=f"{here:.3f}")
        if best < here - 5e-4 else words("This design is about compute-optimal")
    )
    scaling_figs = (
        _fig("loss_kaplan", "Predicted loss, Kaplan et al. 2020", KAPLAN.loss(point.n_params_kaplan, tokens), "nats",
             words("L(N, D) with N = {n} non-embedding, D = {d}", n=count(point.n_params_kaplan), d=count(tokens)), KAPLAN.source),
        _fig("loss_chinchilla", "Predicted loss, Chinchilla", CHINCHILLA.loss(point.n_params, tokens), "nats",
             words("1.69 + 406.4 / N^0.34 + 410.7 / D^0.28, N = {n}, D = {d}", n=count(point.n_params), d=count(tokens)),
             CHINCHILLA.source),
        _fig("loss_besiroglu", "Predicted loss, Chinchilla replication", here, "nats",
             words("1.8172 + 482.01 / N^0.3478 + 2085.43 / D^0.3658, N = {n}, D = {d}", n=count(point.n_params), d=count(tokens)),
             BESIROGLU.source),
        _fig("tokens_per_param", "Tokens per parameter", tokens / point.n_params, "tokens/param", words("{d} / {n}", d=count(tokens), n=count(point.n_params)),
             "Compute-optimal is about 20 (Hoffmann et al. 2022)"),
        _fig("optimal_params", "Compute-optimal size, same compute", n_opt, "params", words("Besiroglu et al. fit at C = 6ND = {flops}; {verdict}", flops=format_si(point.flops, 'FLOP'), verdict=verdict),
             BESIROGLU.source),
        _fig("optimal_tokens", "Compute-optimal tokens, same compute", d_opt, "tokens", words("C / (6 N_opt) = {ratio} tokens per parameter", ratio=f"{d_opt / n_opt:.1f}"), BESIROGLU.source),
        _fig("optimal_params_chinchilla", "Compute-optimal size (Chinchilla approach 3)", n_chin, "params",
             words("{ratio} tokens per parameter: the rounded approach-3 constants favour more data than approaches 1-2", ratio=f"{d_chin / n_chin:.0f}"),
             CHINCHILLA.source),
    )

    finetune_section, finetune_summary = _finetune(arch, params, w)
    total, active, ratio = _parameter_figures(params)[:3]
    headline = (
        total,
        active,
        ratio,
        _fig("weights_bf16", "Weights in bf16", params.total * 2, "B", words("{params} x 2 bytes", params=format_int(params.total)), EXACT),
        _fig("weights_dvds", "bf16 weights on single-layer DVDs", storage.media_needed(params.total * 2, 4.7e9), "discs", words("ceil({size} / 4.7 GB)", size=format_bytes(params.total * 2)),
             storage.MEDIA["single-layer DVDs"][1]),
        gpu_figs[1],
        *(f for f in compute_figs if f.key == "training_days"),
        *energy_figs[:3],
        energy_figs[3] if energy_figs else next((f for f in gpu_figs if f.key == "gpus_target_days"), gpu_figs[0]),
    )
    return Report(
        name=design.name,
        family=arch.family,
        approximate=design.approximate,
        parameters=params,
        headline=headline,
        storage=_storage(params, memory.state_bytes(w, arch.d_model)),
        memory=_memory(design, params, gpu, plan, serving),
        compute=Section(key="compute", title="Compute", figures=compute_figs),
        gpus=Section(key="gpus", title="GPUs", figures=gpu_figs, note="A GPU holds its marketed GB (10^9 bytes); its specifications are in the GPU catalog.",
                     warnings=gpu_warnings),
        energy=Section(key="energy", title="Energy, CO2 and cost", figures=energy_figs, note=note),
        scaling=Section(key="scaling", title="Scaling laws", figures=scaling_figs, note="Losses in nats per token." + moe_note),
        scaling_point=point,
        plan=plan,
        plan_section=_plan_section(plan),
        resolved=_resolved(design, tokens, plan, serving),
        serving_section=_serving_section(arch, params, w, serving),
        finetune_section=finetune_section,
        serving=_serving_summary(serving),
        finetune=finetune_summary,
    )


def _resolved(design: Design, tokens: int, plan: TrainingPlan, serving: ServingPlan) -> dict[str, int | float | str]:
    """The value each empty ("auto") field of the workload or architecture stands for in this report."""
    w = design.workload
    values: dict[str, int | float | str] = {"training_tokens": tokens, "seq_len": training_seq_len(design.architecture, w),
                                            "inference_context": serving.context, "serving_tensor_parallel": serving.tensor_parallel,
                                            "serving_expert_parallel": serving.expert_parallel,
                                            "prefill_efficiency": round(serving.achieved_flops_share, 3)}
    if plan.layout is not None:
        lay = plan.layout
        values.update(n_gpus=lay.n_gpus, tensor_parallel=lay.tensor_parallel, pipeline_parallel=lay.pipeline_parallel,
                      virtual_pipeline_stages=lay.virtual_pipeline_stages, context_parallel=lay.context_parallel,
                      expert_parallel=lay.expert_parallel, zero_stage=lay.zero_stage, micro_batch_size=lay.micro_batch_size,
                      global_batch_tokens=lay.global_batch_tokens, recompute=lay.recompute, mfu=round(plan.mfu, 3))
    values.update(gpus_per_node=plan.gpus_per_node, network_gbps_per_gpu=plan.network_gbps_per_gpu)
    if w.carbon_kg_per_kwh is None:
        values["carbon_kg_per_kwh"] = carbon_intensity(w)[0]
    arch = design.architecture  # the architecture's auto fields: head size d_model / heads, one key/value head per head
    values.update(head_dim=arch.head_size, n_kv_heads=arch.kv_heads)
    if arch.decoder_layers:  # only an encoder-decoder has a decoder stack (as many layers as the encoder unless set)
        values["n_decoder_layers"] = arch.decoder_layers
    if arch.moe is not None:  # a sub-model's field is keyed by its dotted path
        values["moe.shared_expert_d_ff"] = arch.moe.shared_width
    return values


# --- plain-text rendering for `main.py report` ------------------------------------------


def _breakdown_lines(node: Component, depth: int, lines: list[str]) -> None:
    label = node.label + (f" x{node.copies}" if node.copies > 1 else "")
    each = f"  ({format_int(node.per_copy)} each)" if node.copies > 1 else ""
    lines.append(f"{'  ' * depth}{label:<{44 - 2 * depth}}{format_int(node.total):>20}{each}")
    for child in node.children:
        _breakdown_lines(child, depth + 1, lines)


def render_text(report: Report) -> str:
    """The report as a readable table for a terminal."""
    p = report.parameters
    lines = [
        f"{report.name} ({report.family})",
        *((f"! {report.approximate.describe()}",) if report.approximate else ()),
        "",
        "Parameters",
        f"  {'total':<42}{format_int(p.total):>20}  {format_count(p.total)}",
        f"  {'active per token':<42}{format_int(p.active):>20}  sparse activation ratio {p.sparse_activation_ratio:.1%}",
        f"  {'embedding':<42}{format_int(p.embedding):>20}",
        f"  {'non-embedding':<42}{format_int(p.non_embedding):>20}",
        f"  {'weights':<42}{format_int(p.weights):>20}",
        f"  {'biases':<42}{format_int(p.biases):>20}",
    ]
    for fig in _parameter_figures(p)[7:]:  # MTP modules, their embedding copies, a vision tower: not in the total
        lines.append(f"  {fig.label:<42}{format_int(fig.value):>20}  {format_count(fig.value)}")
    if checkpoint_parts(p):
        lines.append(f"  {checkpoint_sentence(p)}")
    lines += ["", "Breakdown"]
    for child in p.breakdown.children:
        _breakdown_lines(child, 1, lines)
    for section in report.sections[1:]:
        lines += ["", section.title]
        for fig in section.figures:
            lines.append(f"  {fig.label:<58}{format_value(fig.value, fig.unit):>18}   {fig.formula}")
        lines += [f"  ! {warning}" for warning in section.warnings]
        if section.note:
            lines.append(f"  ({section.note})")
    return "\n".join(lines)
