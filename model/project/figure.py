"""A derived number that explains itself: value, unit, formula in words, inputs and source."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pydantic import BaseModel, ConfigDict, Field

from model.project.units import format_count

CountFormat = Callable[[float, int], str]


class Count(BaseModel):
    """A count inside words (tokens, parameters, GPU-hours), written in the reader's scale: 2.49B, or 24.9亿 in Chinese."""

    model_config = ConfigDict(frozen=True)

    n: float
    digits: int = 3


def count(n: float, digits: int = 3) -> Count:
    return Count(n=n, digits=digits)


class Words(BaseModel):
    """English words with named fields, `template.format(**values)`.

    The GUI translates the template (and every Words among the values) and fills in the same values, so a formula's
    numbers and names are written once and its words are translated once: "{weights} weights + {biases} biases".
    """

    model_config = ConfigDict(frozen=True)

    template: str
    values: dict[str, str | Words | Count] = {}

    def __hash__(self) -> int:  # frozen records holding Words stay hashable (a dict is not)
        return hash((self.template, tuple(self.values.items())))

    def text(self, translate: Callable[[str], str] = str, counts: CountFormat = format_count) -> str:
        """The words filled in; `translate` gives each template in the reader's language, `counts` writes its counts."""
        values = {k: v if isinstance(v, str) else counts(v.n, v.digits) if isinstance(v, Count) else v.text(translate, counts)
                  for k, v in self.values.items()}
        return (translate(self.template) if has_words(self.template) else self.template).format(**values)

    def templates(self) -> Iterator[str]:
        """Every template in these words that has words to translate."""
        if has_words(self.template):
            yield self.template
        for value in self.values.values():
            if isinstance(value, Words):
                yield from value.templates()


def has_words(template: str) -> bool:
    """Whether a template says anything beyond its fields ("{a} + {b}" joins terms and has nothing to translate)."""
    return re.search(r"[A-Za-z]", re.sub(r"\{[^{}]*\}", "", template)) is not None


def words(template: str, **values: object) -> Words:
    """Words from a template; values that are neither Words nor Counts are written as text (format numbers before)."""
    return Words(template=template, values={k: v if isinstance(v, Words | Count) else str(v) for k, v in values.items()})


def joined(separator: str, parts: list[Words | str]) -> Words:
    """Parts one after the other with a separator that is not translated ("; ", " + ")."""
    fields = {f"p{i}": part for i, part in enumerate(parts)}
    return words(separator.join("{" + name + "}" for name in fields), **fields)


class Figure(BaseModel):
    """One estimate as the app shows it.

    `key` is a stable identifier (the GUI translates `label` through it);
    `formula` says how the value was computed, with the numbers used, in English (the text report, JSON and exports);
    `formula_words` is the same as a template and values, for the GUI to translate (not in the JSON report);
    `source` names the paper, spec sheet or measurement it rests on.
    """

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    value: int | float  # integers (parameter counts, bytes of exact terms) stay exact
    unit: str
    formula: str
    source: str = ""
    formula_words: Words | None = Field(default=None, exclude=True)

    def formula_text(self, translate: Callable[[str], str] = str, counts: CountFormat = format_count) -> str:
        """The formula in the reader's language, its counts in the reader's scale."""
        return self.formula_words.text(translate, counts) if self.formula_words is not None else translate(self.formula)
