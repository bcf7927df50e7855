"""Finding English a Chinese window should not show: every widget's text, item and tooltip, walked.

Allowed to stay as they are: citations (author, year, table; titles of cited works),
units, numbers, model and GPU names, file and module names, and the technical names
papers use (d_model, SwiGLU, bf16 ...).  A tooltip's formula and source are checked too.  Anything else made of English words is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from gui.catalog import catalog_choices
from model.design.presets import load_presets

# Names and units that are the same in Chinese texts (how Chinese papers and docs write them).
TERMS = {
    "auto", "bf16", "fp16", "fp32", "fp8", "int8", "int4", "amp", "pytorch", "megatron", "deepspeed", "transformer", "engine",
    "gelu", "tanh", "relu", "swiglu", "geglu", "layernorm", "rmsnorm", "rope", "alibi", "adamw", "sgd", "adafactor", "moe",
    "mla", "ffn", "kv", "zero", "gpu", "gpus", "cpu", "nvidia", "amd", "google", "tpu", "sxm", "pcie", "nvlink", "hbm",
    "flop", "flops", "tflop", "pflop", "zflop", "eflop", "yflop", "gflop", "mflop", "kflop", "wh", "kwh", "mwh", "gwh", "twh",
    "usd", "co2", "co2e", "tco2e", "kg", "gb", "tb", "pb", "mb", "kb", "gib", "tib", "mib", "kib", "dvd", "dvds", "pue",
    "mfu", "tdp", "chinchilla", "kaplan", "hoffmann", "besiroglu", "d_model", "d_ff", "n_heads", "n_layers", "qk", "hf",
    "hugging", "face", "config", "json", "csv", "png", "markdown", "llmproj", "llm", "scale", "studio", "bert", "gpt", "t5",
    "llama", "bart", "blu", "ray", "nats", "loss", "flash", "attention",
    # terms Chinese texts keep in English, in parentheses after the Chinese word: 后置归一化（post-norm）
    "pre", "post", "norm", "top", "adam", "autocast", "dropout", "lite", "switch", "transformers",
    "accelerator",  # the custom GPU's default name "My accelerator" is data the person renames
    # GPU generations, libraries and their option names, quoted as written in their documentation
    "volta", "ampere", "ada", "hopper", "blackwell", "ascend", "huawei", "peft", "bitsandbytes", "cpp", "gguf", "factory",
    "logit", "softmax", "sink", "token", "gate", "all", "linear", "command", "gbit", "generations", "lora", "qlora", "dora",
    # architecture names as their papers write them (Qwen3-Next's Gated DeltaNet; the sigmoid function)
    "gated", "deltanet", "sigmoid", "hfu", "dualpipe", "infiniband", "roce", "connectx", "hgx", "nvl", "nemotron", "primer",
    "tp", "pp", "dp", "cp", "ep",  # parallel dimensions as Megatron-LM abbreviates them
    "persimmon", "chameleon", "stablelm",  # model families a tooltip names that have no preset
    # people, tools and repositories a figure's source cites, as they are written (Stas Bekman; Azure's
    # AI-benchmarking-guide; nccl-tests; Megatron-Core; llama.cpp's quantize), and the functions formulas use
    "ember", "stas", "bekman", "azure", "benchmarking", "guide", "nccl", "tests", "commit", "core", "torch", "quantize",
    "logits", "max", "ceil", "reduce",  # all-reduce, as NCCL names it
}


def _allowed_words() -> set[str]:
    words = set(TERMS)
    names = [p.name for p in load_presets().values()] + [label for field in ("gpu", "grid_region") for _, label in catalog_choices(field)]
    for name in names:
        words.update(w.lower() for w in re.findall(r"[A-Za-z_]+", name))
    return words


_ALLOWED: set[str] = set()


def english_words(text: str) -> set[str]:
    """English prose words in `text` (HTML tags, formulas and citations left out), lower-case."""
    if not _ALLOWED:
        _ALLOWED.update(_allowed_words())
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"《[^》]*》|'[A-Z][^'<>]*'", " ", text)  # titles of cited works, in title marks or quoted as written
    text = re.sub(r"\S+\.(json|llmproj|png|csv|md|py)\b", " ", text)  # file names and paths
    text = re.sub(r"\b\w+(\.\w+)+\b", " ", text)  # module and library names (model.plan, llama.cpp)
    text = re.sub(r"--[\w-]+", " ", text)  # command-line options (vLLM --tensor-parallel-size)
    text = re.sub(r"[A-Z][a-z]+ 等 \d{4}", " ", text)  # citations in Chinese (Pope 等 2022)
    text = re.sub(r"\([^()]*et al\.[^()]*\)|[A-Z][a-z]+ et al\. \d{4}[^,;)]*", " ", text)  # citations
    words = re.findall(r"(?<![A-Za-z0-9_])[A-Za-z][a-z]{2,}(?![A-Za-z0-9_])", text)
    return {w.lower() for w in words if w.lower() not in _ALLOWED}


def visible_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in the window: labels, buttons, titles, items, tooltips, menus."""
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()}"
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + " item", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where + " tab", widget.tabText(i)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield where + " item", widget.item(i).text()
        elif isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                if widget.horizontalHeaderItem(c):
                    yield where + " header", widget.horizontalHeaderItem(c).text()
            for r in range(widget.rowCount()):
                if widget.verticalHeaderItem(r):
                    yield where + " header", widget.verticalHeaderItem(r).text()
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    if item is not None:
                        yield where + " cell", item.text()
                        yield where + " cell tooltip", item.toolTip()
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for c in range(header.columnCount()):
                yield where + " header", header.text(c)
            iterator = QTreeWidgetItemIterator(widget)
            while iterator.value():
                item = iterator.value()
                for c in range(item.columnCount()):
                    yield where + " item", item.text(c)
                    yield where + " item tooltip", item.toolTip(c)
                iterator += 1
    for action in window.menuBar().actions():
        yield "menu", action.text()
        menu = action.menu()
        for sub in menu.actions() if menu else ():
            yield "menu item", sub.text()
    yield "status bar", window.statusBar().currentMessage()


def show_every_page(window: QMainWindow, process_events) -> None:
    """Visit every editor page, result section and chart once, so lazy views fill their tables and tooltips."""
    for index in range(window.editor.tabs.count()):
        window.editor.tabs.setCurrentIndex(index)
        process_events()
    tabs, charts = window.results.tabs, window.results.chart_tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        process_events()
    tabs.setCurrentWidget(charts)
    for index in range(charts.count()):
        charts.setCurrentIndex(index)
        process_events()
