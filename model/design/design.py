"""A named design: an architecture and the workload assumptions it is judged under."""

from __future__ import annotations

from pydantic import Field

from model.design.architecture import Architecture
from model.design.hf_config import ApproximateImport
from model.estimate.workload import Workload
from model.plan.published import PublishedRun
from model.project.schema import Frozen


class Design(Frozen):
    name: str = Field("Untitled design", min_length=1, max_length=200)
    architecture: Architecture = Architecture()
    workload: Workload = Workload()
    published_run: PublishedRun | None = Field(None, description="The published training run of this model, shown beside the estimate")
    approximate: ApproximateImport | None = Field(
        None, description="Set when an unknown model type was imported as its closest family: which, and the config keys it ignored")
