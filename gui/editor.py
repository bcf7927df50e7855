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

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
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
from gui.fields import NumberField, UnitHint, count_text, field_extra, is_nested_model, make_field, model_text, short_number, unwrap_optional
from gui.messages import error_message
from model.design.architecture import Architecture
from model.design.design import Design
from model.design.presets import load_presets
from model.estimate.hardware import custom_gpu_start
from model.estimate.workload import Workload
from model.project.report import Report
from model.project.sources import design_for_preset
from model.project.units import format_int

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
    ("workload", "custom_gpu"): lambda d: custom_gpu_start(d["workload"]["gpu"]),  # the selected GPU's values, to edit
}


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
    (hidden when fine).  `field` holds all but the label, as the form's field for that row."""

    def __init__(self, path: Path, info: FieldInfo):
        self.path = path
        self.info = info
        self.tooltip = model_text(info.description or "")
        self.label = QLabel(model_text(info.title or info.description or path[-1]))
        self.label.setWordWrap(True)
        self.widget = make_field(path[-1], info)
        self.widget.setObjectName(".".join(path))
        self.hint = UnitHint(field_extra(info).get("unit", ""))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        for widget in (self.label, self.widget):
            widget.setToolTip(self.tooltip)
        self.label.setBuddy(self.widget)
        self.field = QWidget()
        column = QVBoxLayout(self.field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.widget, 1)
        line.addWidget(self.hint)
        column.addLayout(line)
        column.addWidget(self.error)

    @property
    def default(self) -> Any:
        return self.info.default

    def value(self) -> Any:
        value = self.widget.value()
        self.hint.show_value(value)
        return value

    def set_value(self, value: Any) -> None:
        self.widget.set_value(value)
        self.hint.show_value(value)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.widget.setStyleSheet("border: 2px solid #c62828;" if message else "")
        self.widget.setToolTip(f"{message}\n\n{self.tooltip}" if message else self.tooltip)

    def set_applicable(self, applicable: bool, reason: str) -> None:
        self.widget.setEnabled(applicable)
        self.label.setEnabled(applicable)
        self.widget.setToolTip(self.tooltip if applicable else f"{_tr(reason)}\n\n{self.tooltip}")


def new_form() -> QFormLayout:
    """A form whose labels sit beside their fields when there is room, above them when not."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


class NestedBox(QGroupBox):
    """A checkable box for an optional sub-model (MoE, MLA, custom GPU): unchecked means None."""

    def __init__(self, path: Path, info: FieldInfo, title: str):
        super().__init__(title)
        self.path = path
        self.model_class: type[BaseModel] = unwrap_optional(info.annotation)[0]
        self.setCheckable(True)
        self.setToolTip(model_text(info.description or ""))
        self.setObjectName(".".join(path))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.hide()
        layout.addWidget(self.summary)
        self.form = new_form()
        layout.addLayout(self.form)
        self.rows: list[FieldRow] = []


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

    def _arrange(self, n: int) -> None:
        for column in self._columns:
            for box in self.boxes:
                column.removeWidget(box)
            self._row.removeItem(column)
        # contiguous runs of boxes of about equal height, so the order reads down then across
        heights = [box.sizeHint().height() for box in self.boxes]
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

    PAGES = ((Architecture, ("architecture",), QT_TRANSLATE_NOOP("Editor", "Architecture")),
             (Workload, ("workload",), QT_TRANSLATE_NOOP("Editor", "Workload assumptions")))

    def __init__(self, design: Design, parent: QWidget | None = None, *, deferred: bool = False):
        """`deferred`: build only the page in view now, the others at `build_pages()` or when first shown (a fast start).
        A page not built yet holds no widgets, so the design's own values stand for its fields."""
        super().__init__(parent)
        self._design = design
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
        for _model_class, _prefix, title in self.PAGES:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(scroll, _tr(title))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._build_page)
        self._build_page(0)
        if not deferred:
            self.build_pages()
        self.show_design(design)

    def build_pages(self) -> None:
        for index in range(len(self.PAGES)):
            self._build_page(index)

    # --- building ------------------------------------------------------------------
    def _build_page(self, index: int) -> None:
        """Fill page `index` with its fields (once), showing the current design in them."""
        if index in self._built or not 0 <= index < len(self.PAGES):
            return
        self._built.add(index)
        model_class, prefix, _title = self.PAGES[index]
        groups: dict[str, list[tuple[str, FieldInfo]]] = {}
        for name, info in model_class.model_fields.items():
            if field_extra(info).get("editor", True):  # "editor": False would keep a field out of the window
                groups.setdefault(field_extra(info).get("group", ""), []).append((name, info))
        boxes: list[QWidget] = []
        for group, fields in groups.items():
            title = _tr(GROUP_TITLES.get(group, group))
            if len(fields) == 1 and is_nested_model(fields[0][1]):  # the group is one optional sub-model (MoE)
                name, info = fields[0]
                boxes.append(self._nested_box(prefix + (name,), info, title))
                continue
            box = QGroupBox(title)
            box.setObjectName(f"group_{'.'.join(prefix)}.{group}")
            form = new_form()
            box.setLayout(form)
            for name, info in fields:  # in the model's order, nested boxes too, so Tab follows what one sees
                if is_nested_model(info):
                    form.addRow(self._nested_box(prefix + (name,), info, model_text(info.title or name)))
                else:
                    self._add_row(prefix + (name,), info, form)
            boxes.append(box)
        page = GroupColumns(boxes)
        page.setObjectName(f"page_{'.'.join(prefix)}")
        self.tabs.widget(index).setWidget(page)
        self.show_design(self._design)  # the new fields show the design (and what "auto" stands for) at once
        if self._report is not None:
            self.show_report(self._report)

    def _nested_box(self, path: Path, info: FieldInfo, title: str) -> NestedBox:
        box = NestedBox(path, info, title)
        for name, sub in box.model_class.model_fields.items():
            if not field_extra(sub).get("editor", True):
                continue
            box.rows.append(self._add_row(path + (name,), sub, box.form))
            box.rows[-1].set_value(sub.default)  # shown greyed out while the box is off
        box.clicked.connect(lambda checked, b=box: self._on_toggled(b, checked))
        self._boxes[path] = box
        return box

    def _add_row(self, path: Path, info: FieldInfo, form: QFormLayout) -> FieldRow:
        row = FieldRow(path, info)
        form.addRow(row.label, row.field)
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
        if checked:  # start from the sub-model's defaults (MoE: experts as wide as the current FFN)
            start = box.model_class.model_validate(NESTED_START.get(box.path, lambda _d: {})(self._design.model_dump()))
            for row in box.rows:
                row.set_value(getattr(start, row.path[-1]))
        self._on_edited()

    def _active_rows(self) -> list[FieldRow]:
        return [row for row in self._rows.values() if all(box.isChecked() for p, box in self._boxes.items() if row.path[: len(p)] == p and row.path != p)]

    def _collect(self) -> tuple[Data, dict[Path, str]]:
        """The widgets' state as a design dict, and the fields whose text is not a number."""
        data = self._design.model_dump()
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
        self.designEdited.emit(design_for_preset(preset_id, self._design.workload), "")

    # --- writing: design -> widgets -------------------------------------------------------------
    def show_design(self, design: Design) -> None:
        """Show `design` in every widget (without emitting) and clear all marks."""
        self._design = design
        data = design.model_dump()
        for path, box in self._boxes.items():
            box.setChecked(get_path(data, path) is not None)
        for row in self._active_rows():
            row.set_value(get_path(data, row.path))
        self._apply_rules(data)
        self._show_problems({}, [])
        match = next((p.id for p in load_presets().values() if p.architecture == design.architecture), None)
        self.presets.select(match)

    def show_report(self, report: Report) -> None:
        """Live figures inside the editor: what each empty "auto" field resolved to, the MoE group's sparse activation."""
        self._report = report
        for path, row in self._rows.items():
            if isinstance(row.widget, NumberField) and path[0] in ("workload", "architecture") and len(path) == 2:
                resolved = report.resolved.get(path[1])
                row.widget.set_resolved("" if resolved is None else short_number(resolved) if isinstance(resolved, (int, float)) else str(resolved))
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

    def row(self, *path: str) -> FieldRow:
        """The row of a field, e.g. row("architecture", "d_model") (for tests and the benchmark)."""
        self.build_pages()
        return self._rows[path]
