"""The first frame before the model loads: the start snapshot.

Every start shows the default preset, so its first frame does not change from one start to the next: the editor's
fields (their titles, kinds, ranges and groups), the design's values, what its "auto" fields resolve to, the design's
name, and the title and headline cards in each language.  They are kept as plain JSON in
resources/first_frame.json, so the window paints its editor and headline before pydantic and the model are imported
(about half of a start); `MainWindow.finish_start()` then loads the model behind it and shows the same design,
computed.  The snapshot is made from the model with

    .venv/bin/python -m gui.start

and tests/gui/test_start.py fails when it is out of date.  Should a stale one still reach a build, the window
rebuilds the editor from the model's own fields once the model is loaded (`Editor.pages_differ`).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from typing import Any

from gui import i18n
from gui.catalog import presets_json, take_presets
from gui.fields import FieldSpec
from gui.results import Card
from model.project.resources import resources_dir

SNAPSHOT_NAME = "first_frame.json"
FORMAT = 1  # bumped when the snapshot's shape changes; a snapshot of another format is not used


@dataclass(frozen=True)
class StartFrame:
    pages: tuple[tuple[FieldSpec, ...], ...]  # the editor's pages (Editor's PAGES), their fields
    design: dict[str, Any]  # the default preset's design, as Design.model_dump() gives it
    preset_id: str
    resolved: dict[str, Any]  # Report.resolved: what the "auto" fields stand for
    project_name: str
    design_name: str
    headlines: dict[str, tuple[str, tuple[Card, ...]]]  # language -> (results title, headline cards)

    def headline(self) -> tuple[str, tuple[Card, ...]]:
        return self.headlines["zh_CN" if i18n.chinese() else "en"]


def load_start_frame() -> StartFrame | None:
    """The snapshot in resources/, or None (then the window loads the model first, as it would without one)."""
    try:
        data = json.loads((resources_dir() / SNAPSHOT_NAME).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        take_presets(data["presets"])
        return StartFrame(
            pages=tuple(tuple(FieldSpec.from_json(field) for field in page) for page in data["pages"]),
            design=data["design"], preset_id=data["preset_id"], resolved=data["resolved"],
            project_name=data["project_name"], design_name=data["design_name"],
            headlines={language: (title, tuple(Card(**card) for card in cards)) for language, (title, cards) in data["headlines"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def make_start_frame() -> dict[str, Any]:
    """The snapshot from the model, as JSON data (a QApplication must exist: the headline is written in each language)."""
    from gui.document import design_results
    from gui.editor import page_specs, preset_of
    from gui.results import headline_cards, results_title
    from model.design.presets import DEFAULT_PRESET_ID
    from model.project.project_file import Project
    from model.project.sources import design_from_preset

    design = design_from_preset(DEFAULT_PRESET_ID)
    project = Project(designs=(design,))
    report = design_results(design)[0]
    language = "zh_CN" if i18n.chinese() else "en"
    headlines = {}
    try:
        for code in i18n.LANGUAGES:
            i18n.install_language(code)
            headlines[code] = (results_title(report), [asdict(card) for card in headline_cards(report)])
    finally:
        i18n.install_language(language)
    return {
        "format": FORMAT,
        "pages": [[spec.to_json() for spec in page] for page in page_specs()],
        "design": design.model_dump(mode="json"),
        "preset_id": preset_of(design),
        "resolved": report.resolved,
        "project_name": project.name,
        "design_name": design.name,
        "presets": presets_json(),
        "headlines": headlines,
    }


def snapshot_text() -> str:
    return json.dumps(make_start_frame(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from model.project.project_file import write_atomically

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    path = resources_dir() / SNAPSHOT_NAME
    write_atomically(path, snapshot_text())
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
