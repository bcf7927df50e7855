"""Reports of a whole project as Markdown (for notes and slides) and CSV (for spreadsheets)."""

from __future__ import annotations

import csv
import io

from model.project.figure import Figure
from model.project.report import Report
from model.project.units import format_int, format_value

# The headline figures compared side by side, in this order.
COMPARE_KEYS = (
    "total_params", "active_params", "sparse_ratio", "weights_bf16", "inference_memory_total", "training_memory_per_gpu",
    "gpus_inference", "training_tokens", "training_flops", "training_days", "training_energy", "training_co2", "training_rental_cost",
    "loss_besiroglu",
)


def comparison_rows(reports: list[Report]) -> list[tuple[str, list[Figure]]]:
    """(label, one figure per design) for each compared figure that every design has.

    (A design on an accelerator without a published power has no energy figures.)"""
    rows = []
    for key in COMPARE_KEYS:
        figures = [r.find_figure(key) for r in reports]
        if all(f is not None for f in figures):
            rows.append((figures[0].label, figures))
    return rows


def _shown(fig: Figure) -> str:
    return format_int(fig.value) if fig.unit == "params" else format_value(fig.value, fig.unit)


def report_markdown(project_name: str, reports: list[Report]) -> str:
    lines = [f"# {project_name}", ""]
    if len(reports) > 1:
        lines += ["## Comparison", "", "| | " + " | ".join(r.name for r in reports) + " |", "|---|" + "---:|" * len(reports)]
        for label, figs in comparison_rows(reports):
            lines.append(f"| {label} | " + " | ".join(_shown(f) for f in figs) + " |")
        lines.append("")
    for report in reports:
        lines += [f"## {report.name} ({report.family})", ""]
        for section in report.sections:
            lines += [f"### {section.title}", "", "| Figure | Value | How it was computed | Source |", "|---|---:|---|---|"]
            for fig in section.figures:
                cells = (fig.label, _shown(fig), fig.formula, fig.source)
                lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
            if section.note:
                lines += ["", f"*{section.note}*"]
            lines.append("")
    return "\n".join(lines)


def report_csv(reports: list[Report]) -> str:
    """One row per figure and design: machine-readable values with their units, formulas and sources."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["design", "section", "key", "label", "value", "unit", "formula", "source"])
    for report in reports:
        for section in report.sections:
            for fig in section.figures:
                writer.writerow([report.name, section.key, fig.key, fig.label, fig.value, fig.unit, fig.formula, fig.source])
    return out.getvalue()
