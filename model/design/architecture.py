"""The design of a transformer language model, validated.

One immutable pydantic model describes every family the app covers:
encoder-only (BERT), decoder-only (GPT, LLaMA) and encoder-decoder (T5, BART),
optionally with multi-head latent attention (DeepSeek-V2/V3) and
Mixture-of-Experts layers.  Only the fields that change a parameter count, a
memory figure or a FLOP count are here; each field's label, unit, range and
tooltip are written once, next to the field, and the editor builds its
widgets from them.

Conventions follow the reference implementation (Hugging Face transformers)
so that `model.design.params.count_parameters` matches it to the parameter.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from model.project.schema import Frozen, meta

Family = Literal["encoder-only", "decoder-only", "encoder-decoder"]
FfnType = Literal["gelu", "gelu_tanh", "relu", "relu2", "swiglu", "geglu"]
NormType = Literal["layernorm", "rmsnorm"]
NormPosition = Literal["pre", "post", "sandwich"]
PositionType = Literal["learned", "sinusoidal", "rotary", "alibi", "relative-bias", "relative-embedding", "none"]
QkNorm = Literal["none", "per-head", "full-width"]

GATED_FFN_TYPES = ("swiglu", "geglu")

# Upper bounds far beyond any real model (GPT-4-class widths are ~10^4-10^5, vocabularies ~10^5-10^6,
# contexts ~10^6-10^7): they only stop nonsense such as 10^30 layers from a damaged file.
MAX_WIDTH = 10_000_000
MAX_LAYERS = 100_000
MAX_TOKENS = 1_000_000_000
MAX_EXPERTS = 1_000_000


class MLA(Frozen):
    """Multi-head latent attention (DeepSeek-V2, arXiv:2405.04434, section 2.1).

    Queries and keys/values go through low-rank "latent" projections; only the
    compressed KV latent (kv_lora_rank) and the shared rotary key
    (qk_rope_head_dim) are cached at inference.
    """

    q_lora_rank: int | None = Field(
        1536, ge=1, le=MAX_WIDTH, **meta("Query latent rank", "Rank of the query down-projection; empty means queries are projected directly (DeepSeek-V2-Lite).", group="attention")
    )
    kv_lora_rank: int = Field(512, ge=1, le=MAX_WIDTH, **meta("KV latent rank", "Width of the compressed key/value latent that is cached.", group="attention"))
    qk_nope_head_dim: int = Field(128, ge=1, le=MAX_WIDTH, **meta("Query/key head size without RoPE", "Per-head query/key width that carries no rotary position.", group="attention"))
    qk_rope_head_dim: int = Field(64, ge=1, le=MAX_WIDTH, **meta("Query/key head size with RoPE", "Per-head rotary part of queries; one rotary key is shared by all heads.", group="attention"))
    v_head_dim: int = Field(128, ge=1, le=MAX_WIDTH, **meta("Value head size", "Per-head width of the values.", group="attention"))


class MoE(Frozen):
    """Mixture-of-Experts feed-forward layers.

    Routed experts have the architecture's FFN type (gated or plain) and width
    `expert_d_ff`; shared experts (DeepSeekMoE, Qwen-MoE) run for every token.
    Layer i (0-based) is a MoE layer when i >= first_dense_layers and
    (i + 1) is a multiple of every_n_layers: the convention of Switch
    Transformers (sparse_step 2 -> layers 1, 3, 5 ...), Qwen-MoE
    (decoder_sparse_step) and DeepSeek (first_k_dense_replace).
    """

    n_experts: int = Field(8, ge=1, le=MAX_EXPERTS, **meta("Routed experts", "Experts per MoE layer that a router chooses from.", group="moe"))
    top_k: int = Field(2, ge=1, le=MAX_EXPERTS, **meta("Experts per token (top-k)", "How many routed experts each token is sent to.", group="moe"))
    expert_d_ff: int = Field(14336, ge=1, le=MAX_WIDTH, **meta("Expert FFN width", "Hidden width of one routed expert.", group="moe", unit="", step=128))
    n_shared_experts: int = Field(0, ge=0, le=MAX_EXPERTS, **meta("Shared experts", "Experts every token passes through (DeepSeekMoE, Qwen-MoE).", group="moe"))
    shared_expert_d_ff: int | None = Field(
        None, ge=1, le=MAX_WIDTH, **meta("Shared expert width", "Hidden width of one shared expert; empty means the routed expert width.", group="moe", step=128)
    )
    shared_expert_gate: bool = Field(False, **meta("Shared-expert gate", "A learned scalar gate on the shared expert's output (Qwen-MoE: one d_model-vector).", group="moe"))
    every_n_layers: int = Field(1, ge=1, le=MAX_LAYERS, **meta("MoE every n-th layer", "1: every layer is MoE; 2: every second layer (Switch Transformers).", group="moe"))
    first_dense_layers: int = Field(0, ge=0, le=MAX_LAYERS, **meta("Leading dense layers", "The first layers keep a dense FFN (DeepSeek-V3: 3).", group="moe"))
    # An irregular set of dense layers, as Qwen2-MoE's mlp_only_layers (modeling_qwen2_moe.Qwen2MoeDecoderLayer: a
    # layer is MoE when it is not listed and (i + 1) % decoder_sparse_step == 0). Empty: only the regular pattern above.
    dense_layers: tuple[int, ...] | None = Field(
        None,
        max_length=MAX_LAYERS,
        **meta(
            "Other dense layers",
            "Layers (counted from 0) that keep a dense FFN besides the pattern above, e.g. 0, 7 or 10-12 "
            "(Qwen2-MoE's mlp_only_layers). Empty: none.",
            group="moe",
            kind="layers",
        ),
    )
    router_bias: bool = Field(False, **meta("Router bias", "The router's linear layer has a bias vector.", group="moe"))
    router_correction_bias: bool = Field(
        False,
        **meta(
            "Expert score correction as a parameter",
            "A per-expert bias added to the routing scores, stored as a parameter (ERNIE 4.5). DeepSeek-V3 and GLM-4.5 "
            "keep theirs as a buffer, which is not a parameter: leave this off for them.",
            group="moe",
        ),
    )
    stacks: Literal["both", "encoder", "decoder"] = Field(
        "both", **meta("MoE in", "Encoder-decoder only: experts in both stacks, or only in the encoder or the decoder.", group="moe")
    )


    @property
    def shared_width(self) -> int:
        return self.shared_expert_d_ff or self.expert_d_ff

    @model_validator(mode="after")
    def _check(self) -> MoE:
        if self.top_k > self.n_experts:
            raise ValueError(f"top-k ({self.top_k}) cannot exceed the number of routed experts ({self.n_experts})")
        if self.shared_expert_gate and self.n_shared_experts == 0:
            raise ValueError("a shared-expert gate needs at least one shared expert")
        if self.dense_layers is not None and (any(i < 0 or i >= MAX_LAYERS for i in self.dense_layers)
                                              or list(self.dense_layers) != sorted(set(self.dense_layers))):
            raise ValueError(f"dense layers should be distinct layer indices from 0 to {MAX_LAYERS - 1}, in increasing order")
        return self


class LinearMixer(Frozen):
    """Layers of a hybrid that mix tokens through a fixed-size state instead of attention.

    Gated DeltaNet (Yang et al. 2024, arXiv:2412.06464; Qwen3-Next, modeling_qwen3_next.Qwen3NextGatedDeltaNet):
    key and value heads with a short causal convolution; each layer keeps a value_heads x key_head_dim x
    value_head_dim state.  Short convolution (LFM2, modeling_lfm2.Lfm2ShortConv): a gated depthwise
    convolution of d_model channels that keeps the last conv_kernel inputs.  Neither keeps a KV cache.
    """

    kind: Literal["gated-deltanet", "short-conv"] = Field(
        "gated-deltanet", **meta("Kind", "Gated DeltaNet linear attention (Qwen3-Next) or a gated short convolution (LFM2).", group="hybrid")
    )
    layers: int = Field(1, ge=1, le=MAX_LAYERS, **meta("Layers of this kind", "How many blocks use this mixer instead of attention.", group="hybrid"))
    key_heads: int = Field(16, ge=1, le=MAX_WIDTH, **meta("Key heads", "Gated DeltaNet: query/key heads.", group="hybrid"))
    value_heads: int = Field(32, ge=1, le=MAX_WIDTH, **meta("Value heads", "Gated DeltaNet: value heads (each keeps a state).", group="hybrid"))
    key_head_dim: int = Field(128, ge=1, le=MAX_WIDTH, **meta("Key head size", "Gated DeltaNet: width of one query/key head.", group="hybrid"))
    value_head_dim: int = Field(128, ge=1, le=MAX_WIDTH, **meta("Value head size", "Gated DeltaNet: width of one value head.", group="hybrid"))
    conv_kernel: int = Field(4, ge=1, le=MAX_WIDTH, **meta("Convolution width", "Taps of the causal depthwise convolution (Qwen3-Next: 4, LFM2: 3).", group="hybrid"))
    conv_bias: bool = Field(False, **meta("Convolution biases", "Short convolution: its projections and convolution have biases.", group="hybrid"))

    @property
    def key_width(self) -> int:
        return self.key_heads * self.key_head_dim

    @property
    def value_width(self) -> int:
        return self.value_heads * self.value_head_dim


class Architecture(Frozen):
    """A transformer design. Sizes are integers; every count derived from it is exact."""

    family: Family = Field("decoder-only", **meta("Family", "Encoder-only (BERT), decoder-only (GPT, LLaMA) or encoder-decoder (T5, BART).", group="family"))

    # --- sizes -------------------------------------------------------------
    vocab_size: int = Field(50257, ge=1, le=MAX_TOKENS, **meta("Vocabulary size", "Number of distinct tokens.", group="sizes", unit="tokens", step=256))
    d_model: int = Field(768, ge=1, le=MAX_WIDTH, **meta("Model width (d_model)", "Width of the residual stream: every token is a vector of this length.", group="sizes", step=64))
    n_layers: int = Field(12, ge=1, le=MAX_LAYERS, **meta("Layers", "Transformer blocks (for encoder-decoder: the encoder's).", group="sizes"))
    n_decoder_layers: int | None = Field(
        None, ge=1, le=MAX_LAYERS, **meta("Decoder layers", "Encoder-decoder only: blocks in the decoder; empty means the same as the encoder.", group="sizes")
    )
    n_heads: int = Field(12, ge=1, le=MAX_WIDTH, **meta("Attention heads", "Query heads per attention layer.", group="sizes"))
    n_kv_heads: int | None = Field(
        None, ge=1, le=MAX_WIDTH, **meta("Key/value heads", "Empty or equal to the heads: multi-head; fewer: grouped-query (GQA); 1: multi-query (MQA).", group="sizes")
    )
    head_dim: int | None = Field(None, ge=1, le=MAX_WIDTH, **meta("Head size", "Width of one head; empty means d_model / heads (Gemma uses 256).", group="sizes"))
    d_ff: int = Field(3072, ge=1, le=MAX_WIDTH, **meta("FFN width (d_ff)", "Hidden width of the feed-forward block (usually 4 x d_model; 8/3 x for gated).", group="sizes", step=128))
    max_seq_len: int = Field(1024, ge=1, le=MAX_TOKENS, **meta("Context length", "Longest sequence the model is built for; sets the size of learned position tables.", group="sizes", unit="tokens", step=512))

    # --- attention ---------------------------------------------------------
    mla: MLA | None = Field(None, **meta("Multi-head latent attention", "DeepSeek-V2/V3 low-rank attention; empty means standard attention.", group="attention"))
    fused_qkv: bool = Field(
        False,
        **meta(
            "Fused QKV projection",
            "One matrix computes queries, keys and values (GPT-2, Falcon). Same parameter count; under autocast it keeps one input copy instead of three.",
            group="attention",
        ),
    )
    qk_norm: QkNorm = Field(
        "none",
        **meta(
            "Query/key norm",
            "A norm on queries and keys before attention: one weight vector per head size shared by all heads (Qwen3, "
            "Gemma 3), or over the full query and key width (OLMo 2, OLMoE, Command R+, MiniMax-M2).",
            group="attention",
        ),
    )
    # Sources: modeling_persimmon (q_layernorm = nn.LayerNorm(head_dim), with bias), modeling_chameleon
    # (ChameleonLayerNorm((heads, head_dim)), with bias), modeling_stablelm (StableLmLayerNormPerHead, bias=False).
    qk_norm_bias: bool = Field(
        False,
        **meta(
            "Query/key norm bias",
            "A LayerNorm query/key norm has a bias as well as a weight (Persimmon, Chameleon). StableLM's per-head "
            "LayerNorms and Command R's have none, whatever the other norms have.",
            group="attention",
        ),
    )
    attention_sinks: bool = Field(
        False, **meta("Attention sinks", "A learned logit per head that takes part in the softmax (gpt-oss): one number per head per layer.", group="attention")
    )
    sliding_window: int | None = Field(
        None,
        ge=1,
        le=MAX_TOKENS,
        **meta(
            "Sliding window",
            "Local layers attend only to this many recent tokens, which shrinks their key/value cache and attention "
            "FLOPs; no parameters. Empty: every layer sees the whole context. Llama 4's chunked attention is "
            "entered as a window of its chunk size, which bounds the cache the same way.",
            group="attention",
            unit="tokens",
            step=128,
            empty="none",
        ),
    )
    full_attention_every: int = Field(
        0,
        ge=0,
        le=MAX_LAYERS,
        **meta(
            "Full-attention layer every",
            "With a sliding window: every n-th layer attends to the whole context (Gemma 2 and gpt-oss: 2, Gemma 3: 6, "
            "ModernBERT: 3); 0: every layer slides (Mistral 7B v0.1).",
            group="attention",
        ),
    )
    conv_after_first_layer: int = Field(
        0,
        ge=0,
        le=MAX_WIDTH,
        **meta(
            "Convolution after the first layer",
            "DeBERTa-v2 xlarge and xxlarge: a convolution of this many taps over d_model channels, with a bias and a "
            "LayerNorm, added to the first layer's output (conv_kernel_size). 0: none.",
            group="attention",
        ),
    )
    first_attention_norm: bool = Field(
        True,
        **meta(
            "Norm before the first attention",
            "Off: the first block's attention reads the embedding norm's output without a norm of its own (ModernBERT).",
            group="norms",
        ),
    )
    transient_global: bool = Field(
        False,
        **meta(
            "Transient-global attention",
            "LongT5's encoder attention: each layer adds a norm for the block summaries and the first adds a second "
            "relative bias table.",
            group="attention",
        ),
    )
    attention_output_gate: bool = Field(
        False,
        **meta(
            "Attention output gate",
            "A sigmoid gate on each head's output, computed by a second query-sized projection (Qwen3-Next): "
            "the query projection doubles.",
            group="attention",
        ),
    )
    linear_mixer: LinearMixer | None = Field(
        None,
        **meta(
            "Linear-attention / convolution layers",
            "Hybrids: some blocks replace attention by linear attention or a short convolution with a fixed-size "
            "state (Qwen3-Next, LFM2); empty means every block has attention.",
            group="hybrid",
        ),
    )
    parallel_block: bool = Field(
        False, **meta("Parallel attention and FFN", "Attention and FFN read the same input and are added together (GPT-J, Falcon, Phi).", group="attention")
    )

    # --- feed-forward -----------------------------------------------------
    ffn_type: FfnType = Field(
        "gelu",
        **meta(
            "FFN type",
            "Plain (GELU, ReLU, squared ReLU: two matrices) or gated (SwiGLU, GeGLU: three matrices). 'GELU, tanh written out' is "
            "GPT-2's and Phi's gelu_new: the same count, but it keeps more activations in training. Squared ReLU (Nemotron; "
            "So et al. 2021, Primer) is ReLU(x)^2.",
            group="ffn",
        ),
    )

    # --- norms -------------------------------------------------------------
    norm: NormType = Field("layernorm", **meta("Norm", "LayerNorm (weight and bias) or RMSNorm (weight only).", group="norms"))
    norm_position: NormPosition = Field(
        "pre", **meta("Norm placement", "Pre-norm (GPT-2, LLaMA), post-norm (BERT, BART) or sandwich: before and after each sub-layer (Gemma 2).", group="norms")
    )
    parallel_norms: int = Field(
        1, ge=1, le=2, **meta("Norms in a parallel block", "Parallel blocks only: 1 shared norm (Falcon-7B, GPT-J, Phi) or 2 (Falcon-40B).", group="norms")
    )
    final_norm: bool = Field(True, **meta("Final norm", "A norm after the last block of each stack (not in BERT or BART).", group="norms"))
    embedding_norm: bool = Field(False, **meta("Embedding norm", "A norm right after the embeddings (BERT, BART).", group="norms"))

    # --- biases ------------------------------------------------------------
    bias_qkv: bool = Field(True, **meta("Q/K/V bias", "Query, key and value projections have biases (GPT-2, BERT, Qwen2).", group="biases"))
    bias_attn_out: bool = Field(True, **meta("Attention output bias", "The attention output projection has a bias.", group="biases"))
    bias_ffn: bool = Field(True, **meta("FFN biases", "The feed-forward matrices have biases.", group="biases"))
    bias_norm: bool = Field(True, **meta("LayerNorm bias", "LayerNorm has a bias as well as a weight (RMSNorm never does).", group="biases"))
    bias_lm_head: bool = Field(False, **meta("Output head bias", "The output (LM) head has a bias per token (Phi-2).", group="biases"))

    # --- positions ---------------------------------------------------------
    position_type: PositionType = Field(
        "learned",
        **meta(
            "Positions",
            "Learned table, sinusoidal, rotary (RoPE), ALiBi, T5 relative bias, DeBERTa relative embeddings, or none.",
            group="positions",
        ),
    )
    position_offset: int = Field(
        0, ge=0, le=MAX_WIDTH, **meta("Learned position offset", "Extra rows in the learned position table (BART and OPT reserve 2).", group="positions")
    )
    rotary_fraction: float = Field(
        1.0, gt=0.0, le=1.0, **meta("Rotary fraction", "Share of each head rotated by RoPE (Phi-2: 0.4); no parameters.", group="positions")
    )
    relative_buckets: int = Field(
        32,
        ge=1,
        le=MAX_WIDTH,
        **meta(
            "Relative position buckets",
            "T5 relative bias: buckets x heads, learned in the first layer of each stack. DeBERTa relative embeddings: "
            "2 x buckets rows of d_model, with a norm, shared by the encoder's layers.",
            group="positions",
        ),
    )

    # --- embeddings and head ----------------------------------------------
    tie_embeddings: bool = Field(True, **meta("Tied output head", "The output head reuses the token embedding matrix.", group="embeddings"))
    type_vocab_size: int = Field(0, ge=0, le=MAX_WIDTH, **meta("Token types", "Segment embeddings (BERT: 2, RoBERTa: 1, others: 0).", group="embeddings"))
    pooler: bool = Field(False, **meta("Pooler", "Encoder-only: a d_model x d_model layer on the first token (BERT).", group="embeddings"))
    embedding_projection_dim: int | None = Field(
        None,
        ge=1,
        le=MAX_WIDTH,
        **meta(
            "Embedding projection",
            "Embeddings narrower than d_model. Decoders project the token embeddings in and out without biases "
            "(OPT-350m: 512); encoders keep all embeddings and their norm at this width and project in once, with a "
            "bias (ELECTRA, ALBERT: 128).",
            group="embeddings",
            empty="none",
        ),
    )

    # --- multi-token prediction ---------------------------------------------
    mtp_modules: int = Field(
        0,
        ge=0,
        le=MAX_LAYERS,
        **meta(
            "Multi-token-prediction modules",
            "Extra modules that predict further tokens in training, which the released checkpoint holds (DeepSeek-V3, "
            "GLM-4.5: 1): each is one more block, an input projection and three norms. Shown apart; never active.",
            group="mtp",
        ),
    )
    count_mtp: bool = Field(
        False,
        **meta(
            "Count MTP modules in the total",
            "Off: the total is the model as transformers builds it and model cards headline it (DeepSeek-V3: 671.0B). "
            "On: with the modules' own parameters (+11.6B); the checkpoint's 685B also stores the embedding and "
            "output head again for them.",
            group="mtp",
        ),
    )

    mtp_embedding_copies: bool = Field(
        True,
        **meta(
            "MTP modules store the embedding and head",
            "The released checkpoint keeps its own copy of the token embedding and the output head with each module "
            "(DeepSeek-V3, GLM-4.5: embed_tokens and shared_head.head of the extra layer); Qwen3-Next's module uses "
            "the model's. Only in the checkpoint's sum, never in the total.",
            group="mtp",
        ),
    )

    # --- multimodal ------------------------------------------------------------
    vision_params: int = Field(
        0,
        ge=0,
        le=10**15,
        **meta(
            "Vision tower and projector",
            "Parameters of a multimodal release's image encoder and projector (Gemma 3: 417M SigLIP + projector), "
            "counted exactly when its config.json is imported; shown apart, never in the total or active.",
            group="multimodal",
        ),
    )

    # --- mixture of experts -------------------------------------------------
    moe: MoE | None = Field(None, **meta("Mixture of experts", "Sparse FFN layers; empty means a dense model.", group="moe"))

    # ------------------------------------------------------------------------
    @property
    def kv_heads(self) -> int:
        return self.n_kv_heads or self.n_heads

    @property
    def head_size(self) -> int:
        """Width of one head: explicit, or d_model / n_heads."""
        return self.head_dim or self.d_model // self.n_heads

    @property
    def decoder_layers(self) -> int:
        """Decoder blocks of an encoder-decoder (0 for single-stack families)."""
        if self.family != "encoder-decoder":
            return 0
        return self.n_decoder_layers or self.n_layers

    @property
    def gated_ffn(self) -> bool:
        return self.ffn_type in GATED_FFN_TYPES

    @property
    def generates(self) -> bool:
        """Whether the model writes tokens one by one (decoders, encoder-decoders).  An encoder-only model reads its whole
        input at once: it keeps no KV cache and is served by encoding requests, with no output tokens."""
        return self.family != "encoder-only"

    @property
    def has_lm_head(self) -> bool:
        """Encoder-only models are counted bare (as their model cards do), without an LM head."""
        return self.family != "encoder-only"

    def attention_layers_in(self, n_layers: int) -> int:
        """Blocks of a stack of `n_layers` that have attention (the others are a hybrid's linear mixer)."""
        if self.linear_mixer is None or self.family != "decoder-only" or n_layers == 0:
            return n_layers
        return n_layers - self.linear_mixer.layers

    def full_attention_layers(self, n_layers: int) -> int:
        """Attention blocks of a stack that attend to the whole context; the others use the sliding window.

        Every `full_attention_every`-th block (1-based) is global, as Gemma 2/3 and gpt-oss lay them out
        (modeling_gemma3: layer i is sliding unless (i + 1) % sliding_window_pattern == 0).
        """
        n_layers = self.attention_layers_in(n_layers)
        if self.sliding_window is None:
            return n_layers
        if self.full_attention_every == 0:
            return 0
        return n_layers // self.full_attention_every

    def is_moe_layer(self, index: int) -> bool:
        """Whether block `index` (0-based, within its stack) has a MoE FFN; see `MoE`."""
        moe = self.moe
        return (moe is not None and index >= moe.first_dense_layers and (index + 1) % moe.every_n_layers == 0
                and index not in (moe.dense_layers or ()))

    def moe_layer_count(self, n_layers: int, stack: str = "decoder") -> int:
        """MoE blocks among the `n_layers` blocks of a stack ("encoder" or "decoder"), in closed form."""
        moe = self.moe
        if moe is None or (self.family == "encoder-decoder" and moe.stacks not in ("both", stack)):
            return 0
        step, first = moe.every_n_layers, moe.first_dense_layers
        # indices i in [first, n) with (i + 1) % step == 0, less the listed dense layers among them
        regular = max(0, n_layers // step - first // step)
        return regular - sum(1 for i in moe.dense_layers or () if first <= i < n_layers and (i + 1) % step == 0)

    @model_validator(mode="after")
    def _check(self) -> Architecture:
        problems: list[str] = []
        if self.head_dim is None and self.mla is None and self.d_model % self.n_heads:
            problems.append(
                f"d_model ({self.d_model}) is not divisible by the number of heads ({self.n_heads}); "
                "change one of them or set the head size explicitly"
            )
        if self.n_kv_heads is not None:
            if self.n_kv_heads > self.n_heads:
                problems.append(f"key/value heads ({self.n_kv_heads}) cannot exceed attention heads ({self.n_heads})")
            elif self.n_heads % self.n_kv_heads:
                problems.append(f"key/value heads ({self.n_kv_heads}) must divide attention heads ({self.n_heads}) evenly")
            if self.mla is not None and self.n_kv_heads != self.n_heads:
                problems.append("latent attention (MLA) has no separate key/value heads; leave them empty")
        if self.n_decoder_layers is not None and self.family != "encoder-decoder":
            problems.append("decoder layers are only set for an encoder-decoder; use Layers for this family")
        if self.pooler and self.family != "encoder-only":
            problems.append("a pooler belongs to an encoder-only model")
        if self.position_offset and self.position_type != "learned":
            problems.append("a position offset only applies to learned positions")
        if self.rotary_fraction != 1.0 and self.position_type != "rotary":
            problems.append("a rotary fraction only applies to rotary positions")
        if self.parallel_norms != 1 and not self.parallel_block:
            problems.append("the number of norms in a parallel block only applies to parallel blocks")
        if self.parallel_block and self.family == "encoder-decoder":
            problems.append("parallel attention and FFN blocks are not defined for encoder-decoders")
        if self.qk_norm != "none" and self.mla is not None:
            problems.append("a query/key norm is not defined for latent attention (MLA)")
        if self.qk_norm_bias and (self.qk_norm == "none" or self.norm != "layernorm"):
            problems.append("a query/key norm bias needs a query/key norm of LayerNorm type")
        if self.conv_after_first_layer and self.family != "encoder-only":
            problems.append("the convolution after the first layer belongs to DeBERTa-v2 encoders")
        if self.full_attention_every and self.sliding_window is None:
            problems.append("full-attention layers only apply with a sliding window; set the window or set this to 0")
        if self.linear_mixer is not None:
            if self.family != "decoder-only":
                problems.append("linear-attention and convolution layers are only defined for decoder-only models")
            elif self.linear_mixer.layers > self.n_layers:
                problems.append(f"linear-attention layers ({self.linear_mixer.layers}) cannot exceed the layers ({self.n_layers})")
            elif self.moe is not None and self.moe_layer_count(self.n_layers) != self.n_layers:
                problems.append("linear-attention layers with a mix of dense and MoE layers are not supported; make every layer MoE")
            if self.mla is not None:
                problems.append("linear-attention layers are not defined together with latent attention (MLA)")
        if self.attention_output_gate and self.mla is not None:
            problems.append("an attention output gate is not defined for latent attention (MLA)")
        if (self.mtp_modules or self.count_mtp) and self.family != "decoder-only":
            problems.append("multi-token-prediction modules belong to decoder-only models")
        if self.transient_global and self.family != "encoder-decoder":
            problems.append("transient-global attention belongs to LongT5's encoder (an encoder-decoder)")
        if self.position_type == "relative-embedding" and self.family != "encoder-only":
            problems.append("DeBERTa relative position embeddings are only defined for encoders")
        if self.embedding_projection_dim is not None and self.embedding_projection_dim == self.d_model:
            problems.append("an embedding projection to the same width as d_model does nothing; leave it empty")
        if self.moe is not None:
            if self.moe.stacks != "both" and self.family != "encoder-decoder":
                problems.append("choosing the stack that has experts only applies to encoder-decoders")
            layers = max(self.n_layers, self.decoder_layers)
            beyond = [i for i in self.moe.dense_layers or () if i >= layers]
            if beyond:
                problems.append(f"dense layer {beyond[0]} is beyond the last layer ({layers - 1})")
            if self.moe_layer_count(self.n_layers, "encoder") + self.moe_layer_count(self.decoder_layers, "decoder") == 0:
                problems.append(
                    f"the MoE settings (every {self.moe.every_n_layers} layer(s) after {self.moe.first_dense_layers} dense) "
                    f"leave no MoE layer among {layers}; turn MoE off or change the pattern"
                )
        if problems:
            raise ValueError("; ".join(problems))
        return self
