"""The main window, driven as a person would: type, click, read what the window shows."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from gui.editor import Editor
from gui.fields import parse_number
from tests.gui.helpers import choose_preset, click_group_checkbox, headline, type_into


def test_window_opens_with_gpt2_small(window):
    # GPT-2 small: 124,439,808 parameters (Hugging Face GPT2Model, tied head)
    assert headline(window, "total_params") == "124,439,808 (124M)"
    assert window.editor.presets.currentData(Qt.ItemDataRole.UserRole) == "gpt2-small"
    assert not window.results.stale_banner.isVisible()


def test_typing_d_model_updates_the_headline(qtbot, window):
    type_into(qtbot, window, "d_model", "1536")
    # GPT-2 small at d = 1536: embeddings 50257 d + 1024 d; 12 layers of
    # attention 4d² + 4d, FFN 2 d·3072 + 3072 + d, two LayerNorms 4d; final norm 2d.
    assert headline(window, "total_params") == "305,465,856 (305M)"
    assert window.design.architecture.d_model == 1536
    assert not window.results.stale_banner.isVisible()


def test_todays_features_are_editable(qtbot, window):
    choose_preset(window, "gpt-oss-20b")
    # transformers GptOssForCausalLM on the meta device: 20,914,757,184
    assert headline(window, "total_params") == "20,914,757,184 (20.9B)"
    assert window.editor.row("architecture", "sliding_window").value() == 128
    assert window.editor.row("architecture", "attention_sinks").value() is True
    # without a window, the pattern of full-attention layers does not apply (greyed out)
    line = window.editor.row("architecture", "sliding_window").widget.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.editor.row("architecture", "full_attention_every").widget.isEnabled())
    assert headline(window, "total_params") == "20,914,757,184 (20.9B)"  # a window has no parameters
    choose_preset(window, "qwen3-8b")
    assert window.editor.row("architecture", "qk_norm").value() == "per-head"
    assert headline(window, "total_params") == "8,190,735,360 (8.19B)"
    choose_preset(window, "qwen3-next-80b-a3b")  # transformers Qwen3NextForCausalLM: 79,674,391,296
    assert window.editor._boxes[("architecture", "linear_mixer")].isChecked()
    assert window.editor.row("architecture", "linear_mixer", "layers").value() == 36
    assert headline(window, "total_params") == "79,674,391,296 (79.7B)"


def test_qk_norm_bias_and_the_deberta_convolution_are_editable(qtbot, window):
    choose_preset(window, "qwen3-8b")  # RMSNorm query/key norms: no bias to have; a decoder: no DeBERTa convolution
    assert not window.editor.row("architecture", "qk_norm_bias").widget.isEnabled()
    assert not window.editor.row("architecture", "conv_after_first_layer").widget.isEnabled()
    choose_preset(window, "bert-base")
    assert window.editor.row("architecture", "conv_after_first_layer").widget.isEnabled()
    type_into(qtbot, window, "conv_after_first_layer", "3")
    # modeling_deberta_v2.ConvLayer on BERT-base widths: 768^2 x 3 + 768 (conv) + 2 x 768 (LayerNorm) more
    qtbot.waitUntil(lambda: headline(window, "total_params") == f"{109_482_240 + 1_771_776:,} (111M)")
    assert window.design.architecture.conv_after_first_layer == 3


def test_mtp_module_and_vision_tower_are_shown_apart_and_added_up(qtbot, window):
    """Under the parameter total and above the breakdown: what the released checkpoint holds beside the total
    (counts derived in tests/model/test_params.py)."""
    sentence = "671B model + 11.61B MTP + 1.853B embedding and head copies for MTP = 684.5B in the released checkpoint"
    choose_preset(window, "deepseek-v3")
    card = window.results.headline.cards["total_params"]
    assert headline(window, "total_params") == "671,026,404,352 (671B)"  # the total stays the model's
    assert card.note.isVisible() and card.note.text() == sentence
    window.results.tabs.setCurrentWidget(window.results.breakdown)
    note = window.results.breakdown.checkpoint
    qtbot.waitUntil(note.isVisible)
    assert note.text() == sentence
    choose_preset(window, "gemma-3-27b")
    assert card.note.text() == "27.01B model + 423.1M vision tower and projector = 27.43B in the released checkpoint"
    assert note.text() == card.note.text()
    choose_preset(window, "llama-2-7b")  # the checkpoint is the model: nothing to add
    assert not card.note.isVisible() and not note.isVisible()


def test_mixtral_preset_shows_exact_total_and_active(window):
    choose_preset(window, "mixtral-8x7b")
    # Hugging Face MixtralForCausalLM, sum of parameter sizes
    assert headline(window, "total_params") == "46,702,792,704 (46.7B)"
    assert headline(window, "active_params") == "12,879,925,248 (12.9B)"
    moe = window.editor._boxes[("architecture", "moe")]
    assert moe.isChecked()
    assert "27.6%" in moe.summary.text()


def test_toggling_moe(qtbot, window):
    choose_preset(window, "llama-2-7b")
    assert headline(window, "total_params") == "6,738,415,616 (6.74B)"
    moe = window.editor._boxes[("architecture", "moe")]
    click_group_checkbox(qtbot, moe)
    assert moe.isChecked()
    # Default MoE with experts as wide as d_ff (11008): 8 SwiGLU experts, top-2, router 8 x 4096.
    # One expert is 3 x 4096 x 11008 = 135,266,304; per layer +7 experts + router in total,
    # +1 expert + router active: 6,738,415,616 + 32 x 946,896,896 and + 32 x 135,299,072.
    assert headline(window, "total_params") == "37,039,116,288 (37B)"
    assert headline(window, "active_params") == "11,067,985,920 (11.1B)"
    assert window.editor.row("architecture", "moe", "expert_d_ff").widget.value() == 11008
    click_group_checkbox(qtbot, moe)
    assert not moe.isChecked()
    assert headline(window, "total_params") == "6,738,415,616 (6.74B)"
    assert window.design.architecture.moe is None


def test_invalid_value_is_marked_and_numbers_stay(qtbot, window):
    before = headline(window, "total_params")
    type_into(qtbot, window, "d_model", "0")
    row = window.editor.row("architecture", "d_model")
    assert row.error.isVisible()
    assert row.error.text() == "must be at least 1"
    assert headline(window, "total_params") == before

    type_into(qtbot, window, "d_model", "770")  # 770 is not divisible by 12 heads: a cross-field error
    banner = window.results.stale_banner
    assert banner.isVisible() and "not divisible" in banner.text()
    assert row.error.isVisible() and "not divisible" in row.error.text()  # marked at the field just edited too
    assert headline(window, "total_params") == before
    assert window.design.architecture.d_model == 768

    type_into(qtbot, window, "d_model", "12x")
    assert "not a number" in row.error.text()

    type_into(qtbot, window, "d_model", "768")
    assert not banner.isVisible() and not row.error.isVisible()


def test_family_decides_which_fields_apply(qtbot, window):
    family = window.editor.row("architecture", "family").widget
    decoder_layers = window.editor.row("architecture", "n_decoder_layers").widget
    assert not decoder_layers.isEnabled()
    family.setCurrentIndex(family.findData("encoder-decoder"))
    family.activated.emit(family.currentIndex())
    assert window.design.architecture.family == "encoder-decoder"
    assert decoder_layers.isEnabled()
    assert not window.editor.row("architecture", "pooler").widget.isEnabled()
    assert not window.results.stale_banner.isVisible()


def test_export_writes_png_of_the_chosen_size(window, tmp_path):
    dialog = window.export_dialog()
    dialog.chart_box.setCurrentIndex(dialog.chart_box.findText("Loss vs parameters"))
    dialog.size_box.setCurrentIndex(1)  # 1280 x 720
    dialog.scale_box.setCurrentIndex(1)  # 2x
    path = tmp_path / "chart.png"
    assert dialog.export_to(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (2560, 1440)
    samples = [image.pixel(x, y) for x in range(0, 2560, 7) for y in range(0, 1440, 7)]
    ink = sum(1 for p in samples if p != 0xFFFFFFFF) / len(samples)
    assert len(set(samples)) > 20 and ink > 0.02, "the exported chart looks blank"


def test_export_custom_size_transparent(window, tmp_path):
    dialog = window.export_dialog()
    dialog.size_box.setCurrentIndex(dialog.size_box.count() - 1)
    dialog.width_box.setValue(800)
    dialog.height_box.setValue(600)
    dialog.transparent.setChecked(True)
    path = tmp_path / "chart.png"
    assert dialog.export_to(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 600)
    assert image.hasAlphaChannel() and image.pixelColor(1, 1).alpha() == 0


def test_copy_chart_to_clipboard(window):
    from PySide6.QtGui import QGuiApplication

    window.copy_chart()
    assert QGuiApplication.clipboard().image().size() == QSize(1280, 720)


def test_last_tab_is_remembered(qtbot, window):
    from gui.main_window import MainWindow

    window.results.tabs.setCurrentWidget(window.results.chart_tabs)
    window.results.chart_tabs.setCurrentIndex(2)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.results.tabs.currentWidget() is again.results.chart_tabs
    assert again.results.chart_tabs.currentIndex() == 2


def test_unexpected_error_shows_a_sentence_not_a_traceback(window, monkeypatch):
    from gui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        app._excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1 and "boom" in shown[0] and "Traceback" not in shown[0]


def test_a_bad_file_is_reported_in_a_message(window, tmp_path):
    bad = tmp_path / "config.json"
    bad.write_text("{not json")
    assert not window.open_path(str(bad))
    assert "damaged or truncated" in window.dialogs.messages[-1][1]
    assert window.open_path("llama-2-7b")
    assert headline(window, "total_params") == "6,738,415,616 (6.74B)"


def test_an_unknown_llama_style_config_is_offered_as_llama_labelled_approximate(window, tmp_path):
    from tests.model.test_hf_config import MY_LLAMA

    config = tmp_path / "my-model" / "config.json"
    config.parent.mkdir()
    config.write_text(json.dumps(MY_LLAMA))
    before = window.project
    assert not window.import_config(str(config))  # declined: nothing changes
    assert window.project == before and window.dialogs.asked[-1] == "ask_import_approximate"
    title, text = window.dialogs.messages[-1]
    assert title == "Import approximately?" and "Import it as llama?" in text and "my_gate_mode" in text
    window.dialogs.answers["ask_import_approximate"] = True
    assert window.import_config(str(config))
    assert window.design.name == "my-model (approximate: imported as llama)"
    assert window.design.approximate.ignored_keys == ("my_gate_mode",)
    assert headline(window, "total_params") == "202,048 (202k)"
    window.dialogs.answers["ask_import_approximate"] = False
    assert not window.open_path(str(config)) and window.design.name == "my-model (approximate: imported as llama)"


QWEN2_MOE_SMALL = {  # a small Qwen2-MoE-like config; its counts are worked out in tests/model/test_hf_config.py
    "model_type": "qwen2_moe", "hidden_size": 64, "num_hidden_layers": 8, "num_attention_heads": 4, "num_key_value_heads": 2,
    "intermediate_size": 128, "moe_intermediate_size": 32, "shared_expert_intermediate_size": 64, "num_experts": 4,
    "num_experts_per_tok": 2, "vocab_size": 1000, "max_position_embeddings": 256}


def _type_layers(qtbot, window, text: str) -> None:
    line = window.editor.row("architecture", "moe", "dense_layers").widget
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_irregular_dense_layers_are_kept_while_editing_other_fields(qtbot, window, tmp_path):
    # Qwen2-MoE with mlp_only_layers [0, 7]: 500,672 (tests/model/test_hf_config.py, counted by hand and against
    # modeling_qwen2_moe); editing another MoE field keeps the imported list.
    config = tmp_path / "config.json"
    config.write_text(json.dumps(QWEN2_MOE_SMALL | {"mlp_only_layers": [0, 7]}))
    assert window.open_path(str(config))
    assert headline(window, "total_params") == "500,672 (501k)"
    assert window.editor.row("architecture", "moe", "dense_layers").widget.text() == "0, 7"
    line = window.editor.row("architecture", "moe", "top_k").widget.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "1")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.design.architecture.moe.top_k == 1
    assert window.design.architecture.moe.dense_layers == (0, 7)


def test_dense_layers_typed_as_a_list(qtbot, window, tmp_path):
    # Every layer MoE: 8 MoE layers of 49,728 + embedding 64,000 + untied head 64,000 + final norm 64 = 525,888.
    # Layers 0 and 7 dense (37,120 each, tests/model/test_hf_config.py): 500,672, as Qwen2-MoE's mlp_only_layers [0, 7].
    config = tmp_path / "config.json"
    config.write_text(json.dumps(QWEN2_MOE_SMALL))
    assert window.open_path(str(config))
    assert headline(window, "total_params") == "525,888 (526k)"
    field = window.editor.row("architecture", "moe", "dense_layers")
    assert field.widget.text() == "" and field.label.text() == "Other dense layers"
    _type_layers(qtbot, window, "7 ,0")
    assert window.design.architecture.moe.dense_layers == (0, 7)
    assert window.design.architecture.moe_layer_count(8) == 6
    assert headline(window, "total_params") == "500,672 (501k)"
    assert field.widget.text() == "0, 7"  # written back in order
    # a range: layers 1-3 dense too, each 49,728 - 37,120 = 12,608 fewer -> 462,848
    _type_layers(qtbot, window, "0, 1 - 3; 7")
    assert window.design.architecture.moe.dense_layers == (0, 1, 2, 3, 7)
    assert headline(window, "total_params") == "462,848 (463k)"
    assert field.widget.text() == "0-3, 7"
    # text that is not a list of layers, and a layer the design does not have: the reason at the field, results kept
    for text, reason in (("0, x", "not a layer index (0, 1, 2 ...) or a range (10-12): x"),
                         ("5-2", "a range goes from the lower index to the higher: 5-2"),
                         ("0, 8", "dense layer 8 is beyond the last layer (7)")):
        _type_layers(qtbot, window, text)
        assert field.error.isVisible() and field.error.text() == reason
        assert window.results.stale_banner.isVisible()
        assert window.design.architecture.moe.dense_layers == (0, 1, 2, 3, 7)
        assert headline(window, "total_params") == "462,848 (463k)"
    # emptied: no extra dense layers
    _type_layers(qtbot, window, "")
    assert not field.error.isVisible() and window.design.architecture.moe.dense_layers is None
    assert headline(window, "total_params") == "525,888 (526k)"
    # undo steps back through the edits, and a saved project keeps the list
    window.undo_stack.undo()
    assert window.design.architecture.moe.dense_layers == (0, 1, 2, 3, 7) and field.widget.text() == "0-3, 7"
    path = tmp_path / "layers.llmproj"
    assert window.save_to(path)
    window.new_project()
    assert window.open_path(path)
    assert window.design.architecture.moe.dense_layers == (0, 1, 2, 3, 7)
    assert headline(window, "total_params") == "462,848 (463k)"


def test_a_layer_list_commits_after_a_pause_not_per_keystroke(qtbot, window, tmp_path):
    config = tmp_path / "config.json"
    config.write_text(json.dumps(QWEN2_MOE_SMALL))
    assert window.open_path(str(config))
    line = window.editor.row("architecture", "moe", "dense_layers").widget
    qtbot.keyClicks(line, "0, 7")  # "0," alone would make layer 0 dense: no keystroke may commit it
    assert window.design.architecture.moe.dense_layers is None
    qtbot.waitUntil(lambda: window.design.architecture.moe.dense_layers == (0, 7))
    assert headline(window, "total_params") == "500,672 (501k)"


def test_layer_lists_are_read_and_written_canonically():
    from gui.fields import layer_list_text, parse_layer_list

    assert parse_layer_list("0, 5, 10-12") == (0, 5, 10, 11, 12)
    assert parse_layer_list("12 ; 3 3 1..2") == (1, 2, 3, 12)
    assert parse_layer_list("0，7、9") == (0, 7, 9)  # as a Chinese keyboard types the commas
    assert parse_layer_list("  ") is None
    assert layer_list_text((0, 5, 10, 11, 12)) == "0, 5, 10-12"
    assert layer_list_text((3, 4)) == "3, 4"
    assert layer_list_text(None) == ""
    for text in ("-1", "1.5", "7-", "²", "0-100000"):
        with pytest.raises(ValueError):
            parse_layer_list(text)


def test_numbers_can_be_typed_readably():
    assert parse_number("12288", integer=True) == 12288
    assert parse_number("12,288", integer=True) == 12288
    assert parse_number("1.5T", integer=True) == 1_500_000_000_000
    assert parse_number("2e12", integer=True) == 2_000_000_000_000
    assert parse_number("", integer=True) is None
    assert parse_number("0.4", integer=False) == 0.4


def test_stepping_an_optional_field_reaches_auto(qtbot, window):
    kv = window.editor.row("architecture", "n_kv_heads").widget
    kv.stepBy(1)
    assert window.design.architecture.n_kv_heads == 1
    kv.stepBy(-1)
    assert window.design.architecture.n_kv_heads is None
    assert kv.lineEdit().text() == "" and kv.lineEdit().placeholderText().startswith("auto")


def test_editor_is_built_from_the_model_fields(qtbot):
    from model.design.architecture import Architecture
    from model.project.sources import design_from_preset

    editor = Editor(design_from_preset("gpt2-small"))
    qtbot.addWidget(editor)
    for name in Architecture.model_fields:
        if name not in ("mla", "moe", "linear_mixer"):  # nested boxes
            assert editor.row("architecture", name).label.text()
    assert editor.row("architecture", "d_model").widget.toolTip().startswith("Width of the residual stream")
    assert QPoint  # keep the import list honest for the mouse helpers above


def test_preset_menu_groups_by_family_and_year(qtbot):
    from PySide6.QtWidgets import QMenu

    from gui.designs import add_preset_menu

    menu = QMenu()
    chosen = []
    presets = add_preset_menu(menu, "Presets", chosen.append)
    assert presets.isEmpty()  # filled when first opened
    presets.aboutToShow.emit()
    decoders = presets.actions()[0].menu()
    years = {action.text(): action.menu() for action in decoders.actions()}
    assert list(years)[:2] == ["2025", "2024"]  # newest first
    oss = next(a for a in years["2025"].actions() if a.data() == "gpt-oss-20b")
    assert oss.text() == "gpt-oss-20b  (20.9B, 2025)"
    oss.trigger()
    assert chosen == ["gpt-oss-20b"]
