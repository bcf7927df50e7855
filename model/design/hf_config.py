"""Import a Hugging Face `config.json` (a local file; nothing is downloaded).

Each supported `model_type` maps to an `Architecture` whose parameter count
equals the reference implementation's (transformers' modeling_<type>.py).
Both older and newer key spellings are accepted (e.g. GPT-2's n_ctx /
n_positions, Falcon's n_head / num_attention_heads, Phi's phi-msft format).
Every field that changes the count is honoured; a field that would change it
in a way the app cannot represent is refused with a message, never ignored.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from model.design.architecture import MLA, Architecture, MoE
from model.project.errors import InputError, describe_validation_error
from model.project.files import parse_json, read_text

_MISSING = object()


class _Config:
    """Read access to a config dict that names the key it could not find."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.model_type = str(data.get("model_type", ""))

    def get(self, *names: str, default: Any = _MISSING) -> Any:
        for name in names:
            value = self.data.get(name)
            if value is not None:
                return value
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
    offset = 2 if c.model_type == "roberta" else 0
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
    if heads > 0 and head_dim == d // heads and d % heads == 0:
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


def _dense_prefix(c: _Config, key: str) -> int:
    """Layers listed in `key` as dense must be the first ones (0, 1, ..., k-1)."""
    layers = c.get(key, default=[]) or []
    if sorted(layers) != list(range(len(layers))):
        raise c.unsupported(f"{key} other than the first layers")
    return len(layers)


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
        first_dense_layers=_dense_prefix(c, "mlp_only_layers"),
    )
    return fields


def _deepseek_v3(c: _Config) -> dict[str, Any]:
    fields = _llama_like(c)
    if c.int("moe_layer_freq", default=1) != 1:
        raise c.unsupported("moe_layer_freq other than 1")
    fields.update(
        n_kv_heads=None,
        head_dim=None,
        mla=MLA(
            q_lora_rank=c.int("q_lora_rank", default=None),
            kv_lora_rank=c.int("kv_lora_rank"),
            qk_nope_head_dim=c.int("qk_nope_head_dim"),
            qk_rope_head_dim=c.int("qk_rope_head_dim"),
            v_head_dim=c.int("v_head_dim"),
        ),
        moe=MoE(
            n_experts=c.int("n_routed_experts"),
            top_k=c.int("num_experts_per_tok"),
            expert_d_ff=c.int("moe_intermediate_size"),
            n_shared_experts=c.int("n_shared_experts", default=0),
            first_dense_layers=c.int("first_k_dense_replace", default=0),
        ),
    )
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


_IMPORTERS: dict[str, Callable[[_Config], dict[str, Any]]] = {
    "gpt2": _gpt2,
    "bert": _bert,
    "roberta": _bert,
    "t5": _t5,
    "bart": _bart,
    "llama": _llama,
    "mistral": _llama,
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
}

SUPPORTED_MODEL_TYPES = tuple(_IMPORTERS)


def architecture_from_config(data: Any) -> Architecture:
    """Map a parsed config.json to an Architecture; raise InputError with one line on failure."""
    if not isinstance(data, dict):
        raise InputError("config.json should hold a JSON object")
    model_type = data.get("model_type")
    if model_type is None:
        raise InputError("config.json has no 'model_type'; supported: " + ", ".join(SUPPORTED_MODEL_TYPES))
    importer = _IMPORTERS.get(model_type)
    if importer is None:
        raise InputError(f"model_type {model_type!r} is not supported; supported: " + ", ".join(SUPPORTED_MODEL_TYPES))
    try:
        fields = importer(_Config(data))
        if fields.get("ffn_type") not in (None, "gelu", "gelu_tanh", "relu", "swiglu", "geglu"):
            raise InputError(f"{model_type} config.json: activation {fields['ffn_type']!r} is not supported")
        return Architecture(**fields)
    except ValidationError as error:
        raise InputError(f"{model_type} config.json describes an invalid design: {describe_validation_error(error)}") from None
    except (TypeError, ValueError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(f"{model_type} config.json: {error}") from None


def load_config(path: str | Path) -> Architecture:
    """Read a config.json file and import it."""
    path = Path(path)
    return architecture_from_config(parse_json(read_text(path), path.name))
