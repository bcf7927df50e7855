"""The GPU catalog and the grid regions: data files in resources/, one source per row."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from model.estimate.workload import Workload
from model.project.resources import resources_dir

FP8_PEAK = "FP8 dense"  # the peak_flops label of an FP8 recipe on a GPU with FP8 tensor cores


class Gpu(BaseModel):
    """One accelerator.  Throughputs are dense (no 2:4 sparsity), per chip."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    memory_gb: float  # as marketed, decimal GB; GPU counts use this (see gpu_capacity_bytes)
    memory_bandwidth_gbps: float
    bf16_dense_tflops: float | None = None
    fp16_dense_tflops: float | None = None
    fp8_dense_tflops: float | None = None
    fp32_tflops: float | None = None
    tdp_watts: float | None = None
    generation: str = ""  # chip generation: the key of its efficiency figures (Generation below)
    gpus_per_node: int = 8  # scale-up domain: GPUs on the fast intra-node link
    scale_up_gbps: float | None = None  # intra-node link per GPU, GB/s in one direction
    scale_out_gbit_per_gpu: float | None = None  # network between nodes per GPU, Gbit/s
    source: str = ""
    interconnect_source: str = ""
    unverified: bool = False

    @property
    def capacity_bytes(self) -> float:
        """Memory a model may fill: the marketed GB (10^9 B).

        The physical HBM is a few percent larger (an "80 GB" H100 reports
        81,559 MiB), and the CUDA context and allocator take about that much,
        so the marketed figure is the honest budget.
        """
        return self.memory_gb * 1e9

    def peak_flops(self, precision: str) -> tuple[float, str]:
        """Dense peak FLOP/s for a training precision recipe, and which figure was used."""
        if precision == "fp8" and self.fp8_dense_tflops:
            return self.fp8_dense_tflops * 1e12, FP8_PEAK
        if precision == "fp32" and self.fp32_tflops:
            return self.fp32_tflops * 1e12, "FP32"
        if precision == "mixed-fp16" and self.fp16_dense_tflops:
            return self.fp16_dense_tflops * 1e12, "FP16 dense"
        if self.bf16_dense_tflops:
            return self.bf16_dense_tflops * 1e12, "BF16 dense"
        if self.fp16_dense_tflops:
            return self.fp16_dense_tflops * 1e12, "FP16 dense (no BF16 on this GPU)"
        return (self.fp32_tflops or 0.0) * 1e12, "FP32"


class Generation(BaseModel):
    """What a chip generation achieves of its datasheet figures, measured on real kernels (resources/gpus.json).

    These are the planner's only calibration constants: one set per hardware
    generation, each with its published measurement, never one per model or run.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    gemm_efficiency: float  # large dense matrix multiplies: achieved / dense peak
    gemm_ceiling: float  # the best-shape matrix multiply alone: achieved / dense peak (what gemm_efficiency scales)
    fp8_gemm_ceiling: float | None = None  # the same benchmark in FP8, where measured
    attention_efficiency: float  # fused attention (FlashAttention), forward and backward: achieved / dense peak
    hbm_efficiency: float  # streaming memory traffic: achieved / datasheet bandwidth
    scale_up_efficiency: float  # collective bus bandwidth on the intra-node link / link bandwidth
    scale_out_efficiency: float  # collective bus bandwidth between nodes / network bandwidth
    collective_latency_s: float  # fixed cost of one collective call
    source: str
    fp8_gemm_source: str = ""

    def matmul_efficiency(self, fp8: bool) -> float:
        """Share of the dense peak that matrix multiplies reach in a training step.

        FP8 kernels reach a smaller share of their (doubled) peak than 16-bit ones: the step reaches the
        same share of the FP8 kernel ceiling as it does of the 16-bit one.  Without an FP8 measurement the
        16-bit share is kept.
        """
        if fp8 and self.fp8_gemm_ceiling is not None:
            return self.gemm_efficiency * self.fp8_gemm_ceiling / self.gemm_ceiling
        return self.gemm_efficiency


class GridRegion(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kg_co2e_per_kwh: float
    year: int
    source: str


def _load(name: str) -> dict[str, Any]:
    return json.loads((resources_dir() / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gpu_catalog() -> dict[str, Gpu]:
    rows = _load("gpus.json")["gpus"]
    return {row["id"]: Gpu.model_validate({k: v for k, v in row.items() if k in Gpu.model_fields}) for row in rows}


@lru_cache(maxsize=1)
def generations() -> dict[str, Generation]:
    rows = _load("gpus.json")["generations"]
    return {key: Generation.model_validate({"id": key, **{k: v for k, v in row.items() if k in Generation.model_fields}})
            for key, row in rows.items() if isinstance(row, dict)}


@lru_cache(maxsize=1)
def grid_regions() -> dict[str, GridRegion]:
    rows = _load("grid_regions.json")["regions"]
    return {row["id"]: GridRegion.model_validate({k: v for k, v in row.items() if k in GridRegion.model_fields}) for row in rows}


@lru_cache(maxsize=1)
def household_kwh_per_year() -> tuple[float, str]:
    """Average US household electricity use (EIA), for 'household-years' equivalents."""
    usa = _load("grid_regions.json")["household_electricity"]["usa"]
    return float(usa["kwh_per_household_year"]), f"U.S. EIA, {usa['year']}: {usa['kwh_per_household_year']:,} kWh per household and year"


def workload_gpu(workload: Workload, role: str = "training") -> Gpu:
    """Training: the custom GPU if one is set, else the catalog entry.  "serving" / "finetune": their own catalog GPU."""
    if role == "serving":
        return gpu_catalog()[workload.serving_gpu]
    if role == "finetune":
        return gpu_catalog()[workload.finetune_gpu]
    custom = workload.custom_gpu
    if custom is not None:
        return Gpu(id="custom", source="user-defined", **custom.model_dump())
    return gpu_catalog()[workload.gpu]


def custom_gpu_start(gpu_id: str) -> dict[str, Any]:
    """A custom GPU's first values: the catalog GPU it replaces (renamed, so the results never pass it off as that GPU)."""
    from model.estimate.workload import CustomGpu  # the catalog reads the workload module; this goes the other way once

    gpu = gpu_catalog().get(gpu_id)
    if gpu is None:
        return {}
    values = {name: getattr(gpu, name) for name in CustomGpu.model_fields if name != "name" and getattr(gpu, name, None) is not None}
    if "bf16_dense_tflops" not in values and gpu.fp16_dense_tflops:
        values["bf16_dense_tflops"] = gpu.fp16_dense_tflops  # the tensor-core rate of a GPU without BF16 (V100)
    if gpu.generation not in CustomGpu.model_fields["generation"].annotation.__args__:
        values.pop("generation", None)
    values["name"] = f"{gpu.name} (custom)"[:100]
    return values


def carbon_intensity(workload: Workload) -> tuple[float, str]:
    """kg CO2e per kWh and where the figure comes from."""
    if workload.carbon_kg_per_kwh is not None:
        return workload.carbon_kg_per_kwh, "set by the user"
    region = grid_regions()[workload.grid_region]
    return region.kg_co2e_per_kwh, f"{region.name}, {region.year}: {region.source}"
