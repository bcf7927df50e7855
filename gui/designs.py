"""The designs of a project as tabs above the editor: switch, add, duplicate, rename, remove.

The bar holds no designs: it shows a `Project`'s names and reports what the
person asked for with signals; the window turns each request into an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QTabBar, QToolButton, QWidget

from gui.catalog import presets_by_family
from gui.editor import FAMILY_TITLES

if TYPE_CHECKING:
    from model.project.project_file import Project


def add_preset_menu(menu: QMenu, title: str, chosen: Callable[[str], None]) -> QMenu:
    """A submenu of every preset, grouped by family and, where a family has many, by year (newest first);
    choosing one calls `chosen(preset_id)`.  Filled when first opened (three such menus would cost the first frame)."""
    submenu = menu.addMenu(title)
    submenu.aboutToShow.connect(lambda: submenu.isEmpty() and _fill_preset_menu(submenu, chosen))
    return submenu


def _fill_preset_menu(submenu: QMenu, chosen: Callable[[str], None]) -> None:
    for family, entries in presets_by_family().items():
        section = submenu.addMenu(QCoreApplication.translate("Editor", FAMILY_TITLES.get(family, family)))
        years = sorted({entry.year for entry in entries}, reverse=True)
        by_year = len(entries) > 15 and len(years) > 1
        for year in years if by_year else [None]:
            target = section.addMenu(str(year)) if year is not None else section
            for entry in entries:
                if year is not None and entry.year != year:
                    continue
                action = target.addAction(f"{entry.name}  ({entry.size}, {entry.year})")
                action.setData(entry.id)
                action.triggered.connect(lambda _checked=False, preset_id=entry.id: chosen(preset_id))


class DesignBar(QWidget):
    currentChosen = Signal(int)
    removeRequested = Signal(int)
    renameRequested = Signal(int)
    duplicateRequested = Signal()
    presetRequested = Signal(str)
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("designBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(self.tabs.elideMode().ElideRight)
        self.tabs.setToolTip(self.tr("The designs of this project. Double-click a name to rename it."))
        self.tabs.currentChanged.connect(self._on_current)
        self.tabs.tabCloseRequested.connect(self.removeRequested)
        self.tabs.tabBarDoubleClicked.connect(lambda index: index >= 0 and self.renameRequested.emit(index))
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Design"))
        self.add_button.setToolTip(self.tr("Add a design to compare: a copy of this one, a preset, or a config.json"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        menu.addAction(self.tr("Duplicate this design"), self.duplicateRequested.emit)
        add_preset_menu(menu, self.tr("Add a preset"), self.presetRequested.emit)
        menu.addAction(self.tr("Import Hugging Face config.json…"), self.importRequested.emit)
        self.add_button.setMenu(menu)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.add_button)
        self._names: tuple[str, ...] = ()
        self._showing = False

    def show_project(self, project: Project) -> None:
        """Show the project's design names and its current design (without emitting anything)."""
        self.show_names(tuple(d.name for d in project.designs), project.current)

    def show_names(self, names: tuple[str, ...], current: int) -> None:
        self._showing = True
        try:
            if names != self._names:
                self._names = names
                while self.tabs.count() > len(names):
                    self.tabs.removeTab(self.tabs.count() - 1)
                for index, name in enumerate(names):
                    if index < self.tabs.count():
                        self.tabs.setTabText(index, name)
                    else:
                        self.tabs.addTab(name)
                    self.tabs.setTabToolTip(index, name)
                self.tabs.setTabsClosable(len(names) > 1)
            self.tabs.setCurrentIndex(current)
        finally:
            self._showing = False

    def _on_current(self, index: int) -> None:
        if not self._showing and index >= 0:
            self.currentChosen.emit(index)
