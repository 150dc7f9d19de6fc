"""The import-linter contracts in pyproject.toml hold (also run by `make test` and `make lint`)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_layers_contract_lists_the_stages_in_order() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["root_package"] == "assistant"
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    assert layers == [
        "assistant.cli | assistant.evaluation",
        "assistant.cli_search",  # the search command, split from cli.py (it imports only the retriever)
        "assistant.api",
        "assistant.api_app",
        "assistant.api_views",
        "assistant.report | assistant.trainer",
        "assistant.agent",
        "assistant.answer | assistant.scoring",
        "assistant.retrieve",
        "assistant.index",
        "assistant.ingest",
        "assistant.llm | assistant.prompts",
        "assistant.types | assistant.settings | assistant.storage",
        "assistant.errors",
    ]
    forbidden = next(c for c in config["contracts"] if c["type"] == "forbidden")
    assert forbidden["source_modules"] == ["assistant.scoring"]
    assert {"assistant.ingest", "assistant.index", "assistant.retrieve", "assistant.answer",
            "assistant.api"} <= set(forbidden["forbidden_modules"])


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    proc = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


# What the app (app.py, app_pages/) may import of the assistant package: the API and the entry points
# of the stages above it, plus the bottom layers' errors, settings and types.
APP_ALLOWED = ("assistant.api", "assistant.agent", "assistant.report", "assistant.trainer", "assistant.errors",
               "assistant.settings", "assistant.types")


def test_app_imports_only_the_api_and_entry_points() -> None:
    import ast

    files = [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]
    assert len(files) > 3
    bad = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                if name.split(".")[0] == "assistant" and name not in APP_ALLOWED:  # packages, not internals
                    bad.append(f"{path.name}: {name}")
    assert not bad, bad
