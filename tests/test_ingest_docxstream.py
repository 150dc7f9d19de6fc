"""A DOCX parsed paragraph by paragraph in windows (ingest/docxstream.py) gives exactly the whole-file
parse: generated standards with and without heading styles (目次 with leaders, three clause levels,
bold-run headings, tables with merged cells and one of many rows, empty paragraphs, figures), the
replica DOCX files; the raw-XML reading equals python-docx's; bad DOCX files give one-line errors."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.table import Table
from test_ingest_docx import _make_docx
from test_ingest_stream import _same

import assistant.ingest.docxstream as docxstream
from assistant.ingest import IngestError, parse_file, parse_stream, stream
from assistant.ingest.docxstream import stream_docx
from assistant.ingest.docxxml import DocxStyles, TableRows, paragraph
from assistant.ingest.loaders import load_docx
from assistant.ingest.stream import NotStreamable
from assistant.types import Chunk
from evals.bigdocx import generate_docx


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("docx")
    return {"styled": generate_docx(out / "styled.docx", 1500, figure_every=5, figure_kb=4),
            "plain": generate_docx(out / "plain.docx", 1500, styled=False, seed=3)}


def _tricky(path: Path) -> Path:
    """What the XML reading must get as python-docx does: breaks, tabs, a hyperlink, bold runs,
    centring, merged cells (across columns, down rows, both), an empty first row, empty paragraphs."""
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("加粗").bold = True
    p.add_run("  ")
    p.add_run("居中标题").bold = True
    p.alignment = 1
    p = d.add_paragraph("行一")
    p.runs[0].add_break()
    p.runs[0].add_break(WD_BREAK.PAGE)
    p.add_run("行二\t制表")
    link, run, text = OxmlElement("w:hyperlink"), OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "链接文字"
    run.append(text)
    link.append(run)
    d.add_paragraph("见")._p.append(link)
    t = d.add_table(rows=4, cols=4)
    for r in range(4):
        for c in range(4):
            t.cell(r, c).text = f"格{r}{c}|竖"
    t.cell(0, 0).merge(t.cell(0, 1))
    t.cell(1, 2).merge(t.cell(3, 2))
    t.cell(2, 0).merge(t.cell(3, 1))
    d.add_table(rows=2, cols=2).cell(1, 0).text = "只有第二行"
    d.add_paragraph("")
    d.add_paragraph("5.2.1 条款文本", style="List Number")
    d.add_paragraph("不是标题", style="Title")
    d.save(str(path))
    return path


def test_the_xml_reading_is_python_docx_s(tmp_path: Path, generated: dict[str, Path]) -> None:
    for path in (_tricky(tmp_path / "tricky.docx"), generated["plain"]):
        document = docx.Document(str(path))
        styles = DocxStyles.of(document.styles.element)
        tables = 0
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows, tables = TableRows(), tables + 1
                for row in block.rows:
                    want, seen = [], None
                    for cell in row.cells:
                        if cell._tc is not seen:
                            want.append(cell.text)
                        seen = cell._tc
                    assert rows.cells(row._tr) == want
                continue
            para = paragraph(block._p, styles)
            runs = [r for r in block.runs if r.text.strip()]
            assert (para.style, para.text) == (block.style.name, block.text)
            assert para.bold == (bool(runs) and all(r.bold for r in runs))
            assert para.centred == (block.alignment == 1)
        assert tables >= 2
    tricky = tmp_path / "tricky.docx"
    lines = [ln.text for ln in load_docx(tricky, tricky.read_bytes()).lines]
    assert "| 格20｜竖 格21｜竖 格30｜竖 格31｜竖 | 格12｜竖 格22｜竖 格32｜竖 | 格33｜竖 |" in lines
    assert "见链接文字" in lines and "行二\t制表" in lines


@pytest.mark.parametrize(("name", "window", "long"), [("styled", 40, 500), ("plain", 25, 3), ("styled", 300, 2)])
def test_a_generated_docx_cut_into_many_windows(generated: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                                                name: str, window: int, long: int) -> None:
    monkeypatch.setattr(stream, "_LONG", long)  # open sections of ``long`` lines go out in parts
    path = generated[name]
    streamed, batches = _same(path, window=window)
    assert streamed and batches > 20
    doc = parse_file(path)
    assert doc.meta.doc_id == "T/GENDOCX 9-2025" and len(doc.chunks) > 150
    assert {"前言", "1.3.1", "2", "表2"} <= {c.clause for c in doc.chunks}
    assert not any("……" in c.text for c in doc.chunks)  # the 目次 is not a clause
    headings = [ln.text for ln in load_docx(path, path.read_bytes()).lines if ln.heading == 1]
    assert "附加说明" in headings  # by its style, or by the bold-run rule


def test_a_clause_number_seen_again_after_its_clause_was_let_go(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Emitted clauses are let go of (not held to the end of the file), their ids are kept: a
    repeated number is still "4.1(2)", as in the whole parse."""
    monkeypatch.setattr(stream, "_TRIM", 3)
    held: list[int] = []
    real = stream._Windows._flush

    def flush(self: stream._Windows, everything: bool) -> Iterator[Chunk]:
        yield from real(self, everything)
        held.append(sum(s is not self.gone for s in self.b.ids.values()))

    monkeypatch.setattr(stream._Windows, "_flush", flush)
    d = docx.Document()
    d.add_heading("T/DUP 1-2025 重复编号的文件", level=0)
    for c in range(1, 40):
        d.add_heading(f"{c} 第{c}章", level=1)
        for k in range(1, 4):
            d.add_heading(f"{c}.{k} 第{c}.{k}条", level=2)
            d.add_paragraph(f"第{c}.{k}条的正文，企业应建立能源管理制度。")
    d.add_heading("4.1 第4.1条", level=2)  # the number again, long after clause 4.1 went out
    d.add_paragraph("再次出现的条款正文。")
    path = tmp_path / "dup.docx"
    d.save(str(path))
    streamed, batches = _same(path, window=20)
    assert streamed and batches > 10
    assert len(held) > 10 and max(held) < 40  # of 160 clauses: those not yet emitted, and a few
    again = [c for c in parse_file(path).chunks if c.clause.startswith("4.1(")]
    assert [c.clause for c in again] == ["4.1(2)"] and "再次出现" in again[0].text


def test_the_replica_and_test_docx_files_stream_to_the_whole_file_chunks(tmp_path: Path) -> None:
    from evals.replicas.build import render
    from evals.replicas.content import specs

    for spec in specs("all"):
        if spec.file.endswith(".docx"):  # the DOCX replicas only (the PDFs take long to render)
            (tmp_path / spec.file).write_bytes(render(spec)[0])
    _make_docx(tmp_path / "自评价报告.docx")
    files = [*sorted(tmp_path.rglob("*.docx")), _tricky(tmp_path / "tricky.docx")]
    assert len(files) >= 6
    streamed = {p.name: _same(p, window=5)[0] for p in files}
    assert all(streamed.values()), streamed


def test_batches_come_before_the_body_is_read_back_and_the_tree_stays_small(
        generated: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[int] = []
    real = docxstream._drop

    def drop(el: object) -> None:
        real(el)
        held.append(len(el.getparent()))  # type: ignore[attr-defined]

    monkeypatch.setattr(docxstream, "_drop", drop)
    got = stream_docx(generated["styled"], manifest=None, kb="default", max_chars=600, overlap=120, settings=None,
                      batch=5, window=50)
    # each paragraph, table row let go once read: what is held is what the parser read ahead (its
    # buffer), never the body so far
    assert len(held) > 1500 and max(held) < 300
    first = next(got.batches)
    assert len(first) == 5 and got.report is None
    rest = [c for b in got.batches for c in b]
    assert got.report is not None and got.report.chunks == len(rest) + 5


def _rewrite(good: bytes, change: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            data = change.get(name, zin.read(name))
            if data is not None:
                z.writestr(name, data)
    return out.getvalue()


def test_bad_docx_files_give_one_line_naming_the_file(tmp_path: Path, generated: dict[str, Path]) -> None:
    good = generated["plain"].read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        body = z.read("word/document.xml")
        info = z.getinfo("word/document.xml")
    crc = bytearray(good)  # a byte of document.xml's compressed data flipped: bad deflate data or CRC
    crc[info.header_offset + 30 + len(info.filename) + len(info.extra) + 200] ^= 0xFF
    cases = {  # name: (bytes, reason, raised by the stream itself)
        "truncated.docx": (good[: len(good) // 2], "not a DOCX file (not a zip archive)", False),
        "no-body.docx": (_rewrite(good, {"word/document.xml": None}),
                         "unreadable DOCX: \"There is no item named 'word/document.xml' in the archive\"", True),
        "bad-xml.docx": (_rewrite(good, {"word/document.xml": body[: len(body) // 2]}), "unreadable DOCX", True),
        "bad-styles.docx": (_rewrite(good, {"word/styles.xml": b"<w:styles"}), "unreadable DOCX", True),
        "crc.docx": (bytes(crc), "unreadable DOCX", True),
        "no-types.docx": (_rewrite(good, {"[Content_Types].xml": None}),
                          "unreadable DOCX: \"There is no item named '[Content_Types].xml' in the archive\"", True),
    }
    for name, (data, why, own) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(IngestError) as whole:
            parse_file(path)
        with pytest.raises(IngestError) as streamed:
            list(parse_stream(path, min_bytes=0).batches)
        for err in (whole.value, streamed.value):
            assert err.path == path and err.reason.startswith(why), (name, err.reason)
            assert str(err) == f"{path}: {err.reason}" and "\n" not in str(err)
        if own:  # the stream's own error, not a fall-back to the whole parse
            with pytest.raises(IngestError):
                stream_docx(path, manifest=None, kb="default", max_chars=600, overlap=120, settings=None)
        if "There is no item" in why:
            assert streamed.value.reason == whole.value.reason


def test_what_the_stream_cannot_decide_is_parsed_whole(tmp_path: Path, generated: dict[str, Path]) -> None:
    good = generated["styled"].read_bytes()
    rels = zipfile.ZipFile(io.BytesIO(good)).read("word/_rels/document.xml.rels").decode()
    no_styles = tmp_path / "no-styles.docx"  # python-docx reads it with its default styles
    no_styles.write_bytes(_rewrite(good, {"word/_rels/document.xml.rels":
                                          rels.replace("relationships/styles", "relationships/x-none").encode()}))
    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    for path, why in ((no_styles, "styles part"), (empty, "no text")):
        with pytest.raises(NotStreamable, match=why):
            stream_docx(path, manifest=None, kb="default", max_chars=600, overlap=120, settings=None)
    assert not _same(no_styles, window=40)[0]
    with pytest.raises(IngestError, match="empty document"):
        parse_stream(empty, min_bytes=0)


def test_a_big_docx_is_stored_as_a_whole_parse_would_be(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       generated: dict[str, Path]) -> None:
    """Through the CLI's entry point (Assistant.ingest: the writer's parse_stream), streamed."""
    from test_index_stream import _consistent, _expected, spy_streams

    from assistant.api import Assistant
    from assistant.settings import Settings

    streamed = spy_streams(monkeypatch)
    settings = Settings(home=tmp_path / "home", embedder="hash")
    a = Assistant(settings)
    path = tmp_path / "docs" / "big.docx"
    path.parent.mkdir()
    path.write_bytes(generated["styled"].read_bytes())
    report = a.ingest([path.parent])
    assert report.ok and streamed == [True]
    want = _expected(path, settings)
    assert set(_consistent(a)) == want and report.chunks_added == len(want) > 500


@pytest.mark.parametrize("name", ["plain", "styled"])
def test_a_generated_docx_keeps_every_chapter_its_contents_list(generated: dict[str, Path], name: str) -> None:
    """The style-less file has only its numbers and the 目次 to go by: every chapter the 目次 lists
    must come out as a clause with its five or more sub-clauses, and no other chapter."""
    path = generated[name]
    clauses = {c.clause for c in parse_file(path).chunks}
    listed = {ln.text.split()[0] for ln in load_docx(path, path.read_bytes()).lines if "……" in ln.text}
    assert len(listed) > 20
    assert {c for c in clauses if c.isdigit()} == listed
    assert all({f"{c}.{k}" for k in range(1, 6)} <= clauses for c in listed)
