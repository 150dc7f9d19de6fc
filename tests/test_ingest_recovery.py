"""Structure-recovery misses found on generated documents, each in the whole parse and the stream:
a trailing bold 附加说明 in a DOCX without heading styles; a numbered title starting 条款/条件
("1.1 条款1-1要求") in text, Markdown, PDF and DOCX; bold (and centred) 目次/前言/引言 in a
style-less DOCX; a DOCX broken only in a part the parse does not read (a footer, numbering)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from test_ingest_docxstream import _rewrite
from test_ingest_stream import _same

from assistant.ingest import IngestError, parse_file, parse_stream
from assistant.ingest.docxstream import stream_docx
from assistant.types import ParsedDocument

FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
BODY = "企业应建立能源管理制度并保存记录，每年至少评审一次。"


def _outline(doc: ParsedDocument) -> list[tuple[str, str]]:
    """(clause, title) of each section in document order."""
    return list(dict.fromkeys((c.clause, c.title) for c in doc.chunks))


def _text(doc: ParsedDocument, clause: str) -> str:
    return "\n".join(c.text for c in doc.chunks if c.clause == clause)


def _both(path: Path) -> ParsedDocument:
    """The whole parse, after checking that the streamed parse (many windows) gives the same."""
    streamed, _ = _same(path, window=3)
    assert streamed, path.name
    return parse_file(path)


def _bold(d: docx.document.Document, text: str, centred: bool = False) -> None:
    p = d.add_paragraph()
    p.add_run(text).bold = True
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _standard(path: Path, *, styled: bool = False, centred: bool = False, cover: bool = True,
              annex: bool = True, toc: bool = True, front: bool = True) -> Path:
    """A standard whose numbering is typed text; 目次/前言/引言/附加说明 are bold paragraphs (or,
    ``styled``, Heading 1 paragraphs), centred when ``centred``."""
    d = docx.Document()

    def head(text: str) -> None:
        if styled:
            d.add_paragraph(text, style="Heading 1")
        else:
            _bold(d, text, centred)

    if cover:
        for line in ("ICS 13.020", "团体标准", "T/REC 1-2025"):
            d.add_paragraph(line)
        _bold(d, "绿色工厂评价要求", centred=True)
        d.add_paragraph("2025-06-01 发布")
    if toc:
        head("目次")
        for entry in ("前言", "引言", "1 范围", "2 评价要求"):
            d.add_paragraph(f"{entry}{'…' * 10}{1}")
    if front:
        head("前言")
        d.add_paragraph("本文件按照GB/T 1.1—2020的规定起草。")
        head("引言")
        d.add_paragraph("为推动绿色制造体系建设，制定本文件。")
    for line in ("1 范围", "本文件规定了绿色工厂的评价要求。", "1.1 条款1-1要求", BODY,
                 "1.2 条件1-2说明", BODY, "2 评价要求", BODY, "2.1 基本要求", BODY):
        d.add_paragraph(line)
    if centred:  # a figure's caption, centred and bold as Word's caption usually is: text of 2.1
        _bold(d, "图1 评价流程", centred=True)
        d.add_paragraph("评价流程见图1。")
    if annex:  # an annex heading on three lines (centred and bold: one heading, not three)
        for line in ("附录A", "（资料性）", "评价表"):
            _bold(d, line, centred=True) if centred else d.add_paragraph(line)
        for line in ("A.1 评价方法", "按表A.1逐项评价。"):
            d.add_paragraph(line)
    head("附加说明")
    d.add_paragraph("本文件由某某协会提出并归口。")
    d.save(str(path))
    return path


_WANT = [("前言", "前言"), ("引言", "引言"), ("1", "范围"), ("1.1", "条款1-1要求"), ("1.2", "条件1-2说明"),
         ("2", "评价要求"), ("2.1", "基本要求"), ("附录A", "评价表"), ("A.1", "评价方法"), ("附加说明", "附加说明")]


@pytest.mark.parametrize("centred", [False, True])
def test_a_style_less_docx_recovers_its_front_matter_clauses_and_trailer(tmp_path: Path, centred: bool) -> None:
    doc = _both(_standard(tmp_path / "plain.docx", centred=centred))
    outline = _outline(doc)
    assert outline[0][0] == "封面" and outline[1:] == _WANT
    assert "附加说明" not in _text(doc, "封面") and "附加说明" not in _text(doc, "A.1")
    assert "某某协会" in _text(doc, "附加说明") and "某某协会" not in _text(doc, "A.1")
    assert "GB/T 1.1" in _text(doc, "前言") and "GB/T 1.1" not in _text(doc, "封面") + _text(doc, "1")
    assert not any("……" in c.text for c in doc.chunks)  # the 目次 lines are in no chunk
    assert "条款1-1要求" not in _text(doc, "1")  # a heading of its own, not clause 1's text
    assert _text(doc, "附录A").startswith("附录A（资料性）评价表")
    if centred:
        assert "图1 评价流程" in _text(doc, "2.1")


def test_a_trailing_heading_is_not_the_title_of_the_cover(tmp_path: Path) -> None:
    """The only unnumbered heading, after the last clause, was taken for the document's title and
    re-headed the cover: 附加说明 and its text went first, into 封面."""
    md = tmp_path / "trailer.md"
    md.write_text("T/REC 1-2025\n\n绿色工厂评价要求\n\n1 范围\n\n本文件规定了评价要求。\n\n2 评价要求\n\n"
                  f"{BODY}\n\n## 附加说明\n\n本文件由某某协会提出并归口。\n", encoding="utf-8")
    want = [("1", "范围"), ("1.1", "条款1-1要求"), ("1.2", "条件1-2说明"), ("2", "评价要求"), ("2.1", "基本要求"),
            ("附加说明", "附加说明")]
    for path, clauses in ((md, [x for x in want if "." not in x[0]]),
                          (_standard(tmp_path / "trailer.docx", toc=False, front=False, annex=False), want)):
        doc = _both(path)
        assert _outline(doc) == [("封面", "封面"), *clauses], path.name
        assert "附加说明" not in _text(doc, "封面") and doc.chunks[-1].clause == "附加说明"
        assert "某某协会" in _text(doc, "附加说明")


def test_bold_front_matter_reads_as_styled_headings_do(tmp_path: Path) -> None:
    """Without a cover: a centred bold 目次 or 前言 first in the file is not the document's title;
    附加说明 after the last clause (no annex) is its own section; as with heading styles."""
    want = [x for x in _WANT if not x[0].startswith("A") and x[0] != "附录A"]
    for toc in (True, False):
        plain = _standard(tmp_path / f"plain-{toc}.docx", centred=True, cover=False, annex=False, toc=toc)
        styled = _standard(tmp_path / f"styled-{toc}.docx", styled=True, cover=False, annex=False, toc=toc)
        a, b = _both(plain), _both(styled)
        assert _outline(a) == _outline(b) == want, toc
        assert "GB/T 1.1" in _text(a, "前言") and not any("……" in c.text for c in a.chunks)


def test_a_title_with_digits_and_a_hyphen_in_text_and_markdown(tmp_path: Path) -> None:
    lines = ["1 范围", "本文件规定了评价要求。", "1.1 条款1-1要求", BODY, "1.2 条件1-2说明", BODY,
             "2 评价要求", "| 序号 | 指标 |", "1.1 2-3 4-5", "2.1 款项2-1", "项目应符合下列要求：",
             "1.1 参见表1-1。", "2.2 章程管理", BODY]
    want = [("1", "范围"), ("1.1", "条款1-1要求"), ("1.2", "条件1-2说明"), ("2", "评价要求"),
            ("2.1", "款项2-1"), ("2.2", "章程管理")]
    for name in ("doc.txt", "doc.md"):
        path = tmp_path / name
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        doc = _both(path)
        assert _outline(doc) == want, name
        # a table row's numbers and a list item's sentence stay the text of their clause
        assert "1.1 2-3 4-5" in _text(doc, "2") and "1.1 参见表1-1。" in _text(doc, "2.1"), name


def test_words_that_follow_a_clause_reference_still_do_not_start_titles(tmp_path: Path) -> None:
    path = tmp_path / "refs.txt"
    path.write_text("1 范围\n\n本文件规定了要求。\n\n2 要求\n\n应符合本文件第\n4.2 条的规定\n\n"
                    "2.1 基本要求\n\n" + BODY + "\n", encoding="utf-8")
    doc = _both(path)
    assert [k for k, _ in _outline(doc)] == ["1", "2", "2.1"] and "4.2 条的规定" in _text(doc, "2")


@pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")
def test_a_title_with_digits_and_a_hyphen_in_a_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_font("droid", fname=str(FONT))
    pdf.add_page()
    for line in ("1 范围", "本文件规定了评价要求。", "1.1 条款1-1要求", BODY, "1.2 条件1-2说明", BODY, "2 评价要求",
                 BODY, "2.1 款项2-1", "1.1 参见表1-1。"):
        for run in re.findall(r"[\x00-\xff]+|[^\x00-\xff]+", line):  # Droid has no Latin glyphs
            pdf.set_font("helvetica" if ord(run[0]) < 256 else "droid", size=11)
            pdf.write(7, run)
        pdf.ln(8)
    path = tmp_path / "doc.pdf"
    pdf.output(str(path))
    doc = _both(path)
    assert _outline(doc) == [("1", "范围"), ("1.1", "条款1-1要求"), ("1.2", "条件1-2说明"), ("2", "评价要求"),
                             ("2.1", "款项2-1")]
    assert "参见表1-1。" in _text(doc, "2.1")


def _with_broken(good: bytes, part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        assert part in z.namelist(), z.namelist()
    return _rewrite(good, {part: b"<w:ftr xmlns:w='x'><w:p>"})


@pytest.mark.parametrize("part", ["word/footer1.xml", "word/header1.xml", "word/numbering.xml",
                                  "word/settings.xml", "docProps/core.xml"])
def test_a_docx_broken_only_outside_its_body_reads_the_same_whole_and_streamed(tmp_path: Path, part: str) -> None:
    """python-docx parses every part when it opens a file: a broken footer made the whole parse
    fail while the stream (reading only the body and styles) read it. Both read the body now."""
    good = _standard(tmp_path / "good.docx")
    d = docx.Document(str(good))
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    d.sections[0].header.paragraphs[0].text = "T/REC 1-2025"
    d.add_paragraph("a) 列项内容", style="List Number")  # numbering.xml is used
    d.save(str(good))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(_with_broken(good.read_bytes(), part))
    with pytest.raises(Exception):  # noqa: B017 - whatever python-docx raises on the part
        docx.Document(str(bad))
    whole = _both(bad)
    assert _outline(whole) == _outline(parse_file(good)) and ("附加说明", "附加说明") in _outline(whole)


def test_a_docx_with_a_missing_footer_part_reads_the_same_whole_and_streamed(tmp_path: Path) -> None:
    good = _standard(tmp_path / "good.docx")
    d = docx.Document(str(good))
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    d.save(str(good))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(_rewrite(good.read_bytes(), {"word/footer1.xml": None}))
    assert _outline(_both(bad)) == _outline(parse_file(good))


def test_a_broken_body_or_styles_part_still_fails_both_in_one_line(tmp_path: Path) -> None:
    good = _standard(tmp_path / "good.docx").read_bytes()
    for part in ("word/document.xml", "word/styles.xml"):
        with zipfile.ZipFile(io.BytesIO(good)) as z:
            xml = z.read(part)
        path = tmp_path / f"bad-{part.split('/')[1]}.docx"
        path.write_bytes(_rewrite(good, {part: xml[: len(xml) // 2]}))
        with pytest.raises(IngestError) as whole:
            parse_file(path)
        with pytest.raises(IngestError) as streamed:
            stream_docx(path, manifest=None, kb="default", max_chars=600, overlap=120, settings=None)
        with pytest.raises(IngestError) as via:
            list(parse_stream(path, min_bytes=0).batches)
        assert whole.value.reason.startswith("unreadable DOCX") and "\n" not in str(whole.value)
        assert streamed.value.reason == whole.value.reason == via.value.reason


def test_centred_bold_lines_that_continue_a_heading_or_caption_a_figure_stay_text(tmp_path: Path) -> None:
    """After the first clause a centred bold line after body text is a heading; an attachment's title
    under "附件1" and a figure's caption are not (as before the 附加说明 rule)."""
    d = docx.Document()
    for line in ("一、总体要求", "各地应按要求组织申报。", "1 范围", BODY):
        d.add_paragraph(line)
    _bold(d, "图1 申报流程", centred=True)
    d.add_paragraph("附件1")
    _bold(d, "绿色工厂名单", centred=True)
    d.add_paragraph("名单如下。")
    _bold(d, "联系方式", centred=True)
    d.add_paragraph("联系人：张三。")
    path = tmp_path / "notice.docx"
    d.save(str(path))
    doc = _both(path)
    titles = [t for _, t in _outline(doc)]
    assert "绿色工厂名单" not in titles and "图1 申报流程" not in titles and titles[-1] == "联系方式"
    assert "绿色工厂名单" in _text(doc, "附件1") and "图1 申报流程" in _text(doc, "1")
