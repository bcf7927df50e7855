"""Workload assumptions: how a design is trained and served.  Saved with a project.

Every default names its source; the GPU catalog and the grid regions are data
files in resources/ (model.estimate.hardware reads them).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from model.project.schema import Frozen, meta

Precision = Literal["fp32", "amp-bf16", "amp-fp16", "mixed-bf16", "mixed-fp16", "bf16", "fp8"]
Optimizer = Literal["adamw", "sgd-momentum", "adafactor"]
Recompute = Literal["none", "selective", "full"]
CacheDtype = Literal["fp32", "bf16", "fp8", "int4"]

# Hoffmann et al. 2022 ("Chinchilla"), Table 3 / section 3: compute-optimal
# training uses about 20 tokens per parameter.
COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER = 20


class CustomGpu(Frozen):
    """A user-defined accelerator, used instead of a catalog entry."""

    name: str = Field("My accelerator", min_length=1, max_length=100, title="Name", description="The accelerator's name, as the results and charts show it")
    memory_gb: float = Field(80.0, gt=0, description="Memory in GB (10^9 bytes)")
    memory_bandwidth_gbps: float = Field(2000.0, gt=0, description="Memory bandwidth in GB/s")
    bf16_dense_tflops: float = Field(300.0, gt=0, description="Dense BF16 throughput in TFLOP/s")
    fp8_dense_tflops: float | None = Field(None, gt=0, description="Dense FP8 throughput in TFLOP/s, if any")
    fp32_tflops: float | None = Field(None, gt=0, description="FP32 throughput in TFLOP/s (non-tensor), if known")
    tdp_watts: float = Field(400.0, gt=0, description="Board power (TDP) in watts")


class Workload(Frozen):
    # --- training data and batch ----------------------------------------------------
    training_tokens: int | None = Field(
        None, ge=1, le=10**18, **meta("Training tokens", "Empty: compute-optimal, about 20 tokens per parameter (Hoffmann et al. 2022).", group="training", unit="tokens")
    )
    seq_len: int | None = Field(
        None, ge=1, le=1_000_000_000, **meta("Training sequence length", "Tokens per training sequence; empty means the model's context length.", group="training", unit="tokens")
    )
    micro_batch_size: int = Field(1, ge=1, le=1_000_000, **meta("Micro-batch per GPU", "Sequences each GPU holds in one forward/backward pass.", group="training"))

    # --- training recipe --------------------------------------------------------------
    precision: Precision = Field(
        "amp-bf16",
        **meta(
            "Precision recipe",
            "fp32; PyTorch autocast (amp: fp32 weights, bf16/fp16 compute); Megatron/DeepSpeed mixed precision (16-bit weights, "
            "fp32 master copy in the optimizer); pure bf16; fp8 (Transformer Engine).",
            group="training",
        ),
    )
    optimizer: Optimizer = Field("adamw", **meta("Optimizer", "Adam/AdamW (two moments), SGD with momentum (one), Adafactor (factored second moment).", group="training"))
    recompute: Recompute = Field(
        "none", **meta("Activation recomputation", "None; selective (attention scores recomputed); full (only each layer's input kept).", group="training")
    )
    flash_attention: bool = Field(True, **meta("Flash attention", "A fused attention kernel that never stores the s x s attention matrix.", group="training"))
    dropout: bool = Field(False, **meta("Dropout", "Dropout layers on (they keep a mask per dropped tensor).", group="training"))

    # --- parallelism ------------------------------------------------------------------
    gpu: str = Field("h100-sxm", **meta("GPU", "Accelerator from the catalog (resources/gpus.json).", group="hardware"))
    custom_gpu: CustomGpu | None = Field(None, **meta("Custom GPU", "Your own accelerator; used instead of the catalog entry.", group="hardware"))
    n_gpus: int = Field(8, ge=1, le=100_000_000, **meta("GPUs for training", "Total GPUs; data parallel degree = GPUs / (tensor x pipeline).", group="hardware", unit="GPU"))
    tensor_parallel: int = Field(1, ge=1, le=1_000_000, **meta("Tensor parallel", "GPUs that split each layer's matrices (Megatron-LM).", group="hardware"))
    pipeline_parallel: int = Field(1, ge=1, le=1_000_000, **meta("Pipeline parallel", "GPUs that split the layers into stages.", group="hardware"))
    zero_stage: int = Field(
        1, ge=0, le=3, **meta("ZeRO stage", "0: none; 1: optimizer state sharded; 2: + gradients; 3: + weights (Rajbhandari et al. 2020).", group="hardware")
    )
    mfu: float = Field(
        0.40,
        gt=0,
        le=1,
        **meta("Model FLOPs utilisation", "Share of peak throughput that does useful model FLOPs; 38-43% for LLaMA 3 405B on H100 (Dubey et al. 2024).", group="hardware", step=0.01),
    )
    target_days: float = Field(30.0, gt=0, le=100_000, **meta("Target training time", "For 'GPUs to finish in time'.", group="hardware", unit="days"))

    # --- energy and cost ----------------------------------------------------------------
    gpu_power_fraction: float = Field(
        1.0, gt=0, le=1.5, **meta("GPU power / TDP", "Average draw as a share of TDP; 1.0 as Touvron et al. 2023 assume.", group="energy", step=0.05)
    )
    pue: float = Field(
        1.1, ge=1.0, le=3.0, **meta("Datacentre PUE", "Facility energy / IT energy; 1.1 as in Patterson et al. 2021 and Touvron et al. 2023.", group="energy", step=0.01)
    )
    grid_region: str = Field("world", **meta("Grid region", "Carbon intensity of the electricity (resources/grid_regions.json).", group="energy"))
    carbon_kg_per_kwh: float | None = Field(
        None, ge=0, le=10, **meta("Carbon intensity", "kg CO2e per kWh; empty means the grid region's figure.", group="energy", unit="kg/kWh", step=0.01)
    )
    electricity_usd_per_kwh: float = Field(
        0.0806, ge=0, le=1_000, **meta("Electricity price", "USD per kWh; default: US industrial average 2023, 8.06 cents (EIA).", group="energy", unit="USD/kWh", step=0.01)
    )
    gpu_hour_usd: float = Field(
        3.0, ge=0, le=100_000, **meta("GPU-hour price", "USD per GPU-hour rented; default: H100 on demand at specialist clouds, early 2026 ($2.49-3.99).", group="energy", unit="USD/h", step=0.1)
    )

    # --- inference ------------------------------------------------------------------------
    inference_batch: int = Field(1, ge=1, le=10_000_000, **meta("Inference batch", "Sequences served at once.", group="inference"))
    inference_context: int | None = Field(
        None, ge=1, le=1_000_000_000, **meta("Inference context", "Tokens of context per sequence; empty means the model's context length.", group="inference", unit="tokens")
    )
    weight_precision: Literal["fp32", "bf16", "fp8", "int8", "int4"] = Field(
        "bf16", **meta("Inference weight precision", "How the weights are stored when serving.", group="inference")
    )
    kv_cache_precision: CacheDtype = Field("bf16", **meta("KV-cache precision", "How cached keys and values are stored.", group="inference"))

    @property
    def data_parallel(self) -> int:
        return self.n_gpus // (self.tensor_parallel * self.pipeline_parallel)

    runtime_overhead_gib: float = Field(
        1.0, ge=0, le=1_000, **meta("Runtime overhead", "Per GPU: CUDA context, kernels and allocator slack (an assumption; the CUDA context alone is several hundred MiB).", group="inference", unit="GiB", step=0.25)
    )

    @model_validator(mode="after")
    def _check(self) -> Workload:
        from model.estimate.hardware import gpu_catalog, grid_regions  # the catalogs are data files, loaded once

        problems = []
        model_parallel = self.tensor_parallel * self.pipeline_parallel
        if self.n_gpus % model_parallel:
            problems.append(f"the GPU count ({self.n_gpus}) must be a multiple of tensor x pipeline parallel ({model_parallel})")
        if self.custom_gpu is None and self.gpu not in gpu_catalog():
            problems.append(f"unknown GPU {self.gpu!r}; choose one of: " + ", ".join(gpu_catalog()))
        if self.carbon_kg_per_kwh is None and self.grid_region not in grid_regions():
            problems.append(f"unknown grid region {self.grid_region!r}; choose one of: " + ", ".join(grid_regions()))
        if problems:
            raise ValueError("; ".join(problems))
        return self
