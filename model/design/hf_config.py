"""Import a Hugging Face `config.json` (a local file; nothing is downloaded).

Each supported `model_type` maps to an `Architecture` whose parameter count
equals the reference implementation's (transformers' modeling_<type>.py).
Both older and newer key spellings are accepted (e.g. GPT-2's n_ctx /
n_positions, Falcon's n_head / num_attention_heads, Phi's phi-msft format).
Every field that changes the count is honoured; a field that would change it
in a way the app cannot represent is refused with a message, never ignored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from model.design.architecture import MLA, Architecture, LinearMixer, MoE
from model.project.errors import InputError, describe_validation_error
from model.project.files import parse_json, read_text
from model.project.resources import resources_dir

_MISSING = object()


@lru_cache(maxsize=1)
def _class_defaults() -> dict[str, dict[str, Any]]:
    """Defaults of transformers' config classes by model_type (resources/hf_config_defaults.json)."""
    return json.loads((resources_dir() / "hf_config_defaults.json").read_text(encoding="utf-8"))["defaults"]


class _Config:
    """Read access to a config dict that names the key it could not find.

    A key the file leaves out takes the default of transformers' config class for its model_type, as
    `from_pretrained` would; a key the file sets to null takes the importer's own default (null means "derive
    it", e.g. DeepSeek-V2-Lite's q_lora_rank, GPT-J's n_inner).
    """

    def __init__(self, data: dict[str, Any], *, defaults_of: str | None = None):
        self.data = data
        self.model_type = str(data.get("model_type", ""))
        self.class_defaults = _class_defaults().get(defaults_of or self.model_type, {})
        self.read: set[str] = set()  # every key an importer asked for: the keys it understood

    def get(self, *names: str, default: Any = _MISSING) -> Any:
        self.read.update(names)
        present = [name for name in names if name in self.data]
        for name in present:
            if self.data[name] is not None:
                return self.data[name]
        if not present:
            for name in names:
                if self.class_defaults.get(name) is not None:
                    return self.class_defaults[name]
        if default is _MISSING:
            spelled = " or ".join(repr(n) for n in names)
            raise InputError(f"{self.model_type} config.json is missing {spelled}")
        return default

    def int(self, *names: str, default: Any = _MISSING) -> int:
        value = self.get(*names, default=default)
        if value is None:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value != int(value):
            raise InputError(f"{self.model_type} config.json: {names[0]!r} should be a whole number, not {value!r}")
        return int(value)

    def bool(self, *names: str, default: Any = _MISSING) -> bool:
        value = self.get(*names, default=default)
        if not isinstance(value, bool):
            raise InputError(f"{self.model_type} config.json: {names[0]!r} should be true or false, not {value!r}")
        return value

    def unsupported(self, what: str) -> InputError:
        return InputError(f"{self.model_type} config.json: {what} is not supported")


def _activation(name: str) -> str:
    """Map an activation name to a plain FFN type (gelu_pytorch_tanh -> gelu; gelu_new -> gelu_tanh)."""
    name = name.lower()
    if name in ("gelu_new", "gelu_fast"):
        return "gelu_tanh"  # transformers' NewGELUActivation / FastGELUActivation: tanh GELU written out in Python
    if name in ("relu2", "relu_squared", "squared_relu"):
        return "relu2"  # transformers' ReLUSquaredActivation
    if "relu" in name:
        return "relu"
    if "gelu" in name:
        return "gelu"
    if name in ("silu", "swish"):
        return "silu"
    return name


def _gpt2(c: _Config) -> dict[str, Any]:
    d = c.int("n_embd", "hidden_size")
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("n_layer", "num_hidden_layers"),
        n_heads=c.int("n_head", "num_attention_heads"),
        d_ff=c.int("n_inner", default=4 * d),
        max_seq_len=c.int("n_positions", "n_ctx", "max_position_embeddings"),
        ffn_type=_activation(c.get("activation_function", default="gelu_new")),
        fused_qkv=True,  # GPT2Attention.c_attn
        tie_embeddings=c.bool("tie_word_embeddings", default=True),
    )


def _bert(c: _Config) -> dict[str, Any]:
    positions = c.int("max_position_embeddings")
    # RoBERTa's table has padding_idx + 1 = 2 rows before the first position.
    offset = 2 if c.model_type in ("roberta", "xlm-roberta") else 0
    return dict(
        family="encoder-only",
        vocab_size=c.int("vocab_size"),
        d_model=c.int("hidden_size"),
        n_layers=c.int("num_hidden_layers"),
        n_heads=c.int("num_attention_heads"),
        d_ff=c.int("intermediate_size"),
        ffn_type=_activation(c.get("hidden_act", default="gelu")),
        max_seq_len=positions - offset,
        position_offset=offset,
        type_vocab_size=c.int("type_vocab_size", default=2),
        norm_position="post",
        final_norm=False,
        embedding_norm=True,
        pooler=True,
    )


def _t5(c: _Config) -> dict[str, Any]:
    proj = str(c.get("feed_forward_proj", default="relu"))
    gated = proj.startswith("gated-")
    act = _activation(proj.removeprefix("gated-"))
    if gated and act != "gelu":
        raise c.unsupported(f"feed_forward_proj {proj!r}")
    layers = c.int("num_layers")
    return dict(
        family="encoder-decoder",
        vocab_size=c.int("vocab_size"),
        d_model=c.int("d_model"),
        n_layers=layers,
        n_decoder_layers=c.int("num_decoder_layers", default=layers),
        n_heads=c.int("num_heads"),
        head_dim=c.int("d_kv"),
        d_ff=c.int("d_ff"),
        ffn_type="geglu" if gated else act,
        max_seq_len=c.int("n_positions", default=512),
        norm="rmsnorm",
        position_type="relative-bias",
        relative_buckets=c.int("relative_attention_num_buckets", default=32),
        bias_qkv=False,
        bias_attn_out=False,
        bias_ffn=False,
        tie_embeddings=c.bool("tie_word_embeddings", default=True),
    )


def _switch(c: _Config) -> dict[str, Any]:
    fields = _t5(c)
    layers, dec_layers = fields["n_layers"], fields["n_decoder_layers"]
    # configuration_switch_transformers: step = layers // sparse layers (0 sparse layers -> none);
    # modeling: block i is sparse when i % step == 1, or every block when step == 1.
    steps = []
    for n, sparse in ((layers, c.int("num_sparse_encoder_layers", default=0)), (dec_layers, c.int("num_sparse_decoder_layers", default=0))):
        step = n // sparse if sparse > 0 else 0
        if step not in (0, 1, 2):
            raise c.unsupported(f"a sparse-layer step of {step}")
        steps.append(step)
    used = {s for s in steps if s}
    if not used:
        raise c.unsupported("a Switch model without sparse layers")
    if len(used) > 1:
        raise c.unsupported("different sparse-layer steps in encoder and decoder")
    step_enc = used.pop()
    stacks = "both" if all(steps) else ("encoder" if steps[0] else "decoder")
    fields.update(
        moe=MoE(
            n_experts=c.int("num_experts"),
            top_k=1,  # Switch routing sends each token to one expert (Fedus et al. 2021).
            expert_d_ff=fields["d_ff"],
            every_n_layers=step_enc,
            router_bias=c.bool("router_bias", default=False),
            stacks=stacks,
        )
    )
    return fields


def _bart(c: _Config) -> dict[str, Any]:
    heads, ffn = c.int("encoder_attention_heads"), c.int("encoder_ffn_dim")
    if c.int("decoder_attention_heads", default=heads) != heads or c.int("decoder_ffn_dim", default=ffn) != ffn:
        raise c.unsupported("different head counts or FFN widths in encoder and decoder")
    post = not c.bool("normalize_before", default=False)
    return dict(
        family="encoder-decoder",
        vocab_size=c.int("vocab_size"),
        d_model=c.int("d_model"),
        n_layers=c.int("encoder_layers"),
        n_decoder_layers=c.int("decoder_layers"),
        n_heads=heads,
        d_ff=ffn,
        ffn_type=_activation(c.get("activation_function", default="gelu")),
        max_seq_len=c.int("max_position_embeddings"),
        position_offset=2,  # BartLearnedPositionalEmbedding adds 2 rows.
        norm_position="post" if post else "pre",
        final_norm=c.bool("add_final_layer_norm", default=False),
        embedding_norm=c.bool("layernorm_embedding", default=True),
    )


def _llama_like(c: _Config, *, tie_default: bool = False, qkv_bias: bool | None = None) -> dict[str, Any]:
    d = c.int("hidden_size")
    heads = c.int("num_attention_heads")
    attention_bias = c.bool("attention_bias", default=False)
    mlp_bias = c.bool("mlp_bias", default=False)
    act = str(c.get("hidden_activation", "hidden_act", default="silu"))
    head_dim = c.int("head_dim", default=None)
    if head_dim is not None and heads > 0 and d % heads == 0 and head_dim == d // heads:
        head_dim = None  # the default; keep the design as simple as the config
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("num_hidden_layers"),
        n_heads=heads,
        n_kv_heads=c.int("num_key_value_heads", default=heads),
        head_dim=head_dim,
        d_ff=c.int("intermediate_size"),
        ffn_type="geglu" if "gelu" in act else "swiglu",
        max_seq_len=c.int("max_position_embeddings"),
        norm="rmsnorm",
        position_type="rotary",
        bias_qkv=attention_bias if qkv_bias is None else qkv_bias,
        bias_attn_out=attention_bias,
        bias_ffn=mlp_bias,
        tie_embeddings=c.bool("tie_word_embeddings", default=tie_default),
    )


def _llama(c: _Config) -> dict[str, Any]:
    return _llama_like(c)


def _qwen2(c: _Config) -> dict[str, Any]:
    # modeling_qwen2: q, k, v have biases, o_proj has none.
    return _llama_like(c, qkv_bias=True)


def _gemma(c: _Config) -> dict[str, Any]:
    return _llama_like(c, tie_default=True)


def _mixtral(c: _Config) -> dict[str, Any]:
    fields = _llama_like(c)
    fields["moe"] = MoE(n_experts=c.int("num_local_experts"), top_k=c.int("num_experts_per_tok"), expert_d_ff=fields["d_ff"])
    return fields


def _dense_layers(c: _Config, key: str) -> dict[str, Any]:
    """Layers listed in `key` as dense: the leading ones as first_dense_layers (editable), any other set as is."""
    layers = c.get(key, default=[]) or []
    if not isinstance(layers, list) or any(isinstance(i, bool) or not isinstance(i, int) or i < 0 for i in layers):
        raise InputError(f"{c.model_type} config.json: {key!r} should be a list of layer indices, not {layers!r}")
    # an index past the last layer names no layer (the modeling file only asks "is this layer listed?"): left out
    layers = sorted({i for i in layers if i < c.int("num_hidden_layers")})
    if layers == list(range(len(layers))):
        return dict(first_dense_layers=len(layers))
    return dict(dense_layers=tuple(layers))


def _qwen2_moe(c: _Config) -> dict[str, Any]:
    fields = _qwen2(c)
    shared_width = c.int("shared_expert_intermediate_size", default=0)
    fields["moe"] = MoE(
        n_experts=c.int("num_experts"),
        top_k=c.int("num_experts_per_tok"),
        expert_d_ff=c.int("moe_intermediate_size"),
        n_shared_experts=1 if shared_width else 0,
        shared_expert_d_ff=shared_width or None,
        shared_expert_gate=bool(shared_width),  # Qwen2MoeSparseMoeBlock.shared_expert_gate: Linear(d, 1)
        every_n_layers=c.int("decoder_sparse_step", default=1),
        **_dense_layers(c, "mlp_only_layers"),
    )
    return fields


def _mla(c: _Config) -> MLA:
    return MLA(
        q_lora_rank=c.int("q_lora_rank", default=None),
        kv_lora_rank=c.int("kv_lora_rank"),
        qk_nope_head_dim=c.int("qk_nope_head_dim"),
        qk_rope_head_dim=c.int("qk_rope_head_dim"),
        v_head_dim=c.int("v_head_dim"),
    )


def _deepseek_moe(c: _Config) -> MoE:
    # DeepSeek-V2/V3, GLM-4.5: the e_score_correction_bias is a buffer (not a parameter), see params._moe_ffn.
    return MoE(
        n_experts=c.int("n_routed_experts"),
        top_k=c.int("num_experts_per_tok"),
        expert_d_ff=c.int("moe_intermediate_size"),
        n_shared_experts=c.int("n_shared_experts", default=0),
        first_dense_layers=c.int("first_k_dense_replace", default=0),
    )


def _deepseek_v3(c: _Config) -> dict[str, Any]:
    fields = _llama_like(c)
    if c.int("moe_layer_freq", default=1) != 1:
        raise c.unsupported("moe_layer_freq other than 1")
    # num_nextn_predict_layers: the MTP modules the checkpoint holds (transformers does not build them)
    fields.update(n_kv_heads=None, head_dim=None, mla=_mla(c), moe=_deepseek_moe(c), mtp_modules=c.int("num_nextn_predict_layers", default=0))
    return fields


def _phi(c: _Config) -> dict[str, Any]:
    d = c.int("hidden_size", "n_embd")
    heads = c.int("num_attention_heads", "n_head")
    if c.bool("qk_layernorm", default=False):
        raise c.unsupported("qk_layernorm")
    if c.model_type == "phi-msft":
        fraction = c.int("rotary_dim") / (d // heads)
    else:
        fraction = float(c.get("partial_rotary_factor", default=0.5))
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("num_hidden_layers", "n_layer"),
        n_heads=heads,
        n_kv_heads=c.int("num_key_value_heads", "n_head_kv", default=heads),
        d_ff=c.int("intermediate_size", "n_inner", default=4 * d),
        max_seq_len=c.int("max_position_embeddings", "n_positions"),
        ffn_type=_activation(c.get("hidden_act", "activation_function", default="gelu_new")),
        position_type="rotary",
        rotary_fraction=fraction,
        parallel_block=True,
        tie_embeddings=c.bool("tie_word_embeddings", default=False),
        bias_lm_head=True,  # PhiForCausalLM.lm_head has bias=True
    )


def _falcon(c: _Config) -> dict[str, Any]:
    d = c.int("hidden_size", "n_embd")
    heads = c.int("num_attention_heads", "n_head")
    new_arch = c.bool("new_decoder_architecture", default=c.model_type == "RefinedWeb")
    if new_arch:
        kv = c.int("num_kv_heads", "n_head_kv", default=heads)
    elif c.bool("multi_query", default=True):
        kv = 1
    else:
        kv = heads
    parallel = new_arch or c.bool("parallel_attn", default=True)
    bias = c.bool("bias", default=False)
    # FalconDecoderLayer: the new architecture has ln_attn and ln_mlp (num_ln_in_parallel_attn, default 2).
    norms = c.int("num_ln_in_parallel_attn", default=2) if new_arch else 1
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("num_hidden_layers", "n_layer"),
        n_heads=heads,
        n_kv_heads=kv,
        d_ff=c.int("ffn_hidden_size", default=4 * d),
        max_seq_len=c.int("max_position_embeddings", default=2048),
        position_type="alibi" if c.bool("alibi", default=False) else "rotary",
        parallel_block=parallel,
        parallel_norms=norms if parallel else 1,
        fused_qkv=True,  # FalconAttention.query_key_value
        bias_qkv=bias,
        bias_attn_out=bias,
        bias_ffn=bias,
        tie_embeddings=c.bool("tie_word_embeddings", default=True),
    )


def _opt(c: _Config) -> dict[str, Any]:
    d = c.int("hidden_size")
    if not c.bool("layer_norm_elementwise_affine", default=True):
        raise c.unsupported("layer_norm_elementwise_affine false")
    pre = c.bool("do_layer_norm_before", default=True)
    proj = c.int("word_embed_proj_dim", default=d)
    bias = c.bool("enable_bias", default=True)
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("num_hidden_layers"),
        n_heads=c.int("num_attention_heads"),
        d_ff=c.int("ffn_dim"),
        ffn_type=_activation(c.get("activation_function", default="relu")),
        max_seq_len=c.int("max_position_embeddings"),
        position_offset=2,  # OPTLearnedPositionalEmbedding: offset 2
        norm_position="pre" if pre else "post",
        # OPTDecoder builds final_layer_norm only for pre-norm models not flagged _remove_final_layer_norm.
        final_norm=pre and not c.bool("_remove_final_layer_norm", default=False),
        embedding_projection_dim=proj if proj != d else None,
        bias_qkv=bias,
        bias_attn_out=bias,
        bias_ffn=bias,
        bias_norm=True,
        tie_embeddings=c.bool("tie_word_embeddings", default=True),
    )


def _moe_pattern(c: _Config, moe_layers: set[int], n_layers: int) -> dict[str, Any]:
    """(first_dense_layers, every_n_layers) that give exactly `moe_layers` among `n_layers` blocks, else the dense
    layers listed one by one."""
    if not moe_layers:
        raise c.unsupported("a mixture-of-experts config with no MoE layer")
    first = min(moe_layers)
    for step in range(1, n_layers + 1):
        candidate = {i for i in range(n_layers) if i >= first and (i + 1) % step == 0}
        if candidate == moe_layers:
            return dict(first_dense_layers=first if step == 1 else first - first % step, every_n_layers=step)
    return dict(dense_layers=tuple(sorted(set(range(n_layers)) - moe_layers)))


def _sliding(c: _Config, n_layers: int, every_default: int = 0) -> dict[str, Any]:
    """Sliding-window fields from `sliding_window` and `layer_types` (or a `sliding_window_pattern` of n)."""
    window = c.int("sliding_window", default=None)
    if window is None:
        return {}
    types = c.get("layer_types", default=None)
    if types:
        full = [t == "full_attention" for t in types][:n_layers]
        if all(full):
            return {}
        if not any(full):
            return dict(sliding_window=window, full_attention_every=0)
        every = full.index(True) + 1
        if full != [(i + 1) % every == 0 for i in range(len(full))]:
            raise c.unsupported("this layer_types pattern (one full-attention layer every n layers is)")
        return dict(sliding_window=window, full_attention_every=every)
    pattern = c.get("sliding_window_pattern", default=every_default)
    if isinstance(pattern, str):  # EXAONE 4's "LLLG": local, local, local, global
        if not pattern or set(pattern) - {"L", "G"} or pattern.count("G") != 1 or not pattern.endswith("G"):
            raise c.unsupported(f"sliding_window_pattern {pattern!r}")
        pattern = len(pattern)
    return dict(sliding_window=window, full_attention_every=int(pattern))


def _qwen3(c: _Config) -> dict[str, Any]:
    # modeling_qwen3: no biases unless attention_bias; q_norm and k_norm are RMSNorm(head_dim).
    fields = _llama_like(c)
    fields["qk_norm"] = "per-head"
    return fields


def _qwen3_moe(c: _Config) -> dict[str, Any]:
    fields = _qwen3(c)
    n = fields["n_layers"]
    # modeling_qwen3_moe.Qwen3MoeDecoderLayer: MoE unless listed in mlp_only_layers, on every decoder_sparse_step-th layer.
    dense = set(c.get("mlp_only_layers", default=[]) or [])
    step = c.int("decoder_sparse_step", default=1)
    moe_layers = {i for i in range(n) if i not in dense and step > 0 and (i + 1) % step == 0}
    fields["moe"] = MoE(
        n_experts=c.int("num_experts"),
        top_k=c.int("num_experts_per_tok"),
        expert_d_ff=c.int("moe_intermediate_size"),
        **_moe_pattern(c, moe_layers, n),
    )
    return fields


def _layer_kinds(c: _Config, n_layers: int, interval_key: str, interval_default: int) -> list[str]:
    """layer_types, or every `interval`-th layer full attention and the others linear (Qwen3-Next)."""
    types = c.get("layer_types", default=None)
    if types is None:
        interval = c.int(interval_key, default=interval_default)
        types = ["full_attention" if (i + 1) % interval == 0 else "linear_attention" for i in range(n_layers)]
    if not isinstance(types, list) or len(types) != n_layers:
        raise c.unsupported("a layer_types list whose length is not num_hidden_layers")
    return [str(t) for t in types]


def _qwen3_next(c: _Config) -> dict[str, Any]:
    # modeling_qwen3_next: Gated DeltaNet layers and gated full-attention layers (q_proj doubled, per-head
    # q_norm/k_norm); MoE with a gated shared expert on every decoder_sparse_step-th layer not in mlp_only_layers;
    # one multi-token-prediction module in the checkpoint.
    fields = _qwen3_moe(c)
    n = fields["n_layers"]
    kinds = _layer_kinds(c, n, "full_attention_interval", 4)
    linear = sum(kind == "linear_attention" for kind in kinds)
    if linear + sum(kind == "full_attention" for kind in kinds) != n:
        raise c.unsupported("layer types other than linear_attention and full_attention")
    shared_width = c.int("shared_expert_intermediate_size", default=0)
    moe = fields["moe"].model_copy(
        update=dict(n_shared_experts=1 if shared_width else 0, shared_expert_d_ff=shared_width or None, shared_expert_gate=bool(shared_width))
    )
    fields.update(
        moe=MoE.model_validate(moe.model_dump()),
        attention_output_gate=True,
        rotary_fraction=float(c.get("partial_rotary_factor", default=0.25)),
        # The checkpoint's mtp.* tensors: one module of fc (2d -> d), pre_fc_norm_embedding, pre_fc_norm_hidden, norm
        # and a gated full-attention MoE layer (vLLM qwen3_next_mtp.Qwen3NextMultiTokenPredictor builds
        # Qwen3NextDecoderLayer(layer_type="full_attention")); transformers does not build it.  The released
        # config.json names no count: vLLM reads num_nextn_predict_layers and defaults to 1 (Qwen3.5 spells it
        # mtp_num_hidden_layers).
        mtp_modules=c.int("num_nextn_predict_layers", "mtp_num_hidden_layers", default=1),
        mtp_embedding_copies=False,  # mtp.* holds no embedding or head of its own
        linear_mixer=LinearMixer(
            kind="gated-deltanet",
            layers=linear,
            key_heads=c.int("linear_num_key_heads"),
            value_heads=c.int("linear_num_value_heads"),
            key_head_dim=c.int("linear_key_head_dim"),
            value_head_dim=c.int("linear_value_head_dim"),
            conv_kernel=c.int("linear_conv_kernel_dim"),
        )
        if linear
        else None,
    )
    return fields


def _lfm2(c: _Config) -> dict[str, Any]:
    # modeling_lfm2: short-convolution blocks ("conv") and attention blocks with per-head q/k norms; the SwiGLU
    # width is 2/3 of intermediate_size rounded up to block_multiple_of when block_auto_adjust_ff_dim is set.
    fields = _llama_like(c, tie_default=True)
    n = fields["n_layers"]
    width = fields["d_ff"]
    if c.bool("block_auto_adjust_ff_dim", default=False):
        width = int(2 * width / 3)
        multiplier = c.get("block_ffn_dim_multiplier", default=None)
        if multiplier is not None:
            step = c.int("block_multiple_of", default=256)
            width = step * ((int(float(multiplier) * width) + step - 1) // step)
    kinds = _layer_kinds(c, n, "full_attention_interval", 1)
    conv = sum(kind == "conv" for kind in kinds)
    if conv + sum(kind == "full_attention" for kind in kinds) != n:
        raise c.unsupported("layer types other than conv and full_attention")
    fields.update(
        d_ff=width,
        qk_norm="per-head",
        tie_embeddings=c.bool("tie_word_embeddings", "tie_embedding", default=True),
        linear_mixer=LinearMixer(kind="short-conv", layers=conv, conv_kernel=c.int("conv_L_cache", default=3),
                                 conv_bias=c.bool("conv_bias", default=False)) if conv else None,
    )
    return fields


def _gemma2(c: _Config) -> dict[str, Any]:
    # modeling_gemma2: four RMSNorms per layer (before and after attention and MLP); every second layer is global.
    fields = _llama_like(c, tie_default=True)
    fields.update(norm_position="sandwich", **_sliding(c, fields["n_layers"], every_default=2))
    return fields


def _gemma3_text(c: _Config) -> dict[str, Any]:
    # modeling_gemma3: as Gemma 2, plus q_norm/k_norm = Gemma3RMSNorm(head_dim); five local layers to one global.
    fields = _llama_like(c, tie_default=True)
    fields.update(norm_position="sandwich", qk_norm="per-head", **_sliding(c, fields["n_layers"], every_default=6))
    return fields


def _phi3(c: _Config) -> dict[str, Any]:
    # modeling_phi3: fused qkv_proj and gate_up_proj without biases (same count as separate matrices).
    fields = _llama_like(c)
    fields["rotary_fraction"] = float(c.get("partial_rotary_factor", default=1.0))
    fields.update(_sliding(c, fields["n_layers"]))
    return fields


def _olmo2(c: _Config) -> dict[str, Any]:
    # modeling_olmo2: norms after attention and MLP (post_attention_layernorm, post_feedforward_layernorm);
    # q_norm over heads x head_dim and k_norm over kv_heads x head_dim.
    fields = _llama_like(c)
    fields.update(norm_position="post", qk_norm="full-width")
    return fields


def _mistral(c: _Config) -> dict[str, Any]:
    fields = _llama_like(c)
    fields.update(_sliding(c, fields["n_layers"]))
    return fields


def _starcoder2(c: _Config) -> dict[str, Any]:
    # modeling_starcoder2: LayerNorm with bias, every Linear has use_bias, plain c_fc/c_proj MLP.
    fields = _llama_like(c, tie_default=True)
    bias = c.bool("use_bias", default=True)
    fields.update(
        ffn_type=_activation(c.get("hidden_act", default="gelu_pytorch_tanh")),
        norm="layernorm",
        bias_norm=True,
        bias_qkv=bias,
        bias_attn_out=bias,
        bias_ffn=bias,
        **_sliding(c, fields["n_layers"]),
    )
    return fields


def _gpt_neox(c: _Config) -> dict[str, Any]:
    # modeling_gpt_neox: fused query_key_value, biases (attention_bias), two LayerNorms per layer in both the
    # parallel (use_parallel_residual) and the sequential form, untied embed_out.
    d = c.int("hidden_size")
    heads = c.int("num_attention_heads")
    bias = c.bool("attention_bias", default=True)
    parallel = c.bool("use_parallel_residual", default=True)
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("num_hidden_layers"),
        n_heads=heads,
        d_ff=c.int("intermediate_size"),
        max_seq_len=c.int("max_position_embeddings"),
        ffn_type=_activation(c.get("hidden_act", default="gelu")),
        position_type="rotary",
        rotary_fraction=float(c.get("rotary_pct", "partial_rotary_factor", default=0.25)),
        parallel_block=parallel,
        parallel_norms=2 if parallel else 1,
        fused_qkv=True,
        bias_qkv=bias,
        bias_attn_out=bias,
        tie_embeddings=c.bool("tie_word_embeddings", default=False),
    )


def _gptj(c: _Config) -> dict[str, Any]:
    # modeling_gptj: one ln_1 before parallel attention and MLP; q/k/v/out without biases; lm_head with a bias.
    d = c.int("n_embd")
    heads = c.int("n_head")
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("n_layer"),
        n_heads=heads,
        d_ff=c.int("n_inner", default=4 * d),
        max_seq_len=c.int("n_positions"),
        ffn_type=_activation(c.get("activation_function", default="gelu_new")),
        position_type="rotary",
        rotary_fraction=c.int("rotary_dim", default=d // heads) / (d // heads),
        parallel_block=True,
        bias_qkv=False,
        bias_attn_out=False,
        bias_lm_head=True,
        tie_embeddings=c.bool("tie_word_embeddings", default=False),
    )


def _bloom(c: _Config) -> dict[str, Any]:
    # modeling_bloom: word_embeddings_layernorm, fused query_key_value, ALiBi, 4 x hidden MLP, all biases.
    d = c.int("hidden_size", "n_embed")
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=d,
        n_layers=c.int("n_layer", "num_hidden_layers"),
        n_heads=c.int("n_head", "num_attention_heads"),
        d_ff=4 * d,
        max_seq_len=c.int("seq_length", default=2048),  # ALiBi has no table; BLOOM was trained on 2048 tokens
        ffn_type="gelu",
        position_type="alibi",
        fused_qkv=True,
        embedding_norm=True,
        tie_embeddings=c.bool("tie_word_embeddings", default=True),
    )


def _stablelm(c: _Config) -> dict[str, Any]:
    # modeling_stablelm: LayerNorm with bias; q/k/v biases (use_qkv_bias); qk_layernorm is one LayerNorm per head.
    fields = _llama_like(c)
    parallel = c.bool("use_parallel_residual", default=False)
    fields.update(
        norm="layernorm",
        bias_norm=True,
        bias_qkv=c.bool("use_qkv_bias", default=False),
        bias_attn_out=False,
        bias_ffn=False,
        rotary_fraction=float(c.get("partial_rotary_factor", default=0.25)),
        # StableLmLayerNormPerHead builds each head's LayerNorm with bias=False
        qk_norm="full-width" if c.bool("qk_layernorm", default=False) else "none",
        qk_norm_bias=False,
        parallel_block=parallel,
    )
    return fields


def _cohere(c: _Config) -> dict[str, Any]:
    # modeling_cohere: LayerNorm without bias, one norm before parallel attention and MLP; use_qk_norm normalises
    # each head with its own weights (CohereLayerNorm((heads, head_dim))).
    fields = _llama_like(c, tie_default=True)
    fields.update(
        norm="layernorm",
        bias_norm=False,
        parallel_block=True,
        qk_norm="full-width" if c.bool("use_qk_norm", default=False) else "none",
    )
    return fields


def _cohere2(c: _Config) -> dict[str, Any]:
    # modeling_cohere2: Cohere's parallel block; three sliding-window layers to one global (sliding_window_pattern 4).
    fields = _cohere(c)
    fields.update(_sliding(c, fields["n_layers"], every_default=4))
    return fields


def _hunyuan_v1_dense(c: _Config) -> dict[str, Any]:
    # modeling_hunyuan_v1_dense: Llama layers with query_layernorm/key_layernorm = RMSNorm(head_dim), always built.
    fields = _llama_like(c)
    fields["qk_norm"] = "per-head"
    return fields


def _hunyuan_v1_moe(c: _Config) -> dict[str, Any]:
    # modeling_hunyuan_v1_moe: every layer MoE; experts and the always-built shared_mlp have intermediate_size
    # (the config's per-layer moe_intermediate_size list is not read by transformers); moe_topk per layer.
    fields = _hunyuan_v1_dense(c)
    top_k = c.get("moe_topk", default=1)
    if isinstance(top_k, list):
        if len(set(top_k)) != 1:
            raise c.unsupported("different moe_topk per layer")
        top_k = top_k[0]
    fields["moe"] = MoE(
        n_experts=c.int("num_experts", "num_local_experts"),
        top_k=int(top_k),
        expert_d_ff=fields["d_ff"],
        n_shared_experts=1,
    )
    return fields


def _nemotron(c: _Config) -> dict[str, Any]:
    # modeling_nemotron: LayerNorm1P with bias, plain up/down MLP with squared ReLU (relu2), partial rotary.
    fields = _llama_like(c)
    fields.update(
        ffn_type=_activation(c.get("hidden_act", default="relu2")),
        norm="layernorm",
        bias_norm=True,
        rotary_fraction=float(c.get("partial_rotary_factor", default=0.5)),
    )
    return fields


def _glm4(c: _Config) -> dict[str, Any]:
    # modeling_glm4: q/k/v biases (attention_bias), o_proj none; norms before and after attention and MLP.
    fields = _llama_like(c, qkv_bias=c.bool("attention_bias", default=True))
    fields.update(
        bias_attn_out=False,
        norm_position="sandwich",
        rotary_fraction=float(c.get("partial_rotary_factor", default=0.5)),
    )
    return fields


def _smollm3(c: _Config) -> dict[str, Any]:
    # modeling_smollm3: Llama layers; every no_rope_layer_interval-th layer has no rotary positions (no parameters).
    return _llama_like(c, tie_default=True)


def _ernie4_5(c: _Config) -> dict[str, Any]:
    # modeling_ernie4_5: every Linear has use_bias.
    fields = _llama_like(c, tie_default=True)
    bias = c.bool("use_bias", default=False)
    fields.update(bias_qkv=bias, bias_attn_out=bias, bias_ffn=bias)
    return fields


def _exaone4(c: _Config) -> dict[str, Any]:
    # modeling_exaone4: norms after attention and MLP, q_norm/k_norm = RMSNorm(head_dim), LLLG sliding pattern.
    fields = _llama_like(c, tie_default=True)
    fields.update(norm_position="post", qk_norm="per-head", **_sliding(c, fields["n_layers"], every_default=4))
    return fields


def _deepseek_v2(c: _Config) -> dict[str, Any]:
    # modeling_deepseek_v2: a MoE layer is any layer from first_k_dense_replace on (moe_layer_freq is not read);
    # q_lora_rank null (V2-Lite) projects queries directly.
    fields = _llama_like(c)
    fields.update(n_kv_heads=None, head_dim=None, mla=_mla(c), moe=_deepseek_moe(c))
    return fields


def _olmoe(c: _Config) -> dict[str, Any]:
    # modeling_olmoe: q_norm/k_norm over the full width; every layer is MoE with experts of intermediate_size.
    fields = _llama_like(c)
    fields.update(
        qk_norm="full-width",
        moe=MoE(n_experts=c.int("num_experts"), top_k=c.int("num_experts_per_tok"), expert_d_ff=fields["d_ff"]),
    )
    return fields


def _granitemoe(c: _Config) -> dict[str, Any]:
    # modeling_granitemoe: every layer is MoE (router without bias, fused gate/up experts of intermediate_size).
    fields = _llama_like(c, tie_default=True)
    fields["moe"] = MoE(n_experts=c.int("num_local_experts"), top_k=c.int("num_experts_per_tok"), expert_d_ff=fields["d_ff"])
    return fields


def _phimoe(c: _Config) -> dict[str, Any]:
    # modeling_phimoe: LayerNorm with bias, attention biases (attention_bias), lm_head bias (lm_head_bias).
    fields = _llama_like(c)
    fields.update(
        norm="layernorm",
        bias_norm=True,
        bias_lm_head=c.bool("lm_head_bias", default=False),
        moe=MoE(n_experts=c.int("num_local_experts"), top_k=c.int("num_experts_per_tok"), expert_d_ff=fields["d_ff"]),
    )
    return fields


def _ernie4_5_moe(c: _Config) -> dict[str, Any]:
    # modeling_ernie4_5_moe: MoE on layers start..end every interval; shared experts form one MLP of
    # moe_num_shared_experts x moe_intermediate_size; the score correction is a Parameter (Ernie4_5_MoeStatics).
    fields = _ernie4_5(c)
    n = fields["n_layers"]
    start = c.int("moe_layer_start_index", default=0)
    end = c.int("moe_layer_end_index", default=n - 1)
    end = n - 1 if end == -1 else end
    interval = c.int("moe_layer_interval", default=1)
    moe_layers = {i for i in range(n) if start <= i <= end and (i + 1) % interval == 0}
    shared = c.int("moe_num_shared_experts", default=0)
    fields["moe"] = MoE(
        n_experts=c.int("moe_num_experts"),
        top_k=c.int("moe_k"),
        expert_d_ff=c.int("moe_intermediate_size"),
        n_shared_experts=shared,
        router_correction_bias=True,
        **_moe_pattern(c, moe_layers, n),
    )
    return fields


def _glm4_moe(c: _Config) -> dict[str, Any]:
    # modeling_glm4_moe: DeepSeek-style MoE (first_k_dense_replace, shared experts, correction bias as a buffer),
    # q/k/v biases, optional per-head q_norm/k_norm. The num_nextn_predict_layers MTP layers are not built.
    fields = _llama_like(c, qkv_bias=c.bool("attention_bias", default=False))
    fields.update(
        bias_attn_out=False,
        rotary_fraction=float(c.get("partial_rotary_factor", default=0.5)),
        qk_norm="per-head" if c.bool("use_qk_norm", default=False) else "none",
        moe=_deepseek_moe(c),
        mtp_modules=c.int("num_nextn_predict_layers", default=0),
    )
    return fields


def _gpt_oss(c: _Config) -> dict[str, Any]:
    # modeling_gpt_oss: biases on q/k/v/o, the router and every expert; one sink logit per head; alternating
    # sliding and full attention.
    fields = _llama_like(c, qkv_bias=True)
    fields.update(
        bias_attn_out=True,
        bias_ffn=True,
        attention_sinks=True,
        moe=MoE(
            n_experts=c.int("num_local_experts"),
            top_k=c.int("num_experts_per_tok", "experts_per_token"),
            expert_d_ff=fields["d_ff"],
            router_bias=True,
        ),
        **_sliding(c, fields["n_layers"], every_default=2),
    )
    return fields


def _llama4_text(c: _Config) -> dict[str, Any]:
    # modeling_llama4: dense layers of intermediate_size_mlp; MoE layers (moe_layers, or every
    # interleave_moe_layer_step-th) have routed experts and one shared expert of intermediate_size. Its QK norm is
    # an L2 norm without weights, and its NoPE layers have no parameters.
    fields = _llama_like(c)
    n = fields["n_layers"]
    step = c.int("interleave_moe_layer_step", default=1)
    listed = c.get("moe_layers", default=None)
    moe_layers = set(listed) if listed is not None else {i for i in range(n) if (i + 1) % step == 0}
    width = c.int("intermediate_size")
    # Chunked attention (configuration_llama4.layer_types): layers with RoPE attend within chunks of
    # attention_chunk_size, the NoPE layers (every no_rope_layer_interval-th) to everything.  Entered as a window
    # of the chunk size, which bounds their KV cache the same way (a token sees at most one chunk).
    chunk = c.int("attention_chunk_size", default=None)
    if chunk is not None:
        rope = c.get("no_rope_layers", default=None) or [int((i + 1) % c.int("no_rope_layer_interval", default=4) != 0) for i in range(n)]
        types = ["sliding_attention" if flag else "full_attention" for flag in rope]
        fields.update(_sliding(_Config({"model_type": c.model_type, "sliding_window": chunk, "layer_types": types}), n))
    fields.update(
        d_ff=c.int("intermediate_size_mlp", default=16384),
        moe=MoE(
            n_experts=c.int("num_local_experts"),
            top_k=c.int("num_experts_per_tok"),
            expert_d_ff=width,
            n_shared_experts=1,
            **_moe_pattern(c, moe_layers, n),
        ),
    )
    return fields


def _dbrx(c: _Config) -> dict[str, Any]:
    # modeling_dbrx: LayerNorm without bias, fused Wqkv, no biases, every layer MoE with fused w1/v1/w2 experts.
    attn = _Config({**(c.get("attn_config", default={}) or {}), "model_type": "dbrx attn_config"})
    ffn = _Config({**(c.get("ffn_config", default={}) or {}), "model_type": "dbrx ffn_config"})
    heads = c.int("n_heads")
    width = ffn.int("ffn_hidden_size", default=3584)
    return dict(
        vocab_size=c.int("vocab_size"),
        d_model=c.int("d_model"),
        n_layers=c.int("n_layers"),
        n_heads=heads,
        n_kv_heads=attn.int("kv_n_heads", default=1),
        d_ff=width,
        max_seq_len=c.int("max_seq_len"),
        ffn_type="swiglu",
        norm="layernorm",
        bias_norm=False,
        position_type="rotary",
        fused_qkv=True,
        bias_qkv=False,
        bias_attn_out=False,
        bias_ffn=False,
        tie_embeddings=c.bool("tie_word_embeddings", default=False),
        moe=MoE(n_experts=ffn.int("moe_num_experts", default=4), top_k=ffn.int("moe_top_k", default=1), expert_d_ff=width),
    )


def _minimax_m2(c: _Config) -> dict[str, Any]:
    # modeling_minimax_m2: q_norm/k_norm over the full width (qk_norm_type per_layer), partial rotary (rotary_dim),
    # every layer MoE of intermediate_size; the routing bias is a buffer.  use_mtp / num_mtp_modules (3) describe
    # modules the released checkpoint does not hold (its weight_map names layers 0-61 only: MiniMax-AI/MiniMax-M2
    # issue 47, sgl-project/sglang pull request 13981), so no MTP module is counted (mtp_modules stays 0).
    fields = _llama_like(c)
    if c.bool("use_qk_norm", default=True) and c.get("qk_norm_type", default="per_layer") != "per_layer":
        raise c.unsupported(f"qk_norm_type {c.get('qk_norm_type')!r}")
    head = fields["head_dim"] or fields["d_model"] // fields["n_heads"]
    fields.update(
        qk_norm="full-width" if c.bool("use_qk_norm", default=True) else "none",
        rotary_fraction=c.int("rotary_dim", default=head) / head,
        moe=MoE(n_experts=c.int("num_local_experts"), top_k=c.int("num_experts_per_tok"), expert_d_ff=fields["d_ff"]),
    )
    return fields


def _distilbert(c: _Config) -> dict[str, Any]:
    # modeling_distilbert: word + position embeddings and a LayerNorm; post-norm layers; no token types, no pooler.
    return dict(
        family="encoder-only",
        vocab_size=c.int("vocab_size"),
        d_model=c.int("dim"),
        n_layers=c.int("n_layers"),
        n_heads=c.int("n_heads"),
        d_ff=c.int("hidden_dim"),
        ffn_type=_activation(c.get("activation", default="gelu")),
        max_seq_len=c.int("max_position_embeddings"),
        norm_position="post",
        final_norm=False,
        embedding_norm=True,
    )


def _electra(c: _Config) -> dict[str, Any]:
    # modeling_electra: BERT layers without a pooler; embeddings of embedding_size projected once to hidden_size.
    fields = _bert(c)
    width = c.int("embedding_size", default=fields["d_model"])
    fields.update(pooler=False, embedding_projection_dim=width if width != fields["d_model"] else None)
    return fields


def _deberta_v2(c: _Config) -> dict[str, Any]:
    # modeling_deberta_v2: DebertaV2Model has no pooler; with relative_attention the encoder holds
    # rel_embeddings (2 x position_buckets rows) and their LayerNorm; position_biased_input adds an absolute table.
    fields = _bert(c)
    relative = c.bool("relative_attention", default=False)
    absolute = c.bool("position_biased_input", default=True)
    # v2 xlarge/xxlarge: a ConvLayer after layer 0 (DebertaV2Encoder.conv, built when conv_kernel_size > 0).
    conv_kernel = max(0, c.int("conv_kernel_size", default=0) or 0)
    if conv_kernel and c.int("conv_groups", default=1) != 1:
        raise c.unsupported("a grouped convolution (conv_groups)")
    if c.int("embedding_size", default=fields["d_model"]) != fields["d_model"]:
        raise c.unsupported("embedding_size other than hidden_size")
    fields.update(pooler=False, type_vocab_size=c.int("type_vocab_size", default=0), position_offset=0,
                  conv_after_first_layer=conv_kernel)
    fields["max_seq_len"] = c.int("max_position_embeddings")
    if relative:
        if absolute:
            raise c.unsupported("relative attention together with absolute position embeddings")
        if not c.bool("share_att_key", default=False):
            raise c.unsupported("share_att_key false (separate position projections)")
        if "layer_norm" not in str(c.get("norm_rel_ebd", default="none")).lower():
            raise c.unsupported("relative embeddings without a layer norm")
        buckets = c.int("position_buckets", default=-1)
        if buckets <= 0:
            buckets = c.int("max_relative_positions", default=-1)
            buckets = buckets if buckets >= 1 else fields["max_seq_len"]
        fields.update(position_type="relative-embedding", relative_buckets=buckets)
    elif not absolute:
        fields["position_type"] = "none"
    return fields


def _modernbert(c: _Config) -> dict[str, Any]:
    # modeling_modernbert: fused Wqkv, gated Wi (2 x intermediate_size), LayerNorms (norm_bias), embedding norm and
    # final norm, no attn_norm in layer 0; global attention every global_attn_every_n_layers, local window elsewhere.
    bias_norm = c.bool("norm_bias", default=False)
    return dict(
        family="encoder-only",
        vocab_size=c.int("vocab_size"),
        d_model=c.int("hidden_size"),
        n_layers=c.int("num_hidden_layers"),
        n_heads=c.int("num_attention_heads"),
        d_ff=c.int("intermediate_size"),
        ffn_type="geglu" if "gelu" in str(c.get("hidden_activation", default="gelu")) else "swiglu",
        max_seq_len=c.int("max_position_embeddings"),
        position_type="rotary",
        fused_qkv=True,
        bias_qkv=c.bool("attention_bias", default=False),
        bias_attn_out=c.bool("attention_bias", default=False),
        bias_ffn=c.bool("mlp_bias", default=False),
        bias_norm=bias_norm,
        embedding_norm=True,
        first_attention_norm=False,
        sliding_window=c.int("local_attention", default=128),
        full_attention_every=c.int("global_attn_every_n_layers", default=3),
    )


def _mt5(c: _Config) -> dict[str, Any]:
    # modeling_mt5 is T5 with gated-gelu and an untied head, as the released checkpoints hold it.
    return _t5(c)


def _longt5(c: _Config) -> dict[str, Any]:
    # modeling_longt5: transient-global encoder attention adds parameters, local attention adds none.
    # configuration_longt5 always ties the head: the checkpoints hold only shared.weight.
    fields = _t5(c)
    kind = c.get("encoder_attention_type", default="local")
    if kind not in ("local", "transient-global"):
        raise c.unsupported(f"encoder_attention_type {kind!r}")
    fields.update(transient_global=kind == "transient-global", tie_embeddings=True)
    return fields


_IMPORTERS: dict[str, Callable[[_Config], dict[str, Any]]] = {
    "gpt2": _gpt2,
    "bert": _bert,
    "roberta": _bert,
    "t5": _t5,
    "bart": _bart,
    "llama": _llama,
    "mistral": _mistral,
    "mixtral": _mixtral,
    "qwen2": _qwen2,
    "qwen2_moe": _qwen2_moe,
    "gemma": _gemma,
    "phi": _phi,
    "phi-msft": _phi,
    "falcon": _falcon,
    "RefinedWebModel": _falcon,
    "RefinedWeb": _falcon,
    "opt": _opt,
    "deepseek_v3": _deepseek_v3,
    "switch_transformers": _switch,
    "qwen3": _qwen3,
    "qwen3_moe": _qwen3_moe,
    "gemma2": _gemma2,
    "gemma3_text": _gemma3_text,
    "phi3": _phi3,
    "olmo2": _olmo2,
    "granite": _llama,  # modeling_granite: Llama layers with scalar multipliers (no parameters)
    "starcoder2": _starcoder2,
    "gpt_neox": _gpt_neox,
    "gptj": _gptj,
    "bloom": _bloom,
    "stablelm": _stablelm,
    "cohere": _cohere,
    "glm4": _glm4,
    "cohere2": _cohere2,
    "nemotron": _nemotron,
    "qwen3_next": _qwen3_next,
    "lfm2": _lfm2,
    "hunyuan_v1_dense": _hunyuan_v1_dense,
    "hunyuan_v1_moe": _hunyuan_v1_moe,
    "smollm3": _smollm3,
    "ernie4_5": _ernie4_5,
    "exaone4": _exaone4,
    "deepseek_v2": _deepseek_v2,
    "olmoe": _olmoe,
    "granitemoe": _granitemoe,
    "phimoe": _phimoe,
    "ernie4_5_moe": _ernie4_5_moe,
    "glm4_moe": _glm4_moe,
    "gpt_oss": _gpt_oss,
    "llama4_text": _llama4_text,
    "dbrx": _dbrx,
    "minimax_m2": _minimax_m2,
    "distilbert": _distilbert,
    "electra": _electra,
    "xlm-roberta": _bert,
    "deberta-v2": _deberta_v2,
    "modernbert": _modernbert,
    "mt5": _mt5,
    "longt5": _longt5,
}

# Multimodal releases: their text_config is imported and their vision tower counted apart (_vision_parameters).
MULTIMODAL_MODEL_TYPES = ("gemma3", "llama4")
SUPPORTED_MODEL_TYPES = tuple(_IMPORTERS) + MULTIMODAL_MODEL_TYPES


def _vision_parameters(c: _Config, text_width: int) -> int:
    """The vision tower and projector of a multimodal release, exactly; 0 when the release is not known here."""
    vision = c.get("vision_config", default=None)
    if not isinstance(vision, dict):
        return 0
    v = _Config({**vision, "model_type": f"{c.model_type} vision_config"})
    if c.model_type == "gemma3":
        # modeling_siglip.SiglipVisionModel without its pooling head (Gemma 3 sets vision_use_head false): patch
        # Conv2d with bias, a position table per patch, pre-norm layers with biases everywhere, post_layernorm;
        # Gemma3MultiModalProjector: mm_input_projection_weight [d_vision, d_text] and mm_soft_emb_norm.
        if v.bool("vision_use_head", default=False):
            raise c.unsupported("a SigLIP vision tower with its pooling head")
        d, ff, layers = v.int("hidden_size", default=1152), v.int("intermediate_size", default=4304), v.int("num_hidden_layers", default=27)
        patch, image, channels = v.int("patch_size", default=14), v.int("image_size", default=896), v.int("num_channels", default=3)
        layer = 2 * 2 * d + 4 * (d * d + d) + 2 * d * ff + ff + d
        tower = channels * patch * patch * d + d + (image // patch) ** 2 * d + layers * layer + 2 * d
        return tower + d * text_width + d
    if c.model_type == "llama4":
        # modeling_llama4.Llama4VisionModel: class embedding, a position table for the patches and the class
        # token, an unbiased patch Linear, pre and post LayerNorms, layers with biases, the pixel-shuffle adapter
        # (fc1, fc2 without biases); Llama4MultiModalProjector: linear_1 [d_text, vision_output_dim].
        d, ff, layers = v.int("hidden_size", default=768), v.int("intermediate_size", default=5632), v.int("num_hidden_layers", default=34)
        patch, image, channels = v.int("patch_size", default=14), v.int("image_size", default=448), v.int("num_channels", default=3)
        ratio = float(v.get("pixel_shuffle_ratio", default=0.5))
        adapter_in = int(d / ratio**2)
        adapter_mid, adapter_out = v.int("projector_input_dim", default=4096), v.int("projector_output_dim", default=4096)
        if v.bool("multi_modal_projector_bias", default=False):
            raise c.unsupported("a Llama 4 projector with biases")
        layer = 4 * (d * d + d) + 2 * d * ff + ff + d + 2 * 2 * d
        tower = d + ((image // patch) ** 2 + 1) * d + d * channels * patch * patch + 2 * 2 * d + layers * layer
        tower += adapter_in * adapter_mid + adapter_mid * adapter_out
        return tower + text_width * v.int("vision_output_dim", default=adapter_out)
    return 0
_SUPPORTED_EXAMPLES = ("llama", "mistral", "qwen3", "qwen3_moe", "gemma3_text", "deepseek_v3", "gpt_oss", "bert", "t5")


def _supported_summary() -> str:
    """A short line: how many model types import, a few of them (the whole list is in the README)."""
    return f"{len(SUPPORTED_MODEL_TYPES)} model types are supported, among them " + ", ".join(_SUPPORTED_EXAMPLES)


_LLAMA_STYLE_KEYS = {"hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "vocab_size"}
# Keys of a config.json that never change the parameter count of a Llama-style model: PretrainedConfig's own
# (configuration_utils.py: token ids, dtype, bookkeeping) and LlamaConfig's (configuration_llama.py: rope, eps,
# dropout, initialisation, cache). A key outside these and outside what _llama_like reads is listed as ignored.
_COUNT_NEUTRAL_KEYS = frozenset({
    "model_type", "architectures", "_name_or_path", "transformers_version", "torch_dtype", "dtype", "bos_token_id",
    "eos_token_id", "pad_token_id", "use_cache", "rope_theta", "rope_scaling", "rope_parameters", "rms_norm_eps",
    "initializer_range", "attention_dropout", "pretraining_tp", "auto_map", "output_attentions",
    "output_hidden_states", "return_dict", "is_decoder", "id2label", "label2id", "problem_type", "tokenizer_class",
})
APPROXIMATE_FAMILY = "llama"


class ApproximateImport(BaseModel):
    """How an unknown model type was imported: as the closest supported family, with the keys it did not read."""

    model_config = ConfigDict(frozen=True)

    model_type: str = Field(max_length=200)
    imported_as: str = Field(max_length=40)
    ignored_keys: tuple[str, ...] = ()

    def describe(self) -> str:
        ignored = ", ".join(self.ignored_keys) if self.ignored_keys else "none"
        return (f"approximate: model_type {self.model_type!r} is not supported and was imported as {self.imported_as}; "
                f"keys not understood (their effect is missing): {ignored}")


def import_config(data: Any) -> tuple[Architecture, ApproximateImport | None]:
    """Like architecture_from_config, but an unknown model type whose keys are Llama-style is imported as Llama
    (with LlamaConfig's defaults) and returned with what was approximated; any other failure is an InputError."""
    if isinstance(data, dict) and data.get("model_type") is not None and data["model_type"] not in SUPPORTED_MODEL_TYPES \
            and not isinstance(data.get("text_config"), dict) and _LLAMA_STYLE_KEYS <= set(data):
        config = _Config(data, defaults_of=APPROXIMATE_FAMILY)
        architecture = _build(str(data["model_type"]), _IMPORTERS[APPROXIMATE_FAMILY], config)
        ignored = tuple(sorted(key for key in data if key not in config.read and key not in _COUNT_NEUTRAL_KEYS))
        return architecture, ApproximateImport(model_type=str(data["model_type"])[:200], imported_as=APPROXIMATE_FAMILY, ignored_keys=ignored)
    return architecture_from_config(data), None


def architecture_from_config(data: Any) -> Architecture:
    """Map a parsed config.json to an Architecture; raise InputError with one line on failure."""
    if not isinstance(data, dict):
        raise InputError("config.json should hold a JSON object")
    model_type = data.get("model_type")
    if model_type is None:
        raise InputError(f"config.json has no 'model_type'; {_supported_summary()}")
    importer = _IMPORTERS.get(model_type)
    text = data.get("text_config")
    if importer is None and isinstance(text, dict) and text.get("model_type") in _IMPORTERS:
        # A multimodal release (gemma3, llama4 ...): the language model is its text_config; the vision tower
        # and projector are counted apart where their reference implementation is known.
        language = architecture_from_config(text)
        vision = _vision_parameters(_Config(data), language.d_model)
        return language.model_copy(update={"vision_params": vision}) if vision else language
    if importer is None:
        hint = ""
        if _LLAMA_STYLE_KEYS <= set(data):
            hint = "; its keys are Llama-style, so the window and 'report' import it approximately, as llama"
        raise InputError(f"model_type {model_type!r} is not supported{hint}; {_supported_summary()}")
    return _build(model_type, importer, _Config(data))


def _build(model_type: str, importer: Callable[[_Config], dict[str, Any]], config: _Config) -> Architecture:
    """The Architecture an importer describes, every failure an InputError naming the model type."""
    try:
        fields = importer(config)
        if fields.get("ffn_type") not in (None, "gelu", "gelu_tanh", "relu", "relu2", "swiglu", "geglu"):
            raise InputError(f"{model_type} config.json: activation {fields['ffn_type']!r} is not supported")
        return Architecture(**fields)
    except ValidationError as error:
        raise InputError(f"{model_type} config.json describes an invalid design: {describe_validation_error(error)}") from None
    except ZeroDivisionError:
        raise InputError(f"{model_type} config.json: a head count or size is zero") from None
    except (TypeError, ValueError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(f"{model_type} config.json: {error}") from None


def load_config(path: str | Path) -> Architecture:
    """Read a config.json file and import it."""
    path = Path(path)
    return architecture_from_config(parse_json(read_text(path), path.name))
