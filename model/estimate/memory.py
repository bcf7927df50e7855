"""GPU memory to run and to train a design.

Training = model states (weights, gradients, optimizer; Rajbhandari et al.
2020, "ZeRO", section 3.1) + activations kept for the backward pass
(Korthikanti et al. 2022, "Reducing Activation Recomputation in Large
Transformer Models", section 4, generalised below to GQA, MLA, gated FFNs,
MoE and fused attention) + the logits and loss tensors at the end.
Inference = weights + KV cache + a working set for one layer + a stated
runtime overhead.

Element sizes: 16-bit recipes keep activations in 2 bytes, fp32 in 4;
dropout masks take 1 byte per element (Korthikanti et al. 2022, section 4.1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from model.design.architecture import Architecture
from model.design.params import Component, ParameterCount
from model.estimate.workload import Workload
from model.project.figure import Words, words

GIB = 2**30


@dataclass(frozen=True)
class MeasuredAccuracy:
    """How close these estimates came to what PyTorch held (tests/data/memory_measured.json;
    tests/model/test_memory_calibration.py checks every figure here against that file)."""

    cases: int
    worst_total: float  # |estimate - measured| / measured, training totals
    worst_activations: float  # activations, cases whose CPU behaviour matches a GPU
    worst_held_out_total: float  # cases measured after the formulas were frozen
    torch_version: str

    def sentence(self) -> str:
        return self.sentence_words().text()

    def sentence_words(self) -> Words:
        """sentence() as words the GUI translates."""
        return words("Checked against PyTorch {torch} in {cases} measured cases: training totals within {total}, activations "
                     "within {activations}, model states and KV cache exact", torch=self.torch_version.split('+')[0],
                     cases=self.cases, total=f"{self.worst_total:.0%}", activations=f"{self.worst_activations:.0%}")


MEASURED_ACCURACY = MeasuredAccuracy(cases=105, worst_total=0.115, worst_activations=0.101, worst_held_out_total=0.039, torch_version="2.13.0+cpu")

# Bytes per stored element.
DTYPE_BYTES = {"fp32": 4.0, "bf16": 2.0, "fp16": 2.0, "fp8": 1.0, "int8": 1.0, "int4": 0.5}


@dataclass(frozen=True)
class StateBytes:
    """Bytes per parameter of the model states under a precision recipe and optimizer."""

    weights: float
    gradients: float
    optimizer: float
    explanation: str


def state_bytes(workload: Workload, d_model: int) -> StateBytes:
    """Bytes per parameter of weights, gradients and optimizer state.

    fp32: 4 + 4.  PyTorch autocast (amp-*): the weights stay fp32 and are
    their own master copy, gradients fp32: 4 + 4 (measured, see
    tests/data/memory_measured.json).  Megatron/DeepSpeed mixed precision
    (mixed-*): 2-byte weights and gradients, the fp32 master copy kept with
    the optimizer: 2 + 2 + 12 for Adam (ZeRO, section 3.1).  Pure bf16: no
    master copy, moments in bf16.  fp8 (NVIDIA Transformer Engine): bf16
    weights plus a 1-byte fp8 copy, bf16 gradients, fp32 master and moments.
    Adam keeps two moments, SGD one; Adafactor (Shazeer & Stern 2018) a
    factored second moment, one row and one column vector per matrix, which
    we approximate as 2 / d_model values per weight.  Either layout of
    mixed-precision Adam totals 16 bytes per parameter.
    """
    p, opt = workload.precision, workload.optimizer
    moment = 2.0 if p == "bf16" else 4.0
    n_moments = {"adamw": 2.0, "sgd-momentum": 1.0, "adafactor": 2.0 / d_model}[opt]
    master = 4.0 if p in ("mixed-bf16", "mixed-fp16", "fp8") else 0.0
    weights = {"fp32": 4.0, "amp-bf16": 4.0, "amp-fp16": 4.0, "mixed-bf16": 2.0, "mixed-fp16": 2.0, "bf16": 2.0, "fp8": 3.0}[p]
    grads = 4.0 if p in ("fp32", "amp-bf16", "amp-fp16") else 2.0
    optimizer = master + n_moments * moment
    opt_name = {"adamw": "Adam: 2 moments", "sgd-momentum": "SGD: 1 momentum", "adafactor": "Adafactor: factored 2nd moment"}[opt]
    explanation = (
        f"{weights:g} B weights + {grads:g} B gradients + {optimizer:.3g} B optimizer"
        f" ({'fp32 master 4 B + ' if master else ''}{opt_name} x {moment:g} B) per parameter"
    )
    return StateBytes(weights, grads, optimizer, explanation)


# --- activations -------------------------------------------------------------------------
#
# What autograd keeps for the backward pass, per token of one micro-batch,
# after Korthikanti et al. 2022 (section 4.1: input of the QKV projection, Q,
# K, V, the output projection's input, the FFN input and hidden tensors, the
# norm inputs, 1-byte dropout masks, and without a fused kernel the s x s
# softmax), refined by measurement (bench/memory_vs_pytorch.py, PyTorch 2.13,
# transformers 5.23; tests/data/memory_measured.json):
#   * RMSNorm keeps its input and the normalised x (+ fp32 rstd); LayerNorm its
#     input and fp32 mean and rstd.
#   * Under autocast the residual stream and norms stay fp32, and every linear
#     layer keeps its own bf16 copy of its input (q, k, v: three copies of the
#     same tensor unless fused), plus a bf16 copy of every weight it multiplies.
#   * GPT-2's tanh-GELU is written out in Python: five hidden-sized tensors.
#   * A MoE layer keeps each routed token's expert output for the weighted sum;
#     transformers' grouped expert kernels are not autocast and stay fp32.
#   * The loss keeps an fp32 log-softmax (causal LMs upcast the logits; BERT and
#     T5 in pure bf16 do not); the logits themselves are not kept.
#   * T5's relative bias cannot use a fused kernel: its scores are materialised.
# Dropout masks are 1 byte as on CUDA (torch.native_dropout); the CPU keeps
# them in the activation dtype, which the measurement cases with dropout show.


@dataclass(frozen=True)
class _Dtypes:
    residual: float  # residual stream, norm inputs and outputs
    compute: float  # outputs of matrix multiplies and what follows them
    cast_copies: bool  # autocast: each linear layer keeps its own 2-byte copy of its input
    loss: float  # the log-softmax the loss keeps
    experts: float  # routed experts (transformers' grouped kernels are not autocast)
    fused_kernels: bool  # Megatron-Core / Transformer Engine kernels (the mixed-* and fp8 recipes)


MEGATRON_RECIPES = ("mixed-bf16", "mixed-fp16", "fp8")


def _dtypes(arch: Architecture, workload: Workload) -> _Dtypes:
    p = workload.precision
    if p == "fp32":
        return _Dtypes(4.0, 4.0, False, 4.0, 4.0, False)
    if p.startswith("amp-"):
        return _Dtypes(4.0, 2.0, True, 4.0, 4.0, False)
    causal = arch.family == "decoder-only"
    return _Dtypes(2.0, 2.0, False, 4.0 if causal or p != "bf16" else 2.0, 2.0, p in MEGATRON_RECIPES)


def _uses_fused_attention(arch: Architecture, workload: Workload) -> bool:
    """T5's learned relative bias needs a gradient, which fused kernels do not give: scores are materialised."""
    return workload.flash_attention and arch.position_type != "relative-bias"


def _linear_inputs(dt: _Dtypes, n_readers: int, width: int) -> float:
    """Bytes kept for `n_readers` linear layers reading one tensor of `width` per token."""
    return 2.0 * n_readers * width if dt.cast_copies else dt.residual * width


def _norm(arch: Architecture, dt: _Dtypes) -> float:
    h = arch.d_model
    if arch.norm == "rmsnorm" and not dt.fused_kernels:
        return 2 * dt.residual * h + 4.0  # input, normalised x, fp32 rstd
    # LayerNorm: input, fp32 mean and rstd.  Transformer Engine's fused RMSNorm keeps its input and fp32 rstd;
    # its output is the next linear layer's input, counted there (te.LayerNormLinear saves ln_out once).
    return dt.residual * h + (8.0 if arch.norm == "layernorm" else 4.0)


@dataclass(frozen=True)
class LayerActivations:
    """Bytes one block keeps for backward: per token (linear in s) and per token per context position (s^2)."""

    per_token: float
    per_context: float
    layer_input: float  # what full recomputation keeps


@dataclass(frozen=True)
class _Terms:
    """Bytes per token kept by one sub-layer: d_model-sized terms every tensor-parallel GPU keeps whole (unless
    sequence parallelism splits them), head- and hidden-sized terms split over the tensor-parallel GPUs, and the
    s^2 attention-score terms per context position (split by heads)."""

    replicated: float = 0.0
    split: float = 0.0
    per_context: float = 0.0

    def __add__(self, other: _Terms) -> _Terms:
        return _Terms(self.replicated + other.replicated, self.split + other.split, self.per_context + other.per_context)


def _attention(arch: Architecture, workload: Workload, dt: _Dtypes, cross: bool, kv_copies: float = 1.0) -> _Terms:
    """One attention sub-layer (Korthikanti et al. 2022, eq. 2 and section 4.2.2).  `kv_copies`: how many tensor-parallel
    GPUs hold each key/value head (tensor parallelism beyond the KV heads replicates them)."""
    h, a = arch.d_model, arch.n_heads
    mask = 1.0 if workload.dropout else 0.0
    mla = arch.mla
    if mla is None:
        hd, kv = arch.head_size, arch.kv_heads
        q_width, k_width, v_width, o_width = a * hd, kv * hd * kv_copies, kv * hd * kv_copies, a * hd
        latent = 0.0
    else:
        qk = mla.qk_nope_head_dim + mla.qk_rope_head_dim
        q_width, k_width, v_width, o_width = a * qk, a * qk, a * mla.v_head_dim, a * mla.v_head_dim
        latent = (mla.q_lora_rank or 0) + mla.kv_lora_rank + mla.qk_rope_head_dim  # inputs of the up-projections
    readers = 1 if arch.fused_qkv or mla is not None else 3
    if cross:
        # The query reads the decoder stream; keys and values read the encoder output, which is kept
        # once (training_activations) or, under autocast, copied by each of the two projections.
        readers = 1
    replicated = _linear_inputs(dt, readers, h) + (2.0 * 2 * h if cross and dt.cast_copies else 0.0)
    split = dt.compute * (q_width + k_width + v_width + latent)
    split += _linear_inputs(dt, 1, o_width) if dt.cast_copies else dt.compute * o_width
    replicated += mask * h  # residual dropout
    if arch.position_type == "rotary" and not cross:
        replicated += 8.0 * arch.head_size * arch.rotary_fraction  # fp32 cos and sin tables
    if _uses_fused_attention(arch, workload):
        return _Terms(replicated, split + 4.0 * a)  # fp32 log-sum-exp per head (FlashAttention, Dao et al. 2022)
    # Materialised scores: the softmax output and, where it is computed in fp32 (under autocast, and in the
    # RMSNorm-era implementations: LLaMA, Mistral, Mixtral, T5 upcast it; GPT-2 and BERT do not), the copy
    # in the compute dtype that multiplies V; with dropout its 1-byte mask and the dropped-out copy.
    fp32_softmax = dt.cast_copies or arch.norm == "rmsnorm"
    softmax = 4.0 + (dt.compute if dt.compute != 4.0 else 0.0) if fp32_softmax else dt.compute
    return _Terms(replicated, split, a * (softmax + mask * (1.0 + dt.compute)))


def _hidden_factor(arch: Architecture, dt: _Dtypes, dropout: bool) -> int:
    """Hidden-sized tensors an FFN keeps per token.

    Fused GELU: its input and the down-projection's input (2; Korthikanti:
    8sbh + 8sbh at width 4h).  ReLU keeps its output, which is the
    down-projection's input: 1, or 2 with dropout between them (T5; measured).
    GPT-2's tanh-GELU written out in Python: 5 (measured); Megatron-Core's fused
    bias-GELU (megatron/core/fusions/fused_bias_gelu.py, which is the tanh
    approximation) keeps only its input, as GELU does: 2.  Gated: gate and up
    outputs, the activation and the product (4); Megatron-Core's fused
    SwiGLU/GeGLU (bias_swiglu_impl) keeps only its input, the gate and up
    outputs, beside the product that the down-projection reads (3).
    """
    gated = 3 if dt.fused_kernels else 4
    gelu_tanh = 2 if dt.fused_kernels else 5
    # squared ReLU: relu's output (for the square's backward) and the square (the down-projection's input); not measured
    relu2 = 3 if dropout else 2
    return {"gelu": 2, "relu": 2 if dropout else 1, "relu2": relu2, "gelu_tanh": gelu_tanh, "swiglu": gated, "geglu": gated}[arch.ffn_type]


def _ffn(arch: Architecture, dt: _Dtypes, moe: bool, mask: float) -> _Terms:
    h = arch.d_model
    up_readers = 2 if arch.gated_ffn else 1
    hidden = _hidden_factor(arch, dt, mask > 0)
    residual_dropout = mask * h
    if not moe or arch.moe is None:
        return _Terms(residual_dropout + _linear_inputs(dt, up_readers, h), dt.compute * arch.d_ff * hidden)
    m = arch.moe
    e = dt.experts
    router = _linear_inputs(dt, 1, h) + 4.0 * m.n_experts  # router input, fp32 routing probabilities
    # Each token, for each chosen expert: its gathered input, the expert's hidden tensors and its output.
    routed = _Terms(m.top_k * 2 * e * h, m.top_k * e * m.expert_d_ff * hidden)
    shared = _Terms()
    if m.n_shared_experts:
        shared = _Terms(_linear_inputs(dt, up_readers, h), m.n_shared_experts * dt.compute * m.shared_width * hidden)
    return _Terms(residual_dropout + router) + routed + shared


def layer_activations(arch: Architecture, workload: Workload, *, cross_attention: bool, moe: bool,
                      tensor_parallel: int = 1, sequence_parallel: bool = False, recompute: str = "none") -> LayerActivations:
    """Bytes one block keeps per token on one GPU of a tensor-parallel group of `tensor_parallel`.

    Without sequence parallelism the d_model-sized terms are kept whole on every GPU of the group
    (Korthikanti et al. 2022, eq. 2: 10 + 24/t); with it they are split too (eq. 4: 34/t).
    """
    dt = _dtypes(arch, workload)
    t = tensor_parallel
    mask = 1.0 if workload.dropout else 0.0
    kv_copies = max(1.0, tensor_parallel / arch.kv_heads) if arch.mla is None else 1.0
    terms = _attention(arch, workload, dt, cross=False, kv_copies=kv_copies)
    if cross_attention:
        terms = terms + _attention(arch, workload, dt, cross=True, kv_copies=kv_copies)
    n_norms = arch.parallel_norms if arch.parallel_block else (3 if cross_attention else 2)
    terms = terms + _ffn(arch, dt, moe, mask) + _Terms(n_norms * _norm(arch, dt))
    per_token = terms.replicated / (t if sequence_parallel else 1) + terms.split / t
    per_context = 0.0 if recompute == "selective" else terms.per_context / t  # selective: recomputed (section 5)
    layer_input = dt.residual * arch.d_model / (t if sequence_parallel else 1)
    return LayerActivations(per_token, per_context, layer_input)


def _matrix_weights(node: Component, copies: int = 1, skip: frozenset[str] = frozenset()) -> int:
    """Weights that take part in matrix multiplies (not embedding tables, norms or `skip`), over all copies."""
    if node.key in skip or node.key in ("token", "position", "token_type", "relative_bias") or "norm" in node.key:
        return 0
    if not node.children:
        return copies * node.weights
    return sum(_matrix_weights(child, copies * node.copies, skip) for child in node.children)


def relative_bias_bytes(arch: Architecture, workload: Workload, seq_len: int, tensor_parallel: int) -> float:
    """T5's relative position bias, once per stack: int64 buckets and the bias values (heads x s x s) the first block keeps."""
    if arch.position_type != "relative-bias":
        return 0.0
    return 8.0 * seq_len * seq_len + _dtypes(arch, workload).compute * arch.n_heads * seq_len * seq_len / tensor_parallel


def input_bytes_per_token(arch: Architecture, workload: Workload) -> float:
    """Kept at the input, on the first pipeline stage: int64 token ids and labels, and the embedding dropout mask;
    with DeBERTa-v2's convolution after the first layer (modeling_deberta_v2.ConvLayer), its input, its output
    (the activation's input), the dropout mask and its LayerNorm (derived from the module, not measured)."""
    kept = 16.0 + (arch.d_model if workload.dropout else 0.0)
    if arch.conv_after_first_layer:
        dt = _dtypes(arch, workload)
        kept += _linear_inputs(dt, 1, arch.d_model) + dt.compute * arch.d_model + _norm(arch, dt)
        kept += arch.d_model if workload.dropout else 0.0
    return kept


def output_bytes_per_token(arch: Architecture, workload: Workload, tensor_parallel: int) -> float:
    """Kept at the output, on the last pipeline stage: the final norm, the head's input and the loss's log-softmax
    (split over the vocabulary by tensor parallelism, as Megatron's vocab-parallel cross-entropy does)."""
    dt = _dtypes(arch, workload)
    h, v = arch.d_model, arch.vocab_size
    kept = (_norm(arch, dt) if arch.final_norm else 0.0) + _linear_inputs(dt, 1, h) + dt.loss * v / tensor_parallel
    if arch.family == "encoder-decoder":
        kept += dt.residual * h + 8.0  # the encoder output the decoder's cross-attention reads, and decoder ids
    if arch.family == "encoder-only":
        # Pre-training an encoder adds a masked-LM head (BERT: dense d x d, GELU, LayerNorm, tied decoder), not part
        # of the bare model's parameter count: its input, GELU input and norm.
        kept += _linear_inputs(dt, 1, h) + dt.compute * h + _norm(arch, dt)
    return kept


@dataclass(frozen=True)
class AutocastCopies:
    """Autocast keeps a 2-byte copy of every matrix a multiply reads, for the backward pass."""

    outside_blocks: float  # embeddings used as matrices, output head, masked-LM head
    per_block: float  # average per block


def autocast_copies(arch: Architecture, params: ParameterCount, workload: Workload) -> AutocastCopies | None:
    """Matrix weights whose 2-byte copies autocast keeps (None for other recipes).

    A tied head reads the embedding table; grouped expert kernels run in fp32 and make none (measured).
    """
    if not _dtypes(arch, workload).cast_copies:
        return None
    skip = frozenset({"experts"})
    width = arch.embedding_projection_dim or arch.d_model
    tied_head = arch.vocab_size * width if arch.has_lm_head and arch.tie_embeddings else 0
    if arch.family == "encoder-only":
        tied_head = arch.vocab_size * width + arch.d_model * arch.d_model  # the masked-LM head: tied decoder and its dense layer
    outside = _matrix_weights(params.breakdown, skip=skip | {"encoder", "decoder"}) + tied_head
    in_blocks = _matrix_weights(params.breakdown, skip=skip) + tied_head - outside
    return AutocastCopies(2.0 * outside, 2.0 * in_blocks / (arch.n_layers + arch.decoder_layers))


# --- inference -----------------------------------------------------------------------------


def kv_cache_bytes_per_token(arch: Architecture, cache_bytes: float, context: int | None = None) -> float:
    """Cache bytes per sequence position, averaged over a context of `context` positions (default: the
    model's own).

    Standard attention: 2 (K and V) x n_kv_heads x head_dim per layer.  MLA
    caches the compressed latent and the shared rotary key instead:
    kv_lora_rank + qk_rope_head_dim per layer (DeepSeek-V2, section 2.1.2).
    Sliding-window layers keep only the last `sliding_window` positions
    (Mistral 7B, Jiang et al. 2023, section 2 "Rolling buffer cache"; Gemma 2/3
    and gpt-oss the same on their local layers).
    Encoder-only models keep no cache; encoder-decoders cache the decoder's
    self-attention, and their cross-attention K and V over the encoder output
    (counted here per encoder position, see inference_memory).
    """
    if arch.family == "encoder-only":
        return 0.0
    context = context or arch.max_seq_len
    layers = arch.decoder_layers if arch.family == "encoder-decoder" else arch.n_layers
    if arch.mla is not None:
        per_layer = arch.mla.kv_lora_rank + arch.mla.qk_rope_head_dim
    else:
        per_layer = 2 * arch.kv_heads * arch.head_size
    attention = arch.attention_layers_in(layers)  # a hybrid's linear layers keep a fixed state instead
    full = arch.full_attention_layers(layers)
    kept = full * context + (attention - full) * min(arch.sliding_window or context, context)
    per_token = kept / context * per_layer
    if arch.family == "encoder-decoder":
        per_token += layers * per_layer  # cross-attention K/V over an encoder input as long as the context
    return per_token * cache_bytes


def recurrent_state_bytes(arch: Architecture, cache_bytes: float) -> float:
    """Fixed-size state per sequence of a hybrid's linear layers, whatever the context length.

    Gated DeltaNet: a value_heads x key_head_dim x value_head_dim state per layer and the last conv_kernel
    inputs of its convolution over q, k and v (Qwen3NextDynamicCache: recurrent_states, conv_states); short
    convolution: the last conv_kernel inputs of d_model channels (Lfm2HybridConvCache).
    """
    mixer = arch.linear_mixer
    if mixer is None:
        return 0.0
    if mixer.kind == "short-conv":
        per_layer = arch.d_model * mixer.conv_kernel
    else:
        conv_channels = 2 * mixer.key_width + mixer.value_width
        per_layer = mixer.value_heads * mixer.key_head_dim * mixer.value_head_dim + conv_channels * mixer.conv_kernel
    return mixer.layers * per_layer * cache_bytes


@dataclass(frozen=True)
class InferenceMemory:
    """Bytes on the most loaded GPU of one serving replica (all GPUs when tensor and pipeline parallel are 1)."""

    weights: float
    kv_cache: float
    workspace: float
    overhead: float
    context: int
    batch: int
    kv_per_token: float  # KV-cache bytes per sequence position on this GPU
    bits_per_weight: float  # of the quantised weights, scales included

    @property
    def total(self) -> float:
        return self.weights + self.kv_cache + self.workspace + self.overhead


def prefill_workspace_per_token(arch: Architecture, e: float = 2.0) -> float:
    """One block's transient tensors at prefill: input, FFN hidden (x2 if gated); fused attention."""
    width = arch.moe.expert_d_ff * arch.moe.top_k if arch.moe is not None else arch.d_ff
    return e * (2 * arch.d_model + width * (2 if arch.gated_ffn else 1))


def quantised_weights(arch: Architecture, params: ParameterCount, quantize_embeddings: bool, keeps_16bit: bool) -> int:
    """Weights a quantised format stores at its low width.

    GPTQ, AWQ, bitsandbytes NF4/int8 and vLLM fp8 quantise the linear layers
    inside the blocks and keep the embeddings, output head, norms, biases and
    MoE routers in 16 bits (AutoAWQ modules_to_not_convert 'gate';
    transformers' bitsandbytes integration skips lm_head); llama.cpp's GGUF
    types quantise every matrix, embeddings included.
    """
    if not keeps_16bit:
        return params.weights
    n = _matrix_weights(params.breakdown, skip=frozenset({"router", "shared_gate"}) | (frozenset() if quantize_embeddings else {"lm_head"}))
    token = params.breakdown.find("token")
    return n + (token.weights if quantize_embeddings and token is not None else 0)


def weight_bytes(arch: Architecture, params: ParameterCount, fmt: str, group_size: int = 128, quantize_embeddings: bool = False) -> tuple[float, float]:
    """(bytes of all weights and biases in a serving format, bits per quantised weight)."""
    from model.estimate.storage import weight_format

    f = weight_format(fmt, group_size)
    low = quantised_weights(arch, params, quantize_embeddings, f.keeps_16bit)
    other_bytes = 4.0 if fmt == "fp32" else 2.0
    return low * f.bits / 8 + (params.total - low) * other_bytes, f.bits


def routed_expert_params(component: Component) -> tuple[int, int]:
    """(weights, biases) of the routed experts in a breakdown tree: each "experts" leaf, times its stacks' copies."""
    if component.key == "experts":
        return component.weights, component.biases
    parts = [routed_expert_params(child) for child in component.children]
    return component.copies * sum(w for w, _ in parts), component.copies * sum(b for _, b in parts)


def routed_expert_bytes(params: ParameterCount, fmt: str, group_size: int = 128) -> float:
    """Bytes of the routed experts in a serving format: their matrices are quantised in every format (they are
    block linear layers), their biases stay in 16 bits (32 in fp32)."""
    from model.estimate.storage import weight_format

    weights, biases = routed_expert_params(params.breakdown)
    return weights * weight_format(fmt, group_size).bits / 8 + biases * (4.0 if fmt == "fp32" else 2.0)


def kv_shard(arch: Architecture, tensor_parallel: int) -> float:
    """Share of a token's KV cache one tensor-parallel GPU holds.

    vLLM splits the KV heads over the tensor-parallel GPUs and, when there are
    more GPUs than KV heads, replicates each head (so every GPU holds at least
    one); MLA's latent cache is replicated on every GPU.
    """
    if arch.mla is not None:
        return 1.0
    return max(1.0 / tensor_parallel, 1.0 / arch.kv_heads)


def inference_memory(arch: Architecture, params: ParameterCount, workload: Workload, *, weight_format: str | None = None,
                     context: int | None = None, batch: int | None = None, tensor_parallel: int = 1,
                     pipeline_parallel: int = 1, expert_parallel: int = 1) -> InferenceMemory:
    """Per-GPU bytes of a serving replica split over tensor x pipeline (x expert) parallel GPUs.

    Weights: every tensor split t x p ways (vLLM shards the linear layers and
    the vocabulary over tensor-parallel GPUs; pipeline stages hold L/p layers);
    with expert parallelism e the routed experts are further spread over the e
    attention data-parallel groups (t x e GPUs share a stage's experts; vLLM
    --enable-expert-parallel with --data-parallel-size e, SGLang --enable-dp-attention).
    `batch` is then the requests of one attention group, whose KV cache it holds.
    KV cache: batch x context x bytes per position, its heads split over t, its
    layers over p (Kwon et al. 2023, section 4).  Workspace: one prefill chunk
    of at most `prefill_chunk_tokens` tokens (chunked prefill, as vLLM and
    SGLang run it; not the whole batch x context at once), and fp32 logits of
    the last position of each sequence.
    """
    fmt = weight_format or workload.weight_format
    ctx = context or workload.inference_context or arch.max_seq_len
    b = batch or workload.concurrent_requests
    split = tensor_parallel * pipeline_parallel
    total_weights, bits = weight_bytes(arch, params, fmt, workload.quant_group_size, workload.quantize_embeddings)
    kv_per_token = kv_cache_bytes_per_token(arch, DTYPE_BYTES[workload.kv_cache_precision], ctx) * kv_shard(arch, tensor_parallel) / pipeline_parallel
    # a hybrid's linear layers keep a fixed state per request, split like the layers and heads it belongs to
    state = recurrent_state_bytes(arch, DTYPE_BYTES[workload.kv_cache_precision]) / (tensor_parallel * pipeline_parallel)
    kv = b * (ctx * kv_per_token + state)
    chunk = min(workload.prefill_chunk_tokens, b * ctx)
    workspace = chunk * prefill_workspace_per_token(arch) / tensor_parallel + 4.0 * b * arch.vocab_size
    weights = total_weights / split
    if expert_parallel > 1:
        weights -= routed_expert_bytes(params, fmt, workload.quant_group_size) / split * (1 - 1 / expert_parallel)
    return InferenceMemory(weights, kv, workspace, workload.runtime_overhead_gib * GIB, ctx, b, kv_per_token, bits)


def gpus_to_hold(total_bytes: float, capacity_bytes: float) -> int:
    """Whole GPUs whose memory adds up to `total_bytes` (2 TB on 80 GB GPUs: 25)."""
    return max(1, math.ceil(total_bytes / capacity_bytes - 1e-9))
