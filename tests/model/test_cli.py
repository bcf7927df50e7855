"""The headless report: `main.py report|presets|schema`, run as a user runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CONFIGS = ROOT / "tests" / "data" / "configs"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_report_table_of_a_preset():
    result = run("report", "gpt2-small")
    assert result.returncode == 0, result.stderr
    assert "124,439,808" in result.stdout and "124M" in result.stdout
    assert "亿" not in result.stdout  # the command line speaks English, numbers too


def test_report_shows_the_mtp_module_and_the_vision_tower_apart():
    """The checkpoint's parts outside the total, and their sum (tests/model/test_params.py derives the counts)."""
    table = run("report", "deepseek-v3").stdout
    assert "  Multi-token-prediction modules                  11,610,067,968  11.6B" in table
    assert "  Embedding and head copies for MTP                1,853,358,080  1.85B" in table
    assert "  Parameters in the released checkpoint          684,489,830,400  684B" in table
    assert "  671B model + 11.61B MTP + 1.853B embedding and head copies for MTP = 684.5B in the released checkpoint" in table
    table = run("report", "gemma-3-27b").stdout
    assert "  Vision tower and projector                         423,060,336  423M" in table
    assert "27.01B model + 423.1M vision tower and projector = 27.43B in the released checkpoint" in table
    data = json.loads(run("report", "deepseek-v3", "--json").stdout)
    assert (data["parameters"]["mtp"], data["parameters"]["checkpoint_total"]) == (11_610_067_968, 684_489_830_400)
    assert "in the released checkpoint" not in run("report", "llama-2-7b").stdout


def test_report_json_of_a_config():
    result = run("report", str(CONFIGS / "mixtral-8x7b.json"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["parameters"]["total"] == 46_702_792_704
    assert data["parameters"]["active"] == 12_879_925_248
    assert data["parameters"]["embedding"] == 2 * 32000 * 4096  # token embeddings + untied head
    assert data["parameters"]["breakdown"]["key"] == "model"


def test_report_of_an_unknown_llama_style_config_is_labelled_approximate(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    config = {"model_type": "my_llama", "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
              "num_key_value_heads": 2, "intermediate_size": 128, "vocab_size": 1000, "max_position_embeddings": 256,
              "my_gate_mode": "sigmoid"}
    (folder / "config.json").write_text(json.dumps(config))
    table = run("report", str(folder))
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith("my-model (approximate: imported as llama) (decoder-only)")
    assert "! approximate: model_type 'my_llama' is not supported and was imported as llama; " \
           "keys not understood (their effect is missing): my_gate_mode" in table.stdout
    result = run("report", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] == "my-model (approximate: imported as llama)"
    assert data["approximate"] == {"model_type": "my_llama", "imported_as": "llama", "ignored_keys": ["my_gate_mode"]}
    assert data["parameters"]["total"] == 202_048  # counted by hand in tests/model/test_hf_config.py
    (folder / "config.json").write_text(json.dumps({"model_type": "my_rnn", "hidden_size": 64}))
    refused = run("report", str(folder))
    assert refused.returncode == 2 and "model_type 'my_rnn' is not supported;" in refused.stderr


def test_report_set_changes_a_field():
    result = run("report", "gpt2-small", "--json", "--set", "architecture.n_layers=13")
    assert json.loads(result.stdout)["parameters"]["total"] == 124_439_808 + 7_087_872  # one GPT-2 small layer


def test_report_set_empty_leaves_a_field_to_be_derived():
    """Issue 13: "MFU stays overridable (a field left empty = derived)"; found in review: `--set workload.n_gpus=` was refused
    ("Input should be a valid integer"), so a published run's GPU count could not be given back to the planner."""
    result = run("report", "deepseek-v3", "--json", "--set", "workload.n_gpus=", "--set", "workload.mfu=")
    plan = json.loads(result.stdout)["plan"]
    assert plan["n_gpus_derived"] and not plan["mfu_set_by_user"] and plan["deadline_met"]


@pytest.mark.parametrize(
    "args,message",
    [
        (("report", "no-such-thing"), "no such file, folder or preset"),
        (("report", str(ROOT / "tests")), "tests: a folder without a config.json"),
        (("report", "gpt2-small", "--set", "architecture.n_heads=7"), "not divisible"),
        (("report", "gpt2-small", "--set", "architecture.colour=red"), "unknown field 'colour'"),
        (("report", "gpt2-small", "--set", "n_layers"), "expected FIELD=VALUE"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_bad_json_file(tmp_path):
    bad = tmp_path / "config.json"
    bad.write_text('{"model_type": "llama", "hidden_size": ')
    result = run("report", str(bad))
    assert result.returncode == 2 and "damaged or truncated" in result.stderr and "line 1" in result.stderr


def test_presets_and_schema():
    presets = run("presets")
    assert presets.returncode == 0 and "mixtral-8x7b" in presets.stdout and "46.7B" in presets.stdout
    schema = json.loads(run("schema").stdout)
    assert "designs" in schema["properties"] and "Architecture" in schema["$defs"]


def test_set_accepts_counts_as_the_window_does():
    result = run("report", "gpt2-small", "--json", "--set", "workload.training_tokens=300B", "--set", "workload.seq_len=1,024")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["resolved"]["training_tokens"] == 300_000_000_000 and data["resolved"]["seq_len"] == 1024
    result = run("report", "gpt2-small", "--json", "--set", "workload.training_tokens=2T")
    assert json.loads(result.stdout)["resolved"]["training_tokens"] == 2_000_000_000_000


def test_a_closed_pipe_ends_the_report_quietly():
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "report", "llama-2-7b"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.close()  # what `| head` does once it has its lines; closed before the report is written
    _, errors = process.communicate(timeout=60)
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors


def test_a_pipe_closed_before_the_buffered_output_is_written_ends_quietly():
    """Output smaller than Python's buffer is written at exit, after the reader (`| head`, `| true`) may have gone;
    without PYTHONUNBUFFERED, as in a person's shell and always in the bundle, it once printed "Exception ignored ...
    BrokenPipeError" and exited with 120."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "presets"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT, env=env)
    process.stdout.close()  # the reader is gone before the list (about 4 kB) is flushed
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 0 and b"BrokenPipe" not in errors, errors


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "config.json"
    os.mkfifo(fifo)
    result = run("report", str(fifo))  # reading it would wait forever for a writer
    assert result.returncode == 2 and "not a regular file" in result.stderr
