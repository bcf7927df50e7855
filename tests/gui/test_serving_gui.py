"""The Serving and Fine-tuning results and the serving chart, in English and Chinese (issue 15)."""

from PySide6.QtGui import QImage

from tests.gui.helpers import choose_preset


def _tab_titles(window) -> list[str]:
    tabs = window.results.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_serving_and_finetuning_sections_and_the_serving_chart(window, tmp_path):
    choose_preset(window, "llama-3-8b")
    titles = _tab_titles(window)
    assert "Serving" in titles and "Fine-tuning" in titles
    chart = window.results.charts["serving_throughput"]
    window.results.tabs.setCurrentWidget(window.results.chart_tabs)
    window.results.chart_tabs.setCurrentWidget(chart)  # charts draw when first shown
    assert chart.chart.title == "Serving: throughput vs speed per user"
    keys = [s.key for s in chart.chart.series]
    assert "serving_fits" in keys and "serving_here" in keys and "serving_limit" in keys
    # It exports like the other charts.
    dialog = window.export_dialog()
    dialog.chart_box.setCurrentIndex(window.results.plot_panels().index(chart))
    path = tmp_path / "serving.png"
    assert dialog.export_to(str(path))
    assert not QImage(str(path)).isNull()


def test_in_chinese(window):
    window.set_language("zh_CN")
    try:
        titles = _tab_titles(window)
        assert "推理服务" in titles and "微调" in titles
        chart_tabs = window.results.chart_tabs
        assert "推理：吞吐量与每用户速度" in [chart_tabs.tabText(i) for i in range(chart_tabs.count())]
    finally:
        window.set_language("en")


def test_the_serving_gpus_card_says_when_they_do_not_fit_and_what_would(window):
    """DeepSeek-V3 (1.34 TB in bf16) on the one H100 set under Serving: the card keeps the count set, and says under it
    that it does not fit and what would, never a speed for it."""
    choose_preset(window, "deepseek-v3")
    card = window.results.headline.cards["gpus_inference"]
    assert card.value.text() == "1"
    assert card.note.isVisibleTo(window) and card.note.text() == "does not fit; 32 would (TP 2 × PP 16)"
    choose_preset(window, "gpt2-small")
    assert not card.note.isVisibleTo(window)


def test_the_comparison_says_which_serving_set_up_does_not_fit(window):
    """Comparing GPT-2 small with DeepSeek-V3 on one H100 each: DeepSeek-V3's column says it does not fit, and what would."""
    window.add_preset("deepseek-v3")
    window.results.tabs.setCurrentWidget(window.results.comparison)
    label = window.results.headline.cards["gpus_inference"].label.text()
    table = window.results.comparison
    assert table.cell_text(label, 0) == "1"
    assert table.cell_text(label, 1) == "1 · does not fit; 32 would (TP 2 × PP 16)"


def test_an_encoder_only_models_serving_chart_is_empty_and_says_why(qtbot, window):
    """BERT base generates no tokens: the throughput chart draws no axes, grid or legend, and its note says why; a
    decoder chosen next gets its axes back."""
    from tests.gui.helpers import choose_preset

    choose_preset(window, "bert-base")
    results = window.results
    results.build_tabs()
    view = results.charts["serving_throughput"]
    results.tabs.setCurrentWidget(results.chart_tabs)
    results.chart_tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    assert not view.plot.getAxis("left").isVisible() and not view.legend.isVisible()
    assert view.note.text().startswith("An encoder-only model reads its input and generates no tokens")
    choose_preset(window, "llama-3-8b")
    assert view.plot.getAxis("left").isVisible() and view.legend.isVisible()
