"""Build the onedir bundle with PyInstaller and run it as a person's double-click would (offscreen here)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.skipif(shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None, reason="PyInstaller not installed")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(ROOT / "build.spec")],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    exe = out / "dist" / "llm-scale-studio" / "llm-scale-studio"
    assert exe.exists()
    return exe


def test_bundle_smoke(bundle):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LLM_SCALE_STUDIO_NO_DIALOGS="1")
    result = subprocess.run([str(bundle), "--smoke"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Mixtral 8x7B loaded" in result.stdout and ": ok" in result.stdout


def test_bundle_report_on_a_project(bundle):
    result = subprocess.run([str(bundle), "report", str(ROOT / "tests" / "data" / "project_v1.llmproj"), "--json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"total": 6738415616' in result.stdout  # LLaMA-2 7B, transformers' count
    bad = subprocess.run([str(bundle), "report", str(ROOT / "tests" / "data")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "a folder without a config.json" in bad.stderr
    # a config.json: the importer reads the transformers config-class defaults bundled in resources/
    qwen3 = subprocess.run([str(bundle), "report", str(ROOT / "tests" / "data" / "configs" / "qwen3-0.6b.json"), "--json"],
                           capture_output=True, text=True, timeout=120)
    assert qwen3.returncode == 0, qwen3.stderr
    assert '"total": 596049920' in qwen3.stdout  # transformers Qwen3ForCausalLM


def test_bundle_leaves_out_what_the_app_does_not_use(bundle):
    internal = bundle.parent / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not {"hypothesis", "pytest", "libQt6Network.so.6", "libqgtk3.so"} & names
    assert (internal / "resources" / "presets" / "llama-2-7b.json").exists()
    assert (internal / "resources" / "fonts" / "NotoSansSC-Regular-subset.otf").exists()
    assert (bundle.parent / "install-desktop-integration.sh").exists()
