"""Import of real published config.json files (tests/data/configs/, sources in reference_counts.json)."""

import json
from pathlib import Path

import pytest

from model.design.architecture import Architecture
from model.design.hf_config import SUPPORTED_MODEL_TYPES, architecture_from_config, import_config, load_config
from model.design.params import count_parameters
from model.project.errors import InputError

CONFIGS = Path(__file__).parents[1] / "data" / "configs"
REFERENCE = json.loads((CONFIGS / "reference_counts.json").read_text())["models"]
CONFIG_FILES = {slug: CONFIGS / f"{slug}.json" for slug in REFERENCE if (CONFIGS / f"{slug}.json").exists()}


@pytest.mark.parametrize("slug", sorted(CONFIG_FILES))
def test_config_import_matches_reference_count(slug):
    """Our count of the imported design equals transformers' count of the same config.json (multimodal releases:
    the language model, and the vision tower with its projector apart)."""
    arch = load_config(CONFIG_FILES[slug])
    count = count_parameters(arch)
    assert count.total == REFERENCE[slug]["total"]
    assert count.vision_tower == REFERENCE[slug].get("vision_tower", 0)


def test_every_required_model_type_has_a_real_config():
    required = {"gpt2", "bert", "roberta", "t5", "bart", "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "gemma", "phi",
                "falcon", "opt", "deepseek_v3", "switch_transformers",
                # issue 14: today's families
                "qwen3", "qwen3_moe", "gemma2", "gemma3_text", "phi3", "olmo2", "granite", "starcoder2", "gpt_neox", "gptj",
                "bloom", "stablelm", "cohere", "glm4", "smollm3", "ernie4_5", "exaone4", "deepseek_v2", "olmoe",
                "granitemoe", "phimoe", "ernie4_5_moe", "glm4_moe", "gpt_oss", "llama4_text", "dbrx", "minimax_m2",
                "distilbert", "electra", "xlm-roberta", "deberta-v2", "modernbert", "mt5", "longt5", "cohere2",
                "hunyuan_v1_dense", "hunyuan_v1_moe", "nemotron", "qwen3_next", "lfm2"}
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
        ({"model_type": "mamba"}, f"model_type 'mamba' is not supported; {len(SUPPORTED_MODEL_TYPES)} model types are supported, among them llama"),
        ({"hidden_size": 8}, "no 'model_type'"),
        ({"model_type": "RefinedWebModel", "vocab_size": 65024}, "missing 'hidden_size' or 'n_embd'"),
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


# Active parameters per token, derived by hand from each config (all parameters minus the routed experts a token
# does not visit); the model cards' rounded figures are in the comments.
@pytest.mark.parametrize(
    "slug,active",
    [
        # 48 MoE layers x (128 - 8) unvisited experts x 3 x 2048 x 768 less than the total; card: 3.3B activated
        ("qwen3-30b-a3b", 30_532_122_624 - 48 * 120 * 3 * 2048 * 768),
        # 94 layers x 120 experts x 3 x 4096 x 1536; card: 22B activated
        ("qwen3-235b-a22b", 235_093_634_560 - 94 * 120 * 3 * 4096 * 1536),
        # 26 MoE layers x 58 experts x 3 x 2048 x 1408; paper: 2.4B activated (input embedding not counted)
        ("deepseek-v2-lite", 15_706_484_224 - 26 * 58 * 3 * 2048 * 1408),
        # every layer: 28 experts x (3 x 2880 x 2880 weights + 2 x 2880 + 2880 biases); card: 3.61B without the
        # 579M input embedding
        ("gpt-oss-20b", 20_914_757_184 - 24 * 28 * (3 * 2880 * 2880 + 3 * 2880)),
        # 24 MoE layers (every second) x 127 experts x 3 x 5120 x 8192; card: 17B active
        ("llama-4-maverick-text", 400_711_848_960 - 24 * 127 * 3 * 5120 * 8192),
        # 40 layers x 12 experts x 3 x 6144 x 10752; card: 36B active
        ("dbrx", 131_596_523_520 - 40 * 12 * 3 * 6144 * 10752),
        # 27 MoE layers (1 to 27) x 58 experts x 3 x 2560 x 1536; card: 3B activated
        ("ernie-4.5-21b-a3b", 21_825_437_888 - 27 * 58 * 3 * 2560 * 1536),
    ],
)
def test_moe_active_parameters(slug, active):
    count = count_parameters(load_config(CONFIG_FILES[slug]))
    assert count.active == active


# Active per token = the total as transformers builds the model (reference_counts.json) minus the routed experts a
# token does not visit: MoE layers x (experts - top-k) x one expert's parameters.  Each figure was also obtained from
# transformers 5.24's own tensors on the meta device: sum(numel) less (E - k) / E of the fused `.experts.` tensors.
@pytest.mark.parametrize(
    "slug,total,unvisited,active",
    [
        # 32 layers x (16 - 2) experts x 3 x 4096 x 6400; card: 6.6B active
        ("phi-3.5-moe", 41_873_153_344, 32 * 14 * 3 * 4096 * 6400, 6_640_999_744),
        # 16 layers x (64 - 8) x 3 x 2048 x 1024; OLMoE paper (arXiv:2409.02060): 1.3B active of 6.9B
        ("olmoe-1b-7b-0924", 6_919_161_856, 16 * 56 * 3 * 2048 * 1024, 1_282_017_280),
        # 24 layers x (32 - 8) x 3 x 1024 x 512; card: 400M active
        ("granite-3.0-1b-a400m", 1_334_628_352, 24 * 24 * 3 * 1024 * 512, 428_658_688),
        # 89 MoE layers (3 dense first) x (160 - 8) x 3 x 5120 x 1536; card: 32B active (MTP module neither in the
        # total nor active)
        ("glm-4.5", 352_797_814_784, 89 * 152 * 3 * 5120 * 1536, 33_632_251_904),
        # 45 MoE layers (1 dense first) x (128 - 8) x 3 x 4096 x 1408; card: 12B active
        ("glm-4.5-air", 106_852_245_504, 45 * 120 * 3 * 4096 * 1408, 13_424_123_904),
        # 32 layers x (64 - 8) x 3 x 4096 x 3072 (experts as wide as intermediate_size); card: 13B active
        ("hunyuan-a13b", 80_393_183_232, 32 * 56 * 3 * 4096 * 3072, 12_747_448_320),
        # 62 layers x (256 - 8) x 3 x 3072 x 1536; card: 10B active
        ("minimax-m2", 228_689_748_992, 62 * 248 * 3 * 3072 * 1536, 11_030_537_216),
        # 48 layers x (512 - 10) x 3 x 2048 x 512; card: 3B activated (MTP module apart)
        ("qwen3-next-80b-a3b", 79_674_391_296, 48 * 502 * 3 * 2048 * 512, 3_874_929_408),
        # 48 MoE layers x (16 - 1) x 3 x 5120 x 8192; card: 17B active
        ("llama-4-scout-text", 107_769_861_120, 48 * 15 * 3 * 5120 * 8192, 17_172_894_720),
        # 36 layers x (128 - 4) x (3 x 2880 x 2880 weights + 2 x 2880 gate/up and 2880 down biases); card: 5.1B
        # active without the 579M input embedding (5.71B - 0.58B = 5.13B)
        ("gpt-oss-120b", 116_829_156_672, 36 * 124 * (3 * 2880 * 2880 + 3 * 2880), 5_711_982_912),
    ],
)
def test_moe_active_parameters_today(slug, total, unvisited, active):
    assert REFERENCE[slug]["total"] == total
    assert total - unvisited == active
    count = count_parameters(load_config(CONFIG_FILES[slug]))
    assert (count.total, count.active) == (total, active)


def test_qk_norm_per_head_and_full_width():
    qwen3 = load_config(CONFIG_FILES["qwen3-8b"])  # q_norm, k_norm: RMSNorm(128) in each of 36 layers
    assert qwen3.qk_norm == "per-head"
    plain = count_parameters(qwen3.model_copy(update={"qk_norm": "none"})).total
    assert count_parameters(qwen3).total - plain == 36 * 2 * 128
    olmo2 = load_config(CONFIG_FILES["olmo-2-7b"])  # q_norm RMSNorm(4096), k_norm RMSNorm(4096), 32 layers
    assert olmo2.qk_norm == "full-width"
    assert count_parameters(olmo2).total - count_parameters(olmo2.model_copy(update={"qk_norm": "none"})).total == 32 * 2 * 4096


def test_stablelm_qk_layernorm_has_no_bias():
    """modeling_stablelm.StableLmLayerNormPerHead: one LayerNorm(head_dim, bias=False) per query and per key head,
    although the block's other LayerNorms have biases (transformers 5.24 counts in reference_counts.json)."""
    stablelm = load_config(CONFIG_FILES["stablelm-2-12b"])  # 40 layers, 32 + 8 heads of 160
    assert (stablelm.qk_norm, stablelm.qk_norm_bias, stablelm.bias_norm) == ("full-width", False, True)
    count = count_parameters(stablelm)
    assert count.total == 12_143_185_920
    norms = count.breakdown.find("qk_norm")
    assert norms is not None and (norms.weights, norms.biases) == (40 * 160, 0)  # one layer's
    assert count.total - count_parameters(stablelm.model_copy(update={"qk_norm": "none"})).total == 40 * 40 * 160
    # a LayerNorm QK-norm with biases (Persimmon's, Chameleon's) adds as many biases again
    biased = count_parameters(stablelm.model_copy(update={"qk_norm_bias": True})).total
    assert biased - count.total == 256_000
    # the 1.6B file with qk_layernorm switched on: 24 x (32 + 32) x 64 weights, as transformers 5.24 counts
    small = json.loads(CONFIG_FILES["stablelm-2-1.6b"].read_text())
    assert count_parameters(architecture_from_config({**small, "qk_layernorm": True})).total == 1_644_613_632
    assert 1_644_613_632 - REFERENCE["stablelm-2-1.6b"]["total"] == 24 * 64 * 64


def test_qk_norm_bias_needs_a_layernorm_qk_norm():
    with pytest.raises(ValueError, match="a query/key norm bias needs a query/key norm of LayerNorm type"):
        Architecture(norm="rmsnorm", qk_norm="per-head", qk_norm_bias=True)
    with pytest.raises(ValueError, match="a query/key norm bias needs a query/key norm of LayerNorm type"):
        Architecture(qk_norm_bias=True)


def test_sliding_window_patterns():
    gemma3 = load_config(CONFIG_FILES["gemma-3-1b"])  # sliding_window_pattern 6: layers 5, 11, 17, 23 global
    assert (gemma3.sliding_window, gemma3.full_attention_every, gemma3.full_attention_layers(26)) == (512, 6, 4)
    oss = load_config(CONFIG_FILES["gpt-oss-20b"])  # layer_types: sliding, full, sliding, full ...
    assert (oss.sliding_window, oss.full_attention_every, oss.attention_sinks) == (128, 2, True)
    gemma2 = load_config(CONFIG_FILES["gemma-2-9b"])
    assert (gemma2.sliding_window, gemma2.full_attention_layers(42)) == (4096, 21)
    assert load_config(CONFIG_FILES["qwen3-8b"]).full_attention_layers(36) == 36
    # Llama 4: RoPE layers attend within 8192-token chunks, every 4th (NoPE) layer to everything.
    scout = load_config(CONFIG_FILES["llama-4-scout-text"])
    assert (scout.sliding_window, scout.full_attention_every, scout.full_attention_layers(48)) == (8192, 4, 12)


def test_layer_types_that_are_not_periodic_are_refused():
    data = json.loads(CONFIG_FILES["gpt-oss-20b"].read_text())
    data["layer_types"] = ["sliding_attention"] * 23 + ["full_attention"]
    data["layer_types"][0] = "full_attention"
    with pytest.raises(InputError, match="layer_types pattern"):
        architecture_from_config(data)


def test_mlp_only_layers_any_regular_pattern():
    data = json.loads(CONFIG_FILES["qwen3-30b-a3b"].read_text())
    data["mlp_only_layers"] = [0, 1, 2]
    arch = architecture_from_config(data)
    assert (arch.moe.first_dense_layers, arch.moe.every_n_layers) == (3, 1)
    data["mlp_only_layers"], data["decoder_sparse_step"] = [], 2
    assert architecture_from_config(data).moe_layer_count(48) == 24
    data["mlp_only_layers"], data["decoder_sparse_step"] = [0, 7], 1
    irregular = architecture_from_config(data)  # no leading+every-n pattern: the dense layers are listed
    assert irregular.moe.dense_layers == (0, 7) and irregular.moe_layer_count(48) == 46
    # an index past the last of the 48 layers names no layer in modeling_qwen2_moe (it only asks "is i listed?")
    data["mlp_only_layers"] = [0, 7, 48, 100]
    assert architecture_from_config(data).moe.dense_layers == (0, 7)
    with pytest.raises(ValueError, match=r"dense layer 48 is beyond the last layer \(47\)"):
        Architecture.model_validate(irregular.model_dump() | {"moe": irregular.moe.model_dump() | {"dense_layers": (0, 48)}})


def test_irregular_dense_layers_are_counted_exactly():
    # A small Qwen2-MoE-like config with mlp_only_layers [0, 7] (modeling_qwen2_moe.Qwen2MoeDecoderLayer: those two
    # layers get Qwen2MoeMLP(intermediate_size), the six others Qwen2MoeSparseMoeBlock). Counted by hand:
    #   attention  q 64x64+64, k 64x32+32, v 64x32+32, o 64x64 = 12,416; two RMSNorms 128
    #   dense FFN  3 x 64 x 128 = 24,576                        -> dense layer 37,120
    #   MoE FFN    router 64x4 = 256, experts 4 x 3 x 64 x 32 = 24,576, shared 3 x 64 x 64 = 12,288, shared gate 64
    #              = 37,184                                    -> MoE layer 49,728
    #   2 x 37,120 + 6 x 49,728 = 372,608; embedding 64,000 + untied head 64,000 + final norm 64 -> 500,672
    #   active: a MoE layer runs 256 + 2 x 6,144 + 12,288 + 64 = 24,896 of its FFN -> 37,440; 2 x 37,120 + 6 x 37,440
    #   + 128,064 = 426,944
    data = {"model_type": "qwen2_moe", "hidden_size": 64, "num_hidden_layers": 8, "num_attention_heads": 4,
            "num_key_value_heads": 2, "intermediate_size": 128, "moe_intermediate_size": 32,
            "shared_expert_intermediate_size": 64, "num_experts": 4, "num_experts_per_tok": 2, "decoder_sparse_step": 1,
            "mlp_only_layers": [0, 7], "vocab_size": 1000, "max_position_embeddings": 256, "tie_word_embeddings": False}
    arch = architecture_from_config(data)
    assert arch.moe.dense_layers == (0, 7)
    assert [arch.is_moe_layer(i) for i in range(8)] == [False] + [True] * 6 + [False]
    count = count_parameters(arch)
    assert (count.total, count.active) == (500_672, 426_944)
    # With decoder_sparse_step 2 (MoE on layers 1, 3, 5, 7) the listed layer 7 removes one MoE layer, layer 0 none.
    data["decoder_sparse_step"] = 2
    arch = architecture_from_config(data)
    assert arch.moe_layer_count(8) == 3 == sum(arch.is_moe_layer(i) for i in range(8))
    data["mlp_only_layers"] = [0, "x"]
    with pytest.raises(InputError, match="'mlp_only_layers' should be a list of layer indices"):
        architecture_from_config(data)


def test_encoder_specifics():
    electra = load_config(CONFIG_FILES["electra-small-discriminator"])
    assert electra.embedding_projection_dim == 128 and not electra.pooler
    deberta = load_config(CONFIG_FILES["deberta-v3-base"])  # rel_embeddings [512, 768] + LayerNorm(768)
    assert (deberta.position_type, deberta.relative_buckets) == ("relative-embedding", 256)
    relative = count_parameters(deberta).breakdown.find("relative_embeddings")
    assert relative is not None and relative.total == 512 * 768
    # DeBERTa-v2 xlarge: modeling_deberta_v2.ConvLayer after layer 0, conv [1536, 1536, 3] + bias, LayerNorm(1536)
    xlarge = load_config(CONFIG_FILES["deberta-v2-xlarge"])
    assert xlarge.conv_after_first_layer == 3
    conv = count_parameters(xlarge).breakdown.find("conv_layer")
    assert conv is not None and conv.total == 1536 * 1536 * 3 + 1536 + 2 * 1536 == 7_082_496
    assert count_parameters(xlarge).total == 884_593_152  # transformers 5.24 DebertaV2Model; 877,510,656 without it
    # the same layer on the v3-base widths: 768^2 x 3 + 768 + 2 x 768
    with_conv = count_parameters(deberta.model_copy(update={"conv_after_first_layer": 3})).total
    assert with_conv - count_parameters(deberta).total == 1_771_776
    with pytest.raises(InputError, match="a grouped convolution"):
        architecture_from_config({**json.loads(CONFIG_FILES["deberta-v2-xlarge"].read_text()), "conv_groups": 2})
    with pytest.raises(ValueError, match="the convolution after the first layer belongs to DeBERTa-v2 encoders"):
        Architecture(conv_after_first_layer=3)
    modernbert = load_config(CONFIG_FILES["modernbert-base"])  # layer 0 has no attn_norm: 21 + 22 + 2 norms of 768
    assert not modernbert.first_attention_norm
    with_norm = count_parameters(modernbert.model_copy(update={"first_attention_norm": True})).total
    assert with_norm - count_parameters(modernbert).total == 768
    longt5 = load_config(CONFIG_FILES["long-t5-tglobal-base"])
    assert longt5.transient_global and longt5.tie_embeddings
    assert load_config(CONFIG_FILES["mt5-small"]).tie_embeddings is False


def test_missing_keys_take_the_config_class_defaults():
    # LlamaConfig's defaults are Llama 2 7B's sizes: transformers builds 6,738,415,616 parameters from {"model_type": "llama"}.
    assert count_parameters(architecture_from_config({"model_type": "llama"})).total == 6_738_415_616
    data = json.loads(CONFIG_FILES["llama-2-7b"].read_text())
    del data["max_position_embeddings"]  # LlamaConfig default: 2048
    assert architecture_from_config(data).max_seq_len == 2048
    # Qwen3Config's head_dim default is 128, not hidden_size / heads; an explicit null keeps the derived value.
    qwen3 = json.loads(CONFIG_FILES["qwen3-0.6b"].read_text())
    del qwen3["head_dim"]
    assert architecture_from_config(qwen3).head_size == 128
    lite = json.loads(CONFIG_FILES["deepseek-v2-lite"].read_text())  # "q_lora_rank": null, DeepseekV2Config default 1536
    assert architecture_from_config(lite).mla.q_lora_rank is None


# A hand-written config of an unknown model type with Llama's keys and one key Llama does not have.
MY_LLAMA = {"model_type": "my_llama", "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
            "num_key_value_heads": 2, "intermediate_size": 128, "vocab_size": 1000, "max_position_embeddings": 256,
            "rms_norm_eps": 1e-5, "torch_dtype": "bfloat16", "my_gate_mode": "sigmoid"}


def test_unknown_llama_style_model_type_says_how_to_approximate():
    data = json.loads(CONFIG_FILES["llama-2-7b.json".removesuffix(".json")].read_text())
    data["model_type"] = "my_llama"
    with pytest.raises(InputError, match="model_type 'my_llama' is not supported; its keys are Llama-style"):
        architecture_from_config(data)  # the strict import refuses; import_config approximates


def test_unknown_llama_style_model_type_imports_approximately_as_llama():
    architecture, approximate = import_config(dict(MY_LLAMA))
    # As LlamaForCausalLM builds it: per layer q 64x64 + k 64x32 + v 64x32 + o 64x64 = 12,288, SwiGLU 3 x 64 x 128
    # = 24,576, two RMSNorms 128 -> 36,992; 2 layers 73,984 + embedding 64,000 + untied head 64,000 + final norm 64.
    assert count_parameters(architecture).total == 202_048
    assert approximate is not None
    assert (approximate.model_type, approximate.imported_as, approximate.ignored_keys) == ("my_llama", "llama", ("my_gate_mode",))
    assert "keys not understood (their effect is missing): my_gate_mode" in approximate.describe()
    # Known model types import exactly, with nothing approximated.
    assert import_config({**MY_LLAMA, "model_type": "llama"})[1] is None


def test_unknown_model_type_without_llama_keys_is_refused_plainly():
    data = {"model_type": "my_rnn", "hidden_size": 64, "vocab_size": 1000}
    with pytest.raises(InputError, match=r"model_type 'my_rnn' is not supported; \d+ model types are supported") as error:
        import_config(data)
    assert "Llama-style" not in str(error.value)


def test_multimodal_releases_count_the_vision_tower_apart():
    # transformers Gemma3ForConditionalGeneration: 27,432,406,640 = 27,009,346,304 language model + 416,866,032
    # SigLIP (the report's "417M vision encoder") + 6,194,304 projector.
    count = count_parameters(load_config(CONFIG_FILES["gemma-3-27b"]))
    assert (count.total, count.vision_tower) == (27_009_346_304, 416_866_032 + 6_194_304)
    # Llama 4 Scout: 108,641,793,536 in all ("109B"), of which 871,932,416 vision model and projector.
    scout = count_parameters(load_config(CONFIG_FILES["llama-4-scout"]))
    assert scout.total + scout.vision_tower == 108_641_793_536


def test_multimodal_config_imports_its_language_model():
    # Gemma 3 4B-style release: the text_config leaves most keys to Gemma3TextConfig's defaults.
    text = json.loads(CONFIG_FILES["gemma-3-1b"].read_text())
    data = {"model_type": "gemma3", "text_config": text}
    assert count_parameters(architecture_from_config(data)).total == 999_885_952


def test_nemotron_squared_relu():
    arch = load_config(CONFIG_FILES["minitron-4b"])  # hidden_act relu2: a plain up/down MLP
    assert arch.ffn_type == "relu2" and not arch.gated_ffn and arch.rotary_fraction == 0.5


def test_hybrids_linear_attention_and_short_convolution():
    from model.estimate import compute, memory

    # Qwen3-Next 80B-A3B: 36 Gated DeltaNet layers and 12 gated full-attention layers (full_attention_interval 4).
    qwen = load_config(CONFIG_FILES["qwen3-next-80b-a3b"])
    assert qwen.linear_mixer.kind == "gated-deltanet" and qwen.linear_mixer.layers == 36 and qwen.attention_output_gate
    mixer = count_parameters(qwen).breakdown.find("linear_attention")
    # modeling_qwen3_next: in_proj_qkvz [12288, 2048], in_proj_ba [64, 2048], conv1d [8192, 1, 4], dt_bias and
    # A_log [32], norm [128], out_proj [2048, 4096]
    assert mixer.total == 12288 * 2048 + 64 * 2048 + 8192 * 4 + 2 * 32 + 128 + 2048 * 4096
    # KV cache only in the 12 attention layers (2 KV heads of 256); each DeltaNet layer keeps 32 x 128 x 128
    # state values and 8192 x 4 convolution inputs.
    assert memory.kv_cache_bytes_per_token(qwen, 2.0, 4096) == 12 * 2 * 2 * 256 * 2
    assert memory.recurrent_state_bytes(qwen, 2.0) == 36 * (32 * 128 * 128 + 8192 * 4) * 2
    assert compute.attended_positions(qwen, 4096) == 12 * 4096
    # LFM2-1.2B: 10 short-convolution blocks and 6 attention blocks; SwiGLU width 2/3 x 12288 = 8192.
    lfm2 = load_config(CONFIG_FILES["lfm2-1.2b"])
    assert (lfm2.linear_mixer.kind, lfm2.linear_mixer.layers, lfm2.d_ff) == ("short-conv", 10, 8192)
    conv = count_parameters(lfm2).breakdown.find("short_conv")
    assert conv.total == 2048 * 3 * 2048 + 2048 * 3 + 2048 * 2048  # in_proj, depthwise conv (3 taps), out_proj
    assert memory.recurrent_state_bytes(lfm2, 2.0) == 10 * 2048 * 3 * 2
