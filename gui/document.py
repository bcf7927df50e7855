"""The open document around the window's one immutable `Project`.

- `ProjectEdit`: an undo step holding (old project, new project); undo and redo
  only show a snapshot again.  Consecutive edits of one field of one design
  merge into one step.
- `RecoveryFile`: the open project written every few seconds while unsaved, so
  a crash loses at most those seconds (a plain .llmproj, and beside it the
  path of the document it belongs to).
- `RecentFiles`: the list behind File ▸ Open Recent, kept in QSettings.
- `design_results`: a design's report and charts, cached, so comparing several
  designs recomputes only the one being edited; `ResultsJob` computes them on a
  worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:  # the model's modules load after the first frame (gui/start.py); each is imported where it is used
    from datetime import datetime

    from model.design.design import Design
    from model.estimate.charts import Chart
    from model.project.project_file import Project
    from model.project.report import Report

log = logging.getLogger("llm_scale_studio")


@lru_cache(maxsize=64)  # a project holds at most 64 designs; each entry (report and charts) is about 0.25 MB
def design_results(design: Design) -> tuple[Report, tuple[Chart, ...]]:
    from model.estimate.charts import scaling_charts, serving_throughput
    from model.project.report import estimate

    report = estimate(design)
    point = report.scaling_point
    serving = report.serving
    return report, (*scaling_charts(point.n_params, point.n_params_kaplan, point.tokens),
                    serving_throughput(serving.curve, design.workload.concurrent_requests, serving.max_concurrency,
                                       generates=design.architecture.generates))


class ResultsJob:
    """The results of a project's designs, computed on a worker thread (the planner's search can take a tenth of a
    second on a large design).  `done` is set when they are in design_results' cache, or `error` says why not;
    `signals.finished` then reaches the window on its own thread.  A job that is no longer `wanted()` when its turn
    comes (a newer edit queued behind it) skips the work."""

    class Signals(QObject):
        finished = Signal(object)  # the ResultsJob

    def __init__(self, project: Project, wanted: Callable[[ResultsJob], bool] = lambda _job: True):
        self.project = project
        self.wanted = wanted
        self.error: Exception | None = None
        self.skipped = False
        self.done = threading.Event()
        self.signals = ResultsJob.Signals()

    def run(self) -> None:  # on the worker thread: a plain callable, so the pool keeps nothing once it has run
        if self.wanted(self):
            try:
                for design in self.project.designs:
                    design_results(design)
            except Exception as error:  # reported by the window, never lost in the thread
                self.error = error
        else:
            self.skipped = True
        self.done.set()
        try:
            self.signals.finished.emit(self)
        except RuntimeError:  # the window, and with it the receiver, closed while this ran
            pass


class Snapshots:
    """The projects the undo stack refers to, by number.

    Commands hold numbers, not projects: PySide keeps the Python side of a
    QUndoCommand alive after Qt deletes the command (merged into another,
    beyond the undo limit, or cut off by a new edit after undo), so commands
    holding projects kept every project of a long session (bench/soak.py:
    +115 MB over 5,000 edits).  `prune` forgets what no live command uses.
    """

    PRUNE_EVERY = 64  # pushes; pruning walks the stack

    def __init__(self) -> None:
        self._projects: dict[int, Project] = {}
        self._next = 0
        self._pushes = 0

    def put(self, project: Project) -> int:
        self._next += 1
        self._projects[self._next] = project
        return self._next

    def get(self, number: int) -> Project:
        return self._projects[number]

    def pushed(self, stack: QUndoStack) -> None:
        self._pushes += 1
        if self._pushes % self.PRUNE_EVERY == 0:
            self.prune(stack)

    def prune(self, stack: QUndoStack) -> None:
        live: set[int] = set()
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, ProjectEdit):
                live.update((command.old, command.new))
        for number in [n for n in self._projects if n not in live]:
            del self._projects[number]


class ProjectEdit(QUndoCommand):
    """One undoable change: show project `new` on redo, `old` on undo (numbers in `snapshots`).

    `key` names the edited field ("" if none); consecutive commits of one field merge (a held arrow key, pauses
    while typing) until the step is `closed` (Enter or focus leaving the field)."""

    FIELD_EDIT = 1  # QUndoCommand.id() of every mergeable edit

    def __init__(self, show: Callable[[Project], None], snapshots: Snapshots, old: Project, new: Project, text: str, key: str = ""):
        super().__init__(text)
        self._show, self._snapshots = show, snapshots
        self.old, self.new, self.key = snapshots.put(old), snapshots.put(new), key
        self.closed = False

    def id(self) -> int:
        return self.FIELD_EDIT if self.key else -1

    def redo(self) -> None:
        self._show(self._snapshots.get(self.new))

    def undo(self) -> None:
        self._show(self._snapshots.get(self.old))

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ProjectEdit) or other.key != self.key or self.closed:
            return False
        get = self._snapshots.get
        mine, theirs = get(self.new), get(other.new)
        if get(other.old) != mine or theirs.current != mine.current:
            return False
        self.new = other.new
        self.setObsolete(theirs == get(self.old))  # typed and deleted again: no step at all
        return True


class RecoveryFile:
    """`recovery.llmproj` in the app's data folder: the unsaved project and the path it belongs to."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @classmethod
    def default(cls) -> RecoveryFile:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return cls(Path(folder) / "recovery.llmproj")

    @property
    def origin_path(self) -> Path:
        """Beside the recovery file: the path of the document it belongs to (a project file has no place for it)."""
        return self.path.with_suffix(".origin")

    def write(self, project: Project, document_path: str | None) -> bool:
        """Write quietly: a recovery file that cannot be written must never interrupt the person."""
        from model.project.errors import InputError
        from model.project.project_file import project_json, write_atomically

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.origin_path, document_path or "")
            write_atomically(self.path, project_json(project))
        except (OSError, InputError) as error:
            log.warning("could not write the recovery file %s: %s", self.path, error)
            return False
        return True

    def read(self) -> tuple[Project, str | None, datetime] | None:
        """(project, its document path, when it was written), or None if there is nothing (usable) to recover."""
        from datetime import datetime

        from model.project.errors import InputError
        from model.project.project_file import parse_project

        try:
            text = self.path.read_text(encoding="utf-8")
            when = datetime.fromtimestamp(self.path.stat().st_mtime)
        except (OSError, UnicodeDecodeError):
            return None
        try:
            project = parse_project(text, self.path.name)
        except InputError as error:
            log.warning("ignoring a damaged recovery file %s: %s", self.path, error)
            return None
        try:
            origin = self.origin_path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            origin = ""
        return project, origin or None, when

    def clear(self) -> None:
        for path in (self.path, self.origin_path):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                log.warning("could not remove the recovery file %s: %s", path, error)


class RecentFiles:
    """The last few project files opened or saved, newest first, remembered between sessions."""

    KEY = "recent/files"
    MAX = 10

    def __init__(self, settings: Callable[[], QSettings]):
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings().value(self.KEY, [])
        if isinstance(value, str):  # QSettings returns one string for a one-element list on some platforms
            value = [value]
        return [str(p) for p in value or []]

    def add(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [p for p in self.paths() if p != path]
        self._settings().setValue(self.KEY, paths[: self.MAX])

    def clear(self) -> None:
        self._settings().setValue(self.KEY, [])
