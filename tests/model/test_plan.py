"""The training planner: layouts that ran fit, ones that failed do not, rules in words, monotonic properties,
published runs on the presets, and the JSON interface."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from model.design.architecture import Architecture
from model.design.design import Design
from model.design.params import count_parameters
from model.design.presets import load_presets
from model.estimate.workload import Workload
from model.plan.layout import ParallelLayout, layout_problems, stage_layers
from model.plan.planner import manual_layout_memory, plan
from model.project.report import estimate
from model.project.sources import design_from_preset
from model.project.units import format_value

ROOT = Path(__file__).resolve().parents[2]
PRESETS = load_presets()
GB = 1e9


def _manual(arch: Architecture, **workload) -> tuple[ParallelLayout, float]:
    w = Workload(layout="manual", **workload)
    layout, mem = manual_layout_memory(arch, w, count_parameters(arch).active)
    return layout, mem.total


def test_llama3_405b_stage_split():
    """Dubey et al. 2024, section 3.3.2: 126 layers on 16 stages, one fewer on the first and the last."""
    assert stage_layers(126, 16) == (7,) + (8,) * 14 + (7,)
    assert stage_layers(96, 8) == (12,) * 8
    assert sum(stage_layers(61, 16)) == 61


def test_llama3_405b_published_layout_fits_80gb_without_recomputation():
    """Dubey et al. 2024, table 4 and section 3.3.2: TP 8, PP 16, 16,384 H100 (80 GB), 8K sequences, no activation
    checkpointing."""
    _, total = _manual(PRESETS["llama-3.1-405b"].architecture, gpu="h100-sxm", n_gpus=16384, tensor_parallel=8, pipeline_parallel=16,
                       seq_len=8192, global_batch_tokens=16 * 2**20, recompute="none", precision="mixed-bf16", zero_stage=1)
    assert total < 80 * GB


def test_glm_130b_fits_40gb_a100():
    """Zeng et al. 2022, section 3: GLM-130B on 96 DGX-A100 (8 x 40 GB) nodes, TP 4, PP 8, batch 4,224 sequences of 2,048,
    fp16, with activation recomputation (HFU 43.3% vs MFU 32.5%: one extra forward)."""
    glm = Architecture(vocab_size=150528, d_model=12288, n_layers=70, n_heads=96, d_ff=32768, max_seq_len=2048, ffn_type="geglu",
                       norm="layernorm", norm_position="post", position_type="rotary", tie_embeddings=False)
    _, total = _manual(glm, gpu="a100-40gb-sxm", n_gpus=768, tensor_parallel=4, pipeline_parallel=8, seq_len=2048,
                       global_batch_tokens=4224 * 2048, recompute="full", precision="mixed-fp16", zero_stage=1, micro_batch_size=1)
    assert total < 40 * GB


def test_narayanan_530b_zero3_at_micro_batch_4_does_not_fit_560_gpus():
    """Narayanan et al. 2021, section 5.2 / table 2: 530B with ZeRO-3 and no model parallelism did not fit 560 GPUs at
    micro-batch 4 (and was run on 640).  GPT 530B: 105 layers, h 20480, 128 heads, s 2048."""
    gpt530 = Architecture(vocab_size=51200, d_model=20480, n_layers=105, n_heads=128, d_ff=81920, max_seq_len=2048, tie_embeddings=True)
    _, total = _manual(gpt530, gpu="a100-80gb-sxm", n_gpus=560, zero_stage=3, micro_batch_size=4, seq_len=2048,
                       global_batch_tokens=2240 * 2048, recompute="full", precision="mixed-fp16", flash_attention=False)
    assert total > 80 * GB


def test_rules_in_words():
    arch = PRESETS["llama-3-70b"].architecture  # 64 heads, 8 KV heads, 80 layers
    bad = ParallelLayout(n_gpus=96, tensor_parallel=16, pipeline_parallel=1, data_parallel=6, global_batch_tokens=1000 * 4096, seq_len=4096)
    problems = " ".join(layout_problems(arch, bad))
    assert "must divide the 8 key/value heads" not in problems  # 16 is a multiple of 8: KV heads are replicated
    assert "global batch (1,000 sequences" in problems and "micro-batch x data parallel (1 x 6 = 6)" in problems
    moe = PRESETS["mixtral-8x7b"].architecture
    wrong_ep = ParallelLayout(n_gpus=24, expert_parallel=3, data_parallel=24, global_batch_tokens=24 * 4096, seq_len=4096)
    assert "expert parallel (3) must divide the 8 routed experts" in layout_problems(moe, wrong_ep)[0]
    deep = ParallelLayout(n_gpus=256, pipeline_parallel=128, data_parallel=2, global_batch_tokens=256 * 4096, seq_len=4096)
    assert "pipeline parallel (128) exceeds the 80 layers" in " ".join(layout_problems(arch, deep))
    chunks = ParallelLayout(n_gpus=256, pipeline_parallel=16, virtual_pipeline_stages=8, data_parallel=16, global_batch_tokens=256 * 4096, seq_len=4096)
    assert "(128) exceed the 80 layers and the embedding and output head" in " ".join(layout_problems(arch, chunks))
    # Llama 3 405B: 126 layers in 16 x 8 chunks, the embedding and the loss taking one each (Dubey et al. 2024, 3.3.2)
    llama3 = ParallelLayout(n_gpus=16 * 8 * 16, tensor_parallel=8, pipeline_parallel=16, virtual_pipeline_stages=8, data_parallel=16,
                            global_batch_tokens=16 * 16 * 8192, seq_len=8192)
    assert layout_problems(PRESETS["llama-3.1-405b"].architecture, llama3) == []


def test_manual_layout_that_breaks_a_rule_says_so_and_never_zero_gpus():
    design = Design(architecture=PRESETS["llama-3-70b"].architecture,
                    workload=Workload(layout="manual", n_gpus=64, tensor_parallel=3, global_batch_tokens=2**21))
    report = estimate(design)
    assert report.plan.layout is None and "tensor parallel (3) must divide the 64 attention heads" in " ".join(report.plan.problems)
    for fig in report.gpus.figures:
        assert fig.value >= 1, fig.key


def test_a_manual_layout_that_does_not_fit_says_so_beside_its_time():
    """Llama 3.1 405B on one node at TP 8: 881 GB per GPU.  Its time is still given (what it would take), never
    without saying that the layout does not fit."""
    design = design_from_preset("llama-3.1-405b")
    design = design.model_copy(update={"workload": design.workload.model_copy(update={
        "layout": "manual", "n_gpus": 8, "tensor_parallel": 8, "pipeline_parallel": 1})})
    report = estimate(design)
    assert not report.plan.fits and report.plan.problems[0].startswith("does not fit: 881 GB per GPU against 80 GB")
    for key in ("training_days", "training_gpu_hours"):
        assert "this layout does not fit in memory" in report.figure(key).formula


def test_more_recomputation_never_more_memory():
    for preset in ("gpt3-175b", "llama-2-70b", "mixtral-8x7b", "deepseek-v3", "t5-11b"):
        arch = PRESETS[preset].architecture
        totals = [_manual(arch, n_gpus=64, tensor_parallel=8, pipeline_parallel=4, recompute=r, seq_len=2048)[1]
                  for r in ("none", "selective", "full")]
        assert totals[0] >= totals[1] >= totals[2] and totals[0] > totals[2], preset


def test_more_gpus_more_throughput_at_fixed_per_gpu_batch():
    """Weak scaling in data parallelism: the step takes at least as long, the tokens per second rise."""
    arch = PRESETS["llama-2-70b"].architecture
    params = count_parameters(arch)
    rates, steps = [], []
    for dp in (4, 16, 64, 256):
        w = Workload(layout="manual", gpu="h100-sxm", n_gpus=32 * dp, tensor_parallel=8, pipeline_parallel=4, micro_batch_size=1,
                     recompute="selective", seq_len=4096, global_batch_tokens=16 * dp * 4096)
        chosen = plan(arch, w, 10**12, active_params=params.active).chosen
        steps.append(chosen.time.total)
        rates.append(chosen.tokens_per_s)
    assert steps == sorted(steps) and rates == sorted(rates)


@pytest.mark.parametrize("preset", [p.id for p in PRESETS.values() if p.training_run is not None])
def test_presets_open_with_their_published_run_and_a_layout_that_fits(preset):
    design = design_from_preset(preset)
    run = PRESETS[preset].training_run
    assert design.published_run == run and design.workload.training_tokens == run.training_tokens
    report = estimate(design)
    assert report.plan.fits and report.plan.layout is not None
    if run.n_gpus is not None:
        assert report.plan.layout.n_gpus == run.n_gpus
    assert report.plan.published is not None and report.plan.published.matches_workload
    assert "published" in report.figure("training_gpu_hours" if run.gpu_hours is not None else "training_days").formula
    # the run's own figure (GPU-hours, else days): what it covers, and its source
    published = report.figure("published_gpu_hours" if run.gpu_hours is not None else "published_days")
    assert published.value == (run.gpu_hours or run.days) and published.source == run.source and published.formula == run.notes


def test_published_energy_beside_the_estimate():
    """GPT-3: 1,287 MWh (Patterson et al. 2021, table 4); BLOOM: 433 MWh (Luccioni et al. 2022, table 1); OPT: 356 MWh
    (Touvron et al. 2023, table 15)."""
    for preset, mwh in (("gpt3-175b", 1287), ("bloom-176b", 433), ("opt-175b", 356)):
        energy = estimate(design_from_preset(preset)).figure("training_energy")
        error = (energy.value - mwh * 1e3) / (mwh * 1e3)
        assert f"; published {format_value(mwh * 1e3, 'kWh')} ({error:+.0%})" in energy.formula, preset
    assert "published" not in estimate(design_from_preset("llama-2-7b")).figure("training_energy").formula  # Meta gave no MWh


@pytest.mark.parametrize("preset", [p.id for p in PRESETS.values() if p.training_run is None])
def test_presets_without_a_run_open_with_a_layout_that_fits(preset):
    """Found in review: Switch-C 2048 opened with "no layout of 1 GPUs": its FLOPs asked for one GPU, its state for 384, and
    the search for the target time gave up doubling before it got there."""
    plan_ = estimate(design_from_preset(preset)).plan
    assert plan_.layout is not None and plan_.fits and plan_.n_gpus_derived, plan_.problems


def test_designs_without_a_run_say_what_they_assume():
    report = estimate(design_from_preset("llama-3-8b"))
    plan_ = report.plan
    assert plan_.n_gpus_derived and plan_.days <= 90 and plan_.layout.seq_len == 4096  # pre-training length, not 8,192
    assert plan_.target_days == 90 and estimate(design_from_preset("deepseek-v3")).plan.target_days is None  # 2,048 as published
    assert f"{plan_.layout.n_gpus:,} x NVIDIA H100" in report.figure("training_days").formula
    assert "fewest GPUs for the target time" in report.figure("training_days").formula


def test_deepseek_v3_search_runs_and_fits_at_2048():
    design = design_from_preset("deepseek-v3")
    free = design.workload.model_copy(update={k: None for k in ("tensor_parallel", "pipeline_parallel", "expert_parallel", "zero_stage")})
    params = count_parameters(design.architecture)
    result = plan(design.architecture, free, 14_800_000_000_000, active_params=params.active)
    assert result.chosen.fits and result.chosen.layout.n_gpus == 2048 and result.evaluated > 100
    assert len(result.alternatives) == 5 and all(a.time.total >= result.chosen.time.total * 0.999 for a in result.alternatives)


def test_json_plan_interface():
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "llama-3.1-405b", "--json", "--set", "workload.layout=manual",
                          "--set", "workload.gpus_per_node=8", "--set", "workload.network_gbps_per_gpu=400"],
                         capture_output=True, text=True, check=True)
    plan_ = json.loads(out.stdout)["plan"]
    assert set(plan_["layout"]) >= {"n_gpus", "tensor_parallel", "sequence_parallel", "pipeline_parallel", "virtual_pipeline_stages", "data_parallel",
                                    "context_parallel", "expert_parallel", "zero_stage", "micro_batch_size", "global_batch_tokens", "recompute", "precision"}
    assert plan_["layout"]["tensor_parallel"] == 8 and plan_["layout"]["pipeline_parallel"] == 16 and plan_["layout"]["data_parallel"] == 128
    assert set(plan_["step_time_breakdown_s"]) == {"compute", "tensor_parallel", "pipeline_bubble", "data_parallel", "expert_parallel",
                                                   "context_parallel", "optimizer"}
    for key in ("fits", "memory_per_gpu_bytes", "step_time_s", "tokens_per_s", "mfu", "hfu", "gpu_hours", "days", "alternatives"):
        assert key in plan_
    assert plan_["published"]["gpu_hours"] == 30_840_000 and "Dubey et al. 2024" in plan_["published"]["source"]
    assert 0.2 < plan_["mfu"] < 0.6


def test_user_mfu_replaces_the_derived_one():
    design = design_from_preset("llama-3.1-405b")
    derived = estimate(design).plan
    set_ = estimate(design.model_copy(update={"workload": design.workload.model_copy(update={"mfu": 0.5})})).plan
    assert set_.mfu == pytest.approx(0.5, rel=1e-12) and set_.mfu_set_by_user
    assert set_.gpu_hours == pytest.approx(derived.gpu_hours * derived.mfu / 0.5, rel=1e-9)


def test_a_set_mfu_is_what_the_gpu_count_for_the_target_time_uses():
    """Found in review: the count for the target time must follow the MFU the person set, not the derived one."""
    design = design_from_preset("llama-2-7b")
    slow = estimate(design.model_copy(update={"workload": design.workload.model_copy(update={"mfu": 0.1})})).plan
    assert slow.n_gpus_derived and slow.deadline_met and slow.days <= 90


def test_hardware_flops_count_recomputation_with_a_pipeline():
    """Found in review: HFU = MFU x 4/3 with full recomputation (one extra forward), pipeline or not."""
    arch = PRESETS["llama-2-70b"].architecture
    params = count_parameters(arch)
    for pp in (1, 4):
        w = Workload(layout="manual", gpu="h100-sxm", n_gpus=64, tensor_parallel=8, pipeline_parallel=pp, recompute="full",
                     seq_len=4096, global_batch_tokens=256 * 4096)
        step = plan(arch, w, 10**12, active_params=params.active).chosen.time
        assert step.hardware_flops / step.model_flops == pytest.approx(4 / 3, rel=0.03)


def test_the_runtime_overhead_reaches_the_plan():
    design = design_from_preset("llama-2-7b")
    heavy = design.workload.model_copy(update={"runtime_overhead_gib": 20.0, "layout": "manual", "n_gpus": 8})
    assert estimate(design.model_copy(update={"workload": heavy})).plan.memory_breakdown_bytes["overhead"] == 20 * 2**30


def test_no_layout_means_no_infinite_figures():
    design = design_from_preset("llama-2-7b")
    broken = design.workload.model_copy(update={"layout": "manual", "n_gpus": 64, "micro_batch_size": 64})
    report = estimate(design.model_copy(update={"workload": broken}))
    assert report.plan.layout is None and report.find_figure("training_days") is None
    assert "inf" not in " ".join(f"{f.value} {f.formula}" for s in report.sections for f in s.figures).replace("inference", "")


def test_json_plan_without_a_layout_reads_null_never_zero():
    """Found in review: with no layout, report --json said memory_per_gpu_bytes 0.0, mfu 0.0, tokens_per_s 0.0 and a step of
    0.0 s in every term; every key is still there (the checks read them), as null."""
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "deepseek-v3", "--json", "--set", "workload.tensor_parallel=4"],
                         capture_output=True, text=True, check=True)
    plan_ = json.loads(out.stdout)["plan"]
    assert plan_["layout"] is None and plan_["fits"] is False and plan_["problems"]
    for key in ("memory_per_gpu_bytes", "step_time_s", "tokens_per_s", "mfu", "hfu", "gpu_hours", "days"):
        assert plan_[key] is None, key
    assert plan_["step_time_breakdown_s"] == dict.fromkeys(("compute", "tensor_parallel", "pipeline_bubble", "data_parallel", "expert_parallel",
                                                            "context_parallel", "optimizer"))


def test_the_memory_section_lists_no_training_part_of_zero_bytes():
    """Never "0 bits": found in review, GPT-2 small on one GPU listed "Training: communication buffers 0 B"."""
    report = estimate(design_from_preset("gpt2-small"))
    assert report.plan.layout.n_gpus == 1 and report.plan.memory_breakdown_bytes["buffers"] == 0
    assert report.find_figure("memory_train_buffers") is None
    assert [f.key for f in next(s for s in report.sections if s.key == "memory").figures if f.unit == "B" and f.value == 0 and f.key.startswith("memory_train")] == []
    assert report.figure("memory_train_activations").value > 0


@pytest.mark.parametrize(("pinned", "rule"), [
    ({"tensor_parallel": 4}, "expert parallel (64) must divide the data-parallel GPUs (32): experts are split inside that group"),
    ({"virtual_pipeline_stages": 2}, "the interleaved schedule needs micro-batches per step (120) to be a multiple of the pipeline stages (16)"),
])
def test_when_no_layout_splits_the_values_set_the_rule_they_break_is_named(pinned, rule):
    """Issue 13: "validate what must divide what ... and say it in words". Found in review: TP 4 on DeepSeek-V3's published
    run (PP 16, EP 64, 2,048 GPUs) said only "no layout of 2,048 GPUs can split this model", not which rule failed."""
    design = design_from_preset("deepseek-v3")
    plan_ = estimate(design.model_copy(update={"workload": design.workload.model_copy(update=pinned)})).plan
    assert plan_.layout is None and rule in plan_.problems


def test_no_layout_of_one_gpu_reads_in_the_singular():
    """Found in review: "no layout of 1 GPUs can split this model"."""
    design = design_from_preset("deepseek-v3")
    plan_ = estimate(design.model_copy(update={"workload": design.workload.model_copy(update={"n_gpus": 1})})).plan
    assert plan_.problems[0].startswith("no layout of one GPU can split this model and its batch")


def test_per_node_dispatch_sends_each_token_once_per_node():
    """DeepSeek-V3, section 3.2.2: a token crosses InfiniBand once to each node holding its experts, NVLink forwards it.
    Inside one node the dispatch is the plain all-to-all; across 8 nodes with 8 experts a token, balanced routing reaches
    7 x (1 - (7/8)^8) = 4.595 other nodes instead of sending 8 x 56/63 = 7.11 copies over the network."""
    from model.plan.cluster import cluster_of
    from model.plan.step_time import all_to_all_s, per_node_dispatch_s

    cluster = cluster_of(Workload(gpu="h800-sxm"))
    token_bytes = 4096 * 7168 * 2.0
    assert per_node_dispatch_s(token_bytes, 8, 8, 8, cluster) == all_to_all_s(token_bytes * 8, 8, 8, cluster)
    latency = cluster.scale_out.latency_s
    per_node = per_node_dispatch_s(token_bytes, 8, 64, 64, cluster) - latency
    every_copy = all_to_all_s(token_bytes * 8, 64, 64, cluster) - latency
    assert per_node / every_copy == pytest.approx(7 * (1 - (7 / 8) ** 8) / (8 * 63 / 64 * 56 / 63))


def test_deepseek_v3_preset_gpu_hours_near_the_published_run():
    """DeepSeek-V3 (arXiv:2412.19437, table 1): 2.664M H800 GPU-hours of pre-training on 2,048 GPUs with PP 16, EP 64,
    DualPipe and per-node dispatch.  The planner, recomputing fully for lack of DeepSeek's activation savings, lands
    within 10 %."""
    report = estimate(design_from_preset("deepseek-v3"))
    assert report.plan.gpu_hours == pytest.approx(2_664_000, rel=0.10)


@pytest.mark.parametrize("preset", [p.id for p in PRESETS.values() if p.architecture.linear_mixer is not None]
                         + ["deepseek-v3", "llama-3.1-405b", "t5-11b"])
def test_the_pipeline_holds_every_parameter_once(preset):
    """The blocks in pipeline order, the embedding and the output head add up to the exact total.  Qwen3-Next's 36
    linear-attention MoE blocks (59,347,139,328 parameters) were once left out of the blocks and put on the last stage
    as if they were the output head: its plan gathered them like dense weights (MFU 1 %)."""
    from model.plan.profile import profile_of

    arch = PRESETS[preset].architecture
    profile = profile_of(arch)
    blocks = sum(profile.kinds[k].params for k in profile.sequence)
    assert blocks + profile.embedding_params + profile.output_params == count_parameters(arch).total
    assert profile.output_params < count_parameters(arch).total / 10  # final norms and an untied head, not blocks
    mixers = sum(1 for k in profile.sequence if profile.kinds[k].mixer)
    assert mixers == (arch.linear_mixer.layers if arch.linear_mixer else 0)


def test_when_the_target_time_cannot_be_met_the_count_is_the_fastest_and_the_batch_is_named():
    """A dense 1T model on its 20T compute-optimal tokens: no count trains it in 90 days at its global batch.  The
    count the planner offers must be at least as fast as the counts beside it (the search once stopped at 786,432
    GPUs, slower than 262,144), and the warning names the global batch that limits it."""
    from model.plan.planner import _gpu_counts
    from model.plan.result import planning_workload
    from model.project.report import training_tokens

    design = design_from_preset("dense-1t")
    params = count_parameters(design.architecture)
    tokens = training_tokens(design, params)
    w = planning_workload(design.workload).model_copy(update={"n_gpus": None, "layout": "auto"})
    result = plan(design.architecture, w, tokens, active_params=params.active)
    assert not result.deadline_met and result.chosen is not None
    n = result.chosen.layout.n_gpus
    counts = _gpu_counts(8, 10**6)
    for other in counts[counts.index(n) - 1:counts.index(n) + 2:2]:
        rival = plan(design.architecture, w.model_copy(update={"n_gpus": other}), tokens, active_params=params.active).chosen
        assert rival is None or rival.tokens_per_s <= result.chosen.tokens_per_s, other
    report = estimate(design)
    assert any("with a global batch of 4.19M tokens; allow more days, fewer tokens or a larger global batch" in warning
               for section in report.sections for warning in section.warnings)


def test_a_manual_layout_without_a_gpu_count_uses_what_its_parallelism_needs():
    """layout=manual, TP 8 x PP 4 and the GPU count left empty: 32 GPUs (one data-parallel copy), not one GPU that the
    pinned values cannot be split over."""
    arch = PRESETS["llama-2-70b"].architecture
    w = Workload(layout="manual", tensor_parallel=8, pipeline_parallel=4, seq_len=4096)
    result = plan(arch, w, 10**12, active_params=count_parameters(arch).active)
    assert result.chosen.layout.n_gpus == 32 and result.chosen.layout.data_parallel == 1 and not result.problems


def test_fp8_matrix_multiplies_reach_the_fp8_kernels_share():
    """Bekman's MAMF table (ml-engineering, compute/accelerator/README.md, commit 744d01e): H100 SXM 794.5 of 989 TFLOP/s
    in BF16 (0.80) and 1,402.6 of 1,979 in FP8 (0.71); B200 0.78 and 0.76.  A step reaches the same share of either
    kernel ceiling: Hopper 0.63 x 0.71 / 0.80.  Without an FP8 measurement (Ampere has no FP8) the 16-bit share stays."""
    from model.estimate.hardware import generations
    from model.plan.cluster import cluster_of

    hopper, blackwell, ampere = (generations()[g] for g in ("hopper", "blackwell", "ampere"))
    assert hopper.matmul_efficiency(fp8=True) == pytest.approx(0.63 * 0.71 / 0.80)
    assert blackwell.matmul_efficiency(fp8=True) == pytest.approx(0.61 * 0.76 / 0.78)
    assert ampere.matmul_efficiency(fp8=True) == ampere.matmul_efficiency(fp8=False) == 0.65
    fp8, bf16 = (cluster_of(Workload(gpu="h100-sxm", precision=p)) for p in ("fp8", "mixed-bf16"))
    assert fp8.matmul_flops == pytest.approx(1978.9e12 * 0.63 * 0.71 / 0.80) and bf16.matmul_flops == pytest.approx(989.4e12 * 0.63)
