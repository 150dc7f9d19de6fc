"""The parse report: what structure recovery found in a document, and what looks wrong.

Users see it after an upload (CLI ``ingest --report``, JSON, the API), so the warnings are
Chinese sentences that say what to check, and the figures are stable for the same file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant.ingest.identity import Cover
from assistant.ingest.layout import Line
from assistant.ingest.patterns import ANNEX, ANNEX_CLAUSE, DEC, FRONT, TABLE
from assistant.ingest.structure import Section
from assistant.types import Chunk, DocumentMeta, ParseReport

FRONT_MATTER = frozenset({"封面", "来函", "目次", "目录", "前言", "引言"})
_NUMBERED = {"dec", "annex", "annex_clause", "cn_chapter", "cn_article", "cn1", "cn2", "num3", "attach"}
_FRONT_WARN = 0.5  # share of the text under front matter that means the body was not found
_FRONT_WARN_MIN = 2000  # characters: short notes are mostly cover by nature


def toc_label(entry: str) -> str | None:
    """The clause label a contents entry names: '4.3 评价指标' -> '4.3', '附录 B（规范性）…' -> '附录B'."""
    text = entry.strip()
    if (m := FRONT.match(text)) and m.group("name")[0] in "参索":
        return re.sub(r"\s", "", m.group("name"))  # 参考文献 and 索引 close the body: checked too
    for pat, fmt in ((ANNEX, "附录{letter}"), (TABLE, "{pre}表{num}"), (ANNEX_CLAUSE, "{letter}.{num}"),
                     (DEC, "{num}")):
        m = pat.match(text)
        if m:
            return fmt.format(**{k: v or "" for k, v in m.groupdict().items()})
    return None


def scheme_of(sections: Iterable[Section], layout: bool) -> str:
    return _scheme({s.scheme for s in sections}, layout)


def _scheme(schemes: set[str], layout: bool) -> str:
    if schemes & _NUMBERED:
        return "numbering"
    if "plain" in schemes:
        return "layout" if layout else "headings"
    return "none"


def build_report(meta: DocumentMeta, sections: list[Section], chunks: list[Chunk], *,
                 toc_entries: list[str], cover: Cover | None, layout: bool,
                 notes: Iterable[str] = ()) -> ParseReport:
    tally = Tally()
    for s in sections:
        tally.section(s)
    for c in chunks:
        tally.chunk(c)
    return tally.report(meta, toc_entries=toc_entries, cover=cover, layout=layout, notes=notes)


class Tally:
    """What the report needs of the sections and chunks, counted as they come: a streamed file
    (ingest/stream.py) hands each section and its chunks over once, then lets them go."""

    def __init__(self) -> None:
        self.chars: Counter[str] = Counter()
        self.n_chunks = self.largest = self.tables = self.depth = 0
        self.found: set[str] = set()
        self.body: set[str] = set()
        self.schemes: set[str] = set()
        self._prev = False

    def section(self, s: Section) -> None:
        self.open(s)
        self.lines(s, s.lines)

    def open(self, s: Section) -> None:
        """A section; its lines follow (``lines``, once or in pieces), before the next section."""
        self.found.add(s.clause)
        self.schemes.add(s.scheme)
        self._prev = False
        if s.scheme == "table":
            self.tables += 1
        if s.clause not in FRONT_MATTER and s.scheme != "cover":
            self.body.add(s.clause)
            if s.scheme in _NUMBERED:
                self.depth = max(self.depth, s.depth)

    def lines(self, s: Section, lines: list[Line]) -> None:
        if s.scheme == "table":
            return
        for ln in lines:  # tables given as rows (Markdown, DOCX) inside a clause: see _markdown_tables
            if ln.table and not self._prev:
                self.tables += 1
            self._prev = ln.table

    def chunk(self, c: Chunk) -> None:
        self.chars[c.clause] += len(c.text)
        self.n_chunks += 1
        self.largest = max(self.largest, len(c.text))

    def report(self, meta: DocumentMeta, *, toc_entries: list[str], cover: Cover | None,
               layout: bool, notes: Iterable[str] = ()) -> ParseReport:
        """``notes``: the loader's warnings (a part of the file it could not read), listed first."""
        chars = self.chars
        total = sum(chars.values()) or 1
        front = {k: v for k, v in chars.items() if k in FRONT_MATTER}
        front_share = sum(front.values()) / total
        scheme = _scheme(self.schemes, layout)
        warnings: list[str] = list(notes)
        if front_share > _FRONT_WARN and total >= _FRONT_WARN_MIN:
            label = max(front, key=front.__getitem__)
            warnings.append(f"结构识别不足：{front_share:.0%} 的正文落在「{label}」之下")
        if scheme == "layout":
            warnings.append("未识别到条款编号，按版式标题切分")
        elif scheme == "none" and total >= _FRONT_WARN_MIN:
            warnings.append("未识别到条款编号或标题，全文作为一个部分收录")
        listed = [lab for lab in (toc_label(e) for e in toc_entries) if lab]
        missing = [lab for lab in dict.fromkeys(listed) if lab not in self.found]
        if missing:
            shown = "、".join(missing[:5]) + ("等" if len(missing) > 5 else "")
            warnings.append(f"目次列出的 {len(missing)} 个条目未在正文中识别为条款：{shown}")
        if cover is not None and cover.letter_end:
            warnings.append("文件前附有来函，已作为前置部分「来函」收录；文件标识取自标准封面")
        if cover is not None and cover.doc_id is None and cover.title:
            warnings.append(f"标准编号为占位符，以标题「{cover.title}」作为文件标识")
        return ParseReport(
            doc_id=meta.doc_id, title=meta.title, kind=meta.kind, path=meta.path, pages=meta.page_count,
            chunks=self.n_chunks, clauses=len(self.body), depth=self.depth, tables=self.tables,
            front_share=round(front_share, 4), largest_chunk=self.largest, scheme=scheme, warnings=warnings,
        )


def _markdown_tables(sections: list[Section]) -> int:
    """Tables given as rows (Markdown, DOCX) inside clauses that are not captioned tables."""
    n = 0
    for s in sections:
        if s.scheme == "table":
            continue
        prev = False
        for ln in s.lines:
            if ln.table and not prev:
                n += 1
            prev = ln.table
    return n


def format_report(r: ParseReport) -> str:
    """The report as a few Chinese lines (CLI)."""
    kinds = {"standard": "标准", "policy": "政策文件", "guide": "指南", "digest": "摘要", "other": "其他"}
    pages = f"，{r.pages} 页" if r.pages else ""
    lines = [f"{r.doc_id}《{r.title}》（{kinds.get(r.kind, r.kind)}{pages}）",
             f"  条款 {r.clauses} 个，最深 {r.depth} 级，表格 {r.tables} 个，条块 {r.chunks} 个，"
             f"最大条块 {r.largest_chunk} 字，前置部分占 {r.front_share:.0%}"]
    lines += [f"  警告：{w}" for w in r.warnings]
    return "\n".join(lines)

