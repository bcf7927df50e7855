"""How long the training planner takes: the whole search for a design, in pure Python.

    .venv/bin/python bench/plan_latency.py

Prints, for DeepSeek-V3 on 2,048 GPUs with every layout value left to the planner (the issue's target: under
50 ms) and for other large presets, the median CPU time of the search over repeated runs, the layouts it evaluated,
and the time of the whole report (which also finds the fewest GPUs that fit and the fewest for the target time).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.design.params import count_parameters  # noqa: E402
from model.plan import profile, result  # noqa: E402
from model.plan.planner import plan  # noqa: E402
from model.project import report  # noqa: E402
from model.project.report import estimate  # noqa: E402
from model.project.sources import design_from_preset  # noqa: E402

LAYOUT_FIELDS = ("tensor_parallel", "pipeline_parallel", "virtual_pipeline_stages", "context_parallel", "expert_parallel", "zero_stage",
                 "micro_batch_size")


def timed(fn, repeats: int = 7) -> float:
    samples = []
    for _ in range(repeats):
        for cache in (profile.profile_of, result.cached_plan, report.cached_smallest_fitting_layout):
            cache.cache_clear()  # nothing carried over between runs
        start = time.process_time()  # CPU time of this process: what the search costs, whatever else runs
        fn()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def main() -> None:
    print(f"{'design':<16}{'GPUs':>7}{'search ms':>11}{'layouts':>9}{'report ms':>11}  chosen")
    for preset, n_gpus in (("deepseek-v3", 2048), ("llama-3.1-405b", 16384), ("gpt3-175b", 1024), ("mixtral-8x22b", 512), ("llama-2-7b", None)):
        design = design_from_preset(preset)
        free = design.workload.model_copy(update={**{k: None for k in LAYOUT_FIELDS}, "n_gpus": n_gpus, "layout": "auto"})
        design = design.model_copy(update={"workload": free})
        params = count_parameters(design.architecture)
        tokens = free.training_tokens or 20 * params.active
        planned = plan(design.architecture, free, tokens, active_params=params.active)
        search = timed(lambda d=design, t=tokens, a=params.active: plan(d.architecture, d.workload, t, active_params=a))
        whole = timed(lambda d=design: estimate(d), repeats=3)
        chosen = planned.chosen.layout
        print(f"{preset:<16}{chosen.n_gpus:>7,}{search * 1000:>11.1f}{planned.evaluated:>9}{whole * 1000:>11.1f}  {chosen.short()}")


if __name__ == "__main__":
    main()
