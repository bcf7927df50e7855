"""`estimate(design) -> Report`: the one pure function the GUI and the CLI call.

Each section is a tuple of Figures: a value with its unit, the formula in
words with the numbers used, and its source.  The formulas themselves live in
params, storage, memory, compute, energy and scaling; this module only
chooses the inputs and words.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict

from model.design.design import Design
from model.design.params import Component, ParameterCount, count_parameters
from model.estimate import compute, memory, storage
from model.estimate.energy import co2_tonnes, energy_kwh
from model.estimate.hardware import Gpu, carbon_intensity, household_kwh_per_year, workload_gpu
from model.estimate.scaling import BESIROGLU, CHINCHILLA, KAPLAN
from model.estimate.workload import COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER
from model.project.figure import Figure
from model.project.units import format_bytes, format_count, format_int, format_si, format_value

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
    note: str = ""


class ScalingPoint(BaseModel):
    """Where the design sits on the scaling-law charts."""

    model_config = ConfigDict(frozen=True)

    n_params: int  # parameters the laws use: active per token (see model.estimate.scaling on MoE)
    n_params_kaplan: int  # non-embedding active parameters (Kaplan et al. 2020 convention)
    tokens: int
    flops: float  # 6 N D (Kaplan et al. 2020, table 1)


class Report(BaseModel):
    """Everything the app shows about one design, computed from it alone."""

    model_config = ConfigDict(frozen=True)

    name: str
    family: str
    parameters: ParameterCount
    headline: tuple[Figure, ...]
    storage: Section
    memory: Section
    compute: Section
    gpus: Section
    energy: Section
    scaling: Section
    scaling_point: ScalingPoint
    # What each "auto" (empty) field of the design resolved to, keyed by the workload or architecture field's
    # name ("training_tokens": 3_490_000_000_000), so the editor can show it greyed inside the empty field.
    resolved: dict[str, int | float | str] = {}

    @property
    def sections(self) -> tuple[Section, ...]:
        parameters = Section(key="parameters", title="Parameters", figures=_parameter_figures(self.parameters))
        return (parameters, self.storage, self.memory, self.compute, self.gpus, self.energy, self.scaling)

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


def _fig(key: str, label: str, value: float, unit: str, formula: str, source: str = "") -> Figure:
    return Figure(key=key, label=label, value=value, unit=unit, formula=formula, source=source)


def _parameter_figures(p: ParameterCount) -> tuple[Figure, ...]:
    return (
        _fig("total_params", "Total parameters", p.total, "params", f"{format_int(p.weights)} weights + {format_int(p.biases)} biases", EXACT),
        _fig("active_params", "Active parameters per token", p.active, "params",
             "all parameters except routed experts, plus the top-k routed experts of each MoE layer", EXACT),
        _fig("sparse_ratio", "Sparse activation ratio", p.sparse_activation_ratio, "ratio", f"{format_int(p.active)} active / {format_int(p.total)} total", EXACT),
        _fig("embedding_params", "Embedding parameters", p.embedding, "params",
             "token, position and token-type tables, and an untied output head", "Kaplan et al. 2020 exclude these from N"),
        _fig("non_embedding_params", "Non-embedding parameters", p.non_embedding, "params", "total - embedding", "Kaplan et al. 2020, section 2.1"),
        _fig("weights", "Weights", p.weights, "params", "matrix and norm-scale entries", EXACT),
        _fig("biases", "Biases", p.biases, "params", "bias vectors (projections, FFN, LayerNorm, router, head)", EXACT),
    )


def training_tokens(design: Design, params: ParameterCount) -> int:
    """The workload's token budget, or compute-optimal: 20 x parameters (Hoffmann et al. 2022)."""
    tokens = design.workload.training_tokens
    return tokens if tokens is not None else COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER * params.active


def _storage(p: ParameterCount, training: memory.TrainingMemory) -> Section:
    figures = [
        _fig(f"storage_{row.format}", f"Weights in {row.format}", row.bytes, "B",
             f"{format_int(p.total)} parameters x {row.bits_per_weight:g} bits / 8", row.source)
        for row in storage.weight_storage(p.total)
    ]
    bf16 = p.total * 2
    for name, (capacity, source) in storage.MEDIA.items():
        figures.append(
            _fig(f"media_{name}", f"bf16 weights on {name}", storage.media_needed(bf16, capacity), "discs" if "disc" in name or "DVD" in name else "drives",
                 f"ceil({format_bytes(bf16)} / {format_bytes(capacity)})", source)
        )
    sb = training.state
    ckpt_bytes_per_param = sb.weights + sb.optimizer
    figures.append(
        _fig("checkpoint", "Checkpoint with optimizer state", p.total * ckpt_bytes_per_param, "B",
             f"{format_int(p.total)} parameters x ({sb.weights:g} B weights + {sb.optimizer:.3g} B optimizer state); gradients are not saved",
             "Rajbhandari et al. 2020, section 3.1 (model states)")
    )
    return Section(key="storage", title="Storage", figures=tuple(figures), note="GB = 10^9 bytes; GiB = 2^30 bytes.")


def _memory(design: Design, p: ParameterCount, gpu: Gpu, training: memory.TrainingMemory, infer: memory.InferenceMemory) -> Section:
    arch, w = design.architecture, design.workload
    act = training.activations
    sb = training.state
    mp = f"/ (tensor {w.tensor_parallel} x pipeline {w.pipeline_parallel})"
    dp = w.data_parallel
    figs = [
        _fig("memory_infer_weights", "Inference: weights", infer.weights, "B", f"{format_int(p.total)} x {memory.DTYPE_BYTES[w.weight_precision]:g} B ({w.weight_precision})", EXACT),
        _fig("memory_infer_kv_cache", "Inference: KV cache", infer.kv_cache, "B",
             f"batch {infer.batch} x context {infer.context} x {memory.kv_cache_bytes_per_token(arch, memory.DTYPE_BYTES[w.kv_cache_precision]):,.0f} B per position"
             f" ({w.kv_cache_precision})", "Exact: 2 x n_kv_heads x head_dim per layer (MLA: kv_lora_rank + rope dim); Kwon et al. 2023, section 3"),
        _fig("memory_infer_workspace", "Inference: activation workspace", infer.workspace, "B",
             f"one block's transients at prefill for {infer.batch} x {infer.context} tokens + fp32 logits of the last position",
             "Estimate; assumes a fused attention kernel"),
        _fig("memory_infer_overhead", "Inference: runtime overhead", infer.overhead, "B", f"{w.runtime_overhead_gib:g} GiB (assumption)", "Assumption: CUDA context, kernels, allocator slack"),
        _fig("inference_memory_total", "Inference memory", infer.total, "B", "weights + KV cache + workspace + overhead", "Sum of the inference terms above"),
        _fig("memory_train_weights", "Training: weights per GPU", training.weights, "B",
             f"{format_int(p.total)} x {sb.weights:g} B {mp}" + (f" / ZeRO-3 over {dp}" if w.zero_stage >= 3 else ""), KORTHIKANTI),
        _fig("memory_train_gradients", "Training: gradients per GPU", training.gradients, "B",
             f"{format_int(p.total)} x {sb.gradients:g} B {mp}" + (f" / ZeRO-{w.zero_stage} over {dp}" if w.zero_stage >= 2 else ""), KORTHIKANTI),
        _fig("memory_train_optimizer", "Training: optimizer state per GPU", training.optimizer, "B",
             f"{format_int(p.total)} x {sb.optimizer:.3g} B {mp}" + (f" / ZeRO-{w.zero_stage} over {dp}" if w.zero_stage >= 1 else "") + f"; {sb.explanation}",
             KORTHIKANTI),
        _fig("memory_train_activations", "Training: activations per GPU", act.layers, "B", f"{w.precision}: " + act.formula, KORTHIKANTI + MEASURED),
        _fig("memory_train_logits", "Training: output head and loss", act.head, "B",
             "tokens x (token ids and labels + final norm + head input + log-softmax over the vocabulary) / tensor parallel", KORTHIKANTI + MEASURED),
        _fig("memory_train_weight_copies", "Training: autocast weight copies", act.weight_copies, "B",
             "2 B x every weight a matrix multiply reads (autocast keeps a bf16 copy for backward)", MEASURED.removeprefix("; ")),
        _fig("memory_train_overhead", "Training: runtime overhead", training.overhead, "B", f"{w.runtime_overhead_gib:g} GiB (assumption)", "Assumption"),
        _fig("training_memory_per_gpu", "Training memory per GPU (peak)", training.total, "B",
             f"states + activations + overhead with {w.precision}, {w.optimizer}, ZeRO-{w.zero_stage}, micro-batch {w.micro_batch_size}", KORTHIKANTI),
        _fig("rule_inference_2x", "Rule of thumb: inference = 2 x weights", 2 * infer.weights, "B", f"2 x {format_bytes(infer.weights)}", RULE_OF_THUMB),
        _fig("rule_training_4x", "Rule of thumb: training = 4 x weights", 4 * p.total * 2, "B", f"4 x {format_bytes(p.total * 2)} (bf16 weights)", RULE_OF_THUMB),
        _fig("rule_adam_16n", "Rule of thumb: 16 bytes per parameter (mixed-precision Adam)", 16 * p.total, "B",
             f"16 x {format_int(p.total)}: model states only, no activations", "Rajbhandari et al. 2020, section 3.1"),
    ]
    capacity = gpu.capacity_bytes
    ctx = memory.longest_context(arch, p, w, capacity)
    batch = memory.largest_batch(arch, p, w, capacity)
    fits = memory.best_fitting_precision(arch, p, w, capacity)
    figs += [
        _fig("longest_context", "Longest context on one GPU", ctx, "tokens",
             f"{gpu.name}: (GPU {format_bytes(capacity)} - weights - overhead) / (KV cache + workspace per position) at batch {w.inference_batch}"
             + (f"; the model is built for {arch.max_seq_len:,}" if ctx else "; the weights alone do not fit"), "From the inference terms above"),
        _fig("largest_batch", "Largest batch on one GPU", batch, "sequences",
             f"{gpu.name}: (GPU {format_bytes(capacity)} - weights - overhead) / (KV cache + workspace per sequence of {infer.context:,} tokens)", "From the inference terms above"),
        _fig("fitting_precision_bits", "Most precise weights that fit one GPU", 8 * memory.DTYPE_BYTES[fits] if fits else 0.0, "bits",
             f"{gpu.name}: " + (f"{fits} fits" if fits else "not even int4 fits") + f" with the KV cache at batch {w.inference_batch} and context {infer.context:,}",
             "From the inference terms above"),
    ]
    measured_recipe = w.precision in ("fp32", "amp-bf16", "amp-fp16", "bf16")
    acc = memory.MEASURED_ACCURACY
    figs.append(
        _fig("memory_accuracy", "Worst error of these formulas in PyTorch measurements (training totals)", acc.worst_total, "ratio",
             acc.sentence() + "; recipes measured: fp32, PyTorch autocast (amp), pure bf16",
             "bench/memory_vs_pytorch.py; tests/data/memory_measured.json")
    )
    note = (
        "Training: peak memory per GPU for one step (model states, activations, autocast weight copies, overhead) with the "
        "recipe set under Workload assumptions. Inference: one replica (weights, KV cache, workspace, overhead). "
        "A GPU holds its marketed GB (10^9 bytes). "
        + ("Checked against PyTorch measurements: see the last row." if measured_recipe else
           "This precision recipe follows ZeRO and Korthikanti et al. 2022 and was not measured: PyTorch has no CPU equivalent.")
    )
    return Section(key="memory", title="Memory", figures=tuple(figs), note=note)


def _gpus_to_hold_training(design: Design, params: ParameterCount, gpu: Gpu, states_bytes: float,
                           training: memory.TrainingMemory) -> tuple[int, str]:
    """Fewest GPUs that hold the model states fully sharded (ZeRO-3) beside one micro-batch's activations.

    If the activations of the chosen recipe alone exceed a GPU, try full
    recomputation and say so; 0 means not even that fits.
    """
    capacity = gpu.capacity_bytes
    act = training.activations.total + training.overhead
    prefix = ""
    if act >= capacity and design.workload.recompute != "full":
        full = design.workload.model_copy(update={"recompute": "full"})
        act = memory.training_activations(design.architecture, full, params).total + training.overhead
        prefix = "with full recomputation (without it the activations alone exceed one GPU): "
    if act >= capacity:
        return 0, f"none: one micro-batch's activations ({format_bytes(act)}) exceed one GPU even with full recomputation; use tensor parallelism"
    n = memory.gpus_to_hold(states_bytes, capacity - act)
    return n, prefix + f"ceil({format_bytes(states_bytes)} states, fully sharded (ZeRO-3) / ({format_bytes(capacity)} - {format_bytes(act)} activations and overhead))"


def estimate(design: Design) -> Report:
    arch, w = design.architecture, design.workload
    params = count_parameters(arch)
    tokens = training_tokens(design, params)
    gpu = workload_gpu(w)
    seq = w.seq_len or arch.max_seq_len
    training = memory.training_memory(arch, params, w)
    infer = memory.inference_memory(arch, params, w)

    # --- compute ---
    peak, peak_label = gpu.peak_flops(w.precision)
    train = compute.training_compute(arch, params, tokens, seq, w.n_gpus, peak, peak_label, w.mfu)
    forward = compute.forward_flops_per_token(arch, params, seq)
    days = train.wall_seconds / compute.SECONDS_PER_DAY
    infer_gpus = memory.gpus_to_hold(infer.total, gpu.capacity_bytes)
    weights_read = min(params.total, params.active * infer.batch) * memory.DTYPE_BYTES[w.weight_precision]
    kv_per_seq = infer.kv_cache / infer.batch
    decode_flops = compute.decode_flops_per_token(arch, params, infer.context)
    decode_peak, _ = gpu.peak_flops("bf16")
    tps, bound = compute.decode_tokens_per_second(weights_read, kv_per_seq, infer.batch, infer_gpus * gpu.memory_bandwidth_gbps * 1e9,
                                                   decode_flops, infer_gpus * decode_peak)
    compute_figs = (
        _fig("forward_flops_per_token", "Forward FLOPs per token", forward, "FLOP",
             f"2 x {format_int(params.active)} active + 2 x {compute.attention_layers(arch)} attention layers x {seq} context x {compute.attention_width(arch)} d_attn", KAPLAN_FLOPS),
        _fig("training_tokens", "Training tokens", tokens, "tokens",
             "set in the workload" if w.training_tokens else f"compute-optimal: {COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER} x {format_int(params.active)} active parameters",
             "" if w.training_tokens else "Hoffmann et al. 2022, table 3 (about 20 tokens per parameter)"),
        _fig("training_flops", "Training compute", train.flops, "FLOP", f"3 x {format_si(forward, 'FLOP')} per token x {format_count(tokens)} tokens (about 6 N D)", KAPLAN_FLOPS),
        _fig("training_gpu_hours", "GPU-hours", train.gpu_seconds / 3600, "GPU-h",
             f"{format_si(train.flops, 'FLOP')} / ({gpu.name} {format_si(peak, 'FLOP/s')} {peak_label} x MFU {w.mfu:.0%})", "Peak: " + (gpu.source or "GPU catalog")),
        _fig("training_days", "Training time", days, "days", f"GPU-hours / {w.n_gpus} GPUs / 24", "Assumes the MFU holds for the whole run"),
        _fig("prefill_flops", "Prefill FLOPs (one batch)", infer.batch * infer.context * compute.forward_flops_per_token(arch, params, infer.context), "FLOP",
             f"batch {infer.batch} x {infer.context} tokens x forward FLOPs per token", KAPLAN_FLOPS),
        _fig("decode_flops_per_token", "Decode FLOPs per new token", decode_flops, "FLOP", f"2 x active parameters + 4 x attention layers x {infer.context} context x d_attn", KAPLAN_FLOPS),
        _fig("decode_tokens_per_s", "Decode speed (upper bound)", tps, "tokens/s",
             f"limited by {bound}: batch {infer.batch} x {infer_gpus} x {gpu.memory_bandwidth_gbps:g} GB/s / (weights read + KV cache per step)",
             "Pope et al. 2022, section 2: decoding reads every weight once per step"),
    )

    # --- GPUs ---
    states_bytes = params.total * (training.state.weights + training.state.gradients + training.state.optimizer)
    train_hold, hold_note = _gpus_to_hold_training(design, params, gpu, states_bytes, training)
    finish = max(1, math.ceil(train.gpu_seconds / (w.target_days * compute.SECONDS_PER_DAY))) if math.isfinite(train.gpu_seconds) else 0
    gpu_figs = (
        _fig("gpus_weights_only", "GPUs just for the bf16 weights", memory.gpus_to_hold(params.total * 2, gpu.capacity_bytes), "GPU",
             f"ceil({format_bytes(params.total * 2)} / {format_bytes(gpu.capacity_bytes)} per {gpu.name})", "Capacity: marketed GB"),
        _fig("gpus_inference", "GPUs to serve (one replica)", infer_gpus, "GPU", f"ceil({format_bytes(infer.total)} inference memory / {format_bytes(gpu.capacity_bytes)})",
             "From the memory section"),
        _fig("gpus_training_memory", "GPUs to hold the training state", train_hold, "GPU", hold_note, KORTHIKANTI),
        _fig("gpus_target_days", "GPUs to train in the target time", finish, "GPU", f"ceil(GPU-hours / ({w.target_days:g} days x 24 h))", "From the compute section"),
    )

    # --- energy ---
    energy_figs: tuple[Figure, ...] = ()
    note = ""
    if gpu.tdp_watts:
        watts = gpu.tdp_watts * w.gpu_power_fraction
        gpu_hours = train.gpu_seconds / 3600
        kwh = energy_kwh(gpu_hours, watts, w.pue)
        intensity, intensity_source = carbon_intensity(w)
        household, household_source = household_kwh_per_year()
        seconds_per_mtok = 1e6 / tps
        infer_kwh_per_mtok = energy_kwh(seconds_per_mtok / 3600 * infer_gpus, watts, w.pue)
        energy_figs = (
            _fig("training_energy", "Training energy", kwh, "kWh",
                 f"{format_count(gpu_hours)} GPU-hours x {watts:g} W ({w.gpu_power_fraction:g} x TDP) x PUE {w.pue:g}", "Touvron et al. 2023, section 6 (same method)"),
            _fig("training_co2", "Training CO2", co2_tonnes(kwh, intensity), "tCO2e", f"{format_si(kwh * 1e3, 'Wh')} x {intensity:g} kg CO2e/kWh", intensity_source),
            _fig("training_energy_cost", "Electricity cost", kwh * w.electricity_usd_per_kwh, "USD", f"{format_si(kwh * 1e3, 'Wh')} x ${w.electricity_usd_per_kwh:g}/kWh", "Price set in the workload"),
            _fig("training_rental_cost", "GPU rental cost", gpu_hours * w.gpu_hour_usd, "USD", f"{format_count(gpu_hours)} GPU-hours x ${w.gpu_hour_usd:g}/h", "Price set in the workload"),
            _fig("household_years", "Equivalent household-years of electricity", kwh / household, "years", f"{format_si(kwh * 1e3, 'Wh')} / {household:,.0f} kWh per year", household_source),
            _fig("inference_kwh_per_mtok", "Inference energy per million tokens", infer_kwh_per_mtok, "kWh",
                 f"1M tokens / {tps:,.0f} tokens/s x {infer_gpus} GPUs x {watts:g} W x PUE {w.pue:g} (at the decode bound)", "From the compute section"),
        )
    else:
        note = "The board power of this accelerator is not published, so energy, CO2 and electricity cost cannot be estimated; define a custom GPU with its power."

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
        f"A {format_count(n_opt)}-parameter model on {format_count(d_opt)} tokens would reach {best:.3f} instead of {here:.3f}"
        if best < here - 5e-4 else "This design is about compute-optimal"
    )
    scaling_figs = (
        _fig("loss_kaplan", "Predicted loss, Kaplan et al. 2020", KAPLAN.loss(point.n_params_kaplan, tokens), "nats",
             f"L(N, D) with N = {format_count(point.n_params_kaplan)} non-embedding, D = {format_count(tokens)}", KAPLAN.source),
        _fig("loss_chinchilla", "Predicted loss, Chinchilla", CHINCHILLA.loss(point.n_params, tokens), "nats",
             f"1.69 + 406.4 / N^0.34 + 410.7 / D^0.28, N = {format_count(point.n_params)}, D = {format_count(tokens)}", CHINCHILLA.source),
        _fig("loss_besiroglu", "Predicted loss, Chinchilla replication", here, "nats",
             f"1.8172 + 482.01 / N^0.3478 + 2085.43 / D^0.3658, N = {format_count(point.n_params)}, D = {format_count(tokens)}", BESIROGLU.source),
        _fig("tokens_per_param", "Tokens per parameter", tokens / point.n_params, "tokens/param", f"{format_count(tokens)} / {format_count(point.n_params)}",
             "Compute-optimal is about 20 (Hoffmann et al. 2022)"),
        _fig("optimal_params", "Compute-optimal size, same compute", n_opt, "params", f"Besiroglu et al. fit at C = 6ND = {format_si(point.flops, 'FLOP')}; {verdict}",
             BESIROGLU.source),
        _fig("optimal_tokens", "Compute-optimal tokens, same compute", d_opt, "tokens", f"C / (6 N_opt) = {d_opt / n_opt:.1f} tokens per parameter", BESIROGLU.source),
        _fig("optimal_params_chinchilla", "Compute-optimal size (Chinchilla approach 3)", n_chin, "params",
             f"{d_chin / n_chin:.0f} tokens per parameter: the rounded approach-3 constants favour more data than approaches 1-2", CHINCHILLA.source),
    )

    total, active, ratio = _parameter_figures(params)[:3]
    headline = (
        total,
        active,
        ratio,
        _fig("weights_bf16", "Weights in bf16", params.total * 2, "B", f"{format_int(params.total)} x 2 bytes", EXACT),
        _fig("weights_dvds", "bf16 weights on single-layer DVDs", storage.media_needed(params.total * 2, 4.7e9), "discs", f"ceil({format_bytes(params.total * 2)} / 4.7 GB)",
             storage.MEDIA["single-layer DVDs"][1]),
        gpu_figs[1],
        compute_figs[4],
        *energy_figs[:3],
        energy_figs[3] if energy_figs else gpu_figs[3],
    )
    return Report(
        name=design.name,
        family=arch.family,
        parameters=params,
        headline=headline,
        storage=_storage(params, training),
        memory=_memory(design, params, gpu, training, infer),
        compute=Section(key="compute", title="Compute", figures=compute_figs),
        gpus=Section(key="gpus", title="GPUs", figures=gpu_figs, note="A GPU holds its marketed GB (10^9 bytes); its specifications are in the GPU catalog."),
        energy=Section(key="energy", title="Energy, CO2 and cost", figures=energy_figs, note=note),
        scaling=Section(key="scaling", title="Scaling laws", figures=scaling_figs, note="Losses in nats per token." + moe_note),
        scaling_point=point,
        resolved=_resolved(design, tokens, seq, infer.context),
    )


def _resolved(design: Design, tokens: int, seq_len: int, context: int) -> dict[str, int | float | str]:
    """The value each empty ("auto") field of the workload stands for in this report."""
    w = design.workload
    values: dict[str, int | float | str] = {"training_tokens": tokens, "seq_len": seq_len, "inference_context": context}
    if w.carbon_kg_per_kwh is None:
        values["carbon_kg_per_kwh"] = carbon_intensity(w)[0]
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
        "",
        "Parameters",
        f"  {'total':<42}{format_int(p.total):>20}  {format_count(p.total)}",
        f"  {'active per token':<42}{format_int(p.active):>20}  sparse activation ratio {p.sparse_activation_ratio:.1%}",
        f"  {'embedding':<42}{format_int(p.embedding):>20}",
        f"  {'non-embedding':<42}{format_int(p.non_embedding):>20}",
        f"  {'weights':<42}{format_int(p.weights):>20}",
        f"  {'biases':<42}{format_int(p.biases):>20}",
        "",
        "Breakdown",
    ]
    for child in p.breakdown.children:
        _breakdown_lines(child, 1, lines)
    for section in report.sections[1:]:
        lines += ["", section.title]
        for fig in section.figures:
            lines.append(f"  {fig.label:<58}{format_value(fig.value, fig.unit):>18}   {fig.formula}")
        if section.note:
            lines.append(f"  ({section.note})")
    return "\n".join(lines)
