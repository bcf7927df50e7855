"""Turn what a person names (on the command line, or dropped on the window) into a Project.

A name can be a preset ('gpt2-small', 'GPT-2 small'), a Hugging Face
config.json, a model folder holding one, a Hub id ('Qwen/Qwen3-8B') found in
the local Hugging Face cache (nothing is downloaded), or a .llmproj project
file.  Every failure is an InputError with one readable line.
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from model.design.checkpoint import CheckpointCount, count_checkpoint
from model.design.design import Design
from model.design.hf_config import import_config
from model.design.presets import find_preset, load_presets
from model.estimate.workload import Workload
from model.project.errors import InputError, describe_validation_error
from model.project.files import parse_json, read_text
from model.project.project_file import FORMAT, Project, parse_project

# The workload fields a published run sets (model.plan.published.PublishedRun.workload_update): a preset's run
# replaces them, and a preset without one puts them back to their defaults rather than keep another model's run.
RUN_FIELDS = ("training_tokens", "seq_len", "gpu", "n_gpus", "precision", "global_batch_tokens", "tensor_parallel", "pipeline_parallel",
              "virtual_pipeline_stages", "context_parallel", "expert_parallel", "zero_stage", "micro_batch_size", "recompute",
              "overlap_expert_communication", "expert_dispatch", "goodput")


def design_for_preset(preset_id: str, workload: Workload) -> Design:
    """The preset as a design, keeping the person's other workload assumptions (prices, grid, serving ...)."""
    preset = load_presets()[preset_id]
    defaults = {name: Workload.model_fields[name].get_default(call_default_factory=True) for name in RUN_FIELDS}
    run = preset.training_run
    update = {**defaults, **(run.workload_update() if run is not None else {})}
    return Design(name=preset.name, architecture=preset.architecture, workload=workload.model_copy(update=update), published_run=run)


def design_from_preset(preset_id: str) -> Design:
    preset = load_presets()[preset_id]
    run = preset.training_run
    if run is None:
        return Design(name=preset.name, architecture=preset.architecture)
    return Design(name=preset.name, architecture=preset.architecture, workload=Workload(**run.workload_update()), published_run=run)


_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


def hub_cache_dir() -> Path:
    """The local Hugging Face hub cache, as huggingface_hub finds it: $HF_HUB_CACHE, $HF_HOME/hub,
    $XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub (huggingface_hub.constants)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    cache = Path(os.environ["XDG_CACHE_HOME"]).expanduser() if os.environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return cache / "huggingface" / "hub"


def _cached_snapshot(hub_id: str) -> Path:
    """The snapshot folder of a Hub model in the local cache: the one refs/main names, else the newest with a
    config.json.  Nothing is downloaded."""
    repo = hub_cache_dir() / ("models--" + hub_id.replace("/", "--"))
    snapshots = repo / "snapshots"
    try:
        main = (repo / "refs" / "main").read_text(encoding="utf-8").strip()
    except OSError:
        main = ""
    if main and (snapshots / main / "config.json").is_file():
        return snapshots / main
    candidates = sorted(snapshots.glob("*/config.json"), key=lambda p: p.stat().st_mtime, reverse=True) if snapshots.is_dir() else []
    if candidates:
        return candidates[0].parent
    raise InputError(
        f"{hub_id}: not in the local Hugging Face cache ({hub_cache_dir()}); nothing is downloaded here. "
        f"Download it first (huggingface-cli download {hub_id} config.json) or name a folder that holds its config.json"
    )


def resolve_config(name: str) -> tuple[Path, str | None] | None:
    """(config.json path, Hub id or None) for a config file, a model folder or a cached Hub id; None otherwise."""
    path = Path(name).expanduser()
    if path.is_dir():
        config = path / "config.json"
        if not config.is_file():
            raise InputError(f"{path.name or name}: a folder without a config.json")
        return config, None
    if path.is_file() or path.exists():  # a pipe or a device exists too: read_text refuses it in words
        return path, None
    if _HUB_ID.fullmatch(name) and not name.endswith((".json", ".llmproj")):
        return _cached_snapshot(name) / "config.json", name
    return None


def load_project_argument(name: str) -> Project:
    """A Project from a preset name, a config.json, a model folder, a cached Hub id or a .llmproj path."""
    preset = find_preset(name)
    if preset is not None:
        design = design_from_preset(preset.id)
        return Project(name=design.name, designs=(design,))
    resolved = resolve_config(name)
    if resolved is None:
        raise InputError(f"{name}: no such file, folder or preset (see 'main.py presets')")
    path, hub_id = resolved
    text = read_text(path)
    if f'"{FORMAT}"' in text[:4096]:
        return parse_project(text, path.name)
    data = parse_json(text, path.name)
    if isinstance(data, dict) and "model_type" in data:
        architecture, approximate = import_config(data)
        title = config_title(data, path, hub_id)
        if isinstance(data.get("text_config"), dict) and not architecture.vision_params:
            title = f"{title} (language model only)"[:200]
        if approximate is not None:
            title = f"{title} (approximate: imported as {approximate.imported_as})"[:200]
        return Project(name=title, designs=(Design(name=title, architecture=architecture, approximate=approximate),))
    raise InputError(f"{path.name}: not a Hugging Face config.json (no 'model_type') and not a project file")


def checkpoint_of(name: str) -> CheckpointCount | None:
    """The safetensors count of the model folder (or cached Hub snapshot) that `name` points at, if it has one."""
    if find_preset(name) is not None:
        return None
    resolved = resolve_config(name)
    if resolved is None or resolved[0].name != "config.json":
        return None
    path = resolved[0]
    data = parse_json(read_text(path), path.name)
    return count_checkpoint(path.parent, data if isinstance(data, dict) else None)


def config_title(data: dict[str, Any], path: Path, hub_id: str | None = None) -> str:
    """A design name for an imported config, after the model: its `_name_or_path` (a Hub id, or the last part of a
    local path), the Hub id it was found by, the folder that holds config.json, or the file's name."""
    named = data.get("_name_or_path")
    if isinstance(named, str) and named.strip():
        named = named.strip()
        title = named if _HUB_ID.fullmatch(named) else Path(named).name or named
    elif hub_id:
        title = hub_id
    elif path.name == "config.json" and path.resolve().parent.name:
        title = path.resolve().parent.name
    else:
        title = path.stem
    return title[:120]


# Counts as people write them, as the window's fields accept them: 300B, 2T, 1.5k, 12,288.
_SHORT_NUMBER = re.compile(r"^([0-9][0-9,_]*(?:\.[0-9]+)?)\s*([kKmMbBgGtT]?)$")
_SHORT_FACTORS = {"": 1, "k": 10**3, "m": 10**6, "b": 10**9, "g": 10**9, "t": 10**12}


def _parse_value(text: str) -> Any:
    """Nothing: empty (a field left empty is derived, as in the editor: workload.mfu=, workload.n_gpus=); a count with a
    suffix or separators (2T, 300B, 12,288), else JSON where it parses (numbers, true/false, null, objects), else the text."""
    if not text:
        return None
    match = _SHORT_NUMBER.match(text)
    if match and (match.group(2) or "," in text or "_" in text):
        number = Decimal(match.group(1).replace(",", "").replace("_", "")) * _SHORT_FACTORS[match.group(2).lower()]
        return int(number) if number == number.to_integral_value() else float(number)
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def apply_settings(design: Design, settings: list[str]) -> Design:
    """Apply `FIELD=VALUE` assignments (FIELD a dotted path, e.g. workload.micro_batch_size=8)."""
    data = design.model_dump()
    for setting in settings:
        path, sep, value = setting.partition("=")
        if not sep or not path:
            raise InputError(f"--set {setting!r}: expected FIELD=VALUE, e.g. workload.micro_batch_size=8")
        keys = path.strip().split(".")
        target = data
        for depth, key in enumerate(keys[:-1]):
            if not isinstance(target.get(key), dict):
                group = ".".join(keys[: depth + 1])
                if key in target and target[key] is None:
                    raise InputError(f"--set {path}: {group} is empty; set it whole, e.g. {group}='{{}}' for its defaults")
                raise InputError(f"--set {path}: {key!r} is not a group of fields (see 'main.py schema')")
            target = target[key]
        if keys[-1] not in target:
            raise InputError(f"--set {path}: unknown field {keys[-1]!r} (see 'main.py schema')")
        target[keys[-1]] = _parse_value(value.strip())
    try:
        return Design.model_validate(data)
    except ValidationError as error:
        raise InputError(f"--set: {describe_validation_error(error)}") from None
