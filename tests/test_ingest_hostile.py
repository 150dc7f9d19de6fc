"""Hostile and odd input at ingest: encodings that must be detected, links that must not be followed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.ingest import IngestError, discover, parse_file
from assistant.ingest.encoding import decode_bytes

TRAD = "## 4.3.2 資源高效化指標\n\n工業用水重複利用率應達到百分之九十，綠色工廠評價應當符合本標準。\n"
SIMP = "4.3.2 资源高效化指标\n工业用水重复利用率应达到百分之九十，绿色工厂评价应当符合本标准。\n"


def test_big5_is_read_as_big5_not_gb18030_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "trad.md"
    path.write_bytes(TRAD.encode("big5"))
    doc = parse_file(path)
    assert doc.chunks[0].text.startswith("4.3.2 資源高效化指標")
    assert doc.meta.language == "zh-Hant"
    assert "工业用水重复利用率" in doc.chunks[0].index_text  # searchable in simplified form


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [SIMP, TRAD, "Green factory evaluation, clause 4.3.2: water reuse.\n"])
def test_utf16_without_bom_is_text_not_binary(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(text.encode(encoding))
    doc = parse_file(path)
    body = text.strip().splitlines()[-1]
    assert body in "\n".join(c.text for c in doc.chunks)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "big5", "utf-8", "utf-16-le", "utf-16-be"])
def test_candidates_round_trip(encoding: str) -> None:
    text = TRAD if encoding == "big5" else SIMP
    assert decode_bytes(text.encode(encoding)).text == text


def test_mojibake_scores_low() -> None:
    from assistant.ingest.encoding import MIN_SCORE, score

    assert score(TRAD.encode("big5").decode("gb18030", errors="replace")) < MIN_SCORE
    assert score(SIMP) > 0.95 and score(TRAD) > 0.95


def test_random_bytes_are_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(3000)))
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a.md").write_text("# 甲\n\n正文。\n", encoding="utf-8")
    (root / "sub" / "b.md").write_text("# 乙\n\n正文。\n", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("# 外\n\n不应读入。\n", encoding="utf-8")
    os.symlink("loop.md", root / "loop.md")  # a link to itself
    os.symlink("/", root / "rootlink")
    os.symlink(outside, root / "out")
    os.symlink(outside / "secret.md", root / "secret.md")
    os.symlink(root / "sub", root / "again")  # inside the tree: taken once
    os.symlink(root / "sub" / "b.md", root / "b-link.md")
    return root


def test_links_loops_and_escapes_are_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    files, problems = discover([root, tmp_path / "missing.md"])
    assert sorted(f.name for f in files) == ["a.md", "b.md"]
    reasons = {Path(str(e.path)).name: e.reason for e in problems}
    assert reasons["loop.md"] == "symbolic link loop"
    assert "outside the folder" in reasons["rootlink"]
    assert "outside the folder" in reasons["out"]
    assert "outside the folder" in reasons["secret.md"]
    assert reasons["missing.md"] == "no such file or folder"
    assert all(tmp_path / "outside" not in f.resolve().parents for f in files)


def test_a_folder_link_to_root_given_directly_is_refused(tmp_path: Path) -> None:
    os.symlink("/", tmp_path / "everything")
    files, problems = discover([tmp_path / "everything"])
    assert files == [] and len(problems) == 1
    assert "system folder" in problems[0].reason


def test_ingest_with_hostile_links_indexes_the_good_files(tmp_path: Path, helper) -> None:  # type: ignore[no-untyped-def]
    report = helper.ingest([_tree(tmp_path)])
    assert sorted(Path(f.path).name for f in report.files if f.status == "added") == ["a.md", "b.md"]
    assert any("symbolic link loop" in e for e in report.errors)


def test_a_file_name_with_a_newline_gives_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname.txt"
    path.write_bytes(b"\x00" * 64)
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert "\n" not in str(info.value) and "bad\\nname.txt" in str(info.value)


def test_markdown_with_only_front_matter_is_refused_not_indexed_empty(tmp_path: Path) -> None:
    path = tmp_path / "only-front.md"
    path.write_text("---\ntitle: 只有元数据\n---\n<!-- 注释 -->\n", encoding="utf-8")
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert "no text to index" in info.value.reason
