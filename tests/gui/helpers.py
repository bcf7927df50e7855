"""What a person does in the window, as functions the GUI tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionGroupBox


def headline(window, key: str) -> str:
    return window.results.headline.cards[key].value.text()


def type_into(qtbot, window, field: str, text: str, *, commit: bool = True) -> None:
    """Type `text` over an architecture field, then press Enter (a field commits on Enter, not per keystroke)."""
    line = window.editor.row("architecture", field).widget.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)
    if commit:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def choose_preset(window, preset_id: str) -> None:
    picker = window.editor.presets
    index = picker.findData(preset_id, Qt.ItemDataRole.UserRole)
    assert index > 0
    picker.setCurrentIndex(index)
    picker.activated.emit(index)  # what a click on the entry in the open list sends


def click_group_checkbox(qtbot, box) -> None:
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())


def make_window(qtbot, **kwargs):
    """A shown window whose dialogs never block (messages recorded in `window.dialogs.messages`)."""
    from gui.dialogs import Unattended
    from gui.main_window import MainWindow

    kwargs.setdefault("dialogs", Unattended(ask_save_changes="discard"))
    window = MainWindow(**kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
