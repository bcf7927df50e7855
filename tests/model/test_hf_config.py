"""Import of real published config.json files (tests/data/configs/, sources in reference_counts.json)."""

import json
from pathlib import Path

import pytest

from model.design.hf_config import SUPPORTED_MODEL_TYPES, architecture_from_config, load_config
from model.design.params import count_parameters
from model.project.errors import InputError

CONFIGS = Path(__file__).parents[1] / "data" / "configs"
REFERENCE = json.loads((CONFIGS / "reference_counts.json").read_text())["models"]
CONFIG_FILES = {slug: CONFIGS / f"{slug}.json" for slug in REFERENCE if (CONFIGS / f"{slug}.json").exists()}


@pytest.mark.parametrize("slug", sorted(CONFIG_FILES))
def test_config_import_matches_reference_count(slug):
    """Our count of the imported design equals transformers' count of the same config.json."""
    arch = load_config(CONFIG_FILES[slug])
    assert count_parameters(arch).total == REFERENCE[slug]["total"]


def test_every_required_model_type_has_a_real_config():
    required = {"gpt2", "bert", "roberta", "t5", "bart", "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "gemma", "phi",
                "falcon", "opt", "deepseek_v3", "switch_transformers"}
    seen = {json.loads(p.read_text())["model_type"] for p in CONFIG_FILES.values()}
    assert required <= seen <= set(SUPPORTED_MODEL_TYPES)


def test_t5_v1_1_is_gated_and_untied():
    arch = load_config(CONFIG_FILES["t5-v1_1-small"])
    assert arch.ffn_type == "geglu" and not arch.tie_embeddings
    assert count_parameters(arch).total == 76_961_152  # transformers T5ForConditionalGeneration


def test_older_key_spellings():
    gpt2 = json.loads(CONFIG_FILES["gpt2-small"].read_text())
    gpt2["n_ctx"] = gpt2.pop("n_positions")  # the spelling of early transformers releases
    assert count_parameters(architecture_from_config(gpt2)).total == 124_439_808
    # Falcon's RefinedWebModel config (n_head, n_layer, multi_query) and today's falcon config agree.
    legacy, new = load_config(CONFIG_FILES["falcon-7b-legacy"]), load_config(CONFIG_FILES["falcon-7b"])
    assert count_parameters(legacy).total == count_parameters(new).total == 6_921_720_704


def test_opt_350m_projection_and_post_norm():
    arch = load_config(CONFIG_FILES["opt-350m"])
    assert arch.embedding_projection_dim == 512 and arch.norm_position == "post" and not arch.final_norm
    assert count_parameters(arch).total == 331_196_416


@pytest.mark.parametrize(
    "data,message",
    [
        ({"model_type": "mamba"}, "model_type 'mamba' is not supported; supported: gpt2"),
        ({"hidden_size": 8}, "no 'model_type'"),
        ({"model_type": "llama", "hidden_size": 4096}, "missing 'num_attention_heads'"),
        ({"model_type": "gpt2", "n_embd": "768", "n_layer": 12, "n_head": 12, "vocab_size": 5, "n_positions": 8}, "'n_embd' should be a whole number"),
        ({"model_type": "gpt2", "n_embd": 768, "n_layer": 12, "n_head": 7, "vocab_size": 5, "n_positions": 8}, "not divisible by the number of heads"),
        ({"model_type": "gpt2", "n_embd": 768, "n_layer": -1, "n_head": 12, "vocab_size": 5, "n_positions": 8}, "n_layers: Input should be greater than or equal to 1"),
        ([1, 2], "should hold a JSON object"),
    ],
)
def test_bad_configs_give_one_line(data, message):
    with pytest.raises(InputError) as caught:
        architecture_from_config(data)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
