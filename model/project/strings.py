"""Every English text the model hands to the GUI, for translation.

The GUI shows these through QCoreApplication.translate("model", text); Qt's
lupdate cannot see them because model/ has no Qt, so this module lists them:
field labels and tooltips, figure labels, section titles and notes, breakdown
component names, and chart titles, axes, legends and notes.  Figures' formulas
and sources stay in English: they are citations and arithmetic.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel

from model.design.architecture import MLA, Architecture, LinearMixer, MoE
from model.design.checkpoint import KINDS
from model.design.design import Design
from model.design.params import Component
from model.design.presets import load_presets
from model.estimate.charts import scaling_charts, serving_throughput
from model.estimate.workload import CustomGpu, Workload
from model.plan.curve import PlanCurve
from model.project.report import CHECKPOINT_LABELS, CHECKPOINT_SUM, estimate


def _fields(model: type[BaseModel]) -> list[str]:
    texts = []
    for field in model.model_fields.values():
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        texts += [t for t in (field.title, field.description, extra.get("unit")) if t]
    return texts


def _components(node: Component) -> list[str]:
    texts = [node.label]
    for child in node.children:
        texts += _components(child)
    return texts


def _sample_designs() -> list[Design]:
    """Designs that between them produce every label: each family, MoE, MLA, every recipe, a GPU without a TDP."""
    presets = load_presets()
    designs = [Design(name=p.name, architecture=p.architecture) for p in presets.values()]
    base = presets["llama-2-7b"].architecture
    for precision in ("fp32", "amp-bf16", "amp-fp16", "mixed-bf16", "mixed-fp16", "bf16", "fp8"):
        designs.append(Design(architecture=base, workload=Workload(precision=precision)))
    designs.append(Design(architecture=base, workload=Workload(gpu="tpu-v5e")))
    for method in ("full", "lora", "qlora", "freeze"):
        designs.append(Design(architecture=base, workload=Workload(finetune_method=method)))
    # features no preset uses: DeBERTa's relative embeddings and convolution, ELECTRA's projection, LongT5, ModernBERT's first layer
    encoder = dict(family="encoder-only", norm_position="post", final_norm=False, embedding_norm=True)
    designs.append(Design(architecture=Architecture(**encoder, position_type="relative-embedding", relative_buckets=256,
                                                    conv_after_first_layer=3)))
    designs.append(Design(architecture=Architecture(**encoder, embedding_projection_dim=128, first_attention_norm=False)))
    designs.append(Design(architecture=Architecture(family="encoder-decoder", position_type="relative-bias", norm="rmsnorm",
                                                    transient_global=True, qk_norm="full-width", attention_sinks=True)))
    designs.append(Design(architecture=base.model_copy(update={"mtp_modules": 1, "count_mtp": True})))
    designs.append(Design(architecture=base.model_copy(update={"linear_mixer": LinearMixer(kind="short-conv", layers=2)})))
    return designs


@lru_cache(maxsize=1)
def translatable_strings() -> tuple[str, ...]:
    texts: list[str] = []
    for model in (Architecture, MLA, MoE, LinearMixer, Workload, CustomGpu):
        texts += _fields(model)
    for design in _sample_designs():
        report = estimate(design)
        texts += _components(report.parameters.breakdown)
        for section in report.sections:
            texts += [section.title, section.note] + [f.label for f in section.figures]
        texts += [f.label for f in report.headline]
        point = report.scaling_point
        serving = serving_throughput(report.serving.curve, design.workload.concurrent_requests, report.serving.max_concurrency)
        for chart in (*scaling_charts(point.n_params, point.n_params_kaplan, point.tokens), serving):
            texts += [chart.title, chart.x_label, chart.y_label, chart.note] + [s.label for s in chart.series]
    texts += [*CHECKPOINT_LABELS.values(), CHECKPOINT_SUM]  # the checkpoint's sum under the parameter total
    texts += list(KINDS.values())  # a model folder's checkpoint, by kind, in the status bar
    curve = PlanCurve.model_fields  # the days-vs-GPUs chart's texts are its fields' defaults
    texts += [curve[name].default for name in ("title", "x_label", "y_label", "y2_label", "note")]
    seen: dict[str, None] = {}
    for text in texts:
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)
