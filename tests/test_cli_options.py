"""CLI options: --home before or after the subcommand, search -k from ASSISTANT_RETRIEVAL__TOP_K, the error boundary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import build_parser, main

ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # main() writes --home to os.environ; setting it here first makes monkeypatch restore it
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path / "default-home"))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")


@pytest.mark.parametrize("argv", [
    ["ingest", "docs", "--home", "H"],
    ["remove", "DOC", "--home", "H"],
    ["search", "取水量", "--home", "H"],
    ["ask", "取水量", "--home", "H"],
    ["calc", "water_reuse_rate", "V=1000", "--home", "H"],
    ["score", "p.yaml", "--home", "H"],
    ["check", "t.txt", "--home", "H"],
    ["eval", "--home", "H"],
    ["--home", "H", "search", "取水量"],
    ["--home", "other", "search", "取水量", "--home", "H"],
])
def test_home_is_accepted_before_and_after_every_subcommand(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).home == "H"


def test_home_defaults_to_none_when_not_given() -> None:
    assert build_parser().parse_args(["search", "取水量"]).home is None


def test_home_after_the_subcommand_selects_the_data_directory(
        core_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "chosen"
    assert main(["ingest", "-q", str(core_docs), "--home", str(home)]) == 0
    assert (home / "bm25").is_dir()
    assert not (tmp_path / "default-home").exists()
    capsys.readouterr()
    assert main(["search", "工业用水重复利用率", "--json", "--home", str(home)]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["key"] == "GB/T 36132-2025§B.10"
    assert main(["--home", str(home), "search", "工业用水重复利用率", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"]


def test_search_k_defaults_to_the_top_k_setting(
        core_docs: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "-q", str(core_docs)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__TOP_K", "2")
    assert main(["search", "绿色工厂 评价 要求", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 2
    assert main(["search", "绿色工厂 评价 要求", "--json", "-k", "3"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 3


@pytest.mark.parametrize("k", ["0", "-3"])
def test_search_k_must_be_positive(k: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "取水量", "-k", k]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("错误：") and "-k" in err and k in err


@pytest.mark.parametrize(("var", "value", "expected"), [
    ("ASSISTANT_EMBEDDER", "nope", "ASSISTANT_EMBEDDER"),
    ("ASSISTANT_STORE__CHROMA_URL", "notaurl", "ASSISTANT_STORE__CHROMA_URL"),
    ("ASSISTANT_CHROMA_URL", "http://127.0.0.1:8000", "ASSISTANT_STORE__CHROMA_URL"),  # moved into a group
    ("ASSISTANT_EMBED_THREADS", "2", "ASSISTANT_EMBEDDING__THREADS"),  # moved and renamed
    ("ASSISTANT_RETRIEVAL__RRF_KK", "3", "ASSISTANT_RETRIEVAL__RRF_K"),
    ("ASSISTANT_TOP_K", "3", "ASSISTANT_RETRIEVAL__TOP_K"),
    ("ASSISTANT_RETRIEVAL__TOP_K", "abc", "ASSISTANT_RETRIEVAL__TOP_K"),
    ("ASSISTANT_RETRIEVAL__TOP_K", "0", "ASSISTANT_RETRIEVAL__TOP_K"),
])
def test_bad_settings_are_one_line_errors_with_exit_code_2(
        var: str, value: str, expected: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(var, value)
    assert main(["search", "取水量"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("错误：") and captured.err.count("\n") == 1
    assert expected in captured.err


def test_eval_reports_an_unknown_setting_at_the_boundary(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__CANDIDATE", "3")
    assert main(["eval", "--no-write"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ASSISTANT_RETRIEVAL__CANDIDATE" in err and "ASSISTANT_RETRIEVAL__CANDIDATES" in err


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "ASSISTANT_EMBEDDER": "nope"}
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "search", "取水量", "--home", str(tmp_path)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith("错误：ASSISTANT_EMBEDDER 'nope'")
