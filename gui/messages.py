"""Validation messages in the app's language: pydantic's own (by error type) and the model's rules (by pattern).

The model writes its rules' messages in English with the numbers filled in
("key/value heads (5) cannot exceed attention heads (4)").  Each is listed here
once as a template whose {names} match the numbers; its translation reuses them.
A message not listed stays as the model wrote it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui import i18n
from gui.fields import count_text, layout_text

_CONTEXT = "Validation"

# pydantic error type -> message (with the error's ctx values)
PYDANTIC = {
    "greater_than_equal": QT_TRANSLATE_NOOP("Validation", "must be at least {ge}"),
    "greater_than": QT_TRANSLATE_NOOP("Validation", "must be greater than {gt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("Validation", "must be at most {le}"),
    "less_than": QT_TRANSLATE_NOOP("Validation", "must be less than {lt}"),
    "int_parsing": QT_TRANSLATE_NOOP("Validation", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("Validation", "must be a whole number"),
    "float_parsing": QT_TRANSLATE_NOOP("Validation", "must be a number"),
    "finite_number": QT_TRANSLATE_NOOP("Validation", "must be a finite number"),
    "string_too_short": QT_TRANSLATE_NOOP("Validation", "cannot be empty"),
    "string_too_long": QT_TRANSLATE_NOOP("Validation", "must be at most {max_length} characters"),
    "missing": QT_TRANSLATE_NOOP("Validation", "is required"),
    "literal_error": QT_TRANSLATE_NOOP("Validation", "must be one of {expected}"),
}

# the model's rules (model/design/architecture.py, model/estimate/workload.py), as templates
RULES = (
    QT_TRANSLATE_NOOP("Validation", "d_model ({d_model}) is not divisible by the number of heads ({heads}); change one of them or set the head size explicitly"),
    QT_TRANSLATE_NOOP("Validation", "key/value heads ({kv}) cannot exceed attention heads ({heads})"),
    QT_TRANSLATE_NOOP("Validation", "key/value heads ({kv}) must divide attention heads ({heads}) evenly"),
    QT_TRANSLATE_NOOP("Validation", "latent attention (MLA) has no separate key/value heads; leave them empty"),
    QT_TRANSLATE_NOOP("Validation", "decoder layers are only set for an encoder-decoder; use Layers for this family"),
    QT_TRANSLATE_NOOP("Validation", "a pooler belongs to an encoder-only model"),
    QT_TRANSLATE_NOOP("Validation", "a position offset only applies to learned positions"),
    QT_TRANSLATE_NOOP("Validation", "a rotary fraction only applies to rotary positions"),
    QT_TRANSLATE_NOOP("Validation", "the number of norms in a parallel block only applies to parallel blocks"),
    QT_TRANSLATE_NOOP("Validation", "parallel attention and FFN blocks are not defined for encoder-decoders"),
    QT_TRANSLATE_NOOP("Validation", "an embedding projection to the same width as d_model does nothing; leave it empty"),
    QT_TRANSLATE_NOOP("Validation", "choosing the stack that has experts only applies to encoder-decoders"),
    QT_TRANSLATE_NOOP("Validation", "the MoE settings (every {every} layer(s) after {dense} dense) leave no MoE layer among {layers}; turn MoE off or change the pattern"),
    QT_TRANSLATE_NOOP("Validation", "top-k ({k}) cannot exceed the number of routed experts ({experts})"),
    QT_TRANSLATE_NOOP("Validation", "a shared-expert gate needs at least one shared expert"),
    QT_TRANSLATE_NOOP("Validation", "dense layers should be distinct layer indices from 0 to {last}, in increasing order"),
    QT_TRANSLATE_NOOP("Validation", "dense layer {index} is beyond the last layer ({last})"),
    # the training planner's layout rules and findings (model/plan/layout.py, planner.py, cluster.py)
    QT_TRANSLATE_NOOP("Validation", "the GPU count ({gpus}) must be a multiple of tensor x pipeline x context parallel ({parallel})"),
    QT_TRANSLATE_NOOP("Validation", "tensor parallel ({tp}) must divide the {heads} attention heads"),
    QT_TRANSLATE_NOOP("Validation", "tensor parallel ({tp}) must divide the {kv} key/value heads (or be a multiple of them)"),
    QT_TRANSLATE_NOOP("Validation", "expert parallel ({ep}) must divide the {experts} routed experts"),
    QT_TRANSLATE_NOOP("Validation", "expert parallel ({ep}) must divide the data-parallel GPUs ({dp}): experts are split inside that group"),
    QT_TRANSLATE_NOOP("Validation", "expert parallelism needs a Mixture-of-Experts model; set it to 1"),
    QT_TRANSLATE_NOOP("Validation", "pipeline parallel ({pp}) exceeds the {layers} layers: every stage needs a layer"),
    QT_TRANSLATE_NOOP("Validation", "pipeline stages x virtual stages ({chunks}) exceed the {layers} layers and the embedding and output head: every chunk needs one"),
    QT_TRANSLATE_NOOP("Validation", "virtual pipeline stages need pipeline parallelism (more than one stage)"),
    QT_TRANSLATE_NOOP("Validation", "context parallel ({cp}) must divide the training sequence length ({seq})"),
    QT_TRANSLATE_NOOP("Validation", "the global batch ({sequences} sequences of {seq} tokens) must be a multiple of micro-batch x data parallel ({product})"),
    QT_TRANSLATE_NOOP("Validation", "the interleaved schedule needs micro-batches per step ({micro_batches}) to be a multiple of the pipeline stages ({stages})"),
    QT_TRANSLATE_NOOP("Validation", "does not fit: {memory} per GPU against {capacity} ({layout}); more tensor, pipeline or context parallelism, recomputation or ZeRO-3 would shrink it"),
    QT_TRANSLATE_NOOP("Validation", "no layout of {gpus} GPUs can split this model and its batch; change the GPU count, the global batch or the pinned values"),
    QT_TRANSLATE_NOOP("Validation", "no layout of one GPU can split this model and its batch; change the GPU count, the global batch or the pinned values"),
    QT_TRANSLATE_NOOP("Validation", "no efficiency figures for the generation of {gpu}; Hopper's are used"),
    QT_TRANSLATE_NOOP("Validation", "{gpu} has no published intra-node link figure: PCIe Gen4 x16 (32 GB/s each way) assumed"),
    QT_TRANSLATE_NOOP("Validation", "{gpu} has no published network figure: 100 Gbit/s Ethernet per 8 GPUs assumed"),
    # sections' warnings (model/serve/serving.py, model/project/report.py)
    QT_TRANSLATE_NOOP("Validation", "the context ({ctx} tokens) is beyond the {trained} tokens this model was trained for"),
    QT_TRANSLATE_NOOP("Validation", "prompt + output ({total} tokens) exceed the context per request ({ctx})"),
    QT_TRANSLATE_NOOP("Validation", "the prompt ({total} tokens) exceeds the context per request ({ctx})"),
    QT_TRANSLATE_NOOP("Validation", "does not fit: the weights, workspace and overhead alone exceed the memory the server may use"),
    QT_TRANSLATE_NOOP("Validation", "{batch} requests of {ctx} tokens do not fit the KV cache (at most {most})"),
    QT_TRANSLATE_NOOP("Validation", "it would fit on {gpus} x {gpu} (tensor parallel {tp} x pipeline parallel {pp})"),
    QT_TRANSLATE_NOOP("Validation", "it would fit on {gpus} x {gpu} (tensor parallel {tp})"),
    QT_TRANSLATE_NOOP("Validation", "it does not fit even on 1,024 x {gpu}"),
    # fine-tuning (model/project/report.py _finetune)
    QT_TRANSLATE_NOOP("Validation", "full fine-tuning needs {memory} and does not fit one {gpu} ({capacity})"),
    QT_TRANSLATE_NOOP("Validation", "the last {blocks} blocks needs {memory} and does not fit one {gpu} ({capacity})"),
    QT_TRANSLATE_NOOP("Validation", "LoRA r={rank} on {targets} needs {memory} and does not fit one {gpu} ({capacity})"),
    QT_TRANSLATE_NOOP("Validation", "QLoRA (NF4 base) r={rank} on {targets} needs {memory} and does not fit one {gpu} ({capacity})"),
    QT_TRANSLATE_NOOP("Validation", "it would fit with gradient checkpointing"),
    QT_TRANSLATE_NOOP("Validation", "it would fit as LoRA with gradient checkpointing"),
    QT_TRANSLATE_NOOP("Validation", "it would fit as QLoRA with gradient checkpointing"),
    QT_TRANSLATE_NOOP("Validation", "it would fit as QLoRA with checkpointing at batch 1"),
    QT_TRANSLATE_NOOP("Validation", "even QLoRA at batch 1 needs {memory}"),
    QT_TRANSLATE_NOOP("Validation", "does not fit: no layout of up to a million GPUs holds this training state; shorten the sequence or the micro-batch, or unpin the layout values"),
    QT_TRANSLATE_NOOP("Validation", "no GPU count the planner tried trains {tokens} tokens in {days} days with any layout; allow more days or fewer tokens"),
    QT_TRANSLATE_NOOP("Validation", "no GPU count the planner tried trains {tokens} tokens in {days} days with a global batch of {batch} tokens; allow more days, fewer tokens or a larger global batch"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# A training layout as the model writes it in a message (model.plan.layout.ParallelLayout.short()).
_LAYOUT = re.compile(r"^(?P<dims>.+), ZeRO-(?P<zero>\d), micro-batch (?P<mb>\d+), recompute (?P<recompute>none|selective|full)$")


# A count as model.project.units.format_count writes it: 15.6T, 175B, 124M, 50K.
_COUNT = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<scale>[KMBT])$")
_SCALES = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def _value(text: str) -> str:
    """A value filled into a message: a layout or a count in the app's language, anything else as it is."""
    layout = _LAYOUT.match(text)
    if layout is not None:
        return layout_text(layout["dims"], layout["zero"], layout["mb"], layout["recompute"])
    count = _COUNT.match(text)
    if count is not None:
        return count_text(float(count["number"]) * _SCALES[count["scale"]])
    return text


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, ...
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(f"^{regex}$")


def rule_message(message: str) -> str:
    """One of the model's messages (several joined by "; " allowed) in the app's language."""
    out = []
    rest = message
    while rest:
        for template in RULES:
            for end in [m.start() for m in re.finditer("; ", rest)] + [len(rest)]:
                match = _pattern(template).match(rest[:end])
                if match:
                    out.append(_tr(template).format(**{name: _value(value) for name, value in match.groupdict().items()}))
                    rest = rest[end + 2:]
                    break
            else:
                continue
            break
        else:  # not one of ours: as written
            out.append(rest)
            break
    return ("；" if i18n.chinese() else "; ").join(out) if out else message


def error_message(error: dict[str, Any]) -> str:
    """A pydantic error (one item of ValidationError.errors()) in the app's language."""
    kind = error.get("type", "")
    if kind == "value_error":
        return rule_message(str(error.get("msg", "")).removeprefix("Value error, "))
    template = PYDANTIC.get(kind)
    if template is None:
        return str(error.get("msg", ""))
    context = {key: value for key, value in (error.get("ctx") or {}).items()}
    try:
        return _tr(template).format(**context)
    except (KeyError, IndexError):
        return str(error.get("msg", ""))
