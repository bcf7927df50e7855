"""Chart data for the scaling-law views: every curve is computed here, the GUI only draws.

Each chart is a list of series in data coordinates (parameters, tokens,
FLOPs, loss in nats per token).  Formulas live in model.estimate.scaling; this module
only samples them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from model.estimate.scaling import BESIROGLU, CHINCHILLA, KAPLAN, PARAMETRIC_LAWS, log_space
from model.estimate.workload import COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER
from model.project.units import format_count, format_si

SeriesKind = Literal["curve", "frontier", "reference", "design", "optimum"]
POINTS_PER_CURVE = 80
PARAMS_AXIS = {"x_label": "Parameters (active per token)", "x_unit": "params"}
LOSS_AXIS = {"y_label": "Predicted loss (nats/token)", "y_unit": "loss"}
LOSS_VS_PARAMS_AXES = {**PARAMS_AXIS, **LOSS_AXIS}


class Series(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    kind: SeriesKind
    xs: tuple[float, ...]
    ys: tuple[float, ...]


class Chart(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    title: str
    x_label: str
    y_label: str
    x_unit: str  # "params", "tokens", "FLOP": for tick labels (1M, 1B, 1T)
    y_unit: str  # "loss", "tokens"
    x_log: bool = True
    y_log: bool = False
    series: tuple[Series, ...]
    note: str = ""


def _span(value: float, below: float, above: float, low: float, high: float) -> tuple[float, float]:
    """An axis range covering [low, high] and the design's value with some margin."""
    return min(low, value / below), max(high, value * above)


def loss_vs_parameters(n_params: float, n_kaplan: float, tokens: float) -> Chart:
    lo, hi = _span(n_params, 30, 30, 1e7, 1e12)
    ns = log_space(lo, hi, POINTS_PER_CURVE)
    series = [
        Series(key=law.key, label=law.label, kind="curve", xs=tuple(ns), ys=tuple(law.loss(n, tokens) for n in ns))
        for law in PARAMETRIC_LAWS
    ]
    # Kaplan's N excludes embeddings; we plot against the same x (total active) shifted by the design's ratio.
    ratio = n_kaplan / n_params
    series.append(
        Series(key="kaplan", label="Kaplan et al. 2020", kind="curve", xs=tuple(ns), ys=tuple(KAPLAN.loss(n * ratio, tokens) for n in ns))
    )
    series += [
        Series(key=f"design_{law.key}", label=f"This design ({law.label})", kind="design", xs=(n_params,), ys=(law.loss(n_params, tokens),))
        for law in PARAMETRIC_LAWS
    ]
    series.append(Series(key="design_kaplan", label="This design (Kaplan)", kind="design", xs=(n_params,), ys=(KAPLAN.loss(n_kaplan, tokens),)))
    return Chart(
        key="loss_vs_params",
        title="Loss vs parameters",
        **LOSS_VS_PARAMS_AXES,
        series=tuple(series),
        note="Each curve at the design's own training tokens. Kaplan's curve uses non-embedding parameters.",
    )


def loss_vs_compute(n_params: float, tokens: float) -> Chart:
    flops = 6 * n_params * tokens
    lo, hi = _span(flops, 1e3, 1e3, 1e18, 1e26)
    cs = log_space(lo, hi, POINTS_PER_CURVE)
    series = []
    for law in PARAMETRIC_LAWS:
        frontier = [law.loss(*law.optimal(c)) for c in cs]
        # named by its law alone, as on the loss-vs-parameters chart: the note says what the bold lines are
        series.append(Series(key=f"frontier_{law.key}", label=law.label, kind="frontier", xs=tuple(cs), ys=tuple(frontier)))
    series.append(Series(key="frontier_kaplan", label="Kaplan et al. 2020, L(C_min)", kind="frontier", xs=tuple(cs), ys=tuple(KAPLAN.loss_c(c) for c in cs)))
    # Fixed-size training curves: a model of N parameters trained on C / 6N tokens.
    for n in (1e8, 1e9, 1e10, 1e11):
        xs = [c for c in cs if c / (6 * n) >= n]  # from 1 token per parameter on
        if len(xs) > 1:
            series.append(
                Series(key=f"fixed_{n:.0e}", label=f"{format_count(n)} parameters", kind="reference", xs=tuple(xs), ys=tuple(CHINCHILLA.loss(n, c / (6 * n)) for c in xs))
            )
    series.append(Series(key="design", label="This design (Chinchilla)", kind="design", xs=(flops,), ys=(CHINCHILLA.loss(n_params, tokens),)))
    n_opt, d_opt = BESIROGLU.optimal(flops)
    series.append(
        Series(key="optimum", label="Compute-optimal design, same compute (Besiroglu)", kind="optimum", xs=(flops,), ys=(BESIROGLU.loss(n_opt, d_opt),))
    )
    return Chart(
        key="loss_vs_compute",
        title="Loss vs training compute",
        x_label="Training compute (FLOP, 6ND)",
        x_unit="FLOP",
        **LOSS_AXIS,
        series=tuple(series),
        note="Thin lines: models of fixed size trained longer (Chinchilla fit); bold: the best loss each law allows at each compute.",
    )


def iso_flop(n_params: float, tokens: float) -> Chart:
    """Chinchilla figure 3 style: loss vs N at fixed compute; the minima form the frontier."""
    flops = 6 * n_params * tokens
    budgets = sorted({flops} | {10.0**e for e in range(19, 27, 2)})
    series = []
    minima_n, minima_l = [], []
    for c in budgets:
        n_opt, _ = BESIROGLU.optimal(c)
        ns = log_space(n_opt / 100, n_opt * 100, POINTS_PER_CURVE)
        is_design = c == flops
        series.append(
            Series(
                key="iso_design" if is_design else f"iso_{c:.0e}",
                label="This design's compute" if is_design else format_si(c, "FLOP"),
                kind="curve" if is_design else "reference",
                xs=tuple(ns),
                ys=tuple(BESIROGLU.loss(n, c / (6 * n)) for n in ns),
            )
        )
        minima_n.append(n_opt)
        minima_l.append(BESIROGLU.loss(n_opt, c / (6 * n_opt)))
    series.append(Series(key="frontier", label="Minimum of each iso-FLOP curve", kind="frontier", xs=tuple(minima_n), ys=tuple(minima_l)))
    series.append(Series(key="design", label="This design", kind="design", xs=(n_params,), ys=(BESIROGLU.loss(n_params, tokens),)))
    return Chart(
        key="iso_flop",
        title="Iso-FLOP curves",
        **LOSS_VS_PARAMS_AXES,
        series=tuple(series),
        note="Each curve spends the same compute on models of different sizes (Besiroglu et al. 2024 fit).",
    )


def tokens_vs_parameters(n_params: float, tokens: float) -> Chart:
    lo, hi = _span(n_params, 30, 30, 1e7, 1e13)
    ns = log_space(lo, hi, 2)
    series = [
        Series(
            key="rule_20",
            label=f"{COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER} tokens per parameter (Hoffmann et al. 2022)",
            kind="frontier",
            xs=tuple(ns),
            ys=tuple(COMPUTE_OPTIMAL_TOKENS_PER_PARAMETER * n for n in ns),
        )
    ]
    for law in (BESIROGLU, CHINCHILLA):
        cs = log_space(6 * 20 * lo**2 / 100, 6 * 20 * hi**2, POINTS_PER_CURVE)
        pairs = [law.optimal(c) for c in cs]
        pairs = [(n, d) for n, d in pairs if lo <= n <= hi]
        if len(pairs) > 1:
            series.append(
                Series(key=f"optimal_{law.key}", label=f"Compute-optimal, {law.label}", kind="curve", xs=tuple(p[0] for p in pairs), ys=tuple(p[1] for p in pairs))
            )
    series.append(Series(key="design", label="This design", kind="design", xs=(n_params,), ys=(tokens,)))
    return Chart(
        key="tokens_vs_params",
        title="Training tokens vs parameters",
        **PARAMS_AXIS,
        y_label="Training tokens",
        y_unit="tokens",
        y_log=True,
        series=tuple(series),
        note="Above the line: trained longer than compute-optimal (cheaper to serve); below: under-trained.",
    )


def scaling_charts(n_params: float, n_kaplan: float, tokens: float) -> tuple[Chart, ...]:
    return (
        loss_vs_parameters(n_params, n_kaplan, tokens),
        loss_vs_compute(n_params, tokens),
        iso_flop(n_params, tokens),
        tokens_vs_parameters(n_params, tokens),
    )


ENCODER_SERVING_NOTE = ("An encoder-only model reads its input and generates no tokens: there is no output to plot. Its time to "
                        "encode a request and its cost per million input tokens are under Serving.")


def serving_throughput(curve: tuple[tuple[int, float, float, bool], ...], concurrent: int, max_concurrency: float,
                       generates: bool = True) -> Chart:
    """Total output tokens/s against tokens/s per user as concurrency grows (model.serve.serving computes the points);
    empty, with a note that says why, for a model that generates nothing (encoder-only)."""
    if not generates:
        curve = ()
    fits = [p for p in curve if p[3]]
    beyond = [p for p in curve if not p[3]]
    if fits and beyond:
        beyond = [*reversed(beyond), fits[-1]]  # the grey part ends (and is labelled) where the memory limit is reached
    series = []
    if fits:
        series.append(Series(key="serving_fits", label="Concurrent requests that fit the KV cache", kind="curve",
                             xs=tuple(p[1] for p in fits), ys=tuple(p[2] for p in fits)))
    if len(beyond) > 1:
        series.append(Series(key="serving_beyond", label="Beyond the memory limit", kind="reference",
                             xs=tuple(p[1] for p in beyond), ys=tuple(p[2] for p in beyond)))
    limit = [p for p in curve if p[0] == max(1, int(max_concurrency))]
    if limit and max_concurrency >= 1:
        series.append(Series(key="serving_limit", label="Memory limit (maximum concurrency)", kind="optimum",
                             xs=(limit[0][1],), ys=(limit[0][2],)))
    here = [p for p in curve if p[0] == concurrent]
    if here:
        series.append(Series(key="serving_here", label="This setup", kind="design", xs=(here[0][1],), ys=(here[0][2],)))
    return Chart(
        key="serving_throughput",
        title="Serving: throughput vs speed per user",
        x_label="Output tokens/s per user",
        y_label="Output tokens/s in total",
        x_unit="tokens/s",
        y_unit="tokens/s",
        x_log=False,
        y_log=True,
        series=tuple(series),
        note=("Each point doubles the concurrent requests; decode upper bounds (Pope et al. 2022). Set the GPUs under Serving."
              if generates else ENCODER_SERVING_NOTE),
    )
