"""Choice lists the editor offers: presets grouped by family, the GPU catalog, grid regions.

Only lists of names live here, no figures; the data come from model.estimate.hardware and model.design.presets,
imported where used.  Before the model loads, the start snapshot (gui/start.py) supplies the preset list.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from functools import cache


@cache
def catalog_choices(field_name: str) -> tuple[tuple[str, str], ...]:
    """(id, name) pairs for a catalog-backed field, or () if the field has no catalog."""
    from model.estimate.hardware import gpu_catalog, grid_regions

    if field_name in ("gpu", "serving_gpu", "finetune_gpu"):
        return tuple((gpu.id, gpu.name) for gpu in gpu_catalog().values())
    if field_name == "grid_region":
        return tuple((region.id, f"{region.name} ({region.kg_co2e_per_kwh:.3g} kg/kWh, {region.year})") for region in grid_regions().values())
    return ()


@dataclass(frozen=True)
class PresetEntry:
    id: str
    name: str
    year: int
    family: str
    size: str  # "6.74B", "46.7B"


_presets: dict[str, tuple[PresetEntry, ...]] = {}  # presets_by_family(), once computed or taken from the start snapshot


def presets_by_family() -> dict[str, tuple[PresetEntry, ...]]:
    """Presets grouped by family (in the order the families are listed), smallest first within each."""
    if not _presets:
        from model.design.params import count_parameters
        from model.design.presets import load_presets
        from model.project.units import format_count

        groups: dict[str, list[tuple[int, PresetEntry]]] = {"decoder-only": [], "encoder-only": [], "encoder-decoder": []}
        for preset in load_presets().values():
            total = count_parameters(preset.architecture).total
            family = preset.architecture.family
            entry = PresetEntry(preset.id, preset.name, preset.year, family, format_count(total))
            groups.setdefault(family, []).append((total, entry))
        _presets.update({family: tuple(e for _, e in sorted(rows, key=lambda r: r[0])) for family, rows in groups.items() if rows})
    return _presets


def presets_json() -> dict[str, list[list]]:
    return {family: [list(astuple(entry)) for entry in entries] for family, entries in presets_by_family().items()}


def take_presets(data: dict[str, list[list]]) -> None:
    """The preset list as the start snapshot holds it (presets_json), so the first frame's picker needs no model."""
    if not _presets:
        _presets.update({family: tuple(PresetEntry(*entry) for entry in entries) for family, entries in data.items()})
