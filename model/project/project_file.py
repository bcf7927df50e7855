"""`.llmproj` files: JSON with a format name and version, loaded safely, saved atomically.

    {"format": "llm-scale-studio-project", "format_version": 2, "app_version": "0.1.0",
     "project": {"name": ..., "designs": [{"name", "architecture", "workload"}, ...],
                 "current": 0, "charts": {...}}}

Version history (each step migrates one version up, so any old file opens):
  1  one design at the top level: {"format", "format_version": 1, "name",
     "architecture", "workload"}
  2  several designs to compare, the current one, and chart settings
  3  the training planner: the layout fields may be empty (the planner chooses), layout auto/manual,
     GPUs per node, network per GPU, global batch, virtual pipeline stages, context and expert
     parallelism; MFU empty means derived; designs may carry a published training run

A file from a newer version is refused with a message, never half-read.
Every failure raises InputError with one line naming the problem (the field,
and the line where it can be found).
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, model_validator

from model.design.design import Design
from model.project.errors import InputError
from model.project.files import parse_json, read_text
from model.project.schema import Frozen

FORMAT = "llm-scale-studio-project"
FORMAT_VERSION = 3
APP_VERSION = "0.1.0"
SUFFIX = ".llmproj"


class ChartSettings(Frozen):
    current_chart: str = Field("loss_vs_params", description="The chart tab shown last")
    show_kaplan: bool = True
    show_chinchilla: bool = True
    show_besiroglu: bool = True


class Project(Frozen):
    """What a person works on: one or more named designs, the one being edited, and chart settings."""

    name: str = Field("Untitled project", min_length=1, max_length=200)
    designs: tuple[Design, ...] = Field(default_factory=lambda: (Design(),), min_length=1, max_length=64)
    current: int = Field(0, ge=0)
    charts: ChartSettings = ChartSettings()

    @model_validator(mode="after")
    def _check(self) -> Project:
        if self.current >= len(self.designs):
            raise ValueError(f"current design {self.current} does not exist (the project has {len(self.designs)})")
        return self

    @property
    def design(self) -> Design:
        return self.designs[self.current]


# --- migrations ------------------------------------------------------------------------------


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    design = {k: doc[k] for k in ("name", "architecture", "workload") if k in doc}
    return {"format": FORMAT, "format_version": 2, "app_version": doc.get("app_version", "unknown"),
            "project": {"name": design.get("name", "Untitled project"), "designs": [design], "current": 0}}


# Format 2's layout fields, with the defaults every file carried: they become "the planner chooses" (empty),
# unless the user had changed them.  A typed-in MFU of exactly the old default 0.40 becomes "derived".
_V2_LAYOUT_DEFAULTS = {"tensor_parallel": 1, "pipeline_parallel": 1, "zero_stage": 1, "micro_batch_size": 1, "mfu": 0.4}


def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    for design in doc.get("project", {}).get("designs", []):
        workload = design.get("workload") if isinstance(design, dict) else None
        if not isinstance(workload, dict):
            continue
        for name, default in _V2_LAYOUT_DEFAULTS.items():
            if workload.get(name) == default:
                workload[name] = None
        if workload.get("recompute") == "none":
            workload["recompute"] = "auto"
        if workload.get("tensor_parallel") or workload.get("pipeline_parallel"):
            workload.setdefault("layout", "manual")  # a layout the user set by hand stays as set
    doc["format_version"] = 3
    return doc


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}


# --- locating a problem in the text -------------------------------------------------------------


def _line_of(text: str, loc: tuple[Any, ...]) -> int:
    """Best-effort line of the value at a pydantic error location (or of its parent if it is missing)."""
    pos = 0
    for i, key in enumerate(loc):
        if isinstance(key, int):
            # the key-th element of a list: skip key occurrences of the next key name
            following = next((k for k in loc[i + 1:] if isinstance(k, str)), None)
            if following is None:
                break
            for _ in range(key):
                found = text.find(f'"{following}"', pos)
                if found < 0:
                    break
                pos = found + 1
        else:
            found = text.find(f'"{key}"', pos)
            if found < 0:
                break
            pos = found
    return text.count("\n", 0, pos) + 1


def _describe(error: ValidationError, text: str, prefix: tuple[Any, ...]) -> str:
    first = error.errors()[0]
    loc = prefix + tuple(first["loc"])
    where = ".".join(str(p) for p in loc) or "the file"
    at = f" (line {_line_of(text, loc)})"
    return f"{where}{at}: {first['msg'].removeprefix('Value error, ')}"


# --- load and save ----------------------------------------------------------------------------------


def parse_project(text: str, name: str = "the file") -> Project:
    """A Project from the text of a .llmproj file (any supported version)."""
    doc = parse_json(text, name)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(f"{name} is not an LLM Scale Studio project (no \"format\": \"{FORMAT}\")")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InputError(f"{name}: format_version should be a whole number from 1, not {version!r}")
    if version > FORMAT_VERSION:
        raise InputError(
            f"{name} was written by a newer LLM Scale Studio (format {version}, app {doc.get('app_version', '?')}); "
            f"this version reads up to format {FORMAT_VERSION}: please update the app"
        )
    while version < FORMAT_VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, AttributeError) as error:
            raise InputError(f"{name}: cannot upgrade from format {version}: {error}") from None
        version = doc["format_version"]
    unknown = sorted(set(doc) - {"format", "format_version", "app_version", "project"})
    if unknown:
        raise InputError(f"{name}: unknown field {unknown[0]!r} at the top level")
    if "project" not in doc:
        raise InputError(f"{name} has no \"project\"")
    try:
        # Strict: a number must be a number (not "12" or true), as the file format says.
        return Project.model_validate_json(json.dumps(doc["project"]), strict=True)
    except ValidationError as error:
        raise InputError(f"{name}: {_describe(error, text, ('project',))}") from None
    except RecursionError:
        raise InputError(f"{name} is nested too deeply to be a project") from None


def load_project(path: str | Path) -> Project:
    path = Path(path)
    return parse_project(read_text(path), path.name)


def project_json(project: Project) -> str:
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": APP_VERSION, "project": project.model_dump(mode="json")}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _file_mode(path: Path) -> int:
    """The mode the saved file gets: the old file's (a person's chmod stays), else what the umask gives a new file
    (0644 typically; mkstemp alone would leave 0600, unreadable to the rest of a team)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)  # reading the umask means setting it; put it back at once
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: str | Path, text: str) -> None:
    """Write a temporary file in the same folder, flush and fsync it, then replace the target.

    Either the old file or the complete new one is on disk at every moment; a
    failure raises InputError and leaves the old file as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            if hasattr(os, "fchmod"):  # not on Windows, where files have no such mode
                os.fchmod(handle.fileno(), _file_mode(path))
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        try:  # make the rename itself durable
            dir_fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)
    except OSError as error:
        raise InputError(f"could not save {path.name}: {error.strerror or error}") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def save_project(project: Project, path: str | Path) -> None:
    write_atomically(path, project_json(project))
