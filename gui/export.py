"""File ▸ Export chart…: choose a chart, a size, a scale and a background, then save a PNG."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from gui.charts import PlotPanel, render_chart
from gui.dialogs import Dialogs

SIZES = ((1920, 1080), (1280, 720))


class ExportDialog(QDialog):
    """Asks what to export; `export_to(path)` writes it (the dialog never does I/O on its own)."""

    def __init__(self, charts: list[PlotPanel], current: int = 0, parent: QWidget | None = None, dialogs: Dialogs | None = None):
        super().__init__(parent)
        self.dialogs = dialogs or Dialogs()
        self.saved_path: str | None = None  # where the chart went, once saved
        self.setWindowTitle(self.tr("Export chart"))
        self.charts = charts
        form = QFormLayout(self)

        self.chart_box = QComboBox()
        for view in charts:
            self.chart_box.addItem(view.title)
        self.chart_box.setCurrentIndex(current)
        form.addRow(self.tr("Chart:"), self.chart_box)

        self.size_box = QComboBox()
        for width, height in SIZES:
            self.size_box.addItem(self.tr("{w} × {h} (slide, 16:9)").format(w=width, h=height), QSize(width, height))
        self.size_box.addItem(self.tr("Custom size"), None)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value in ((self.width_box, 1600), (self.height_box, 1200)):
            box.setRange(200, 8000)
            box.setValue(value)
            box.setSuffix(self.tr(" px"))
        custom = QHBoxLayout()
        custom.addWidget(self.width_box)
        custom.addWidget(self.height_box)
        form.addRow(self.tr("Size:"), self.size_box)
        form.addRow(self.tr("Custom width × height:"), custom)
        self.size_box.currentIndexChanged.connect(self._sync_custom)
        self._sync_custom()

        self.scale_box = QComboBox()
        self.scale_box.addItem(self.tr("1× (as the size says)"), 1.0)
        self.scale_box.addItem(self.tr("2× (twice the pixels, for sharp projection)"), 2.0)
        form.addRow(self.tr("Scale:"), self.scale_box)

        self.white = QRadioButton(self.tr("White"))
        self.transparent = QRadioButton(self.tr("Transparent"))
        self.white.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.white)
        group.addButton(self.transparent)
        background = QHBoxLayout()
        background.addWidget(self.white)
        background.addWidget(self.transparent)
        form.addRow(self.tr("Background:"), background)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _sync_custom(self) -> None:
        custom = self.size_box.currentData() is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)

    def image_size(self) -> QSize:
        return self.size_box.currentData() or QSize(self.width_box.value(), self.height_box.value())

    def export_to(self, path: str) -> bool:
        image = render_chart(self.charts[self.chart_box.currentIndex()], self.image_size(), self.scale_box.currentData(), self.transparent.isChecked())
        return image.save(path, "PNG")

    def _save(self) -> None:
        name = self.charts[self.chart_box.currentIndex()].title or "chart"
        answer = self.dialogs.save_path(self, self.tr("Export chart"), f"{name}.png", self.tr("PNG image (*.png)"))
        if not answer:
            return
        path = answer[0]
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.export_to(path):
            self.saved_path = path
            self.accept()
        else:
            QMessageBox.warning(self, self.tr("Export chart"), self.tr("Could not write {path}.").format(path=path))
