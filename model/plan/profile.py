"""The application as the planner sees it: the blocks in pipeline order, each with its parameters, FLOPs and matrices.

Blocks of one kind (dense, MoE, decoder with cross-attention) are identical, so
a design is a short list of kinds and, per pipeline position, which kind sits
there; prefix counts make "which blocks does stage i hold" a subtraction.
Parameter counts come from model.design.params (exact); FLOPs follow Kaplan et
al. 2020, table 1 (2 FLOPs per weight per token, plus the attention scores).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from model.design.architecture import Architecture
from model.design.params import Component, ParameterCount, count_parameters
from model.estimate import memory as per_block
from model.estimate.compute import attended_positions, attention_width
from model.estimate.workload import Workload

if TYPE_CHECKING:
    from model.plan.cluster import Cluster


@dataclass(frozen=True)
class Matmul:
    """One weight matrix as a GEMM: tokens x k times k x n, for `tokens_per_token` rows per token."""

    k: int
    n: int
    rows_per_token: float = 1.0  # routed experts: each token visits top_k of them
    heads: int = 0  # heads along n: tensor parallelism beyond them replicates a head instead of splitting it

    def n_per_gpu(self, tensor_parallel: int) -> float:
        if self.heads and tensor_parallel > self.heads:
            return self.n / self.heads
        return self.n / tensor_parallel


@dataclass(frozen=True, eq=False)
class BlockKind:
    moe: bool
    cross: bool
    params: int  # one block, all parameters
    expert_params: int  # one block, routed experts only (split by expert parallelism)
    active_params: int  # one block, what a token passes through
    attention_sublayers: int
    matmuls: tuple[Matmul, ...]
    mixer: bool = False  # a hybrid's linear-attention or convolution block: no attention scores

    @property
    def dense_params(self) -> int:
        return self.params - self.expert_params


def _find(node: Component, key: str) -> Component | None:
    if node.key == key:
        return node
    for child in node.children:
        found = _find(child, key)
        if found is not None:
            return found
    return None


def _attention_matmuls(arch: Architecture) -> list[Matmul]:
    h = arch.d_model
    mla = arch.mla
    if mla is None:
        hd = arch.head_size
        return [Matmul(h, arch.n_heads * hd), Matmul(h, 2 * arch.kv_heads * hd, heads=arch.kv_heads), Matmul(arch.n_heads * hd, h)]
    qk = mla.qk_nope_head_dim + mla.qk_rope_head_dim
    a = arch.n_heads
    query = [Matmul(h, mla.q_lora_rank), Matmul(mla.q_lora_rank, a * qk)] if mla.q_lora_rank else [Matmul(h, a * qk)]
    return query + [Matmul(h, mla.kv_lora_rank + mla.qk_rope_head_dim),
                    Matmul(mla.kv_lora_rank, a * (mla.qk_nope_head_dim + mla.v_head_dim)), Matmul(a * mla.v_head_dim, h)]


def _mixer_matmuls(arch: Architecture) -> list[Matmul]:
    """A hybrid's linear-attention or short-convolution block in place of attention: its projections (the matrices
    of model.design.params._linear_mixer; the convolution and the recurrence are element-wise)."""
    mixer = arch.linear_mixer
    assert mixer is not None
    h = arch.d_model
    if mixer.kind == "short-conv":
        return [Matmul(h, 3 * h), Matmul(h, h)]
    k, v, vh = mixer.key_width, mixer.value_width, mixer.value_heads
    return [Matmul(h, 2 * k + 2 * v, heads=vh), Matmul(h, 2 * vh, heads=vh), Matmul(v, h)]


def _has_attention(arch: Architecture, index: int, n_layers: int) -> bool:
    """Whether block `index` of a stack of `n_layers` has attention rather than a hybrid's mixer.  The attention
    blocks are spread evenly, each closing its group, as Qwen3-Next places one after every three linear-attention
    blocks (config full_attention_interval 4)."""
    attention = arch.attention_layers_in(n_layers)
    return (index + 1) * attention // n_layers > index * attention // n_layers


def _ffn_matmuls(arch: Architecture, width: int, rows: float = 1.0) -> list[Matmul]:
    up = 2 * width if arch.gated_ffn else width
    return [Matmul(arch.d_model, up, rows), Matmul(width, arch.d_model, rows)]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per architecture (profile_of caches it)
class Profile:
    arch: Architecture
    params: ParameterCount
    kinds: tuple[BlockKind, ...]
    sequence: tuple[int, ...]  # kind index of each block, in pipeline order (encoder, then decoder)
    embedding_params: int  # on the first stage
    output_params: int  # on the last stage: final norms and an untied output head
    tied_head_params: int  # a tied head's table: Megatron keeps a copy on the last stage when it is not the first
    head_matmul: Matmul | None

    prefix: tuple[tuple[int, ...], ...] = ()  # blocks of each kind before each pipeline position

    def stage_params(self, stage: int, stages: int) -> int:
        """Parameters outside the blocks that stage `stage` of `stages` holds: embeddings first, head last."""
        held = self.embedding_params if stage == 0 else 0
        if stage == stages - 1:
            held += self.output_params + (self.tied_head_params if stages > 1 else 0)
        return held

    def counts(self, start: int, stop: int) -> list[int]:
        """Blocks of each kind among pipeline positions [start, stop)."""
        low, high = self.prefix[start], self.prefix[stop]
        return [b - a for a, b in zip(low, high, strict=True)]

    def attention_flops_per_token(self, kind: BlockKind, context: int) -> float:
        """Forward FLOPs of the attention scores and their weighted sum, per token and block (Kaplan et al. 2020,
        table 1), with the positions a block attends to averaged over the design's attention blocks: sliding-window
        layers see at most their window (model.estimate.compute.attended_positions).  A hybrid's linear-attention
        or convolution block has no scores; its recurrence is element-wise work, counted with the rest."""
        if kind.mixer:
            return 0.0
        attention_blocks = sum(1 for k in self.sequence if not self.kinds[k].mixer)
        per_block = attended_positions(self.arch, context) / max(1, attention_blocks)
        return 2.0 * per_block * attention_width(self.arch)

    def matmul_flops_per_token(self, kind: BlockKind) -> float:
        """Forward FLOPs of a block's weight matrices per token: 2 per active weight."""
        return 2.0 * kind.active_params


def _prefix(n_kinds: int, sequence: list[int]) -> tuple[tuple[int, ...], ...]:
    rows = [tuple(0 for _ in range(n_kinds))]
    for kind in sequence:
        row = list(rows[-1])
        row[kind] += 1
        rows.append(tuple(row))
    return tuple(rows)


@dataclass(eq=False)
class PlanInputs:
    """What one planning run reads: the application, the workload's recipe and the system, and a cache of the
    per-block figures its layouts share (the search asks for the same block shapes many times)."""

    profile: Profile
    workload: Workload
    cluster: Cluster
    cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """A figure this run asks for many times, computed once."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def __post_init__(self) -> None:
        arch = self.profile.arch
        self.state_bytes = per_block.state_bytes(self.workload, arch.d_model)
        self.input_bytes_per_token = per_block.input_bytes_per_token(arch, self.workload)
        self.autocast_copies = per_block.autocast_copies(arch, self.profile.params, self.workload)


@lru_cache(maxsize=64)
def profile_of(arch: Architecture) -> Profile:
    params = count_parameters(arch)
    kinds: list[BlockKind] = []
    sequence: list[int] = []
    stacks = [("encoder", arch.n_layers, False), ("decoder", arch.decoder_layers, True)] if arch.family == "encoder-decoder" else \
        [("encoder" if arch.family == "encoder-only" else "decoder", arch.n_layers, False)]
    layer_nodes = 0
    for stack, n_layers, cross in stacks:
        stack_node = _find(params.breakdown, stack)
        assert stack_node is not None
        by_kind: dict[tuple[bool, bool], int] = {}  # (MoE, a hybrid's mixer instead of attention) -> kind
        for node in stack_node.children:
            mixer = node.key.startswith("mixer_")
            if node.key.removeprefix("mixer_") not in ("layers", "moe_layers"):
                continue
            is_moe = node.key.endswith("moe_layers")
            layer_nodes += node.total
            experts = _find(node, "experts")
            expert_params = experts.total if experts is not None and is_moe else 0
            moe = arch.moe
            active = node.per_copy - expert_params + (expert_params * moe.top_k // moe.n_experts if is_moe and moe else 0)
            matmuls = _mixer_matmuls(arch) if mixer else _attention_matmuls(arch) * (2 if cross else 1)
            if is_moe and moe is not None:
                matmuls += _ffn_matmuls(arch, moe.expert_d_ff, moe.top_k)  # rows: each token visits top_k experts
                if moe.n_shared_experts:
                    matmuls += _ffn_matmuls(arch, moe.shared_width * moe.n_shared_experts)
            else:
                matmuls += _ffn_matmuls(arch, arch.d_ff)
            by_kind[(is_moe, mixer)] = len(kinds)
            kinds.append(BlockKind(is_moe, cross, node.per_copy, expert_params, active, 2 if cross else 1, tuple(matmuls), mixer))
        for i in range(n_layers):
            mixer = not _has_attention(arch, i, n_layers)
            moe = (True, mixer) in by_kind and arch.is_moe_layer(i)
            sequence.append(by_kind[(moe, mixer)])
    embeddings = _find(params.breakdown, "embeddings")
    embedding_params = embeddings.total if embeddings is not None else 0
    output_params = params.total - embedding_params - layer_nodes
    head_matmul = None
    if arch.has_lm_head:
        width = arch.embedding_projection_dim or arch.d_model
        head_matmul = Matmul(width, arch.vocab_size)
    tied = arch.vocab_size * (arch.embedding_projection_dim or arch.d_model) if arch.has_lm_head and arch.tie_embeddings else 0
    return Profile(arch, params, tuple(kinds), tuple(sequence), embedding_params, output_params, tied, head_matmul,
                   _prefix(len(kinds), sequence))
