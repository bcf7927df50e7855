"""Bytes on disk, per precision, and in things a person can picture."""

from __future__ import annotations

from dataclasses import dataclass

# Bits per weight.  Plain formats store exactly this; GGUF (llama.cpp) formats
# include their block scales.  Q8_0, Q6_K: block layouts in llama.cpp
# ggml-common.h (34 B per 32 weights = 8.5; 210 B per 256 = 6.5625).  Q5_K_M,
# Q4_K_M, Q3_K_M, Q2_K are mixtures (some tensors kept at higher precision):
# the effective figures llama.cpp's quantize README gives for Llama 2 7B.
BITS_PER_WEIGHT: dict[str, tuple[float, str]] = {
    "fp32": (32.0, "IEEE 754 single precision"),
    "bf16 / fp16": (16.0, "16-bit floats"),
    "fp8": (8.0, "8-bit floats (E4M3 / E5M2)"),
    "int8": (8.0, "8-bit integers, scales not counted"),
    "int4": (4.0, "4-bit integers, scales not counted"),
    "GGUF Q8_0": (8.5, "llama.cpp block_q8_0: 34 bytes per 32 weights"),
    "GGUF Q6_K": (6.5625, "llama.cpp block_q6_K: 210 bytes per 256 weights"),
    "GGUF Q5_K_M": (5.68, "llama.cpp quantize README, Llama 2 7B: 5.68 bits per weight"),
    "GGUF Q4_K_M": (4.84, "llama.cpp quantize README, Llama 2 7B: 4.84 bits per weight"),
    "GGUF Q3_K_M": (3.91, "llama.cpp quantize README, Llama 2 7B: 3.91 bits per weight"),
    "GGUF Q2_K": (3.35, "llama.cpp quantize README, Llama 2 7B: 3.35 bits per weight"),
}

# Decimal capacities as marketed: DVD-5 (single layer) 4.7 GB, DVD-9 (dual layer)
# 8.5 GB (ECMA-267), BD-25 Blu-ray 25 GB (Blu-ray Disc Association), a 1 TB drive.
MEDIA: dict[str, tuple[float, str]] = {
    "single-layer DVDs": (4.7e9, "DVD-5, 4.7 GB (ECMA-267)"),
    "dual-layer DVDs": (8.5e9, "DVD-9, 8.5 GB (ECMA-267)"),
    "Blu-ray discs": (25e9, "BD-25, 25 GB (Blu-ray Disc Association)"),
    "1 TB drives": (1e12, "1 TB = 10^12 bytes"),
}


@dataclass(frozen=True)
class StorageRow:
    format: str
    bits_per_weight: float
    bytes: float
    source: str


def weight_storage(n_params: int) -> list[StorageRow]:
    return [StorageRow(name, bits, n_params * bits / 8, src) for name, (bits, src) in BITS_PER_WEIGHT.items()]


def media_needed(n_bytes: float, capacity: float) -> int:
    """Whole discs (or drives) needed: 2 TB on 4.7 GB DVDs is 426."""
    return -(-int(n_bytes) // int(capacity))
