"""Model folders, the local Hugging Face cache (with a temporary HOME) and safetensors headers (written here)."""

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from model.design.checkpoint import count_checkpoint, describe_checkpoint, read_safetensors_header
from model.design.params import count_parameters
from model.project.errors import InputError
from model.project.sources import hub_cache_dir, load_project_argument

ROOT = Path(__file__).parents[2]
CONFIGS = ROOT / "tests" / "data" / "configs"
QWEN3 = CONFIGS / "qwen3-0.6b.json"
QWEN3_TOTAL = 596_049_920  # transformers Qwen3ForCausalLM (reference_counts.json)


def write_safetensors(path: Path, tensors: dict[str, tuple[str, list[int]]]) -> None:
    """A valid safetensors file whose tensors hold zeros (format: u64 header length, JSON header, data)."""
    sizes = {"BF16": 2, "F32": 4, "F8_E4M3": 1, "I32": 4}
    header, offset = {"__metadata__": {"format": "pt"}}, 0
    for name, (dtype, shape) in tensors.items():
        n = sizes[dtype]
        for dim in shape:
            n *= dim
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + n]}
        offset += n
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + bytes(offset))


def model_folder(tmp_path: Path, name: str = "Qwen3-0.6B") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    data = json.loads(QWEN3.read_text())
    del data["_name_or_path"]
    (folder / "config.json").write_text(json.dumps(data))
    return folder


def test_a_folder_is_accepted_and_named_after_itself(tmp_path):
    project = load_project_argument(str(model_folder(tmp_path)))
    assert [d.name for d in project.designs] == ["Qwen3-0.6B"]
    assert count_parameters(project.designs[0].architecture).total == QWEN3_TOTAL


def test_the_design_is_named_after_name_or_path(tmp_path):
    assert load_project_argument(str(QWEN3)).designs[0].name == "Qwen/Qwen3-0.6B"
    data = json.loads(QWEN3.read_text())
    data["_name_or_path"] = "/home/someone/models/my-qwen"  # a local path: its last part
    (tmp_path / "config.json").write_text(json.dumps(data))
    assert load_project_argument(str(tmp_path / "config.json")).designs[0].name == "my-qwen"


def test_a_folder_without_config_is_refused(tmp_path):
    with pytest.raises(InputError, match="a folder without a config.json"):
        load_project_argument(str(tmp_path))


def test_hub_id_from_the_local_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in ("HF_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    assert hub_cache_dir() == tmp_path / ".cache" / "huggingface" / "hub"
    with pytest.raises(InputError, match="not in the local Hugging Face cache.*name a folder"):
        load_project_argument("Qwen/Qwen3-0.6B")
    repo = hub_cache_dir() / "models--Qwen--Qwen3-0.6B"
    snapshot = repo / "snapshots" / "c1899de289a04d12100db370d81485cdf75e47ca"
    snapshot.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("c1899de289a04d12100db370d81485cdf75e47ca")
    data = json.loads(QWEN3.read_text())
    del data["_name_or_path"]
    (snapshot / "config.json").write_text(json.dumps(data))
    project = load_project_argument("Qwen/Qwen3-0.6B")
    assert project.designs[0].name == "Qwen/Qwen3-0.6B"
    assert count_parameters(project.designs[0].architecture).total == QWEN3_TOTAL
    monkeypatch.setenv("HF_HOME", str(tmp_path / "elsewhere"))
    assert hub_cache_dir() == tmp_path / "elsewhere" / "hub"


def test_safetensors_header_counts_by_dtype_and_kind(tmp_path):
    folder = model_folder(tmp_path)
    write_safetensors(folder / "model-00001-of-00002.safetensors", {
        "model.embed_tokens.weight": ("BF16", [151936, 8]),
        "model.layers.0.self_attn.q_proj.weight": ("BF16", [16, 8]),
        "model.layers.28.eh_proj.weight": ("BF16", [8, 16]),  # past num_hidden_layers (28): an MTP layer
    })
    write_safetensors(folder / "model-00002-of-00002.safetensors", {
        "model.layers.1.mlp.down_proj.weight": ("F8_E4M3", [8, 24]),
        "model.layers.1.mlp.down_proj.weight_scale_inv": ("F32", [1, 1]),
        "lm_head.weight": ("BF16", [151936, 8]),  # the config ties it: stored twice
        "visual.patch_embed.proj.weight": ("BF16", [4, 4]),
        "mtp.layers.0.mlp.gate.weight": ("BF16", [4, 8]),  # Qwen3-Next's MTP module, its layer numbered from 0
        "mtp.fc.weight": ("BF16", [8, 16]),
    })
    index = {"metadata": {"total_size": 0}, "weight_map": {
        "model.embed_tokens.weight": "model-00001-of-00002.safetensors",
        "lm_head.weight": "model-00002-of-00002.safetensors",
    }}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    header = read_safetensors_header(folder / "model-00001-of-00002.safetensors")
    assert header["model.layers.0.self_attn.q_proj.weight"]["shape"] == [16, 8]
    count = count_checkpoint(folder, json.loads((folder / "config.json").read_text()))
    assert count.files == 2
    assert count.by_dtype == {"BF16": 2 * 151936 * 8 + 128 + 128 + 16 + 32 + 128, "F8_E4M3": 192, "F32": 1}
    assert count.by_kind == {"model": 151936 * 8 + 128 + 192, "mtp": 128 + 32 + 128, "quantisation": 1, "tied_head": 151936 * 8,
                             "vision": 16}
    text = describe_checkpoint(count, 151936 * 8 + 128 + 192)
    assert "multi-token prediction" in text and "= this design's count" in text


@pytest.mark.parametrize("content,message", [
    (b"abc", "too short"),
    (struct.pack("<Q", 10**12), "not a safetensors file"),
    (struct.pack("<Q", 50) + b"{}", "cut short"),
    (struct.pack("<Q", 3) + b"abc", "not JSON"),
])
def test_damaged_safetensors_give_one_line(tmp_path, content, message):
    (tmp_path / "model.safetensors").write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_safetensors_header(tmp_path / "model.safetensors")


def test_report_of_a_folder_shows_the_checkpoint_beside_ours(tmp_path):
    folder = model_folder(tmp_path)
    shutil.copy(QWEN3, folder / "config.json")
    write_safetensors(folder / "model.safetensors", {"model.embed_tokens.weight": ("BF16", [151936, 1024])})
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", str(folder)], capture_output=True, text=True,
                            timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Checkpoint (1 safetensors file, headers only): 155,582,464 values (155,582,464 BF16)" in result.stdout
    assert f"this design: {QWEN3_TOTAL:,}" in result.stdout


def test_an_index_without_its_files_counts_nothing_and_says_so(tmp_path):
    """Tensor names carry no shapes, and metadata.total_size is bytes (an FP8 or packed checkpoint's bytes are no
    parameter count): with none of the files here, only names by kind are reported, in the text and in --json."""
    folder = model_folder(tmp_path)
    shutil.copy(QWEN3, folder / "config.json")  # 28 layers
    index = {"metadata": {"total_size": 1_192_099_840}, "weight_map": {
        "model.embed_tokens.weight": "model-00001-of-00002.safetensors",
        "model.layers.27.mlp.down_proj.weight": "model-00001-of-00002.safetensors",
        "model.layers.28.eh_proj.weight": "model-00002-of-00002.safetensors",  # past num_hidden_layers: MTP
        "model.layers.27.mlp.down_proj.weight_scale_inv": "model-00002-of-00002.safetensors",
    }}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    count = count_checkpoint(folder, json.loads((folder / "config.json").read_text()))
    assert (count.files, count.total, count.index_files, count.missing_files) == (0, 0, 2, 2)
    assert count.index_tensors == {"model": 2, "mtp": 1, "quantisation": 1} and count.index_bytes == 1_192_099_840
    assert describe_checkpoint(count, QWEN3_TOTAL).startswith(
        "Checkpoint index only: it names 4 tensor(s) (the model the config describes: 2; multi-token prediction (layers past "
        "num_hidden_layers, or mtp.* tensors): 1; quantisation scales and zero points: 1) in 2 safetensors files, none of them "
        "here; its metadata gives 1,192,099,840 bytes, which is no parameter count.")
    run = [sys.executable, str(ROOT / "main.py"), "report", str(folder)]
    table = subprocess.run(run, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert table.returncode == 0, table.stderr
    assert "Checkpoint index only: it names 4 tensor(s)" in table.stdout
    data = json.loads(subprocess.run(run + ["--json"], capture_output=True, text=True, timeout=60, cwd=ROOT).stdout)
    assert data["parameters"]["total"] == QWEN3_TOTAL
    assert data["checkpoint"] == {"files": 0, "total": 0, "by_dtype": {}, "by_kind": {}, "index_files": 2,
                                  "index_tensors": {"model": 2, "mtp": 1, "quantisation": 1}, "index_bytes": 1_192_099_840,
                                  "missing_files": 2}
    # one of the two files here: its tensors are counted, and the missing one is named as missing
    write_safetensors(folder / "model-00001-of-00002.safetensors", {"model.embed_tokens.weight": ("BF16", [151936, 1024]),
                                                                    "model.layers.27.mlp.down_proj.weight": ("BF16", [1024, 3072])})
    count = count_checkpoint(folder, json.loads((folder / "config.json").read_text()))
    assert (count.files, count.total, count.missing_files) == (1, 151936 * 1024 + 1024 * 3072, 1)
    assert "  only 1 of the 2 files its index names are here: the counts below leave the missing files out" in \
        describe_checkpoint(count, QWEN3_TOTAL)


def test_report_json_of_a_folder_has_the_checkpoint_by_dtype_and_kind(tmp_path):
    folder = model_folder(tmp_path)
    shutil.copy(QWEN3, folder / "config.json")
    write_safetensors(folder / "model.safetensors", {"model.embed_tokens.weight": ("BF16", [151936, 1024]),
                                                     "lm_head.weight": ("BF16", [151936, 1024])})  # tied: stored again
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", str(folder), "--json"], capture_output=True,
                            text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    checkpoint = json.loads(result.stdout)["checkpoint"]
    assert checkpoint["total"] == 2 * 151936 * 1024 and checkpoint["by_dtype"] == {"BF16": 2 * 151936 * 1024}
    assert checkpoint["by_kind"] == {"model": 151936 * 1024, "tied_head": 151936 * 1024}
    assert checkpoint["index_files"] is None and checkpoint["missing_files"] == 0
