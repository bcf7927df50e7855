"""Parameter accounting: exact figures worked by hand, and invariants over random designs."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.design.architecture import MLA, Architecture, MoE
from model.design.params import count_parameters

# shared/reference/published_param_counts.json: the textbook example, worked by hand.
# Per layer: attention 4 x 768^2 = 2,359,296 (no biases); FFN 2 x 768 x 3072 + 3072 + 768 = 4,722,432;
# two LayerNorms 2 x 2 x 768 = 3,072.  Embedding 50,000 x 768 = 38,400,000, tied head, no final norm.
TEXTBOOK = Architecture(vocab_size=50000, position_type="sinusoidal", bias_qkv=False, bias_attn_out=False, final_norm=False)


def test_textbook_total_and_layer_parts():
    count = count_parameters(TEXTBOOK)
    assert count.total == 123_417_600  # not the 123,383,808 a widely copied article prints
    layers = count.breakdown.find("layers")
    assert layers.copies == 12 and layers.per_copy == 7_084_800
    # children describe one layer
    assert layers.find("attention").total == 2_359_296
    assert layers.find("ffn").total == 4_722_432
    assert layers.find("norms").total == 3_072
    assert count.breakdown.find("token").total == 38_400_000


def test_gpt2_small_weights_and_biases():
    # GPT-2 small (shared/reference): 124,439,808 in all. Biases per layer: qkv 3d, out d, fc 4d, proj d,
    # LayerNorm biases 2d = 11d = 8,448; x 12 layers + final LayerNorm bias 768 = 102,144.
    count = count_parameters(Architecture())
    assert count.total == 124_439_808
    assert count.biases == 12 * 11 * 768 + 768 == 102_144
    assert count.weights == 124_439_808 - 102_144
    # Embedding: 50,257 x 768 tokens + 1,024 x 768 positions (Kaplan et al. 2020 exclude these from N).
    assert count.embedding == 50257 * 768 + 1024 * 768 == 39_383_808
    assert count.non_embedding == 85_056_000


def test_mixtral_active_parameters_by_hand():
    # Mixtral 8x7B: 32 layers of 8 SwiGLU experts 3 x 4096 x 14336; 2 of 8 active per token.
    arch = Architecture(
        vocab_size=32000, d_model=4096, n_layers=32, n_heads=32, n_kv_heads=8, d_ff=14336, ffn_type="swiglu", norm="rmsnorm",
        position_type="rotary", bias_qkv=False, bias_attn_out=False, bias_ffn=False, tie_embeddings=False, max_seq_len=32768,
        moe=MoE(n_experts=8, top_k=2, expert_d_ff=14336),
    )
    count = count_parameters(arch)
    expert = 3 * 4096 * 14336
    assert count.total == 46_702_792_704  # shared/reference/published_param_counts.json
    assert count.active == count.total - 32 * 6 * expert == 12_879_925_248  # "about 12.9B"
    assert round(count.sparse_activation_ratio, 4) == 0.2758


def test_mla_attention_by_hand():
    # DeepSeek-V3 attention (arXiv:2412.19437 section 2.1; modeling_deepseek_v3): d 7168, 128 heads,
    # q_a 7168x1536, q_norm 1536, q_b 1536x(128x192), kv_a 7168x(512+64), kv_norm 512, kv_b 512x(128x256), o (128x128)x7168.
    arch = Architecture(d_model=7168, n_heads=128, norm="rmsnorm", bias_qkv=False, bias_attn_out=False, position_type="rotary", mla=MLA())
    attention = count_parameters(arch).breakdown.find("attention")
    expected = 7168 * 1536 + 1536 + 1536 * 128 * 192 + 7168 * 576 + 512 + 512 * 128 * 256 + 128 * 128 * 7168
    assert attention.total == expected == 187_107_328


def test_ten_trillion_parameters_are_exact_integers():
    arch = Architecture(vocab_size=256000, d_model=65536, n_layers=200, n_heads=512, d_ff=4 * 65536, max_seq_len=8192)
    count = count_parameters(arch)
    per_layer = 12 * 65536**2 + 13 * 65536
    assert count.total == 200 * per_layer + 256000 * 65536 + 8192 * 65536 + 2 * 65536
    assert isinstance(count.total, int) and count.total > 10**13


# --- invariants over random designs -------------------------------------------------------

families = st.sampled_from(["encoder-only", "decoder-only", "encoder-decoder"])


@st.composite
def designs(draw, moe=st.booleans()):
    family = draw(families)
    n_heads = draw(st.sampled_from([1, 2, 4, 8, 16]))
    kv = draw(st.sampled_from([d for d in (1, 2, 4, 8, 16) if n_heads % d == 0]))
    d_model = n_heads * draw(st.integers(1, 64))
    with_moe = draw(moe)
    n_layers = draw(st.integers(1, 12))
    moe_settings = None
    if with_moe:
        n_experts = draw(st.integers(1, 64))
        moe_settings = MoE(
            n_experts=n_experts, top_k=draw(st.integers(1, n_experts)), expert_d_ff=draw(st.integers(1, 512)),
            n_shared_experts=draw(st.integers(0, 2)), every_n_layers=draw(st.integers(1, 2)), router_bias=draw(st.booleans()),
        )
        if max(n_layers, 1) < moe_settings.every_n_layers:
            n_layers = moe_settings.every_n_layers
    parallel = family != "encoder-decoder" and draw(st.booleans())
    return Architecture(
        family=family, vocab_size=draw(st.integers(1, 100_000)), d_model=d_model, n_layers=n_layers,
        n_decoder_layers=draw(st.integers(1, 12)) if family == "encoder-decoder" else None,
        n_heads=n_heads, n_kv_heads=kv, d_ff=draw(st.integers(1, 4096)), max_seq_len=draw(st.integers(1, 4096)),
        ffn_type=draw(st.sampled_from(["gelu", "relu", "swiglu", "geglu"])), norm=draw(st.sampled_from(["layernorm", "rmsnorm"])),
        parallel_block=parallel, bias_qkv=draw(st.booleans()), bias_ffn=draw(st.booleans()), tie_embeddings=draw(st.booleans()),
        position_type=draw(st.sampled_from(["learned", "rotary", "relative-bias", "none"])), moe=moe_settings,
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(designs())
def test_active_never_exceeds_total_and_parts_add_up(arch):
    count = count_parameters(arch)
    assert 0 < count.active <= count.total
    assert count.weights + count.biases == count.total
    assert sum(c.total for c in count.breakdown.children) == count.total
    if arch.moe is None or arch.moe.top_k == arch.moe.n_experts:
        assert count.active == count.total


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(designs())
def test_adding_a_layer_adds_exactly_one_layer(arch):
    stack = "encoder" if arch.family == "encoder-only" else "decoder"
    n = arch.decoder_layers if arch.family == "encoder-decoder" else arch.n_layers
    field = "n_decoder_layers" if arch.family == "encoder-decoder" else "n_layers"
    bigger = Architecture.model_validate({**arch.model_dump(), field: n + 1})
    before, after = count_parameters(arch), count_parameters(bigger)
    new_is_moe = bigger.is_moe_layer(n)
    kind = "moe_layers" if new_is_moe else "layers"
    block = after.breakdown.find(stack).find(kind)
    assert after.total - before.total == block.per_copy


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(designs(moe=st.just(False)))
def test_encoder_decoder_equals_its_parts(arch):
    """Encoder-decoder = embeddings + encoder stack + decoder stack (+ untied head), each counted alone."""
    if arch.family != "encoder-decoder":
        return
    count = count_parameters(arch)
    encoder_only = Architecture.model_validate({**arch.model_dump(), "family": "encoder-only", "n_decoder_layers": None})
    enc = count_parameters(encoder_only).breakdown.find("encoder").total
    parts = {c.key: c.total for c in count.breakdown.children}
    assert parts["encoder"] == enc
    # The decoder has one cross-attention per layer on top of an encoder-like layer.
    dec_layer = count.breakdown.find("decoder").find("layers")
    enc_layer = count_parameters(encoder_only).breakdown.find("encoder").find("layers")
    cross = dec_layer.find("cross_attention").total
    norm_width = 2 * arch.d_model if arch.norm == "layernorm" and arch.bias_norm else arch.d_model
    assert dec_layer.per_copy == enc_layer.per_copy + cross + norm_width
    assert sum(parts.values()) == count.total


def test_mtp_modules_are_shown_apart_and_never_active():
    from pathlib import Path

    from model.design.hf_config import load_config

    # DeepSeek-V3's checkpoint holds one MTP module (model.layers.61): enorm, hnorm and shared_head.norm (3 x 7168),
    # eh_proj (14336 x 7168) and one MoE block; DeepSeek-V3's README_WEIGHTS.md: "11.5B unique parameters".
    v3 = load_config(Path(__file__).parents[1] / "data" / "configs" / "deepseek-v3.json")
    assert v3.mtp_modules == 1 and not v3.count_mtp
    count = count_parameters(v3)
    moe_block = count.breakdown.find("moe_layers").per_copy
    assert count.total == 671_026_404_352  # transformers DeepseekV3ForCausalLM does not build the module
    assert count.mtp == 3 * 7168 + 2 * 7168 * 7168 + moe_block == 11_610_067_968
    counted = count_parameters(v3.model_copy(update={"count_mtp": True}))
    assert counted.total == count.total + count.mtp and counted.active == count.active


def test_the_checkpoint_sum_adds_mtp_modules_their_copies_and_a_vision_tower():
    from pathlib import Path

    from model.design.hf_config import load_config
    from model.project.report import checkpoint_sentence

    configs = Path(__file__).parents[1] / "data" / "configs"
    # DeepSeek-V3's README_WEIGHTS.md: the MTP module's 11.5B unique parameters "excluding the shared 0.9B Embedding
    # and 0.9B output Head", which model.layers.61 stores again (embed_tokens, shared_head.head: 129,280 x 7,168
    # each); README.md: "685B, which includes 671B of the Main Model weights and 14B of the MTP Module weights" (the
    # FP8 weight_scale_inv tensors, quantisation scales, are apart).
    v3 = count_parameters(load_config(configs / "deepseek-v3.json"))
    assert v3.mtp_embedding_copies == 2 * 129_280 * 7_168 == 1_853_358_080
    assert v3.checkpoint_total == 671_026_404_352 + 11_610_067_968 + 1_853_358_080 == 684_489_830_400
    assert checkpoint_sentence(v3) == ("671B model + 11.61B MTP + 1.853B embedding and head copies for MTP = 684.5B "
                                       "in the released checkpoint")
    # counted in the total, the module is not added again
    arch = load_config(configs / "deepseek-v3.json")
    assert count_parameters(arch.model_copy(update={"count_mtp": True})).checkpoint_total == 684_489_830_400
    # GLM-4.5 (model.layers.92 holds embed_tokens and shared_head.head too): 358.3B, the Hub's "358B"
    glm = count_parameters(load_config(configs / "glm-4.5.json"))
    assert glm.checkpoint_total == 352_797_814_784 + 3_988_069_632 + 2 * 151_552 * 5_120 == 358_337_776_896
    # Qwen3-Next's mtp.* uses the model's embedding and head: module only
    qwen = count_parameters(load_config(configs / "qwen3-next-80b-a3b.json"))
    assert qwen.mtp_embedding_copies == 0 and qwen.checkpoint_total == 79_674_391_296 + 1_650_471_424
    # a multimodal release: the language model and the vision tower with its projector, transformers'
    # Gemma3ForConditionalGeneration count (reference_counts.json checkpoint_total)
    gemma = count_parameters(load_config(configs / "gemma-3-27b.json"))
    assert gemma.checkpoint_total == 27_432_406_640
    assert checkpoint_sentence(gemma) == "27.01B model + 423.1M vision tower and projector = 27.43B in the released checkpoint"
    # a plain model: nothing to add up
    assert checkpoint_sentence(count_parameters(load_config(configs / "llama-2-7b.json"))) == ""


def test_qwen3_next_mtp_module_is_a_full_attention_moe_layer():
    from pathlib import Path

    from model.design.hf_config import load_config

    # The Qwen3-Next checkpoint's mtp.* tensors (vLLM qwen3_next_mtp.Qwen3NextMultiTokenPredictor): fc 4096 -> 2048,
    # pre_fc_norm_embedding, pre_fc_norm_hidden and norm (3 x 2048), and Qwen3NextDecoderLayer(layer_type=
    # "full_attention"): gated attention with q/k norms, the MoE block and two norms.  Measured with transformers
    # 5.24.0 on the meta device: Qwen3NextDecoderLayer(config, layer_idx=47) holds 1,642,076,672 parameters, and with
    # fc and the three Qwen3NextRMSNorm(2048) the module 1,650,471,424 (a linear-attention layer, layer_idx=0,
    # would be 1,648,531,648).  The released config.json names no count; vLLM defaults to one module.
    arch = load_config(Path(__file__).parents[1] / "data" / "configs" / "qwen3-next-80b-a3b.json")
    assert arch.mtp_modules == 1 and not arch.count_mtp
    count = count_parameters(arch)
    assert count.total == 79_674_391_296  # transformers Qwen3NextForCausalLM does not build the module
    assert count.mtp == 2 * 2048 * 2048 + 3 * 2048 + 1_642_076_672 == 1_650_471_424
    counted = count_parameters(arch.model_copy(update={"count_mtp": True}))
    block = counted.breakdown.find("mtp").find("moe_layers")
    assert block.total == 1_642_076_672 and block.find("attention") is not None
    assert counted.total == 79_674_391_296 + 1_650_471_424 and counted.active == count.active


def test_minimax_m2_declares_mtp_modules_its_checkpoint_does_not_hold():
    from pathlib import Path

    from model.design.hf_config import load_config

    # MiniMax-M2's config.json says use_mtp, num_mtp_modules 3, mtp_transformer_layers 1, but the released
    # checkpoint's weight_map names model.layers.0-61 only (MiniMax-AI/MiniMax-M2 issue 47; sgl-project/sglang pull
    # request 13981, checked for M2, M2.5 and M2.7): nothing to count, so no module is shown.
    arch = load_config(Path(__file__).parents[1] / "data" / "configs" / "minimax-m2.json")
    count = count_parameters(arch)
    assert arch.mtp_modules == 0 and count.mtp == 0
    assert count.total == 228_689_748_992  # transformers MiniMaxM2ForCausalLM on the meta device
