"""Published training runs, as the presets that have one carry them (resources/presets/*.json, "training_run").

A run is the workload that was really used (tokens, sequence, batch, GPU kind
and count, the layout where it was published) and what came out of it
(GPU-hours, days, MFU), each with its source.  Opening such a preset uses the
run as the workload; the report shows "published" beside "this estimate".
"""

from __future__ import annotations

from pydantic import Field

from model.project.schema import Frozen


class PublishedRun(Frozen):
    source: str = Field(min_length=1)
    training_tokens: int = Field(ge=1)
    seq_len: int = Field(ge=1)
    global_batch_tokens: int | None = Field(None, ge=1)
    gpu: str
    n_gpus: int | None = Field(None, ge=1)  # None: not published; the planner chooses for the target time
    precision: str = "mixed-bf16"
    tensor_parallel: int | None = Field(None, ge=1)
    pipeline_parallel: int | None = Field(None, ge=1)
    virtual_pipeline_stages: int | None = Field(None, ge=1)
    context_parallel: int | None = Field(None, ge=1)
    expert_parallel: int | None = Field(None, ge=1)
    zero_stage: int | None = Field(None, ge=0, le=3)
    micro_batch_size: int | None = Field(None, ge=1)
    recompute: str | None = None
    network_gbps_per_gpu: float | None = Field(None, gt=0)  # scale-out per GPU where the cluster's differs from the GPU row's
    overlap_expert_communication: bool = False
    expert_dispatch: str | None = None  # "per-node" where the run deduplicated tokens per node (DeepEP)
    goodput: float | None = Field(None, gt=0, le=1)  # share of wall time spent training, where published
    gpu_hours: float | None = Field(None, gt=0)
    days: float | None = Field(None, gt=0)
    mfu: float | None = Field(None, gt=0, le=1)
    energy_mwh: float | None = Field(None, gt=0)
    notes: str = ""

    def workload_update(self) -> dict:
        """The workload fields this run sets (layout values only where published: the rest stay for the planner)."""
        update = {"training_tokens": self.training_tokens, "seq_len": self.seq_len, "gpu": self.gpu, "n_gpus": self.n_gpus,
                  "precision": self.precision, "global_batch_tokens": self.global_batch_tokens}
        for name in ("tensor_parallel", "pipeline_parallel", "virtual_pipeline_stages", "context_parallel", "expert_parallel",
                     "zero_stage", "micro_batch_size"):
            if getattr(self, name) is not None:
                update[name] = getattr(self, name)
        if self.recompute is not None:
            update["recompute"] = self.recompute
        if self.network_gbps_per_gpu is not None:
            update["network_gbps_per_gpu"] = self.network_gbps_per_gpu
        if self.overlap_expert_communication:
            update["overlap_expert_communication"] = True
        if self.expert_dispatch is not None:
            update["expert_dispatch"] = self.expert_dispatch
        if self.goodput is not None:
            update["goodput"] = self.goodput
        return update
