"""Large files parsed in windows (ingest/stream.py) give exactly the whole-file chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest import find_manifest, parse_file, parse_stream, stream
from assistant.ingest.stream import NotStreamable, _Windows, stream_file
from assistant.types import Chunk

ROOT = Path(__file__).parent.parent
_WORDS = ("能源", "用水", "排放", "固废", "包装", "运输", "采购", "计量", "余热", "光伏")


def _dump(chunks: list[Chunk]) -> list[dict]:
    return [c.model_dump(exclude={"added_at"}) for c in chunks]  # the time the parse ran


def _same(path: Path, window: int, **kw: object) -> tuple[bool, int]:
    """(streamed, batches) after checking that the streamed parse equals the whole-file one."""
    manifest = find_manifest(path)
    whole = parse_file(path, manifest=manifest, **kw)  # type: ignore[arg-type]
    got = parse_stream(path, manifest=manifest, min_bytes=0, window=window, batch=7, **kw)  # type: ignore[arg-type]
    batches = list(got.batches)
    assert all(len(b) <= 7 for b in batches)
    assert _dump([c for b in batches for c in b]) == _dump(whole.chunks), path.name
    assert got.meta.model_dump(exclude={"added_at"}) == whole.meta.model_dump(exclude={"added_at"})
    assert got.report == whole.report, path.name
    return got.streamed, len(batches)


def _sentence(i: int) -> str:
    w = [_WORDS[(i * 3 + k) % len(_WORDS)] for k in range(3)]
    return f"企业应对{'、'.join(w)}建立管理制度并保存记录{i}，每年至少评审一次并持续改进；"


def big_markdown(chapters: int) -> str:
    """Front matter, a 目次, numbered headings at three levels, Markdown and captioned tables, a
    code block, a long clause and a clause without text of its own."""
    out = ["---", "title: 生成的大型标准", "doc_id: T/GEN 1-2025", "---", "", "# T/GEN 1-2025 生成的大型标准", "",
           "## 目次", ""]
    out += [f"{c} 第{c}章要求……{c}" for c in range(1, 4)] + ["", "## 前言", "", "本文件按照规定起草。", ""]
    for c in range(1, chapters + 1):
        out += [f"## {c} 第{c}章要求", ""]
        if c % 3 == 0:
            out += [f"### {c}.1 无正文的条款", "", f"#### {c}.1.1 下级条款", "", _sentence(c), ""]
        for k in range(2, 6):
            out += [f"### {c}.{k} 条款{c}-{k}", "", _sentence(c * 10 + k) * (1 + (k == 5) * 30), ""]
        out += [f"表{c} 第{c}章指标", "", "| 指标 | 数值 |", "|---|---|"]
        out += [f"| 指标{r} | {r * c} |" for r in range(1, 6)] + ["", "表中仅列出部分指标。", "", "```", "code", "```", ""]
    return "\n".join(out)


def big_text(clauses: int) -> str:
    """A pasted standard: cover lines, numbered clauses, wrapped lines, one clause of many lines."""
    out = ["T/GEN 2-2025", "生成的纯文本标准", ""]
    for i in range(1, clauses + 1):
        out += [f"{i // 10 + 1}.{i % 10 + 1} 条款{i}" if i % 10 else f"{i // 10 + 1} 第{i // 10 + 1}章", ""]
        body = _sentence(i) * (40 if i == 25 else 2)
        out += [body[k:k + 38] for k in range(0, len(body), 38)] + [""]
    return "\n".join(out)


def test_corpus_files_streamed_in_windows_equal_the_whole_parse() -> None:
    files = sorted(p for p in (ROOT / "corpus").rglob("*") if p.suffix in (".md", ".txt"))
    assert len(files) >= 8
    for path in files:
        streamed, batches = _same(path, window=12)
        assert streamed and batches > 1, path.name


def test_replica_text_files_equal_the_whole_parse(tmp_path: Path) -> None:
    from evals.replicas import build

    truths = build(tmp_path)
    names = [t.file for t in truths if t.file.endswith((".md", ".txt"))]
    assert names
    streamed = {n: _same(tmp_path / n, window=9)[0] for n in names}
    # web pages (read by layout, or with a page's bars and footer to drop) are parsed whole; the rest stream
    assert streamed == {n: not n.startswith("web-") for n in names}, streamed


@pytest.mark.parametrize(("window", "long"), [(5, 500), (40, 2), (2000, 3)])
def test_a_large_markdown_file_cut_into_many_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     window: int, long: int) -> None:
    monkeypatch.setattr(stream, "_LONG", long)  # open sections of ``long`` lines go out in parts
    path = tmp_path / "big.md"
    path.write_text(big_markdown(60), encoding="utf-8")
    streamed, batches = _same(path, window=window)
    assert streamed and batches > 50


@pytest.mark.parametrize(("window", "long"), [(3, 500), (64, 2)])
def test_a_large_text_file_with_a_long_clause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              window: int, long: int) -> None:
    monkeypatch.setattr(stream, "_LONG", long)
    path = tmp_path / "big.txt"
    path.write_text(big_text(300), encoding="utf-8")
    streamed, batches = _same(path, window=window, max_chars=300, overlap=60)
    assert streamed and batches > 10


def test_the_first_chunks_come_before_the_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory is bounded by a window: chunks go out while most of the file is unread, and the
    window's buffer never holds more than a window (plus the look-ahead)."""
    path = tmp_path / "big.md"
    path.write_text(big_markdown(80), encoding="utf-8")
    held: list[int] = []
    real = _Windows._advance

    def advance(self: _Windows) -> None:
        held.append(len(self.buf))
        real(self)

    monkeypatch.setattr(_Windows, "_advance", advance)
    got = stream_file(path, manifest=None, kb="default", max_chars=600, overlap=120, settings=None,
                      batch=10, window=50)
    first = next(got.batches)
    assert len(first) == 10 and got.report is None
    assert len(held) < 5, "the first batch needed only the first windows"
    rest = list(got.batches)
    assert len(held) > 20 and max(held) <= 50 + 4
    assert got.report is not None and got.report.chunks == 10 + sum(len(b) for b in rest)


def test_files_that_need_their_whole_text_are_parsed_whole(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(big_text(20).encode("gb18030"))
    again = tmp_path / "continued.md"
    again.write_text(big_markdown(2) + "\n\n表1（续）\n\n| 指标 | 数值 |\n|---|---|\n| 续行 | 1 |\n", encoding="utf-8")
    late_toc = tmp_path / "late-toc.md"
    late_toc.write_text(big_markdown(30) + "\n\n## 目录\n\n1 第1章要求……1\n", encoding="utf-8")
    for path, why in ((gbk, "UTF-8"), (again, "table number twice"), (late_toc, "contents")):
        with pytest.raises(NotStreamable, match=why):
            stream_file(path, manifest=None, kb="default", max_chars=600, overlap=120, settings=None, window=20)
        streamed, _ = _same(path, window=20)
        assert not streamed


def test_a_bad_large_file_gives_the_whole_parse_error(tmp_path: Path) -> None:
    from assistant.ingest import IngestError

    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n" + big_markdown(3), encoding="utf-8")
    with pytest.raises(IngestError, match="invalid front matter"):
        parse_stream(path, min_bytes=0, window=10)
