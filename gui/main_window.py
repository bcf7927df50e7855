"""The main window: designs and editor on the left, results on the right, joined in one place.

The window holds one immutable `Project`.  Every edit, from any widget or menu,
builds a new Project and goes through `_apply(new, text, field)`, which pushes
a `ProjectEdit` (old, new) on the undo stack; the stack's redo and undo only
call `_show(project)`, which puts a snapshot on screen.  Opening, creating and
closing a document replace it (after asking about unsaved changes) and clear
the stack.  Switching the design being edited is not an edit: it changes what
is shown, not what is saved, like choosing a tab.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget

from gui import APPLICATION, ORGANIZATION, i18n
from gui.designs import DesignBar, add_preset_menu
from gui.dialogs import Dialogs, default_dialogs
from gui.document import ProjectEdit, RecentFiles, RecoveryFile, ResultsJob, Snapshots, design_results
from gui.editor import Editor
from gui.fields import count_text, model_text
from gui.results import ResultsPanel
from gui.start import StartFrame, load_start_frame
from gui.views import Overlay
from model.project.units import format_int

if TYPE_CHECKING:  # the model's modules load after the first frame (gui/start.py); each is imported where it is used
    from model.design.design import Design
    from model.project.project_file import Project

log = logging.getLogger("llm_scale_studio")
SAVED_MESSAGE_MS = 15000  # how long "Saved …" and its Open folder button stay in the status bar
RECOVERY_INTERVAL_MS = 3000  # at most this much typing is lost in a crash
UNDO_LIMIT = 300  # steps kept (each holds two project snapshots): bounded memory in a long session


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or "name (2)", "name (3)" ... if a design of the project already has it."""
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"[:200]


class MainWindow(QMainWindow):
    """One document (a Project, maybe saved at `path`) with undo, recovery and several designs."""

    reportChanged = Signal(object)
    # Results that take longer than this go on computing on a worker thread while the window stays free.
    RESULTS_WAIT_S = 0.05

    def __init__(self, start: Project | Design | None = None, *, dialogs: Dialogs | None = None, recovery: RecoveryFile | None = None,
                 deferred: bool = False):
        """`deferred`: the result sections and charts are built by `finish_start()`, after the first paint (a fast start);
        without a `start`, the first frame (editor and headline of the default preset) comes from the start snapshot and
        the model itself loads in `finish_start()` too."""
        super().__init__()
        self._deferred = deferred
        if not deferred or i18n.chinese():  # Chinese text needs it in the first frame; else finish_start registers it
            i18n.install_cjk_font()
        self.dialogs = dialogs or default_dialogs()
        self.recovery = recovery
        self.recent = RecentFiles(self._settings)
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.snapshots = Snapshots()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one result computation at a time; a newer edit's waits for the one running
        self._job: ResultsJob | None = None  # the newest; older ones still queued skip their work
        self._deadlines: dict[ResultsJob, float] = {}  # until when the window waits for a job before leaving it running
        self._pending = False
        self._last_shown: tuple[Project, list] | None = None  # what the results panel shows (rebuilt on a language switch)
        # the start snapshot stands for the default project until finish_start() loads the model
        self._frame: StartFrame | None = load_start_frame() if deferred and start is None else None
        self._project: Project | None = None
        if self._frame is None:
            from model.design.design import Design
            from model.project.project_file import Project

            if isinstance(start, Design):
                start = Project(name=start.name, designs=(start,))
            self._project = start or self._new_project()

        self._build_ui()
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.saved_folder: Path | None = None
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("openFolder")
        self.open_folder_button.setFlat(True)
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_saved_folder)
        self.statusBar().addPermanentWidget(self.open_folder_button)
        # the button goes with the message that named the folder
        self._saved_message = ""
        self.statusBar().messageChanged.connect(lambda text: self.open_folder_button.setVisible(bool(text) and text == self._saved_message))

        self._recovery_due = False
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setInterval(RECOVERY_INTERVAL_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)
        if recovery is not None:
            self._recovery_timer.start()

        if self._frame is not None:
            self._show_frame(self._frame)
        else:
            self._show(self._project)
        self._update_title()
        self._restore_settings()

    def _show_frame(self, frame: StartFrame) -> None:
        """The first frame from the start snapshot: the editor shows it already; the design's name, title and headline."""
        self.designs.show_names((frame.design_name,), 0)
        self.results.show_headline(*frame.headline())

    def _build_ui(self) -> None:
        """Widgets and menus, in the current language (built again when the language changes)."""
        self.designs = DesignBar()
        self.editor = Editor(self._project.design if self._project is not None else None, deferred=self._deferred, start=self._frame)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.designs)
        column.addWidget(self.editor, 1)
        self.results = ResultsPanel(deferred=self._deferred)
        self._deferred = False  # a rebuild (language switch) builds everything at once
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 1000])
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.menuBar().clear()
        self._build_menus()

        self.editor.designEdited.connect(self._on_design_edited)
        self.editor.stepClosed.connect(self._close_step)
        self.editor.problemsChanged.connect(self._update_stale)
        self.designs.currentChosen.connect(self.select_design)
        self.designs.removeRequested.connect(self.remove_design)
        self.designs.renameRequested.connect(self.rename_design)
        self.designs.duplicateRequested.connect(self.duplicate_design)
        self.designs.presetRequested.connect(self.add_preset)
        self.designs.importRequested.connect(self.import_config)
        self.results.designChosen.connect(self.select_design)
        self.results.layoutChosen.connect(self.pin_layout)

    def finish_start(self) -> None:
        """After the first paint: the model (pydantic) behind a first frame from the start snapshot, then the result
        sections and charts (pyqtgraph and numpy load here)."""
        i18n.install_cjk_font()  # before the charts: their items copy the application font when made
        self._load_start_project()
        self.editor.build_pages()
        self.results.build_tabs()

    def _load_start_project(self) -> None:
        """The default project behind a first frame from the start snapshot (at once if there is none to load)."""
        if self._project is not None:
            return
        self._project = self._new_project()
        if self.editor.pages_differ():  # a snapshot older than the model's fields (never in a release: a test checks)
            log.warning("the start snapshot is out of date; run python -m gui.start")
            self._build_ui()
        try:  # here, not on the worker thread: nothing else happens until it is shown
            design_results(self._project.design)
        except Exception:  # noqa: BLE001 - _show computes it again and says what went wrong
            pass
        self._show(self._project)

    def set_language(self, language: str) -> None:
        """Switch the interface language now: translators, then every widget built again around the same project."""
        i18n.install_language(language)
        self._settings().setValue("ui/language", language)
        tab, editor_tab, sizes = self.results.current_tab_name(), self.editor.tabs.currentIndex(), self.splitter.sizes()
        self._build_ui()  # setCentralWidget deletes the old widgets
        if self._pending and self._last_shown is not None:  # the new panel shows the last results, greyed, meanwhile
            self._show_results(*self._last_shown)
        self._show(self._project)
        self.splitter.setSizes(sizes)
        self.results.select_tab(tab)
        self.editor.tabs.setCurrentIndex(editor_tab)
        self._update_title()

    @property
    def project(self) -> Project:
        return self._project

    @property
    def design(self) -> Design:
        return self._project.design

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def document_name(self) -> str:
        if self.path:
            return self.path.stem
        return self._frame.project_name if self._frame is not None else self._project.name

    # --- the one way in and the one way out ------------------------------------------------------
    def _apply(self, change: Project | Design, text: str = "", field: str = "") -> None:
        """Every edit: one undo step from the shown project to `change` (consecutive edits of one field merge).

        A Design takes the place of the design being edited."""
        from model.design.design import Design

        self._load_start_project()  # an edit that came before finish_start() (a program's, not a person's)

        if isinstance(change, Design):
            designs = list(self._project.designs)
            designs[self._project.current] = change
            text = text or self.tr("Change {design}").format(design=change.name)
            change = self._with_designs(designs, self._project.current)
        project = change
        if project == self._project:
            return
        try:  # started here, never first inside the undo stack's push: PySide 6.11 crashes on an exception there
            self._computed(project)
        except Exception as error:  # a bug in a formula must cost the edit, not the session
            self._cannot_compute(project, error)
            return
        self.undo_stack.push(ProjectEdit(self._show, self.snapshots, self._project, project, text, field))
        self.snapshots.pushed(self.undo_stack)

    def _computed(self, project: Project) -> list | None:
        """The results of every design of `project`, or None while a worker thread computes them (then
        `_on_computed` shows them).  Short computations are waited for, so the results follow at once; a long one
        (a large design's layout search) leaves the window free.  Raises what computing them raised."""
        job = self._job
        if job is None or job.project != project or job.skipped:
            busy = job is not None and not job.done.is_set()  # an older edit's still runs: this one cannot be ready soon
            job = self._job = ResultsJob(project, wanted=lambda queued: queued is self._job)
            job.signals.finished.connect(self._on_computed)
            self._deadlines[job] = time.monotonic() + (0.0 if busy else self.RESULTS_WAIT_S)
            self._pool.start(job.run)
        wait = min(max(0.0, self._deadlines.get(job, 0.0) - time.monotonic()), threading.TIMEOUT_MAX)
        if not job.done.wait(wait):
            return None
        if job.skipped:  # overtaken by an edit that was then undone: compute it again
            return self._computed(project)
        if job.error is not None:
            raise job.error
        return [design_results(design) for design in project.designs]

    def _on_computed(self, job: ResultsJob) -> None:
        self._deadlines.pop(job, None)
        if job.project != self._project or not self._pending:
            return  # an older edit's, or already shown
        if job.skipped:
            self._computed(self._project)  # queued behind an edit since undone: queue it again
            return
        if job.error is not None:
            # As when computing fails at once: the edit does not stay; the window goes back to the last design that
            # could be computed, and says why.
            index = self.undo_stack.index()
            command = self.undo_stack.command(index - 1) if index > 0 else None
            if isinstance(command, ProjectEdit) and self.snapshots.get(command.new) == job.project:
                self.undo_stack.undo()
            self._set_pending(False)
            self._cannot_compute(job.project, job.error)
            return
        self._show_results(self._project, [design_results(design) for design in self._project.designs])

    def _cannot_compute(self, project: Project, error: Exception) -> None:
        log.error("cannot compute %s", project.design.name, exc_info=error)
        self.editor.show_problem(self.tr("This design cannot be computed ({kind}: {error}); the results show the last design that could.").format(
            kind=type(error).__name__, error=error))

    def _set_pending(self, pending: bool) -> None:
        self._pending = pending
        self._update_stale()

    def _update_stale(self, *_args) -> None:
        """The results are marked stale while the fields hold an invalid design, or while new results are computed."""
        if self.editor.problems or not self._pending:
            self.results.set_stale(self.editor.problems)
        else:
            self.results.set_stale(self.tr("Computing the results of this design…"), computing=True)

    def _show(self, project: Project) -> None:
        """Put a snapshot on screen: editor, design tabs, results, comparison and charts of every design."""
        self._project = project
        self._frame = None  # the start snapshot no longer stands for anything
        self.editor.show_design(project.design)
        self.designs.show_project(project)
        self._recovery_due = True
        try:
            results = self._computed(project)
        except Exception as error:  # undo or redo to a design that cannot be computed: say so, keep the window
            self._cannot_compute(project, error)
            return
        if results is None:
            self._set_pending(True)  # the results of the last design stay, greyed, until these are ready
            return
        self._show_results(project, results)

    def _show_results(self, project: Project, results: list) -> None:
        self._last_shown = (project, results)
        self._set_pending(False)
        report, charts = results[project.current]
        names = tuple(design.name for design in project.designs)
        budgets = tuple(
            self.tr("{name}: {params} parameters, {tokens} training tokens").format(
                name=r.name, params=count_text(r.scaling_point.n_params), tokens=count_text(r.scaling_point.tokens))
            for r, _ in results
        )
        # every chart knows the designs' names (legend, marker labels) and token budgets (footnote), one design or several
        charts = tuple(Overlay(names, tuple(r[1][i] for r in results), project.current, budgets) for i in range(len(charts)))
        self.results.show_report(report, charts, project.design)
        self.results.show_comparison(names, [r[0] for r in results], project.current)
        self.editor.show_report(report)
        self.statusBar().showMessage(self.tr("{name}: the figures follow a field when you press Enter, leave it or pause typing. Hover over a number to see how it was computed.").format(name=report.name))
        self.reportChanged.emit(report)

    def _replace_document(self, project: Project, path: Path | None) -> None:
        """A new, open or closed document: no undo history, nothing unsaved."""
        self.undo_stack.clear()
        self.path = path
        self._show(project)
        self.undo_stack.setClean()
        self._update_title()
        if path is not None:
            self.recent.add(path)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — LLM Scale Studio").format(name=self.document_name()))
        self.setWindowModified(self.is_modified())

    # --- edits of the designs --------------------------------------------------------------------
    def _with_designs(self, designs: list[Design], current: int) -> Project:
        return self._project.model_copy(update={"designs": tuple(designs), "current": current})

    def _on_design_edited(self, design: Design, field: str) -> None:
        text = self.tr("Edit {field}").format(field=self.editor.row(*field.split(".")).label.text()) if field else ""
        self._apply(design, text, field)

    def _close_step(self, field: str) -> None:
        """The person is done with `field` (Enter, focus out): its next commit starts a new undo step."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        if isinstance(command, ProjectEdit) and command.key == field:
            command.closed = True

    def pin_layout(self, layout) -> None:
        """Pin every value of a layout from the Training plan tab in the workload, or with None give them all back to the
        planner: one undo step."""
        from model.plan.layout import pinned_layout, unpinned_layout

        if layout is None:
            workload = self.design.workload.model_copy(update=unpinned_layout())
            self._apply(self.design.model_copy(update={"workload": workload}), self.tr("Let the planner choose the layout"))
            return
        if self._pending:  # the table still shows the previous design's layouts
            self.statusBar().showMessage(self.tr("The training plan of this design is still being computed; choose a layout once it is shown."))
            return
        workload = self.design.workload.model_copy(update=pinned_layout(layout))
        self._apply(self.design.model_copy(update={"workload": workload}), self.tr("Use layout {layout}").format(layout=layout.short()))

    def select_design(self, index: int) -> None:
        """Edit another design of the project (not an undo step: nothing saved changes)."""
        if 0 <= index < len(self._project.designs) and index != self._project.current:
            self._show(self._project.model_copy(update={"current": index}))

    def add_designs(self, new: tuple[Design, ...], text: str) -> None:
        """Append designs (names made unique) and edit the first of them."""
        designs = list(self._project.designs)
        if len(designs) + len(new) > 64:
            self.dialogs.warn(self, self.tr("Too many designs"), self.tr("A project holds at most 64 designs."))
            return
        for design in new:
            designs.append(design.model_copy(update={"name": unique_name(design.name, {d.name for d in designs})}))
        self._apply(self._with_designs(designs, len(self._project.designs)), text)

    def duplicate_design(self) -> None:
        self.add_designs((self.design,), self.tr("Duplicate {design}").format(design=self.design.name))

    def add_preset(self, preset_id: str) -> None:
        from model.project.sources import design_for_preset

        design = design_for_preset(preset_id, self.design.workload)
        self.add_designs((design,), self.tr("Add {design}").format(design=design.name))

    def remove_design(self, index: int) -> None:
        designs = list(self._project.designs)
        if len(designs) < 2 or not 0 <= index < len(designs):
            return
        removed = designs.pop(index)
        current = self._project.current
        current = current - 1 if index < current else min(current, len(designs) - 1)
        self._apply(self._with_designs(designs, current), self.tr("Remove {design}").format(design=removed.name))

    def rename_design(self, index: int | None = None) -> None:
        index = self._project.current if index is None else index
        old = self._project.designs[index]
        name = self.dialogs.ask_text(self, self.tr("Rename design"), self.tr("Name of the design:"), old.name)
        name = (name or "").strip()[:200]
        if not name or name == old.name:
            return
        designs = list(self._project.designs)
        designs[index] = old.model_copy(update={"name": unique_name(name, {d.name for d in designs} - {old.name})})
        self._apply(self._with_designs(designs, self._project.current), self.tr("Rename {design}").format(design=old.name))

    # --- files -----------------------------------------------------------------------------------
    def _new_project(self, preset_id: str | None = None) -> Project:
        """A project of one design: the preset's, or the default preset's."""
        from model.design.presets import DEFAULT_PRESET_ID
        from model.project.project_file import Project
        from model.project.sources import design_from_preset

        return Project(designs=(design_from_preset(preset_id or DEFAULT_PRESET_ID),))

    def _may_discard(self) -> bool:
        """Whether the open document may be replaced: saved, or the person chose to save or discard it."""
        self.editor.commit_pending()
        if not self.is_modified():
            return True
        answer = self.dialogs.ask_save_changes(self, self.document_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_project(self, preset_id: str | None = None) -> None:
        if self._may_discard():
            self._replace_document(self._new_project(preset_id), None)

    def close_project(self) -> None:
        self.new_project()

    def _warn_cannot_open(self, error: Exception) -> None:
        self.dialogs.warn(self, self.tr("Cannot open"), self.tr("{problem}\n\nThe open project was not changed.").format(problem=error))

    def open_path(self, name: str | Path) -> bool:
        """Open a .llmproj file, or a config.json or preset as a new unsaved project; a bad file changes nothing."""
        from model.project.errors import InputError
        from model.project.project_file import SUFFIX, load_project
        from model.project.sources import load_project_argument

        path = Path(name)
        try:
            project = load_project(path) if path.suffix.lower() == SUFFIX else load_project_argument(str(name))
        except (InputError, OSError, ValueError) as error:
            self._warn_cannot_open(error)
            return False
        if not self._accept_approximate(project.designs) or not self._may_discard():
            return False
        self._replace_document(project, path.resolve() if path.suffix.lower() == SUFFIX else None)
        return True

    def open_file(self) -> None:
        from model.project.project_file import SUFFIX

        filters = self.tr("LLM Scale Studio projects (*{suffix});;Hugging Face config (*.json);;All files (*)").format(suffix=SUFFIX)
        path = self.dialogs.open_path(self, self.tr("Open project"), filters)
        if path:
            self.open_path(path)

    def import_config(self, path: str | Path | None = None) -> bool:
        """Add the designs of a config.json (or of another project) to this project, as one undo step."""
        from model.project.errors import InputError
        from model.project.sources import load_project_argument

        self._load_start_project()  # a file dropped on the window before finish_start()
        if path is None:
            path = self.dialogs.open_path(self, self.tr("Import Hugging Face config.json"), self.tr("Hugging Face config (*.json);;All files (*)"))
            if not path:
                return False
        try:
            imported = load_project_argument(str(path))
        except (InputError, OSError, ValueError) as error:
            self._warn_cannot_open(error)
            return False
        if not self._accept_approximate(imported.designs):
            return False
        text = self.tr("Import {name}").format(name=Path(path).name)
        untouched = self.path is None and self.undo_stack.count() == 0 and len(self._project.designs) == 1
        if untouched:  # a fresh window: the import takes the place of the starting design
            self._apply(self._with_designs(list(imported.designs), 0), text)
        else:
            self.add_designs(imported.designs, text)
        self._show_checkpoint(str(path), imported.designs[0].architecture)
        return True

    def _accept_approximate(self, designs) -> bool:
        """An unknown model type with Llama-style keys: offer to import it as its closest family, saying what differs;
        False if the person declines (nothing changes)."""
        for design in designs:
            if design.approximate is not None:
                approximate = design.approximate
                ignored = ", ".join(approximate.ignored_keys) or self.tr("none")
                text = self.tr(
                    "model_type '{model_type}' is not supported, but its keys are Llama-style. Import it as {family}? The design "
                    "will be labelled approximate: norms, biases or layers particular to this family would be missing.\n\n"
                    "Keys of its config.json that would not be understood: {keys}").format(
                        model_type=approximate.model_type, family=approximate.imported_as, keys=ignored)
                if not self.dialogs.ask_import_approximate(self, self.tr("Import approximately?"), text):
                    return False
        return True

    def _show_checkpoint(self, name: str, architecture) -> None:
        """A model folder with safetensors files: its own count (headers only) beside this design's, in the status bar."""
        from model.design.checkpoint import KINDS
        from model.design.params import count_parameters
        from model.project.errors import InputError
        from model.project.sources import checkpoint_of

        try:
            checkpoint = checkpoint_of(name)
        except (InputError, OSError) as error:
            self.statusBar().showMessage(self.tr("The checkpoint's headers could not be read: {problem}").format(problem=error), 20000)
            return
        if checkpoint is None:
            return
        if checkpoint.files == 0:  # an index whose files are not here: names without shapes count nothing
            text = self.tr("The checkpoint's index names {tensors} tensors in {files} safetensors file(s), none of them here: "
                           "its parameters are counted from the files' headers.").format(
                               tensors=format_int(sum(checkpoint.index_tensors.values())), files=format_int(checkpoint.index_files))
            self.statusBar().showMessage(text, 30000)
            return
        dtypes = ", ".join(f"{format_int(n)} {dtype}" for dtype, n in sorted(checkpoint.by_dtype.items(), key=lambda item: -item[1]))
        model, ours = checkpoint.by_kind.get("model", 0), count_parameters(architecture).total
        text = self.tr("Checkpoint, from the headers of {files} safetensors file(s): {total} values ({dtypes}); the model itself: {model}, "
                       "this design: {ours}").format(files=checkpoint.files, total=format_int(checkpoint.total), dtypes=dtypes,
                                                     model=format_int(model), ours=format_int(ours))
        apart = [(kind, n) for kind, n in checkpoint.by_kind.items() if kind != "model" and n]
        if apart:  # what the design does not describe, by kind: MTP layers, a vision tower, a tied head, scales
            text += self.tr("; set apart: {parts}").format(
                parts="; ".join(f"{format_int(n)} {model_text(KINDS[kind])}" for kind, n in apart))
        if checkpoint.missing_files:
            text += self.tr("; {missing} of the {files} files its index names are not here and not counted").format(
                missing=checkpoint.missing_files, files=checkpoint.index_files)
        self.statusBar().showMessage(text, 30000)

    def open_or_import(self, path: str | Path) -> bool:
        """What a dropped file does: a project opens, anything else is imported as designs."""
        from model.project.project_file import SUFFIX

        return self.open_path(path) if Path(path).suffix.lower() == SUFFIX else self.import_config(path)

    def save(self) -> bool:
        self.editor.commit_pending()
        return self.save_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        from model.project.project_file import SUFFIX

        suggested = str(self.path) if self.path else f"{self.document_name()}{SUFFIX}"  # a bare name starts in the last folder used
        answer = self.dialogs.save_path(self, self.tr("Save project as"), suggested, self.tr("LLM Scale Studio projects (*{suffix})").format(suffix=SUFFIX))
        if not answer:
            return False
        path = Path(answer[0])
        return self.save_to(path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX))

    def save_to(self, path: Path) -> bool:
        """Save atomically; on failure say why, and the document stays unsaved (the old file untouched)."""
        from model.project.errors import InputError
        from model.project.project_file import save_project

        try:
            save_project(self._project, path)
        except InputError as error:
            self.dialogs.warn(self, self.tr("Not saved"), self.tr("{problem}.\n\nThe project is still open and not saved; the file on disk was not changed. Try another folder.").format(problem=error))
            return False
        self.path = Path(path).resolve()
        self.undo_stack.setClean()
        self.recent.add(self.path)
        if self.recovery is not None:
            self.recovery.clear()
        self._update_title()
        self.announce_saved(self.tr("Saved {path}").format(path=self.path), self.path)
        return True

    def export_report(self) -> bool:
        from model.project.errors import InputError
        from model.project.export import report_csv, report_markdown
        from model.project.project_file import write_atomically

        self.editor.commit_pending()
        filters = self.tr("Markdown report (*.md);;CSV table (*.csv)")
        answer = self.dialogs.save_path(self, self.tr("Export report"), f"{self.document_name()}.md", filters)
        if not answer:
            return False
        path, chosen = Path(answer[0]), answer[1]
        if path.suffix.lower() not in (".md", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".md"))
        reports = [design_results(design)[0] for design in self._project.designs]
        text = report_csv(reports) if path.suffix.lower() == ".csv" else report_markdown(self.document_name(), reports)
        try:
            write_atomically(path, text)
        except InputError as error:
            self.dialogs.warn(self, self.tr("Not exported"), str(error))
            return False
        self.announce_saved(self.tr("Report written to {path}").format(path=path), path)
        return True

    # --- crash recovery --------------------------------------------------------------------------
    def write_recovery(self) -> None:
        """Called every few seconds: keep the unsaved project in the recovery file (or remove the file)."""
        if self.recovery is None or not self._recovery_due:
            return
        self._recovery_due = False
        if self.is_modified():
            self.recovery.write(self._project, str(self.path) if self.path else None)
        else:
            self.recovery.clear()

    def offer_recovery(self) -> bool:
        """After a crash: offer the recovery file's project; restoring it is one undo step and leaves it unsaved."""
        found = self.recovery.read() if self.recovery is not None else None
        if found is None:
            return False
        project, path, when = found
        answer = self.dialogs.ask_restore(self, Path(path).stem if path else project.name, when.strftime("%Y-%m-%d %H:%M"))
        if answer is None:  # not answered (no person to ask): keep the file for the next start
            return False
        if not answer:
            self.recovery.clear()
            return False
        self.undo_stack.clear()
        self.path = Path(path) if path else None
        self._apply(project, self.tr("Restore unsaved work"))
        self._update_title()
        return True

    # --- drag and drop ---------------------------------------------------------------------------
    @staticmethod
    def _dropped_paths(event) -> list[str]:
        mime = event.mimeData()
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []

    @staticmethod
    def _openable(path: str) -> bool:
        """A project, a config.json, or a model folder (one that holds a config.json)."""
        from model.project.project_file import SUFFIX

        return Path(path).suffix.lower() in (SUFFIX, ".json") or (Path(path) / "config.json").is_file()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if any(self._openable(p) for p in self._dropped_paths(event)):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [p for p in self._dropped_paths(event) if self._openable(p)]
        if paths:
            event.acceptProposedAction()
        for path in paths:
            self.open_or_import(path)

    # --- menus -----------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        files = self.menuBar().addMenu(self.tr("&File"))
        self._action(files, self.tr("&New"), self.new_project, QKeySequence.StandardKey.New)
        add_preset_menu(files, self.tr("New from &preset"), self.new_project)
        self._action(files, self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        self.recent_menu = files.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        files.addSeparator()
        self._action(files, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self._action(files, self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        files.addSeparator()
        self._action(files, self.tr("&Import Hugging Face config.json…"), self.import_config, self.tr("Ctrl+I"))
        self._action(files, self.tr("Export &report (Markdown, CSV)…"), self.export_report, self.tr("Ctrl+Shift+E"))
        self._action(files, self.tr("&Export chart…"), self.export_chart, self.tr("Ctrl+E"))
        self._action(files, self.tr("&Copy chart to clipboard"), self.copy_chart, self.tr("Ctrl+Shift+C"))
        files.addSeparator()
        self._action(files, self.tr("&Close"), self.close_project, QKeySequence.StandardKey.Close)
        self._action(files, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Duplicate design"), self.duplicate_design, self.tr("Ctrl+D"))
        add_preset_menu(edit, self.tr("Add design from &preset"), self.add_preset)
        self._action(edit, self.tr("Re&name design…"), self.rename_design, self.tr("F2"))
        self._action(edit, self.tr("Re&move design"), lambda: self.remove_design(self._project.current))

        view = self.menuBar().addMenu(self.tr("&View"))
        languages = view.addMenu(self.tr("&Language"))
        current = "zh_CN" if i18n.chinese() else "en"
        for code, name in i18n.LANGUAGES.items():  # each language in its own words, so anyone can find theirs
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.recent.clear)
        else:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def export_dialog(self):
        from gui.export import ExportDialog

        panels = self.results.plot_panels()
        current = self.results.current_panel()
        return ExportDialog(panels, panels.index(current) if current in panels else len(panels) - 1, self, self.dialogs)

    def export_chart(self) -> None:
        self.editor.commit_pending()
        dialog = self.export_dialog()
        dialog.exec()
        if dialog.saved_path:
            self.announce_saved(self.tr("Chart saved to {path}").format(path=dialog.saved_path), dialog.saved_path)
        dialog.deleteLater()  # a child of the window: without this every export would stay alive

    def announce_saved(self, text: str, path: str | Path) -> None:
        """Say in the status bar where a file went, with a button that opens its folder (for a while)."""
        self.saved_folder = Path(path).resolve().parent
        self.open_folder_button.setText(self.tr("Open folder"))
        self.open_folder_button.setToolTip(str(self.saved_folder))
        self._saved_message = text
        self.statusBar().showMessage(text, SAVED_MESSAGE_MS)
        self.open_folder_button.show()

    def open_saved_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_folder)))

    def copy_chart(self) -> None:
        self.editor.commit_pending()
        from gui.charts import copy_chart

        panels = self.results.plot_panels()
        current = self.results.current_panel()
        copy_chart(current if current in panels else panels[-1])
        self.statusBar().showMessage(self.tr("Chart copied to the clipboard (1280 × 720)."), 4000)

    # --- remembered between sessions -------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(ORGANIZATION, APPLICATION)

    def _restore_settings(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_screen():
            self.resize(self.first_size())
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.results.select_tab(str(settings.value("window/tab", "")))
        self.editor.tabs.setCurrentIndex(int(settings.value("window/editor_tab", 0)))

    def _available(self):
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _fits_screen(self) -> bool:
        """Whether the restored size fits the screen the window is on now (it may be a smaller one than last time)."""
        available = self._available()
        return self.width() <= available.width() and self.height() <= available.height()

    def first_size(self) -> QSize:
        """1500 × 950 where the screen allows, else most of the screen (a 1366 × 768 laptop keeps room for the taskbar)."""
        available = self._available()
        return QSize(min(1500, int(available.width() * 0.96)), min(950, int(available.height() * 0.94)))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._may_discard():
            event.ignore()
            return
        self._recovery_timer.stop()
        if self.recovery is not None:
            self.recovery.clear()
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/tab", self.results.current_tab_name())
        settings.setValue("window/editor_tab", self.editor.tabs.currentIndex())
        super().closeEvent(event)
