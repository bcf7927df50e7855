from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_qt_warnings(qt_warnings):
    """Every GUI test fails on a Qt warning."""
    return qt_warnings


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts like a first start: no window size, tab or folder remembered from an earlier test."""
    from PySide6.QtCore import QSettings

    from gui import APPLICATION, ORGANIZATION

    QSettings(ORGANIZATION, APPLICATION).clear()


@pytest.fixture(autouse=True)
def _results_at_once(monkeypatch):
    """Tests read the results right after an edit: wait for them however long they take (test_plan_gui checks that a
    long computation leaves the window free)."""
    from gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "RESULTS_WAIT_S", 600.0)


@pytest.fixture
def window(qtbot):
    """The window with dialogs that never block: messages are recorded in `window.dialogs.messages`."""
    from gui.dialogs import Unattended
    from gui.main_window import MainWindow

    window = MainWindow(dialogs=Unattended(ask_save_changes="discard"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
