"""Errors a person can read: one line, naming the problem, never a traceback."""

from __future__ import annotations

from pydantic import ValidationError


class InputError(ValueError):
    """Bad input from outside (a file, a command-line value): the message is shown as it is."""


def describe_validation_error(error: ValidationError) -> str:
    """Pydantic's errors as one readable line: 'd_model: Input should be greater than 0; ...'."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)
