"""Reading a person's files: every failure becomes one readable line (InputError), never a traceback."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from model.project.errors import InputError

MAX_FILE_BYTES = 20 * 2**20  # projects and configs are a few kB; anything this large is not one


def read_text(path: str | Path) -> str:
    """The UTF-8 text of a file (a BOM is allowed)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path.name} is a folder, not a file")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # reading a FIFO or a device would wait forever (or never end)
            raise InputError(f"{path.name} is not a regular file (a pipe, device or socket); choose a project or config.json file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path.name} is too large ({size:,} bytes) to be a project or a config.json")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path.name}: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name} is not UTF-8 text (byte {error.start})") from None


def parse_json(text: str, name: str) -> Any:
    """Parsed JSON, or an InputError saying where it breaks."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{name} is damaged or truncated: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise InputError(f"{name} is nested too deeply to be read") from None
