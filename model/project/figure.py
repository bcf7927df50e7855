"""A derived number that explains itself: value, unit, formula in words, inputs and source."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Figure(BaseModel):
    """One estimate as the app shows it.

    `key` is a stable identifier (the GUI translates `label` through it);
    `formula` says how the value was computed, with the numbers used;
    `source` names the paper, spec sheet or measurement it rests on.
    """

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    value: int | float  # integers (parameter counts, bytes of exact terms) stay exact
    unit: str
    formula: str
    source: str = ""
