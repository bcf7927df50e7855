"""Serving planner: weight formats, tensor-parallel checks, the vLLM KV budget and concurrency, words instead of 0."""

import pytest

from model.design.params import count_parameters
from model.design.presets import load_presets
from model.estimate import memory, storage
from model.estimate.hardware import gpu_catalog
from model.estimate.workload import Workload
from model.project.report import estimate
from model.project.sources import apply_settings, design_from_preset
from model.serve.serving import serving_plan, tensor_parallel_problems


def test_bits_per_weight():
    # AWQ / GPTQ int4, group 128: 4 bits + fp16 scale + 4-bit zero per 128 weights.
    assert storage.weight_format("awq-int4").bits == 4 + 20 / 128
    assert storage.weight_format("gptq-int3", 64).bits == 3 + 19 / 64
    # QLoRA NF4 with double quantisation: 4 + 8/64 + 32/(64 x 256) = 4.127 bits (Dettmers et al. 2023, section 3).
    assert storage.weight_format("nf4").bits == pytest.approx(4.126953125)
    # llama.cpp: Q8_0 is 34 bytes per 32 weights, Q4_K_M 4.84 bits (quantize README).
    assert storage.weight_format("gguf-q8_0").bits == 8.5
    assert storage.weight_format("gguf-q4_k_m").bits == 4.84


def _plan(preset: str, gpu: str, **workload):
    arch = load_presets()[preset].architecture
    return serving_plan(arch, count_parameters(arch), Workload(**workload), gpu_catalog()[gpu])


def test_llama_3_70b_awq_on_two_a100_at_32k():
    """Issue 15's serving question: Llama-3-70B AWQ int4 on 2 x A100 80GB at 32k context, 4 requests."""
    plan = _plan("llama-3-70b", "a100-80gb-sxm", serving_gpus=2, weight_format="awq-int4", inference_context=32768, concurrent_requests=4)
    assert plan.tensor_parallel == 2 and plan.fits
    # KV per position on one GPU: 80 layers x 2 x 8 KV heads x 128 x 2 B / 2 GPUs = 163,840 B.
    assert plan.memory.kv_per_token == 163_840
    # Weights per GPU: block linear weights x 4.15625 bits / 8; embeddings and head (128,256 x 8,192 each) and the
    # norms (161 x 8,192) in 2 B; over 2 GPUs.
    rest = 2 * 1_050_673_152 + 161 * 8192
    assert plan.memory.weights == ((70_553_706_496 - rest) * 4.15625 / 8 + rest * 2) / 2
    assert plan.max_concurrent_requests == 9
    assert plan.kv_tokens == int(plan.kv_cache_budget_bytes // 163_840) // 16 * 16
    assert any("8,192 tokens this model was trained for" in x for x in plan.warnings)


def test_tensor_parallel_must_divide_the_heads():
    arch = load_presets()["llama-3-70b"].architecture
    assert tensor_parallel_problems(arch, 3) == ["tensor parallel 3 must divide the 64 attention heads",
                                                 "tensor parallel 3 must divide the 8 KV heads, or be a multiple of them"]
    assert tensor_parallel_problems(arch, 16) == []  # more GPUs than KV heads: each head replicated twice
    assert not _plan("llama-3-70b", "a100-80gb-sxm", serving_gpus=3, weight_format="bf16").fits


def test_int4_is_faster_than_int8_on_the_same_gpus():
    kw = dict(serving_gpus=2, inference_context=8192, concurrent_requests=4)
    int8 = _plan("llama-3-70b", "a100-80gb-sxm", weight_format="int8", **kw)
    int4 = _plan("llama-3-70b", "a100-80gb-sxm", weight_format="awq-int4", **kw)
    assert int4.tokens_per_s_per_user > int8.tokens_per_s_per_user
    # More requests: slower per user, faster in total.
    assert int4.curve[0].tokens_per_s_per_user > int4.curve[-1].tokens_per_s_per_user
    assert int4.curve[0].tokens_per_s_total < int4.curve[-1].tokens_per_s_total


def test_chunked_prefill_workspace_does_not_grow_with_the_batch():
    arch = load_presets()["llama-3-8b"].architecture
    p = count_parameters(arch)
    small = memory.inference_memory(arch, p, Workload(concurrent_requests=1, inference_context=8192))
    big = memory.inference_memory(arch, p, Workload(concurrent_requests=64, inference_context=8192))
    assert big.workspace - small.workspace == 4.0 * 63 * arch.vocab_size  # only the last-position logits


def test_does_not_fit_says_so_and_what_would():
    report = estimate(apply_settings(design_from_preset("llama-3-70b"), ["workload.serving_gpu=rtx-4090", "workload.serving_gpus=1"]))
    assert not report.serving.fits
    assert any("does not fit" in x and "would fit on" in x for x in report.serving.warnings)
    assert report.find_figure("fitting_precision_bits") is None  # never "0 bits"
    assert all(f.value > 0 for f in report.gpus.figures if f.unit == "GPU")


def test_old_project_names_still_load():
    w = Workload.model_validate({"inference_batch": 8, "weight_precision": "int4"})
    assert (w.concurrent_requests, w.weight_format) == (8, "awq-int4")
