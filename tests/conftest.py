"""Shared fixtures: a temporary home, the fake 'hash' embedder, and copies of the small core corpus."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


def write_docs(folder: Path, files: dict[str, str], manifest: str) -> Path:
    """A folder of documents with their manifest.yaml, written once (later calls reuse it)."""
    if not folder.exists():
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    return folder


@pytest.fixture
def core_docs(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/core without the 'official' file (tests add it when they need it)."""
    dest = tmp_path / "docs"
    shutil.copytree(FIXTURES / "core", dest)
    (dest / "std-2025-official.md").rename(tmp_path / "std-2025-official.md")
    return dest


@pytest.fixture
def hash_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    return Settings(home=tmp_path / "home", embedder="hash")


@pytest.fixture
def helper(hash_settings):  # type: ignore[no-untyped-def]
    from assistant.api import Assistant

    return Assistant(hash_settings)


@pytest.fixture(scope="module")
def core_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with tests/fixtures/core (without the official file) ingested by the hash embedder,
    shared by the tests of one module."""
    from assistant.api import Assistant
    from assistant.settings import Settings

    base = tmp_path_factory.mktemp("core-home")
    docs = base / "docs"
    shutil.copytree(FIXTURES / "core", docs)
    (docs / "std-2025-official.md").unlink()
    Assistant(Settings(home=base / "home", embedder="hash")).ingest([docs])
    return base / "home"


def need_local_model() -> Path:
    """The GGUF; skip (outside CI) or fail (in CI) when it or llama-cpp-python is missing."""
    from assistant.settings import Settings

    path = Settings().gguf_file
    problems = []
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        problems.append("llama-cpp-python 未安装")
    if not path.is_file():
        problems.append(f"模型文件 {path} 不存在")
    if problems:
        reason = "；".join(problems) + "（运行 make llm）"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``python -m llama_cpp.server`` over the local GGUF on 127.0.0.1 (2 threads, n_ctx 4096), shared
    by the whole session; yields its base URL ``http://127.0.0.1:PORT/v1``."""
    from assistant.errors import ModelError
    from assistant.evaluation.llama_server import serve

    gguf = need_local_model()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    try:
        server = serve(gguf, log=log, threads=2, context=4096)
        url = server.__enter__()
    except ModelError as exc:
        pytest.fail(str(exc))
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@pytest.fixture(scope="module")
def smelter():  # type: ignore[no-untyped-def]
    """The sample copper smelter's profile (corpus/examples), for the checker's tests."""
    from assistant.scoring.evaluate import REPO
    from assistant.scoring.profile import load_profile
    return load_profile(REPO / "corpus" / "examples" / "copper-smelter.yaml")


@pytest.fixture(scope="module")
def computers():  # type: ignore[no-untyped-def]
    """The sample computer-assembly plant's profile (corpus/examples)."""
    from assistant.scoring.evaluate import REPO
    from assistant.scoring.profile import load_profile
    return load_profile(REPO / "corpus" / "examples" / "computer-assembly.yaml")


@pytest.fixture(scope="session")
def refusal_assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The guide of tests/refusal_fixture.py indexed by the hash embedder, once for every refusal
    test module (composer, offline agent, LLM path)."""
    from refusal_fixture import write_guide

    from assistant.api import Assistant
    from assistant.settings import Settings

    base = tmp_path_factory.mktemp("refusal")
    a = Assistant(Settings(home=base / "home", embedder="hash", agent={"store": str(base / "c.sqlite")}))
    a.ingest([write_guide(base / "docs")])
    return a
