"""A fast start: the editor and headline are painted before pyqtgraph, numpy and the charts are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


FIRST_FRAME = """
import sys
from PySide6.QtWidgets import QApplication
from gui.main_window import MainWindow
app = QApplication([])
window = MainWindow(deferred=True)
window.show()
window.repaint()
loaded = ('pydantic', 'model.design.design', 'model.project.report', 'numpy', 'pyqtgraph')
print(sorted(m for m in loaded if m in sys.modules), window.results.headline.cards['total_params'].value.text())
window.finish_start()
print('pydantic' in sys.modules and window.results.built, window.design.name)
"""


def test_the_first_frame_is_painted_before_pydantic_and_the_model_are_imported(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME], capture_output=True, text=True, cwd=ROOT, env=env, check=True, timeout=120)
    assert out.stdout.splitlines() == ["[] 124,439,808 (124M)", "True GPT-2 small"]  # GPT-2 small, 124,439,808 parameters


def test_the_start_snapshot_is_what_the_model_makes(qtbot):
    """The committed snapshot must follow the model: after changing a field, a preset or a headline figure, run
    .venv/bin/python -m gui.start."""
    from gui.start import SNAPSHOT_NAME, snapshot_text
    from model.project.resources import resources_dir

    assert (resources_dir() / SNAPSHOT_NAME).read_text(encoding="utf-8") == snapshot_text(), "run .venv/bin/python -m gui.start"


def shown_texts(window) -> dict:
    """What a person sees of the first frame: the window title, the design tabs, the editor's fields, the headline."""
    editor = window.editor
    rows = {".".join(path): (row.label.text(), row.widget.text() if hasattr(row.widget, "text") else row.widget.currentText()
                             if hasattr(row.widget, "currentText") else row.widget.isChecked(), row.hint.text(), row.widget.toolTip(),
                             row.widget.isEnabled(), getattr(row.widget, "lineEdit", lambda: None)() and row.widget.lineEdit().placeholderText())
            for path, row in editor._rows.items()}
    cards = {key: (card.label.text(), card.value.text(), card.toolTip(), card.note.text(), card.isVisibleTo(window))
             for key, card in window.results.headline.cards.items()}
    boxes = {".".join(path): box.isChecked() for path, box in editor._boxes.items()}
    return {"title": window.windowTitle(), "designs": [window.designs.tabs.tabText(i) for i in range(window.designs.tabs.count())],
            "preset": editor.presets.currentText(), "rows": rows, "boxes": boxes, "results": window.results.title.text(), "cards": cards}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_first_frame_shows_what_the_loaded_model_then_shows(qtbot, language):
    from gui import i18n

    i18n.install_language(language)
    try:
        window = make_window(qtbot, deferred=True)
        assert window._frame is not None and window._project is None  # drawn from the snapshot
        assert not window.editor.pages_differ()  # the snapshot's fields are the model's: no second editor
        first = shown_texts(window)
        window.finish_start()
        assert window._frame is None and window._project is not None
        after = shown_texts(window)
        for part in ("rows", "boxes"):  # the Workload page is built now too
            after[part] = {path: value for path, value in after[part].items() if path in first[part]}
        assert after == first
        assert len(first["rows"]) >= 20 and len(first["cards"]) >= 8  # the first page as far as a screen shows it
    finally:
        i18n.install_language("en")


def test_a_stale_or_missing_snapshot_still_gives_the_model_s_own_fields(qtbot, monkeypatch):
    import dataclasses

    import gui.main_window
    import gui.start

    frame = gui.start.load_start_frame()
    architecture = tuple(spec for spec in frame.pages[0] if spec.name != "d_model")  # as if d_model were new
    stale = dataclasses.replace(frame, pages=(architecture, *frame.pages[1:]))
    monkeypatch.setattr(gui.main_window, "load_start_frame", lambda: stale)
    window = make_window(qtbot, deferred=True)
    assert ("architecture", "d_model") not in window.editor._rows
    window.finish_start()
    assert window.editor.row("architecture", "d_model").widget.value() == 768  # GPT-2 small

    monkeypatch.setattr(gui.start, "SNAPSHOT_NAME", "no_such_snapshot.json")
    assert gui.start.load_start_frame() is None
    monkeypatch.setattr(gui.main_window, "load_start_frame", gui.start.load_start_frame)
    window = make_window(qtbot, deferred=True)
    assert window._frame is None and window.design.name == "GPT-2 small"  # the model loaded before the first paint


def test_an_edit_before_finish_start_loads_the_model_first(qtbot):
    from model.project.sources import design_from_preset

    window = make_window(qtbot, deferred=True)
    llama = design_from_preset("llama-2-7b")
    window._apply(llama)
    assert window.design == llama
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.design.name == "GPT-2 small"


def test_a_file_dropped_before_finish_start_is_imported(qtbot):
    window = make_window(qtbot, deferred=True)
    assert window.import_config(ROOT / "tests" / "data" / "configs" / "mistral-7b.json")
    assert window._frame is None and len(window.project.designs) == 1  # it takes the place of the starting design
    assert window.design.architecture.d_model == 4096  # Mistral 7B's config.json: hidden_size 4096


STEADY = """
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from gui.main_window import MainWindow
app = QApplication([])
window = MainWindow(deferred=True)
window.resize(1366, 768)
window.show()
app.processEvents()
def seen():
    rows = [window.editor.row("architecture", name) for name in ("vocab_size", "d_model", "n_layers", "n_heads")]
    return [(row.label.mapTo(window, QPoint(0, 0)).toTuple(), row.label.fontInfo().family()) for row in rows]
before = seen()
window.finish_start()
app.processEvents()
print(before == seen(), before[0][1])
"""


def test_the_first_frame_does_not_move_when_the_model_and_fonts_arrive(tmp_path):
    """In English the CJK fallback font is registered after the first paint (a fresh process, as at a real start):
    no label may change its font or its place when it is."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    out = subprocess.run([sys.executable, "-c", STEADY], capture_output=True, text=True, cwd=ROOT, env=env, check=True, timeout=120)
    steady, family = out.stdout.split(maxsplit=1)
    assert steady == "True", family
