"""A thousand random actions through the real widgets, checked after every one (issue 10).

The monkey types valid and invalid text into every editor field that is editable at
that moment (architecture and workload, MoE/MLA/custom GPU fields when their box is
on), steps numbers with the arrow keys, picks choices, presets and families, toggles
the optional boxes, undoes and redoes, adds, removes, renames and switches designs,
switches result tabs, exports a chart and now and then switches the language.

After every action: no exception reached the event loop, Qt printed no warning, and
the exact parameter count in the headline is `estimate()` of the design the window
holds.  A failure prints the seed and the shortest action list found that still fails
(delta debugging: every replay starts from a fresh window).

    LLM_SCALE_STUDIO_MONKEY_ACTIONS=20000 LLM_SCALE_STUDIO_MONKEY_SEED=7 .venv/bin/python -m pytest tests/gui/test_monkey.py
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from gui import i18n
from gui.catalog import presets_by_family
from gui.dialogs import Unattended
from gui.editor import Editor
from gui.fields import BoolField, ChoiceField, NumberField
from gui.main_window import MainWindow
from model.project.report import estimate
from model.project.sources import design_from_preset
from model.project.units import format_int
from tests.gui.helpers import choose_preset, click_group_checkbox

SEED = int(os.environ.get("LLM_SCALE_STUDIO_MONKEY_SEED", "20261122"))
ACTIONS = int(os.environ.get("LLM_SCALE_STUDIO_MONKEY_ACTIONS", "1000"))
MAX_REPLAYS = 150  # bounds the time a shrink may take; the list found by then is printed

PRESETS = tuple(entry.id for entries in presets_by_family().values() for entry in entries)

# Text a person might type into a number field that the model must refuse or read sensibly.
ODD_TEXTS = (
    "", "0", "-1", "-0", "abc", "12x", "1.5", "1e400", "-1e400", "nan", "inf", "NaN", "1e-9", "1.5T", "10m", "2k",
    "auto", "none", "  7 ", "1_000", "1,,2", "9" * 25, "1e18", "0x10", "1/2", ",", ".", "+5", "1e", "T",
)
SMALL = (1, 2, 3, 4, 7, 8, 12, 16, 32, 64, 96, 128, 256, 768, 1024, 4096, 11008, 32000, 50257)
WEIGHTS = {
    "type": 34, "step": 6, "choice": 9, "bool": 6, "box": 5, "family": 4, "preset": 5, "undo": 7, "redo": 4,
    "add_design": 3, "remove_design": 3, "switch_design": 4, "rename": 1, "result_tab": 3, "editor_tab": 2,
    "export": 1, "language": 0.6,
}

Action = tuple  # ("kind", random numbers ...): plain data, printable and replayable


def generate(seed: int, count: int) -> list[Action]:
    """`count` actions; the numbers in each are resolved against the window when it runs (which field, which item)."""
    rng = random.Random(seed)
    kinds, weights = zip(*WEIGHTS.items(), strict=True)
    actions: list[Action] = []
    for _ in range(count):
        kind = rng.choices(kinds, weights)[0]
        if kind == "type":
            style = rng.choice(("odd", "small", "times", "times", "same", "plus"))
            value = {
                "odd": lambda: rng.choice(ODD_TEXTS),
                "small": lambda: rng.choice(SMALL),
                "times": lambda: rng.choice((0.5, 2, 1.5, 0.75, 4, 10, 0.1)),
                "same": lambda: 0,
                "plus": lambda: rng.choice((-64, -1, 1, 64, 128)),
            }[style]()
            actions.append(("type", rng.randrange(10**6), style, value, rng.random() < 0.3))
        elif kind == "step":
            actions.append(("step", rng.randrange(10**6), rng.choice((1, -1)), rng.randint(1, 3)))
        elif kind in ("choice", "export"):
            actions.append((kind, rng.randrange(10**6), rng.randrange(10**6)))
        elif kind == "language":
            actions.append(("language",))
        elif kind in ("undo", "redo"):
            actions.append((kind, rng.randint(1, 3)))
        else:
            actions.append((kind, rng.randrange(10**6)))
    return actions


# --- running an action ------------------------------------------------------------------------------


def _rows(window, kind: type) -> list:
    """The rows of one widget kind a person can edit now (enabled: applicable, and their box is on)."""
    return [row for path, row in window.editor._rows.items() if isinstance(row.widget, kind) and row.widget.isEnabled()]


def _show_editor_tab(window, path: tuple[str, ...]) -> None:
    window.editor.tabs.setCurrentIndex(0 if path[0] == "architecture" else 1)


def _typed_text(row, style: str, value, commas: bool) -> str:
    widget: NumberField = row.widget
    if style == "odd":
        return value
    if style == "small":
        number = value
    else:
        try:
            current = widget.value()
        except ValueError:
            current = None
        if current is None:
            current = row.default if isinstance(row.default, (int, float)) else 1
        number = current * value if style == "times" else current + value if style == "plus" else current
    if widget._integer:
        number = int(round(number))
        return f"{number:,}" if commas else str(number)
    return f"{float(number):.4g}"


def run_action(window, action: Action, tmp: Path) -> str:
    """Do one action through the window's widgets; return what was done, in words."""
    kind = action[0]
    if kind == "type":
        _, pick, style, value, commas = action
        rows = _rows(window, NumberField)
        nested = [row for row in rows if row.path[:-1] in window.editor._boxes]
        if nested and pick % 3 == 0:  # the fields of a box that is on get a fair share of the typing
            rows = nested
            pick //= 3  # pick % 3 is 0 here: without this, some fields of a box would never be reached
        row = rows[pick % len(rows)]
        text = _typed_text(row, style, value, commas)
        _show_editor_tab(window, row.path)
        line = row.widget.lineEdit()
        line.selectAll()
        if text:
            QTest.keyClicks(line, text)
        else:
            QTest.keyClick(line, Qt.Key.Key_Backspace)
        QTest.keyClick(line, Qt.Key.Key_Return)  # a field commits on Enter (or a pause, or focus out)
        return f"type {'.'.join(row.path)} = {text!r}"
    if kind == "step":
        _, pick, direction, times = action
        rows = _rows(window, NumberField)
        row = rows[pick % len(rows)]
        _show_editor_tab(window, row.path)
        for _ in range(times):
            QTest.keyClick(row.widget, Qt.Key.Key_Up if direction > 0 else Qt.Key.Key_Down)
        return f"arrow {'up' if direction > 0 else 'down'} x{times} on {'.'.join(row.path)}"
    if kind == "choice":
        _, pick, item = action
        rows = _rows(window, ChoiceField)
        row = rows[pick % len(rows)]
        _show_editor_tab(window, row.path)
        index = item % row.widget.count()
        row.widget.setCurrentIndex(index)
        row.widget.activated.emit(index)  # what choosing the entry in the open list sends
        return f"choose {'.'.join(row.path)} = {row.widget.itemData(index)!r}"
    if kind == "family":
        widget = window.editor.row("architecture", "family").widget
        _show_editor_tab(window, ("architecture",))
        index = action[1] % widget.count()
        widget.setCurrentIndex(index)
        widget.activated.emit(index)
        return f"family = {widget.itemData(index)}"
    if kind == "bool":
        rows = _rows(window, BoolField)
        row = rows[action[1] % len(rows)]
        _show_editor_tab(window, row.path)
        row.widget.click()  # QAbstractButton.click: press and release, as the mouse does, emits clicked
        return f"click {'.'.join(row.path)} -> {row.widget.isChecked()}"
    if kind == "box":
        boxes = list(window.editor._boxes.items())
        path, box = boxes[action[1] % len(boxes)]
        _show_editor_tab(window, path)
        QCoreApplication.processEvents()  # laid out, so the check box is where the click goes
        before = box.isChecked()
        click_group_checkbox(QTestBot, box)
        assert box.isChecked() != before, f"the click on the {'.'.join(path)} check box missed"
        return f"toggle {'.'.join(path)} -> {box.isChecked()}"
    if kind == "preset":
        preset = PRESETS[action[1] % len(PRESETS)]
        choose_preset(window, preset)
        return f"preset {preset}"
    if kind in ("undo", "redo"):
        for _ in range(action[1]):
            (window.undo_stack.undo if kind == "undo" else window.undo_stack.redo)()
        return f"{kind} x{action[1]}"
    if kind == "add_design":
        if action[1] % 3 == 0:
            window.duplicate_design()
            return "duplicate design"
        preset = PRESETS[action[1] % len(PRESETS)]
        window.add_preset(preset)
        return f"add design {preset}"
    if kind == "remove_design":
        tabs = window.designs.tabs
        index = action[1] % tabs.count()
        if tabs.tabsClosable():
            tabs.tabCloseRequested.emit(index)  # the tab's close button
        return f"close design tab {index}"
    if kind == "switch_design":
        index = action[1] % window.designs.tabs.count()
        window.designs.tabs.setCurrentIndex(index)
        return f"switch to design {index}"
    if kind == "rename":
        window.dialogs.answers["ask_text"] = ("", "  ", "x" * 300, "Design", "模型")[action[1] % 5]
        index = action[1] % window.designs.tabs.count()
        window.designs.tabs.tabBarDoubleClicked.emit(index)
        return f"rename design {index} to {window.dialogs.answers['ask_text']!r}"
    if kind == "result_tab":
        tabs, charts = window.results.tabs, window.results.chart_tabs
        visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
        tabs.setCurrentIndex(visible[action[1] % len(visible)])
        charts.setCurrentIndex(action[1] % charts.count())
        return f"results tab {tabs.currentWidget().objectName()}/{charts.currentWidget().objectName()}"
    if kind == "editor_tab":
        window.editor.tabs.setCurrentIndex(action[1] % 2)
        return f"editor tab {action[1] % 2}"
    if kind == "export":
        dialog = window.export_dialog()
        try:
            dialog.chart_box.setCurrentIndex(action[1] % dialog.chart_box.count())
            dialog.size_box.setCurrentIndex(dialog.size_box.count() - 1)  # custom: small, to be quick
            dialog.width_box.setValue(320)
            dialog.height_box.setValue(240)
            dialog.transparent.setChecked(action[2] % 2 == 1)
            path = tmp / "chart.png"
            path.unlink(missing_ok=True)
            assert dialog.export_to(str(path)), "the chart was not written"
            assert QImage(str(path)).width() == 320, "the exported image is not 320 px wide"
            return f"export {dialog.chart_box.currentText()!r}"
        finally:
            dialog.deleteLater()
    if kind == "language":
        language = "en" if i18n.chinese() else "zh_CN"
        window.set_language(language)
        return f"language {language}"
    raise AssertionError(f"unknown action {action!r}")


class QTestBot:
    """What tests.gui.helpers.click_group_checkbox needs of qtbot: a mouse click."""

    @staticmethod
    def mouseClick(widget, button, pos):  # noqa: N802 - qtbot's name
        QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, pos)


# --- checking after every action -------------------------------------------------------------------


def headline_integer(window) -> str:
    """The exact count at the start of the headline card ("124,439,808 (124M)", "124,439,808（1.24亿 · 124M）")."""
    text = window.results.headline.cards["total_params"].value.text()
    match = re.match(r"[0-9,]+", text)
    return match.group(0) if match else text


def check(window) -> str | None:
    """What is wrong with the window now, or None."""
    expected = format_int(estimate(window.design).parameters.total)
    shown = headline_integer(window)
    if shown != expected:
        return f"headline shows {shown}, estimate() of the window's design is {expected}"
    project = window.project
    if window.designs.tabs.count() != len(project.designs) or window.designs.tabs.currentIndex() != project.current:
        return f"design tabs {window.designs.tabs.count()} (current {window.designs.tabs.currentIndex()}) for {len(project.designs)} designs (current {project.current})"
    if window.editor._design != window.design:
        return "the editor holds another design than the window"
    return None


@dataclass
class Outcome:
    failure: str | None = None
    kind: str = ""  # "exception", "qt warning", "check": a shrink keeps the kind of failure
    index: int = -1
    done: list[str] = field(default_factory=list)


def replay(make_window: Callable[[], MainWindow], actions: list[Action], qt_messages: list[str], capture, tmp: Path) -> Outcome:
    """Run `actions` in a fresh window, checking after each; stop at the first failure."""
    window = make_window()
    outcome = Outcome()
    try:
        with capture() as exceptions:
            for index, action in enumerate(actions):
                failure = kind = None
                try:
                    outcome.done.append(run_action(window, action, tmp))
                    QCoreApplication.processEvents()  # queued work (deferred deletes, hover proxies) fails here, not later
                except Exception as error:  # noqa: BLE001 - any exception is the finding
                    outcome.done.append(f"{action!r} raised")
                    failure, kind = f"{type(error).__name__}: {error}", "exception"
                if failure is None and exceptions:
                    kind_, value, _tb = exceptions[0]
                    failure, kind = f"{kind_.__name__} reached the event loop: {value}", "exception"
                if failure is None and qt_messages:
                    failure, kind = "Qt warned: " + "; ".join(qt_messages), "qt warning"
                if failure is None:
                    problem = check(window)
                    if problem:
                        failure, kind = problem, "check"
                if failure is not None:
                    outcome.failure, outcome.kind, outcome.index = failure, kind, index
                    return outcome
    finally:
        qt_messages.clear()
        if i18n.chinese():
            i18n.install_language("en")
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    return outcome


def shrink(actions: list[Action], first: Outcome, attempt: Callable[[list[Action]], Outcome]) -> tuple[list[Action], Outcome]:
    """Delta debugging (Zeller's ddmin, simplified): the shortest list found that fails in the same way."""
    best, best_outcome = actions[: first.index + 1], first
    replays = 0

    def fails(candidate: list[Action]) -> Outcome | None:
        nonlocal replays
        replays += 1
        outcome = attempt(candidate)
        return outcome if outcome.failure and outcome.kind == first.kind else None

    chunk = max(1, len(best) // 2)
    while replays < MAX_REPLAYS:
        start, removed = 0, False
        while start < len(best) and replays < MAX_REPLAYS:
            candidate = best[:start] + best[start + chunk :]
            outcome = fails(candidate) if candidate else None
            if outcome:
                best, best_outcome, removed = candidate[: outcome.index + 1], outcome, True
            else:
                start += chunk
        if chunk == 1 and not removed:
            break
        chunk = max(1, chunk // 2) if not removed else chunk
    return best, best_outcome


def report_failure(seed: int, count: int, outcome: Outcome, shortest: list[Action], shortest_outcome: Outcome) -> str:
    lines = [
        f"monkey failure (seed {seed}, {count} actions; set LLM_SCALE_STUDIO_MONKEY_SEED={seed} to replay)",
        f"at action {outcome.index + 1}: {outcome.failure}",
        f"shortest reproduction found ({len(shortest)} actions), from a fresh window:",
    ]
    lines += [f"  {i + 1:3}. {action!r:<60} # {done}" for i, (action, done) in enumerate(zip(shortest, shortest_outcome.done, strict=False))]
    lines.append(f"  fails with: {shortest_outcome.failure}")
    return "\n".join(lines)


@pytest.fixture
def monkey(monkeypatch, qtbot, qt_warnings, tmp_path):
    """run(actions) -> Outcome in fresh windows whose settings go to a throw-away file, and find(seed, count)."""
    settings = tmp_path / "settings.ini"
    monkeypatch.setattr(MainWindow, "_settings", lambda _self: QSettings(str(settings), QSettings.Format.IniFormat))

    def make_window() -> MainWindow:
        window = MainWindow(dialogs=Unattended(ask_save_changes="discard"))
        window.resize(1500, 950)
        window.show()
        qtbot.waitExposed(window)
        return window

    def run(actions: list[Action]) -> Outcome:
        return replay(make_window, actions, qt_warnings, qtbot.captureExceptions, tmp_path)

    yield run
    i18n.install_language("en")


def test_a_thousand_random_actions(monkey, capsys):
    actions = generate(SEED, ACTIONS)
    started = time.perf_counter()
    outcome = monkey(actions)
    elapsed = time.perf_counter() - started
    if outcome.failure:
        shortest, shortest_outcome = shrink(actions, outcome, monkey)
        pytest.fail(report_failure(SEED, ACTIONS, outcome, shortest, shortest_outcome), pytrace=False)
    with capsys.disabled():
        print(f"\nmonkey: {ACTIONS} actions, seed {SEED}: {elapsed:.1f} s ({1000 * elapsed / ACTIONS:.1f} ms per action)")
    kinds = {action[0] for action in actions}
    assert kinds == set(WEIGHTS), f"some kinds of action never ran: {set(WEIGHTS) - kinds}"
    typed = {done.split()[1] for done in outcome.done if done.startswith("type ")}
    typed |= {done.split()[4] for done in outcome.done if done.startswith("arrow ")}
    editor = Editor(design_from_preset("gpt2-small"))
    every = {".".join(path) for path, row in editor._rows.items() if isinstance(row.widget, NumberField)}
    editor.deleteLater()
    with capsys.disabled():
        print(f"monkey: typed into {len(typed & every)} of {len(every)} number fields; never: {sorted(every - typed)}")
    if ACTIONS >= 1000:  # nearly every number field, of both tabs and of every box, got typed into
        assert len(typed & every) >= 0.9 * len(every)
        for prefix in ("architecture.moe.", "architecture.mla.", "workload.custom_gpu.", "workload.", "architecture."):
            assert any(path.startswith(prefix) for path in typed), f"no field under {prefix} was typed into"


def test_the_action_list_is_reproducible():
    """The generator is seeded: the same list every run, another list for another seed."""
    assert generate(SEED, 200) == generate(SEED, 200)
    assert generate(SEED, 200) != generate(SEED + 1, 200)


def test_shrinking_finds_the_shortest_reproduction(monkey, monkeypatch):
    """A planted bug (with three designs the headline shows a stale count) is reduced to the two added designs."""
    original = MainWindow._show

    def stale_headline(self, project):
        original(self, project)
        if len(project.designs) >= 3:
            self.results.headline.cards["total_params"].value.setText("1 (planted bug)")

    monkeypatch.setattr(MainWindow, "_show", stale_headline)
    rng = random.Random(1)
    actions = [("type", rng.randrange(10**6), "small", rng.choice(SMALL), False) for _ in range(12)]
    actions[2:2] = [("add_design", 1)]
    actions[7:7] = [("undo", 1), ("redo", 1), ("add_design", 4)]
    outcome = monkey(actions)
    assert outcome.kind == "check" and "headline shows 1," in outcome.failure
    shortest, shortest_outcome = shrink(actions, outcome, monkey)
    assert [a[0] for a in shortest] == ["add_design", "add_design"], shortest
    text = report_failure(SEED, len(actions), outcome, shortest, shortest_outcome)
    assert f"LLM_SCALE_STUDIO_MONKEY_SEED={SEED}" in text and "shortest reproduction found (2 actions)" in text


def test_an_exception_in_a_slot_is_caught_after_the_action(monkey, monkeypatch):
    """An exception that Qt hands to sys.excepthook (a slot called from C++) fails the action that caused it."""

    def broken(self, index):
        raise RuntimeError("planted slot bug")

    monkeypatch.setattr(MainWindow, "select_design", broken)
    outcome = monkey([("type", 5, "small", 7, False), ("add_design", 1), ("switch_design", 0), ("type", 5, "small", 8, False)])
    assert outcome.kind == "exception" and "planted slot bug" in outcome.failure and outcome.index == 2


def test_random_actions_with_every_result_from_the_worker_thread(monkey, monkeypatch):
    """The same kinds of action with no result waited for: every edit leaves its results to the worker thread, edits
    overtake each other, undo and language switches come while results compute.  Once the worker is done, the window
    must show the results of its design, as when they come at once."""
    this = sys.modules[__name__]
    monkeypatch.setattr(MainWindow, "RESULTS_WAIT_S", 0.0)
    settle_then_check = this.check

    def settled(window) -> str | None:
        deadline = time.monotonic() + 60
        while window._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        if window._pending:
            return "the results never came"
        return settle_then_check(window)

    monkeypatch.setattr(this, "check", settled)
    actions = generate(SEED + 1, 200)
    outcome = monkey(actions)
    if outcome.failure:
        shortest, shortest_outcome = shrink(actions, outcome, monkey)
        pytest.fail(report_failure(SEED + 1, 200, outcome, shortest, shortest_outcome), pytrace=False)
