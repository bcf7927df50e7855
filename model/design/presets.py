"""Presets: one JSON file per real model in resources/presets/, each with its source.

`published.total` is the count the model's reference implementation gives
(Hugging Face transformers, tied weights once) where one exists: then
`published.exact` is true and our count must equal it to the parameter.
Where only a rounded figure was published (GPT-3's "175B"), `exact` is false
and `rounded_to` says to what the figure was rounded.
"""

from __future__ import annotations

import json
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from model.design.architecture import Architecture
from model.plan.published import PublishedRun
from model.project.resources import resources_dir


class Published(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    total: int = Field(gt=0)
    exact: bool
    rounded_to: int | None = None
    active: int | None = None
    active_rounded_to: int | None = None
    # Some model cards leave the input embedding out of the active count (gpt-oss, DeepSeek-V2): a lookup does
    # no multiply-adds.  Ours keeps every parameter a token touches; the test subtracts it to compare.
    active_without_input_embedding: bool = False
    source: str


class Preset(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    year: int
    source: str
    published: Published
    architecture: Architecture
    training_run: PublishedRun | None = None


@lru_cache(maxsize=1)
def load_presets() -> dict[str, Preset]:
    """All presets by id, in a stable order (by year, then name)."""
    folder = resources_dir() / "presets"
    presets = [Preset.model_validate(json.loads(p.read_text(encoding="utf-8"))) for p in folder.glob("*.json")]
    presets.sort(key=lambda p: (p.year, p.name))
    return {p.id: p for p in presets}


def find_preset(name: str) -> Preset | None:
    """A preset by id or by name, ignoring case: 'gpt2-small' or 'GPT-2 small'."""
    wanted = name.strip().lower()
    for preset in load_presets().values():
        if wanted in (preset.id.lower(), preset.name.lower()):
            return preset
    return None


DEFAULT_PRESET_ID = "gpt2-small"
