"""Chinese and English: complete catalogs, Chinese headlines and numbers, and Chinese that renders anywhere."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFontDatabase, QFontMetrics, QRawFont

from gui import i18n
from model.project.strings import translatable_strings
from tests.gui.helpers import headline

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"


@pytest.fixture
def chinese(window):
    window.set_language("zh_CN")
    yield window
    window.set_language("en")


@pytest.mark.parametrize("catalog", ["gui_zh_CN.ts", "model_zh_CN.ts"])
def test_no_unfinished_entries(catalog):
    messages = list(ET.parse(TRANSLATIONS / catalog).getroot().iter("message"))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), message.findtext("source")
        assert translation.text, message.findtext("source")


def test_model_catalog_covers_every_model_text():
    sources = {m.findtext("source") for m in ET.parse(TRANSLATIONS / "model_zh_CN.ts").getroot().iter("message")}
    assert set(translatable_strings()) <= sources


@pytest.mark.parametrize("catalog", ["gui_zh_CN.ts", "model_zh_CN.ts"])
def test_translations_keep_their_fields(catalog):
    """A formula's template is filled in after translation: a {field} lost or misspelt would fail the tooltip."""
    import re

    for message in ET.parse(TRANSLATIONS / catalog).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation)), source


def test_built_catalogs_match_their_sources(tmp_path):
    """The .qm files the app loads are what lrelease makes of the .ts files in the repository."""
    for ts in TRANSLATIONS.glob("*.ts"):
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([i18n._tool("lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: run `python -m gui.i18n release`"


def test_window_in_chinese_shows_chinese_headlines_and_numbers(chinese):
    card = chinese.results.headline.cards["total_params"]
    assert card.label.text() == "总参数量"
    assert headline(chinese, "total_params") == "124,439,808（1.24亿 · 124M）"  # GPT-2 small, transformers' count
    assert "文件" in chinese.menuBar().actions()[0].text()
    assert chinese.results.headline.cards["sparse_ratio"].label.text() == "稀疏激活比例"


def test_a_tooltip_says_how_and_source_in_chinese(chinese):
    """The words around a figure's formula and source are the reader's (they once stayed "How:" and "Source:"), and so
    are the formula's and the source's own words; the numbers are the formula's."""
    tooltip = chinese.results.headline.cards["weights_bf16"].toolTip()
    assert "<p>计算方法： 124,439,808 × 2 字节</p>" in tooltip  # GPT-2 small: 124,439,808 parameters x 2 bytes (bf16)
    assert "<p><i>来源： 逐一精确统计每个权重和偏置" in tooltip and "How:" not in tooltip and "Source:" not in tooltip
    serving = chinese.results.headline.cards["gpus_inference"].toolTip()
    assert "<p>计算方法： 1 × NVIDIA H100 SXM5 80GB，张量并行 1：放得下</p>" in serving
    assert "<p><i>来源： 在工作负载中设定；见“推理服务”</i></p>" in serving


def test_the_checkpoint_sum_reads_in_chinese(chinese):
    from tests.gui.english import english_words
    from tests.gui.helpers import choose_preset

    choose_preset(chinese, "deepseek-v3")
    note = chinese.results.headline.cards["total_params"].note.text()
    assert note == "6710亿 模型 + 116.1亿 MTP 模块 + 18.53亿 为 MTP 另存的嵌入和输出头 = 发布的检查点中的 6845亿"
    assert not english_words(note)


def test_switching_back_to_english_keeps_the_project(window, qtbot):
    from tests.gui.helpers import choose_preset

    choose_preset(window, "mixtral-8x7b")
    window.set_language("zh_CN")
    assert headline(window, "active_params").startswith("12,879,925,248（129亿")
    window.set_language("en")
    assert headline(window, "active_params") == "12,879,925,248 (12.9B)"
    assert window.undo_stack.count() == 1  # the preset choice is still undoable


def test_language_follows_the_system_locale(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_exported_chart_in_chinese_uses_the_bundled_font(chinese):
    """The bundled Noto Sans CJK subset renders the Chinese, even where the system has no CJK font."""
    from gui.charts import render_chart

    family = i18n.install_cjk_font()
    assert family in QFontDatabase.families()
    font_file = Path(__file__).parents[2] / "resources" / "fonts" / "NotoSansSC-Regular-subset.otf"
    raw = QRawFont(str(font_file), 20)
    assert all(raw.supportsCharacter(c) for c in "损失与参数量亿万")
    view = next(iter(chinese.results.charts.values()))
    assert view.title == "损失与参数量"
    title_font = view.plot.titleLabel.item.font()
    assert family in title_font.families()  # falls back to the bundled font for the Chinese characters
    image = render_chart(view, QSize(1280, 720))
    assert not image.isNull() and len({image.pixel(x, 40) for x in range(0, 1280, 4)}) > 1
    assert QFontMetrics(title_font).horizontalAdvance("损失") > 0


def test_qt_own_dialogs_speak_chinese():
    """Qt's file dialog and message box texts come from Qt's qtbase_zh_CN catalog (shipped in the bundle too)."""
    from PySide6.QtCore import QCoreApplication

    from gui import i18n

    i18n.install_language("zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QPlatformTheme", "Discard") == "丢弃"
    finally:
        i18n.install_language("en")


def test_qt_file_dialog_labels_read_in_chinese(qtbot):
    """Qt 6's own file dialog asks for "&Look in:" and "Files of &type:", which qtbase_zh_CN lacks (it has the Qt 5
    "Look in:" and "Files of type:"); the labels a person sees are Chinese all the same."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.install_language("zh_CN")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
    finally:
        i18n.install_language("en")


def test_planner_and_section_warnings_read_in_chinese(chinese):
    """The planner's rules and findings, and the other sections' warnings, as the model writes them, each match a
    Chinese template (gui/messages.py)."""
    from gui.messages import rule_message
    from model.design.architecture import Architecture
    from model.design.presets import load_presets
    from model.plan.layout import ParallelLayout, layout_problems
    from model.plan.planner import plan
    from model.project.report import estimate
    from model.project.sources import design_from_preset
    from tests.gui.english import english_words

    presets = load_presets()
    dense, moe = presets["llama-2-7b"].architecture, presets["mixtral-8x7b"].architecture
    batch = 1000 * 4096
    messages = layout_problems(dense, ParallelLayout(n_gpus=100, global_batch_tokens=batch, seq_len=4096, tensor_parallel=3,
                                                     pipeline_parallel=16, virtual_pipeline_stages=4, context_parallel=3,
                                                     expert_parallel=2, micro_batch_size=3))
    messages += layout_problems(moe, ParallelLayout(n_gpus=8, global_batch_tokens=batch, seq_len=4096, data_parallel=8, expert_parallel=3))
    messages += layout_problems(dense, ParallelLayout(n_gpus=8, global_batch_tokens=8 * 4096, seq_len=4096, data_parallel=8, virtual_pipeline_stages=2))
    messages += layout_problems(dense, ParallelLayout(n_gpus=8, global_batch_tokens=6 * 4096, seq_len=4096, pipeline_parallel=4,
                                                      virtual_pipeline_stages=2, data_parallel=2))
    grouped = Architecture(**{**dense.model_dump(), "d_model": 3072, "n_heads": 24, "n_kv_heads": 8})
    messages += layout_problems(grouped, ParallelLayout(n_gpus=6, global_batch_tokens=batch, seq_len=4096, tensor_parallel=6))
    messages += layout_problems(dense, ParallelLayout(n_gpus=64, global_batch_tokens=64 * 4096, seq_len=4096, pipeline_parallel=64))
    assert len(messages) == 12  # every rule of layout_problems once
    design = design_from_preset("llama-3.1-405b")
    manual = design.workload.model_copy(update={"layout": "manual", "n_gpus": 8, "tensor_parallel": 8, "pipeline_parallel": 1})
    messages += plan(design.architecture, manual, 10**12, active_params=10**9).problems  # does not fit: ... per GPU against ...
    hurried = design.model_copy(update={"workload": design.workload.model_copy(update={"target_days": 0.001})})
    messages += [w for section in estimate(hurried).sections for w in section.warnings]  # no GPU count the planner tried ...
    assert any(m.startswith("does not fit: ") for m in messages) and any(m.startswith("no GPU count") for m in messages)
    untranslated = [message for message in messages if english_words(rule_message(message))]
    assert not untranslated


def test_grid_regions_read_in_chinese(chinese):
    """The grid-region list names each region in the reader's language; its figures stay as they are (the names were
    English in the Chinese window). China: 0.582 kg CO2e/kWh (2023), resources/grid_regions.json."""
    from model.estimate.hardware import grid_regions

    box = chinese.editor.row("workload", "grid_region").widget
    china = box.itemText(box.findData("china"))
    region = grid_regions()["china"]
    assert china == f"中国 ({region.kg_co2e_per_kwh:.3g} kg/kWh, {region.year})"
    assert box.itemText(box.findData("usa")).startswith("美国（全国平均） (")
