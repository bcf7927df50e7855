"""The Training plan section: the chosen layout's figures, its memory and step time as stacked bars, the next best
layouts (one click pins one), and training days against the GPU count.

Everything shown comes from the report's `plan` (model.plan.result.TrainingPlan) and, for the chart, from
model.plan.curve.days_vs_gpus, which runs a search per GPU count and so runs on a worker thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.charts import GRID_ALPHA, PALETTE, SCREEN, HumanAxis, PlotPanel, SlideStyle, _font, human
from gui.fields import layout_text, model_text, value_text
from gui.messages import rule_message
from gui.results import SectionView, every_tab_in_view
from model.design.design import Design
from model.plan.curve import PlanCurve, days_vs_gpus
from model.plan.layout import ParallelLayout, unpinned_layout
from model.plan.result import TrainingPlan
from model.project.report import Section

# Names of the parts of the plan's breakdowns (model.plan.memory.GpuMemory, model.plan.step_time.StepTime).
MEMORY_PARTS = {"weights": QT_TRANSLATE_NOOP("PlanView", "Weights"), "gradients": QT_TRANSLATE_NOOP("PlanView", "Gradients"),
                "optimizer": QT_TRANSLATE_NOOP("PlanView", "Optimizer state"), "activations": QT_TRANSLATE_NOOP("PlanView", "Activations"),
                "buffers": QT_TRANSLATE_NOOP("PlanView", "Communication buffers"), "overhead": QT_TRANSLATE_NOOP("PlanView", "Runtime overhead")}
STEP_PARTS = {"compute": QT_TRANSLATE_NOOP("PlanView", "Compute"),
              "tensor_parallel": QT_TRANSLATE_NOOP("PlanView", "Tensor-parallel communication"),
              "pipeline_bubble": QT_TRANSLATE_NOOP("PlanView", "Pipeline bubble"),
              "data_parallel": QT_TRANSLATE_NOOP("PlanView", "Data-parallel communication"),
              "expert_parallel": QT_TRANSLATE_NOOP("PlanView", "Expert all-to-all"),
              "context_parallel": QT_TRANSLATE_NOOP("PlanView", "Context-parallel exchange"),
              "optimizer": QT_TRANSLATE_NOOP("PlanView", "Optimizer step")}


def _part(name: str) -> str:
    return QCoreApplication.translate("PlanView", name)


def _separator() -> str:
    """Between two clauses of a note: "; ", or the full-width "；" in Chinese."""
    return QCoreApplication.translate("PlanView", "; ")


@dataclass(frozen=True)
class Stack:
    """One horizontal bar made of parts, and the limit it must stay under (a GPU's memory)."""

    key: str
    title: str
    unit: str  # "B" or "s"
    parts: tuple[tuple[str, float], ...]
    limit: float | None = None
    limit_label: str = ""
    note: str = ""  # what the bar is of (the layout), so that an exported bar says it on a slide


class StackedBar(PlotPanel):
    """A single stacked bar with a legend, and a line at the limit."""

    def __init__(self, style: SlideStyle = SCREEN, parent: QWidget | None = None):
        super().__init__(style, parent)
        # The legend in columns above the bar, clear of it and of the limit line.
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextSize=f"{style.legend_px}px", labelTextColor="#222", colCount=2)
        self.segments: list[pg.BarGraphItem] = []
        self.limit = pg.InfiniteLine(angle=90, pen=pg.mkPen("#b00020", width=2 * style.line_scale, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.limit)
        self.plot.setMouseEnabled(x=False, y=False)
        self.left_axis.setTicks([[], []])
        self.left_axis.setWidth(8)
        self.plot.showGrid(x=True, y=False, alpha=GRID_ALPHA)

    def draw(self, stack: Stack) -> None:
        self.bottom_axis.unit = stack.unit if stack.unit == "B" else ""
        self.set_title(stack.title)
        for item in self.segments:
            self.plot.removeItem(item)
        self.segments = []
        self.legend.clear()
        start = 0.0
        for index, (label, value) in enumerate(stack.parts):
            if value <= 0:
                continue
            bar = pg.BarGraphItem(x0=[start], y=[0.0], width=[value], height=0.6, brush=PALETTE[index % len(PALETTE)], pen=pg.mkPen("w"))
            self.plot.addItem(bar)
            self.segments.append(bar)
            self.legend.addItem(bar, f"{label}: {human(value, stack.unit) if stack.unit == 'B' else value_text(value, 's')}")
            start += value
        self.limit.setVisible(stack.limit is not None)
        if stack.limit is not None:
            self.limit.setValue(stack.limit)
        note = _separator().join(text for text in (stack.note, stack.limit_label if stack.limit is not None else "") if text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        right = max(start, stack.limit or 0.0) * 1.15 or 1.0
        self.plot.setXRange(0, right, padding=0)
        self.plot.setYRange(-0.5, 2.6, padding=0)  # room above the bar for the legend

    def describe_point(self, x: float, y: float) -> str:
        stack = self.data
        if stack is None:
            return ""
        start = 0.0
        for label, value in stack.parts:
            if start <= x < start + value:
                return f"{label}: {human(value, stack.unit) if stack.unit == 'B' else value_text(value, 's')}"
            start += value
        return ""


class DaysAxis(HumanAxis):
    """Log axis of days: 1, 10, 100 days, then years; within one decade 1, 2, 3 and 5 of it (every tick crowded
    "6 days 7 days 8 days 9 days" together)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        decades = [abs(v - round(v)) < 1e-6 for v in values]
        if sum(decades) >= 2:
            return [_days(10.0**v) if is_decade else "" for v, is_decade in zip(values, decades, strict=True)]
        return [_days(10.0**v) if round(10 ** (v - math.floor(v + 1e-9)), 6) in (1.0, 2.0, 3.0, 5.0) else "" for v in values]


def _days(days: float) -> str:
    if days >= 365:
        n = f"{days / 365.25:.2g}"
        return QCoreApplication.translate("PlanView", "1 year") if n == "1" else QCoreApplication.translate("PlanView", "{n} years").format(n=n)
    n = f"{days:.3g}"
    return QCoreApplication.translate("PlanView", "1 day") if n == "1" else QCoreApplication.translate("PlanView", "{n} days").format(n=n)


class PercentAxis(pg.AxisItem):
    """A 0-1 axis read as percent (MFU)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [f"{v * scale:.0%}" for v in values]


class PlanCurveChart(PlotPanel):
    """Training days (left, log) and MFU (right) against the GPU count (log); shaded where no layout fits."""

    def __init__(self, style: SlideStyle = SCREEN, parent: QWidget | None = None):
        super().__init__(style, parent)
        days_axis = DaysAxis("left")
        days_axis.enableAutoSIPrefix(False)  # its ticks say "0.01 days": no "(x0.001)" after the label (GPT-2 small)
        days_axis.setTickFont(_font(style.tick_px))
        self.plot.setAxisItems({"left": days_axis})
        self.left_axis = days_axis
        # As wide as its longest tick label ("0.001 days" for GPT-2 small): a fixed width let the axis title run over it.
        self.bottom_axis.unit = "params"  # plain counts: 1k, 10k GPUs
        self.plot.setLogMode(x=True, y=True)
        self.plot.setMouseEnabled(x=False, y=False)
        width = 2.5 * style.line_scale
        self.days = self.plot.plot(pen=pg.mkPen(PALETTE[0], width=width), symbol="o", symbolSize=6 * style.marker_scale,
                                   symbolBrush=PALETTE[0], symbolPen=None)
        self.chosen = self.plot.plot(pen=None, symbol="star", symbolSize=18 * style.marker_scale, symbolBrush="#000", symbolPen=None)
        self.no_fit: list[pg.LinearRegionItem] = []
        # MFU on its own axis at the right, in a second view box sharing the x range.
        self.mfu_box = pg.ViewBox()
        right = PercentAxis("right")
        right.enableAutoSIPrefix(False)
        self.plot.setAxisItems({"right": right})  # after setLogMode: this axis stays linear
        self.plot.showAxis("right")
        self.plot.scene().addItem(self.mfu_box)
        right.linkToView(self.mfu_box)
        right.setTickFont(_font(style.tick_px))
        right.setTextPen(PALETTE[1])
        self.mfu_box.setXLink(self.plot)
        self.mfu_box.setYRange(0, 1, padding=0)
        self.mfu = pg.PlotCurveItem(pen=pg.mkPen(PALETTE[1], width=width, style=Qt.PenStyle.DashLine))
        self.mfu_box.addItem(self.mfu)
        self.plot.vb.sigResized.connect(lambda: self.mfu_box.setGeometry(self.plot.vb.sceneBoundingRect()))
        # Under the plot, not on it: no corner is free for every design (the days of Llama 3.1 405B run through the bottom
        # left, those of DeepSeek-V3 start at the top right), and at 1366 x 768 a legend box covers a third of the plot.
        self.legend = pg.LegendItem(labelTextSize=f"{style.legend_px}px", labelTextColor="#222", colCount=3, horSpacing=style.legend_px)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # its entries side by side, not spread
        self.plot.layout.addItem(self.legend, 4, 1)  # pyqtgraph's PlotItem grid: title 0, top axis 1, view 2, bottom axis 3
        self.plot.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)

    def draw(self, curve: PlanCurve) -> None:
        self.set_title(f"{model_text(curve.title)}: {curve.design_name}")
        self.set_axis_labels(model_text(curve.x_label), model_text(curve.y_label))
        self.plot.getAxis("right").setLabel(model_text(curve.y2_label), **{"font-size": f"{self.style_.label_px}px", "color": PALETTE[1]})
        fit = [p for p in curve.points if p.fits and p.days]
        xs = np.array([p.n_gpus for p in fit], dtype=float)
        self.days.setData(xs, np.array([p.days for p in fit], dtype=float))
        self.mfu.setData(np.log10(xs) if len(xs) else xs, np.array([p.mfu for p in fit], dtype=float))
        chosen = [p for p in fit if p.n_gpus == curve.chosen_gpus]
        self.chosen.setData([p.n_gpus for p in chosen], [p.days for p in chosen])
        for region in self.no_fit:
            self.plot.removeItem(region)
        self.no_fit = []
        for low, high in _runs([p.n_gpus for p in curve.points if not p.fits], [p.n_gpus for p in curve.points]):
            region = pg.LinearRegionItem(values=(math.log10(low) - 0.09, math.log10(high) + 0.09), movable=False,
                                         brush=pg.mkBrush(176, 0, 32, 40), pen=pg.mkPen(None))
            self.plot.addItem(region)
            self.no_fit.append(region)
        self.legend.clear()
        self.legend.addItem(self.days, model_text(curve.y_label))
        self.legend.addItem(self.mfu, model_text(curve.y2_label))
        if chosen:
            self.legend.addItem(self.chosen, curve.design_name)
        self.note.setText(model_text(curve.note) + "  " + QCoreApplication.translate("PlanView", "{tokens}, {gpu}.").format(
            tokens=value_text(curve.tokens, "tokens"), gpu=curve.gpu_name))
        if len(curve.points):
            self.plot.setXRange(math.log10(curve.points[0].n_gpus) - 0.1, math.log10(curve.points[-1].n_gpus) + 0.1, padding=0)

    def describe_point(self, x: float, y: float) -> str:
        curve = self.data
        if curve is None or not curve.points:
            return ""
        nearest = min(curve.points, key=lambda p: abs(math.log10(p.n_gpus) - x))
        if not (nearest.fits and nearest.days):
            return f"{nearest.n_gpus:,} GPUs: {nearest.layout}"
        return f"{nearest.n_gpus:,} GPUs: {value_text(nearest.days, 'days')}, MFU {nearest.mfu:.0%} ({nearest.layout})"


def _runs(bad: list[int], every: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of GPU counts in `bad`, as (first, last) in the order of `every`."""
    runs: list[tuple[int, int]] = []
    current: list[int] = []
    for n in every:
        if n in bad:
            current.append(n)
        elif current:
            runs.append((current[0], current[-1]))
            current = []
    if current:
        runs.append((current[0], current[-1]))
    return runs


class _CurveSignals(QObject):
    done = Signal(object, object)  # (request token, PlanCurve or an exception)


class _CurveJob(QRunnable):
    def __init__(self, token: object, design: Design, chosen_gpus: int | None, signals: _CurveSignals):
        super().__init__()
        self.token, self.design, self.chosen_gpus, self.signals = token, design, chosen_gpus, signals

    def run(self) -> None:
        try:
            result: object = days_vs_gpus(self.design, chosen_gpus=self.chosen_gpus)
        except Exception as error:  # shown in the chart's note, never lost in a thread
            result = error
        self.signals.done.emit(self.token, result)


class PlanView(SectionView):
    """The Training plan tab."""

    layoutChosen = Signal(object)  # a ParallelLayout the person wants to pin, or None: let the planner choose every value

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(key, parent)
        self.bars.hide()  # the section's bytes bars: the stacked bars below say it better
        self.inner = every_tab_in_view(QTabWidget())
        self.inner.setObjectName("plan_tabs")
        self.inner.setDocumentMode(True)
        self.memory_bar, self.step_bar = StackedBar(), StackedBar()
        self.memory_bar.setObjectName("plan_memory_bar")
        self.step_bar.setObjectName("plan_step_bar")
        self.inner.addTab(self.memory_bar, self.tr("Memory per GPU"))
        self.inner.addTab(self.step_bar, self.tr("Step time"))
        alternatives = QWidget()
        alt_layout = QVBoxLayout(alternatives)
        alt_layout.setContentsMargins(0, 0, 0, 0)
        self.alternatives = QTableWidget(0, 5)
        self.alternatives.setObjectName("plan_alternatives")
        self.alternatives.setHorizontalHeaderLabels([self.tr("Layout"), self.tr("Step time"), self.tr("MFU"), self.tr("Memory per GPU"), self.tr("Fits")])
        self.alternatives.verticalHeader().hide()
        # Each row as tall as its wrapped layout: at 1366 x 768 a fixed height cut off the recomputation (in Chinese, all
        # after the ZeRO stage), which is what tells two rows apart.
        self.alternatives.setWordWrap(True)
        self.alternatives.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.alternatives.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.alternatives.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.alternatives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alternatives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.alternatives.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.use_button = QPushButton(self.tr("Use this layout"))
        self.use_button.setObjectName("plan_use_layout")
        self.use_button.setToolTip(self.tr("Pin every value of the selected layout in the workload (undo brings the planner's choice back)."))
        self.use_button.setEnabled(False)
        self.alternatives.itemSelectionChanged.connect(lambda: self.use_button.setEnabled(bool(self.alternatives.selectedItems())))
        self.alternatives.itemDoubleClicked.connect(lambda _item: self._use_selected())
        self.use_button.clicked.connect(self._use_selected)
        self.auto_button = QPushButton(self.tr("Let the planner choose"))
        self.auto_button.setObjectName("plan_auto_layout")
        self.auto_button.setToolTip(self.tr("Empty every layout value you or a published run pinned, so that the planner chooses them again "
                                            "(the GPU count stays)."))
        self.auto_button.setEnabled(False)
        self.auto_button.clicked.connect(lambda: self.layoutChosen.emit(None))
        row = QHBoxLayout()
        hint = QLabel(self.tr("The chosen layout first, then the next best the planner found."))
        hint.setWordWrap(True)  # never widen the results column: the editor beside it needs the room
        row.addWidget(hint, 1)
        row.addWidget(self.use_button)
        alt_layout.addWidget(self.alternatives)
        alt_layout.addLayout(row)
        # on a line of its own: beside the other button it made the results column wider and the editor narrower at 1366
        alt_layout.addWidget(self.auto_button, 0, Qt.AlignmentFlag.AlignRight)
        self.inner.addTab(alternatives, self.tr("Alternative layouts"))
        self.curve = PlanCurveChart()
        self.curve.setObjectName("plan_curve")
        self.inner.addTab(self.curve, self.tr("Training days vs GPUs"))
        for index in range(self.inner.count()):  # a title shortened to fit is whole in its tooltip
            self.inner.setTabToolTip(index, self.inner.tabText(index))
        self.addWidget(self.inner)
        self.setSizes(self.split_sizes(700))  # until the first resize lays it out for the panel's shape
        self.setCollapsible(2, False)
        self._layouts: list[ParallelLayout] = []
        self._design: tuple[Design, int | None] | None = None
        self._requested: object = None
        self._signals = _CurveSignals()
        self._signals.done.connect(self._curve_done)
        self.inner.currentChanged.connect(lambda _index: self._request_curve())

    # --- what the window gives --------------------------------------------------------------------
    def show_plan(self, plan: TrainingPlan, design: Design) -> None:
        layout = plan.layout
        capacity = self.tr("GPU memory: {size} ({gpu})").format(size=value_text(plan.capacity_bytes, "B"), gpu=plan.gpu_name)
        memory = tuple((_part(MEMORY_PARTS[k]), v) for k, v in plan.memory_breakdown_bytes.items())
        # the design and the layout in the title and the note: an exported bar on a slide says what it is of
        # no layout: an empty bar says why, rather than nothing ("expert parallel (64) must divide ... (32)")
        of = layout_text(layout.dimensions(), layout.zero_stage, layout.micro_batch_size, layout.recompute) if layout else \
            _separator().join(rule_message(problem) for problem in plan.problems)
        self.memory_bar.show_data(Stack("memory", f"{model_text('Memory per GPU (busiest)')}: {design.name}", "B", memory, plan.capacity_bytes,
                                        capacity, of))
        steps = tuple((_part(STEP_PARTS[k]), v) for k, v in plan.step_time_breakdown_s.model_dump().items() if v is not None)
        self.step_bar.show_data(Stack("step", f"{model_text('Step time')}: {design.name}", "s", steps, note=of))
        rows = ([(layout, plan.step_time_s, plan.mfu, plan.memory_per_gpu_bytes, plan.fits)] if layout else []) + [
            (a.layout, a.step_time_s, a.mfu, a.memory_per_gpu_bytes, a.fits) for a in plan.alternatives]
        self._layouts = [r[0] for r in rows]
        self.alternatives.setRowCount(len(rows))
        yes, no = self.tr("yes"), self.tr("does not fit")
        for i, (lay, step, mfu, mem, fits) in enumerate(rows):
            texts = (layout_text(lay.dimensions(), lay.zero_stage, lay.micro_batch_size, lay.recompute), value_text(step, "s"), f"{mfu:.1%}", value_text(mem, "B"), yes if fits else no)
            for j, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(texts[0])
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.alternatives.setItem(i, j, item)
        self.use_button.setEnabled(False)
        self.auto_button.setEnabled(design.workload.model_dump(include=set(unpinned_layout())) != unpinned_layout())
        chosen = (design, layout.n_gpus if layout else None)
        if chosen != self._design:
            self._design = chosen
            self._requested = None
            self._request_curve()

    def split_sizes(self, extent: int) -> list[int]:
        """The figures, the (hidden) bytes bars every section has, and the plan's own views, which get the most."""
        return [extent * 2 // 5, 0, extent - extent * 2 // 5]

    @property
    def panels(self) -> list[PlotPanel]:
        """The charts of this tab that can be exported (the days-vs-GPUs chart once it has been computed)."""
        return [panel for panel in (self.memory_bar, self.step_bar, self.curve) if panel.data is not None]

    @property
    def current_panel(self) -> PlotPanel:
        widget = self.inner.currentWidget()
        return widget if isinstance(widget, PlotPanel) else self.memory_bar

    # --- inside ------------------------------------------------------------------------------------
    def _use_selected(self) -> None:
        rows = self.alternatives.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._layouts):
            self.layoutChosen.emit(self._layouts[rows[0].row()])

    def _request_curve(self) -> None:
        """Compute the days-vs-GPUs curve on a worker thread, once per design, when its tab is in view."""
        if self._design is None or self.inner.currentWidget() is not self.curve or self._requested == self._design:
            return
        self._requested = self._design
        self.curve.note.setText(self.tr("Searching the best layout at each GPU count…"))
        QThreadPool.globalInstance().start(_CurveJob(self._design, self._design[0], self._design[1], self._signals))

    def _curve_done(self, token: object, result: object) -> None:
        if token != self._design:
            return  # the design changed while it ran: a newer request is on its way
        if isinstance(result, Exception):
            self.curve.note.setText(self.tr("The chart could not be computed ({kind}: {error}).").format(kind=type(result).__name__, error=result))
            return
        self.curve.show_data(result)

    def draw(self, section: Section) -> None:
        super().draw(section)
        self.bars.hide()
