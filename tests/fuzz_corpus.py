"""A seeded corpus of damaged project and config.json files, made from valid ones.

Used by the command-line and the window tests: every file must give a clear one-line
message and never a traceback, and the open document must stay as it was.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from model.project.project_file import Project, project_json
from model.project.sources import design_from_preset

CONFIGS = Path(__file__).parent / "data" / "configs"
SEED = 20261122


def _sources() -> list[tuple[str, str]]:
    """(name, text) of the valid files the damage starts from."""
    project = Project(name="Fuzz base", designs=(design_from_preset("llama-2-7b"), design_from_preset("mixtral-8x7b")))
    sources = [("project.llmproj", project_json(project))]
    for slug in ("gpt2-small", "llama-2-7b", "mixtral-8x7b", "t5-small", "deepseek-v3", "falcon-7b-legacy"):
        sources.append((f"{slug}.json", (CONFIGS / f"{slug}.json").read_text()))
    return sources


def _numbers(doc, path=()):
    """Paths of every number in a JSON document."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _numbers(value, path + (key,))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from _numbers(value, path + (i,))
    elif isinstance(doc, (int, float)) and not isinstance(doc, bool):
        yield path


def _set(doc, path, value):
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def damaged_files(count_per_source: int = 32) -> Iterator[tuple[str, bytes]]:
    """(description, bytes) of damaged files; deterministic for a fixed seed."""
    rng = random.Random(SEED)
    for name, text in _sources():
        raw = text.encode("utf-8")
        doc = json.loads(text)
        numbers = list(_numbers(doc))
        suffix = Path(name).suffix
        yield f"{name}: empty", b""
        yield f"{name}: truncated to 1 byte", raw[:1]
        yield f"{name}: UTF-16 encoded", text.encode("utf-16")
        yield f"{name}: Latin-1 bytes inside", raw.replace(b'"', b'"\xe9', 1)
        yield f"{name}: deep nesting", b"[" * 50_000 + b"]" * 50_000
        yield f"{name}: a JSON list", b"[1, 2, 3]"
        yield f"{name}: unknown field", json.dumps({**doc, "colour": "red"} if suffix == ".llmproj" else {**doc, "model_type": "mamba"}).encode()
        for i in range(count_per_source - 7):
            kind = i % 8
            if kind == 0:
                cut = rng.randrange(1, len(raw))
                yield f"{name}: truncated at byte {cut}", raw[:cut]
            elif kind == 1:
                data = bytearray(raw)
                for _ in range(rng.randint(1, 4)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
                yield f"{name}: bytes flipped", bytes(data)
            else:
                path = rng.choice(numbers)
                value = [-1, 0, 10**30, "12", None, True, [], {"a": 1}, 1.5e308 * 10, float("nan")][rng.randrange(10)]
                damaged = json.loads(text)
                _set(damaged, path, value)
                label = "/".join(map(str, path))
                # json.dumps writes NaN and Infinity, as some tools do although JSON has neither
                yield f"{name}: {label} = {value!r}", json.dumps(damaged, allow_nan=True).encode()


def write_corpus(folder: Path) -> list[tuple[str, Path]]:
    """Write the corpus (plus a folder where a file is expected) and return (description, path) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i, (description, data) in enumerate(damaged_files()):
        suffix = ".llmproj" if description.startswith("project") else ".json"
        path = folder / f"case{i:03d}{suffix}"
        path.write_bytes(data)
        files.append((description, path))
    directory = folder / "a-folder.llmproj"
    directory.mkdir(exist_ok=True)
    files.append(("a folder in place of a file", directory))
    return files
