"""One widget per pydantic field, built from the field's type and metadata (label, unit, range, tooltip).

`field_spec(name, info)` reads what the editor needs of a pydantic field into a plain `FieldSpec` (kept in the start
snapshot too, so the first frame is built before pydantic loads: see gui/start.py).  `make_field(spec)` is the only
factory: ints and floats get a `NumberField`
(typing "12288", "12,288" or "1.5T" all work; large values show with thousands
separators), Literals and catalog ids a combo box, bools a check box, a field of
kind "layers" a `LayerListField` ("0, 7, 10-12").  Every
field widget reports a committed user edit with its `edited` signal and is read with
`value()` (which raises ValueError for text that is not a number).

A number field commits on Enter, when it loses focus, on a spin step, or after
COMMIT_PAUSE_MS without typing, never on each keystroke: a half-typed 2048 is
never the design 204.  `finished` says the person is done with the field (Enter
or focus leaving it), which closes its undo step.
"""

from __future__ import annotations

import math
import re
import types
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from gui import i18n
from model.project.units import format_count, format_count_zh, format_value

if TYPE_CHECKING:
    from pydantic.fields import FieldInfo

_SUFFIX_EXPONENTS = {"k": 3, "m": 6, "b": 9, "g": 9, "t": 12}  # 1.5T = 1.5 x 10^12
_INT_LIMIT = 10**18
COMMIT_PAUSE_MS = 400  # a pause in typing this long commits the text (people pause longer between thoughts than keys)

# Display names of Literal choices (the values stay as the model spells them).
_CHOICE_LABELS = {
    "decoder-only": QT_TRANSLATE_NOOP("choices", "decoder-only"), "encoder-only": QT_TRANSLATE_NOOP("choices", "encoder-only"),
    "encoder-decoder": QT_TRANSLATE_NOOP("choices", "encoder-decoder"),
    "gelu": QT_TRANSLATE_NOOP("choices", "GELU"), "gelu_tanh": QT_TRANSLATE_NOOP("choices", "GELU, tanh written out (GPT-2)"),
    "relu": QT_TRANSLATE_NOOP("choices", "ReLU"), "relu2": QT_TRANSLATE_NOOP("choices", "squared ReLU (Nemotron)"), "swiglu": QT_TRANSLATE_NOOP("choices", "SwiGLU"), "geglu": QT_TRANSLATE_NOOP("choices", "GeGLU"),
    "layernorm": QT_TRANSLATE_NOOP("choices", "LayerNorm"), "rmsnorm": QT_TRANSLATE_NOOP("choices", "RMSNorm"),
    "pre": QT_TRANSLATE_NOOP("choices", "pre-norm"), "post": QT_TRANSLATE_NOOP("choices", "post-norm"),
    "sandwich": QT_TRANSLATE_NOOP("choices", "sandwich (before and after)"),
    "learned": QT_TRANSLATE_NOOP("choices", "learned table"), "sinusoidal": QT_TRANSLATE_NOOP("choices", "sinusoidal"),
    "rotary": QT_TRANSLATE_NOOP("choices", "rotary (RoPE)"), "alibi": QT_TRANSLATE_NOOP("choices", "ALiBi"),
    "relative-bias": QT_TRANSLATE_NOOP("choices", "relative bias (T5)"), "none": QT_TRANSLATE_NOOP("choices", "none"),
    "relative-embedding": QT_TRANSLATE_NOOP("choices", "relative embeddings (DeBERTa)"),
    "per-head": QT_TRANSLATE_NOOP("choices", "per head (Qwen3, Gemma 3)"),
    "full-width": QT_TRANSLATE_NOOP("choices", "full width (OLMo 2)"),
    "gated-deltanet": QT_TRANSLATE_NOOP("choices", "Gated DeltaNet (Qwen3-Next)"),
    "short-conv": QT_TRANSLATE_NOOP("choices", "short convolution (LFM2)"),
    "fp32": QT_TRANSLATE_NOOP("choices", "fp32"), "amp-bf16": QT_TRANSLATE_NOOP("choices", "autocast bf16 (PyTorch AMP)"),
    "amp-fp16": QT_TRANSLATE_NOOP("choices", "autocast fp16 (PyTorch AMP)"),
    "mixed-bf16": QT_TRANSLATE_NOOP("choices", "mixed bf16, fp32 master in optimizer (Megatron, DeepSpeed)"),
    "mixed-fp16": QT_TRANSLATE_NOOP("choices", "mixed fp16, fp32 master in optimizer (Megatron, DeepSpeed)"),
    "bf16": QT_TRANSLATE_NOOP("choices", "pure bf16"), "fp8": QT_TRANSLATE_NOOP("choices", "fp8 (Transformer Engine)"),
    "int8": QT_TRANSLATE_NOOP("choices", "int8"), "int4": QT_TRANSLATE_NOOP("choices", "int4"),
    "adamw": QT_TRANSLATE_NOOP("choices", "AdamW"), "sgd-momentum": QT_TRANSLATE_NOOP("choices", "SGD with momentum"),
    "adafactor": QT_TRANSLATE_NOOP("choices", "Adafactor"),
    "auto": QT_TRANSLATE_NOOP("choices", "auto"), "manual": QT_TRANSLATE_NOOP("choices", "manual"),
    "selective": QT_TRANSLATE_NOOP("choices", "selective"), "full": QT_TRANSLATE_NOOP("choices", "full"),
    "all-to-all": QT_TRANSLATE_NOOP("choices", "all-to-all (every expert copy)"),
    "per-node": QT_TRANSLATE_NOOP("choices", "once per node (DeepEP)"),
    "both": QT_TRANSLATE_NOOP("choices", "both stacks"), "encoder": QT_TRANSLATE_NOOP("choices", "encoder only"),
    "decoder": QT_TRANSLATE_NOOP("choices", "decoder only"),
    # GPU generations (the families' own names, with a member people know)
    "volta": QT_TRANSLATE_NOOP("choices", "Volta (V100)"), "ampere": QT_TRANSLATE_NOOP("choices", "Ampere (A100)"),
    "ada": QT_TRANSLATE_NOOP("choices", "Ada (L40S)"), "hopper": QT_TRANSLATE_NOOP("choices", "Hopper (H100, H200)"),
    "blackwell": QT_TRANSLATE_NOOP("choices", "Blackwell (B200)"), "cdna3": QT_TRANSLATE_NOOP("choices", "CDNA 3 (MI300X)"),
    "cdna4": QT_TRANSLATE_NOOP("choices", "CDNA 4 (MI355X)"), "ascend": QT_TRANSLATE_NOOP("choices", "Ascend (Huawei)"),
    "tpu": QT_TRANSLATE_NOOP("choices", "TPU (Google)"),
    # fine-tuning
    "lora": QT_TRANSLATE_NOOP("choices", "LoRA"), "qlora": QT_TRANSLATE_NOOP("choices", "QLoRA (4-bit base)"),
    "freeze": QT_TRANSLATE_NOOP("choices", "freeze (train the last layers)"), "dora": QT_TRANSLATE_NOOP("choices", "DoRA"),
    "q_v": QT_TRANSLATE_NOOP("choices", "query and value"), "attention": QT_TRANSLATE_NOOP("choices", "attention projections"),
    "mlp": QT_TRANSLATE_NOOP("choices", "MLP only"), "all_linear": QT_TRANSLATE_NOOP("choices", "all linear layers"),
    "adamw-8bit": QT_TRANSLATE_NOOP("choices", "8-bit AdamW (bitsandbytes)"),
    "paged-adamw-8bit": QT_TRANSLATE_NOOP("choices", "paged 8-bit AdamW (bitsandbytes)"),
    # serving weight formats
    "awq-int4": QT_TRANSLATE_NOOP("choices", "AWQ int4"), "gptq-int4": QT_TRANSLATE_NOOP("choices", "GPTQ int4"),
    "gptq-int3": QT_TRANSLATE_NOOP("choices", "GPTQ int3"), "nf4": QT_TRANSLATE_NOOP("choices", "NF4 (bitsandbytes)"),
    "gguf-q8_0": QT_TRANSLATE_NOOP("choices", "GGUF Q8_0"), "gguf-q6_k": QT_TRANSLATE_NOOP("choices", "GGUF Q6_K"),
    "gguf-q5_k_m": QT_TRANSLATE_NOOP("choices", "GGUF Q5_K_M"), "gguf-q4_k_m": QT_TRANSLATE_NOOP("choices", "GGUF Q4_K_M"),
    "gguf-q3_k_m": QT_TRANSLATE_NOOP("choices", "GGUF Q3_K_M"), "gguf-q2_k": QT_TRANSLATE_NOOP("choices", "GGUF Q2_K"),
}


def model_text(text: str) -> str:
    """English text from the model (labels, tooltips), translatable in the "model" context."""
    return QCoreApplication.translate("model", text)


def catalog_text(label: str) -> str:
    """A catalog entry in the app's language: its name translated ("China" -> "中国"), the figures after it as they
    are ("China (0.537 kg/kWh, 2023)")."""
    name, bracket, figures = label.rpartition(" (")
    return model_text(name) + bracket + figures if bracket else model_text(label)


def choice_text(value: str) -> str:
    """How a choice of the model (a Literal value such as "rmsnorm" or "decoder-only") reads in the app's language."""
    return QCoreApplication.translate("choices", _CHOICE_LABELS.get(value, value))


def layout_text(dims: str, zero_stage: int | str, micro_batch_size: int | str, recompute: str) -> str:
    """A training layout, 'TP 8 × PP 16 × DP 128, ZeRO-1, micro-batch 1, recomputation: none', in the app's language
    (ParallelLayout.dimensions() and the rest of what ParallelLayout.short() says)."""
    return QCoreApplication.translate("PlanView", "{dims}, ZeRO-{zero}, micro-batch {mb}, recomputation: {recompute}").format(
        dims=dims, zero=zero_stage, mb=micro_batch_size, recompute=choice_text(recompute))


def count_text(n: float, digits: int = 3) -> str:
    """A count the way the reader writes it: 175B, or 1750亿 when the app speaks Chinese."""
    return format_count_zh(n, digits) if i18n.chinese() else format_count(n, digits)


def value_text(value: float, unit: str) -> str:
    """A figure's value with its unit, in the app's language (1.4万亿 词元 / 1.4T tokens)."""
    return format_value(value, unit, chinese=i18n.chinese())


@dataclass(frozen=True)
class FieldSpec:
    """What the editor needs of one model field, as plain data (JSON in the start snapshot).

    kind: "bool", "choice" (a Literal: `choices` are its values), "catalog" (ids from resources, `choices` are
    (id, name)), "text", "int", "float", "layers" (a set of layer indices) or "nested" (an optional sub-model:
    `model` names its class as "module:Class", `fields` are its own)."""

    name: str
    title: str  # English, translated where shown (the "model" context)
    description: str
    kind: str
    default: Any = None
    optional: bool = False
    empty: str = ""  # what an empty optional number means: "auto" (the model chooses) or "none"
    choices: tuple[tuple[str, str], ...] = ()
    low: float | None = None
    high: float | None = None
    strict: bool = False  # the lower bound itself is not allowed (gt rather than ge)
    step: float | None = None
    unit: str = ""
    group: str = ""
    model: str = ""
    fields: tuple[FieldSpec, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FieldSpec:
        return cls(**{**data, "choices": tuple(tuple(c) for c in data.get("choices", ())),
                      "fields": tuple(cls.from_json(f) for f in data.get("fields", ()))})


def field_extra(info: FieldInfo) -> dict[str, Any]:
    extra = info.json_schema_extra
    return extra if isinstance(extra, dict) else {}


def unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    """(inner type, is optional) for `X | None`."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


def editor_fields(model_class) -> dict[str, FieldInfo]:
    """The fields of a pydantic model the editor shows ("editor": False in a field's metadata keeps it out)."""
    return {name: info for name, info in model_class.model_fields.items() if field_extra(info).get("editor", True)}


def field_spec(name: str, info: FieldInfo) -> FieldSpec:
    """A pydantic field read into a FieldSpec (its type, bounds, step, unit, group, choices)."""
    import annotated_types

    from gui.catalog import catalog_choices

    kind, optional = unwrap_optional(info.annotation)
    extra = field_extra(info)
    empty = (extra.get("empty") or ("auto" if info.default is None else "none")) if optional else ""
    spec = FieldSpec(name=name, title=info.title or info.description or name, description=info.description or "", kind="",
                     default=info.default, optional=optional, empty=empty, unit=extra.get("unit", ""), group=extra.get("group", ""))
    if isinstance(kind, type) and hasattr(kind, "model_fields"):
        return replace(spec, kind="nested", default=None, model=f"{kind.__module__}:{kind.__qualname__}",
                       fields=tuple(field_spec(n, i) for n, i in editor_fields(kind).items()))
    if extra.get("kind") == "layers":
        return replace(spec, kind="layers")
    if kind is bool:
        return replace(spec, kind="bool")
    if get_origin(kind) is Literal:
        return replace(spec, kind="choice", choices=tuple((v, v) for v in get_args(kind)))
    if kind is str:
        choices = catalog_choices(name)
        return replace(spec, kind="catalog", choices=choices) if choices else replace(spec, kind="text")
    if kind in (int, float):
        low = high = None
        strict = False
        for item in info.metadata:  # the field's ge/gt/le/lt constraints
            if isinstance(item, annotated_types.Ge):
                low = item.ge
            elif isinstance(item, annotated_types.Gt):
                low, strict = item.gt, True
            elif isinstance(item, annotated_types.Le):
                high = item.le
            elif isinstance(item, annotated_types.Lt):
                high = item.lt
        return replace(spec, kind=kind.__name__, low=low, high=high, strict=strict, step=extra.get("step"))
    raise TypeError(f"no editor widget for field {name!r} of type {info.annotation!r}")


def parse_number(text: str, integer: bool) -> int | float | None:
    """'12,288' -> 12288; '1.5T' -> 1500000000000; '' -> None. Raises ValueError with a readable message."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    if not cleaned:
        return None
    from decimal import Decimal, InvalidOperation  # exact for "1.5T"; imported when first needed, not at the start

    multiplier = Decimal(1)
    if cleaned[-1].lower() in _SUFFIX_EXPONENTS:
        multiplier, cleaned = Decimal(10) ** _SUFFIX_EXPONENTS[cleaned[-1].lower()], cleaned[:-1]
    try:
        number = Decimal(cleaned) * multiplier
    except InvalidOperation:
        raise ValueError(QCoreApplication.translate("NumberField", "not a number: {text}").format(text=text.strip())) from None
    if not number.is_finite():
        raise ValueError(QCoreApplication.translate("NumberField", "not a finite number"))
    if integer:
        if number != number.to_integral_value():
            raise ValueError(QCoreApplication.translate("NumberField", "must be a whole number"))
        if abs(number) > _INT_LIMIT:
            raise ValueError(QCoreApplication.translate("NumberField", "too large"))
        return int(number)
    return float(number)


class NumberField(QAbstractSpinBox):
    """A spin box for int or float values of any size, with an optional "auto" (None) value.

    Any number can be typed (the model, not the widget, decides what is valid,
    so an out-of-range value is shown with the model's message instead of being
    silently refused).  Arrow keys and the wheel step by the field's step, or
    by about a tenth of the value's order of magnitude when it has none.
    """

    edited = Signal()  # the text was committed (Enter, focus out, spin step, pause in typing)
    finished = Signal()  # Enter or focus out: the person is done with this field for now

    def __init__(self, *, integer: bool, low: float | None, high: float | None, step: float | None, special: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._integer = integer
        self._low, self._high, self._step = low, high, step
        self._special = special  # what None means ("auto"); None if the field is required
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000,000,000,000") + 30)
        self.lineEdit().setPlaceholderText(special or "")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(COMMIT_PAUSE_MS)
        self._pause.timeout.connect(self.edited)
        self.lineEdit().textEdited.connect(lambda _text: self._pause.start())
        self.lineEdit().installEventFilter(self)
        self.lineEdit().setAcceptDrops(False)  # a file dropped on a field opens it (the window's drop), never pastes its path
        self.editingFinished.connect(self._on_editing_finished)

    # --- reading and writing ---------------------------------------------------------
    def value(self) -> int | float | None:
        text = self.lineEdit().text()
        if self._special is not None and text.strip().lower() == self._special.lower():
            return None
        number = parse_number(text, self._integer)
        if number is None and self._special is None:
            raise ValueError(QCoreApplication.translate("NumberField", "enter a number"))
        return number

    def text_for(self, value: int | float | None) -> str:
        if value is None:
            return ""  # the greyed hint inside the empty field says "auto" (and what it resolved to)
        if self._integer:
            return f"{int(value):,}"
        return f"{value:.6g}"

    def set_resolved(self, text: str) -> None:
        """Greyed inside the empty field: what "auto" stands for in the current report ("auto: 3.49T")."""
        if self._special is not None:
            self.lineEdit().setPlaceholderText(f"{self._special}: {text}" if text else self._special)

    def commit_pending(self) -> None:
        """Commit typed text now (before a save or an export) instead of after the pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.edited.emit()

    def set_value(self, value: int | float | None) -> None:
        """Show `value` unless the text already means it (so typing is never reformatted mid-word)."""
        self._pause.stop()  # a value from outside (undo, preset) replaces what was being typed
        text = self.text_for(value)
        if self.lineEdit().text() == text:
            return
        try:
            if value is not None and self.value() == value:
                return
        except ValueError:
            pass
        self.lineEdit().setText(text)

    # --- QAbstractSpinBox ------------------------------------------------------------------
    def validate(self, text: str, pos: int) -> QValidator.State:  # noqa: ARG002 - Qt's signature
        return QValidator.State.Acceptable  # every text is accepted; the model judges it

    def fixup(self, text: str) -> str:
        return text

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled

    def _step_for(self, value: float) -> float:
        if self._step:
            return self._step
        if self._integer:
            return max(1, 10 ** (int(math.log10(abs(value))) - 1)) if value else 1
        return 10 ** (math.floor(math.log10(abs(value))) - 1) if value else 0.1

    def stepBy(self, steps: int) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        floor = self._low if self._low is not None else 0
        if current is None:
            new = floor if steps > 0 else None
        else:
            new = current + steps * self._step_for(current)
            new = int(round(new)) if self._integer else float(f"{new:.10g}")
            if self._high is not None:
                new = min(new, self._high)
            if new < floor:
                # below the lowest value: an optional field steps on to "auto"
                new = None if self._special is not None and current <= floor else floor
        if new is None and self._special is None:
            return
        self._pause.stop()
        self.lineEdit().setText(self.text_for(new))
        self.edited.emit()

    @staticmethod
    def _is_undo_shortcut(event) -> bool:
        return event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        )

    def event(self, event) -> bool:
        # Undo and redo belong to the window (every edit, as a step), not to this field's text alone:
        # a text-only undo would change the number without the design following it.
        if self._is_undo_shortcut(event):
            event.ignore()
            return True
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.lineEdit() and self._is_undo_shortcut(event):  # the line edit would take it as its own
            self.commit_pending()  # what was typed becomes a step first, so undo takes back exactly that
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def wheelEvent(self, event) -> None:
        # Scrolling the editor must not change the number under the mouse by accident.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def _on_editing_finished(self) -> None:
        """Enter or focus out: commit what was typed, show it in its readable form (thousands separators)."""
        if self._pause.isActive():
            self._pause.stop()
            self.edited.emit()
        try:
            text = self.text_for(self.value())
        except ValueError:
            text = self.lineEdit().text()
        if text != self.lineEdit().text():
            self.lineEdit().setText(text)
        self.finished.emit()


# Between layer indices: commas, semicolons, spaces, and their Chinese forms (，、；).
_LAYER_SEPARATORS = re.compile(r"[,;，、；\s]+")
_LAYER_RANGE = re.compile(r"^(\d+)\s*(?:-|–|\.\.)\s*(\d+)$")


def parse_layer_list(text: str) -> tuple[int, ...] | None:
    """'0, 5, 10-12' -> (0, 5, 10, 11, 12), sorted, each index once; '' -> None. Raises ValueError in words."""
    # a range's dash may have spaces around it ("10 - 12"): join them before splitting on spaces
    cleaned = re.sub(r"\s*(-|–|\.\.)\s*", r"\1", text.strip())
    layers: set[int] = set()
    for part in _LAYER_SEPARATORS.split(cleaned):
        if not part:
            continue
        if part.isdecimal():
            first = last = int(part)
        elif match := _LAYER_RANGE.match(part):
            first, last = int(match[1]), int(match[2])
            if first > last:
                raise ValueError(QCoreApplication.translate("LayerListField", "a range goes from the lower index to the higher: {text}").format(text=part))
        else:
            raise ValueError(QCoreApplication.translate("LayerListField", "not a layer index (0, 1, 2 ...) or a range (10-12): {text}").format(text=part))
        from model.design.architecture import MAX_LAYERS  # here, not at the top: the first frame comes before pydantic

        if last >= MAX_LAYERS:  # checked before the range is spelled out, so "0-10000000000" costs nothing
            raise ValueError(QCoreApplication.translate("LayerListField", "layer indices go from 0 to {last}: {text}").format(last=f"{MAX_LAYERS - 1:,}", text=part))
        layers.update(range(first, last + 1))
    return tuple(sorted(layers)) or None


def layer_list_text(layers: tuple[int, ...] | None) -> str:
    """(0, 5, 10, 11, 12) -> '0, 5, 10-12': runs of three or more as a range."""
    runs: list[list[int]] = []
    for index in sorted(set(layers or ())):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return ", ".join(f"{run[0]}-{run[-1]}" if len(run) >= 3 else ", ".join(map(str, run)) for run in runs)


class LayerListField(QLineEdit):
    """A set of layer indices typed as "0, 5, 10-12" (empty: none).

    Commits as a number field does (Enter, focus out, a pause in typing, never each keystroke),
    and on Enter or focus out shows the list in its canonical form (sorted, runs as ranges).
    Whether the layers exist in the design is the model's rule, shown at the field like any other.
    """

    edited = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("NumberField", "none"))
        self.setAcceptDrops(False)  # a file dropped on a field opens it (the window's drop), never pastes its path
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(COMMIT_PAUSE_MS)
        self._pause.timeout.connect(self.edited)
        self.textEdited.connect(lambda _text: self._pause.start())
        self.editingFinished.connect(self._on_editing_finished)

    def value(self) -> tuple[int, ...] | None:
        return parse_layer_list(self.text())

    def set_value(self, value: tuple[int, ...] | list[int] | None) -> None:
        """Show `value` unless the text already means it (so typing is never rewritten mid-word)."""
        self._pause.stop()  # a value from outside (undo, preset) replaces what was being typed
        layers = tuple(value) if value else None
        try:
            if self.value() == layers:
                return
        except ValueError:
            pass
        self.setText(layer_list_text(layers))

    def commit_pending(self) -> None:
        if self._pause.isActive():
            self._pause.stop()
            self.edited.emit()

    def event(self, event) -> bool:
        # Undo and redo belong to the window, as in NumberField: what was typed becomes a step first.
        if NumberField._is_undo_shortcut(event):
            self.commit_pending()
            event.ignore()
            return True
        return super().event(event)

    def _on_editing_finished(self) -> None:
        self.commit_pending()
        try:
            text = layer_list_text(self.value())
        except ValueError:
            text = self.text()
        if text != self.text():
            self.setText(text)
        self.finished.emit()


class ChoiceField(QComboBox):
    edited = Signal()

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: QWidget | None = None):
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)
        # narrow enough for the editor column (the open list still shows each choice in full)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.activated.connect(lambda _index: self.edited.emit())

    def value(self) -> str:
        return self.currentData()

    def set_resolved(self, text: str) -> None:
        """The "auto" choice says what it stands for in the current report ("auto: full"), as an empty number field does."""
        index = self.findData("auto")
        if index >= 0:
            self.setItemText(index, f"{choice_text('auto')}: {text}" if text else choice_text("auto"))

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # an id the catalog lacks (from a file): keep it selectable
            self.addItem(value, value)
            index = self.count() - 1
        if index != self.currentIndex():
            self.setCurrentIndex(index)


class TextField(QLineEdit):
    """Free text (a custom GPU's name); commits on Enter or focus out, like a number field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editingFinished.connect(self._on_finished)
        self._committed = ""

    def _on_finished(self) -> None:
        if self.text() != self._committed:
            self._committed = self.text()
            self.edited.emit()

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str) -> None:
        self._committed = value
        if value != self.text():
            self.setText(value)


class BoolField(QCheckBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.clicked.connect(lambda _checked: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        if value != self.isChecked():
            self.setChecked(value)


def make_field(spec: FieldSpec) -> QWidget:
    """The widget for one scalar field."""
    if spec.kind == "layers":
        return LayerListField()
    if spec.kind == "bool":
        return BoolField()
    if spec.kind == "choice":
        return ChoiceField(tuple((value, choice_text(value)) for value, _ in spec.choices))
    if spec.kind == "catalog":
        return ChoiceField(tuple((value, catalog_text(label)) for value, label in spec.choices))
    if spec.kind == "text":
        return TextField()
    if spec.kind in ("int", "float"):
        integer = spec.kind == "int"
        low = spec.low
        if spec.strict and low is not None:  # gt 0 for a float: step up from the smallest sensible value
            low = low + (spec.step or (1 if integer else 0.01))
        special = None
        if spec.empty == "auto":
            special = QCoreApplication.translate("NumberField", "auto")
        elif spec.empty == "none":
            special = QCoreApplication.translate("NumberField", "none")
        return NumberField(integer=integer, low=low, high=spec.high, step=spec.step, special=special)
    raise TypeError(f"no editor widget for field {spec.name!r} of kind {spec.kind!r}")


def short_number(value: float) -> str:
    """A field's number in short: 3.49T, 163,840 (thousands separators), 0.475."""
    if isinstance(value, int) or float(value).is_integer():
        return count_text(value) if abs(value) >= 10_000 else f"{int(value):,}"
    return f"{value:.3g}"


class UnitHint(QLabel):
    """Grey text after a field: its unit and, for large numbers, the short form ("tokens · 2T")."""

    def __init__(self, unit: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._unit = unit
        self.setForegroundRole(QPalette.ColorRole.Mid)  # grey, as a style sheet would make it, without one per field
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("tokens · 999.9T"))

    def show_value(self, value: Any) -> None:
        parts = [model_text(self._unit)] if self._unit else []
        if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 10_000:
            parts.append(count_text(value))
        self.setText(" · ".join(parts))
