"""Projects in the window: save and open, bad files, failed saves, undo and redo, compare, recovery, drops."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent, QKeySequence
from PySide6.QtTest import QTest

from gui.dialogs import Unattended
from gui.document import RecoveryFile
from model.project.project_file import FORMAT_VERSION, Project, load_project, project_json
from model.project.sources import design_from_preset
from tests.gui.helpers import choose_preset, headline, make_window, type_into

CONFIGS = Path(__file__).resolve().parent.parent / "data" / "configs"

# Hugging Face LlamaForCausalLM, sum of parameter sizes (the preset's published count).
LLAMA_2_7B = "6,738,415,616 (6.74B)"
# One more LLaMA-2 7B layer: attention 4 × 4096² = 67,108,864; SwiGLU FFN 3 × 4096 × 11008 = 135,266,304;
# two RMSNorms 2 × 4096 = 8,192; together 202,383,360.  6,738,415,616 + 202,383,360 = 6,940,798,976.
LLAMA_2_7B_33_LAYERS = "6,940,798,976 (6.94B)"


def save_as(window, path: Path) -> bool:
    window.dialogs.answers["save_path"] = str(path)
    return window.save_as()


def last_message(window) -> str:
    return window.dialogs.messages[-1][1]


def test_title_shows_the_name_and_an_unsaved_mark(qtbot, window, tmp_path):
    assert window.windowTitle() == "Untitled project[*] — LLM Scale Studio"
    assert not window.isWindowModified()
    choose_preset(window, "llama-2-7b")
    assert window.isWindowModified()
    assert save_as(window, tmp_path / "llama")  # the suffix is added
    assert window.path == (tmp_path / "llama.llmproj").resolve()
    assert window.windowTitle() == "llama[*] — LLM Scale Studio"
    assert not window.isWindowModified()
    window.undo_stack.undo()
    assert window.isWindowModified()
    window.undo_stack.redo()
    assert not window.isWindowModified()


def test_save_then_open_is_identity(qtbot, window, tmp_path):
    choose_preset(window, "llama-2-70b")
    window.add_preset("mixtral-8x22b")
    type_into(qtbot, window, "n_layers", "40")
    path = tmp_path / "compare.llmproj"
    assert save_as(window, path)
    again = make_window(qtbot)
    assert again.open_path(path)
    assert again.project.model_dump() == window.project.model_dump()
    assert again.path == path.resolve() and not again.is_modified()
    assert str(path.resolve()) == again.recent.paths()[0]


BAD_FILES = {
    "corrupt": ("{this is not json", "damaged or truncated"),
    "truncated": (None, "damaged or truncated"),
    "wrong type": ('"n_layers": 32', "project.designs.0.architecture.n_layers (line"),
    "newer version": (f'"format_version": {FORMAT_VERSION}', "newer LLM Scale Studio"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_names_the_problem_and_changes_nothing(qtbot, window, tmp_path, kind):
    good = project_json(Project(designs=(design_from_preset("llama-2-7b"),)))
    change, expected = BAD_FILES[kind]
    if kind == "corrupt":
        text = change
    elif kind == "truncated":
        text = good[: len(good) // 2]
    elif kind == "wrong type":
        text = good.replace(change, '"n_layers": "many"')
    else:
        text = good.replace(change, '"format_version": 99')
    bad = tmp_path / "bad.llmproj"
    bad.write_text(text)

    type_into(qtbot, window, "n_layers", "13")  # an unsaved edit that must survive
    before, steps = window.project.model_dump(), window.undo_stack.count()
    assert not window.open_path(bad)
    assert expected in last_message(window)
    assert "bad.llmproj" in last_message(window)
    assert window.project.model_dump() == before
    assert window.undo_stack.count() == steps and window.is_modified() and window.path is None
    assert window.dialogs.asked == []  # not even asked to save: nothing was going to replace the project


def test_a_failed_save_says_so_and_keeps_the_document_unsaved(qtbot, window, tmp_path, monkeypatch):
    import model.project.project_file

    path = tmp_path / "kept.llmproj"
    assert save_as(window, path)
    old_text = path.read_text()
    type_into(qtbot, window, "n_layers", "24")
    assert window.isWindowModified()

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(model.project.project_file.os, "replace", disk_full)
    assert not window.save()
    assert "No space left on device" in last_message(window) and "not saved" in last_message(window)
    assert window.isWindowModified() and window.is_modified()
    assert window.design.architecture.n_layers == 24
    assert path.read_text() == old_text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.llmproj"]  # no temporary file left behind

    monkeypatch.undo()
    assert window.save()
    assert not window.isWindowModified()


def test_undo_and_redo_restore_exact_numbers(qtbot, window):
    choose_preset(window, "llama-2-7b")
    assert headline(window, "total_params") == LLAMA_2_7B
    type_into(qtbot, window, "n_layers", "33")
    assert headline(window, "total_params") == LLAMA_2_7B_33_LAYERS
    window.undo_stack.undo()
    assert headline(window, "total_params") == LLAMA_2_7B
    assert window.editor.row("architecture", "n_layers").widget.lineEdit().text() == "32"
    window.undo_stack.redo()
    assert headline(window, "total_params") == LLAMA_2_7B_33_LAYERS
    window.undo_stack.undo()
    window.undo_stack.undo()  # and the preset choice
    assert headline(window, "total_params") == "124,439,808 (124M)"
    assert window.undo_stack.undoText() == ""


def test_ctrl_z_in_a_field_undoes_the_edit_not_just_the_text(qtbot, window):
    choose_preset(window, "llama-2-7b")
    type_into(qtbot, window, "n_layers", "33")
    line = window.editor.row("architecture", "n_layers").widget.lineEdit()
    keys = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    QTest.keyClick(line, keys.key(), keys.keyboardModifiers())
    assert headline(window, "total_params") == LLAMA_2_7B
    assert window.design.architecture.n_layers == 32 and line.text() == "32"


def test_typing_several_digits_is_one_undo_step(qtbot, window):
    choose_preset(window, "llama-2-7b")
    steps = window.undo_stack.count()
    type_into(qtbot, window, "n_layers", "48")  # "4", then "48": two edits of one field
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Edit Layers" or window.undo_stack.undoText().startswith("Edit ")
    type_into(qtbot, window, "d_model", "5120")  # another field: another step
    assert window.undo_stack.count() == steps + 2
    window.undo_stack.undo()
    assert window.design.architecture.d_model == 4096 and window.design.architecture.n_layers == 48
    window.undo_stack.undo()
    assert window.design.architecture.n_layers == 32


def test_typing_back_to_the_old_value_leaves_no_step(qtbot, window):
    """13 committed by a pause in typing, then 12 typed over it and Enter: one editing of the field, no change."""
    with qtbot.waitSignal(window.reportChanged):
        type_into(qtbot, window, "n_layers", "13", commit=False)
    assert window.design.architecture.n_layers == 13
    type_into(qtbot, window, "n_layers", "12")
    assert window.undo_stack.count() == 0 and not window.is_modified()


def test_each_finished_edit_of_a_field_is_its_own_undo_step(qtbot, window):
    type_into(qtbot, window, "n_layers", "13")
    type_into(qtbot, window, "n_layers", "14")
    window.undo_stack.undo()
    assert window.design.architecture.n_layers == 13


def test_design_edits_are_undoable(qtbot, window):
    window.duplicate_design()
    assert [d.name for d in window.project.designs] == ["GPT-2 small", "GPT-2 small (2)"]
    assert window.project.current == 1
    window.dialogs.answers["ask_text"] = "wider"
    window.rename_design()
    assert window.design.name == "wider"
    assert window.designs.tabs.tabText(1) == "wider"
    window.remove_design(0)
    assert [d.name for d in window.project.designs] == ["wider"]
    for _ in range(3):
        window.undo_stack.undo()
    assert len(window.project.designs) == 1 and window.design.name == "GPT-2 small"
    assert window.designs.tabs.count() == 1


def test_switching_designs_is_not_an_edit(qtbot, window):
    window.add_preset("llama-2-7b")
    steps = window.undo_stack.count()
    window.designs.tabs.setCurrentIndex(0)
    assert window.project.current == 0 and window.design.name == "GPT-2 small"
    assert headline(window, "total_params") == "124,439,808 (124M)"
    assert window.undo_stack.count() == steps


def show_every_chart(qtbot, window) -> None:
    window.results.tabs.setCurrentWidget(window.results.chart_tabs)
    for view in window.results.charts.values():
        window.results.chart_tabs.setCurrentWidget(view)
        qtbot.waitUntil(view.isVisible)


def test_compare_a_dense_model_with_an_moe(qtbot, window):
    choose_preset(window, "llama-2-70b")
    window.add_preset("mixtral-8x22b")
    assert [d.name for d in window.project.designs] == ["LLaMA-2 70B", "Mixtral 8x22B"]
    table = window.results.comparison
    assert window.results.tabs.currentWidget() is table  # the comparison comes forward when it appears
    # Hugging Face LlamaForCausalLM and MixtralForCausalLM, sums of parameter sizes
    assert table.cell_text("Total parameters", 0) == "68,976,648,192"
    assert table.cell_text("Total parameters", 1) == "140,620,634,112"
    assert table.horizontalHeaderItem(1).text().endswith("Mixtral 8x22B")
    show_every_chart(qtbot, window)
    for view in window.results.charts.values():
        names = view.legend_names()
        assert "LLaMA-2 70B" in names and "Mixtral 8x22B" in names, (view.title, names)
    # Loss vs parameters depends on each design's training tokens: the other design's curves are drawn too.
    loss = window.results.charts["loss_vs_params"]
    assert any(key[0] == "curve" and item.isVisible() for key, item in loss._items.items() if isinstance(key, tuple))
    window.results.chart_tabs.setCurrentWidget(loss)
    window.undo_stack.undo()
    assert not window.results.tabs.isTabVisible(window.results.tabs.indexOf(table))
    assert "LLaMA-2 70B" not in loss.legend_names()
    assert "LLaMA-2 70B (Kaplan)" in loss.legend_names()  # one design: its name where "This design" would be


def test_recovery_after_a_crash(qtbot, tmp_path):
    recovery = RecoveryFile(tmp_path / "recovery.llmproj")
    crashed = make_window(qtbot, recovery=recovery)
    choose_preset(crashed, "llama-2-7b")
    type_into(qtbot, crashed, "n_layers", "33")
    qtbot.waitUntil(recovery.path.exists, timeout=5000)  # the timer writes it within a few seconds
    # The process dies here: no closeEvent, the recovery file stays.
    started = make_window(qtbot, recovery=recovery, dialogs=Unattended(ask_restore=True, ask_save_changes="discard"))
    assert started.offer_recovery()
    assert started.dialogs.asked == ["ask_restore"]
    assert started.project.model_dump() == crashed.project.model_dump()
    assert headline(started, "total_params") == LLAMA_2_7B_33_LAYERS
    assert started.isWindowModified()
    assert save_as(started, tmp_path / "rescued.llmproj")
    assert not recovery.path.exists()


def test_recovery_declined_or_unanswered(qtbot, tmp_path):
    recovery = RecoveryFile(tmp_path / "recovery.llmproj")
    crashed = make_window(qtbot, recovery=recovery)
    type_into(qtbot, crashed, "n_layers", "13")
    crashed.write_recovery()
    nobody = make_window(qtbot, recovery=recovery, dialogs=Unattended(ask_restore=None))
    assert not nobody.offer_recovery() and recovery.path.exists()  # kept for a person to decide
    declined = make_window(qtbot, recovery=recovery, dialogs=Unattended(ask_restore=False))
    assert not declined.offer_recovery() and not recovery.path.exists()
    assert declined.design.architecture.n_layers == 12


def test_clean_close_removes_the_recovery_file(qtbot, tmp_path):
    recovery = RecoveryFile(tmp_path / "recovery.llmproj")
    window = make_window(qtbot, recovery=recovery)
    type_into(qtbot, window, "n_layers", "13")
    window.write_recovery()
    assert recovery.path.exists()
    assert window.close()
    assert not recovery.path.exists()


def test_closing_with_unsaved_changes_asks(qtbot, window, tmp_path):
    type_into(qtbot, window, "n_layers", "13")
    window.dialogs.answers["ask_save_changes"] = "cancel"
    assert not window.close()
    assert window.isVisible()
    window.dialogs.answers["ask_save_changes"] = "save"
    window.dialogs.answers["save_path"] = str(tmp_path / "asked.llmproj")
    assert window.close()
    assert (tmp_path / "asked.llmproj").exists()


def test_new_and_close_ask_before_replacing_the_project(qtbot, window):
    type_into(qtbot, window, "n_layers", "13")
    window.dialogs.answers["ask_save_changes"] = "cancel"
    window.new_project("llama-2-7b")
    assert window.design.architecture.n_layers == 13
    window.dialogs.answers["ask_save_changes"] = "discard"
    window.new_project("llama-2-7b")
    assert headline(window, "total_params") == LLAMA_2_7B
    assert window.undo_stack.count() == 0 and not window.is_modified()


def drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(window, event)


def test_dropping_a_config_imports_it(qtbot, window):
    drop(window, CONFIGS / "llama-2-7b.json")  # a fresh window: the import replaces the starting design
    assert [d.name for d in window.project.designs] == ["meta-llama/Llama-2-7b-hf"]
    assert headline(window, "total_params") == LLAMA_2_7B
    drop(window, CONFIGS / "mixtral-8x7b.json")  # then: added next to it, to compare
    assert len(window.project.designs) == 2 and window.project.current == 1
    assert headline(window, "total_params") == "46,702,792,704 (46.7B)"
    window.undo_stack.undo()
    assert len(window.project.designs) == 1


def test_dropping_a_model_folder_imports_it_named_after_the_folder(qtbot, window, tmp_path):
    folder = tmp_path / "Qwen3-0.6B"
    folder.mkdir()
    data = json.loads((CONFIGS / "qwen3-0.6b.json").read_text())
    del data["_name_or_path"]
    (folder / "config.json").write_text(json.dumps(data))
    drop(window, folder)
    assert [d.name for d in window.project.designs] == ["Qwen3-0.6B"]
    assert headline(window, "total_params") == "596,049,920 (596M)"  # transformers Qwen3ForCausalLM


def test_dropping_a_model_folder_shows_its_checkpoint_count(qtbot, window, tmp_path):
    from tests.model.test_model_sources import write_safetensors

    folder = tmp_path / "Qwen3-0.6B"
    folder.mkdir()
    (folder / "config.json").write_text((CONFIGS / "qwen3-0.6b.json").read_text())
    write_safetensors(folder / "model.safetensors", {"model.embed_tokens.weight": ("BF16", [151936, 1024]),
                                                     "lm_head.weight": ("BF16", [151936, 1024])})  # tied, stored again
    drop(window, folder)
    message = window.statusBar().currentMessage()
    assert "Checkpoint, from the headers of 1 safetensors file(s): 311,164,928 values (311,164,928 BF16)" in message
    assert "this design: 596,049,920" in message
    assert message.endswith("; set apart: 155,582,464 output head stored although it is tied to the embeddings")


def test_a_model_folder_with_an_index_but_not_its_files(qtbot, window, tmp_path):
    """metadata.total_size is bytes, not parameters, and names carry no shapes: nothing is counted, and the status bar
    says why; the design imports as from config.json alone."""
    folder = tmp_path / "Qwen3-0.6B"
    folder.mkdir()
    (folder / "config.json").write_text((CONFIGS / "qwen3-0.6b.json").read_text())
    index = {"metadata": {"total_size": 1_192_099_840}, "weight_map": {
        "model.embed_tokens.weight": "model-00001-of-00002.safetensors", "model.norm.weight": "model-00002-of-00002.safetensors",
        "visual.merger.mlp.0.weight": "model-00002-of-00002.safetensors"}}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    drop(window, folder)
    assert headline(window, "total_params") == "596,049,920 (596M)"
    assert window.statusBar().currentMessage() == ("The checkpoint's index names 3 tensors in 2 safetensors file(s), none of "
                                                   "them here: its parameters are counted from the files' headers.")


def test_dropping_a_project_opens_it(qtbot, window, tmp_path):
    other = make_window(qtbot)
    choose_preset(other, "mistral-7b")
    path = tmp_path / "mistral.llmproj"
    assert save_as(other, path)
    drop(window, path)
    assert window.path == path.resolve() and window.design.name == "Mistral 7B"


def test_a_file_open_event_opens_the_file(qtbot, window, tmp_path):
    """macOS sends QFileOpenEvent to the application when a .llmproj is double-clicked."""
    from gui.app import FileOpenFilter

    path = tmp_path / "double-clicked.llmproj"
    path.write_text(Path(__file__).resolve().parent.parent.joinpath("data", "project_v1.llmproj").read_text())
    app = QCoreApplication.instance()
    opener = FileOpenFilter(window)
    app.installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(opener)
    assert window.path == path.resolve()
    assert window.design.name == "LLaMA-2 7B, longer training"


def test_export_report_markdown_and_csv(qtbot, window, tmp_path):
    window.add_preset("llama-2-7b")
    window.dialogs.answers["save_path"] = str(tmp_path / "report.md")
    assert window.export_report()
    markdown = (tmp_path / "report.md").read_text()
    assert "## Comparison" in markdown and "| Total parameters | 124,439,808 | 6,738,415,616 |" in markdown
    window.dialogs.answers["save_path"] = lambda _suggested: (str(tmp_path / "table"), "CSV table (*.csv)")
    assert window.export_report()
    header = (tmp_path / "table.csv").read_text().splitlines()[0]
    assert header == "design,section,key,label,value,unit,formula,source"


def test_open_recent_lists_saved_files(qtbot, window, tmp_path):
    assert save_as(window, tmp_path / "first.llmproj")
    assert save_as(window, tmp_path / "second.llmproj")
    window._fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert names[:2] == ["second.llmproj", "first.llmproj"]


def test_recovery_file_is_a_project_file(tmp_path):
    recovery = RecoveryFile(tmp_path / "sub" / "recovery.llmproj")
    assert recovery.write(Project(), "/somewhere/x.llmproj")
    assert load_project(recovery.path) == Project()
    assert recovery.read()[1] == "/somewhere/x.llmproj"
    recovery.clear()
    assert not any(recovery.path.parent.iterdir())
