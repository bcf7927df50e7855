"""What the result views share without drawing anything: lazy drawing, the data of bars and overlays, design colours.

Kept apart from gui.charts so the window can show its editor and headline before
pyqtgraph and numpy are imported (they load right after the first paint).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from model.estimate.charts import Chart


class LazyView:
    """Mixin for views: `show_data` draws at once when visible, else when next shown.

    Only what a person can see is drawn on an edit (one chart of four, one
    section of six), which keeps an edit well inside one frame.
    """

    data = None
    _pending = None

    def show_data(self, data) -> None:
        self.data = self._pending = data
        if self.isVisible():
            self._flush()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._flush()

    def _flush(self) -> None:
        if self._pending is not None:
            data, self._pending = self._pending, None
            self.draw(data)  # every subclass defines draw(data)


@dataclass(frozen=True)
class Overlay:
    """One kind of chart for every design of a project: `charts[i]` belongs to the design `names[i]`.

    The current design's chart is drawn in full (laws, frontiers, references);
    every design adds its marker in its own colour and symbol, with its name in
    the legend, and its own curves where they differ from the current design's
    (loss vs parameters depends on each design's training tokens).
    """

    names: tuple[str, ...]
    charts: tuple[Chart, ...]
    current: int = 0
    budgets: tuple[str, ...] = ()  # per design, what its point stands for ("LLaMA-2 7B: 6.74B parameters, 2T tokens")

    @property
    def chart(self) -> Chart:
        return self.charts[self.current]

    @property
    def key(self) -> str:
        return self.chart.key

    @property
    def title(self) -> str:
        return self.chart.title


# A design keeps its colour and symbol in every chart; symbols tell designs apart where colours are close.
DESIGN_COLOURS = ("#000000", "#E69F00", "#56B4E9", "#CC79A7", "#009E73", "#D55E00", "#0072B2")
DESIGN_SYMBOLS = ("star", "o", "s", "t", "d", "p", "h", "t1")


@dataclass(frozen=True)
class Bars:
    """Data of a horizontal bar chart: one bar per category, optionally a second (active) value."""

    title: str
    unit: str  # "params" or "B"
    labels: tuple[str, ...]
    values: tuple[float, ...]
    second: tuple[float, ...] = ()
    first_name: str = ""
    second_name: str = ""
