"""The window at laptop size: every editor field visible without sideways scrolling, auto fields showing their value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui import i18n
from gui.fields import NumberField
from tests.gui.helpers import choose_preset, make_window


@pytest.fixture
def chinese():
    i18n.install_language("zh_CN")
    yield
    i18n.install_language("en")


def _assert_no_sideways_scrolling(qtbot, window) -> None:
    for index in range(window.editor.tabs.count()):
        window.editor.tabs.setCurrentIndex(index)
        scroll = window.editor.tabs.currentWidget()
        qtbot.waitUntil(scroll.isVisible)
        page = scroll.widget()
        assert page.minimumSizeHint().width() <= scroll.viewport().width(), window.editor.tabs.tabText(index)
        qtbot.waitUntil(lambda scroll=scroll: not scroll.horizontalScrollBar().isVisible())  # once laid out at this size
        for child in page.findChildren(NumberField):  # every field starts inside the visible width
            if child.isVisibleTo(page):
                assert child.mapTo(page, child.rect().topRight()).x() <= scroll.viewport().width()
    window.editor.tabs.setCurrentIndex(0)  # the window remembers its tab for the next test's window


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1920, 1080)])
def test_the_editor_needs_no_sideways_scrolling(qtbot, size):
    window = make_window(qtbot)
    window.resize(size)
    _assert_no_sideways_scrolling(qtbot, window)


def test_the_editor_needs_no_sideways_scrolling_in_chinese(qtbot, chinese):
    window = make_window(qtbot)
    window.resize(1366, 768)
    _assert_no_sideways_scrolling(qtbot, window)


def test_a_wide_editor_puts_the_groups_in_columns(qtbot):
    window = make_window(qtbot)
    window.resize(1920, 1080)
    window.splitter.setSizes([1000, 920])
    page = window.editor.tabs.currentWidget().widget()
    qtbot.waitUntil(lambda: page.column_count() == 2)


def test_auto_fields_show_what_they_resolved_to(qtbot):
    """GPT-2 small: 124,439,808 parameters x 20 = 2.49B tokens (Hoffmann et al. 2022); context 1,024."""
    window = make_window(qtbot)
    tokens = window.editor.row("workload", "training_tokens").widget.lineEdit()
    seq = window.editor.row("workload", "seq_len").widget.lineEdit()
    assert tokens.text() == "" and tokens.placeholderText() == "auto: 2.49B"
    assert seq.placeholderText() == "auto: 1,024"
    # an empty field that means "no such thing" says so rather than "auto": no sliding window, no embedding projection
    for name in ("sliding_window", "embedding_projection_dim"):
        assert window.editor.row("architecture", name).widget.lineEdit().placeholderText() == "none"
    assert window.editor.row("architecture", "n_kv_heads").widget.lineEdit().placeholderText() == "auto: 12"  # GPT-2: 12 heads
    # a sub-model's field too: DeepSeek-V3's shared expert is as wide as a routed one, 2,048 (its config.json)
    choose_preset(window, "deepseek-v3")
    assert window.editor.row("architecture", "moe", "shared_expert_d_ff").widget.lineEdit().placeholderText() == "auto: 2,048"


def test_the_first_window_fits_the_screen(qtbot, monkeypatch):
    from gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "_available", lambda self: QRect(0, 0, 1366, 728))
    window = make_window(qtbot)
    assert window.first_size().width() <= 1366 and window.first_size().height() <= 728
    assert window.width() <= 1366 and window.height() <= 728


def test_every_result_section_stays_visible_in_the_side_list(qtbot):
    window = make_window(qtbot)
    window.resize(1366, 768)
    window.duplicate_design()  # "Compare designs" appears too
    tabs = window.results.tabs
    qtbot.waitUntil(tabs.list.isVisible)
    rows = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert len(rows) >= 9
    for index in rows:  # every entry is inside the list's viewport, none behind a scroll arrow
        rect = tabs.list.visualItemRect(tabs.list.item(index))
        assert tabs.list.viewport().rect().contains(rect), tabs.tabText(index)


def test_a_chinese_window_shows_no_english_prose(qtbot, chinese):
    """Every label, button, title, list and table item, menu and tooltip, with every section and chart shown once.
    Formulas, citations, units and model names may stay (tests/gui/english.py says which)."""
    from tests.gui.english import english_words, show_every_page, visible_texts

    window = make_window(qtbot)
    window.resize(1366, 768)
    window.duplicate_design()  # the comparison table too
    show_every_page(window, QApplication.processEvents)
    found = {(where, text[:120]) for where, text in visible_texts(window) if english_words(text)}
    assert not found


def test_validation_messages_speak_chinese(qtbot, chinese):
    from tests.gui.helpers import type_into

    window = make_window(qtbot)
    row = window.editor.row("architecture", "d_model")
    type_into(qtbot, window, "d_model", "0")
    assert row.error.text() == "不能小于 1"  # pydantic's greater_than_equal
    type_into(qtbot, window, "d_model", "770")  # 12 heads
    assert row.error.text().startswith("d_model（770）不能被注意力头数（12）整除")
    assert "整除" in window.results.stale_banner.text()


def test_the_comparison_shows_each_designs_training_tokens(qtbot, window):
    from tests.gui.helpers import choose_preset

    choose_preset(window, "gpt2-small")
    window.add_preset("llama-2-7b")  # opens with its published run
    table = window.results.comparison
    assert table.cell_text("Training tokens", 0) == "2.49B tokens"  # auto: 20 x 124,439,808 (Hoffmann et al. 2022)
    assert table.cell_text("Training tokens", 1) == "2T tokens"  # Touvron et al. 2023, table 1


def test_tab_moves_through_the_workload_fields_in_the_order_they_are_seen(qtbot, window):
    _assert_tab_follows_the_page(qtbot, window, 1, "workload.")


def test_tab_follows_the_page_after_a_box_makes_its_fields(qtbot, window):
    """A switched-off box (custom GPU, MLA, MoE) makes its fields when first switched on: Tab goes from its check box
    into them, not to the end of the page."""
    from tests.gui.helpers import click_group_checkbox

    window.editor.tabs.setCurrentIndex(1)
    box = window.editor._boxes[("workload", "custom_gpu")]
    qtbot.waitUntil(box.isVisible)
    click_group_checkbox(qtbot, box)
    _assert_tab_follows_the_page(qtbot, window, 1, "workload.")
    window.editor.tabs.setCurrentIndex(0)
    for name in ("mla", "moe"):
        box = window.editor._boxes[("architecture", name)]
        window.editor.tabs.currentWidget().ensureWidgetVisible(box)
        qtbot.waitUntil(box.isVisible)
        click_group_checkbox(qtbot, box)
    _assert_tab_follows_the_page(qtbot, window, 0, "architecture.")


def _assert_tab_follows_the_page(qtbot, window, tab: int, prefix: str) -> None:
    window.editor.tabs.setCurrentIndex(tab)
    scroll = window.editor.tabs.currentWidget()
    qtbot.waitUntil(scroll.isVisible)
    page = scroll.widget()
    QApplication.processEvents()  # fields just made (a box switched on) are laid out before their places are read
    fields = [w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page)
              and w.objectName().startswith(prefix)]
    first = min(fields, key=lambda w: (w.mapTo(page, QPoint(0, 0)).x() // 400, w.mapTo(page, QPoint(0, 0)).y()))
    order, widget = [], first
    for _ in range(5000):  # the window's whole focus chain, once round
        if widget.objectName().startswith(prefix) and widget not in order and widget in fields:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    positions = [(w.mapTo(page, QPoint(0, 0)).x() // 400, w.mapTo(page, QPoint(0, 0)).y()) for w in order]
    assert len(order) == len(fields) and positions == sorted(positions)


def test_a_section_keeps_its_rows_and_bar_labels_readable_at_1366_by_768(qtbot, window):
    """The memory section once showed three table rows and bars with overlapping names at this size."""
    window.resize(1366, 768)
    results = window.results
    view = results.sections["memory"]
    results.tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    QApplication.processEvents()
    rows_shown = view.table.viewport().height() // view.table.rowHeight(0)
    assert rows_shown >= 10
    bars = view.bars.data
    line = view.bars.fontMetrics().height()
    assert view.bars.height() >= len(bars.labels) * line  # one text line per bar at least: no name drawn over another


def test_every_chart_tab_stays_in_view_at_1366(qtbot):
    """Five chart tabs in a 1366 x 768 window: no scroll arrows, every tab on screen (a long title ends in "…")."""
    window = make_window(qtbot)
    window.resize(1366, 768)
    window.finish_start()
    results = window.results
    results.tabs.setCurrentWidget(results.chart_tabs)
    qtbot.waitUntil(results.chart_tabs.isVisible)
    bar = results.chart_tabs.tabBar()
    assert not bar.usesScrollButtons()
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
    assert bar.tabToolTip(bar.count() - 1).startswith("Serving")
