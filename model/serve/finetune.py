"""Fine-tuning memory: full, LoRA / DoRA, QLoRA and frozen layers, per GPU for one step.

What the tools people use do, and what we assume (checked in bench/finetune_vs_pytorch.py, PyTorch 2.13 CPU,
transformers 5.24, peft 0.21, bitsandbytes 0.50; tests/data/finetune_measured.json):
  * LoRA (Hu et al. 2021): each adapted matrix W (d_out x d_in) gains A (r x d_in) and B (d_out x r): r (d_in + d_out)
    trainable parameters.  DoRA (Liu et al. 2024) adds a magnitude vector of d_out.  peft keeps the adapters in fp32
    even on a bf16 base (LoraConfig autocast_adapter_dtype=True), so their gradients and AdamW moments are fp32 too.
  * "all_linear" is peft's "all-linear": every nn.Linear but the output head.  In transformers 5 the routed experts of
    MoE models are fused 3-D tensors and the router a custom module, so "all-linear" adapts the attention, the dense
    and shared-expert MLPs and the shared-expert gate, and leaves the routed experts and router frozen (peft 0.21 on
    Qwen1.5-MoE).  lora_routed_experts adds them as peft 0.21 does for Mixtral, where it maps the transformers 4 expert
    names onto the fused tensors: per expert gate_up at rank 2r (A: 2r x d, B: 2 d_ff x 2r) and down at rank r, and
    the router at rank r.
  * LoRA keeps the base in bf16.  QLoRA (Dettmers et al. 2023) stores the block linear layers in NF4 with double
    quantisation and bf16 compute; peft.prepare_model_for_kbit_training upcasts every other parameter (embeddings,
    norms, output head) to fp32 and turns gradient checkpointing on unless told not to.
  * modules_to_save (embeddings and head fully trained) keeps the frozen original and trains a copy.
  * freeze: only the last N blocks train (LLaMA-Factory's freeze_trainable_layers), in the precision recipe set for
    training; the blocks before them keep no activations for backward.
  * A frozen linear layer keeps nothing for backward (its input gradient needs only the weight); an adapted one keeps
    its input once in fp32 (peft casts it to the adapter's dtype) and A's output.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from model.design.architecture import Architecture
from model.design.params import ParameterCount
from model.estimate import memory
from model.estimate.storage import NF4_BITS
from model.estimate.workload import Workload
from model.project.figure import Words, joined, words

PEFT = "Hu et al. 2021 (LoRA); Liu et al. 2024 (DoRA); peft 0.21 print_trainable_parameters"
NF4_STATE_BYTES = 4 * (16 + 256 + 1)
QLORA = "Dettmers et al. 2023 (QLoRA), section 3: NF4, blocks of 64, double-quantised absmax"


@dataclass(frozen=True)
class Linear:
    """One kind of linear layer of a block: its peft target group, shape and how many there are in the model."""

    name: str
    group: str  # "qv", "attention" (k, o), "mlp", "router", "experts", "shared_gate"
    d_in: int
    d_out: int
    count: int  # over all layers (and experts)
    rank_factor: int = 1  # peft's fused gate_up expert tensor gets rank 2r


def _stacks(arch: Architecture) -> list[tuple[int, bool, str]]:
    """(layers, has cross-attention, stack name) of each stack."""
    if arch.family == "encoder-decoder":
        return [(arch.n_layers, False, "encoder"), (arch.decoder_layers, True, "decoder")]
    return [(arch.n_layers, False, "encoder" if arch.family == "encoder-only" else "decoder")]


@lru_cache(maxsize=64)  # the fine-tuning section asks for them about thirty times per estimate
def linear_layers(arch: Architecture) -> tuple[Linear, ...]:
    """The linear layers of every block, as peft sees them in transformers 5 (decoder-only and encoder stacks)."""
    d, a, hd = arch.d_model, arch.n_heads, arch.head_size
    out: list[Linear] = []
    for n_layers, cross, stack in _stacks(arch):
        n_moe = arch.moe_layer_count(n_layers, stack)
        if arch.mla is not None:
            m = arch.mla
            qk = m.qk_nope_head_dim + m.qk_rope_head_dim
            if m.q_lora_rank:
                out += [Linear("q_a", "attention", d, m.q_lora_rank, n_layers), Linear("q_b", "qv", m.q_lora_rank, a * qk, n_layers)]
            else:
                out.append(Linear("q", "qv", d, a * qk, n_layers))
            out += [Linear("kv_a", "attention", d, m.kv_lora_rank + m.qk_rope_head_dim, n_layers),
                    Linear("kv_b", "qv", m.kv_lora_rank, a * (m.qk_nope_head_dim + m.v_head_dim), n_layers),
                    Linear("o", "attention", a * m.v_head_dim, d, n_layers)]
        elif arch.fused_qkv:
            out += [Linear("qkv", "qv", d, (a + 2 * arch.kv_heads) * hd, n_layers), Linear("o", "attention", a * hd, d, n_layers)]
        else:
            kv = arch.kv_heads * hd
            out += [Linear("q", "qv", d, a * hd, n_layers), Linear("k", "attention", d, kv, n_layers),
                    Linear("v", "qv", d, kv, n_layers), Linear("o", "attention", a * hd, d, n_layers)]
        if cross:  # the decoder's cross-attention over the encoder output (T5 and BART name it like self-attention)
            out += [Linear("cross_q", "qv", d, a * hd, n_layers), Linear("cross_k", "attention", d, arch.kv_heads * hd, n_layers),
                    Linear("cross_v", "qv", d, arch.kv_heads * hd, n_layers), Linear("cross_o", "attention", a * hd, d, n_layers)]
        up = ["gate", "up"] if arch.gated_ffn else ["up"]
        dense = n_layers - n_moe
        if dense:
            out += [Linear(u, "mlp", d, arch.d_ff, dense) for u in up] + [Linear("down", "mlp", arch.d_ff, d, dense)]
        if n_moe and arch.moe is not None:
            moe = arch.moe
            e, f = moe.n_experts, moe.expert_d_ff
            out.append(Linear("router", "router", d, e, n_moe))
            out += [Linear("experts_gate_up" if arch.gated_ffn else "experts_up", "experts", d, len(up) * f, n_moe * e, len(up)),
                    Linear("experts_down", "experts", f, d, n_moe * e)]
            if moe.n_shared_experts:
                w = moe.shared_width
                out += [Linear(u + "_shared", "mlp", d, w, n_moe) for u in up] + [Linear("down_shared", "mlp", w, d, n_moe)]
                if moe.shared_expert_gate:
                    out.append(Linear("shared_gate", "shared_gate", d, 1, n_moe))  # an nn.Linear, unlike the router
    return tuple(out)  # cached: never to be changed by a caller


TARGET_GROUPS = {"q_v": {"qv"}, "attention": {"qv", "attention"}, "mlp": {"mlp", "experts"},
                 "all_linear": {"qv", "attention", "mlp", "router", "experts", "shared_gate"}}


def adapted_layers(arch: Architecture, workload: Workload) -> list[Linear]:
    groups = TARGET_GROUPS[workload.lora_targets]
    if not workload.lora_routed_experts:
        groups = groups - {"experts", "router"}
    return [lin for lin in linear_layers(arch) if lin.group in groups]


def _embedding_and_head(params: ParameterCount) -> int:
    """Weights of the token embeddings and the output head: peft's modules_to_save copies both (a tied head too)."""
    token = params.breakdown.find("token")
    head = params.breakdown.find("lm_head")
    n = token.weights if token is not None else 0
    return n + (head.weights if head is not None else n)


@dataclass(frozen=True)
class Trainable:
    adapters: int  # LoRA A and B (and DoRA magnitudes), fp32
    full: int  # parameters trained whole (full, freeze, modules_to_save copies)
    formula_words: Words  # how, as words the GUI translates

    @property
    def formula(self) -> str:
        return self.formula_words.text()

    @property
    def total(self) -> int:
        return self.adapters + self.full


def trainable_parameters(arch: Architecture, params: ParameterCount, workload: Workload) -> Trainable:
    """Exactly what peft's print_trainable_parameters prints for the same configuration."""
    method = workload.finetune_method
    if method == "full":
        return Trainable(0, params.total, words("every parameter"))
    if method == "freeze":
        n = min(workload.finetune_trainable_layers, arch.n_layers)
        stack = params.breakdown.find("layers")
        per_layer = stack.per_copy if stack is not None else 0
        return Trainable(0, n * per_layer, words("the last {n} blocks x {per_layer} parameters", n=n, per_layer=f"{per_layer:,}"))
    r = workload.lora_rank
    adapters = sum(lin.count * lin.rank_factor * r * (lin.d_in + lin.d_out) for lin in adapted_layers(arch, workload))
    terms = [words("r = {r} x (d_in + d_out) over every adapted matrix ({targets})", r=r, targets=workload.lora_targets)]
    if workload.lora_variant == "dora":
        adapters += sum(lin.count * lin.d_out for lin in adapted_layers(arch, workload) if lin.group != "experts")
        terms.append(words("DoRA magnitude d_out each"))
    full = _embedding_and_head(params) if workload.lora_trainable_embeddings else 0
    if full:
        terms.append(words("trainable copies of the embeddings and the output head"))
    return Trainable(adapters, full, joined(" + ", terms))


@dataclass(frozen=True)
class FinetuneMemory:
    method: str
    trainable: Trainable
    base_weights: float  # frozen weights (full and freeze: every weight, in the recipe's precision)
    trainable_weights: float  # adapters and trained copies
    gradients: float
    optimizer: float
    activations: float  # blocks, head and loss
    overhead: float

    @property
    def total(self) -> float:
        return self.base_weights + self.trainable_weights + self.gradients + self.optimizer + self.activations + self.overhead

    def breakdown(self) -> dict[str, float]:
        return {"base_weights": self.base_weights, "trainable_weights": self.trainable_weights, "gradients": self.gradients,
                "optimizer": self.optimizer, "activations": self.activations, "overhead": self.overhead}


# bitsandbytes 8-bit optimizers (Dettmers et al. 2022, "8-bit Optimizers via Block-wise Quantization"): each state in
# 1 byte with one fp32 absmax per block of 256 values (bitsandbytes' blockwise default), for tensors of at least 4,096
# elements (min_8bit_size); smaller tensors keep 32-bit states.  Two 256-entry fp32 quantisation maps are shared.
MIN_8BIT_SIZE = 4096
EIGHT_BIT_BLOCK = 256
EIGHT_BIT_MAPS_BYTES = 2 * 256 * 4


def optimizer_bytes(optimizer: str, tensors: list[tuple[int, int]], param_bytes: float) -> float:
    """AdamW state for parameter tensors given as (elements, how many such tensors).

    torch AdamW: two moments in the parameter's dtype (its 4-byte step counter per tensor is not counted).
    8-bit AdamW (bitsandbytes; the paged variant holds the same bytes on the GPU, paging them out only under memory
    pressure): see MIN_8BIT_SIZE.
    """
    if optimizer == "adamw":
        return sum(2 * param_bytes * n * k for n, k in tensors)
    total = 0.0
    for n, k in tensors:
        if n < MIN_8BIT_SIZE:
            total += k * n * 2 * 4.0
        else:
            total += k * 2 * (n + 4.0 * -(-n // EIGHT_BIT_BLOCK))
    return total + (EIGHT_BIT_MAPS_BYTES if any(n >= MIN_8BIT_SIZE for n, _ in tensors) else 0)


def adapter_tensors(arch: Architecture, params: ParameterCount, workload: Workload) -> list[tuple[int, int]]:
    """(elements, count) of every trainable tensor peft creates: A and B per adapted layer (the fused experts of a
    layer share one A and one B), DoRA magnitudes, and the modules_to_save copies."""
    r = workload.lora_rank
    n_layers = arch.n_layers + arch.decoder_layers
    out = []
    for lin in adapted_layers(arch, workload):
        if lin.group == "experts":
            experts = lin.count // max(1, n_layers)
            out += [(experts * lin.rank_factor * r * lin.d_in, n_layers), (experts * lin.d_out * lin.rank_factor * r, n_layers)]
        else:
            out += [(r * lin.d_in, lin.count), (lin.d_out * r, lin.count)]
            if workload.lora_variant == "dora":
                out.append((lin.d_out, lin.count))
    return out


def _lora_layer_activations(arch: Architecture, workload: Workload, qlora: bool, adapted: list[Linear]) -> float:
    """Bytes per token one block keeps for backward when its base is frozen (see the module docstring).

    LoRA on a bf16 base: 2-byte tensors, and each adapted layer keeps its own fp32 copy of its input.  QLoRA after
    prepare_model_for_kbit_training: the fp32 embeddings and norms make the residual stream and every layer's
    input and output fp32 (bitsandbytes computes in bf16 and returns the input's dtype), so the adapters read tensors
    that are kept anyway and make no copies.  DoRA also keeps each adapted layer's base and adapter outputs in fp32.
    """
    e = 4.0 if qlora else 2.0
    d, hd, a, kv = arch.d_model, arch.head_size, arch.n_heads, arch.kv_heads
    n_layers = arch.n_layers + arch.decoder_layers
    # Two RMSNorms: each keeps its input and fp32 rstd; its normalised output only when an adapter reads it as is
    # (QLoRA: fp32 already, no copy; LoRA counts its own fp32 copy below).
    names = {lin.name for lin in adapted}
    readers = [bool(names & {"q", "k", "v", "qkv", "q_a", "kv_a"}), bool(names & {"gate", "up", "gate_shared", "up_shared", "router"})]
    per = sum(e * d + 4.0 + (e * d if qlora and reads else 0.0) for reads in readers)
    per += e * (a + 2 * kv) * hd + e * a * hd + 4.0 * a  # fused attention: q, k, v, output, log-sum-exp
    if arch.position_type == "rotary":
        per += 8.0 * hd * arch.rotary_fraction  # fp32 cos and sin tables
    width = arch.moe.expert_d_ff * arch.moe.top_k if arch.moe is not None else arch.d_ff
    per += e * width * (3 if arch.gated_ffn else 1)  # gate output, its activation and the up output (gated)
    r = workload.lora_rank
    dora = workload.lora_variant == "dora"
    for lin in adapted:
        per_layer = lin.count / n_layers if lin.group != "experts" else (arch.moe.top_k if arch.moe else 1) * lin.rank_factor
        copy = 4.0 * lin.d_in if not qlora or lin.name in ("down", "down_shared", "experts_down") else 0.0
        per += per_layer * (copy + 4.0 * r * lin.rank_factor + (8.0 * lin.d_out if dora else 0.0))
    return per


def finetune_memory(arch: Architecture, params: ParameterCount, workload: Workload) -> FinetuneMemory:
    """Peak bytes on one GPU for one fine-tuning step of finetune_batch x finetune_seq_len tokens."""
    method = workload.finetune_method
    trainable = trainable_parameters(arch, params, workload)
    overhead = workload.runtime_overhead_gib * memory.GIB
    b, s = workload.finetune_batch, workload.finetune_seq_len
    tokens = b * s
    if method in ("full", "freeze"):
        # One GPU, no parallelism: the training memory of model.plan for that layout.
        from model.plan.planner import manual_layout_memory

        wl = workload.model_copy(update=dict(layout="manual", n_gpus=1, tensor_parallel=1, pipeline_parallel=1, context_parallel=1,
                                             expert_parallel=1, zero_stage=0, micro_batch_size=b, seq_len=s, global_batch_tokens=tokens,
                                             recompute="full" if workload.gradient_checkpointing else "none"))
        sb = memory.state_bytes(wl, arch.d_model)
        opt = sb.optimizer if workload.finetune_optimizer == "adamw" else 2 + 8 / EIGHT_BIT_BLOCK  # 8-bit: ~2 B per parameter
        _, gpu = manual_layout_memory(arch, wl, params.active)
        activations = gpu.activations
        if method == "freeze":
            # Only the trained blocks (and the head) keep activations; the frozen ones before them need no backward.
            head = tokens * (memory.input_bytes_per_token(arch, wl) + memory.output_bytes_per_token(arch, wl, 1))
            share = min(workload.finetune_trainable_layers, arch.n_layers) / arch.n_layers
            activations = head + (activations - head) * share
        n = trainable.total
        return FinetuneMemory(method, trainable, params.total * sb.weights, 0.0, n * sb.gradients, n * opt, activations, overhead)
    # LoRA and QLoRA: a frozen base, fp32 adapters.
    adapted = adapted_layers(arch, workload)
    qlora = method == "qlora"
    if qlora:
        low = memory.quantised_weights(arch, params, False, True)
        matrices = sum(lin.count for lin in linear_layers(arch) if lin.group not in ("router", "experts"))
        # prepare_model_for_kbit_training keeps the rest in fp32; each bitsandbytes QuantState adds the NF4 code
        # (16 fp32), the nested 8-bit code (256 fp32) and an fp32 offset: 1,092 bytes per matrix (measured).
        base = low * NF4_BITS / 8 + (params.total - low) * 4.0 + matrices * NF4_STATE_BYTES
        full_bytes = 4.0
    else:
        base, full_bytes = params.total * 2.0, 2.0
    trained = trainable.adapters * 4.0 + trainable.full * full_bytes
    opt = optimizer_bytes(workload.finetune_optimizer, adapter_tensors(arch, params, workload), 4.0)
    if trainable.full:
        token = params.breakdown.find("token")
        table = token.weights if token is not None else 0
        opt += optimizer_bytes(workload.finetune_optimizer, [(table, 1), (trainable.full - table, 1)], full_bytes)
    per_layer = _lora_layer_activations(arch, workload, qlora, adapted)
    n_layers = arch.n_layers + arch.decoder_layers
    residual = 4.0 if qlora else 2.0
    if workload.gradient_checkpointing:
        layers = tokens * (n_layers * residual * arch.d_model + per_layer)  # each block's input, one block recomputed
    else:
        layers = tokens * n_layers * per_layer
    head_input = residual * arch.d_model if workload.lora_trainable_embeddings else 0.0
    head = tokens * (16.0 + 2 * residual * arch.d_model + 4.0 + head_input + 4.0 * arch.vocab_size)  # ids, final norm, log-softmax
    if workload.lora_variant == "dora":
        # DoRA's weight norm ||W + s B A|| builds each adapted matrix once in fp32 (Liu et al. 2024, eq. 5; peft).
        # With gradient checkpointing only the block being recomputed holds them.
        share = 1 / n_layers if workload.gradient_checkpointing else 1
        layers += share * sum(4.0 * lin.count * lin.d_in * lin.d_out for lin in adapted if lin.group != "experts")
    return FinetuneMemory(method, trainable, base, trained, trained, opt, layers + head, overhead)


def largest_batch(arch: Architecture, params: ParameterCount, workload: Workload, capacity: float) -> int:
    """Largest finetune_batch at finetune_seq_len that fits `capacity` (0: not even one sequence)."""
    one = finetune_memory(arch, params, workload.model_copy(update={"finetune_batch": 1}))
    two = finetune_memory(arch, params, workload.model_copy(update={"finetune_batch": 2}))
    per_sequence = two.total - one.total
    if one.total > capacity:
        return 0
    return 1 + int((capacity - one.total) // per_sequence) if per_sequence > 0 else 1


def longest_sequence(arch: Architecture, params: ParameterCount, workload: Workload, capacity: float) -> int:
    """Longest finetune_seq_len at finetune_batch that fits `capacity` (0: not even a short one).

    The memory grows linearly with the sequence (fused attention keeps no s x s scores), so two points give it.
    """
    def at(s: int) -> float:
        return finetune_memory(arch, params, workload.model_copy(update={"finetune_seq_len": s})).total

    short, long_ = at(1024), at(2048)
    per_token = (long_ - short) / 1024
    fixed = short - 1024 * per_token
    if fixed >= capacity or per_token <= 0:
        return 0
    return int((capacity - fixed) // per_token)
