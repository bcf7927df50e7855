"""The execution: how one training step is laid out over the GPUs, and what must divide what.

The parallel dimensions are Megatron-LM's (Shoeybi et al. 2019; Narayanan et al.
2021; Korthikanti et al. 2022): tensor parallelism (t) splits each layer's
matrices inside a node, pipeline parallelism (p) splits the layers into stages,
each pipeline GPU holding v interleaved chunks, context parallelism (c) splits
each sequence, data parallelism (d = GPUs / (t p c)) splits the batch, and for
MoE models expert parallelism (e) splits the experts over the data-parallel
GPUs, as Megatron-Core and DeepSeek-V3 do.  ZeRO shards model states over d.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from model.design.architecture import Architecture
from model.estimate.workload import Workload
from model.project.figure import Words, words

RecomputeChoice = Literal["none", "selective", "full"]


@dataclass(frozen=True, slots=True)  # a plain dataclass: the search builds thousands (pydantic serialises it in the report)
class ParallelLayout:
    """One resolved layout: every value set (the report's `plan.layout`)."""

    n_gpus: int
    global_batch_tokens: int
    seq_len: int
    tensor_parallel: int = 1
    sequence_parallel: bool = True
    pipeline_parallel: int = 1
    virtual_pipeline_stages: int = 1
    data_parallel: int = 1
    context_parallel: int = 1
    expert_parallel: int = 1
    zero_stage: int = 1
    micro_batch_size: int = 1
    recompute: RecomputeChoice = "none"
    precision: str = "mixed-bf16"

    @property
    def model_parallel(self) -> int:
        """GPUs that together hold one copy of the model: t x p x c."""
        return self.tensor_parallel * self.pipeline_parallel * self.context_parallel

    @property
    def global_batch_sequences(self) -> int:
        return max(1, round(self.global_batch_tokens / self.seq_len))

    @property
    def micro_batches(self) -> int:
        """Micro-batches each pipeline runs per step: global batch / (micro-batch x d)."""
        return max(1, self.global_batch_sequences // (self.micro_batch_size * self.data_parallel))

    @property
    def tokens_per_step(self) -> int:
        return self.micro_batches * self.micro_batch_size * self.data_parallel * self.seq_len

    def dimensions(self) -> str:
        """'TP 8 x PP 16 x DP 128': the parallel degrees, as Megatron-LM abbreviates them (the same in every language)."""
        parts = [f"TP {self.tensor_parallel}"]
        if self.pipeline_parallel > 1:
            parts.append(f"PP {self.pipeline_parallel}" + (f" (v {self.virtual_pipeline_stages})" if self.virtual_pipeline_stages > 1 else ""))
        if self.context_parallel > 1:
            parts.append(f"CP {self.context_parallel}")
        parts.append(f"DP {self.data_parallel}")
        if self.expert_parallel > 1:
            parts.append(f"EP {self.expert_parallel}")
        return " x ".join(parts)

    def short(self) -> str:
        """'TP 8 x PP 16 x DP 128, ZeRO-1, micro-batch 1, recompute none' for formulas and the command line."""
        return self.short_words().text()

    def short_words(self) -> Words:
        """short() as words the GUI translates (the recomputation choice too)."""
        return words("{dims}, ZeRO-{zero}, micro-batch {mb}, recompute {recompute}", dims=self.dimensions(), zero=self.zero_stage,
                     mb=self.micro_batch_size, recompute=words(self.recompute))

# The workload fields a layout from the Training plan tab pins (ParallelLayout has each under the same name).
PINNED_FIELDS = ("n_gpus", "tensor_parallel", "sequence_parallel", "pipeline_parallel", "virtual_pipeline_stages", "context_parallel",
                 "expert_parallel", "zero_stage", "micro_batch_size", "recompute")


def pinned_layout(layout: ParallelLayout) -> dict:
    """The workload values that pin `layout` exactly (the planner then has nothing left to choose)."""
    return {name: getattr(layout, name) for name in PINNED_FIELDS}


def unpinned_layout() -> dict:
    """The workload values that give every layout choice back to the planner (layout "auto", each value empty), undoing
    pinned_layout() but for the GPU count, which says how big the cluster is."""
    return {name: Workload.model_fields[name].get_default() for name in ("layout", *PINNED_FIELDS) if name != "n_gpus"}


def pipeline_layers(arch: Architecture) -> int:
    """Blocks a pipeline splits: both stacks of an encoder-decoder."""
    return arch.n_layers + arch.decoder_layers


def chunkable_layers(arch: Architecture, stages: int) -> int:
    """Pipeline chunks a model can fill: its blocks, and with a pipeline the embedding and the loss as one chunk each
    (Llama 3 405B: 126 layers in 128 chunks on 16 stages x 8 (Dubey et al. 2024, section 3.3.2); Megatron-Core's
    --account-for-embedding-in-pipeline-split and --account-for-loss-in-pipeline-split)."""
    return pipeline_layers(arch) + (2 if stages > 1 else 0)


@lru_cache(maxsize=1024)
def stage_layers(n_layers: int, stages: int) -> tuple[int, ...]:
    """Blocks per pipeline stage, as even as possible.

    Where the blocks do not divide, the first and the last stages, which also
    hold the embedding and the output head, get one fewer each in turn, as
    Llama 3 405B did: 126 layers on 16 stages, 7 on the first and last and 8 on
    the others (Dubey et al. 2024, section 3.3.2).
    """
    base = math.ceil(n_layers / stages)
    layers = [base] * stages
    deficit = base * stages - n_layers  # fewer than `stages`: each stage gives at most one block
    ends_first = [i for pair in zip(range(stages), range(stages - 1, -1, -1), strict=True) for i in pair]
    for i in dict.fromkeys(ends_first):
        if deficit == 0:
            break
        if layers[i] > 1:
            layers[i] -= 1
            deficit -= 1
    return tuple(layers)


@lru_cache(maxsize=1024)
def stage_split(n_layers: int, stages: int) -> tuple[tuple[int, ...], tuple[int, ...], int]:
    """(blocks per stage, first block of each stage, the stage with the most blocks)."""
    per_stage = stage_layers(n_layers, stages)
    starts = tuple(sum(per_stage[:i]) for i in range(stages))
    return per_stage, starts, max(range(stages), key=lambda i: per_stage[i])


def layout_problems(arch: Architecture, layout: ParallelLayout) -> list[str]:
    """What a layout breaks, in words; empty when it can run."""
    t, p, v, c, e, d = (layout.tensor_parallel, layout.pipeline_parallel, layout.virtual_pipeline_stages,
                        layout.context_parallel, layout.expert_parallel, layout.data_parallel)
    problems: list[str] = []
    if layout.n_gpus != t * p * c * d:
        problems.append(f"the GPU count ({layout.n_gpus:,}) must be a multiple of tensor x pipeline x context parallel ({t * p * c:,})")
    if arch.n_heads % t:
        problems.append(f"tensor parallel ({t}) must divide the {arch.n_heads} attention heads")
    elif arch.mla is None and arch.kv_heads % t and t % arch.kv_heads:
        problems.append(f"tensor parallel ({t}) must divide the {arch.kv_heads} key/value heads (or be a multiple of them)")
    if arch.moe is not None:
        if arch.moe.n_experts % e:
            problems.append(f"expert parallel ({e}) must divide the {arch.moe.n_experts} routed experts")
        if d % e:
            problems.append(f"expert parallel ({e}) must divide the data-parallel GPUs ({d:,}): experts are split inside that group")
    elif e != 1:
        problems.append("expert parallelism needs a Mixture-of-Experts model; set it to 1")
    layers = pipeline_layers(arch)
    if p > layers:
        problems.append(f"pipeline parallel ({p}) exceeds the {layers} layers: every stage needs a layer")
    elif p * v > chunkable_layers(arch, p):
        problems.append(f"pipeline stages x virtual stages ({p * v}) exceed the {layers} layers and the embedding and output head: every chunk needs one")
    if v > 1 and p == 1:
        problems.append("virtual pipeline stages need pipeline parallelism (more than one stage)")
    if layout.seq_len % c:
        problems.append(f"context parallel ({c}) must divide the training sequence length ({layout.seq_len:,})")
    sequences = layout.global_batch_sequences
    if sequences % (layout.micro_batch_size * d):
        problems.append(
            f"the global batch ({sequences:,} sequences of {layout.seq_len:,} tokens) must be a multiple of "
            f"micro-batch x data parallel ({layout.micro_batch_size} x {d:,} = {layout.micro_batch_size * d:,})"
        )
    elif v > 1 and layout.micro_batches % p:
        problems.append(f"the interleaved schedule needs micro-batches per step ({layout.micro_batches}) to be a multiple of the pipeline stages ({p})")
    return problems
