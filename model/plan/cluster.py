"""The system: one kind of GPU, its links, and what its generation achieves of its datasheet.

As in Calculon (Isaev et al., SC'23), the system is data: a GPU's dense peak
and memory bandwidth, and one network tier per link (the intra-node link, NVLink
or its kin, and the scale-out network between nodes), each with a bandwidth
per GPU, an achieved efficiency and a fixed latency.  The catalog rows and
the per-generation efficiencies are in resources/gpus.json, one source each.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.estimate.hardware import FP8_PEAK, Generation, Gpu, generations, workload_gpu
from model.estimate.workload import Workload
from model.project.figure import Words, words

# A GPU without published link figures (a custom row, or a catalog row that lacks them) gets these, and says so:
# PCIe Gen4 x16, 32 GB/s in each direction (PCI-SIG), and 100 Gbit/s Ethernet shared by 8 GPUs.
FALLBACK_SCALE_UP_GBPS = 32.0
FALLBACK_SCALE_OUT_GBIT = 12.5
NO_GENERATION = "no efficiency figures for the generation of {gpu}; Hopper's are used"  # only a custom GPU of an unknown generation


@dataclass(frozen=True)
class Link:
    """One network tier as one GPU sees it."""

    name: str
    bytes_per_s: float  # per GPU, one direction, datasheet
    efficiency: float  # achieved collective bus bandwidth / datasheet
    latency_s: float  # per collective call

    @property
    def achieved_bytes_per_s(self) -> float:
        return self.bytes_per_s * self.efficiency


@dataclass(frozen=True, eq=False)  # hashed by identity: the step-time cache of a plan keys on it
class Cluster:
    gpu: Gpu
    generation: Generation
    gpus_per_node: int
    scale_up: Link
    scale_out: Link
    peak_flops: float  # dense peak of the training precision
    peak_label: str
    notes: tuple[Words, ...] = ()

    @property
    def memory_bytes_per_s(self) -> float:
        """Achieved HBM bandwidth: datasheet x the generation's streaming efficiency."""
        return self.gpu.memory_bandwidth_gbps * 1e9 * self.generation.hbm_efficiency

    @property
    def matmul_efficiency(self) -> float:
        """Share of the peak that large matrix multiplies reach (the FP8 kernels' own share under an FP8 peak)."""
        return self.generation.matmul_efficiency(fp8=self.peak_label == FP8_PEAK)

    @property
    def matmul_flops(self) -> float:
        """Achieved throughput of large dense matrix multiplies."""
        return self.peak_flops * self.matmul_efficiency

    @property
    def attention_flops(self) -> float:
        """Achieved throughput of fused attention, which runs in 16 bits even in fp8 recipes (Transformer Engine
        casts only the linear layers' GEMMs to fp8)."""
        return self.gpu.peak_flops("bf16")[0] * self.generation.attention_efficiency

    def link_for(self, group_span: int) -> Link:
        """The link a collective uses when its GPUs span `group_span` consecutive ranks: NVLink inside a node."""
        return self.scale_up if group_span <= self.gpus_per_node else self.scale_out


def cluster_of(workload: Workload) -> Cluster:
    gpu = workload_gpu(workload)
    custom = workload.custom_gpu
    gen_id = custom.generation if custom is not None else gpu.generation
    table = generations()
    generation = table.get(gen_id) or table["hopper"]
    notes: list[Words] = []  # what was assumed for lack of figures (the GUI translates the words)
    if gen_id not in table:
        notes.append(words(NO_GENERATION, gpu=gpu.name))
    per_node = workload.gpus_per_node or (custom.gpus_per_node if custom is not None else gpu.gpus_per_node)
    up_gbps = custom.scale_up_gbps if custom is not None else gpu.scale_up_gbps
    out_gbit = workload.network_gbps_per_gpu or (custom.scale_out_gbit_per_gpu if custom is not None else gpu.scale_out_gbit_per_gpu)
    if up_gbps is None:
        up_gbps = FALLBACK_SCALE_UP_GBPS
        notes.append(words("{gpu} has no published intra-node link figure: PCIe Gen4 x16 (32 GB/s each way) assumed", gpu=gpu.name))
    if out_gbit is None:
        out_gbit = FALLBACK_SCALE_OUT_GBIT
        notes.append(words("{gpu} has no published network figure: 100 Gbit/s Ethernet per 8 GPUs assumed", gpu=gpu.name))
    peak, label = gpu.peak_flops(workload.precision)
    return Cluster(
        gpu=gpu,
        generation=generation,
        gpus_per_node=per_node,
        scale_up=Link("intra-node link", up_gbps * 1e9, generation.scale_up_efficiency, generation.collective_latency_s),
        scale_out=Link("network", out_gbit * 1e9 / 8, generation.scale_out_efficiency, generation.collective_latency_s),
        peak_flops=peak,
        peak_label=label,
        notes=tuple(notes),
    )
