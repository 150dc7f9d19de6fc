"""Hostile and odd input at the CLI: one `错误：` line and exit 2, never a traceback or a silent oddity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main

ROOT = Path(__file__).parent.parent
CU = ROOT / "corpus/examples/copper-smelter.yaml"


@pytest.fixture(autouse=True)
def _env(core_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_HOME", str(core_home))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")


def _error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2, argv
    err = capsys.readouterr().err
    assert err.startswith("错误：") and err.count("\n") == 1, err
    return err


def test_gbk_bytes_in_a_query_are_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    query = "取水量".encode("gbk").decode("utf-8", "surrogateescape")  # what a GBK terminal gives argv
    assert "无法解码" in _error(["search", query], capsys)
    assert "无法解码" in _error(["ask", query], capsys)
    assert "doc" in _error(["search", "取水量", "--doc", query], capsys)


def test_home_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    assert "--home" in _error(["--home", str(f), "search", "取水量"], capsys)
    monkeypatch.setenv("ASSISTANT_HOME", str(f))
    assert "ASSISTANT_HOME" in _error(["search", "取水量"], capsys)


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, "取水量为5吨。".encode("gbk")])
def test_binary_or_gbk_files_for_check_and_score(tmp_path: Path, data: bytes,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    assert str(path) in _error(["check", str(path)], capsys)
    assert str(path) in _error(["check", str(CU.with_suffix(".yaml")), "--profile", str(path)], capsys)
    assert str(path) in _error(["score", str(path)], capsys)


@pytest.mark.parametrize("query", ["", "   ", "？！。", "...", "——"])
def test_empty_or_punctuation_query_is_refused(query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert "查询为空" in _error(["search", query], capsys)
    assert "查询为空" in _error(["ask", query], capsys)


@pytest.mark.parametrize("k", ["0", "-1", "51"])
def test_k_outside_one_to_max(k: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert f"收到 {k}" in _error(["search", "取水量", "-k", k], capsys)


def test_k_at_the_bounds_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "取水量", "-k", "1", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 1


def test_overlong_query_is_refused_without_echo(capsys: pytest.CaptureFixture[str]) -> None:
    query = "取水量" * 1000
    err = _error(["ask", query], capsys)
    assert "查询过长" in err and "3000" in err and query not in err


def test_unknown_doc_is_named_with_close_ids(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(["search", "取水量", "--doc", "GB/T 36132-2020"], capsys)
    assert "没有文件 GB/T 36132-2020" in err and "GB/T 36132-2025" in err
    assert "没有文件" in _error(["ask", "取水量", "--doc", "XYZ"], capsys)


def test_doc_in_another_spelling_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "取水量", "--doc", "GB/T36132—2025", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and {h["doc_id"] for h in hits} == {"GB/T 36132-2025"}


@pytest.mark.parametrize("inputs", [["V=1e308", "Vr=1e308"], ["V=1e309", "Vr=1"], ["V=nan", "Vr=1"],
                                    ["V=1000", "Vr=1e300"]])
def test_calc_overflow_is_an_error(inputs: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "water_reuse_rate", *inputs]) == 2
    assert capsys.readouterr().err.startswith("错误：")


def test_calc_unknown_input_names_it_and_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "water_reuse_rate", "V=1000", "Vr=9000", "XYZ=5"]) == 2
    err = capsys.readouterr().err
    assert "XYZ" in err and "V（取水量" in err and "Vr（重复利用水量" in err


def test_negative_profile_value_shows_its_reason_in_text(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    text = CU.read_text(encoding="utf-8").replace("withdrawal: 2400000", "withdrawal: -2400000")
    assert "withdrawal: -2400000" in text
    profile = tmp_path / "neg.yaml"
    profile.write_text(text, encoding="utf-8")
    assert main(["score", str(profile)]) == 0
    out = capsys.readouterr().out
    assert "缺数据" in out and "water.withdrawal 不能为负数" in out


@pytest.mark.parametrize("argv", [["ingest", "a\x00b.md"], ["score", "p\x00.yaml"], ["check", "t\x00.txt"],
                                  ["search", "取水\x00量"]])
def test_a_nul_byte_in_an_argument_is_one_error_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the fuzz test: a NUL byte reached os.path calls and ended in ValueError."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "空字符" in err and err.count("\n") == 1


def test_nul_bytes_in_api_paths_and_profiles_are_product_errors(tmp_path: Path) -> None:
    from assistant.ingest import IngestError, discover
    from assistant.scoring import ProfileError, load_profile

    files, problems = discover([tmp_path / "a\x00b"])
    assert not files and isinstance(problems[0], IngestError) and "NUL" in str(problems[0])
    with pytest.raises(ProfileError, match="空字符"):
        load_profile(tmp_path / "p\x00.yaml")
