"""The right side of the window: headline figures and tabs of breakdowns, sections and charts.

Everything here renders a `Report` (and the charts computed from it) as it is:
figures are formatted by `model.project.units` and explained by their own formula and
source; nothing is recomputed.  Views are created the first time a key appears
and afterwards only updated, so new figures or sections from the model appear
without changes here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.fields import choice_text, count_text, model_text, value_text
from gui.messages import rule_message
from gui.views import DESIGN_COLOURS, Bars, LazyView, Overlay
from model.project.units import format_count, format_count_zh, format_int

if TYPE_CHECKING:  # the model's modules load after the first frame (gui/start.py); each is imported where it is used
    from model.design.design import Design
    from model.design.params import Component, ParameterCount
    from model.estimate.charts import Chart
    from model.project.figure import Figure
    from model.project.report import Report, Section

if TYPE_CHECKING:  # gui.charts (pyqtgraph, numpy) loads after the first paint
    from gui.charts import ChartView, PlotPanel

HEADLINE_COLUMNS = 4


def figure_text(figure: Figure) -> str:
    """A figure's value as shown: parameter counts exact with the short form beside ("46,702,792,704 (46.7B)";
    in Chinese "46,702,792,704（467亿 · 46.7B）")."""
    if figure.unit == "params" and float(figure.value).is_integer():  # exact counts, not estimates
        exact = format_int(round(figure.value))
        if i18n.chinese():
            return f"{exact}（{format_count_zh(figure.value)} · {format_count(figure.value)}）"
        return f"{exact} ({format_count(figure.value)})"
    return value_text(figure.value, figure.unit)


def checkpoint_text(params: ParameterCount) -> str:
    """What the released checkpoint holds beside the total, added up in the reader's language ("" if nothing)."""
    from model.project.report import checkpoint_sentence

    return checkpoint_sentence(params, model_text, lambda n: count_text(n, 4))


def figure_tooltip(figure: Figure) -> str:
    """Formula, inputs and source of a figure, for its tooltip."""
    source = model_text(figure.source) if figure.source else QCoreApplication.translate("Results", "not given")
    # outside the f-string: pyside6-lupdate does not look inside one, so these never reached the catalog
    how, source_label = QCoreApplication.translate("Results", "How:"), QCoreApplication.translate("Results", "Source:")
    return (
        f"<b>{model_text(figure.label)}</b>: {figure_text(figure)}"
        f"<p>{how} {figure.formula_text(model_text, count_text)}</p>"
        f"<p><i>{source_label} {source}</i></p>"
    )


def training_assumption(report: Report) -> str:
    """What the training-time card assumes, in words: the tokens, the GPUs, and why that many."""
    plan = report.plan
    if plan.layout is None:
        return QCoreApplication.translate("Results", "no layout fits: see Training plan")
    tokens = count_text(plan.training_tokens)
    if report.find_figure("training_tokens") is not None and "compute-optimal" in report.figure("training_tokens").formula:
        text = QCoreApplication.translate("Results", "{tokens} compute-optimal tokens on {n} × {gpu}")
    else:
        text = QCoreApplication.translate("Results", "{tokens} tokens on {n} × {gpu}")
    text = text.format(tokens=tokens, n=f"{plan.layout.n_gpus:,}", gpu=plan.gpu_name)
    if plan.n_gpus_derived:
        text += QCoreApplication.translate("Results", ", the fewest for {days} days").format(days=f"{plan.target_days:g}") if plan.deadline_met else \
            QCoreApplication.translate("Results", ": the target time cannot be met")
    published = plan.published
    if published is not None and published.matches_workload:
        # "published" beside "this estimate" where the card is seen, not only in a tooltip (issue 13): the days, else the GPU-hours
        if published.days or published.gpu_hours:
            from model.plan.result import published_difference

            value, estimate, unit = (published.days, plan.days, "days") if published.days else (published.gpu_hours, plan.gpu_hours, "GPU-h")
            text += QCoreApplication.translate("Results", " (the published run: {published}; this estimate {difference})").format(
                published=value_text(value, unit), difference=f"{published_difference(estimate, value):+.0%}")
        else:
            text += QCoreApplication.translate("Results", " (the published run)")
    if not plan.fits:  # a layout set by hand that does not fit: timed as if it ran
        text += QCoreApplication.translate("Results", "; this layout does not fit in memory (see Training plan)")
    return text


def serving_assumption(report: Report) -> str:
    """Under the Serving GPUs card, when the GPUs set under Serving do not hold the model: so, and what would, briefly
    (the Serving section says it in full)."""
    serving = report.serving
    if serving.fits:
        return ""
    if serving.would_fit is None:
        return QCoreApplication.translate("Results", "does not fit; see Serving")
    gpus, tp, pp = serving.would_fit
    layout = f"TP {tp}" + (f" × PP {pp}" if pp > 1 else "")
    return QCoreApplication.translate("Results", "does not fit; {n} would ({layout})").format(n=f"{gpus:,}", layout=layout)


@dataclass(frozen=True)
class Card:
    """A headline card's texts, in the app's language (also what the start snapshot keeps of the first design)."""

    key: str
    label: str
    value: str
    tooltip: str
    note: str = ""


def formula_note(key: str):
    """A card's note that is its figure's formula in words ("38.4M GPU-hours x $3/h"): what an energy or cost card
    assumes (GPU-hours, power, PUE, carbon intensity, prices), beside the number a reader would quote."""
    return lambda report: report.figure(key).formula_text(model_text, count_text)


CARD_NOTES = {"training_days": training_assumption, "gpus_inference": serving_assumption,
              "total_params": lambda r: checkpoint_text(r.parameters),  # MTP, vision tower: what the checkpoint holds
              **{key: formula_note(key) for key in ("training_energy", "training_co2", "training_energy_cost", "training_rental_cost")},
              # in place of the training time when no layout runs: say so, or the count reads as an answer to the design as set
              "gpus_target_days": lambda r: training_assumption(r) if r.plan.layout is None else ""}


def headline_cards(report: Report) -> tuple[Card, ...]:
    return tuple(Card(f.key, model_text(f.label), figure_text(f), figure_tooltip(f), CARD_NOTES[f.key](report) if f.key in CARD_NOTES else "")
                 for f in report.headline)


def results_title(report: Report) -> str:
    return f"{report.name}  ·  {choice_text(report.family)}"


def every_tab_in_view(tabs: QTabWidget) -> QTabWidget:
    """Tabs that all stay in view at any width: long titles end in "…" rather than scroll out of sight (each tab's
    tooltip gives its whole title)."""
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.tabBar().setUsesScrollButtons(False)
    return tabs


class FigureCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"headline_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setObjectName("cardLabel")
        self.label.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("cardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()  # what the figure assumes, in words ("3.49T tokens on 512 × H100, the fewest for 90 days")
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_card(self, card: Card) -> None:
        self.label.setText(card.label)
        self.value.setText(card.value)
        for widget in (self, self.label, self.value):
            widget.setToolTip(card.tooltip)
        self.set_note(card.note)


class HeadlineView(QWidget):
    """The report's headline figures as cards; exact parameter counts span two columns."""

    # One style sheet for all cards (one per label would cost a tenth of the first frame).
    STYLE = """
        FigureCard { background: palette(base); border-radius: 4px; }
        QLabel#cardLabel { color: palette(dark); }
        QLabel#cardValue { font-size: 15px; font-weight: 600; }
        QLabel#cardNote { color: palette(dark); font-size: 11px; }
        HeadlineView[stale="true"] QLabel#cardValue { color: palette(mid); }
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(self.STYLE)
        self.setProperty("stale", False)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, FigureCard] = {}
        self._layout_keys: tuple[str, ...] = ()

    def set_stale(self, stale: bool) -> None:
        """Grey the values while they belong to the last valid design rather than to the fields on screen."""
        if self.property("stale") == stale:
            return
        self.setProperty("stale", stale)
        self.setStyleSheet(self.STYLE)  # the rule on the property applies again

    def show_cards(self, cards: tuple[Card, ...]) -> None:
        keys = tuple(c.key for c in cards)
        for card in cards:
            view = self.cards.get(card.key)
            if view is None:
                view = self.cards[card.key] = FigureCard(card.key)
            view.show_card(card)
        if keys != self._layout_keys:  # new or vanished figures: lay the cards out again
            self._layout_keys = keys
            for card in self.cards.values():
                self.grid.removeWidget(card)
                card.setVisible(card.objectName().removeprefix("headline_") in keys)
            row = column = 0
            for key in keys:
                span = 2 if len(self.cards[key].value.text()) > 16 else 1
                if column + span > HEADLINE_COLUMNS:
                    row, column = row + 1, 0
                self.grid.addWidget(self.cards[key], row, column, 1, span)
                column += span


def component_bars(root: Component) -> Bars:
    """Parameters by kind of component (all attention, all FFNs, embeddings ...), totals over all copies."""
    from model.design.params import totals_by_kind

    ordered = totals_by_kind(root)
    return Bars(
        title=QCoreApplication.translate("Results", "Parameters by component"),
        unit="params",
        labels=tuple(model_text(label) for label, _, _ in ordered),
        values=tuple(total for _, total, _ in ordered),
        second=tuple(active for _, _, active in ordered),
        first_name=QCoreApplication.translate("Results", "total"),
        second_name=QCoreApplication.translate("Results", "active per token"),
    )


class BreakdownView(LazyView, QSplitter):
    """The parameter tree (each layer's parts shown once, with the layer count) and a bar chart by component."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("BreakdownView", "Component"),
        QT_TRANSLATE_NOOP("BreakdownView", "Copies"),
        QT_TRANSLATE_NOOP("BreakdownView", "Parameters"),
        QT_TRANSLATE_NOOP("BreakdownView", "Short"),
        QT_TRANSLATE_NOOP("BreakdownView", "Active per token"),
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("tab_parameters")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.tree.headerItem().setToolTip(2, self.tr("A repeated block's row counts all its copies; the rows under it describe one copy."))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        from gui.charts import BarChart

        self.bars = BarChart()
        self.checkpoint = QLabel()
        self.checkpoint.setObjectName("checkpointSum")
        self.checkpoint.setWordWrap(True)
        self.checkpoint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checkpoint.hide()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.checkpoint)
        top_layout.addWidget(self.tree, 1)
        self.addWidget(top)
        self.addWidget(self.bars)
        self.setSizes([300, 300])
        self._collapsed: set[tuple[str, ...]] = set()
        self.tree.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, Qt.ItemDataRole.UserRole)))
        self.tree.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, Qt.ItemDataRole.UserRole)))

    def draw(self, params: ParameterCount) -> None:
        # what the released checkpoint holds beside the total (MTP modules, a vision tower), added up
        self.checkpoint.setText(checkpoint_text(params))
        self.checkpoint.setVisible(bool(self.checkpoint.text()))
        root = params.breakdown
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for child in root.children:
            self._add(self.tree.invisibleRootItem(), child, ())
        self.tree.setUpdatesEnabled(True)
        self.bars.show_data(component_bars(root))

    def _add(self, parent: QTreeWidgetItem, node: Component, path: tuple[str, ...]) -> None:
        path = path + (node.key,)
        each = self.tr("{n} × {each} each").format(n=node.copies, each=format_int(node.per_copy)) if node.copies > 1 else ""
        item = QTreeWidgetItem(
            parent,
            [model_text(node.label), str(node.copies) if node.copies > 1 else "", format_int(node.total), count_text(node.total), format_int(node.active)],
        )
        item.setData(0, Qt.ItemDataRole.UserRole, path)
        for column in range(1, len(self.COLUMNS)):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if each:
            item.setToolTip(2, each)
        if node.copies > 1:
            item.setToolTip(0, self.tr("The rows below describe one of the {n} copies.").format(n=node.copies))
        for child in node.children:
            self._add(item, child, path)
        item.setExpanded(len(path) < 3 and path not in self._collapsed)


class SectionView(LazyView, QSplitter):
    """A report section: a table of its figures, and a bar chart when several are sizes in bytes (memory)."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName(f"tab_{key}")
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.table.verticalHeader().hide()
        # compact rows: at 1366 x 768 a section's table shows ten rows or more, not three
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        from gui.charts import BarChart

        self.bars = BarChart()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()  # what the section includes and how well it was checked
        self.note.setObjectName(f"note_{key}")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #444; padding: 4px;")
        top_layout.addWidget(self.note)
        self.warnings = QLabel()  # what is wrong with this design here ("does not fit: ..."), with its numbers
        self.warnings.setObjectName(f"warnings_{key}")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00020; padding: 4px;")
        top_layout.addWidget(self.warnings)
        top_layout.addWidget(self.table)
        self.addWidget(top)
        self.addWidget(self.bars)
        self.setSizes([400, 400])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Table beside the bars where the panel is wide and low (a laptop), above them where it is tall."""
        super().resizeEvent(event)
        size = event.size()
        wanted = Qt.Orientation.Horizontal if size.width() > 1.5 * size.height() else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            extent = size.width() if wanted == Qt.Orientation.Horizontal else size.height()
            self.setSizes(self.split_sizes(extent))

    def split_sizes(self, extent: int) -> list[int]:
        """The table's and the bars' share of the splitter: bars need room for their names and lengths."""
        return [extent * 2 // 5, extent - extent * 2 // 5]

    def draw(self, section: Section) -> None:
        figures = section.figures
        self.note.setText(model_text(section.note))
        self.note.setVisible(bool(section.note))
        self.warnings.setText("\n".join(rule_message(w) for w in section.warnings))
        self.warnings.setVisible(bool(section.warnings))
        self.table.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            tooltip = figure_tooltip(figure)
            for column, text in enumerate((model_text(figure.label), figure_text(figure))):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                item.setToolTip(tooltip)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the section's parts in bytes ("memory_weights", "memory_kv_cache" ...), not its totals
        sizes = [f for f in figures if f.unit == "B" and f.key.startswith(f"{section.key}_")]
        self.bars.setVisible(len(sizes) > 1)
        if len(sizes) > 1:
            self.bars.show_data(Bars(title=model_text(section.title), unit="B", labels=tuple(model_text(f.label) for f in sizes), values=tuple(f.value for f in sizes)))


class ComparisonTable(LazyView, QTableWidget):
    """The headline figures of every design side by side; double-click a design's column to edit it."""

    designChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 0, parent)
        self.setObjectName("tab_compare")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().sectionDoubleClicked.connect(self.designChosen)
        self.cellDoubleClicked.connect(lambda _row, column: self.designChosen.emit(column))
        self.setToolTip(self.tr("Double-click a design to edit it."))

    def draw(self, data: tuple[tuple[str, ...], list[Report], int]) -> None:
        names, reports, current = data
        from model.project.export import comparison_rows

        rows = comparison_rows(reports)  # the figures every design has
        self.setRowCount(len(rows))
        self.setColumnCount(len(names))
        for column, name in enumerate(names):
            header = QTableWidgetItem(f"● {name}")
            header.setForeground(QColor(DESIGN_COLOURS[column % len(DESIGN_COLOURS)]))
            font = header.font()
            font.setBold(column == current)
            header.setFont(font)
            header.setToolTip(self.tr("Being edited") if column == current else self.tr("Double-click to edit this design"))
            self.setHorizontalHeaderItem(column, header)
        for row, (label, figures) in enumerate(rows):
            self.setVerticalHeaderItem(row, QTableWidgetItem(model_text(label)))
            for column, figure in enumerate(figures):
                exact = figure.unit == "params" and float(figure.value).is_integer()
                text = format_int(round(figure.value)) if exact else value_text(figure.value, figure.unit)
                if figure.key == "gpus_inference" and not reports[column].serving.fits:  # as under the headline card
                    text += " · " + serving_assumption(reports[column])
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(figure_tooltip(figure))
                self.setItem(row, column, item)

    def cell_text(self, label: str, column: int) -> str:
        """The text shown for the figure `label` of design `column` (for tests)."""
        for row in range(self.rowCount()):
            if self.verticalHeaderItem(row).text() == label:
                return self.item(row, column).text()
        raise KeyError(label)


class SideTabs(QWidget):
    """Pages chosen from a list on the left: unlike a tab bar, ten or more sections stay visible and readable
    at 1366 × 768.  Offers the part of QTabWidget's interface the window uses, so either could serve."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setObjectName("resultList")
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(190)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        self.stack = QStackedWidget()
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._on_row)

    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)

    def insertTab(self, index: int, widget: QWidget, text: str) -> int:  # noqa: N802 - QTabWidget's name
        index = max(0, min(index, self.count()))
        self.stack.insertWidget(index, widget)
        self.list.insertItem(index, QListWidgetItem(text))
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(index)
        self.list.setMinimumWidth(min(190, self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8))
        return index

    def addTab(self, widget: QWidget, text: str) -> int:  # noqa: N802
        return self.insertTab(self.count(), widget, text)

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        return self.stack.indexOf(widget)

    def tabText(self, index: int) -> str:  # noqa: N802
        item = self.list.item(index)
        return item.text() if item is not None else ""

    def setTabVisible(self, index: int, visible: bool) -> None:  # noqa: N802
        item = self.list.item(index)
        if item is None:
            return
        item.setHidden(not visible)
        if not visible and self.currentIndex() == index:  # like a tab bar: move to a visible neighbour
            others = [i for i in range(self.count()) if not self.list.item(i).isHidden()]
            if others:
                self.setCurrentIndex(min(others, key=lambda i: abs(i - index)))

    def isTabVisible(self, index: int) -> bool:  # noqa: N802
        item = self.list.item(index)
        return item is not None and not item.isHidden()

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if 0 <= index < self.count():
            self.list.setCurrentRow(index)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self.indexOf(widget))


class ResultsPanel(QWidget):
    """Headline on top; below, tabs: the designs compared (with two or more), parameter breakdown, one per report section, one per chart."""

    designChosen = Signal(int)  # a design's column in the comparison was double-clicked
    layoutChosen = Signal(object)  # a layout of the Training plan tab to pin (a ParallelLayout)

    def __init__(self, parent: QWidget | None = None, *, deferred: bool = False):
        """`deferred`: build the title and headline now, the sections and charts at `build_tabs()` (after the first paint)."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        # Shown while the editor's fields do not make a valid design: the results below are the last valid one.
        # It sits over the results, never over the form, so no field moves under the person's mouse.
        self.stale_banner = QLabel()
        self.stale_banner.setObjectName("staleBanner")
        self.stale_banner.setWordWrap(True)
        self.stale_banner.setStyleSheet(self.PROBLEM_STYLE)
        self.stale_banner.hide()
        self.headline = HeadlineView()
        self.tabs = SideTabs()
        self.tabs.setObjectName("resultTabs")
        layout.addWidget(self.title)
        layout.addWidget(self.stale_banner)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        self.tabs_to_come = QWidget()  # holds the tabs' place, empty, until build_tabs (an empty list would look broken)
        layout.addWidget(self.tabs_to_come, 1)
        self.tabs.hide()
        self.built = False
        self._waiting: dict[str, tuple] = {}  # what was shown before the tabs were built, replayed by build_tabs
        if not deferred:
            self.build_tabs()

    def build_tabs(self) -> None:
        """The comparison, breakdown, section and chart views (imports pyqtgraph); once, then shows what is waiting."""
        if self.built:
            return
        self.built = True
        self.tabs_to_come.hide()
        self.tabs.show()
        self.comparison = ComparisonTable()
        self.comparison.designChosen.connect(self.designChosen)
        self.tabs.addTab(self.comparison, self.tr("Compare designs"))
        self.tabs.setTabVisible(0, False)
        self.breakdown = BreakdownView()
        self.tabs.addTab(self.breakdown, self.tr("Parameter breakdown"))
        self.sections: dict[str, SectionView] = {}
        self.charts: dict[str, ChartView] = {}
        self.chart_tabs = every_tab_in_view(QTabWidget())
        self.chart_tabs.setObjectName("tab_charts")
        self.chart_tabs.setDocumentMode(True)
        self.tabs.addTab(self.chart_tabs, self.tr("Scaling-law charts"))
        self.tabs.setCurrentWidget(self.breakdown)
        waiting, self._waiting = self._waiting, {}
        if "report" in waiting:
            self.show_report(*waiting["report"])
        if "comparison" in waiting:
            self.show_comparison(*waiting["comparison"])
        if "tab" in waiting:
            self.select_tab(*waiting["tab"])

    PROBLEM_STYLE = "QLabel { background: #fdecea; color: #8e0000; border: 1px solid #e57373; padding: 4px; }"
    COMPUTING_STYLE = "QLabel { background: #eef3fb; color: #23406e; border: 1px solid #9db4d8; padding: 4px; }"

    def set_stale(self, reason: str, computing: bool = False) -> None:
        """Mark the results as not those of the fields being edited (reason in words), or as current (""); in red for a
        problem, in blue while new results are being computed."""
        self.stale_banner.setStyleSheet(self.COMPUTING_STYLE if computing else self.PROBLEM_STYLE)
        self.stale_banner.setText(reason)
        self.stale_banner.setVisible(bool(reason))
        self.headline.set_stale(bool(reason))

    def show_comparison(self, names: tuple[str, ...], reports: list[Report], current: int) -> None:
        """The comparison tab: shown (and brought forward when it appears) only with two or more designs."""
        if not self.built:
            self._waiting["comparison"] = (names, reports, current)
            return
        compare = len(reports) > 1
        index = self.tabs.indexOf(self.comparison)
        appears = compare and not self.tabs.isTabVisible(index)
        self.tabs.setTabVisible(index, compare)
        if compare:
            self.comparison.show_data((names, reports, current))
        if appears:
            self.tabs.setCurrentIndex(index)

    def show_report(self, report: Report, charts: tuple[Chart | Overlay, ...], design: Design | None = None) -> None:
        """`design`: the design of `report`, for the Training plan tab's chart (computed from it on demand)."""
        self.show_headline(results_title(report), headline_cards(report))
        if not self.built:
            self._waiting["report"] = (report, charts, design)
            return
        self.breakdown.show_data(report.parameters)
        for section in report.sections:
            if section.key == "parameters":  # already the headline and the breakdown tab
                continue
            view = self.sections.get(section.key)
            if view is None:
                view = self.sections[section.key] = self._section_view(section.key)
                self.tabs.insertTab(len(self.sections) + 1, view, model_text(section.title))
            view.show_data(section)
            if section.key == "plan" and design is not None:
                view.show_plan(report.plan, design)
        for chart in charts:
            view = self.charts.get(chart.key)
            if view is None:
                from gui.charts import ChartView

                view = self.charts[chart.key] = ChartView()
                view.setObjectName(f"tab_{chart.key}")
                index = self.chart_tabs.addTab(view, model_text(chart.title))
                self.chart_tabs.setTabToolTip(index, model_text(chart.title))
            view.show_data(chart)

    def show_headline(self, title: str, cards: tuple[Card, ...]) -> None:
        """The title and the headline cards (from a report, or from the start snapshot for the first frame)."""
        self.title.setText(title)
        self.headline.show_cards(cards)

    def _section_view(self, key: str) -> SectionView:
        if key != "plan":
            return SectionView(key)
        from gui.plan_view import PlanView  # with pyqtgraph, after the first paint

        view = PlanView(key)
        view.layoutChosen.connect(self.layoutChosen)
        return view

    def plot_panels(self) -> list[PlotPanel]:
        """Every chart that can be exported, in tab order, each showing the current design."""
        self.build_tabs()
        for view in (self.breakdown, *self.sections.values()):
            view._flush()  # a tab not shown since the last edit holds its bars' old data (or none yet): draw it now
        panels = [self.breakdown.bars]
        for view in self.sections.values():
            panels += getattr(view, "panels", [view.bars] if view.bars.isVisibleTo(view) else [])
        panels += list(self.charts.values())
        return panels

    def current_panel(self) -> PlotPanel | None:
        from gui.charts import PlotPanel

        self.build_tabs()
        widget = self.tabs.currentWidget()
        if widget is self.chart_tabs:
            widget = self.chart_tabs.currentWidget()
        if isinstance(widget, PlotPanel):
            return widget
        return getattr(widget, "current_panel", None) or getattr(widget, "bars", None)

    def current_tab_name(self) -> str:
        """The open tab (and chart), e.g. "tab_charts/tab_iso_flop", to reopen next time."""
        if not self.built:
            return self._waiting.get("tab", ("",))[0]
        chart = self.chart_tabs.currentWidget()  # None until the first results arrive
        return f"{self.tabs.currentWidget().objectName()}/{chart.objectName() if chart is not None else ''}"

    def select_tab(self, name: str) -> None:
        if not self.built:
            self._waiting["tab"] = (name,)
            return
        outer, _, inner = name.partition("/")
        for tabs, wanted in ((self.tabs, outer), (self.chart_tabs, inner)):
            for index in range(tabs.count()):
                if tabs.widget(index).objectName() == wanted and tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
