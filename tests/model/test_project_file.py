"""`.llmproj` files: round trip, migration, every kind of bad file, atomic save."""

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.design.design import Design
from model.design.params import count_parameters
from model.estimate.workload import Workload
from model.project.errors import InputError
from model.project.project_file import FORMAT_VERSION, Project, load_project, parse_project, project_json, save_project
from tests.model.test_params import designs

DATA = Path(__file__).parents[1] / "data"

workloads = st.builds(
    Workload,
    training_tokens=st.one_of(st.none(), st.integers(1, 10**15)),
    micro_batch_size=st.integers(1, 64),
    precision=st.sampled_from(["fp32", "mixed-bf16", "mixed-fp16", "bf16", "fp8"]),
    zero_stage=st.integers(0, 3),
    mfu=st.floats(0.01, 1.0),
    gpu=st.sampled_from(["h100-sxm", "a100-80gb-sxm", "mi300x", "ascend-910b"]),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(st.text(min_size=1, max_size=30), designs(), workloads), min_size=1, max_size=4), name=st.text(min_size=1, max_size=40))
def test_save_then_load_is_identity(tmp_path_factory, items, name):
    project = Project(name=name, designs=tuple(Design(name=n, architecture=a, workload=w) for n, a, w in items), current=len(items) - 1)
    path = tmp_path_factory.mktemp("p") / "x.llmproj"
    save_project(project, path)
    assert load_project(path) == project


def test_version_1_migrates():
    project = load_project(DATA / "project_v1.llmproj")
    assert len(project.designs) == 1 and project.name == "LLaMA-2 7B, longer training"
    design = project.design
    assert count_parameters(design.architecture).total == 6_738_415_616  # LLaMA-2 7B (transformers)
    assert design.workload.training_tokens == 2 * 10**12 and design.workload.n_gpus == 2048
    assert json.loads(project_json(project))["format_version"] == FORMAT_VERSION


GOOD = project_json(Project())


@pytest.mark.parametrize(
    "text,message",
    [
        (GOOD[: len(GOOD) // 2], "damaged or truncated"),
        ("", "damaged or truncated"),
        ('{"hello": 1}', "not an LLM Scale Studio project"),
        (GOOD.replace('"format_version": 3', '"format_version": 7'), "newer LLM Scale Studio (format 7"),
        (GOOD.replace('"format_version": 3', '"format_version": "3"'), "format_version should be a whole number"),
        (GOOD.replace('"d_model": 768', '"d_model": "wide"'), "project.designs.0.architecture.d_model (line 13)"),
        (GOOD.replace('"n_heads": 12', '"n_heads": 7'), "not divisible by the number of heads"),
        (GOOD.replace('"mfu": null', '"mfu": NaN'), "mfu"),
        (GOOD.replace('"vocab_size": 50257', '"vocab_size": 50257, "colour": "red"'), "colour"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_files_name_the_problem(text, message):
    with pytest.raises(InputError) as caught:
        parse_project(text, "x.llmproj")
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_not_utf8_and_folder(tmp_path):
    bad = tmp_path / "latin1.llmproj"
    bad.write_bytes(GOOD.replace("Untitled project", "Projet \xe9t\xe9").encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_project(bad)
    with pytest.raises(InputError, match="is a folder"):
        load_project(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores folder permissions")
def test_failed_save_keeps_the_old_file_permission(tmp_path):
    path = tmp_path / "p.llmproj"
    save_project(Project(name="old"), path)
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(InputError, match="could not save"):
            save_project(Project(name="new"), path)
    finally:
        tmp_path.chmod(stat.S_IRWXU)
    assert load_project(path).name == "old"


def test_failed_save_keeps_the_old_file_disk_full(tmp_path, monkeypatch):
    """A full disk (simulated: the write fails) leaves the previous file whole and no temporary file behind."""
    path = tmp_path / "p.llmproj"
    save_project(Project(name="old"), path)

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(InputError, match="No space left on device"):
        save_project(Project(name="new"), path)
    monkeypatch.undo()
    assert load_project(path).name == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["p.llmproj"]


def test_report_exports():
    from model.project.export import report_csv, report_markdown
    from model.project.report import estimate
    from model.project.sources import design_from_preset

    reports = [estimate(design_from_preset("llama-2-70b")), estimate(design_from_preset("mixtral-8x22b"))]
    md = report_markdown("Dense vs MoE", reports)
    assert "| Total parameters | 68,976,648,192 | 140,620,634,112 |" in md  # transformers' counts
    rows = report_csv(reports).splitlines()
    assert rows[0] == "design,section,key,label,value,unit,formula,source"
    assert any(row.startswith("Mixtral 8x22B,parameters,active_params,Active parameters per token,39152031744,params") for row in rows)


def test_a_saved_project_gets_the_mode_the_umask_gives(tmp_path):
    """mkstemp makes 0600 files; a saved project is a normal file the rest of a team can read."""
    import os
    import stat

    from model.project.project_file import write_atomically

    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "a.llmproj", "{}")
        assert stat.S_IMODE((tmp_path / "a.llmproj").stat().st_mode) == 0o644
        os.chmod(tmp_path / "a.llmproj", 0o600)  # a person's own choice stays
        write_atomically(tmp_path / "a.llmproj", "{}")
        assert stat.S_IMODE((tmp_path / "a.llmproj").stat().st_mode) == 0o600
    finally:
        os.umask(old)
