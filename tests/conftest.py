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
