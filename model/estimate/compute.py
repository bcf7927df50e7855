"""FLOPs, training time and decode speed.

Forward FLOPs per token = 2 N + 2 n_layer n_ctx d_attn (Kaplan et al. 2020,
table 1: each weight does one multiply-add; the attention term is the causal
average over the context).  Training = 3 x forward (the backward pass costs
twice the forward), so about 6 N per token (Kaplan table 1; Hoffmann et al.
2022 appendix F counts the attention term without the causal halving).  N is
the ACTIVE parameter count for MoE models, embeddings included: the
embedding lookup costs no FLOPs, the untied or tied output head does.
"""

from __future__ import annotations

from model.design.architecture import Architecture
from model.design.params import ParameterCount

SECONDS_PER_DAY = 86_400


def attention_width(arch: Architecture) -> int:
    """d_attn: the width of queries (and keys) across heads; MLA uses its QK head size."""
    if arch.mla is not None:
        return arch.n_heads * (arch.mla.qk_nope_head_dim + arch.mla.qk_rope_head_dim)
    return arch.n_heads * arch.head_size


def attention_layers(arch: Architecture) -> int:
    """Attention sub-layers a token passes: decoder blocks of an encoder-decoder have two."""
    if arch.family == "encoder-decoder":
        return arch.n_layers + 2 * arch.decoder_layers
    return arch.n_layers


def attended_positions(arch: Architecture, context: int) -> int:
    """Positions a token attends to, summed over the attention sub-layers it passes: the whole context in
    full-attention layers, at most the window in sliding-window layers (Beltagy et al. 2020, "Longformer",
    section 3.1: O(n w) instead of O(n^2)); cross-attention always sees the whole encoder input.  Without a
    sliding window this is n_layer x n_ctx, Kaplan's term."""
    window = min(arch.sliding_window, context) if arch.sliding_window is not None else context
    total = 0
    for n_layers in (arch.n_layers, arch.decoder_layers):
        # a hybrid's linear-attention and convolution layers attend to no positions (their state update is
        # part of 2 N: it costs about its parameters per token)
        full = arch.full_attention_layers(n_layers)
        total += full * context + (arch.attention_layers_in(n_layers) - full) * window
    return total + arch.decoder_layers * context  # decoder cross-attention (0 layers unless encoder-decoder)


def forward_flops_per_token(arch: Architecture, params: ParameterCount, context: int) -> float:
    """2 N_active + 2 n_layer n_ctx d_attn (Kaplan et al. 2020, table 1), n_layer n_ctx as attended_positions."""
    return 2.0 * params.active + 2.0 * attended_positions(arch, context) * attention_width(arch)


def decode_flops_per_token(arch: Architecture, params: ParameterCount, context: int) -> float:
    """One new token attends to the context (or its window): QK^T and AV, 2 FLOPs per multiply-add each."""
    return 2.0 * params.active + 4.0 * attended_positions(arch, context) * attention_width(arch)


def decode_tokens_per_second(weight_bytes_read: float, kv_bytes_per_sequence: float, batch: int, bandwidth: float,
                             flops_per_token: float, peak_flops: float) -> tuple[float, str]:
    """Upper bound on generated tokens/s for a batch (Pope et al. 2022, section 2).

    Every step reads the weights once and each sequence's KV cache:
    tokens/s <= batch x bandwidth / (weights + batch x KV); it is also capped
    by compute: peak FLOP/s / FLOPs per token.  Returns the bound and which
    limit binds.
    """
    memory_bound = batch * bandwidth / (weight_bytes_read + batch * kv_bytes_per_sequence)
    compute_bound = peak_flops / flops_per_token
    if memory_bound <= compute_bound:
        return memory_bound, "memory bandwidth"
    return compute_bound, "compute"
