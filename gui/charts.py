"""Charts: scaling-law plots and bar charts, with human tick labels, hover read-outs and slide export.

Every chart view keeps the last data it was given (`show(data)`), creates its
plot items once and afterwards only calls `setData`.  For export a fresh view of
the same class is made in slide style (large fonts, white or transparent
background), given the same data and rendered to an image of the chosen size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtWidgets import QGraphicsItem, QGraphicsWidget, QLabel, QVBoxLayout, QWidget

from gui.fields import count_text, model_text
from gui.views import DESIGN_COLOURS, DESIGN_SYMBOLS, Bars, LazyView, Overlay
from model.estimate.charts import Chart, Series
from model.project.units import format_bytes, format_si, significant

pg.setConfigOptions(antialias=True, background="w", foreground="#222")

# Okabe-Ito: distinct for colour-blind readers, and on a projector.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
REFERENCE_COLOUR = "#9e9e9e"
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def human(value: float, unit: str) -> str:
    """A tick or read-out value for people: 1M, 1B, 1T parameters; 10²¹ FLOP; 2 GB; 2.15 nats."""
    if unit in ("params", "tokens"):
        return count_text(value)
    if unit == "FLOP":
        exponent = math.log10(value) if value > 0 else 0
        if abs(exponent - round(exponent)) < 1e-6:
            return "10" + str(round(exponent)).translate(_SUPERSCRIPT)
        return format_si(value, "")
    if unit == "B":
        return format_bytes(value)
    return significant(value, 3)


class HumanAxis(pg.AxisItem):
    """Axis with tick labels in people's units; on log axes only whole decades are labelled."""

    def __init__(self, orientation: str, unit: str = "", **kwargs):
        super().__init__(orientation, **kwargs)
        self.unit = unit

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        if not self.logMode:
            return [human(v * scale, self.unit) if self.unit != "loss" else significant(v * scale, 3) for v in values]
        decades = [abs(v - round(v)) < 1e-6 for v in values]
        if not any(decades):  # zoomed into one decade: label every tick
            return [human(10.0**v, self.unit) for v in values]
        if sum(decades) < 2:  # one decade in view: 1, 2 and 5 of each, so the axis never shows a single number
            return [human(10.0**v, self.unit) if round(10 ** (v - math.floor(v + 1e-9)), 6) in (1.0, 2.0, 5.0) else "" for v in values]
        return [human(10.0**v, self.unit) if is_decade else "" for v, is_decade in zip(values, decades, strict=True)]


@dataclass(frozen=True)
class SlideStyle:
    """How a view draws: on screen, or for a slide (sizes in pixels of the exported image at 1x)."""

    tick_px: int = 12
    label_px: int = 13
    title_px: int = 15
    legend_px: int = 12
    line_scale: float = 1.0
    marker_scale: float = 1.0
    transparent: bool = False
    slide: bool = False


SCREEN = SlideStyle()
GRID_ALPHA = 0.15  # a faint grid: it guides the eye without competing with the curves
DESIGN_MARKER_PX = 22  # a design's star, the biggest marker (at marker_scale 1)
LEGEND_SAMPLE_PX = 20  # pyqtgraph's legend sample box, whose centre every marker is drawn on
SLIDE = SlideStyle(tick_px=22, label_px=24, title_px=34, legend_px=20, line_scale=1.8, marker_scale=1.8, slide=True)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class PlotPanel(LazyView, QWidget):
    """Base of every chart: a title-less PlotWidget with human axes, a hover read-out and a note."""

    def __init__(self, style: SlideStyle = SCREEN, parent: QWidget | None = None):
        super().__init__(parent)
        self.style_ = style
        self._title = ""
        self.bottom_axis, self.left_axis = HumanAxis("bottom"), HumanAxis("left")
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": self.bottom_axis, "left": self.left_axis})
        self.plot_widget.setBackground(None if style.transparent else "w")
        self.plot = self.plot_widget.getPlotItem()
        self.plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
        self.plot.setMenuEnabled(False)
        for axis in (self.bottom_axis, self.left_axis):
            axis.enableAutoSIPrefix(False)  # our tick labels carry their own units (1B, 10²¹)
            # Axis text is the slowest thing to paint; keep it as a pixmap until its ticks change.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            axis.setTickFont(_font(style.tick_px))
            axis.setTextPen("#222")
            axis.setPen("#444")
            if style.slide:
                axis.setStyle(tickTextOffset=10)
        self.left_axis.setWidth(int(style.tick_px * 5))
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("color: #333;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setFont(_font(max(11, style.label_px - 4)))
        self.note.setStyleSheet("color: #555;" + ("background: transparent;" if style.transparent else "background: white;"))
        layout = QVBoxLayout(self)
        margin = 24 if style.slide else 4  # slides: room around the title and the axis labels
        layout.setContentsMargins(margin, margin, margin, margin // 2)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.note)
        if style.slide:
            self.readout.hide()
        else:
            self._hover = pg.SignalProxy(self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)

    @property
    def title(self) -> str:
        return model_text(self.data.title) if self.data is not None else ""

    def set_title(self, title: str) -> None:
        if title == self._title:
            return
        self._title = title
        self.plot.setTitle(f"<span style='font-size:{self.style_.title_px}px; font-weight:600'>{title}</span>")

    def set_axis_labels(self, x_label: str, y_label: str) -> None:
        if (x_label, y_label) == getattr(self, "_axis_labels", None):
            return
        self._axis_labels = (x_label, y_label)
        css = {"font-size": f"{self.style_.label_px}px", "color": "#222"}
        self.plot.setLabel("bottom", x_label, **css)
        self.plot.setLabel("left", y_label, **css)

    def _on_mouse(self, event) -> None:
        position = event[0]
        if not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.vb.mapSceneToView(position)
        self.readout.setText(self.describe_point(point.x(), point.y()))

    def describe_point(self, x: float, y: float) -> str:
        return ""

    def slide_copy(self, transparent: bool) -> PlotPanel:
        """A new view of the same kind and data, styled for a slide."""
        copy = type(self)(SlideStyle(**{**SLIDE.__dict__, "transparent": transparent}))
        copy.data = self.data
        copy.draw(self.data)
        return copy


def _segment_meets(rect: QRectF, a: QPointF, b: QPointF) -> bool:
    """Whether the segment a-b passes through `rect` (Liang-Barsky clipping: some part of it lies inside)."""
    low, high = 0.0, 1.0
    dx, dy = b.x() - a.x(), b.y() - a.y()
    for p, q in ((-dx, a.x() - rect.left()), (dx, rect.right() - a.x()), (-dy, a.y() - rect.top()), (dy, rect.bottom() - a.y())):
        if p == 0:
            if q < 0:
                return False  # parallel to this edge and outside it
        elif p < 0:
            low = max(low, q / p)
        else:
            high = min(high, q / p)
    return low <= high


def _same_curve(series: Series, reference: Series | None, x_log: bool) -> bool:
    """Whether `series` lies on `reference` wherever both are defined (a law that ignores the design)."""
    if reference is None or len(reference.xs) < 2 or len(series.xs) < 2:
        return False
    transform = np.log10 if x_log else np.asarray
    xs, ref_xs = transform(np.asarray(series.xs, dtype=float)), transform(np.asarray(reference.xs, dtype=float))
    order = np.argsort(ref_xs)
    inside = (xs >= ref_xs[order[0]]) & (xs <= ref_xs[order[-1]])
    if not inside.any():
        return False
    ys = np.asarray(series.ys, dtype=float)[inside]
    ref_ys = np.interp(xs[inside], ref_xs[order], np.asarray(reference.ys, dtype=float)[order])
    return bool(np.all(np.abs(ys - ref_ys) <= 1e-3 * np.maximum(np.abs(ref_ys), 1e-12)))


class ChartView(PlotPanel):
    """One scaling-law chart from `model.estimate.charts` (or an `Overlay` of several designs' charts)."""

    def __init__(self, style: SlideStyle = SCREEN, parent: QWidget | None = None):
        super().__init__(style, parent)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextSize=f"{style.legend_px}px", labelTextColor="#222")
        # A design's star is wider than the legend's sample box: keep the text and the frame clear of it.
        spill = max(0.0, DESIGN_MARKER_PX * style.marker_scale / 2 - LEGEND_SAMPLE_PX / 2)
        self.legend.layout.setHorizontalSpacing(spill + 6)
        self.legend.layout.setContentsMargins(spill + 5, 5, 5, 5)
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 0 if style.transparent else 210))
        self.legend.setPen(pg.mkPen("#ccc"))
        self._placing = False
        self._placed_for: tuple = ()
        # the legend's labels get their size when first laid out, after the chart is drawn: place it again then
        self.legend.geometryChanged.connect(lambda: self._placing or self._declutter())
        self._legend_space = QGraphicsWidget()  # room under the plot for the legend when no corner is free
        self._legend_space.setPreferredHeight(0)
        self.plot.layout.addItem(self._legend_space, self.LEGEND_ROW, 1)
        self.plot.layout.setRowSpacing(self.LEGEND_ROW, 0)
        self.chart: Chart | None = None
        self._items: dict[object, pg.PlotDataItem] = {}
        self._colours: dict[str, str] = {}
        self._labels: dict[str, pg.TextItem] = {}
        self._names: dict[object, pg.TextItem] = {}  # a design's name beside its marker
        self._legend_key: tuple = ()
        self._plotted: dict[object, tuple[np.ndarray, np.ndarray]] = {}  # each item's data, for placing the legend
        # reference labels that would overlap another are hidden; which ones depends on the axes' ranges
        self.plot.vb.sigRangeChanged.connect(self._declutter)
        self.plot.vb.sigResized.connect(self._declutter)

    def draw(self, data: Chart | Overlay) -> None:
        overlay = data if isinstance(data, Overlay) else Overlay((), (data,))
        chart = self.chart = overlay.chart
        compare = len(overlay.charts) > 1
        self.bottom_axis.unit, self.left_axis.unit = chart.x_unit, chart.y_unit
        self.plot.setLogMode(x=chart.x_log, y=chart.y_log)
        self.set_title(model_text(chart.title))
        self.set_axis_labels(model_text(chart.x_label), model_text(chart.y_label))
        this_design = model_text("This design")
        about_designs = any(s.kind == "design" and s.label.startswith("This design") for s in chart.series)
        note = model_text(chart.note)
        if about_designs and overlay.budgets:  # on a slide the chart must say which model and how many tokens
            note = "\n".join(filter(None, (note, "; ".join(overlay.budgets))))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.readout.setText(" ")  # a read-out of the previous design would be wrong now
        name = overlay.names[overlay.current] if overlay.names else ""
        shown: set[object] = set()
        legend: list[tuple[pg.PlotDataItem, str]] = []
        named = False
        for series in chart.series:
            if compare and series.kind == "design":
                continue  # every design's marker is drawn below, in the design's colour
            item = self._show(series.key, series, lambda s=series: self._create(s), shown)
            label = model_text(series.label)
            if series.kind == "design" and name:
                label = label.replace(this_design, name, 1)
                if not named:  # the name beside the first of its markers
                    self._name_beside(series.key, name, series.xs[0], series.ys[0], "#222", shown)
                    named = True
            if series.kind != "reference":  # references are labelled at their ends instead
                legend.append((item, label))
            self._place_label(series)
        if compare:
            for index, (design_name, design_chart) in enumerate(zip(overlay.names, overlay.charts, strict=True)):
                self._draw_design(index, design_name, design_chart, None if index == overlay.current else chart, shown, legend)
        for key, item in self._items.items():
            if key not in shown:
                item.setVisible(False)
                if key in self._labels:
                    self._labels[key].setVisible(False)
        for key, text in self._names.items():
            text.setVisible(key in shown)
        # Nothing to plot (an encoder-only model's serving chart): no empty axes and legend, the note says why.
        for axis in ("left", "bottom"):
            self.plot.showAxis(axis, bool(shown))
        self.plot.showGrid(x=bool(shown), y=bool(shown), alpha=GRID_ALPHA)
        self._set_legend(legend)
        self.legend.setVisible(bool(legend))
        self._declutter()

    def _name_beside(self, key: object, name: str, x: float, y: float, colour: str, shown: set[object]) -> None:
        """The design's name just right of its marker, so a slide says which point is which without the legend."""
        text = self._names.get(key)
        if text is None:
            text = self._names[key] = pg.TextItem(anchor=(-0.15, 0.5))
            text.setFont(_font(max(11, self.style_.legend_px)))
            text.setZValue(6)
            self.plot.addItem(text)
        text.setText(name, color=colour)
        chart = self.chart
        text.setPos(math.log10(x) if chart.x_log else x, math.log10(y) if chart.y_log and y > 0 else y)
        shown.add(key)

    # Where the legend may go inside the plot, in order of preference: (its point, the plot's point, offset in pixels).
    LEGEND_CORNERS = (((1, 0), (1, 0), (-10, 10)), ((0, 1), (0, 1), (10, -10)), ((0, 0), (0, 0), (10, 10)), ((1, 1), (1, 1), (-10, -10)))
    DESIGN_WEIGHT = 100.0  # a design's marker or name hidden counts as much as this many points of a curve
    LEGEND_ROW = 4  # the plot item's grid: title 0, top axis 1, plot 2, bottom axis 3; the legend's row below them

    def _legend_scores(self) -> list[float]:
        """For each corner of LEGEND_CORNERS, what the legend would hide there: points of curves, and designs'
        markers and names at DESIGN_WEIGHT each."""
        vb = self.plot.vb
        size, area = self.legend.boundingRect().size(), vb.boundingRect()
        x_log, y_log = (self.chart.x_log, self.chart.y_log) if self.chart is not None else (False, False)
        points = []
        for key, item in self._items.items():
            if item.isVisible() and key in self._plotted:
                xs, ys = self._plotted[key]
                with np.errstate(divide="ignore", invalid="ignore"):  # as drawn: log10 on a log axis
                    xs, ys = (np.log10(xs) if x_log else xs), (np.log10(ys) if y_log else ys)
                weight = self.DESIGN_WEIGHT if item.opts.get("symbol") is not None else 1.0
                points.append((xs, ys, weight))
        names = [text.mapRectToScene(text.boundingRect()) for text in self._names.values() if text.isVisible()]
        (x0, x1), (y0, y1) = vb.viewRange()  # the range being shown, from which pixels map to data linearly
        sx, sy = (x1 - x0) / area.width(), (y1 - y0) / area.height()
        scores = []
        for (ax, ay), _parent, (dx, dy) in self.LEGEND_CORNERS:
            left = area.left() + dx if ax == 0 else area.right() + dx - size.width()
            top = area.top() + dy if ay == 0 else area.bottom() + dy - size.height()
            x_low, x_high = x0 + left * sx, x0 + (left + size.width()) * sx
            y_low, y_high = y1 - (top + size.height()) * sy, y1 - top * sy  # pixels grow downwards, data upwards
            score = sum(weight * float(np.count_nonzero((xs >= x_low) & (xs <= x_high) & (ys >= y_low) & (ys <= y_high)))
                        for xs, ys, weight in points)
            scene = vb.mapRectToScene(QRectF(left, top, size.width(), size.height()))
            scores.append(score + self.DESIGN_WEIGHT * sum(rect.intersects(scene) for rect in names))
        return scores

    def _place_legend(self) -> None:
        """The legend in the corner of the plot where it hides least (the top right when that is free); when every
        corner would hide a design, under the plot, in two columns where they fit, so the design is never behind it."""
        vb, legend = self.plot.vb, self.legend
        if not legend.items or vb.boundingRect().isEmpty():
            return
        if self._legend_state() == self._placed_for and not self._legend_hides_a_design():
            return  # placed for this chart, size and legend already (the plot resizing under it is no reason to move it)
        self._placing = True  # moving or re-flowing the legend changes its geometry: not a reason to place it again
        try:
            legend.setColumnCount(1)
            scores = self._legend_scores()
            best = scores.index(min(scores))
            if scores[best] < self.DESIGN_WEIGHT:
                self._legend_space.setPreferredHeight(0)
                if legend.parentItem() is not vb:
                    legend.setParentItem(vb)
                legend.anchor(*self.LEGEND_CORNERS[best])
                return
            legend.setColumnCount(2)
            if legend.boundingRect().width() > self.plot.boundingRect().width() - 20:  # two columns would be cut off
                legend.setColumnCount(1)
            self._legend_space.setPreferredHeight(legend.boundingRect().height() + 4)
            if legend.parentItem() is not self.plot:
                legend.setParentItem(self.plot)
            legend.anchor(itemPos=(0.5, 1), parentPos=(0.5, 1), offset=(0, -2))
        finally:
            self._placed_for = self._legend_state()
            self._placing = False

    def _legend_hides_a_design(self) -> bool:
        """Whether the legend, inside the plot, covers a design's marker or name (under the plot it never does)."""
        if self.legend.parentItem() is not self.plot.vb:
            return False
        box = self.legend.mapRectToScene(self.legend.boundingRect())
        if any(box.contains(marker.center()) for marker in self._marker_rects()):
            return True
        return any(text.isVisible() and box.intersects(text.mapRectToScene(text.boundingRect())) for text in self._names.values())

    def _marker_rects(self) -> list[QRectF]:
        """The designs' markers on screen (scene coordinates), each as large as it is drawn."""
        rects = []
        for item in self._items.values():
            if item.isVisible() and item.opts.get("symbol") is not None:
                xs, ys = item.getData()
                half = (item.opts.get("symbolSize") or 10) / 2
                for x, y in zip(xs if xs is not None else (), ys if ys is not None else (), strict=True):
                    centre = self.plot.vb.mapViewToScene(QPointF(x, y))
                    rects.append(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
        return rects

    def _legend_state(self) -> tuple:
        """What the legend's place depends on: the chart's data, range and size, and the legend's entries and size."""
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()
        return (id(self.data), (x0, x1, y0, y1), self.size().toTuple(), self._legend_key, self.legend.columnCount,
                self.legend.boundingRect().size().toTuple())

    def _declutter(self, *_args) -> None:
        """Designs' names cover no marker and no other name, and stay inside the plot (a name that would not is moved
        a line up or down, and left of its marker near the right edge); then the legend goes where it hides least;
        reference labels that would overlap anything already shown, the legend included, are hidden ("10B" / "100B
        parameters")."""
        vb = self.plot.vb
        vb.updateMatrix()  # a new range reaches the items' positions only at the next paint: place them on it now
        inside = vb.mapRectToScene(vb.boundingRect())
        markers = self._marker_rects()
        kept: list = []  # the names placed so far
        (x_low, x_high), _ = vb.viewRange()
        lines = [0] + [sign * k for k in range(1, len(self._names) + 2) for sign in (1, -1)]  # 0, 1, -1, 2, -2 ...
        for text in self._names.values():
            if not text.isVisible():
                continue
            left = text.pos().x() > x_low + 0.75 * (x_high - x_low)
            # off the markers and the other names, inside the plot; failing that, off the other names inside it;
            # failing that, off the other names
            for avoid, within in ((kept + markers, True), (kept, True), (kept, False)):
                for line in lines:
                    text.setAnchor((1.15 if left else -0.15, 0.5 - line))
                    rect = text.mapRectToScene(text.boundingRect())
                    if (not within or inside.contains(rect)) and not any(rect.intersects(other) for other in avoid):
                        break
                else:
                    continue
                break
            kept.append(rect)
        self._place_legend()  # where it hides no design's marker or name
        if self.legend.items:
            kept.append(self.legend.mapRectToScene(self.legend.boundingRect()))
        for key in sorted(self._labels, key=lambda k: -self._labels[k].pos().y()):
            label = self._labels[key]
            item = self._items.get(key)
            if item is None or not item.isVisible():
                label.setVisible(False)
                continue
            label.setVisible(True)
            for anchor in ((1, 1), (1, 0)):  # above the line's end; below it where the line runs through the text
                label.setAnchor(anchor)
                rect = label.mapRectToScene(label.boundingRect())
                if not self._crosses(key, rect):
                    break
            else:
                label.setAnchor((1, 1))
                rect = label.mapRectToScene(label.boundingRect())
            if any(rect.intersects(other) for other in kept):
                label.setVisible(False)
            else:
                kept.append(rect)

    def _crosses(self, key: object, rect: QRectF) -> bool:
        """Whether the plotted line `key` passes through the scene rectangle `rect` (sampled along its segments)."""
        xs, ys = self._plotted[key]
        if self.chart.x_log:
            xs = np.log10(xs)
        if self.chart.y_log:
            ys = np.log10(ys)
        vb = self.plot.vb
        points = [vb.mapViewToScene(QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True)]
        inner = rect.adjusted(2, 2, -2, -2)  # the label's corner sits on the line's end: touching it is not crossing
        return any(_segment_meets(inner, a, b) for a, b in zip(points, points[1:], strict=False))

    def _show(self, key: object, series: Series, create, shown: set[object], xs=None, ys=None) -> pg.PlotDataItem:
        item = self._items.get(key)
        if item is None:
            item = self._items[key] = create()
            self.plot.addItem(item)
        data = self._plotted[key] = (np.asarray(series.xs if xs is None else xs, dtype=float), np.asarray(series.ys if ys is None else ys, dtype=float))
        item.setData(*data)
        item.setVisible(True)
        shown.add(key)
        return item

    def _draw_design(self, index: int, name: str, chart: Chart, current: Chart | None, shown: set[object], legend: list) -> None:
        """One design of an overlay: its markers (one legend entry), and its own curves if it is not the current design."""
        colour = DESIGN_COLOURS[index % len(DESIGN_COLOURS)]
        markers = [s for s in chart.series if s.kind == "design"]
        if markers:
            xs, ys = [x for s in markers for x in s.xs], [y for s in markers for y in s.ys]
            legend.append((self._show(("design", index), markers[0], lambda: self._marker(index, colour), shown, xs, ys), name))
            self._name_beside(("name", index), name, xs[0], ys[0], colour if colour != "#000000" else "#222", shown)
        if current is None:
            return
        theirs = {s.key: s for s in current.series}
        own = [s for s in chart.series if s.kind == "curve" and not _same_curve(s, theirs.get(s.key), chart.x_log)]
        for number, series in enumerate(own):
            item = self._show(("curve", index, series.key), series, lambda: self._line(colour), shown)
            if number == 0:  # one legend entry for all of a design's own curves
                if chart.key == "serving_throughput":  # its own model and serving GPUs, not a training budget
                    text = QCoreApplication.translate("ChartView", "{name}, its own serving curve")
                else:
                    text = QCoreApplication.translate("ChartView", "{name}, at its own training budget")
                legend.append((item, text.format(name=name)))

    def _marker(self, index: int, colour: str) -> pg.PlotDataItem:
        item = pg.PlotDataItem(
            pen=None,
            symbol=DESIGN_SYMBOLS[index % len(DESIGN_SYMBOLS)],
            symbolSize=18 * self.style_.marker_scale,
            symbolBrush=colour,
            symbolPen=pg.mkPen("k", width=1),
        )
        item.setZValue(5)
        return item

    def _line(self, colour: str) -> pg.PlotDataItem:
        item = pg.PlotDataItem(pen=pg.mkPen(colour, width=1.6 * self.style_.line_scale, style=Qt.PenStyle.DashLine))
        item.setZValue(1)
        return item

    def _set_legend(self, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
        """Rebuild the legend only when its entries change (not on every edit)."""
        key = tuple((id(item), name) for item, name in entries)
        if key == self._legend_key:
            return
        self._legend_key = key
        self.legend.clear()
        for item, name in entries:
            self.legend.addItem(item, name)

    def legend_names(self) -> list[str]:
        """The legend's entries as shown (for tests and the export dialog)."""
        return [label.text for _sample, label in self.legend.items]

    def _colour(self, series: Series) -> str:
        if series.key not in self._colours:
            twin = series.key.removeprefix("design_")  # a law's design marker has the law's colour
            self._colours[series.key] = self._colours.get(twin) or PALETTE[len(self._colours) % len(PALETTE)]
        return self._colours[series.key]

    def _create(self, series: Series) -> pg.PlotDataItem:
        s = self.style_
        if series.kind == "reference":
            item = pg.PlotDataItem(pen=pg.mkPen(REFERENCE_COLOUR, width=1.2 * s.line_scale))
            label = pg.TextItem(model_text(series.label), color="#777", anchor=(1, 1))  # above the line's end, inside the plot
            label.setFont(_font(max(10, s.legend_px - 3)))
            self.plot.addItem(label)
            self._labels[series.key] = label
        elif series.kind in ("design", "optimum"):
            design = series.kind == "design"
            colour = self._colour(series) if design else "#444"
            item = pg.PlotDataItem(
                pen=None,
                symbol="star" if design else "d",
                symbolSize=(DESIGN_MARKER_PX if design else 16) * s.marker_scale,
                symbolBrush=colour,
                symbolPen=pg.mkPen("k", width=1),
            )
        else:
            colour = self._colour(series)
            width = (3.5 if series.kind == "frontier" else 2.0) * s.line_scale
            item = pg.PlotDataItem(pen=pg.mkPen(colour, width=width, style=Qt.PenStyle.DashLine if series.kind == "frontier" and "kaplan" in series.key else Qt.PenStyle.SolidLine))
        item.setZValue({"reference": 0, "curve": 1, "frontier": 2, "optimum": 3, "design": 4}[series.kind])
        return item

    def _place_label(self, series: Series) -> None:
        label = self._labels.get(series.key)
        if label is None or not series.xs:
            return
        x, y = series.xs[-1], series.ys[-1]
        chart = self.chart
        label.setPos(math.log10(x) if chart.x_log else x, math.log10(y) if chart.y_log else y)
        label.setVisible(True)

    def describe_point(self, x: float, y: float) -> str:
        chart = self.chart
        if chart is None:
            return ""
        x_value = 10.0**x if chart.x_log else x
        y_value = 10.0**y if chart.y_log else y
        text = f"{model_text(chart.x_label)}: {human(x_value, chart.x_unit)}   {model_text(chart.y_label)}: {human(y_value, chart.y_unit)}"
        nearest = self._nearest(x_value, y_value)
        if nearest:
            text += "   ▸ " + nearest
        return text

    def _nearest(self, x_value: float, y_value: float) -> str:
        """The line closest to the cursor (vertically), with its value at the cursor's x."""
        chart = self.chart
        best: tuple[float, str] | None = None
        for series in chart.series:
            if len(series.xs) < 2 or not (series.xs[0] <= x_value <= series.xs[-1] or series.xs[-1] <= x_value <= series.xs[0]):
                continue
            xs, ys = np.log10(series.xs), np.asarray(series.ys, dtype=float)
            order = np.argsort(xs)
            y_at = float(np.interp(math.log10(x_value), xs[order], ys[order]))
            distance = abs(math.log10(y_at) - math.log10(y_value)) if chart.y_log and y_value > 0 else abs(y_at - y_value)
            if best is None or distance < best[0]:
                best = (distance, f"{model_text(series.label)}: {human(y_at, chart.y_unit)}")
        return best[1] if best else ""


class BarChart(PlotPanel):
    """Horizontal bars with category names on the left and human numbers along the bottom."""

    def __init__(self, style: SlideStyle = SCREEN, parent: QWidget | None = None):
        super().__init__(style, parent)
        self.legend = self.plot.addLegend(offset=(-10, -10), labelTextSize=f"{style.legend_px}px", labelTextColor="#222")
        self.bars = pg.BarGraphItem(x0=[0], y=[0], height=0.7, width=[0], brush=PALETTE[0], pen=pg.mkPen("w"))
        self.active = pg.BarGraphItem(x0=[0], y=[0], height=0.35, width=[0], brush=PALETTE[1], pen=pg.mkPen("w"))
        self.plot.addItem(self.bars)
        self.plot.addItem(self.active)
        self.plot.setMouseEnabled(x=False, y=False)
        self.note.hide()

    def draw(self, bars: Bars) -> None:
        self.bottom_axis.unit = bars.unit
        self.set_title(bars.title)
        n = len(bars.labels)
        ys = np.arange(n)[::-1].astype(float)  # first category on top
        self.bars.setOpts(x0=np.zeros(n), y=ys, width=np.asarray(bars.values, dtype=float), height=0.7)
        has_second = bool(bars.second) and any(a != b for a, b in zip(bars.second, bars.values, strict=True))
        self.active.setOpts(x0=np.zeros(n), y=ys, width=np.asarray(bars.second if has_second else [0] * n, dtype=float), height=0.35)
        self.active.setVisible(has_second)
        self.legend.clear()
        if has_second:
            self.legend.addItem(self.bars, bars.first_name)
            self.legend.addItem(self.active, bars.second_name)
        self.left_axis.setTicks([[(y, label) for y, label in zip(ys, bars.labels, strict=True)], []])
        # pyqtgraph drops a tick label that does not fit the axis: make room for the longest name
        metrics = QFontMetrics(_font(self.style_.tick_px))
        self.left_axis.setWidth(max((metrics.horizontalAdvance(label) for label in bars.labels), default=40) + 24)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.plot.setXRange(0, max(bars.values, default=1) * 1.05 or 1, padding=0)
        # every bar keeps a readable label, first and last included: never squeezed below one text line per bar
        if not self.style_.slide:
            self.setMinimumHeight(n * (metrics.height() + 4) + 6 * metrics.height())

    def describe_point(self, x: float, y: float) -> str:
        bars = self.data
        if bars is None:
            return ""
        index = len(bars.labels) - 1 - int(round(y))
        if not 0 <= index < len(bars.labels):
            return ""
        text = f"{bars.labels[index]}: {human(bars.values[index], bars.unit)}"
        if bars.second:
            text += f"   {bars.second_name}: {human(bars.second[index], bars.unit)}"
        return text


# --- export -----------------------------------------------------------------------------------


def render_chart(view: PlotPanel, size: QSize, scale: float = 1.0, transparent: bool = False) -> QImage:
    """An image of `view`'s chart at `size` x `scale` pixels, styled for a slide."""
    copy = view.slide_copy(transparent)
    copy.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    copy.resize(size)
    copy.setAutoFillBackground(not transparent)
    copy.setStyleSheet("background: transparent;" if transparent else "background: white;")
    copy.show()  # laid out for real, but never on screen
    QCoreApplication.processEvents()
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    flags = QWidget.RenderFlag.DrawChildren if transparent else QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground
    copy.render(painter, QPoint(0, 0), QRegion(), flags)
    painter.end()
    copy.close()
    copy.deleteLater()
    image.setDevicePixelRatio(1.0)
    return image


CLIPBOARD_SIZE = QSize(1280, 720)


def copy_chart(view: PlotPanel) -> None:
    QGuiApplication.clipboard().setImage(render_chart(view, CLIPBOARD_SIZE))
