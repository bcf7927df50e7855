"""Languages: Qt translators for the GUI's and the model's texts, and a bundled CJK font.

Sources are Qt Linguist files in resources/translations/:
  gui_zh_CN.ts    the GUI's tr() strings (extracted by pyside6-lupdate)
  model_zh_CN.ts  the model's texts (context "model"; listed by model.project.strings)
and the .qm files built from them are what the app loads.  To refresh after
changing texts:

    .venv/bin/python -m gui.i18n update     # extract; new strings are marked unfinished
    (translate the unfinished entries, e.g. in pyside6-linguist)
    .venv/bin/python -m gui.i18n release    # build the .qm files

Chinese must render on machines without a CJK font, in the window and in
exported charts: a subset of Noto Sans CJK SC (SIL OFL, resources/fonts/) is
registered and put behind the default font as a fallback for every text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from model.project.resources import resources_dir

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
CATALOGS = ("gui", "model")
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """zh_CN for a Chinese system locale (mainland, Taiwan, Hong Kong alike: only Simplified exists), else English."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_language(language: str) -> bool:
    """Replace the installed translators with `language`'s; True if its catalogs were found."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    found = True
    for catalog in CATALOGS:
        translator = QTranslator()
        if translator.load(str(translations_dir() / f"{catalog}_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            found = False
    qt = QTranslator()  # Qt's own texts: standard buttons, file dialogs ("Look in", "Files of type")
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt)
        _installed.append(qt)
    return found


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogs (qtbase_zh_CN.qm) are: Qt's configured folder, else PySide6's (a bundle without a
    qt.conf reports a folder that does not exist; build.spec keeps qtbase_zh_CN in PySide6/Qt/translations)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def chinese() -> bool:
    """Whether numbers should read the Chinese way (1750亿) because the Chinese catalogs are installed."""
    return bool(_installed)


_cjk_family: list[str] = []


def install_cjk_font() -> str:
    """Register the bundled CJK font (once) and make it the application font's fallback; its family, "" if unavailable.

    Call it before building widgets: fonts are copied into widgets and chart items when they are made."""
    if not _cjk_family:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "NotoSansSC-Regular-subset.otf"))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _cjk_family.append(families[0] if families else "")
    cjk = _cjk_family[0]
    if not cjk:
        return ""
    app_font = QGuiApplication.font()
    if cjk not in app_font.families():
        # The family that draws Latin text now goes first by its own name: a generic one ("Sans Serif", offscreen and
        # on desktops without a named font) could otherwise resolve to the new font, and every label would change
        # its font, and the whole window its layout, when this runs after the first paint.
        drawn = QFontInfo(app_font).family()
        app_font.setFamilies(list(dict.fromkeys([drawn, *app_font.families(), cjk])))
        QGuiApplication.setFont(app_font)
    return cjk


# --- development: extract and build the catalogs ------------------------------------------------


def _tool(name: str) -> str:
    import shutil  # the development commands' modules are imported here, not at every start

    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; it comes with PySide6")
    return found


def _write_model_catalog(path: Path, strings: tuple[str, ...]) -> int:
    """model_<lang>.ts with every model text; keeps existing translations, marks new ones unfinished."""
    import xml.etree.ElementTree as ET

    old: dict[str, ET.Element] = {}
    if path.exists():
        for message in ET.parse(path).getroot().iter("message"):
            old[message.findtext("source")] = message.find("translation")
    root = ET.Element("TS", version="2.1", language=path.stem.split("_", 1)[1], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "model"
    unfinished = 0
    for text in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        previous = old.get(text)
        translation = ET.SubElement(message, "translation")
        if previous is not None and previous.text and previous.get("type") != "unfinished":
            translation.text = previous.text
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return unfinished


def update() -> None:
    import subprocess

    from model.project.strings import translatable_strings

    root = Path(__file__).resolve().parent.parent
    for language in LANGUAGES:
        if language == "en":
            continue
        sources = sorted(str(p) for p in (root / "gui").glob("*.py"))
        subprocess.run([_tool("lupdate"), *sources, "-no-obsolete", "-ts", str(root / "resources/translations" / f"gui_{language}.ts")], check=True)
        n = _write_model_catalog(root / "resources/translations" / f"model_{language}.ts", translatable_strings())
        print(f"model_{language}.ts: {n} unfinished")


def release() -> None:
    import subprocess

    root = Path(__file__).resolve().parent.parent
    for ts in sorted((root / "resources/translations").glob("*.ts")):
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "update"]()
