"""Formulas as words: a template and its values give the English formula, and the GUI translates the template."""

from model.design.design import Design
from model.design.presets import load_presets
from model.estimate.workload import Workload
from model.project.figure import count, has_words, joined, words
from model.project.report import estimate
from model.project.strings import translatable_strings
from model.project.units import format_count_zh


def test_words_fill_in_their_values_and_translate_their_templates():
    fit = words("it would fit on {n} x {gpu} ({layout})", n=2, gpu="H100", layout=words("tensor parallel {tp}", tp=2))
    assert fit.text() == "it would fit on 2 x H100 (tensor parallel 2)"
    chinese = {"it would fit on {n} x {gpu} ({layout})": "用 {n} × {gpu} 可以放下（{layout}）", "tensor parallel {tp}": "张量并行 {tp}"}
    assert fit.text(lambda t: chinese.get(t, t)) == "用 2 × H100 可以放下（张量并行 2）"
    assert list(fit.templates()) == list(chinese)
    terms = joined(" + ", [words("compute {s} s", s="1.29"), "x"])
    assert terms.text() == "compute 1.29 s + x" and list(terms.templates()) == ["compute {s} s"]  # the joint is not a text
    assert has_words("ceil({a} / {b})") and not has_words("{p0} + {p1}")


def test_counts_in_words_are_written_in_the_readers_scale():
    """2,490,000,000 tokens: '2.49B' in English; '24.9亿' in Chinese, as the headline cards write counts."""
    run = words("{tokens} tokens on {n} x {gpu}", tokens=count(2.49e9), n=1, gpu="H100")
    assert run.text() == "2.49B tokens on 1 x H100"
    chinese = {"{tokens} tokens on {n} x {gpu}": "在 {n} × {gpu} 上训练 {tokens} 词元"}
    assert run.text(lambda t: chinese.get(t, t), format_count_zh) == "在 1 × H100 上训练 24.9亿 词元"
    nested = joined("; ", [run, words("{hours} GPU-hours", hours=count(1.72e6))])
    assert nested.text(str, format_count_zh) == "24.9亿 tokens on 1 x H100; 172万 GPU-hours"


def test_the_english_formula_is_its_words_filled_in_and_every_template_is_listed():
    """GPT-2 small (the default) and Llama 2 7B served on one RTX 4090 (a plan with 'does not fit' and what would)."""
    listed = set(translatable_strings())
    presets = load_presets()
    for design in (Design(), Design(architecture=presets["llama-2-70b"].architecture,
                                    workload=Workload(serving_gpu="rtx-4090", serving_tensor_parallel=1))):
        report = estimate(design)
        for figure in report.headline + tuple(f for s in report.sections for f in s.figures):
            assert figure.formula == figure.formula_words.text()
            assert set(figure.formula_words.templates()) <= listed, figure.key
            assert not figure.source or figure.source in listed, figure.key
    served = estimate(Design(architecture=presets["llama-2-70b"].architecture, workload=Workload(serving_gpu="rtx-4090", serving_tensor_parallel=1)))
    # 70B in bf16 (138 GB) on 24 GB cards: tensor parallel must divide the 64 heads; pipeline stages come first in the search
    assert served.figure("gpus_inference").formula.startswith("1 x NVIDIA GeForce RTX 4090 24GB, tensor parallel 1: does not fit; it would fit on ")
