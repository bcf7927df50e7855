"""Choice lists the editor offers: presets grouped by family, the GPU catalog, grid regions.

Only lists of names live here, no figures; the data come from model.estimate.hardware and model.design.presets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from model.design.params import count_parameters
from model.design.presets import load_presets
from model.estimate.hardware import gpu_catalog, grid_regions
from model.project.units import format_count


@cache
def catalog_choices(field_name: str) -> tuple[tuple[str, str], ...]:
    """(id, name) pairs for a catalog-backed field, or () if the field has no catalog."""
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


@lru_cache(maxsize=1)
def presets_by_family() -> dict[str, tuple[PresetEntry, ...]]:
    """Presets grouped by family (in the order the families are listed), smallest first within each."""
    groups: dict[str, list[tuple[int, PresetEntry]]] = {"decoder-only": [], "encoder-only": [], "encoder-decoder": []}
    for preset in load_presets().values():
        total = count_parameters(preset.architecture).total
        family = preset.architecture.family
        entry = PresetEntry(preset.id, preset.name, preset.year, family, format_count(total))
        groups.setdefault(family, []).append((total, entry))
    return {family: tuple(e for _, e in sorted(rows, key=lambda r: r[0])) for family, rows in groups.items() if rows}
