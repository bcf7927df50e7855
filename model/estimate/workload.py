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
Recompute = Literal["auto", "none", "selective", "full"]
Layout = Literal["auto", "manual"]
ExpertDispatch = Literal["all-to-all", "per-node"]
# Chip generations with achievable-efficiency figures in resources/gpus.json ("generations").
Generation = Literal["volta", "ampere", "ada", "hopper", "blackwell", "cdna3", "cdna4", "ascend", "tpu"]
CacheDtype = Literal["fp32", "bf16", "fp8", "int4"]
# Weight formats for serving; their bits per weight are in model.estimate.storage.WEIGHT_FORMATS.
WeightFormat = Literal[
    "fp32", "bf16", "fp8", "int8", "awq-int4", "gptq-int4", "gptq-int3", "nf4",
    "gguf-q8_0", "gguf-q6_k", "gguf-q5_k_m", "gguf-q4_k_m", "gguf-q3_k_m", "gguf-q2_k",
]
FinetuneMethod = Literal["full", "lora", "qlora", "freeze"]
LoraTargets = Literal["q_v", "attention", "mlp", "all_linear"]
FinetuneOptimizer = Literal["adamw", "adamw-8bit", "paged-adamw-8bit"]
# Names used before issue 15, still read from project files: old name -> (new name, value map).
OLD_NAMES = {"inference_batch": ("concurrent_requests", {}), "weight_precision": ("weight_format", {"int4": "awq-int4"})}

# Hoffmann et al. 2022 ("Chinchilla"), Table 3 / section 3: compute-optimal
# training uses about 20 tokens per parameter.
COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER = 20


class CustomGpu(Frozen):
    """A user-defined accelerator, used instead of a catalog entry."""

    name: str = Field("My accelerator", min_length=1, max_length=100, title="Name", description="The accelerator's name, as the results and charts show it")
    memory_gb: float = Field(80.0, gt=0, description="Memory in GB (10^9 bytes)")
    memory_bandwidth_gbps: float = Field(2000.0, gt=0, description="Memory bandwidth in GB/s")
    bf16_dense_tflops: float = Field(300.0, gt=0, description="Dense BF16 throughput in TFLOP/s")
    fp8_dense_tflops: float | None = Field(None, gt=0, description="Dense FP8 throughput in TFLOP/s, if any", json_schema_extra={"empty": "none"})
    fp32_tflops: float | None = Field(None, gt=0, description="FP32 throughput in TFLOP/s (non-tensor), if known", json_schema_extra={"empty": "none"})
    tdp_watts: float = Field(400.0, gt=0, description="Board power (TDP) in watts")
    generation: Generation = Field("hopper", description="Chip generation: sets the achievable share of peak (resources/gpus.json, generations)")
    gpus_per_node: int = Field(8, ge=1, le=100_000, description="GPUs joined by the fast intra-node link")
    scale_up_gbps: float = Field(450.0, gt=0, description="Intra-node link bandwidth per GPU, GB/s in one direction")
    scale_out_gbit_per_gpu: float = Field(400.0, gt=0, description="Network bandwidth between nodes per GPU, Gbit/s")


class Workload(Frozen):
    # --- training data and batch ----------------------------------------------------
    training_tokens: int | None = Field(
        None, ge=1, le=10**18, **meta("Training tokens", "Empty: compute-optimal, about 20 tokens per parameter (Hoffmann et al. 2022).", group="training", unit="tokens")
    )
    seq_len: int | None = Field(
        None, ge=1, le=1_000_000_000,
        **meta("Training sequence length",
               "Tokens per training sequence; empty means a pre-training length: the context length, at most 4,096 "
               "(LLaMA 2 and DeepSeek-V3 pre-train at 4K and extend the context afterwards).", group="training", unit="tokens")
    )
    global_batch_tokens: int | None = Field(
        None, ge=1, le=10**12,
        **meta("Global batch", "Tokens per optimizer step over all GPUs; empty means GPT-3's batch for a model of this size "
               "(Brown et al. 2020, table 2.1: 0.5M tokens at 125M parameters up to 3.2M at 175B).", group="training", unit="tokens")
    )

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
    flash_attention: bool = Field(True, **meta("Flash attention", "A fused attention kernel that never stores the s x s attention matrix.", group="training"))
    dropout: bool = Field(False, **meta("Dropout", "Dropout layers on (they keep a mask per dropped tensor).", group="training"))

    # --- cluster ---------------------------------------------------------------------
    gpu: str = Field("h100-sxm", **meta("GPU", "Accelerator from the catalog (resources/gpus.json).", group="cluster"))
    custom_gpu: CustomGpu | None = Field(None, **meta("Custom GPU", "Your own accelerator; used instead of the catalog entry.", group="cluster"))
    n_gpus: int | None = Field(
        None, ge=1, le=100_000_000,
        **meta("GPUs for training", "Empty: the fewest GPUs whose best layout finishes within the target time.", group="cluster", unit="GPU")
    )
    target_days: float = Field(
        90.0, gt=0, le=100_000, **meta("Target training time", "Used when the GPU count is empty: the planner finds the fewest GPUs that finish in time.",
                                        group="cluster", unit="days")
    )
    gpus_per_node: int | None = Field(
        None, ge=1, le=100_000,
        **meta("GPUs per node", "GPUs joined by the fast intra-node link (NVLink: 8 in an HGX server, 72 in a GB200 NVL72 rack); "
               "empty means the GPU catalog's figure.", group="cluster", unit="GPU")
    )
    network_gbps_per_gpu: float | None = Field(
        None, gt=0, le=1_000_000,
        **meta("Network per GPU", "Scale-out bandwidth between nodes per GPU, Gbit/s (InfiniBand or RoCE: 400 for an H100 with ConnectX-7); "
               "empty means the GPU catalog's figure.", group="cluster", unit="Gbit/s")
    )

    # --- parallel layout (empty = the planner chooses; a value is pinned) ---------------
    layout: Layout = Field(
        "auto", **meta("Parallel layout", "Auto: the planner searches the layouts that fit and picks the fastest, keeping any value you set; "
                       "manual: exactly the values below (empty ones take their simplest setting).", group="layout")
    )
    tensor_parallel: int | None = Field(
        None, ge=1, le=1_000_000, **meta("Tensor parallel", "GPUs that split each layer's matrices (Megatron-LM); must divide the attention and KV heads.", group="layout")
    )
    sequence_parallel: bool = Field(
        True, **meta("Sequence parallelism", "With tensor parallelism, split the norm and dropout activations too (Korthikanti et al. 2022).", group="layout")
    )
    pipeline_parallel: int | None = Field(
        None, ge=1, le=1_000_000, **meta("Pipeline parallel", "Stages the layers are split into, one group of GPUs each (1F1B schedule).", group="layout")
    )
    virtual_pipeline_stages: int | None = Field(
        None, ge=1, le=1_000, **meta("Virtual pipeline stages", "Layer chunks per pipeline GPU (interleaved 1F1B, Narayanan et al. 2021): a smaller bubble.", group="layout")
    )
    context_parallel: int | None = Field(
        None, ge=1, le=1_000_000, **meta("Context parallel", "GPUs that split each sequence, exchanging keys and values in a ring.", group="layout")
    )
    expert_parallel: int | None = Field(
        None, ge=1, le=1_000_000, **meta("Expert parallel", "MoE: GPUs of the data-parallel group that split the experts; must divide the routed experts.", group="layout")
    )
    zero_stage: int | None = Field(
        None, ge=0, le=3,
        **meta("ZeRO stage", "Sharding over the data-parallel GPUs. 0: none; 1: optimizer state; 2: + gradients; 3: + weights (FSDP) "
               "(Rajbhandari et al. 2020).", group="layout")
    )
    micro_batch_size: int | None = Field(
        None, ge=1, le=1_000_000, **meta("Micro-batch", "Sequences each GPU group holds in one forward and backward pass.", group="layout")
    )
    recompute: Recompute = Field(
        "auto", **meta("Activation recomputation", "None; selective (attention scores recomputed); full (only each layer's input kept); auto: the planner chooses.",
                       group="layout")
    )
    overlap_expert_communication: bool = Field(
        False, **meta("Overlap expert all-to-all", "MoE: hide the expert dispatch and combine behind computation (DeepSeek-V3's DualPipe); "
                      "off: Megatron-LM's default dispatcher waits for them.", group="layout")
    )
    expert_dispatch: ExpertDispatch = Field(
        "all-to-all", **meta("Expert dispatch", "MoE across nodes: all-to-all sends a token to each of its experts (Megatron-LM's default "
                             "dispatcher); per node sends it over the network once to each node holding one of its experts, which "
                             "forwards it over NVLink (DeepSeek-V3's DeepEP, section 3.2.2).", group="layout")
    )
    goodput: float = Field(
        1.0, gt=0, le=1,
        **meta("Effective training time", "Share of the wall-clock time spent training rather than recovering from failures, restarting "
               "and checkpointing (Llama 3 405B: more than 90%, Dubey et al. 2024, section 3.3.4).", group="layout", step=0.01)
    )
    mfu: float | None = Field(
        None, gt=0, le=1,
        **meta("Model FLOPs utilisation", "Empty: derived from the step time of the layout. Set it to use your cluster's measured MFU instead.",
               group="layout", step=0.01)
    )

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
    concurrent_requests: int = Field(
        1, ge=1, le=10_000_000, **meta("Concurrent requests", "Requests the server decodes at once (the batch); formerly 'inference batch'.", group="inference")
    )
    inference_context: int | None = Field(
        None, ge=1, le=1_000_000_000, **meta("Inference context", "Tokens of context per sequence; empty means the model's context length.", group="inference", unit="tokens")
    )
    weight_format: WeightFormat = Field(
        "bf16",
        **meta(
            "Weight format",
            "How the weights are stored when serving: 16-bit, fp8, int8, GPTQ/AWQ int4 or int3 with group scales, "
            "bitsandbytes NF4 with double quantisation, or a llama.cpp GGUF type.",
            group="inference",
        ),
    )
    kv_cache_precision: CacheDtype = Field("bf16", **meta("KV-cache precision", "How cached keys and values are stored.", group="inference"))

    runtime_overhead_gib: float = Field(
        1.0, ge=0, le=1_000, **meta("Runtime overhead", "Per GPU: CUDA context, kernels and allocator slack (an assumption; the CUDA context alone is several hundred MiB).", group="inference", unit="GiB", step=0.25)
    )

    # --- serving and fine-tuning (issue 15) ---------------------------------------------
    serving_gpu: str = Field("h100-sxm", **meta("Serving GPU", "Accelerator that serves the model, chosen apart from the training GPU (catalog).", group="serving"))
    serving_gpus: int = Field(1, ge=1, le=1_000_000, **meta("Serving GPUs", "GPUs of one serving deployment: tensor x pipeline x expert parallel x replicas.", group="serving", unit="GPU"))
    serving_tensor_parallel: int | None = Field(
        None, ge=1, le=4096, **meta("Serving tensor parallel", "GPUs that split each layer (vLLM --tensor-parallel-size); empty means all serving GPUs / pipeline.", group="serving")
    )
    serving_pipeline_parallel: int = Field(1, ge=1, le=1024, **meta("Serving pipeline parallel", "Stages that split the layers, for multi-node serving (vLLM --pipeline-parallel-size).", group="serving"))
    serving_expert_parallel: int | None = Field(
        None, ge=1, le=4096,
        **meta("Serving expert parallel", "MoE: attention groups (tensor x pipeline GPUs each, with their own requests and KV cache) that "
               "share the routed experts (vLLM --data-parallel-size with --enable-expert-parallel); empty means 1.", group="serving")
    )
    quant_group_size: int = Field(
        128, ge=16, le=65_536, **meta("Quantisation group size", "Weights per scale (and zero point) in GPTQ/AWQ formats; 128 is the common default.", group="serving")
    )
    quantize_embeddings: bool = Field(
        False,
        **meta("Quantise embeddings and head", "GPTQ, AWQ, NF4, fp8 and int8 checkpoints keep the embeddings and the output head in 16 bits by default.", group="serving"),
    )
    gpu_memory_utilization: float = Field(
        0.9, gt=0, le=1, **meta("GPU memory utilisation", "Share of GPU memory the server may use (vLLM gpu_memory_utilization, default 0.9).", group="serving", step=0.01)
    )
    prefill_chunk_tokens: int = Field(
        8192, ge=16, le=10_000_000,
        **meta("Prefill chunk", "Tokens prefilled in one step (vLLM max_num_batched_tokens with chunked prefill; SGLang chunked_prefill_size 8192).", group="serving", unit="tokens"),
    )
    prompt_tokens: int = Field(1024, ge=1, le=1_000_000_000, **meta("Prompt tokens", "Input tokens per request.", group="serving", unit="tokens"))
    output_tokens: int = Field(256, ge=1, le=1_000_000_000, **meta("Output tokens", "Generated tokens per request.", group="serving", unit="tokens"))
    prefill_efficiency: float | None = Field(
        None, gt=0, le=1,
        **meta("Matrix-multiply efficiency", "Share of peak FLOP/s prefill and large-batch decode reach; empty means the chip generation's "
               "measured figure (resources/gpus.json).", group="serving", step=0.05)
    )
    finetune_method: FinetuneMethod = Field(
        "lora", **meta("Fine-tuning method", "full; LoRA adapters; QLoRA (NF4 base + LoRA); freeze (only the last layers train).", group="finetune")
    )
    finetune_gpu: str = Field("h100-sxm", **meta("Fine-tuning GPU", "Accelerator for fine-tuning, chosen apart from the training GPU (catalog).", group="finetune"))
    lora_rank: int = Field(16, ge=1, le=65_536, **meta("LoRA rank", "r: each adapted matrix W (d_out x d_in) gains B (d_out x r) and A (r x d_in).", group="finetune"))
    lora_targets: LoraTargets = Field(
        "all_linear", **meta("LoRA targets", "q and v projections; all attention projections; the MLP; all linear layers but the output head (peft 'all-linear').", group="finetune")
    )
    lora_routed_experts: bool = Field(
        False,
        **meta(
            "LoRA on routed experts",
            "MoE: also adapt the routed experts and the router. peft's 'all-linear' reaches only nn.Linear layers, and "
            "transformers 5 fuses the experts into 3-D tensors, so by default they stay frozen; for Mixtral peft 0.21 "
            "maps them onto the fused tensors (gate and up together at rank 2r), which this counts.",
            group="finetune",
        ),
    )
    lora_variant: Literal["lora", "dora"] = Field("lora", **meta("LoRA variant", "DoRA adds a trainable magnitude per output row of each adapted matrix.", group="finetune"))
    lora_trainable_embeddings: bool = Field(
        False, **meta("Train embeddings and head", "Embeddings and output head fully trained (peft modules_to_save: a trainable copy of each).", group="finetune")
    )
    gradient_checkpointing: bool = Field(True, **meta("Gradient checkpointing", "Keep only each layer's input and recompute the rest in backward.", group="finetune"))
    finetune_optimizer: FinetuneOptimizer = Field(
        "adamw", **meta("Fine-tuning optimizer", "AdamW (fp32 moments); bitsandbytes 8-bit AdamW; paged 8-bit AdamW.", group="finetune")
    )
    finetune_trainable_layers: int = Field(
        2, ge=1, le=100_000, **meta("Trainable layers (freeze)", "The last layers trained when freezing (LLaMA-Factory freeze_trainable_layers, default 2).", group="finetune")
    )
    finetune_batch: int = Field(1, ge=1, le=1_000_000, **meta("Fine-tuning batch", "Sequences per GPU in one step.", group="finetune"))
    finetune_seq_len: int = Field(2048, ge=1, le=1_000_000_000, **meta("Fine-tuning sequence length", "Tokens per fine-tuning sequence.", group="finetune", unit="tokens"))

    @model_validator(mode="before")
    @classmethod
    def _old_names(cls, data):
        """Project files written before issue 15 use inference_batch and weight_precision (int4 meant AWQ-style int4)."""
        if isinstance(data, dict) and any(old in data for old in OLD_NAMES):
            data = dict(data)
            for old, (new, values) in OLD_NAMES.items():
                if old in data:
                    value = data.pop(old)
                    data.setdefault(new, values.get(value, value))
        return data

    @model_validator(mode="after")
    def _check(self) -> Workload:
        from model.estimate.hardware import gpu_catalog, grid_regions  # the catalogs are data files, loaded once

        problems = []
        if self.custom_gpu is None and self.gpu not in gpu_catalog():
            problems.append(f"unknown GPU {self.gpu!r}; choose one of: " + ", ".join(gpu_catalog()))
        for label, gpu in (("serving", self.serving_gpu), ("fine-tuning", self.finetune_gpu)):
            if gpu not in gpu_catalog():
                problems.append(f"unknown {label} GPU {gpu!r}; choose one of: " + ", ".join(gpu_catalog()))
        if self.carbon_kg_per_kwh is None and self.grid_region not in grid_regions():
            problems.append(f"unknown grid region {self.grid_region!r}; choose one of: " + ", ".join(grid_regions()))
        if problems:
            raise ValueError("; ".join(problems))
        return self
