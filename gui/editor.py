"""The design editor: every field of Architecture and Workload, built from the model's metadata.

The editor holds no numbers of its own.  When a field commits (Enter, focus out,
a spin step, a pause in typing: see gui.fields) it reads all of its widgets into
a dict, validates a whole `Design` from it and either emits
`designEdited(design, field)` (`field` the dotted path of the edited field, ""
for a preset or a switched group, so the undo stack can merge the commits of one
field until `stepClosed(field)`) or marks what is wrong at the field and emits
`problemsChanged(text)` for the window's stale-results banner, so the rest of the
window keeps showing the last committed valid design.  `show_design(design)`
puts a design into the widgets without emitting anything; the window calls it
from `_apply`, the single entry point for every change.

Each page is built from the field metadata's groups: one group box per group,
the boxes in as many columns as the width allows (GroupColumns), each box a form
whose labels move above their fields when the column is narrow.  New fields and
groups appear without changes here.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.catalog import presets_by_family
from gui.fields import (
    ChoiceField,
    FieldSpec,
    NumberField,
    UnitHint,
    choice_text,
    count_text,
    editor_fields,
    field_spec,
    make_field,
    model_text,
    short_number,
)
from gui.messages import error_message
from model.project.units import format_int

if TYPE_CHECKING:  # the model's modules load after the first frame (gui/start.py); each is imported where it is used
    from gui.start import StartFrame
    from model.design.design import Design
    from model.project.report import Report

Path = tuple[str, ...]
Data = dict[str, Any]

GROUP_TITLES = {
    "family": QT_TRANSLATE_NOOP("Editor", "Model family"),
    "sizes": QT_TRANSLATE_NOOP("Editor", "Sizes"),
    "attention": QT_TRANSLATE_NOOP("Editor", "Attention"),
    "ffn": QT_TRANSLATE_NOOP("Editor", "Feed-forward block (FFN)"),
    "norms": QT_TRANSLATE_NOOP("Editor", "Normalisation"),
    "biases": QT_TRANSLATE_NOOP("Editor", "Biases"),
    "positions": QT_TRANSLATE_NOOP("Editor", "Position information"),
    "embeddings": QT_TRANSLATE_NOOP("Editor", "Embeddings and output head"),
    "moe": QT_TRANSLATE_NOOP("Editor", "Mixture of Experts (MoE)"),
    "mtp": QT_TRANSLATE_NOOP("Editor", "Multi-token prediction (MTP)"),
    "hybrid": QT_TRANSLATE_NOOP("Editor", "Hybrid: layers without attention"),
    "multimodal": QT_TRANSLATE_NOOP("Editor", "Multimodal release"),
    "training": QT_TRANSLATE_NOOP("Editor", "Training"),
    "hardware": QT_TRANSLATE_NOOP("Editor", "Hardware and parallelism"),
    "cluster": QT_TRANSLATE_NOOP("Editor", "GPUs and cluster"),
    "layout": QT_TRANSLATE_NOOP("Editor", "Parallel layout (empty: the planner chooses)"),
    "energy": QT_TRANSLATE_NOOP("Editor", "Energy, carbon and cost"),
    "inference": QT_TRANSLATE_NOOP("Editor", "Inference"),
    "serving": QT_TRANSLATE_NOOP("Editor", "Serving"),
    "finetune": QT_TRANSLATE_NOOP("Editor", "Fine-tuning"),
}

FAMILY_TITLES = {
    "decoder-only": QT_TRANSLATE_NOOP("Editor", "Decoder-only (GPT, LLaMA)"),
    "encoder-only": QT_TRANSLATE_NOOP("Editor", "Encoder-only (BERT)"),
    "encoder-decoder": QT_TRANSLATE_NOOP("Editor", "Encoder-decoder (T5, BART)"),
}


def _arch(data: Data) -> Data:
    return data["architecture"]


# Fields that only mean something in some designs: (applies to this design?, why not).
# A field that does not apply is greyed out and gets its default, so it never causes a
# validation error the person cannot see the reason for.
RULES: dict[Path, tuple[Callable[[Data], bool], str]] = {
    ("architecture", "n_decoder_layers"): (lambda d: _arch(d)["family"] == "encoder-decoder", QT_TRANSLATE_NOOP("Editor", "Only for encoder-decoder models.")),
    ("architecture", "pooler"): (lambda d: _arch(d)["family"] == "encoder-only", QT_TRANSLATE_NOOP("Editor", "Only for encoder-only models.")),
    ("architecture", "parallel_block"): (lambda d: _arch(d)["family"] != "encoder-decoder", QT_TRANSLATE_NOOP("Editor", "Not defined for encoder-decoder models.")),
    ("architecture", "parallel_norms"): (lambda d: _arch(d)["parallel_block"], QT_TRANSLATE_NOOP("Editor", "Only with parallel attention and FFN.")),
    ("architecture", "n_kv_heads"): (lambda d: _arch(d)["mla"] is None, QT_TRANSLATE_NOOP("Editor", "Latent attention has no separate key/value heads.")),
    ("architecture", "bias_norm"): (lambda d: _arch(d)["norm"] == "layernorm", QT_TRANSLATE_NOOP("Editor", "Only for LayerNorm (RMSNorm has no bias).")),
    ("architecture", "position_offset"): (lambda d: _arch(d)["position_type"] == "learned", QT_TRANSLATE_NOOP("Editor", "Only for learned positions.")),
    ("architecture", "rotary_fraction"): (lambda d: _arch(d)["position_type"] == "rotary", QT_TRANSLATE_NOOP("Editor", "Only for rotary positions.")),
    ("architecture", "relative_buckets"): (
        lambda d: _arch(d)["position_type"] in ("relative-bias", "relative-embedding"),
        QT_TRANSLATE_NOOP("Editor", "Only for relative positions (T5 bias, DeBERTa embeddings)."),
    ),
    ("architecture", "full_attention_every"): (lambda d: _arch(d)["sliding_window"] is not None, QT_TRANSLATE_NOOP("Editor", "Only with a sliding window.")),
    ("architecture", "transient_global"): (lambda d: _arch(d)["family"] == "encoder-decoder", QT_TRANSLATE_NOOP("Editor", "Only for encoder-decoder models.")),
    ("architecture", "mtp_modules"): (lambda d: _arch(d)["family"] == "decoder-only", QT_TRANSLATE_NOOP("Editor", "Only for decoder-only models.")),
    ("architecture", "count_mtp"): (lambda d: _arch(d)["mtp_modules"] > 0, QT_TRANSLATE_NOOP("Editor", "Only with MTP modules.")),
    ("architecture", "mtp_embedding_copies"): (lambda d: _arch(d)["mtp_modules"] > 0, QT_TRANSLATE_NOOP("Editor", "Only with MTP modules.")),
    ("architecture", "linear_mixer", "key_heads"): (lambda d: _arch(d)["linear_mixer"]["kind"] == "gated-deltanet", QT_TRANSLATE_NOOP("Editor", "Only for Gated DeltaNet.")),
    ("architecture", "linear_mixer", "value_heads"): (lambda d: _arch(d)["linear_mixer"]["kind"] == "gated-deltanet", QT_TRANSLATE_NOOP("Editor", "Only for Gated DeltaNet.")),
    ("architecture", "linear_mixer", "key_head_dim"): (lambda d: _arch(d)["linear_mixer"]["kind"] == "gated-deltanet", QT_TRANSLATE_NOOP("Editor", "Only for Gated DeltaNet.")),
    ("architecture", "linear_mixer", "value_head_dim"): (lambda d: _arch(d)["linear_mixer"]["kind"] == "gated-deltanet", QT_TRANSLATE_NOOP("Editor", "Only for Gated DeltaNet.")),
    ("architecture", "linear_mixer", "conv_bias"): (lambda d: _arch(d)["linear_mixer"]["kind"] == "short-conv", QT_TRANSLATE_NOOP("Editor", "Only for the short convolution.")),
    ("architecture", "qk_norm"): (lambda d: _arch(d)["mla"] is None, QT_TRANSLATE_NOOP("Editor", "Not defined for latent attention.")),
    ("architecture", "qk_norm_bias"): (
        lambda d: _arch(d)["qk_norm"] != "none" and _arch(d)["norm"] == "layernorm" and _arch(d)["mla"] is None,
        QT_TRANSLATE_NOOP("Editor", "Only with a query/key norm of LayerNorm type."),
    ),
    ("architecture", "conv_after_first_layer"): (lambda d: _arch(d)["family"] == "encoder-only", QT_TRANSLATE_NOOP("Editor", "Only for encoder-only models.")),
    ("architecture", "moe", "stacks"): (lambda d: _arch(d)["family"] == "encoder-decoder", QT_TRANSLATE_NOOP("Editor", "Only for encoder-decoder models.")),
    ("architecture", "moe", "shared_expert_d_ff"): (lambda d: _arch(d)["moe"]["n_shared_experts"] > 0, QT_TRANSLATE_NOOP("Editor", "Only with shared experts.")),
    ("architecture", "moe", "shared_expert_gate"): (lambda d: _arch(d)["moe"]["n_shared_experts"] > 0, QT_TRANSLATE_NOOP("Editor", "Only with shared experts.")),
    ("workload", "gpu"): (lambda d: d["workload"]["custom_gpu"] is None, QT_TRANSLATE_NOOP("Editor", "The custom GPU below is used instead.")),
}

# Values a switched-on sub-model starts from, besides its own defaults.
NESTED_START: dict[Path, Callable[[Data], Data]] = {
    ("architecture", "moe"): lambda d: {"expert_d_ff": _arch(d)["d_ff"]},
    ("workload", "custom_gpu"): lambda d: _custom_gpu_start(d["workload"]["gpu"]),  # the selected GPU's values, to edit
}


def _custom_gpu_start(gpu_id: str) -> Data:
    from model.estimate.hardware import custom_gpu_start

    return custom_gpu_start(gpu_id)


PAGES = ((("architecture",), QT_TRANSLATE_NOOP("Editor", "Architecture")),
         (("workload",), QT_TRANSLATE_NOOP("Editor", "Workload assumptions")))


@cache
def page_specs() -> tuple[tuple[FieldSpec, ...], ...]:
    """The fields of each page of PAGES, from the model (Architecture, Workload), in the model's order."""
    from model.design.architecture import Architecture
    from model.estimate.workload import Workload

    return tuple(tuple(field_spec(name, info) for name, info in editor_fields(model_class).items()) for model_class in (Architecture, Workload))


def preset_of(design: Design) -> str | None:
    """The preset whose architecture `design` has, if any (the picker shows it)."""
    from model.design.presets import load_presets

    return next((p.id for p in load_presets().values() if p.architecture == design.architecture), None)


def get_path(data: Data, path: Path) -> Any:
    for key in path:
        if data is None:
            return None
        data = data[key]
    return data


def set_path(data: Data, path: Path, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


class FieldRow:
    """One field of a form: its label, and beside or under it the widget, the unit hint and an error line
    (made when first needed, hidden when fine).  `field` holds all but the label, as the form's field for that row."""

    def __init__(self, path: Path, spec: FieldSpec):
        self.path = path
        self.spec = spec
        self.tooltip = model_text(spec.description)
        self.label = QLabel(model_text(spec.title))
        self.label.setWordWrap(True)
        self.widget = make_field(spec)
        self.widget.setObjectName(".".join(path))
        self.hint = UnitHint(spec.unit)
        for widget in (self.label, self.widget):
            widget.setToolTip(self.tooltip)
        self.label.setBuddy(self.widget)
        self.field = QWidget()  # the form's field of this row; the error line goes in a row of its own below
        line = QHBoxLayout(self.field)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.widget, 1)
        line.addWidget(self.hint)
        self.form: QFormLayout | None = None  # set when the row is added to its form
        self._error: QLabel | None = None
        self._message = ""  # what is wrong with the value ("" when fine)
        self._reason = ""  # why the field does not apply to this design ("" when it does)

    @property
    def error(self) -> QLabel:
        """The line under the field that says what is wrong."""
        if self._error is None:  # most fields never need one; not making 70 of them keeps the first frame quick
            self._error = QLabel()
            self._error.setWordWrap(True)
            self._error.setStyleSheet("color: #c62828;")
            row, _role = self.form.getWidgetPosition(self.label)
            self.form.insertRow(row + 1, self._error)
            self.form.setRowVisible(self._error, False)
        return self._error

    def has_error_line(self) -> bool:
        return self._error is not None

    @property
    def default(self) -> Any:
        return self.spec.default

    def value(self) -> Any:
        value = self.widget.value()
        self.hint.show_value(value)
        return value

    def set_value(self, value: Any) -> None:
        self.widget.set_value(value)
        self.hint.show_value(value)

    def set_error(self, message: str | None) -> None:
        message = message or ""
        if message == self._message:
            return
        self._message = message
        self.error.setText(message)
        self.form.setRowVisible(self.error, bool(message))
        self.widget.setStyleSheet("border: 2px solid #c62828;" if message else "")
        self._show_tooltip()

    def set_applicable(self, applicable: bool, reason: str) -> None:
        reason = "" if applicable else _tr(reason)
        if reason == self._reason and self.widget.isEnabled() == applicable:
            return
        self._reason = reason
        self.widget.setEnabled(applicable)
        self.label.setEnabled(applicable)
        self._show_tooltip()

    def _show_tooltip(self) -> None:
        """What is wrong, then why the field does not apply, then what it is."""
        self.widget.setToolTip("\n\n".join(text for text in (self._message, self._reason, self.tooltip) if text))


def new_form() -> QFormLayout:
    """A form whose labels sit beside their fields when there is room, above them when not."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


class NestedBox(QGroupBox):
    """A checkable box for an optional sub-model (MoE, MLA, custom GPU): unchecked means None, and shows only its title;
    its fields are made the first time it is switched on (most designs never switch on most of them)."""

    def __init__(self, path: Path, spec: FieldSpec, title: str):
        super().__init__(title)
        self.path = path
        self.spec = spec
        self.setCheckable(True)
        self.setToolTip(model_text(spec.description))
        self.setObjectName(".".join(path))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.hide()
        layout.addWidget(self.summary)
        self.off_note = QLabel(model_text(spec.description))  # what switching it on means, while it is off
        self.off_note.setWordWrap(True)
        self.off_note.setForegroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(self.off_note)
        self.form = new_form()
        layout.addLayout(self.form)
        self.rows: list[FieldRow] = []

    def show_fields(self, on: bool) -> None:
        """The fields while switched on (each error line only with its error); the note while off."""
        self.off_note.setVisible(not on)
        for row in self.rows:
            self.form.setRowVisible(row.label, on)
            if row.has_error_line():
                self.form.setRowVisible(row.error, on and bool(row.error.text()))

    def start_values(self, data: Data) -> Any:
        """The sub-model as it starts when switched on (validated: its defaults, and NESTED_START's values from `data`)."""
        module, name = self.spec.model.split(":")
        model_class = getattr(importlib.import_module(module), name)
        return model_class.model_validate(NESTED_START.get(self.path, lambda _d: {})(data))


class GroupColumns(QWidget):
    """Group boxes in as many columns as fit (each at least COLUMN_WIDTH wide), in reading order:
    down the first column, then the next.  Never wider than its parent gives it, so no sideways scrolling."""

    COLUMN_WIDTH = 420

    def __init__(self, boxes: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes = boxes
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._columns: list[QVBoxLayout] = []
        self._arrange(1)

    def column_count(self) -> int:
        return len(self._columns)

    def add_boxes(self, boxes: list[QWidget]) -> None:
        """More boxes after the others: in one column they only extend it downwards (its layout is kept, not made
        again: PySide can hand out a stale wrapper for the address of a layout item it deleted)."""
        if not boxes:
            return
        self.boxes += boxes
        if len(self._columns) == 1:
            column = self._columns[0]
            for box in boxes:
                column.insertWidget(column.count() - 1, box)  # before the stretch at the bottom
        else:
            self._arrange(len(self._columns))

    def _arrange(self, n: int) -> None:
        for column in self._columns:
            for box in self.boxes:
                column.removeWidget(box)
            self._row.removeItem(column)
        # contiguous runs of boxes of about equal height, so the order reads down then across (one column needs no
        # heights: asking every box for its size hint is a tenth of the first frame)
        heights = [box.sizeHint().height() for box in self.boxes] if n > 1 else [0] * len(self.boxes)
        target = sum(heights) / n
        self._columns = [QVBoxLayout() for _ in range(n)]
        index, filled = 0, 0.0
        for box, height in zip(self.boxes, heights, strict=True):
            if filled and filled + height / 2 > target and index < n - 1:
                index, filled = index + 1, 0.0
            self._columns[index].addWidget(box)
            filled += height
        for column in self._columns:
            column.addStretch(1)
            self._row.addLayout(column, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        n = max(1, min(len(self.boxes), event.size().width() // self.COLUMN_WIDTH))
        if n != len(self._columns):
            self._arrange(n)


class PresetPicker(QComboBox):
    """Presets grouped by family, with their size; the first entry stands for any other design."""

    presetChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxVisibleItems(30)
        model = QStandardItemModel(self)
        custom = QStandardItem(self.tr("Custom design (edited)"))
        custom.setData(None, Qt.ItemDataRole.UserRole)
        custom.setEnabled(False)
        model.appendRow(custom)
        for family, entries in presets_by_family().items():
            header = QStandardItem(_tr(FAMILY_TITLES.get(family, family)))
            header.setEnabled(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for entry in entries:
                item = QStandardItem(f"    {entry.name}  ({entry.size}, {entry.year})")
                item.setData(entry.id, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
        self.setModel(model)
        self.setToolTip(self.tr("Start from a published model. Every value can be changed afterwards."))
        self.activated.connect(self._on_activated)

    def _on_activated(self, index: int) -> None:
        preset_id = self.itemData(index, Qt.ItemDataRole.UserRole)
        if preset_id:
            self.presetChosen.emit(preset_id)

    def select(self, preset_id: str | None) -> None:
        index = self.findData(preset_id, Qt.ItemDataRole.UserRole) if preset_id else 0
        self.setCurrentIndex(max(index, 0))


class Editor(QWidget):
    """Left side of the window. Emits `designEdited(Design, field)` for every valid committed edit."""

    designEdited = Signal(object, str)
    stepClosed = Signal(str)  # the person is done with this field (Enter, focus out): its undo step ends
    problemsChanged = Signal(str)  # why the results are stale, in words; "" when the fields make a valid design

    def __init__(self, design: Design | None, parent: QWidget | None = None, *, deferred: bool = False, start: StartFrame | None = None):
        """`deferred`: build only the page in view now, the others at `build_pages()` or when first shown (a fast start).
        A page not built yet holds no widgets, so the design's own values stand for its fields.
        `start`: with `design` None, the start snapshot (gui.start.StartFrame) gives the fields, the values and what
        "auto" resolves to, so the first frame needs no pydantic; `show_design` then takes over."""
        super().__init__(parent)
        self._design = design
        self._pages = start.pages if design is None else page_specs()
        self._data: Data = start.design if design is None else design.model_dump()
        self._preset_id = start.preset_id if design is None else preset_of(design)
        self._resolved: dict[str, Any] = start.resolved if design is None else {}
        self._report: Report | None = None
        self._rows: dict[Path, FieldRow] = {}
        self._boxes: dict[Path, NestedBox] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        picker_label = QLabel(self.tr("Start from a preset:"))
        self.presets = PresetPicker()
        picker_label.setBuddy(self.presets)
        self.presets.presetChosen.connect(self._on_preset)
        layout.addWidget(picker_label)
        layout.addWidget(self.presets)

        self.problems = ""  # what problemsChanged said last
        self.tabs = QTabWidget()
        self._built: set[int] = set()
        self._pages_to_finish: dict[int, tuple[GroupColumns, Path, list]] = {}  # page, prefix, groups still to build
        for _prefix, title in PAGES:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(scroll, _tr(title))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._build_page)
        self._build_page(0, first_frame=deferred)  # each page shows the design's values as it is built
        if not deferred:
            self.build_pages()

    def build_pages(self) -> None:
        for index in range(len(PAGES)):
            self._build_page(index)
            self._finish_page(index)

    def pages_differ(self) -> bool:
        """Whether the fields on screen were built from other metadata than the model's now (a stale start snapshot)."""
        return self._pages != page_specs()

    # --- building ------------------------------------------------------------------
    # Rows a first frame builds of its first page: about what a tall screen shows (the rest follows at finish_start).
    FIRST_FRAME_ROWS = 24

    def _build_page(self, index: int, first_frame: bool = False) -> None:
        """Fill page `index` with its fields (once), showing the current design in them.  `first_frame`: only the
        groups a screen shows at once; `build_pages()` adds the others below them (one column: nothing moves)."""
        if index in self._built or not 0 <= index < len(PAGES):
            return
        self._built.add(index)
        prefix, _title = PAGES[index]
        groups: dict[str, list[FieldSpec]] = {}
        for spec in self._pages[index]:
            groups.setdefault(spec.group, []).append(spec)
        todo = list(groups.items())
        page = GroupColumns([])
        page.setObjectName(f"page_{'.'.join(prefix)}")
        self.tabs.widget(index).setWidget(page)
        self._pages_to_finish[index] = (page, prefix, todo)
        self._finish_page(index, self.FIRST_FRAME_ROWS if first_frame else None)

    def _finish_page(self, index: int, rows: int | None = None) -> None:
        """Add the groups of page `index` not built yet (at most about `rows` fields' worth of them)."""
        if index not in self._pages_to_finish:
            return
        page, prefix, todo = self._pages_to_finish[index]
        boxes: list[QWidget] = []
        built = 0
        while todo and (rows is None or built < rows or (page.column_count() > 1)):
            group, fields = todo.pop(0)
            title = _tr(GROUP_TITLES.get(group, group))
            built += len(fields)
            if len(fields) == 1 and fields[0].kind == "nested":  # the group is one optional sub-model (MoE)
                boxes.append(self._nested_box(prefix + (fields[0].name,), fields[0], title))
                continue
            box = QGroupBox(title)
            box.setObjectName(f"group_{'.'.join(prefix)}.{group}")
            form = new_form()
            box.setLayout(form)
            for spec in fields:  # in the model's order, nested boxes too, so Tab follows what one sees
                if spec.kind == "nested":
                    form.addRow(self._nested_box(prefix + (spec.name,), spec, model_text(spec.title)))
                else:
                    self._add_row(prefix + (spec.name,), spec, form)
            boxes.append(box)
        if not todo:
            del self._pages_to_finish[index]
        page.add_boxes(boxes)
        self._show_data()  # the new fields show the design (and what "auto" stands for) at once
        if self._report is not None:
            self.show_report(self._report)

    def _nested_box(self, path: Path, spec: FieldSpec, title: str) -> NestedBox:
        box = NestedBox(path, spec, title)
        box.clicked.connect(lambda checked, b=box: self._on_toggled(b, checked))
        self._boxes[path] = box
        return box

    def _switch(self, box: NestedBox, on: bool) -> None:
        """Check or uncheck a sub-model's box (without emitting), its fields made when first needed."""
        if on:
            self._fill_box(box)
        box.setChecked(on)
        box.show_fields(on)

    def _fill_box(self, box: NestedBox) -> None:
        """A sub-model's fields, once, at their defaults."""
        if box.rows:
            return
        previous: QWidget = box
        for sub in box.spec.fields:
            box.rows.append(self._add_row(box.path + (sub.name,), sub, box.form))
            box.rows[-1].set_value(sub.default)
            # made after the page, they would come last on Tab: put them right after the box's own check box
            QWidget.setTabOrder(previous, box.rows[-1].widget)
            previous = box.rows[-1].widget
        box.show_fields(box.isChecked())

    def _add_row(self, path: Path, spec: FieldSpec, form: QFormLayout) -> FieldRow:
        row = FieldRow(path, spec)
        form.addRow(row.label, row.field)
        row.form = form
        key = ".".join(path)
        row.widget.edited.connect(lambda key=key: self._on_edited(key))
        # a number field ends its undo step on Enter or focus out; every other kind of field with each edit
        getattr(row.widget, "finished", row.widget.edited).connect(lambda key=key: self.stepClosed.emit(key))
        self._rows[path] = row
        return row

    def commit_pending(self) -> None:
        """Commit text still being typed (before a save, an export or closing)."""
        for row in self._rows.values():
            if hasattr(row.widget, "commit_pending"):  # number and layer-list fields wait for a pause in typing
                row.widget.commit_pending()

    # --- reading: widgets -> design ----------------------------------------------------------
    def _on_toggled(self, box: NestedBox, checked: bool) -> None:
        self._switch(box, checked)
        if checked:  # start from the sub-model's defaults (MoE: experts as wide as the current FFN)
            start = box.start_values(copy.deepcopy(self._data))
            for row in box.rows:
                row.set_value(getattr(start, row.path[-1]))
        self._on_edited()

    def _active_rows(self) -> list[FieldRow]:
        return [row for row in self._rows.values() if all(box.isChecked() for p, box in self._boxes.items() if row.path[: len(p)] == p and row.path != p)]

    def _collect(self) -> tuple[Data, dict[Path, str]]:
        """The widgets' state as a design dict, and the fields whose text is not a number."""
        data = copy.deepcopy(self._data)
        for path, box in self._boxes.items():
            # a box that stays on keeps any field that has no widget (one marked "editor": False)
            kept = data
            for key in path:
                kept = kept.get(key) if isinstance(kept, dict) else None
            set_path(data, path, (kept if isinstance(kept, dict) else {}) if box.isChecked() else None)
        problems: dict[Path, str] = {}
        for row in self._active_rows():
            try:
                set_path(data, row.path, row.value())
            except ValueError as error:
                problems[row.path] = str(error)
                set_path(data, row.path, row.default)
        self._apply_rules(data)
        return data, problems

    def _apply_rules(self, data: Data) -> None:
        for path, (applies, reason) in RULES.items():
            row = self._rows.get(path)
            if row is None or get_path(data, path[:-1]) is None:
                continue
            ok = applies(data)
            row.set_applicable(ok, reason)
            if not ok:
                set_path(data, path, row.default)

    def _on_edited(self, key: str = "") -> None:
        from pydantic import ValidationError

        from model.design.design import Design

        data, problems = self._collect()
        design = None
        unplaced: list[str] = []
        if not problems:
            try:
                design = Design.model_validate(data)
            except ValidationError as error:
                for item in error.errors():
                    loc = tuple(str(part) for part in item["loc"])
                    message = error_message(item)
                    if loc in self._rows:
                        problems[loc] = message
                    else:
                        unplaced.append(message)
        edited = tuple(key.split(".")) if key else ()
        if unplaced and edited in self._rows and edited not in problems:  # a rule between fields: mark the one just edited
            problems[edited] = "; ".join(unplaced)
        self._show_problems(problems, unplaced)
        if design is not None and design != self._design:
            self.designEdited.emit(design, key)

    def _show_problems(self, problems: dict[Path, str], unplaced: list[str]) -> None:
        for path, row in self._rows.items():
            row.set_error(problems.get(path))
        text = ""
        if problems or unplaced:
            lines = [self.tr("The results show the last valid design until this is fixed:")]
            lines += unplaced or [self.tr("see the field marked in red.")]
            text = "\n".join(lines)
        if text != self.problems:
            self.problems = text
            self.problemsChanged.emit(text)

    def show_problem(self, message: str) -> None:
        """A valid design the window could not take (its report failed): say so in the banner."""
        self._show_problems({}, [message])

    def _on_preset(self, preset_id: str) -> None:
        from model.project.sources import design_for_preset

        self.designEdited.emit(design_for_preset(preset_id, self._design.workload), "")

    # --- writing: design -> widgets -------------------------------------------------------------
    def show_design(self, design: Design) -> None:
        """Show `design` in every widget (without emitting) and clear all marks."""
        self._design = design
        self._data = design.model_dump()
        self._preset_id = preset_of(design)
        self._show_data()

    def _show_data(self) -> None:
        data = self._data
        for path, box in self._boxes.items():
            self._switch(box, get_path(data, path) is not None)
        for row in self._active_rows():
            row.set_value(get_path(data, row.path))
        self._apply_rules(data)
        self._show_problems({}, [])
        self.presets.select(self._preset_id)
        self._show_resolved()

    def show_report(self, report: Report) -> None:
        """Live figures inside the editor: what each empty "auto" field resolved to, the MoE group's sparse activation."""
        self._report = report
        self._resolved = report.resolved
        self._show_resolved()
        box = self._boxes.get(("architecture", "moe"))
        if box is None:
            return
        p = report.parameters
        if box.isChecked():
            box.summary.setText(
                self.tr("Each token uses {active} of {total} parameters: a sparse activation ratio of {ratio:.1%}.").format(
                    active=count_text(p.active), total=count_text(p.total), ratio=p.sparse_activation_ratio
                )
            )
            box.summary.setToolTip(f"{format_int(p.active)} / {format_int(p.total)}")
        box.summary.setVisible(box.isChecked())

    def _show_resolved(self) -> None:
        for path, row in self._rows.items():
            if path[0] not in ("workload", "architecture"):
                continue
            resolved = self._resolved.get(".".join(path[1:]))  # "training_tokens", "moe.shared_expert_d_ff"
            if isinstance(row.widget, NumberField):
                row.widget.set_resolved("" if resolved is None else short_number(resolved) if isinstance(resolved, (int, float)) else str(resolved))
            elif isinstance(row.widget, ChoiceField):  # "auto: full" for the recomputation the planner chose
                row.widget.set_resolved("" if resolved is None else choice_text(str(resolved)))

    def row(self, *path: str) -> FieldRow:
        """The row of a field, e.g. row("architecture", "d_model") (for tests and the benchmark); a sub-model's fields
        are made if its box has not been switched on yet."""
        self.build_pages()
        box = self._boxes.get(path[:-1])
        if box is not None:
            self._fill_box(box)
        return self._rows[path]
