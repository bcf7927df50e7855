"""Editing as people do it: a field commits on Enter, focus out, a spin step or a pause in typing, never per key."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from model.project.project_file import load_project
from tests.gui.helpers import choose_preset, headline, type_into


def test_typing_2048_digit_by_digit_never_shows_204(qtbot, window):
    """204 once showed as a 334M-parameter model while 2048 was being typed."""
    type_into(qtbot, window, "n_heads", "16")  # GPT-2 small's 12 heads do not divide 2048
    shown: list[int] = []
    window.reportChanged.connect(lambda _report: shown.append(window.design.architecture.d_model))
    before = headline(window, "total_params")
    line = window.editor.row("architecture", "d_model").widget.lineEdit()
    line.selectAll()
    for digit in "2048":
        qtbot.keyClick(line, digit)
        assert headline(window, "total_params") == before  # nothing follows a keystroke
    assert shown == []
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert shown == [2048] and window.design.architecture.d_model == 2048


def test_a_pause_in_typing_commits(qtbot, window):
    line = window.editor.row("architecture", "n_layers").widget.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "13")
    assert window.design.architecture.n_layers == 12
    with qtbot.waitSignal(window.reportChanged, timeout=3000):
        pass  # no key pressed: the pause commits
    assert window.design.architecture.n_layers == 13


def test_leaving_the_field_commits(qtbot, window):
    line = window.editor.row("architecture", "n_layers").widget.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "14")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert window.design.architecture.n_layers == 14


def test_a_spin_step_commits_at_once(qtbot, window):
    field = window.editor.row("architecture", "n_layers").widget
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert window.design.architecture.n_layers == 13


def test_an_invalid_value_is_marked_at_the_field_and_the_results_are_stale_without_moving_the_form(qtbot, window):
    choose_preset(window, "llama-2-7b")
    row = window.editor.row("architecture", "d_model")
    tabs_at = window.editor.tabs.mapTo(window, QPoint(0, 0))
    before = headline(window, "total_params")
    type_into(qtbot, window, "d_model", "4095")  # 32 heads do not divide it
    assert row.error.isVisible() and "divisible" in row.error.text()
    assert window.results.stale_banner.isVisible() and window.results.headline.property("stale")
    assert headline(window, "total_params") == before and window.design.architecture.d_model == 4096
    assert window.editor.tabs.mapTo(window, QPoint(0, 0)) == tabs_at  # nothing was inserted above the form
    type_into(qtbot, window, "d_model", "5120")
    assert not row.error.isVisible() and not window.results.stale_banner.isVisible()
    assert not window.results.headline.property("stale") and window.design.architecture.d_model == 5120


def test_a_save_commits_what_is_being_typed(qtbot, window, tmp_path):
    line = window.editor.row("architecture", "n_layers").widget.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "15")
    window.path = tmp_path / "typed.llmproj"
    assert window.save()
    assert load_project(window.path).design.architecture.n_layers == 15


def test_an_export_says_where_it_saved_and_offers_the_folder(qtbot, tmp_path, monkeypatch):
    from gui.dialogs import Unattended
    from gui.export import ExportDialog
    from tests.gui.helpers import make_window

    target = tmp_path / "slides" / "loss.png"
    target.parent.mkdir()
    window = make_window(qtbot, dialogs=Unattended(ask_save_changes="discard", save_path=str(target)))
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: dialog._save())  # the person presses Save at once
    window.export_chart()
    assert target.exists()
    assert str(target) in window.statusBar().currentMessage()
    assert window.open_folder_button.isVisible() and window.saved_folder == target.parent


def test_file_dialogs_start_in_documents_or_the_last_folder(qtbot, tmp_path, monkeypatch):
    from gui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs.QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (asked.append(start) or str(tmp_path / "a.md"), ""))
    monkeypatch.setattr(dialogs.QFileDialog, "getOpenFileName", lambda _p, _t, start, _f: (asked.append(start) or "", ""))
    monkeypatch.setattr(dialogs.QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "Documents"))
    (tmp_path / "Documents").mkdir()
    from PySide6.QtCore import QSettings

    QSettings(dialogs.ORGANIZATION, dialogs.APPLICATION).remove("dialogs/folder")
    real = dialogs.Dialogs()
    real.open_path(None, "Open", "*")
    assert asked[-1] == str(tmp_path / "Documents")
    real.save_path(None, "Save", "report.md", "*")  # chosen: tmp_path/a.md
    assert asked[-1] == str(tmp_path / "Documents" / "report.md")
    real.open_path(None, "Open", "*")
    assert asked[-1] == str(tmp_path)  # the folder used last


def test_the_custom_gpu_name_can_be_edited(qtbot, window):
    from tests.gui.helpers import click_group_checkbox

    window.editor.tabs.setCurrentIndex(1)
    box = window.editor._boxes[("workload", "custom_gpu")]
    qtbot.waitUntil(box.isVisible)
    click_group_checkbox(qtbot, box)
    name = window.editor.row("workload", "custom_gpu", "name").widget
    name.selectAll()
    qtbot.keyClicks(name, "Ascend 910B")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    window.editor.tabs.setCurrentIndex(0)
    assert window.design.workload.custom_gpu.name == "Ascend 910B"


def test_the_auto_recomputation_says_what_the_planner_chose(window):
    """Like an empty number field ("auto: 128"), the recomputation choice left on auto shows the planner's choice.
    GPT-3 175B on its published 10,000 V100 (32 GB) cannot train without recomputing: "auto: full"."""
    from tests.gui.helpers import choose_preset

    choose_preset(window, "gpt3-175b")
    box = window.editor.row("workload", "recompute").widget
    assert box.itemText(box.findData("auto")) == "auto: full"
