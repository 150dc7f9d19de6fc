"""File loaders: PDF (pypdf), Markdown, plain text, DOCX (its XML parts; docxpkg.py) -> display-form lines."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.ingest.docxlines import docx_lines, heading_style, table_row
from assistant.ingest.docxnum import UNREADABLE, ListCounter, Numbering
from assistant.ingest.docxpkg import OddPackage, numbering, package, xml
from assistant.ingest.docxxml import (
    BODY,
    DOCUMENT,
    TBL,
    TR,
    DocxStyles,
    P,
    Para,
    TableRows,
    paragraph,
)
from assistant.ingest.encoding import DecodeFailure, decode_bytes
from assistant.ingest.errors import IngestError
from assistant.ingest.layout import Line, join_lines
from assistant.ingest.normalize import clean_line, join_spaced_cjk
from assistant.ingest.pagerun import clean_pdf_pages
from assistant.ingest.patterns import title_like
from assistant.ingest.pdfread import TextLayer, page_texts


@dataclass
class RawDoc:
    lines: list[Line]
    page_count: int | None = None
    front_matter: dict[str, Any] = field(default_factory=dict)
    head: list[Line] = field(default_factory=list)  # lines metadata inference looks at
    warnings: list[str] = field(default_factory=list)  # for the parse report: what could not be read


def load(path: Path, data: bytes) -> RawDoc:
    """Dispatch on the file extension; raises IngestError for bad input."""
    ext = path.suffix.lower()
    if ext == ".pdf":
        return load_pdf(path, data)
    if ext == ".docx":
        return load_docx(path, data)
    text = decode_text(path, data)
    if ext in (".md", ".markdown"):
        return load_markdown(path, text)
    return load_plain(text)


# --- text decoding ---------------------------------------------------------------------------
def decode_text(path: Path, data: bytes) -> str:
    """The file's text: BOMs, UTF-8, else the scored candidates (assistant.ingest.encoding)."""
    try:
        text = decode_bytes(data).text
    except DecodeFailure as e:
        raise IngestError(path, str(e)) from None
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v\x1b")
    if bad > max(2, len(text) // 1000):
        raise IngestError(path, "binary content (control characters): not a text file")
    if not text.strip():
        raise IngestError(path, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- plain text and Markdown -----------------------------------------------------------------
def plain_line(raw: str) -> Line:
    """One physical line of a plain-text file as a display line."""
    return Line(join_spaced_cjk(clean_line(raw).strip(), aggressive=False))


def load_plain(text: str) -> RawDoc:
    lines = [plain_line(t) for t in text.split("\n")]
    joined = [ln for ln in join_lines(lines, "txt") if ln.text]
    return RawDoc(lines=joined, head=joined[:40])


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_YAML_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter between '---' lines at the top of a Markdown file."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    first = next((ln for ln in lines[1:] if ln.strip()), "")
    if not _YAML_KEY.match(first):
        return {}, text  # a horizontal rule, not front matter
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("\n".join(lines[1:i])) or {}
            except yaml.YAMLError as e:
                raise IngestError(path, f"invalid front matter: {getattr(e, 'problem', e)}") from None
            if not isinstance(data, dict):
                raise IngestError(path, "invalid front matter: expected 'key: value' lines")
            return data, "\n".join(lines[i + 1:])
    return {}, text


def clean_inline(text: str) -> str:
    """Heading text without Markdown emphasis markers and link syntax."""
    text = re.sub(r"(\*\*|__|`)", "", _LINK.sub(r"\1", text))
    return text.strip(" *_\t")


_MD_ORDERED = re.compile(r"^\d{1,3}\.\s+(?P<rest>\S.*)$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](url), ![alt](src) -> text, alt
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1$")


def _md_inline(line: str) -> str:
    """A body line as a reader sees it: link text without the URL, and a wholly bold line (a
    pseudo-heading such as ``**二、申报条件**``) without its markers, so its numbering is read."""
    line = _LINK.sub(r"\1", line)
    m = _WHOLE_BOLD.match(line)
    return m.group("text").strip() if m else line


def load_markdown(path: Path, text: str) -> RawDoc:
    front, body = split_front_matter(path, text)
    lines = list(markdown_lines(body.split("\n")))
    joined = [ln for ln in join_lines(lines, "md") if ln.text]
    return RawDoc(lines=joined, front_matter=front, head=joined[:40])


def markdown_lines(body: Iterable[str]) -> Iterator[Line]:
    """The body's physical lines (after the front matter) as display lines, one by one."""
    in_code = in_comment = False
    for raw in body:
        line = clean_line(raw)
        s = line.strip()
        if in_comment:
            in_comment = "-->" not in s
            continue
        if s.startswith("<!--"):
            in_comment = "-->" not in s
            continue
        if s.startswith(("```", "~~~")):
            in_code = not in_code
            yield Line(s, verbatim=True)
            continue
        if in_code:
            yield Line(line, verbatim=True)
            continue
        m = _HEADING.match(s)
        if m:
            heading = clean_inline(m.group(2))
            if heading:
                yield Line(heading, heading=len(m.group(1)))
            continue
        if _RULE.match(s):
            yield Line("")
        elif s.startswith("|"):
            yield Line(s, table=True)
        else:
            text = join_spaced_cjk(_md_inline(s), aggressive=False)
            m = _MD_ORDERED.match(text)
            # A Markdown ordered-list item that is a sentence is a list item of the text around it
            # (an answer's "1. 申报书…；"), never a clause; a short titled one may still head one
            yield Line(text, item=m is not None and not title_like(m.group("rest")))


# --- PDF -------------------------------------------------------------------------------------
def load_pdf(path: Path, data: bytes) -> RawDoc:
    if b"%PDF" not in data[:1024]:
        raise IngestError(path, "not a PDF file (corrupt or wrong extension)")
    texts = list(page_texts(path, io.BytesIO(data)))
    layer = TextLayer()
    for t in texts:
        layer.see(t)
    layer.check(path)
    lines, running = clean_pdf_pages(texts)
    return RawDoc(lines=join_lines(lines, "pdf"), page_count=len(texts), head=pdf_head(texts[0], running))


def pdf_head(first_page: str, running: list[str]) -> list[Line]:
    """The lines metadata inference looks at: the first page's first 40, then 4 running lines."""
    head = [Line(t, page=1) for t in first_page.splitlines()[:40] if t.strip()]
    return head + [Line(t) for t in running[:4]]


# --- DOCX ------------------------------------------------------------------------------------
def load_docx(path: Path, data: bytes) -> RawDoc:
    """The whole file: its main, styles and numbering parts (docxpkg.py: what the stream reads),
    the body's paragraphs and table rows read by docxxml.py, the lines by ``docx_lines``. A large
    file is streamed instead (ingest/docxstream.py)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise IngestError(path, "not a DOCX file (not a zip archive)")
    try:
        root, styles, lists = _docx_parts(path, io.BytesIO(data))
        body = root.find(BODY) if root.tag == DOCUMENT else None  # python-docx reads the first w:body
        if body is None:
            raise ValueError("no document body")
        blocks: list[Para | Line] = []
        counter = ListCounter(lists)
        for el in body.iterchildren(P, TBL):  # as Document.iter_inner_content()
            if el.tag == P:
                blocks.append(paragraph(el, styles, counter))
            else:
                rows = TableRows(styles, counter)
                for r, tr in enumerate(el.iterchildren(TR)):
                    blocks.extend(table_row(rows.cells(tr), r))
    except Exception as e:
        raise IngestError(path, f"unreadable DOCX: {e or type(e).__name__}") from None
    styled = any(heading_style(b) for b in blocks if isinstance(b, Para))
    lines = list(docx_lines(blocks, styled))
    if not lines:
        raise IngestError(path, "empty document: no text in the DOCX body")
    return RawDoc(lines=lines, head=lines[:40], warnings=[UNREADABLE] if lists.problem else [])


def _docx_parts(path: Path, f: io.BytesIO) -> tuple[Any, DocxStyles, Numbering]:
    """The main part's root element, the styles and the lists; an odd package through python-docx."""
    with zipfile.ZipFile(f) as z:
        try:
            main, styles, lists = package(z)
        except OddPackage:
            pass
        else:
            return xml(z, main), DocxStyles.of(xml(z, styles)), numbering(z, lists, path.name)
    import docx

    document = docx.Document(f)  # its default styles, or its error for a package it cannot open
    try:
        lists = Numbering.of(document.part.numbering_part.element)
    except Exception:  # python-docx: no numbering part (NotImplementedError) or an odd one: no numbers
        lists = Numbering()
    return document.element, DocxStyles.of(document.styles.element), lists
