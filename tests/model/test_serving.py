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
    assert any("does not fit" in x and "would fit on 8 x NVIDIA GeForce RTX 4090 24GB" in x for x in report.serving.warnings)
    assert report.serving.would_fit == (8, 1, 8)  # 140 GB of bf16 weights over 8 x 24 GB, the heads allow TP 1 x PP 8 first
    assert report.find_figure("fitting_precision_bits") is None  # never "0 bits"
    assert all(f.value > 0 for f in report.gpus.figures if f.unit == "GPU")
    # the weights alone exceed one RTX 4090 (140 GB in bf16): no "0 B" cache budget, and no speed or cost of a setup that
    # cannot run
    keys = {f.key for f in report.serving_section.figures}
    assert keys == {"serving_gpus", "serving_memory_per_gpu"}


def test_old_project_names_still_load():
    w = Workload.model_validate({"inference_batch": 8, "weight_precision": "int4"})
    assert (w.concurrent_requests, w.weight_format) == (8, "awq-int4")


# --- expert parallelism (vLLM data-parallel attention + --enable-expert-parallel; SGLang --enable-dp-attention) ---


def test_mixtral_8x7b_expert_parallel_8_on_8_h200():
    """Mixtral-8x7B in bf16 on 8 x H200 with expert parallel 8: each GPU one whole attention copy and one expert per layer."""
    plan = _plan("mixtral-8x7b", "h200-sxm", serving_gpu="h200-sxm", serving_gpus=8, serving_expert_parallel=8,
                 weight_format="bf16", inference_context=8192, concurrent_requests=64)
    assert (plan.tensor_parallel, plan.pipeline_parallel, plan.expert_parallel, plan.replicas) == (1, 1, 8, 1)
    assert plan.fits and not plan.problems
    # Routed experts (Mixtral config: 32 layers, 8 experts, hidden 4,096, intermediate 14,336, gated):
    # 32 x 8 x 3 x 4,096 x 14,336 = 45,097,156,608 weights, 90,194,313,216 B in bf16, over 8 GPUs 11,274,289,152 B.
    # The rest (46,702,792,704 - 45,097,156,608 = 1,605,636,096 weights: attention, router, norms, embeddings, head)
    # is whole on every GPU: 3,211,272,192 B.  Weights per GPU: 3,211,272,192 + 11,274,289,152 = 14,485,561,344 B.
    assert plan.memory.weights == 14_485_561_344
    # KV per position unsplit (tensor parallel 1): 32 layers x 2 x 8 KV heads x 128 x 2 B = 131,072 B; each GPU holds
    # the cache of its own 64 / 8 = 8 requests, and the deployment 8 times one GPU's positions.
    assert plan.memory.kv_per_token == 131_072 and plan.memory.batch == 8
    assert plan.kv_tokens == 8 * (int(plan.kv_cache_budget_bytes // 131_072) // 16 * 16)
    # Tensor parallel 8 instead splits every tensor, attention included, 8 ways: fewer weights per GPU.
    tp8 = _plan("mixtral-8x7b", "h200-sxm", serving_gpu="h200-sxm", serving_gpus=8, weight_format="bf16",
                inference_context=8192, concurrent_requests=64)
    assert tp8.memory.weights == 93_405_585_408 / 8  # every tensor split 8 ways: 11,675,698,176 B
    assert plan.memory.weights > tp8.memory.weights


def test_deepseek_v3_expert_weights_per_gpu():
    """DeepSeek-V3 fp8: 58 MoE layers (61 - 3 dense) x 256 experts x 3 x 7,168 x 2,048 = 653,908,770,816 routed
    weights, 1 B each in fp8; expert parallel 8 keeps 653,908,770,816 / 8 = 81,738,596,352 B of them per GPU."""
    arch = load_presets()["deepseek-v3"].architecture
    params = count_parameters(arch)
    assert memory.routed_expert_params(params.breakdown) == (653_908_770_816, 0)
    w = Workload(weight_format="fp8", inference_context=8192)
    whole = memory.inference_memory(arch, params, w)
    ep8 = memory.inference_memory(arch, params, w, expert_parallel=8)
    assert whole.weights - ep8.weights == 653_908_770_816 - 81_738_596_352  # 572,170,174,464 B fewer per GPU
    # MLA's latent cache is replicated on every tensor-parallel GPU, so tensor parallel 8 holds each request's cache
    # 8 times; with expert parallel 8 each GPU caches only its own requests (why vLLM and SGLang run DeepSeek so).
    kw = dict(serving_gpu="h200-sxm", serving_gpus=8, weight_format="fp8", inference_context=8192, concurrent_requests=64)
    tp8, ep8_plan = _plan("deepseek-v3", "h200-sxm", **kw), _plan("deepseek-v3", "h200-sxm", serving_expert_parallel=8, **kw)
    assert tp8.memory.kv_per_token == ep8_plan.memory.kv_per_token == 70_272  # 61 layers x (512 + 64) x 2 B either way
    assert ep8_plan.kv_tokens > 4 * tp8.kv_tokens  # 2,758,784 against 591,600 positions


def test_expert_parallel_must_divide_the_experts_and_the_gpus():
    plan = _plan("deepseek-v3", "h200-sxm", serving_gpu="h200-sxm", serving_gpus=8, serving_expert_parallel=3, weight_format="fp8")
    assert not plan.fits
    # tensor parallel left empty: 8 GPUs // 3 = 2
    assert plan.problems == ("expert parallel 3 must divide the 256 routed experts",
                             "the 8 serving GPUs must be a multiple of tensor x pipeline x expert parallel (2 x 1 x 3)")
    dense = _plan("llama-3-8b", "h200-sxm", serving_gpu="h200-sxm", serving_gpus=2, serving_expert_parallel=2)
    assert dense.problems == ("expert parallel 2 needs a mixture-of-experts model; this design has no routed experts (set it to 1)",)


def test_expert_all_to_all_uses_the_intra_node_link_then_the_network():
    from model.serve.serving import expert_all_to_all_s, serving_cluster

    arch = load_presets()["deepseek-v3"].architecture
    cluster = serving_cluster(Workload(serving_gpu="h200-sxm"))
    # One token per group: 8 experts x 7,168 x 2 B = 114,688 B, 7/8 of it leaves over NVLink (450 GB/s x 0.82
    # Hopper efficiency) + 26 us latency per call; dispatch and combine on 58 MoE layers.
    one = 7 / 8 * 114_688 / (450e9 * 0.82) + 26e-6
    assert expert_all_to_all_s(arch, 1, 1, 8, cluster) == pytest.approx(2 * 58 * one)  # 3.05 ms
    # Tensor parallel 2 x expert parallel 8 spans 16 GPUs, two nodes: part of it crosses the 400 Gbit/s network.
    assert expert_all_to_all_s(arch, 1, 2, 8, cluster) > expert_all_to_all_s(arch, 1, 1, 8, cluster)
    assert expert_all_to_all_s(arch, 1, 8, 1, cluster) == 0.0
    plan = _plan("deepseek-v3", "h200-sxm", serving_gpu="h200-sxm", serving_gpus=8, serving_expert_parallel=8,
                 weight_format="fp8", inference_context=8192, concurrent_requests=8)
    assert plan.tpot_s > 2 * 58 * one  # the all-to-alls are on every decode step


def test_report_json_carries_expert_parallel():
    design = apply_settings(design_from_preset("deepseek-v3"), ["workload.serving_gpu=h200-sxm", "workload.serving_gpus=8",
                                                                 "workload.weight_format=fp8", "workload.serving_expert_parallel=8"])
    report = estimate(design)
    assert report.serving.expert_parallel == 8 and report.serving.tensor_parallel == 1
    assert '"expert_parallel": 8' in report.model_dump_json(indent=1)


def test_an_encoder_only_model_is_served_without_a_cache_or_output_tokens():
    """BERT base reads its input and generates nothing: the report once showed 'KV cache per GPU 0 B', output tokens per
    second and 'Cost per million input tokens 0.00 USD'.  Now: no KV or decoding figures, the time to encode a request,
    the input cost in significant digits, and the prompt alone checked against the 512-token context."""
    from model.project.units import format_value

    report = estimate(design_from_preset("bert-base"))
    serving = next(s for s in report.sections if s.key == "serving")
    keys = {f.key for f in serving.figures}
    assert {"tpot", "tokens_per_s_total", "usd_per_million_output_tokens", "kv_cache_budget"}.isdisjoint(keys)
    assert serving.figures[[f.key for f in serving.figures].index("ttft")].label == "Time to encode one request"
    assert "KV cache" not in report.figure("serving_memory_per_gpu").formula
    assert report.find_figure("memory_infer_kv_cache") is None
    cost = report.figure("usd_per_million_input_tokens")
    assert 0 < cost.value < 0.01 and not format_value(cost.value, cost.unit).startswith("0.00 ")  # "0.00032 USD"
    assert "the prompt (1,024 tokens) exceeds the context per request (512)" in serving.warnings
    assert not any("output" in warning for warning in serving.warnings)
    decoder = estimate(design_from_preset("llama-3-8b"))  # a decoder keeps them all
    assert {"tpot", "kv_cache_budget"} <= {f.key for f in next(s for s in decoder.sections if s.key == "serving").figures}

