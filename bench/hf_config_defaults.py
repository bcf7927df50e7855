"""Regenerate resources/hf_config_defaults.json from the installed transformers (a development tool, never run by
the app or the tests): the dataclass field defaults of each supported model_type's config class, which the importer
uses for keys a config.json leaves out.  Usage: python bench/hf_config_defaults.py (in a venv with transformers)."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import dataclasses  # noqa: E402

import transformers  # noqa: E402
from transformers import CONFIG_MAPPING  # noqa: E402

from model.design.hf_config import SUPPORTED_MODEL_TYPES  # noqa: E402

SKIP = {"transformers_version", "architectures", "id2label", "label2id", "layer_types", "moe_layers", "no_rope_layers",
        "rope_parameters", "rope_scaling", "torch_dtype", "dtype", "_name_or_path", "model_type", "task_specific_params",
        "output_hidden_states", "output_attentions", "return_dict", "chunk_size_feed_forward", "problem_type",
        "tokenizer_class", "prefix", "bos_token_id", "eos_token_id", "pad_token_id", "sep_token_id", "decoder_start_token_id",
        "_attn_implementation_autoset", "use_cache", "tie_encoder_decoder", "is_encoder_decoder", "is_decoder",
        "add_cross_attention", "cross_attention_hidden_size", "finetuning_task", "mlp_layer_types", "attn_type_list",
        "quantization_config", "text_config", "vision_config", "dense_act_fn", "is_gated_act"}
out = {"about": f"Defaults of the Hugging Face transformers config classes ({transformers.__version__}, "
        "the dataclass field defaults of CONFIG_MAPPING[model_type], before __post_init__ derives any), used for keys a config.json leaves out, as transformers does. "
        "Keys derived from others (layer_types, moe_layers) are left out, so they are derived from the file's own values.",
       "defaults": {}}
for mt in SUPPORTED_MODEL_TYPES:
    if mt not in CONFIG_MAPPING:
        print("no config class:", mt)
        continue
    d = {f.name: f.default for f in dataclasses.fields(CONFIG_MAPPING[mt]) if f.default is not dataclasses.MISSING}
    keep = {}
    for k, v in sorted(d.items()):
        if k in SKIP or k.startswith("_"):
            continue
        if isinstance(v, (bool, int, float, str)) or v is None:
            keep[k] = v
        elif isinstance(v, list) and all(isinstance(x, (int, float, str, bool)) for x in v) and len(v) <= 8:
            keep[k] = v
    out["defaults"][mt] = keep
json.dump(out, open(ROOT / "resources" / "hf_config_defaults.json", "w"), indent=1, sort_keys=False)
open(ROOT / "resources" / "hf_config_defaults.json", "a").write("\n")
print(len(out["defaults"]))
