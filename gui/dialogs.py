"""Every question the window asks a person, in one small replaceable layer.

The window never calls QFileDialog or QMessageBox itself: it asks its `Dialogs`.
`Dialogs` shows the real, modal dialogs; `Unattended` never blocks: it records
every message and answers every question from `answers` (or a safe default), so
tests and offscreen runs drive the window without a person.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from gui import APPLICATION, ORGANIZATION

log = logging.getLogger("llm_scale_studio")

SaveChoice = Literal["save", "discard", "cancel"]

# Texts of Qt 6's own file dialog that Qt's qtbase_zh_CN catalog lacks (it has the Qt 5 forms "Look in:" and
# "Files of type:"): listed here so they are in our catalog, which Qt asks when its own has no entry.
QT_FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def start_folder() -> str:
    """Where a file dialog opens: the folder last used for a file, else the person's Documents folder
    (never the folder the app was started from, which is often its install folder)."""
    folder = str(QSettings(ORGANIZATION, APPLICATION).value("dialogs/folder", "") or "")
    if folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def remember_folder(path: str | Path) -> None:
    QSettings(ORGANIZATION, APPLICATION).setValue("dialogs/folder", str(Path(path).parent))


def in_start_folder(suggested: str) -> str:
    """A suggested file name placed in the start folder (a full path is kept as it is)."""
    return suggested if Path(suggested).is_absolute() else str(Path(start_folder()) / suggested)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Dialogs:
    """The real dialogs (modal; a person answers)."""

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_path(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
        if path:
            remember_folder(path)
        return path or None

    def save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> tuple[str, str] | None:
        """(path, chosen filter), or None if cancelled.  A bare suggested name starts in `start_folder()`."""
        path, chosen = QFileDialog.getSaveFileName(parent, title, in_start_folder(suggested), filters)
        if path:
            remember_folder(path)
        return (path, chosen) if path else None

    def ask_save_changes(self, parent: QWidget | None, name: str) -> SaveChoice:
        buttons = QMessageBox.StandardButton
        text = _tr("Save the changes to “{name}” before closing it?").format(name=name)
        answer = QMessageBox.question(parent, _tr("Unsaved changes"), text, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_restore(self, parent: QWidget | None, name: str, when: str) -> bool | None:
        """True: restore; False: throw the recovered work away; None: not answered (keep it for later)."""
        buttons = QMessageBox.StandardButton
        text = _tr("LLM Scale Studio was not closed properly. Restore the unsaved work on “{name}” from {when}?").format(name=name, when=when)
        answer = QMessageBox.question(parent, _tr("Restore unsaved work?"), text, buttons.Yes | buttons.No, buttons.Yes)
        return answer == buttons.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str) -> str | None:
        answer, ok = QInputDialog.getText(parent, title, label, text=text)
        return answer if ok else None

    def ask_import_approximate(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Import a model whose type is unknown as its closest family (the text says which, and what differs)?"""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.Yes) == buttons.Yes


class Unattended(Dialogs):
    """Never blocks: messages are kept in `messages`, questions answered from `answers`.

    `answers` maps a question ("open_path", "save_path", "ask_save_changes",
    "ask_restore", "ask_text", "ask_import_approximate") to a value or to a function of the question's
    arguments.  Unanswered questions get the answer that loses nothing and
    changes nothing: no file chosen, "cancel", no decision on restoring (the recovery file stays), no approximate import.
    """

    DEFAULTS: dict[str, Any] = {"open_path": None, "save_path": None, "ask_save_changes": "cancel", "ask_restore": None, "ask_text": None,
                                "ask_import_approximate": False}

    def __init__(self, **answers: Any):
        self.answers: dict[str, Any] = dict(answers)
        self.messages: list[tuple[str, str]] = []
        self.asked: list[str] = []

    def _answer(self, question: str, *args: Any) -> Any:
        self.asked.append(question)
        answer = self.answers.get(question, self.DEFAULTS[question])
        return answer(*args) if callable(answer) else answer

    def warn(self, parent, title, text) -> None:  # noqa: ARG002 - same signature as Dialogs
        log.warning("%s: %s", title, text)
        self.messages.append((title, text))

    def open_path(self, parent, title, filters):  # noqa: ARG002
        return self._answer("open_path")

    def save_path(self, parent, title, suggested, filters):  # noqa: ARG002
        answer = self._answer("save_path", in_start_folder(suggested))
        return (answer, "") if isinstance(answer, str) else answer

    def ask_save_changes(self, parent, name):  # noqa: ARG002
        return self._answer("ask_save_changes", name)

    def ask_restore(self, parent, name, when):  # noqa: ARG002
        return self._answer("ask_restore", name, when)

    def ask_text(self, parent, title, label, text):  # noqa: ARG002
        return self._answer("ask_text", text)

    def ask_import_approximate(self, parent, title, text):  # noqa: ARG002
        self.messages.append((title, text))
        return self._answer("ask_import_approximate", text)


def default_dialogs() -> Dialogs:
    """Real dialogs, unless nobody can answer them (offscreen, or LLM_SCALE_STUDIO_NO_DIALOGS set)."""
    if os.environ.get("LLM_SCALE_STUDIO_NO_DIALOGS") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return Unattended()
    return Dialogs()
