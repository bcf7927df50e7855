"""Charts that explain themselves on a slide: whose point, which token budget, no labels over each other."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.helpers import choose_preset


def _show_chart(qtbot, window, key: str):
    results = window.results
    results.tabs.setCurrentWidget(results.chart_tabs)
    view = results.charts[key]
    results.chart_tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    QApplication.processEvents()
    return view


def test_the_design_is_named_in_the_legend_beside_its_marker_and_its_budget_in_the_footnote(qtbot, window):
    choose_preset(window, "llama-2-7b")
    view = _show_chart(qtbot, window, "loss_vs_params")
    names = view.legend_names()
    assert not any(name.startswith("This design") for name in names)
    assert any(name.startswith("LLaMA-2 7B (") for name in names)
    beside = [text for text in view._names.values() if text.isVisible()]
    assert [text.toPlainText() for text in beside] == ["LLaMA-2 7B"]
    # 6,738,415,616 parameters; the preset opens with its published run: 2T tokens (Touvron et al. 2023, table 1)
    assert "LLaMA-2 7B: 6.74B parameters, 2T training tokens" in view.note.text()


def test_reference_labels_never_overlap(qtbot, window):
    """Loss vs compute: the fixed-size lines converge on the right, where "10B" and "100B parameters" once overlapped."""
    window.resize(1366, 768)
    view = _show_chart(qtbot, window, "loss_vs_compute")
    shown = [label.mapRectToScene(label.boundingRect()) for label in view._labels.values() if label.isVisible()]
    assert shown
    for i, rect in enumerate(shown):
        assert not any(rect.intersects(other) for other in shown[i + 1:])


def test_names_of_designs_at_the_same_point_do_not_overlap(qtbot, window):
    choose_preset(window, "llama-2-7b")
    window.add_preset("mistral-7b")  # about the same size and tokens: their markers nearly coincide
    view = _show_chart(qtbot, window, "loss_vs_params")
    rects = [t.mapRectToScene(t.boundingRect()) for t in view._names.values() if t.isVisible()]
    assert len(rects) == 2 and not rects[0].intersects(rects[1])


def test_a_hover_read_out_is_cleared_when_the_design_changes(qtbot, window):
    view = _show_chart(qtbot, window, "loss_vs_params")
    view.readout.setText(view.describe_point(9.0, 0.4))
    assert view.readout.text().strip()
    choose_preset(window, "llama-2-7b")
    assert not view.readout.text().strip()


def test_the_legend_never_hides_a_design(qtbot, window):
    """At 1366 x 768, wherever the legend is, no design's marker or name is behind it; with a third design the legend
    of loss vs parameters would cover a marker or a name in every corner: it goes under the plot then."""
    from PySide6.QtCore import QPointF

    window.resize(1366, 768)
    choose_preset(window, "llama-3-8b")
    window.add_preset("qwen3-8b")  # two designs, two markers and two names
    for key in ("loss_vs_params", "loss_vs_compute", "iso_flop", "tokens_vs_params", "serving_throughput"):
        view = _show_chart(qtbot, window, key)
        legend = view.legend.mapRectToScene(view.legend.boundingRect())
        assert not legend.isEmpty()
        for item in view._items.values():
            if item.isVisible() and item.opts.get("symbol") is not None:
                xs, ys = item.getData()
                for x, y in zip(xs, ys, strict=True):
                    assert not legend.contains(view.plot.vb.mapViewToScene(QPointF(x, y))), (key, x, y)
        for text in view._names.values():
            if text.isVisible():
                assert not legend.intersects(text.mapRectToScene(text.boundingRect())), (key, text.toPlainText())
    window.add_preset("mistral-7b")
    view = _show_chart(qtbot, window, "loss_vs_params")
    assert view.legend.parentItem() is view.plot and view.legend.columnCount == 2  # under the plot, in two columns


def test_another_designs_serving_curve_is_not_called_a_training_budget(qtbot, window):
    """Serving throughput of two designs: the other design's curve is its own model on its serving GPUs."""
    choose_preset(window, "llama-3-8b")
    window.add_preset("qwen3-8b")
    view = _show_chart(qtbot, window, "serving_throughput")
    assert "LLaMA-3 8B, its own serving curve" in view.legend_names()
    assert not any("training budget" in name for name in view.legend_names())
    view = _show_chart(qtbot, window, "loss_vs_params")  # there the other design's curves are at its own tokens
    assert "LLaMA-3 8B, at its own training budget" in view.legend_names()


def test_a_legend_under_the_plot_fits_the_chart(qtbot, window):
    """Loss vs parameters of three designs at 1366 x 768 in English: the legend goes under the plot and is not cut at
    either side."""
    window.resize(1366, 768)
    choose_preset(window, "llama-3-8b")
    window.add_preset("qwen3-8b")
    window.add_preset("mistral-7b")
    view = _show_chart(qtbot, window, "loss_vs_params")
    assert view.legend.parentItem() is view.plot
    legend = view.legend.mapRectToScene(view.legend.boundingRect())
    chart = view.plot.mapRectToScene(view.plot.boundingRect())
    assert chart.left() <= legend.left() and legend.right() <= chart.right()


def test_names_stay_inside_the_plot_and_off_the_markers(qtbot, window):
    """Serving chart, LLaMA-3 8B and Qwen3 8B at 1366 x 768: their markers nearly meet at the right edge; neither name
    may cover a marker or leave the plot (one used to sit under the x axis)."""
    from PySide6.QtCore import QPointF

    window.resize(1366, 768)
    choose_preset(window, "llama-3-8b")
    window.add_preset("qwen3-8b")
    view = _show_chart(qtbot, window, "serving_throughput")
    vb = view.plot.vb
    inside = vb.mapRectToScene(vb.boundingRect())
    markers = [vb.mapViewToScene(QPointF(x, y)) for item in view._items.values() if item.isVisible() and item.opts.get("symbol") is not None
               for x, y in zip(*item.getData(), strict=True)]
    names = [text.mapRectToScene(text.boundingRect()) for text in view._names.values() if text.isVisible()]
    assert len(names) == 2
    for rect in names:
        assert inside.contains(rect)
        assert not any(rect.contains(point) for point in markers)


def test_a_log_axis_with_one_decade_in_view_labels_1_2_and_5(qtbot):
    """The serving chart's throughput axis can span 600 to 3,000 tokens/s: 1000 alone is not an axis; 1000 and 2000 are."""
    import math

    from gui.charts import HumanAxis

    axis = HumanAxis("left")
    axis.logMode = True
    values = [math.log10(v) for v in (600, 700, 800, 900, 1000, 2000, 3000)]
    assert axis.tickStrings(values, 1, 1) == ["", "", "", "", "1000", "2000", ""]
    values = [math.log10(v) for v in (10, 20, 50, 100, 1000)]  # two decades or more: the decades alone
    assert axis.tickStrings(values, 1, 1) == ["10", "", "", "100", "1000"]


def test_a_reference_label_sits_off_its_own_line(qtbot, window):
    """Serving chart of LLaMA-3 8B: the "Beyond the memory limit" line rises to the left of its end, where its label
    used to be drawn above the end and the line ran through the words; the label now goes below it."""
    import numpy as np
    from PySide6.QtCore import QPointF

    window.resize(1366, 768)
    choose_preset(window, "llama-3-8b")
    view = _show_chart(qtbot, window, "serving_throughput")
    label = view._labels["serving_beyond"]
    assert label.isVisible()
    rect = label.mapRectToScene(label.boundingRect()).adjusted(2, 2, -2, -2)
    xs, ys = view._plotted["serving_beyond"]
    logs = np.log10(ys) if view.chart.y_log else ys
    for x in np.linspace(min(xs), max(xs), 400):  # the line, densely, as drawn (x linear, y on a log axis)
        y = np.interp(x, xs[np.argsort(xs)], logs[np.argsort(xs)])
        assert not rect.contains(view.plot.vb.mapViewToScene(QPointF(float(x), float(y)))), x


def test_a_legend_marker_stays_clear_of_its_words(qtbot, window):
    """A design's star is wider than pyqtgraph's 20-pixel legend sample: on screen and on a slide, the words of each
    entry begin right of the widest marker (on slides the star once covered the first letter of "This setup")."""
    from PySide6.QtCore import Qt

    from gui.charts import DESIGN_MARKER_PX, SCREEN, SLIDE

    choose_preset(window, "llama-3-8b")
    view = _show_chart(qtbot, window, "serving_throughput")
    slide = view.slide_copy(False)
    slide.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    slide.resize(1280, 720)
    slide.show()  # laid out as an export lays it out
    QApplication.processEvents()
    for style, panel in ((SCREEN, view), (SLIDE, slide)):
        assert panel.legend.items
        for sample, words in panel.legend.items:
            centre = sample.mapToScene(10, 10).x()
            assert words.mapRectToScene(words.boundingRect()).left() >= centre + DESIGN_MARKER_PX * style.marker_scale / 2
    slide.close()
