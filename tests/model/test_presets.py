"""Every preset against its published count; sources are in each preset file.

Exact presets equal the count Hugging Face transformers gives for the model
(tied weights once), recorded in the preset's `published.total`; the same
figures, computed independently on PyTorch's meta device, are in
tests/data/configs/reference_counts.json.
"""

import json
from pathlib import Path

import pytest

from model.design.params import count_parameters
from model.design.presets import find_preset, load_presets

PRESETS = load_presets()
REQUIRED = {
    "gpt2-small", "gpt2-medium", "gpt2-large", "gpt2-xl", "gpt3-175b", "bert-base", "bert-large", "roberta-base",
    "t5-small", "t5-base", "t5-large", "t5-3b", "t5-11b", "flan-t5-xl", "bart-large", "llama-2-7b", "llama-2-13b",
    "llama-2-70b", "llama-3-8b", "llama-3-70b", "llama-3.1-405b", "mistral-7b", "mixtral-8x7b", "mixtral-8x22b",
    "qwen2.5-7b", "qwen1.5-moe-a2.7b", "gemma-2b", "gemma-7b", "phi-2", "falcon-7b", "opt-175b", "deepseek-v3",
    "switch-base-8", "switch-c-2048", "textbook", "dense-1t",
    # issue 14: today's models
    "qwen3-0.6b", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b", "deepseek-v2-lite", "deepseek-r1", "kimi-k2",
    "glm-4.5", "glm-4.5-air", "gpt-oss-20b", "gpt-oss-120b", "llama-4-scout", "llama-4-maverick", "gemma-2-9b",
    "gemma-3-1b", "gemma-3-27b", "phi-4", "mistral-small-3-24b", "olmo-2-7b", "minimax-m2", "ernie-4.5-21b-a3b",
    "hunyuan-a13b", "qwen3-next-80b-a3b",
}


def test_every_required_preset_exists():
    assert REQUIRED <= set(PRESETS)


@pytest.mark.parametrize("preset_id", sorted(PRESETS))
def test_preset_matches_published_total(preset_id):
    preset = PRESETS[preset_id]
    count = count_parameters(preset.architecture)
    published = preset.published
    assert preset.source and published.source
    if published.exact:
        assert count.total == published.total
    else:
        # a rounded headline ("175B"): ours must round to it
        assert abs(count.total - published.total) <= published.rounded_to / 2
    if published.active is not None:
        # MoE headline figures ("12.9B active") are rounded; within one unit of the last digit
        active = count.active
        if published.active_without_input_embedding:
            arch = preset.architecture
            active -= arch.vocab_size * (arch.embedding_projection_dim or arch.d_model)
        assert abs(active - published.active) <= published.active_rounded_to


# Exact figures, repeated here so a changed preset file cannot silently move a golden number.
# Source: Hugging Face transformers on the meta device (tests/data/configs/reference_counts.json)
# and shared/reference/published_param_counts.json.
GOLDEN = {
    "gpt2-small": 124_439_808,
    "bert-base": 109_482_240,
    "t5-small": 60_506_624,
    "llama-2-7b": 6_738_415_616,
    "mixtral-8x7b": 46_702_792_704,
    "textbook": 123_417_600,
    "llama-3-8b": 8_030_261_248,
    "deepseek-v3": 671_026_404_352,
    "qwen1.5-moe-a2.7b": 14_315_784_192,
    "falcon-7b": 6_921_720_704,
    "phi-2": 2_779_683_840,
    "gemma-7b": 8_537_680_896,
    "bart-large": 406_291_456,
    "opt-175b": 174_604_468_224,
    "switch-base-8": 619_339_008,
    # issue 14 (transformers 5.24 on the meta device, tests/data/configs/reference_counts.json)
    "qwen3-8b": 8_190_735_360,
    "qwen3-30b-a3b": 30_532_122_624,
    "gpt-oss-20b": 20_914_757_184,
    "gpt-oss-120b": 116_829_156_672,
    "llama-4-maverick": 400_711_848_960,
    "gemma-3-27b": 27_009_346_304,
    "kimi-k2": 1_026_408_209_408,
    "deepseek-r1": 671_026_404_352,
}


@pytest.mark.parametrize("preset_id,total", sorted(GOLDEN.items()))
def test_golden_totals(preset_id, total):
    assert count_parameters(PRESETS[preset_id].architecture).total == total


def test_moe_active_counts():
    # Mixtral 8x7B: 12,879,925,248 active ("12.9B", Jiang et al. 2024); DeepSeek-V3: "37B activated";
    # Qwen1.5-MoE-A2.7B: "2.7B activated".
    assert count_parameters(PRESETS["mixtral-8x7b"].architecture).active == 12_879_925_248
    assert count_parameters(PRESETS["deepseek-v3"].architecture).active == 37_552_282_624
    assert count_parameters(PRESETS["qwen1.5-moe-a2.7b"].architecture).active == 2_689_173_504


def test_reference_file_agrees_with_presets():
    """The independent meta-device counts and the preset files tell the same story."""
    reference = json.loads((Path(__file__).parents[1] / "data/configs/reference_counts.json").read_text())["models"]
    by_total = {p.published.total for p in PRESETS.values() if p.published.exact}
    checked = [slug for slug, r in reference.items() if r["total"] in by_total]
    assert len(checked) >= 30


def test_find_preset_by_name_or_id():
    assert find_preset("GPT-2 small").id == "gpt2-small"
    assert find_preset("  LLAMA-2-7B ").id == "llama-2-7b"
    assert find_preset("no such model") is None
