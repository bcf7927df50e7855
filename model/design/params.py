"""Exact parameter accounting for an `Architecture`.

Every count is a Python integer, so a 100-trillion-parameter design is exact.
The tensors counted, and where biases and norms sit, follow the reference
implementations in Hugging Face transformers (modeling_gpt2, modeling_bert,
modeling_t5, modeling_bart, modeling_llama, modeling_mixtral, modeling_qwen2_moe,
modeling_deepseek_v3, modeling_opt, modeling_falcon, modeling_phi,
modeling_switch_transformers); `tests/model/test_presets.py` checks the
totals against the counts those implementations give.

Weight tying is counted once, as `sum(p.numel() for p in model.parameters())`
counts it.  Buffers that are not trained (BART's final_logits_bias, rotary
frequency tables, sinusoidal tables) are not parameters.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, computed_field

from model.design.architecture import Architecture


class Component(BaseModel):
    """A node of the breakdown tree: totals over all of its `copies`.

    `key` is a stable identifier (the GUI translates it); `label` is the
    English name.  `weights`, `biases` and `active` are totals over all
    `copies`; `children` describe one copy (one layer of a stack of 32).
    `active` counts the parameters one token passes through (for routed
    experts: top_k of n_experts).
    """

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    copies: int = 1
    weights: int = 0
    biases: int = 0
    active: int = 0
    children: tuple[Component, ...] = ()

    @computed_field
    @property
    def total(self) -> int:
        return self.weights + self.biases

    @property
    def per_copy(self) -> int:
        return self.total // self.copies

    def find(self, key: str) -> Component | None:
        """The first node with this key, depth first (the node itself included)."""
        if self.key == key:
            return self
        for child in self.children:
            found = child.find(key)
            if found is not None:
                return found
        return None


def _leaf(key: str, label: str, weights: int, biases: int = 0, active: int | None = None) -> Component:
    total = weights + biases
    return Component(key=key, label=label, weights=weights, biases=biases, active=total if active is None else active)


def _group(key: str, label: str, children: list[Component], copies: int = 1) -> Component:
    kept = tuple(c for c in children if c.total or c.children)
    return Component(
        key=key,
        label=label,
        copies=copies,
        weights=copies * sum(c.weights for c in kept),
        biases=copies * sum(c.biases for c in kept),
        active=copies * sum(c.active for c in kept),
        children=kept,
    )


def totals_by_kind(root: Component) -> list[tuple[str, int, int]]:
    """(label, total, active) per kind of component over all copies, largest first.

    Kinds are a block's parts (self-attention, cross-attention, FFN, norms;
    a MoE layer's router, routed and shared experts) and the leaves outside
    the blocks (token embeddings, output head ...).
    """
    totals: dict[str, list[int]] = {}

    def add(node: Component, copies: int) -> None:
        entry = totals.setdefault(node.label, [0, 0])
        entry[0] += copies * node.total
        entry[1] += copies * node.active

    def walk(node: Component, copies: int, in_block: bool) -> None:
        if not node.children or (in_block and node.key != "moe"):
            add(node, copies)
            return
        is_block = node.key.endswith("layers")
        for child in node.children:
            # a group's totals include its copies; its children describe one copy
            walk(child, copies * node.copies, in_block or is_block)

    for child in root.children:
        walk(child, 1, False)
    return sorted(((label, t, a) for label, (t, a) in totals.items()), key=lambda row: -row[1])


class ParameterCount(BaseModel):
    """The result of `count_parameters`."""

    model_config = ConfigDict(frozen=True)

    total: int
    active: int
    weights: int
    biases: int
    embedding: int
    # multi-token-prediction modules: in `total` only when the architecture's count_mtp is on
    mtp: int = 0
    mtp_in_total: bool = False
    # the embedding and output head a checkpoint stores again with its MTP modules (never in `total`)
    mtp_embedding_copies: int = 0
    # a multimodal release's vision tower and projector (never in `total`): total + vision_tower = the checkpoint
    vision_tower: int = 0
    breakdown: Component

    @computed_field
    @property
    def checkpoint_total(self) -> int:
        """What the released checkpoint holds: the model, its MTP modules with the embedding and head they store
        again, and a vision tower (quantisation scales apart)."""
        mtp = 0 if self.mtp_in_total else self.mtp
        return self.total + mtp + self.mtp_embedding_copies + self.vision_tower

    @computed_field
    @property
    def non_embedding(self) -> int:
        return self.total - self.embedding

    @computed_field
    @property
    def sparse_activation_ratio(self) -> float:
        """Active / total parameters: 1.0 for a dense model (Mixtral 8x7B: about 0.28)."""
        return self.active / self.total


# --- building blocks -----------------------------------------------------------


def _linear(key: str, label: str, n_in: int, n_out: int, bias: bool) -> Component:
    return _leaf(key, label, n_in * n_out, n_out if bias else 0)


def _norm(arch: Architecture, key: str, label: str, width: int, copies: int = 1, bias: bool | None = None) -> Component:
    """LayerNorm: weight (+ bias: `bias_norm` unless given); RMSNorm (and T5's LayerNorm): weight only."""
    has_bias = arch.norm == "layernorm" and (arch.bias_norm if bias is None else bias)
    return _leaf(key, label, copies * width, copies * width if has_bias else 0)


def _attention(arch: Architecture, key: str, label: str) -> Component:
    d, heads = arch.d_model, arch.n_heads
    mla = arch.mla
    if mla is None:
        hd, kv = arch.head_size, arch.kv_heads
        # Qwen3-Next's output gate: q_proj yields the query and a gate of the same width (modeling_qwen3_next).
        q_out = heads * hd * (2 if arch.attention_output_gate else 1)
        parts = [
            _linear("q", "query", d, q_out, arch.bias_qkv),
            _linear("k", "key", d, kv * hd, arch.bias_qkv),
            _linear("v", "value", d, kv * hd, arch.bias_qkv),
            _linear("o", "output", heads * hd, d, arch.bias_attn_out),
        ]
        if arch.qk_norm == "per-head":
            # Qwen3/Gemma 3 (modeling_qwen3.Qwen3Attention.q_norm = RMSNorm(head_dim)): one vector for all heads.
            parts.append(_norm(arch, "qk_norm", "query/key norms", hd, copies=2, bias=arch.qk_norm_bias))
        elif arch.qk_norm == "full-width":
            # OLMo 2 (modeling_olmo2: q_norm over heads x head_dim, k_norm over kv_heads x head_dim); StableLM's
            # one LayerNorm(head_dim, bias=False) per head (modeling_stablelm.StableLmLayerNormPerHead) as many.
            parts.append(_norm(arch, "qk_norm", "query/key norms", (heads + kv) * hd, bias=arch.qk_norm_bias))
        if arch.attention_sinks:
            # gpt-oss (modeling_gpt_oss.GptOssAttention.sinks): one learned logit per head.
            parts.append(_leaf("sinks", "attention sinks", heads))
    else:
        # DeepSeek-V2/V3 (modeling_deepseek_v3.DeepseekV3Attention): only the
        # down-projections and the output carry `attention_bias`.
        qk_head = mla.qk_nope_head_dim + mla.qk_rope_head_dim
        if mla.q_lora_rank is None:
            parts = [_linear("q", "query", d, heads * qk_head, False)]
        else:
            parts = [
                _linear("q_down", "query down-projection", d, mla.q_lora_rank, arch.bias_qkv),
                _norm(arch, "q_norm", "query latent norm", mla.q_lora_rank),
                _linear("q_up", "query up-projection", mla.q_lora_rank, heads * qk_head, False),
            ]
        parts += [
            _linear("kv_down", "key/value down-projection (+ rotary key)", d, mla.kv_lora_rank + mla.qk_rope_head_dim, arch.bias_qkv),
            _norm(arch, "kv_norm", "key/value latent norm", mla.kv_lora_rank),
            _linear("kv_up", "key/value up-projection", mla.kv_lora_rank, heads * (mla.qk_nope_head_dim + mla.v_head_dim), False),
            _linear("o", "output", heads * mla.v_head_dim, d, arch.bias_attn_out),
        ]
    return _group(key, label, parts)


def _linear_mixer(arch: Architecture) -> Component:
    """A hybrid's token mixer in place of attention (see architecture.LinearMixer)."""
    mixer = arch.linear_mixer
    assert mixer is not None
    d = arch.d_model
    if mixer.kind == "short-conv":
        # modeling_lfm2.Lfm2ShortConv: in_proj d -> 3d, depthwise Conv1d(d, kernel), out_proj d -> d.
        bias = mixer.conv_bias
        parts = [
            _linear("in_proj", "input projection", d, 3 * d, bias),
            _leaf("conv", "short convolution", d * mixer.conv_kernel, d if bias else 0),
            _linear("out_proj", "output projection", d, d, bias),
        ]
        return _group("short_conv", "short convolution", parts)
    # modeling_qwen3_next.Qwen3NextGatedDeltaNet: in_proj_qkvz (q, k, v and the output gate z), in_proj_ba (beta and
    # the decay's input per value head), a depthwise convolution over q, k and v, dt_bias and A_log per value head,
    # a gated RMSNorm of one value head, out_proj.
    k, v, vh = mixer.key_width, mixer.value_width, mixer.value_heads
    parts = [
        _linear("in_proj_qkvz", "query/key/value/gate projection", d, 2 * k + 2 * v, False),
        _linear("in_proj_ba", "beta and decay projection", d, 2 * vh, False),
        _leaf("conv", "short convolution", (2 * k + v) * mixer.conv_kernel),
        _leaf("decay", "decay parameters", 2 * vh),
        _leaf("norm", "gated norm", mixer.value_head_dim),
        _linear("out_proj", "output projection", v, d, False),
    ]
    return _group("linear_attention", "linear attention", parts)


def _ffn_matrices(arch: Architecture, width: int) -> tuple[int, int]:
    """(weights, biases) of one FFN of hidden width `width`.

    Plain: up d->w and down w->d.  Gated (SwiGLU, GeGLU; Shazeer 2020): gate
    and up d->w, down w->d.
    """
    d = arch.d_model
    n_up = 2 if arch.gated_ffn else 1
    weights = (n_up + 1) * d * width
    biases = n_up * width + d if arch.bias_ffn else 0
    return weights, biases


def _dense_ffn(arch: Architecture) -> Component:
    w, b = _ffn_matrices(arch, arch.d_ff)
    return _leaf("ffn", "feed-forward", w, b)


def _moe_ffn(arch: Architecture) -> Component:
    moe = arch.moe
    assert moe is not None
    d, n = arch.d_model, moe.n_experts
    # DeepSeek-V3's e_score_correction_bias is a buffer moved by a balancing rule, not trained
    # (arXiv:2412.19437 section 2.1.2; a Buffer in transformers): not a parameter.
    router_biases = n if moe.router_bias else 0
    # ERNIE 4.5 keeps its correction as a Parameter (modeling_ernie4_5_moe.Ernie4_5_MoeStatics), so it is counted.
    router_biases += n if moe.router_correction_bias else 0
    expert_w, expert_b = _ffn_matrices(arch, moe.expert_d_ff)
    parts = [
        _leaf("router", "router", d * n, router_biases),
        _leaf("experts", "routed experts", n * expert_w, n * expert_b, active=moe.top_k * (expert_w + expert_b)),
    ]
    if moe.n_shared_experts:
        shared_w, shared_b = _ffn_matrices(arch, moe.shared_width)
        parts.append(_leaf("shared_experts", "shared experts", moe.n_shared_experts * shared_w, moe.n_shared_experts * shared_b))
        if moe.shared_expert_gate:
            parts.append(_leaf("shared_gate", "shared-expert gate", d))
    return _group("moe", "mixture of experts", parts)


def _block(arch: Architecture, *, cross_attention: bool, moe: bool, copies: int, first: bool = False, encoder: bool = False,
           mixer: bool = False) -> Component:
    """One transformer block repeated `copies` times (`first`: the stack's first block, which may differ;
    `mixer`: a hybrid's linear-attention or convolution block)."""
    sublayers = 3 if cross_attention else 2
    if arch.parallel_block:
        n_norms = arch.parallel_norms
    else:
        n_norms = sublayers * (2 if arch.norm_position == "sandwich" else 1)
    if first and not arch.first_attention_norm:
        n_norms -= 1  # ModernBERT: layer 0's attn_norm is nn.Identity (modeling_modernbert.ModernBertEncoderLayer)
    if encoder and arch.transient_global:
        n_norms += 1  # LongT5TransientGlobalAttention.global_input_layer_norm
    parts = [_linear_mixer(arch) if mixer else _attention(arch, "attention", "self-attention")]
    if cross_attention:
        parts.append(_attention(arch, "cross_attention", "cross-attention"))
    parts.append(_moe_ffn(arch) if moe else _dense_ffn(arch))
    parts.append(_norm(arch, "norms", "norms", arch.d_model, copies=n_norms))
    key = "moe_layers" if moe else "layers"
    label = "MoE layers" if moe else "layers"
    if mixer:
        key, label = "mixer_" + key, ("MoE layers" if moe else "layers") + " without attention"
    return _group(key, label, parts, copies=copies)


def _stack(arch: Architecture, key: str, label: str, n_layers: int, *, cross_attention: bool) -> Component:
    n_moe = arch.moe_layer_count(n_layers, key)
    encoder = key == "encoder"
    parts: list[Component] = []
    if arch.position_type == "relative-bias":
        # T5: Embedding(num_buckets, n_heads) in the first block's self-attention only.
        parts.append(_leaf("relative_bias", "relative position bias", arch.relative_buckets * arch.n_heads))
        if encoder and arch.transient_global:
            # LongT5TransientGlobalAttention.global_relative_attention_bias, first block only.
            parts.append(_leaf("global_relative_bias", "global relative position bias", arch.relative_buckets * arch.n_heads))
    if arch.position_type == "relative-embedding":
        # DeBERTa-v2 (modeling_deberta_v2.DebertaV2Encoder): rel_embeddings Embedding(2 x position_buckets, d)
        # and its LayerNorm, shared by every layer.
        parts.append(_leaf("relative_embeddings", "relative position embeddings", 2 * arch.relative_buckets * arch.d_model))
        parts.append(_norm(arch, "relative_norm", "relative position norm", arch.d_model))
    if encoder and arch.conv_after_first_layer:
        # DeBERTa-v2 (modeling_deberta_v2.ConvLayer, applied after layer 0): Conv1d(d, d, kernel) with a bias,
        # and a torch.nn.LayerNorm(d) with weight and bias, whatever the other norms are.
        d = arch.d_model
        conv = [_leaf("conv", "convolution", d * d * arch.conv_after_first_layer, d),
                _leaf("conv_norm", "convolution norm", d, d)]
        parts.append(_group("conv_layer", "convolution after the first layer", conv))
    n_dense = n_layers - n_moe
    if not arch.first_attention_norm:
        # the first block differs: build it apart
        first_moe = arch.moe_layer_count(1, key) == 1
        parts.append(_block(arch, cross_attention=cross_attention, moe=first_moe, copies=1, first=True, encoder=encoder))
        n_moe, n_dense = n_moe - first_moe, n_dense - (not first_moe)
    # A hybrid's mixer blocks: the architecture allows them only with all-dense or all-MoE stacks.
    n_mixer = n_layers - arch.attention_layers_in(n_layers)
    if n_mixer:
        parts.append(_block(arch, cross_attention=False, moe=bool(n_moe), copies=n_mixer, mixer=True))
        n_moe, n_dense = (n_moe - n_mixer, n_dense) if n_moe else (n_moe, n_dense - n_mixer)
    if n_dense:
        parts.append(_block(arch, cross_attention=cross_attention, moe=False, copies=n_dense, encoder=encoder))
    if n_moe:
        parts.append(_block(arch, cross_attention=cross_attention, moe=True, copies=n_moe, encoder=encoder))
    if arch.final_norm:
        parts.append(_norm(arch, "final_norm", "final norm", arch.d_model))
    return _group(key, label, parts)


def _embeddings(arch: Architecture, n_stacks: int) -> tuple[Component, int]:
    """The embedding group and how many of its parameters count as 'embedding'."""
    d = arch.d_model
    width = arch.embedding_projection_dim or d
    # ELECTRA (modeling_electra.ElectraEmbeddings): every embedding table and the norm at embedding_size,
    # then one embeddings_project Linear(embedding_size, d) with a bias.  OPT projects only the tokens.
    encoder_projection = arch.embedding_projection_dim is not None and arch.family == "encoder-only"
    table_width = width if encoder_projection else d
    parts = [_leaf("token", "token embeddings", arch.vocab_size * width)]
    if arch.position_type == "learned":
        # One table per stack (BART: encoder and decoder each have one).
        parts.append(_leaf("position", "position embeddings", n_stacks * (arch.max_seq_len + arch.position_offset) * table_width))
    if arch.type_vocab_size:
        parts.append(_leaf("token_type", "token-type embeddings", arch.type_vocab_size * table_width))
    embedding = sum(p.total for p in parts)
    if encoder_projection:
        parts.append(_linear("projection", "embedding projection", width, d, True))
    elif arch.embedding_projection_dim is not None:
        # OPT-350m: project_in and project_out, no biases.
        parts.append(_leaf("projection", "embedding projections", 2 * width * d))
    if arch.embedding_norm:
        parts.append(_norm(arch, "embedding_norm", "embedding norm", table_width, copies=n_stacks))
    return _group("embeddings", "embeddings", parts), embedding


def count_parameters(arch: Architecture) -> ParameterCount:
    """Count every trainable parameter of `arch`, exactly."""
    n_stacks = 2 if arch.family == "encoder-decoder" else 1
    embeddings, embedding_params = _embeddings(arch, n_stacks)
    parts = [embeddings]
    if arch.family == "encoder-decoder":
        parts.append(_stack(arch, "encoder", "encoder", arch.n_layers, cross_attention=False))
        parts.append(_stack(arch, "decoder", "decoder", arch.decoder_layers, cross_attention=True))
    elif arch.family == "encoder-only":
        parts.append(_stack(arch, "encoder", "encoder", arch.n_layers, cross_attention=False))
    else:
        parts.append(_stack(arch, "decoder", "decoder", arch.n_layers, cross_attention=False))
    if arch.pooler:
        parts.append(_linear("pooler", "pooler", arch.d_model, arch.d_model, True))
    if arch.has_lm_head and (not arch.tie_embeddings or arch.bias_lm_head):
        width = arch.embedding_projection_dim or arch.d_model
        head_weights = 0 if arch.tie_embeddings else arch.vocab_size * width
        embedding_params += head_weights
        parts.append(_leaf("lm_head", "output head", head_weights, arch.vocab_size if arch.bias_lm_head else 0))
    mtp = _mtp_modules(arch)
    if mtp is not None and arch.count_mtp:
        parts.append(mtp)
    tree = _group("model", "model", parts)
    return ParameterCount(
        total=tree.total,
        active=tree.active,
        weights=tree.weights,
        biases=tree.biases,
        embedding=embedding_params,
        mtp=mtp.total if mtp is not None else 0,
        mtp_in_total=mtp is not None and arch.count_mtp,
        mtp_embedding_copies=_mtp_embedding_copies(arch),
        vision_tower=arch.vision_params,
        breakdown=tree,
    )


def _mtp_modules(arch: Architecture) -> Component | None:
    """DeepSeek-V3's multi-token-prediction modules (arXiv:2412.19437 section 2.2; the checkpoint's
    model.layers.61): enorm and hnorm, eh_proj (2d -> d, no bias), one block like the last layer, and
    shared_head.norm.  The embedding and output head are shared with the model (the checkpoint stores them
    again).  Only used in training, so never active.
    Qwen3-Next's module has the same parts under other names (vLLM qwen3_next_mtp.py: pre_fc_norm_embedding,
    pre_fc_norm_hidden, fc, norm) and its block is a full-attention layer, as the hybrid's last layer is:
    the block below is always an attention block, never a linear-attention one."""
    if not arch.mtp_modules:
        return None
    last_is_moe = arch.is_moe_layer(arch.n_layers - 1)
    block = _block(arch, cross_attention=False, moe=last_is_moe, copies=1)
    parts = [
        _linear("eh_proj", "MTP input projection", 2 * arch.d_model, arch.d_model, False),
        _norm(arch, "mtp_norms", "MTP norms", arch.d_model, copies=3),
        block,
    ]
    module = _group("mtp", "multi-token prediction", parts, copies=arch.mtp_modules)
    return module.model_copy(update={"active": 0})


def _mtp_embedding_copies(arch: Architecture) -> int:
    """The token embedding and output head that DeepSeek-V3's and GLM-4.5's checkpoints store again in each MTP layer
    (model.layers.61.embed_tokens and .shared_head.head in DeepSeek-V3's model.safetensors.index.json); the model
    shares them in use (arXiv:2412.19437 section 2.2), so they are no parameters of their own."""
    if not arch.mtp_modules or not arch.mtp_embedding_copies:
        return 0
    return arch.mtp_modules * 2 * arch.vocab_size * arch.d_model
