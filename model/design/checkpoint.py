"""What a released checkpoint holds, read from its safetensors headers only (never the weights).

A `.safetensors` file starts with an 8-byte little-endian length N and N bytes of JSON that name every tensor
with its dtype and shape (https://github.com/huggingface/safetensors, "Format").  Reading those headers gives the
checkpoint's own parameter count per dtype, to show beside the count of the imported design.  Tensors the
design does not describe are set apart by name, so that the difference is explained rather than hidden:
multi-token-prediction layers past `num_hidden_layers` (DeepSeek-V3, GLM-4.5) or named mtp.* (Qwen3-Next), a
vision tower (Gemma 3, Llama 4), an output head stored although it is tied, and quantisation scales.
"""

from __future__ import annotations

import json
import math
import re
import struct
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, computed_field

from model.project.errors import InputError

# A header is a few MB even for 100k tensors; a larger length means a damaged or foreign file.
MAX_HEADER_BYTES = 100_000_000

_LAYER = re.compile(r"(?:^|\.)layers\.(\d+)\.")
_VISION = re.compile(r"vision|visual|multi_modal_projector|image_newline|patch_embed")
_QUANT = re.compile(r"(weight_scale_inv|weight_scale|input_scale|\.scales|\.qzeros|\.g_idx|\.absmax|\.quant_map)$")

KINDS = {
    "model": "the model the config describes",
    "mtp": "multi-token prediction (layers past num_hidden_layers, or mtp.* tensors)",
    "vision": "vision tower and projector",
    "tied_head": "output head stored although it is tied to the embeddings",
    "quantisation": "quantisation scales and zero points",
}


class CheckpointCount(BaseModel):
    """Element counts of a checkpoint's tensors, by dtype and by kind (keys of KINDS), from the files present.

    With a model.safetensors.index.json, `index_files` is how many files it names (`files` of them are here) and
    `index_tensors` how many tensors it names, by kind: names alone give no shapes, so a file that is not here
    leaves its parameters uncounted.  The index's `metadata.total_size` is in bytes, not parameters
    (`index_bytes`): with mixed or packed dtypes it does not give a parameter count either."""

    model_config = ConfigDict(frozen=True)

    files: int
    total: int
    by_dtype: dict[str, int]
    by_kind: dict[str, int]
    index_files: int | None = None
    index_tensors: dict[str, int] = {}
    index_bytes: int | None = None

    @computed_field
    @property
    def missing_files(self) -> int:
        return 0 if self.index_files is None else self.index_files - self.files


def read_safetensors_header(path: str | Path) -> dict[str, Any]:
    """The JSON header of one .safetensors file (tensor name -> dtype, shape, offsets); reads no weights."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            prefix = stream.read(8)
            if len(prefix) < 8:
                raise InputError(f"{path.name}: too short to be a safetensors file")
            (length,) = struct.unpack("<Q", prefix)
            if length > MAX_HEADER_BYTES:
                raise InputError(f"{path.name}: not a safetensors file (header length {length:,} bytes)")
            raw = stream.read(length)
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    if len(raw) < length:
        raise InputError(f"{path.name}: the safetensors header is cut short")
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError(f"{path.name}: the safetensors header is not JSON") from None
    if not isinstance(header, dict):
        raise InputError(f"{path.name}: the safetensors header is not a JSON object")
    return header


def _kind(name: str, n_layers: int | None, tied: bool) -> str:
    if _QUANT.search(name):
        return "quantisation"
    if _VISION.search(name):
        return "vision"
    if name.startswith("mtp."):  # Qwen3-Next's module (vLLM qwen3_next_mtp.py), its layer numbered from 0
        return "mtp"
    layer = _LAYER.search(name)
    if layer is not None and n_layers is not None and int(layer.group(1)) >= n_layers:
        return "mtp"
    if tied and name.endswith("lm_head.weight"):
        return "tied_head"
    return "model"


def _read_index(folder: Path) -> dict[str, Any] | None:
    """model.safetensors.index.json as {"weight_map": {tensor: file}, "total_size": bytes or None}; None if absent."""
    index = folder / "model.safetensors.index.json"
    if not index.is_file():
        return None
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise InputError(f"{index.name}: not a readable safetensors index") from None
    weight_map = data.get("weight_map") if isinstance(data, dict) else None
    if not isinstance(weight_map, dict) or not all(isinstance(f, str) for f in weight_map.values()):
        raise InputError(f"{index.name}: not a readable safetensors index (no weight_map of tensor names to files)")
    metadata = data.get("metadata")
    size = metadata.get("total_size") if isinstance(metadata, dict) else None
    return {"weight_map": weight_map, "total_size": size if isinstance(size, int) and not isinstance(size, bool) else None}


def checkpoint_files(folder: Path) -> list[Path]:
    """The .safetensors files of a model folder that are here: those the index names, else every *.safetensors file."""
    index = _read_index(folder)
    if index is not None:
        names = sorted(set(index["weight_map"].values()))
        return [folder / name for name in names if (folder / name).is_file()]
    return sorted(folder.glob("*.safetensors"))


def count_checkpoint(folder: str | Path, config: dict[str, Any] | None = None) -> CheckpointCount | None:
    """Count the tensors in a model folder's safetensors headers; None when it holds neither a safetensors file nor
    an index of them."""
    folder = Path(folder)
    index = _read_index(folder)
    files = checkpoint_files(folder)
    if not files and index is None:
        return None
    config = config or {}
    text = config.get("text_config") if isinstance(config.get("text_config"), dict) else config
    n_layers = text.get("num_hidden_layers")
    n_layers = n_layers if isinstance(n_layers, int) else None
    tied = bool(text.get("tie_word_embeddings", config.get("tie_word_embeddings", False)))
    by_dtype: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for path in files:
        for name, entry in read_safetensors_header(path).items():
            if name == "__metadata__" or not isinstance(entry, dict):
                continue
            shape = entry.get("shape")
            if not isinstance(shape, list) or not all(isinstance(n, int) and n >= 0 for n in shape):
                raise InputError(f"{path.name}: tensor {name!r} has no valid shape")
            size = math.prod(shape)
            dtype = str(entry.get("dtype", "?"))
            by_dtype[dtype] = by_dtype.get(dtype, 0) + size
            kind = _kind(name, n_layers, tied)
            by_kind[kind] = by_kind.get(kind, 0) + size
    extra: dict[str, Any] = {}
    if index is not None:
        tensors: dict[str, int] = {}
        for name in index["weight_map"]:
            kind = _kind(name, n_layers, tied)
            tensors[kind] = tensors.get(kind, 0) + 1
        extra = dict(index_files=len(set(index["weight_map"].values())), index_tensors=tensors, index_bytes=index["total_size"])
    return CheckpointCount(files=len(files), total=sum(by_dtype.values()), by_dtype=by_dtype, by_kind=by_kind, **extra)


def describe_checkpoint(count: CheckpointCount, ours: int) -> str:
    """Lines that set the checkpoint's count beside ours and explain the difference."""
    if count.index_files is not None and count.files == 0:
        kinds = "; ".join(f"{KINDS[kind]}: {n:,}" for kind, n in count.index_tensors.items())
        size = f"; its metadata gives {count.index_bytes:,} bytes, which is no parameter count" if count.index_bytes is not None else ""
        return (f"Checkpoint index only: it names {sum(count.index_tensors.values()):,} tensor(s) ({kinds}) in "
                f"{count.index_files:,} safetensors file{'s' if count.index_files != 1 else ''}, none of them here{size}. "
                "Parameters are counted from the files' headers: put them beside config.json (their headers are read, "
                "never the weights).")
    dtypes = ", ".join(f"{n:,} {dtype}" for dtype, n in sorted(count.by_dtype.items(), key=lambda item: -item[1]))
    lines = [f"Checkpoint ({count.files} safetensors file{'s' if count.files != 1 else ''}, headers only): {count.total:,} values ({dtypes})"]
    if count.missing_files:
        lines.append(f"  only {count.files} of the {count.index_files} files its index names are here: the counts below "
                     "leave the missing files out")
    for kind, label in KINDS.items():
        if kind != "model" and count.by_kind.get(kind):
            lines.append(f"  of which {count.by_kind[kind]:,}: {label}")
    model = count.by_kind.get("model", 0)
    if model == ours:
        lines.append(f"  the model itself: {model:,} = this design's count")
    else:
        packed = {"U8", "I8", "I32", "U32", "F4", "F8_E8M0"} & set(count.by_dtype)
        why = " (packed quantised weights hold several parameters per value)" if packed else ""
        lines.append(f"  the model itself: {model:,}, this design: {ours:,}, difference {model - ours:+,}{why}")
    return "\n".join(lines)
