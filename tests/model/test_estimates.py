"""Estimates against published figures (sources in each test) and invariants."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.design.architecture import Architecture
from model.design.design import Design
from model.design.params import count_parameters
from model.design.presets import load_presets
from model.estimate import memory
from model.estimate.energy import co2_tonnes, energy_kwh
from model.estimate.scaling import BESIROGLU, CHINCHILLA, KAPLAN
from model.estimate.storage import media_needed
from model.estimate.workload import Workload
from model.plan.memory import model_state_bytes
from model.project.report import estimate

PRESETS = load_presets()


def gpt3_like(**changes) -> Architecture:
    return PRESETS["gpt3-175b"].architecture.model_copy(update=changes)


def test_korthikanti_equation_1_and_2():
    """Korthikanti et al. 2022, eq. 1: sbh(34 + 5as/h) bytes per layer; eq. 2 with tensor parallel t:
    sbh(10 + 24/t + 5as/(ht)).  GPT-3 175B as Megatron-LM trains it: s 2048, h 12288, a 96, 16-bit activations,
    fused GeLU (Megatron's bias-GeLU is the tanh approximation, the preset's gelu_tanh), dropout, no fused attention.
    We also keep LayerNorm's fp32 mean and rstd (2 x 8 bytes per token), which the paper leaves out."""
    arch = PRESETS["gpt3-175b"].architecture
    assert arch.ffn_type == "gelu_tanh"
    s, h, a = 2048, 12288, 96
    stats = 2 * 8 * s
    w = Workload(seq_len=s, precision="mixed-bf16", dropout=True, flash_attention=False)
    for t in (1, 8):
        la = memory.layer_activations(arch, w, cross_attention=False, moe=False, tensor_parallel=t)
        per_layer = s * (la.per_token + s * la.per_context)
        assert per_layer - stats == s * h * (10 + 24 / t + 5 * a * s / (h * t))
        # Table 2, with sequence parallelism: sbh(34/t + 5as/(ht)); the norms' statistics are split too.
        la = memory.layer_activations(arch, w, cross_attention=False, moe=False, tensor_parallel=t, sequence_parallel=True)
        assert s * (la.per_token + s * la.per_context) - stats / t == pytest.approx(s * h * (34 / t + 5 * a * s / (h * t)), rel=1e-12)
        # Table 2, selective recomputation with sequence parallelism: sbh x 34 / t.
        la = memory.layer_activations(arch, w, cross_attention=False, moe=False, tensor_parallel=t, sequence_parallel=True, recompute="selective")
        assert s * (la.per_token + s * la.per_context) - stats / t == pytest.approx(34 * s * h / t, rel=1e-12)
        # Full recomputation keeps each layer's input: 2sbh, split by sequence parallelism.
        assert s * la.layer_input == 2 * s * h / t
    # Without Megatron's fused kernels (transformers' GPT-2 code, measured): the tanh-GELU written out keeps five
    # 4h-wide tensors instead of two, 3 x 4h x 2 bytes more per token.
    fused = memory.layer_activations(arch, w, cross_attention=False, moe=False)
    plain = memory.layer_activations(arch, w.model_copy(update={"precision": "bf16"}), cross_attention=False, moe=False)
    assert plain.per_token - fused.per_token == 3 * 4 * h * 2


def test_zero_figure_1():
    """Rajbhandari et al. 2020, figure 1: 7.5B parameters, 64 GPUs, mixed-precision Adam (K = 12):
    120 GB baseline, 31.4 GB (stage 1), 16.6 GB (stage 2), 1.9 GB (stage 3) per GPU."""
    sb = memory.state_bytes(Workload(precision="mixed-bf16"), 4096)
    expected = {0: 120e9, 1: 31.4e9, 2: 16.6e9, 3: 1.875e9}
    for stage, gb in expected.items():
        weights, gradients, optimizer = model_state_bytes(7.5e9, 0.0, sb, stage, 64, 64)
        assert weights + gradients + optimizer == pytest.approx(gb, rel=0.01)


def test_kv_cache_published_examples():
    # Kwon et al. 2023 (vLLM), section 3: OPT-13B, "800 KB" per token = 2 x 5120 x 40 x 2 bytes.
    opt13b = Architecture(d_model=5120, n_layers=40, n_heads=40, d_ff=20480, vocab_size=50272, max_seq_len=2048)
    assert memory.kv_cache_bytes_per_token(opt13b, 2) == 819_200
    # LLaMA-3 8B: 32 layers x 8 KV heads x 128 x 2 (K, V) x 2 bytes = 128 KiB per token.
    assert memory.kv_cache_bytes_per_token(PRESETS["llama-3-8b"].architecture, 2) == 131_072
    # DeepSeek-V3 MLA: (512 latent + 64 rotary) x 61 layers x 2 bytes = 70,272 bytes per token.
    assert memory.kv_cache_bytes_per_token(PRESETS["deepseek-v3"].architecture, 2) == 70_272
    # T5 small (encoder-decoder): decoder self-attention and cross-attention, 6 layers x 2 x 2 x 512 x 2 bytes.
    assert memory.kv_cache_bytes_per_token(PRESETS["t5-small"].architecture, 2) == 24_576
    assert memory.kv_cache_bytes_per_token(PRESETS["bert-base"].architecture, 2) == 0


def test_one_trillion_parameters_in_bf16():
    """The issue's worked examples: 1T parameters in bf16 = 2 TB = 426 single-layer DVDs = 25 x 80 GB GPUs."""
    assert media_needed(2 * 10**12, 4.7e9) == 426
    assert memory.gpus_to_hold(2e12, 80e9) == 25
    report = estimate(Design(architecture=PRESETS["dense-1t"].architecture, workload=Workload(gpu="a100-80gb-sxm")))
    assert report.figure("weights_bf16").value == 2 * 1_008_014_617_600
    assert report.figure("gpus_weights_only").value == 26  # 2.016 TB: one GPU more than the round example


def test_llama_65b_energy():
    """Touvron et al. 2023, table 15: 1,022,362 A100-80GB hours x 400 W x PUE 1.1 = 449 MWh; x 0.385 = 173 tCO2e."""
    kwh = energy_kwh(1_022_362, 400, 1.1)
    assert kwh / 1000 == pytest.approx(449, rel=0.01)
    assert co2_tonnes(kwh, 0.385) == pytest.approx(173, rel=0.01)


def test_gpt3_energy_from_first_principles():
    """Patterson et al. 2021, table 4: GPT-3 on V100s used 1,287 MWh and emitted 552 tCO2e.
    From FLOPs alone: 300B tokens, V100 125 TFLOP/s fp16, 21.3% MFU (Chowdhery et al. 2022, table 3),
    330 W average system power per GPU (Patterson: 1.1 x the 300 W TDP), PUE 1.1, 0.429 kg/kWh."""
    w = Workload(training_tokens=300_000_000_000, seq_len=2048, gpu="v100-sxm2-32gb", precision="mixed-fp16", mfu=0.213,
                 gpu_power_fraction=1.1, pue=1.1, grid_region="patterson2021-gpt3", n_gpus=10_000)
    report = estimate(Design(architecture=PRESETS["gpt3-175b"].architecture, workload=w))
    mwh = report.figure("training_energy").value / 1000
    assert mwh == pytest.approx(1287, rel=0.10)
    assert report.figure("training_co2").value == pytest.approx(552, rel=0.10)
    assert report.figure("training_flops").value == pytest.approx(3.14e23, rel=0.02)  # Brown et al. 2020, table D.1: 3.14e23


def test_scaling_law_values():
    # Hoffmann et al. 2022 eq. 2 at Chinchilla itself (70B, 1.4T tokens): 1.69 + 406.4/70e9^0.34 + 410.7/1.4e12^0.28.
    assert CHINCHILLA.loss(70e9, 1.4e12) == pytest.approx(1.9366, abs=1e-4)
    # Besiroglu et al. 2024: the refit implies about 20 tokens per parameter (section 4): 18.4 at Chinchilla's 5.76e23 FLOP.
    n, d = BESIROGLU.optimal(5.76e23)
    assert d / n == pytest.approx(18.4, abs=0.1)
    assert 6 * n * d == pytest.approx(5.76e23)
    # Kaplan et al. 2020, figure 14: N_opt = 1.3e9 at 1 PF-day.
    assert KAPLAN.optimal_params(8.64e19) == pytest.approx(1.3e9)
    # Eq. 1.5 reduces to eq. 1.1 with unlimited data and to eq. 1.2 with an unlimited model.
    assert KAPLAN.loss(1e9, 1e30) == pytest.approx(KAPLAN.loss_n(1e9), rel=1e-6)
    assert KAPLAN.loss(1e30, 1e10) == pytest.approx(KAPLAN.loss_d(1e10), rel=1e-6)
    # Eq. 1.1 at N = 1e9 non-embedding parameters: (8.8e13 / 1e9)^0.076.
    assert KAPLAN.loss_n(1e9) == pytest.approx(2.3756, abs=1e-4)


def test_report_json_has_every_section():
    root = Path(__file__).parents[2]
    out = subprocess.run([sys.executable, str(root / "main.py"), "report", "mixtral-8x7b", "--json", "--set", "workload.micro_batch_size=2"],
                         capture_output=True, text=True, timeout=60)
    data = json.loads(out.stdout)
    for key in ("parameters", "storage", "memory", "compute", "gpus", "energy", "scaling"):
        assert key in data
    assert all(f["formula"] and "value" in f for f in data["memory"]["figures"])


# --- invariants -------------------------------------------------------------------------------


def _report(preset="llama-2-7b", **workload):
    return estimate(Design(architecture=PRESETS[preset].architecture, workload=Workload(**workload)))


@settings(max_examples=30, deadline=None)
@given(st.integers(10**9, 10**12), st.integers(2, 100))
def test_more_tokens_more_flops_and_energy(tokens, factor):
    a, b = _report(training_tokens=tokens), _report(training_tokens=tokens * factor)
    assert b.figure("training_flops").value > a.figure("training_flops").value
    assert b.figure("training_energy").value > a.figure("training_energy").value


@pytest.mark.parametrize("preset", ["llama-2-70b", "mixtral-8x7b", "t5-11b"])
def test_zero3_memory_per_gpu_falls_with_more_gpus(preset):
    values = [_report(preset, zero_stage=3, n_gpus=n, layout="manual").figure("training_memory_per_gpu").value for n in (8, 16, 64, 512)]
    assert values == sorted(values, reverse=True) and len(set(values)) == 4


def test_storage_order_and_recompute_order():
    r = _report()
    assert r.figure("storage_int4").value < r.figure("storage_bf16 / fp16").value < r.figure("storage_fp32").value
    manual = {"layout": "manual", "n_gpus": 8}
    acts = [_report(recompute=k, flash_attention=False, **manual).figure("memory_train_activations").value for k in ("full", "selective", "none")]
    assert acts == sorted(acts) and len(set(acts)) == 3
    assert (_report(flash_attention=True, **manual).figure("memory_train_activations").value
            < _report(flash_attention=False, **manual).figure("memory_train_activations").value)


def test_micro_batch_scales_activations_linearly():
    # Megatron-style mixed precision keeps no autocast weight copies, so every activation term scales with the tokens.
    one, four = (_report(micro_batch_size=b, layout="manual", n_gpus=8, precision="mixed-bf16") for b in (1, 4))
    assert four.figure("memory_train_activations").value == pytest.approx(4 * one.figure("memory_train_activations").value)


def test_tiny_target_time_and_designs_without_energy_figures():
    """Found by the GUI monkey test: a target time below one second, and comparing a design on a TPU
    (no published board power, hence no energy figures) with one on a GPU."""
    from model.project.export import comparison_rows

    tiny = _report(target_days=1e-9)
    assert tiny.find_figure("gpus_target_days") is None and "trains" in tiny.gpus.warnings[0]  # said in words, never 0 GPUs
    tpu, gpu = _report(gpu="tpu-v5e"), _report()
    assert tpu.find_figure("training_energy") is None and tpu.energy.note
    labels = [label for label, _ in comparison_rows([tpu, gpu])]
    assert "Total parameters" in labels and "Training energy" not in labels


CONFIGS = Path(__file__).parents[1] / "data" / "configs"


def test_sliding_window_layers_keep_only_the_window():
    from model.design.hf_config import load_config
    from model.estimate import compute

    # Gemma 3 1B: 4 global layers (5, 11, 17, 23) cache the whole context, 22 local layers 512 positions;
    # one KV head of 256: 2 x 256 values per layer and position, bf16.
    gemma3 = load_config(CONFIGS / "gemma-3-1b.json")
    per_sequence = 32768 * memory.kv_cache_bytes_per_token(gemma3, 2.0, 32768)
    assert per_sequence == (4 * 32768 + 22 * 512) * 2 * 256 * 2
    # Mistral 7B v0.1: every layer slides over 4096 (Jiang et al. 2023, rolling buffer cache): an 8192-token
    # sequence caches what a 4096-token one does.
    mistral = load_config(CONFIGS / "mistral-7b.json")
    assert 8192 * memory.kv_cache_bytes_per_token(mistral, 2.0, 8192) == 32 * 4096 * 2 * 8 * 128 * 2
    # gpt-oss-20b at 8192 tokens: 12 full layers see 8192 positions, 12 sliding ones 128.
    oss = load_config(CONFIGS / "gpt-oss-20b.json")
    assert compute.attended_positions(oss, 8192) == 12 * 8192 + 12 * 128
    params = count_parameters(oss)
    assert compute.decode_flops_per_token(oss, params, 8192) == 2 * params.active + 4 * (12 * 8192 + 12 * 128) * 64 * 64
    no_window = oss.model_copy(update={"sliding_window": None, "full_attention_every": 0})
    assert compute.attended_positions(no_window, 8192) == 24 * 8192


def test_longest_context_grows_past_the_window():
    from model.design.hf_config import load_config
    from model.estimate.hardware import gpu_catalog
    from model.serve.serving import MEMORY_DOES_NOT_LIMIT, serving_plan

    mistral = load_config(CONFIGS / "mistral-7b.json")
    params = count_parameters(mistral)
    workload = Workload(serving_gpu="rtx-4090")
    gpu = gpu_catalog()["rtx-4090"]
    full = serving_plan(mistral.model_copy(update={"sliding_window": None}), params, workload, gpu)
    # Without a window every position costs 32 layers x 2 x 8 KV heads x 128 x 2 B = 131,072 B.
    assert full.longest_context_tokens == int(full.kv_cache_budget_bytes // 131_072) > 4096
    # Mistral 7B slides on every layer: past 4,096 positions its cache stops growing, so memory does not limit it.
    assert serving_plan(mistral, params, workload, gpu).longest_context_tokens == MEMORY_DOES_NOT_LIMIT
    # gpt-oss-20b: past the 128-token window only the 12 full-attention layers grow.
    oss = load_config(CONFIGS / "gpt-oss-20b.json")
    plan = serving_plan(oss, count_parameters(oss), Workload(), gpu_catalog()["h100-sxm"])  # 42 GB of bf16 weights
    assert plan.kv_cache_budget_bytes > 0
    per_full_position = 12 * 2 * oss.kv_heads * oss.head_size * 2
    assert plan.longest_context_tokens == 128 + int((plan.kv_cache_budget_bytes - 128 * 24 * 2 * oss.kv_heads * oss.head_size * 2) // per_full_position)


def test_auto_fields_resolve_to_what_the_report_used():
    """LLaMA-2 7B: head size 4096 / 32 = 128, 32 key/value heads (no GQA), context 4,096 (Touvron et al. 2023)."""
    from model.project.report import estimate
    from model.project.sources import design_from_preset

    resolved = estimate(design_from_preset("llama-2-7b")).resolved
    assert resolved["head_dim"] == 128 and resolved["n_kv_heads"] == 32 and resolved["seq_len"] == 4096


def test_deberta_convolution_keeps_its_activations_on_the_first_stage():
    """modeling_deberta_v2.ConvLayer (after layer 0, DeBERTa-v2 xlarge: d = 1536) keeps its input, its output (the
    activation's input) and its LayerNorm's input with fp32 mean and rstd, per token (derived from the module, not
    measured); its FLOPs are 2 x its weights per token, inside 2 N."""
    from model.design.hf_config import load_config
    xlarge = load_config(Path(__file__).parents[1] / "data" / "configs" / "deberta-v2-xlarge.json")
    plain = xlarge.model_copy(update={"conv_after_first_layer": 0})
    for precision, extra in (("fp32", 3 * 4 * 1536 + 8), ("bf16", 3 * 2 * 1536 + 8),
                             ("amp-bf16", 2 * 1536 + 2 * 1536 + 4 * 1536 + 8)):  # autocast: bf16 copies, fp32 residual
        workload = Workload(precision=precision, dropout=False)
        assert memory.input_bytes_per_token(xlarge, workload) - memory.input_bytes_per_token(plain, workload) == extra
