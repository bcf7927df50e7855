"""Turn what a person names (on the command line, or dropped on the window) into a Project.

A name can be a preset ('gpt2-small', 'GPT-2 small'), a Hugging Face
config.json, or a .llmproj project file.  Every failure is an InputError
with one readable line.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from model.design.design import Design
from model.design.hf_config import architecture_from_config
from model.design.presets import find_preset, load_presets
from model.project.errors import InputError, describe_validation_error
from model.project.files import parse_json, read_text
from model.project.project_file import FORMAT, Project, parse_project


def design_from_preset(preset_id: str) -> Design:
    preset = load_presets()[preset_id]
    return Design(name=preset.name, architecture=preset.architecture)


def load_project_argument(name: str) -> Project:
    """A Project from a preset name, a config.json or a .llmproj path."""
    preset = find_preset(name)
    if preset is not None:
        design = design_from_preset(preset.id)
        return Project(name=design.name, designs=(design,))
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file and no such preset (see 'main.py presets')")
    text = read_text(path)
    if f'"{FORMAT}"' in text[:4096]:
        return parse_project(text, path.name)
    data = parse_json(text, path.name)
    if isinstance(data, dict) and "model_type" in data:
        architecture = architecture_from_config(data)
        return Project(name=path.stem, designs=(Design(name=config_title(data, path.name), architecture=architecture),))
    raise InputError(f"{path.name}: not a Hugging Face config.json (no 'model_type') and not a project file")


def config_title(data: dict[str, Any], file_name: str) -> str:
    """A design name for an imported config: its repository name or architecture class."""
    title = data.get("_name_or_path") or (data.get("architectures") or [data.get("model_type", "model")])[0]
    return f"{str(title)[:120]} ({file_name})"


# Counts as people write them, as the window's fields accept them: 300B, 2T, 1.5k, 12,288.
_SHORT_NUMBER = re.compile(r"^([0-9][0-9,_]*(?:\.[0-9]+)?)\s*([kKmMbBgGtT]?)$")
_SHORT_FACTORS = {"": 1, "k": 10**3, "m": 10**6, "b": 10**9, "g": 10**9, "t": 10**12}


def _parse_value(text: str) -> Any:
    """A count with a suffix or separators (2T, 300B, 12,288), else JSON where it parses (numbers, true/false,
    null, objects), else the text itself."""
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
