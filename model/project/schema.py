"""What every editable model shares: immutable, strict about unknown fields and NaN, and field metadata.

The editor builds its widgets from each field's metadata (label, tooltip, group,
unit, step, and a `kind` where the type alone does not say which widget: "layers"
for a list of layer indices), so a field is described once, next to its definition.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


def meta(label: str, tooltip: str, *, group: str, unit: str = "", step: float | None = None, kind: str = "",
         empty: str = "") -> dict[str, Any]:
    """Field metadata read by the editor: `Field(..., **meta("Layers", "Transformer blocks.", group="sizes"))`.
    `empty`: what an optional field left empty means, "none" where it is not the default "auto" (the model chooses)."""
    extra: dict[str, Any] = {"group": group}
    if empty:
        extra["empty"] = empty
    if kind:
        extra["kind"] = kind
    if unit:
        extra["unit"] = unit
    if step is not None:
        extra["step"] = step
    return {"title": label, "description": tooltip, "json_schema_extra": extra}
