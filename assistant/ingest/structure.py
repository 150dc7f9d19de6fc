"""Clause structure: turn display lines into sections keyed by the document's own numbering."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.clauses import TOC_NAMES, Candidate, Recogniser, absorb_annex_title
from assistant.ingest.frontmatter import TocEntries, find_toc
from assistant.ingest.layout import Line
from assistant.ingest.patterns import (
    ANNEX,
    ANNEX_CLAUSE,
    BARE_DEC,
    CN_ARTICLE,
    CN_CHAPTER,
    CN_ITEM,
    CN_SUB,
    DEC,
    FRONT,
    NOTE,
    NUM_ITEM,
    TABLE,
    heading_like,
    is_toc_entry,
    starts_block,
    title_like,
    title_start_ok,
)

COVER = "封面"
LETTER = "来函"
_FAMILY = {"dec": "std", "front": "std", "annex": "std", "annex_clause": "std",
           "cn_chapter": "art", "cn_part": "part", "cn_article": "art", "cn1": "cn", "cn2": "cn", "num3": "cn", "attach": "att"}


@dataclass
class Section:
    """One clause: its heading, body lines and place in the clause tree."""

    clause: str
    title: str
    heading: str
    level: int
    scheme: str
    depth: int = 1
    number: tuple[int, ...] = ()
    letter: str = ""
    inline: bool = False  # untitled clause: the first body line continues the heading line
    parent: Section | None = None
    path: str = ""
    pages: list[int] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    rows_seen: bool = False


class Builder:
    """The clause tree as it is built, line by line (``step``); a streamed file keeps one across
    its windows (ingest/stream.py), a whole file runs it over all its lines (``build_sections``)."""

    def __init__(self, toc: TocEntries, title_line: int | None) -> None:
        self.sections: list[Section] = []
        self.stack: list[Section] = []
        self.current: Section | None = None
        self.ids: dict[str, Section] = {}
        self.rec = Recogniser(toc.entries)
        self.toc_lines = toc.lines
        self.title_line = title_line

    def start_letter(self, lines: list[Line], letter_end: int) -> int:
        """A leading cover letter, ``lines[:letter_end]``: the index to go on from."""
        self.open_front(LETTER, lines[0])
        for ln in lines[:letter_end]:
            self.add(ln)
        self.current = None
        return letter_end

    def step(self, lines: list[Line], i: int, base: int = 0) -> int:
        """Take ``lines[i]`` (line ``base + i`` of the document; up to three more are looked at);
        returns the index of the next line to take."""
        ln = lines[i]
        if base + i in self.toc_lines:
            if self.current is None or self.current.clause not in TOC_NAMES:
                self.open_front(TOC_NAMES[0], ln)
            self.add(ln)
            return i + 1
        if base + i == self.title_line:
            self.open_title(ln)
            return i + 1
        cand = None if (ln.verbatim or ln.table or ln.item) else self.rec.recognise(ln)
        if cand is None and not ln.heading and i + 1 < len(lines) and BARE_DEC.match(ln.text.strip()):
            merged = _with_next_line_title(ln, lines[i + 1])
            cand = self.rec.recognise(merged) if merged else None
            if cand is not None:
                ln = merged
                i += 1
        if cand is None:
            self.add(ln)
        else:
            if cand.scheme == "annex" and not ln.heading:
                i = absorb_annex_title(cand, lines, i)
            self.open(cand, ln)
        return i + 1

    def open(self, cand: Candidate, ln: Line) -> None:
        if cand.scheme == "table" and cand.clause in self.ids:
            self.current = self.ids[cand.clause]  # "表C.1（续）" continues the table
            return
        self.rec.update(cand)
        clause = cand.clause
        n = 2
        while clause in self.ids:
            clause = f"{cand.clause}({n})"
            n += 1
        parent_for_table = self._table_parent() if cand.scheme == "table" else None
        level = self._level(cand, ln.heading, parent_for_table)
        if not ln.heading and cand.scheme != "table":
            for k in range(len(self.stack) - 1, -1, -1):
                if _is_ancestor(self.stack[k], cand):  # "4.3.2" after "4.1": parent is "4"
                    del self.stack[k + 1:]
                    break
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        depth = parent.depth + 1 if cand.scheme == "table" and parent else cand.depth
        sec = Section(clause=clause, title=cand.title, heading=cand.heading, level=level,
                      scheme=cand.scheme, depth=depth, number=cand.number, letter=cand.letter,
                      inline=bool(cand.body), parent=parent, pages=ln.pages)
        if cand.body:
            sec.lines.append(Line(cand.body, page=ln.page, page_end=ln.page_end))
        if parent is not None:
            parent.children.append(sec)
        self.stack.append(sec)
        sec.path = " > ".join(s.heading for s in self.stack)
        self.sections.append(sec)
        self.ids[clause] = sec
        self.current = sec

    def _table_parent(self) -> Section | None:
        for s in reversed(self.stack):
            if s.scheme != "table":
                return s
        return None

    def _level(self, c: Candidate, md_level: int, table_parent: Section | None) -> int:
        if md_level:
            return md_level
        if c.scheme == "table":
            return (table_parent.level + 1) if table_parent else 1
        for s in reversed(self.stack):
            if _is_ancestor(s, c):
                return s.level + max(1, c.depth - s.depth)
        family = _FAMILY.get(c.scheme)
        for s in reversed(self.stack):
            if family and _FAMILY.get(s.scheme) == family:
                return max(1, s.level - s.depth + c.depth)
        return c.depth

    def add(self, ln: Line) -> None:
        cur = self.current
        if cur is not None and cur.scheme == "table" and cur.rows_seen and not ln.table \
                and not NOTE.match(ln.text) and not _ABOUT_TABLE.match(ln.text) and cur.parent is not None:
            # Text after a Markdown/DOCX table belongs to the clause again, unless it is a note
            # or speaks of the table itself ("表中仅列出部分指标…").
            cur = self.current = cur.parent
        if cur is None:
            cur = self.current = Section(COVER, "", "", 0, "cover", depth=0, path=COVER)
            self.sections.append(cur)
            self.ids[COVER] = cur
        cur.lines.append(ln)
        if ln.table and cur.scheme == "table":
            cur.rows_seen = True

    def open_front(self, name: str, ln: Line) -> None:
        """A front-matter section (来函, 目次) that no recognised line opened."""
        cand = Candidate("front", name, name, name, 1)
        self.rec.update(cand)
        sec = Section(name, name, name, 1, "front", pages=ln.pages, path=name)
        self.stack = [sec]
        self.sections.append(sec)
        self.ids.setdefault(name, sec)
        self.current = sec

    def open_title(self, ln: Line) -> None:
        """The document's title heading: it heads the cover section."""
        sec = self.ids.get(COVER)
        if sec is None:
            sec = Section(COVER, "", "", 0, "cover", depth=0, path=COVER)
            self.sections.append(sec)
            self.ids[COVER] = sec
        sec.title = sec.heading = ln.text
        sec.pages = sorted(set(sec.pages) | set(ln.pages))
        self.current = sec


def _is_ancestor(s: Section, c: Candidate) -> bool:
    if s.scheme == "cn_part" and c.scheme == "dec":  # "2.1" under "第二部分"
        return c.number[:1] == s.number
    if c.scheme == "dec":
        return s.scheme == "dec" and len(s.number) < len(c.number) and c.number[: len(s.number)] == s.number
    if c.scheme == "annex_clause":
        return (s.scheme == "annex" and s.letter == c.letter) or (
            s.scheme == "annex_clause" and s.letter == c.letter and len(s.number) < len(c.number)
            and c.number[: len(s.number)] == s.number)
    return (c.scheme, s.scheme) in {("cn_article", "cn_chapter"), ("cn2", "cn1"), ("num3", "cn2"),
                                    ("cn1", "attach"), ("cn_chapter", "attach"), ("dec", "attach")}


def _numbered_text(text: str) -> bool:
    return any(p.match(text) for p in (DEC, ANNEX, ANNEX_CLAUSE, TABLE, CN_CHAPTER, CN_ARTICLE,
                                       CN_ITEM, CN_SUB, NUM_ITEM, FRONT))


def find_title_heading(lines: list[Line]) -> int | None:
    """Index of a leading unnumbered heading that is the document's title, if any."""
    finder = TitleFinder()
    for i, ln in enumerate(lines):
        finder.see(i, ln)
    return finder.result()


class TitleFinder:
    """``find_title_heading`` fed line by line (a streamed file sees each line once)."""

    def __init__(self) -> None:
        self.title: int | None = None  # the first line marked as the title, in the first 20
        self.first: tuple[int, int] | None = None  # (index, level) of the first heading
        self.first_numbered = False
        self.rival = False  # an unnumbered heading at the first one's level or above, after it
        # a clause or contents line came before the first heading: that heading does not lead the
        # document (a bold 附加说明 after the last clause of a file without heading styles)
        self.late = False

    def see(self, i: int, ln: Line) -> None:
        if self.title is None and i < 20 and ln.title:
            self.title = i
        if not ln.heading:
            if self.first is None and not (ln.table or ln.verbatim) and not self.late:
                self.late = heading_like(ln.text) or is_toc_entry(ln.text)
            return
        if self.first is None:
            self.first, self.first_numbered = (i, ln.heading), _numbered_text(ln.text) or self.late
        elif ln.heading <= self.first[1] and not self.rival and not _numbered_text(ln.text):
            self.rival = True

    def result(self) -> int | None:
        if self.title is not None:
            return self.title
        if self.first is None or self.first_numbered or self.rival:
            return None
        return self.first[0]


_TOP_NUMBERING = frozenset({"dec", "annex", "annex_clause", "cn_chapter", "cn_part", "cn_article", "cn1", "attach"})


def numbered(sections: list[Section]) -> bool:
    """Numbered at the top level; a lone （一）（二） list does not make a document numbered."""
    return any(s.scheme in _TOP_NUMBERING for s in sections)


# A term entry's line: the Chinese term and its English equivalent, however long the English is
# ("炼焦工序能耗 energy consumption of coking process").
_ABOUT_TABLE = re.compile(r"^(?:表中|表内|上表|本表|该表|表列)")
_TERM_LINE = re.compile(r"^[^\s，。；：,;:]{1,30}\s+[A-Za-z][A-Za-z0-9 ,'’()/-]{0,120}$")


def _with_next_line_title(ln: Line, nxt: Line) -> Line | None:
    """'3.1' followed by its title line '绿色工厂 green factory' -> one heading line."""
    title = nxt.text.strip()
    if nxt.heading or nxt.table or nxt.verbatim or not title_start_ok(title) or starts_block(title):
        return None
    if not title_like(title) and not _TERM_LINE.match(title):
        return None
    return Line(f"{ln.text.strip()} {title}", page=ln.page, page_end=nxt.page_end or nxt.page)


def build_sections(lines: list[Line], *, letter_end: int | None = None,
                   toc: TocEntries | None = None) -> list[Section]:
    """Sections in document order; text before the first clause goes to ``封面``, a leading cover
    letter (``lines[:letter_end]``) to ``来函``, tables of contents to ``目次`` (not returned)."""
    toc = toc if toc is not None else find_toc(lines)
    b = Builder(toc, find_title_heading(lines))
    i = b.start_letter(lines, letter_end) if letter_end else 0
    while i < len(lines):
        i = b.step(lines, i)
    return [s for s in b.sections if s.clause not in TOC_NAMES]
