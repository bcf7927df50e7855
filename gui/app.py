"""Start the window: `run(argv) -> int`.  No traceback ever reaches the person using it."""

from __future__ import annotations

import logging
import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import i18n
from gui.document import RecoveryFile
from gui.main_window import APPLICATION, ORGANIZATION, MainWindow

log = logging.getLogger("llm_scale_studio")


def _excepthook(kind, error, tb) -> None:
    """Log the traceback; show one short sentence.  Qt would otherwise abort or print to a console nobody reads."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if QApplication.instance() is None or _excepthook.showing:
        return
    _excepthook.showing = True
    try:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate("App", "Something went wrong ({kind}: {message}).\nThe window keeps the last valid design; details were written to the log.").format(
                kind=kind.__name__, message=str(error)[:200]
            ),
        )
    finally:
        _excepthook.showing = False


_excepthook.showing = False


class FileOpenFilter(QObject):
    """macOS opens a double-clicked file (or one dropped on the Dock icon) with a QFileOpenEvent to the application."""

    def __init__(self, window: MainWindow, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path:
                self.window.open_path(path)
            return True
        return super().eventFilter(watched, event)


def start_language() -> str:
    """The language chosen before or the system's (in Chinese with the bundled CJK font at once; in English the window
    registers it, as everyone's fallback for Chinese names, right after its first paint)."""
    language = str(QSettings(ORGANIZATION, APPLICATION).value("ui/language", i18n.system_language()))
    if language not in i18n.LANGUAGES:
        language = "en"
    i18n.install_language(language)
    if i18n.chinese():
        i18n.install_cjk_font()
    return language


def run(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "llm-scale-studio"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    sys.excepthook = _excepthook
    start_language()
    window = MainWindow(recovery=RecoveryFile.default(), deferred=True)
    app.installEventFilter(FileOpenFilter(window, app))
    window.show()
    if os.environ.get("LLM_SCALE_STUDIO_EXIT_AFTER_SHOWN"):  # bench/startup.py: time to the first painted window, then to all of it
        def finish() -> None:
            window.finish_start()
            window.repaint()
            print("complete", flush=True)
            app.quit()

        QTimer.singleShot(0, lambda: (window.repaint(), print("shown", flush=True), QTimer.singleShot(0, finish)))
        return app.exec()

    def finish() -> None:  # the editor and headline painted first; then the model, the charts, and what to open
        window.repaint()
        window.finish_start()
        window.offer_recovery()
        if argv:
            window.open_path(argv[0])

    QTimer.singleShot(0, finish)
    return app.exec()
