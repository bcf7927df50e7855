"""The training planner against published runs: predicted vs published step time, MFU and GPU-hours.

    .venv/bin/python bench/published_runs.py            # the table
    .venv/bin/python bench/published_runs.py --markdown # the same as a Markdown table (README, closing notes)

The published figures are in tests/data/published_runs.json, each row with its source, a verbatim quote and
what could not be verified (tests/data/published_runs.md).  Each layout is evaluated as published: the values
the source gives are pinned (layout = manual when all are given, else the planner fills in only the missing ones,
such as micro-batch or recomputation).  Nothing here tunes anything: the constants are per GPU generation
(resources/gpus.json, "generations").

A published throughput is turned into a step time the way its source defines it:
- a step time: as published;
- tokens/s per GPU: global batch tokens / (tokens/s per GPU x GPUs);
- model FLOP/s per GPU or MFU (Megatron-Core README, NeMo, Llama 3): 3 x forward FLOPs per token (this app's
  Compute tab) x batch tokens / (GPUs x FLOP/s) -- so the comparison is of time, whatever each source counted;
- hardware FLOP/s per GPU (Narayanan et al. 2021, MT-NLG, BLOOM): their eq. 3 with recomputation,
  96 B s l h^2 (1 + s/6h + V/16lh), over GPUs x FLOP/s.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from model.design.architecture import Architecture  # noqa: E402
from model.design.design import Design  # noqa: E402
from model.design.params import count_parameters  # noqa: E402
from model.design.presets import load_presets  # noqa: E402
from model.estimate import compute  # noqa: E402
from model.estimate.workload import Workload  # noqa: E402
from model.plan.planner import plan  # noqa: E402
from model.plan.result import published_difference, training_plan  # noqa: E402
from model.plan.step_time import mfu_of  # noqa: E402
from model.project.sources import design_from_preset  # noqa: E402

DATA = ROOT / "tests" / "data" / "published_runs.json"

# Rows built from a preset's architecture (the source names a released model).
PRESET_OF = {"llama2-7b": "llama-2-7b", "llama2-13b": "llama-2-13b", "llama2-70b": "llama-2-70b", "llama3-8b": "llama-3-8b",
             "llama3_8b": "llama-3-8b", "llama3-70b": "llama-3-70b", "llama3_70b": "llama-3-70b", "llama3.1_405b": "llama-3.1-405b",
             "gpt3-175b": "gpt3-175b", "deepseekv3": "deepseek-v3"}
# Runs from before fused attention kernels were in Megatron-LM / Megatron-DeepSpeed (FlashAttention: Dao et al.,
# May 2022): their attention materialised the s x s scores (Megatron's fused scale-mask-softmax).
BEFORE_FLASH_ATTENTION = ("narayanan21", "korthikanti22", "mtnlg", "bloom_repo")
# Sources whose throughput counts recomputation (hardware FLOPs, Narayanan et al. 2021 eq. 3).
HARDWARE_FLOPS_SOURCES = ("narayanan21", "mtnlg", "bloom_repo")


def gpu_id(text: str) -> str | None:
    text = text.upper()
    if "A100" in text or "AMPERE" in text:
        return "a100-80gb-sxm" if "40G" not in text else "a100-40gb-sxm"
    if "H100" in text:
        return "h100-sxm"
    if "H800" in text:
        return "h800-sxm"
    return None


def gpt_architecture(a: dict) -> Architecture:
    """A Megatron GPT: learned positions, LayerNorm, GELU, biases, tied head (Narayanan et al. 2021, section 5.1)."""
    h = a["hidden"]
    kv = a.get("kv_heads") if isinstance(a.get("kv_heads"), int) else None
    return Architecture(vocab_size=a.get("vocab") or 51200, d_model=h, n_layers=a["layers"], n_heads=a["heads"], n_kv_heads=kv,
                        d_ff=a.get("ffn") or 4 * h, max_seq_len=a.get("seq_len") or 2048, ffn_type="gelu", fused_qkv=True,
                        tie_embeddings=True)


@dataclass
class Case:
    id: str
    design: Design
    published_step_s: float
    published_mfu: float | None
    layout_pinned: bool


def _precision(row: dict) -> str:
    p = (row.get("precision") or "").lower()
    if "fp8" in p:
        return "fp8"
    if "fp16" in p:
        return "mixed-fp16"
    return "mixed-bf16"


def _recompute(row: dict) -> str:
    r = (row.get("recompute") or "").lower()
    for name in ("none", "selective", "full"):
        if r.startswith(name):
            return name
    return "auto"


def build_case(row: dict) -> Case | None:
    gpu = gpu_id(row["hardware"].get("gpu") or "")
    n = row["hardware"].get("gpu_count")
    par = row["parallel"]
    seq = row.get("seq_len")
    if gpu is None or not isinstance(n, int) or not seq:
        return None
    preset = next((PRESET_OF[k] for k in PRESET_OF if k in row["id"].lower()), None)
    if row.get("arch") and row["arch"].get("layers") and not preset:
        if "swiglu" in (row["arch"].get("note") or "").lower() or "llama" in row["id"]:
            arch = load_presets()["llama-3.1-405b"].architecture
        else:
            arch = gpt_architecture(row["arch"])
    elif preset:
        arch = load_presets()[preset].architecture
    else:
        return None
    arch = arch.model_copy(update={"max_seq_len": max(arch.max_seq_len, seq)})
    sequences = row.get("global_batch_seqs")
    if not sequences:
        return None
    pins = {}
    for ours, theirs in (("tensor_parallel", "tp"), ("pipeline_parallel", "pp"), ("context_parallel", "cp"), ("expert_parallel", "ep"),
                         ("virtual_pipeline_stages", "virtual_pp")):
        if isinstance(par.get(theirs), int):
            pins[ours] = par[theirs]
    if isinstance(par.get("zero_stage"), int):
        pins["zero_stage"] = par["zero_stage"]
    if isinstance(par.get("sequence_parallel"), bool):
        pins["sequence_parallel"] = par["sequence_parallel"]
    if isinstance(row.get("micro_batch"), int):
        pins["micro_batch_size"] = row["micro_batch"]
    if arch.moe is None:
        pins.pop("expert_parallel", None)
    moe = row.get("moe") or {}  # the recipe's expert dispatch, where its source states it
    if moe.get("deepep"):
        pins["expert_dispatch"] = "per-node"
    if moe.get("overlap_moe_expert_parallel_comm"):
        pins["overlap_expert_communication"] = True
    workload = Workload(gpu=gpu, n_gpus=n, seq_len=seq, global_batch_tokens=sequences * seq, precision=_precision(row),
                        recompute=_recompute(row), training_tokens=sequences * seq,
                        flash_attention=not any(s in row["source_ids"] for s in BEFORE_FLASH_ATTENTION), **pins)
    design = Design(name=row["id"], architecture=arch, workload=workload)
    step = published_step(row, design)
    if step is None:
        return None
    pinned = all(k in pins for k in ("tensor_parallel", "pipeline_parallel", "micro_batch_size")) and workload.recompute != "auto"
    return Case(row["id"], design, step, row["outcome"].get("mfu"), pinned)


def published_step(row: dict, design: Design) -> float | None:
    out = row["outcome"]
    w = design.workload
    n, seq = w.n_gpus, w.seq_len
    tokens = w.global_batch_tokens
    if out.get("step_time_s"):
        return out["step_time_s"]
    if out.get("tokens_per_s_per_gpu"):
        return tokens / (out["tokens_per_s_per_gpu"] * n)
    arch = design.architecture
    if out.get("tflops_per_gpu") and any(s in row["source_ids"] for s in HARDWARE_FLOPS_SOURCES):
        b, layers, h, v = tokens // seq, arch.n_layers, arch.d_model, arch.vocab_size
        flops = 96 * b * seq * layers * h * h * (1 + seq / (6 * h) + v / (16 * layers * h))
        return flops / (n * out["tflops_per_gpu"] * 1e12)
    params = count_parameters(arch)
    model_flops = 3 * compute.forward_flops_per_token(arch, params, seq) * tokens
    if out.get("mfu"):
        return model_flops / (n * 989.4e12 if "h100" in w.gpu else n * 312e12) / out["mfu"]
    if out.get("tflops_per_gpu"):
        return model_flops / (n * out["tflops_per_gpu"] * 1e12)
    return None


def cases() -> list[Case]:
    rows = json.loads(DATA.read_text())["rows"]
    built = [build_case(r) for r in rows if r["kind"] == "benchmark"]
    return [c for c in built if c is not None]


@dataclass
class Row:
    id: str
    layout: str
    fits: bool
    published_s: float
    predicted_s: float
    published_mfu: float | None
    predicted_mfu: float

    @property
    def error(self) -> float:
        return published_difference(self.predicted_s, self.published_s)


def evaluate(case: Case) -> Row:
    design = case.design
    params = count_parameters(design.architecture)
    w = design.workload
    result = plan(design.architecture, w, w.training_tokens, active_params=params.active)
    ev = result.chosen
    if ev is None:
        return Row(case.id, "; ".join(result.problems)[:60], False, case.published_step_s, float("nan"), case.published_mfu, float("nan"))
    mfu = mfu_of(ev.time, ev.layout.n_gpus, result.cluster.peak_flops)
    # Where the planner had to round the batch to divide it, compare the time of the published batch.
    per_published_batch = ev.time.total * w.global_batch_tokens / ev.layout.tokens_per_step
    return Row(case.id, ev.layout.short(), ev.fits, case.published_step_s, per_published_batch, case.published_mfu, mfu)


@dataclass
class PresetRow:
    id: str
    published_gpu_hours: float
    predicted_gpu_hours: float
    layout: str

    @property
    def error(self) -> float:
        return published_difference(self.predicted_gpu_hours, self.published_gpu_hours)


def preset_rows() -> list[PresetRow]:
    rows = []
    for preset in load_presets().values():
        run = preset.training_run
        if run is None:
            continue
        published = run.gpu_hours
        if published is None and run.days is not None and run.n_gpus is not None:
            published = run.days * 24 * run.n_gpus  # only the days were published (Falcon-7B): GPU-hours as days x GPUs
        if published is None:
            continue
        design = design_from_preset(preset.id)
        params = count_parameters(design.architecture)
        tp = training_plan(design, params, run.training_tokens)
        rows.append(PresetRow(preset.id, published, tp.gpu_hours, tp.layout.short() if tp.layout else "; ".join(tp.problems)))
    return rows


def main() -> None:
    markdown = "--markdown" in sys.argv
    results = [evaluate(c) for c in cases()]
    if markdown:
        print("| run | layout (as published; planner fills the rest) | fits | published step s | predicted s | error | published MFU | predicted MFU |")
        print("|---|---|---|---:|---:|---:|---:|---:|")
    for r in results:
        pub_mfu = f"{r.published_mfu:.1%}" if r.published_mfu else "-"
        if markdown:
            print(f"| {r.id} | {r.layout} | {'yes' if r.fits else 'NO'} | {r.published_s:.3g} | {r.predicted_s:.3g} | {r.error:+.0%} | {pub_mfu} | {r.predicted_mfu:.1%} |")
        else:
            print(f"{r.id:<42} {'fits' if r.fits else 'NO FIT':<7} pub {r.published_s:8.3g} s  pred {r.predicted_s:8.3g} s  {r.error:+6.0%}  "
                  f"MFU pub {pub_mfu:>6} pred {r.predicted_mfu:6.1%}  {r.layout}")
    print("\nBy source (step time error):")
    groups: dict[str, list[Row]] = {}
    for r in results:
        groups.setdefault(r.id.split("-")[0], []).append(r)
    for source, rows in groups.items():
        errs = sorted(abs(r.error) for r in rows)
        print(f"  {source:<14} {len(rows):>3} layouts, {sum(r.fits for r in rows):>3} fit, within 15 %: {sum(e <= 0.15 for e in errs):>3}, "
              f"median {errs[len(errs) // 2]:.0%}, worst {errs[-1]:.0%}, mean signed {sum(r.error for r in rows) / len(rows):+.0%}")
    errors = sorted(abs(r.error) for r in results if r.error == r.error)
    within15 = sum(e <= 0.15 for e in errors)
    print(f"\n{len(results)} published layouts: {sum(r.fits for r in results)} predicted to fit; step time within 15 %: {within15}, "
          f"within 30 %: {sum(e <= 0.30 for e in errors)}; median |error| {errors[len(errors) // 2]:.0%}, worst {errors[-1]:.0%}")
    print("\nPreset runs (GPU-hours; where only days were published, days x GPUs x 24):")
    for p in preset_rows():
        print(f"  {p.id:<16} published {p.published_gpu_hours:12,.0f}  predicted {p.predicted_gpu_hours:12,.0f}  {p.error:+6.0%}  {p.layout}")


if __name__ == "__main__":
    main()
