"""Every English text the model hands to the GUI, for translation.

The GUI shows these through QCoreApplication.translate("model", text); Qt's
lupdate cannot see them because model/ has no Qt, so this module lists them:
field labels and tooltips, figure labels, section titles and notes, breakdown
component names, chart titles, axes, legends and notes, and figures' formulas
(their templates: the words around the numbers, model.project.figure.Words) and
sources (whose citations the translation keeps as they are).
"""

from __future__ import annotations

from functools import lru_cache
from typing import get_args

from pydantic import BaseModel

from model.design.architecture import MLA, Architecture, LinearMixer, MoE
from model.design.checkpoint import KINDS
from model.design.design import Design
from model.design.params import Component
from model.design.presets import load_presets
from model.estimate.charts import scaling_charts, serving_throughput
from model.estimate.hardware import gpu_catalog, grid_regions
from model.estimate.workload import CustomGpu, Workload
from model.plan.cluster import NO_GENERATION
from model.plan.curve import PlanCurve
from model.plan.layout import RecomputeChoice
from model.plan.result import StepBreakdown
from model.project.report import ALTERNATIVE_DOES_NOT_FIT, CHECKPOINT_LABELS, CHECKPOINT_SUM, NO_LAYOUT, estimate
from model.project.sources import design_from_preset
from model.serve.serving import TENSOR_PARALLEL_ONLY


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
    # formulas' other branches: a serving setup and a fine-tuning that do not fit, set efficiencies, DoRA with trained
    # embeddings, a training layout pinned by hand that does not fit, a published run, expert parallel serving
    designs.append(Design(architecture=base, workload=Workload(gpu="rtx-4090", serving_gpu="rtx-4090", serving_tensor_parallel=1,
                                                              concurrent_requests=64, prefill_efficiency=0.5, mfu=0.4)))
    designs.append(Design(architecture=presets["llama-2-70b"].architecture, workload=Workload(
        serving_gpu="rtx-4090", serving_tensor_parallel=1, finetune_gpu="rtx-4090", gradient_checkpointing=False, n_gpus=8, tensor_parallel=1,
        pipeline_parallel=1, micro_batch_size=8)))
    designs.append(Design(architecture=presets["llama-2-13b"].architecture, workload=Workload(serving_gpu="rtx-4090", serving_tensor_parallel=1)))
    designs += [design_from_preset(key) for key, preset in presets.items() if preset.training_run is not None]  # their runs' notes and sources
    # a layout set by hand that breaks a rule: no plan, so no energy (Switch-C 2048 reached this once, by a planner bug)
    designs.append(Design(architecture=base, workload=Workload(layout="manual", n_gpus=3, tensor_parallel=3)))
    # sources that come from the catalogs: each serving GPU's generation (its measured efficiencies), each grid region
    designs += [Design(architecture=base, workload=Workload(serving_gpu=gpu, weight_format=fmt)) for gpu in gpu_catalog() for fmt in ("bf16", "fp8")]
    designs += [Design(architecture=base, workload=Workload(grid_region=region)) for region in grid_regions()]
    designs.append(Design(architecture=base, workload=Workload(finetune_method="lora", lora_variant="dora", lora_trainable_embeddings=True,
                                                              gradient_checkpointing=True)))
    designs.append(Design(name=presets["deepseek-v3"].name, architecture=presets["deepseek-v3"].architecture,
                          workload=Workload(serving_expert_parallel=4, serving_gpus=32)))
    return designs


@lru_cache(maxsize=1)
def translatable_strings() -> tuple[str, ...]:
    texts: list[str] = []
    for model in (Architecture, MLA, MoE, LinearMixer, Workload, CustomGpu):
        texts += _fields(model)
    texts += [region.name for region in grid_regions().values()]  # the editor's grid-region list (gui.fields.catalog_text)
    for design in _sample_designs():
        report = estimate(design)
        texts += _components(report.parameters.breakdown)
        for section in report.sections:
            texts += [section.title, section.note] + [f.label for f in section.figures]
        for figure in report.headline + tuple(f for section in report.sections for f in section.figures):
            texts += [figure.label, *figure.formula_words.templates(), figure.source]
        point = report.scaling_point
        serving = serving_throughput(report.serving.curve, design.workload.concurrent_requests, report.serving.max_concurrency,
                                     generates=design.architecture.generates)
        for chart in (*scaling_charts(point.n_params, point.n_params_kaplan, point.tokens), serving):
            texts += [chart.title, chart.x_label, chart.y_label, chart.note] + [s.label for s in chart.series]
    # words a formula takes as a value: the recomputation choice, the step's terms, what limits decoding
    texts += [*get_args(RecomputeChoice), *(name.replace("_", " ") for name in StepBreakdown.model_fields), "memory bandwidth", "compute",
              "intra-node link", "network"]  # model.plan.cluster's two links
    texts += [NO_LAYOUT, ALTERNATIVE_DOES_NOT_FIT, TENSOR_PARALLEL_ONLY, NO_GENERATION]  # formula words no sample design reaches
    texts += [*CHECKPOINT_LABELS.values(), CHECKPOINT_SUM]  # the checkpoint's sum under the parameter total
    texts += list(KINDS.values())  # a model folder's checkpoint, by kind, in the status bar
    curve = PlanCurve.model_fields  # the days-vs-GPUs chart's texts are its fields' defaults
    texts += [curve[name].default for name in ("title", "x_label", "y_label", "y2_label", "note")]
    seen: dict[str, None] = {}
    for text in texts:
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)
