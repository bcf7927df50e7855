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


@dataclass(frozen=True)
class WeightFormat:
    """A serving weight format: bits per quantised weight (its scales included) and whether it spares some tensors."""

    name: str
    bits: float  # per quantised weight, block scales and zero points included
    keeps_16bit: bool  # embeddings, output head, norms, biases and routers stay 16-bit unless asked otherwise
    source: str


def group_quant_bits(bits: int, group_size: int, zero_bits: int) -> float:
    """b + (16-bit scale + zero point) per group: GPTQ/AWQ layouts.

    AutoGPTQ and AutoAWQ store, per group of `group_size` input weights of a
    row, one fp16 scale and one zero point packed at the weight's own width
    (qzeros); GPTQ also stores g_idx, one int32 per input channel (not
    not counted: 32 / d_out bits per weight, under 0.1 % for d_out >= 4096).
    Frantar et al. 2023 (GPTQ), section 5; Lin et al. 2024 (AWQ), section 4;
    the checkpoint tensors qweight / qzeros / scales.
    """
    return bits + (16 + zero_bits) / group_size


# NF4 with double quantisation (Dettmers et al. 2023, QLoRA, section 3): 4-bit weights in blocks of 64, each block's
# fp32 absmax quantised to 8 bits in blocks of 256 with one fp32 second-level constant: 4 + 8/64 + 32/(64 x 256)
# = 4.127 bits (the paper's "0.127 bits per parameter" for the constants).
NF4_BITS = 4 + 8 / 64 + 32 / (64 * 256)


def weight_format(name: str, group_size: int = 128) -> WeightFormat:
    """Bits per weight of a serving format (see WeightFormat)."""
    if name in ("fp32", "bf16"):
        bits, source = BITS_PER_WEIGHT["fp32" if name == "fp32" else "bf16 / fp16"]
        return WeightFormat(name, bits, False, source)
    if name in ("fp8", "int8"):
        # vLLM fp8 (per-tensor fp32 scale) and int8 W8A8 (one scale per output channel): the scales are under 0.01 %.
        return WeightFormat(name, 8.0, True, "8 bits per weight; per-tensor or per-channel scales (< 0.01 %) not counted")
    if name in ("awq-int4", "gptq-int4", "gptq-int3"):
        bits = 3 if name.endswith("3") else 4
        return WeightFormat(name, group_quant_bits(bits, group_size, bits), True,
                            f"{bits} bits + fp16 scale and {bits}-bit zero point per group of {group_size} (GPTQ, Frantar et al. 2023; "
                            "AWQ, Lin et al. 2024; AutoGPTQ/AutoAWQ qweight, qzeros, scales)"
                            + ("; GPTQ's g_idx (one int32 per input channel, < 0.1 %) not counted" if name.startswith("gptq") else ""))
    if name == "nf4":
        return WeightFormat(name, NF4_BITS, True, "NF4, blocks of 64, double-quantised absmax (Dettmers et al. 2023, section 3)")
    if name.startswith("gguf-"):
        bits, source = BITS_PER_WEIGHT["GGUF " + name.removeprefix("gguf-").upper()]
        # llama.cpp quantises the token embeddings too; the mixtures' figures are whole-model averages.
        return WeightFormat(name, bits, False, source)
    raise ValueError(f"unknown weight format {name!r}")


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
