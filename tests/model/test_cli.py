"""The headless report: `main.py report|presets|schema`, run as a user runs it."""

import json
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
    assert "124,439,808" in result.stdout and "1.24亿" in result.stdout


def test_report_json_of_a_config():
    result = run("report", str(CONFIGS / "mixtral-8x7b.json"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["parameters"]["total"] == 46_702_792_704
    assert data["parameters"]["active"] == 12_879_925_248
    assert data["parameters"]["embedding"] == 2 * 32000 * 4096  # token embeddings + untied head
    assert data["parameters"]["breakdown"]["key"] == "model"


def test_report_set_changes_a_field():
    result = run("report", "gpt2-small", "--json", "--set", "architecture.n_layers=13")
    assert json.loads(result.stdout)["parameters"]["total"] == 124_439_808 + 7_087_872  # one GPT-2 small layer


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
