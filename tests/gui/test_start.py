"""A fast start: the editor and headline are painted before pyqtgraph, numpy and the charts are loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.gui.helpers import make_window

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_module_does_not_load_the_charts():
    code = "import gui.app, sys; print(sorted(m for m in ('pyqtgraph', 'numpy', 'gui.charts') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True, timeout=120)
    assert out.stdout.strip() == "[]"


def test_a_deferred_window_shows_editor_and_headline_then_builds_the_rest(qtbot):
    from PySide6.QtCore import QSettings

    from gui.app import APPLICATION, ORGANIZATION

    QSettings(ORGANIZATION, APPLICATION).remove("window/tab")  # the tab an earlier test's window was closed on
    window = make_window(qtbot, deferred=True)
    assert window.results.headline.cards["total_params"].value.text() == "124,439,808 (124M)"  # GPT-2 small
    assert not window.results.built and window.results.tabs.count() == 0
    window.finish_start()
    assert window.results.built and window.results.tabs.count() >= 9
    assert window.results.tabs.currentWidget() is window.results.breakdown
    assert window.results.breakdown.tree.topLevelItemCount() > 0
    assert window.editor.row("workload", "training_tokens").widget.lineEdit().placeholderText() == "auto: 2.49B"
