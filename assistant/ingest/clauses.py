"""Clause recognition: numbering schemes, and the state that makes numbers progress plausibly.

What a line gives once recognised, and the rules that need no numbering state (a captioned table,
a titled or untitled numbered clause, an annex heading spread over lines), are in candidates.py."""

from __future__ import annotations

import difflib
import re
import unicodedata

from assistant.ingest.candidates import (
    ANNEX_MARK,
    BAD_TABLE_REST,
    Candidate,
    absorb_annex_title,
    annex_heading,
    numbered_candidate,
    table_candidate,
)
from assistant.ingest.layout import Line
from assistant.ingest.patterns import (
    ANNEX,
    ANNEX_CLAUSE,
    ATTACH,
    CN_ARTICLE,
    CN_CHAPTER,
    CN_ITEM,
    CN_PART,
    CN_SUB,
    DEC,
    FRONT,
    NUM_ITEM,
    cn_to_int,
    is_toc_line,
    title_like,
    title_start_ok,
)

TOC_NAMES = ("目次", "目录")
_MAX_STEP = 5  # a clause number may skip a few clauses (digests, excerpts), not jump far


class Recogniser:
    """Recognises clause lines. Markdown/DOCX headings are trusted; plain lines must continue the
    numbering seen so far (a guard against '2025 年…', '0.5 tce', list items and references)."""

    def __init__(self, toc_entries: list[str] | None = None) -> None:
        # Decimal headings the table of contents lists: number -> title. When a document has one,
        # a plain line numbered like a listed clause must carry that clause's title, and a number
        # at a depth the contents list (under a listed parent) must be listed: table rows such as
        # "5 单位产品主要" / "8 达到引领值得满" are not chapters 5 and 8.
        self.toc: dict[tuple[int, ...], str] = _toc_numbers(toc_entries or [])
        self.toc_parents = {n[:-1] for n in self.toc}
        self.attach = ""  # "附件1" while inside an attachment: its own numbering is labelled under it
        self.last_attach = 0
        self._reset()

    def _reset(self) -> None:
        """Numbering state: a document's body, or an attachment that numbers afresh."""
        self.last_dec: tuple[int, ...] | None = None
        self.chapters: set[int] = set()
        self.annex: str | None = None
        self.last_annex: tuple[str | int, ...] | None = None  # (letter, *number)
        self.in_toc = False
        self.article_mode = False
        self.last_chapter_cn = self.last_article = self.last_part = 0
        self.cn1: tuple[int, str] | None = None
        self.cn2: tuple[int, str] | None = None
        self.last_num3 = 0

    def recognise(self, ln: Line) -> Candidate | None:
        text = ln.text.strip()
        heading = ln.heading > 0
        for fn in (self._dec, self._annex, self._annex_clause, self._table, self._policy):
            cand = fn(text, heading)
            if cand is not None:
                if heading and cand.body:  # a heading's text is its title, however long
                    cand.title, cand.body, cand.heading = cand.body, "", " ".join(text.split())
                return cand
        m = FRONT.match(text)
        if m and (heading or self.last_dec is None or m.group("name")[0] in "参索"):
            name = re.sub(r"\s", "", m.group("name"))
            return Candidate("front", name, name, name, 1)
        if heading:  # an unnumbered heading: the clause is the heading text
            return Candidate("plain", _heading_id(text), text, text, 1)
        return None

    def _dec(self, text: str, heading: bool) -> Candidate | None:
        m = DEC.match(text)
        if not m:
            return None
        rest, num = m.group("rest").strip(), tuple(int(x) for x in m.group("num").split("."))
        if heading:
            return numbered_candidate("dec", m.group("num"), rest, len(num), number=num)
        if num[0] == 0 or self.annex or (self.in_toc and is_toc_line(rest)):
            return None
        if num in self.toc and self._listed(num, rest) and (self.last_dec is None or num > self.last_dec):
            return numbered_candidate("dec", m.group("num"), rest, len(num), number=num)  # the contents list it
        if not title_start_ok(rest) or (self.toc and not self._listed(num, rest)):
            return None
        last = self.last_dec
        if len(num) == 1:
            if not title_like(rest, 30) or len(rest.split()) > 2:
                return None
            # An attachment numbers afresh from 1: a bare "8 能源统计报表" there is a table's
            # 分值 and 佐证材料 cells run together (the body of a document may start later: an excerpt)
            first = 2 if self.attach else 12
            if not (num[0] <= first if last is None else last[0] < num[0] <= last[0] + 3):
                return None
        elif last is not None:
            if num <= last or not _plausible_step(last, num):
                return None
            if self.chapters and num[0] not in self.chapters and num[0] != last[0]:
                return None
        return numbered_candidate("dec", m.group("num"), rest, len(num), number=num)

    def _listed(self, num: tuple[int, ...], rest: str) -> bool:
        """Consistent with the table of contents (see __init__)."""
        want = self.toc.get(num)
        if want is not None:
            return _same_title(rest, want)
        return num[:-1] not in self.toc_parents

    def _annex(self, text: str, heading: bool) -> Candidate | None:
        m = ANNEX.match(text)
        if not m:
            return None
        letter, rest = m.group("letter"), m.group("rest").strip()
        mark = ANNEX_MARK.match(rest)
        title = rest[mark.end():].strip() if mark else rest
        if title and not heading and (not title_like(title, 40) or BAD_TABLE_REST.match(title)):
            return None
        if not heading and self.annex is not None and not _next_annex(self.annex, letter):
            return None
        marker = mark.group(0) if mark else ""
        return Candidate("annex", f"附录{letter}", title, annex_heading(letter, marker, title), 1,
                         letter=letter)

    def _annex_clause(self, text: str, heading: bool) -> Candidate | None:
        m = ANNEX_CLAUSE.match(text)
        if not m:
            return None
        letter, rest = m.group("letter"), m.group("rest").strip()
        num = tuple(int(x) for x in m.group("num").split("."))
        if not heading:
            if not title_start_ok(rest):
                return None
            if self.annex is not None and letter != self.annex:
                return None
            if self.last_annex is not None and self.last_annex[0] == letter:
                if (letter, *num) <= self.last_annex:
                    return None
        label = f"{letter}.{m.group('num')}"
        return numbered_candidate("annex_clause", label, rest, 1 + len(num), number=num, letter=letter)

    def _table(self, text: str, heading: bool) -> Candidate | None:
        return table_candidate(text, heading)

    def _policy(self, text: str, heading: bool) -> Candidate | None:
        if m := ATTACH.match(text):
            n, rest = int(m.group("num")), m.group("rest").strip()
            if (heading or n == self.last_attach + 1) and (not rest or title_like(rest, 40)):
                return Candidate("attach", f"附件{n}", rest, " ".join(text.split()), 1, number=(n,))
            return None
        if (m := CN_PART.match(text)) and not self.article_mode:
            n, rest = cn_to_int(m.group("num")), m.group("rest").strip()
            if (rest or heading) and title_like(rest or "x", 30) and (heading or n == self.last_part + 1):
                return Candidate("cn_part", f"第{m.group('num')}部分", rest, " ".join(text.split()), 1,
                                 number=(n,))
            return None
        if m := CN_CHAPTER.match(text):
            n, rest = cn_to_int(m.group("num")), m.group("rest").strip()
            if heading or (title_like(rest, 30) and n == self.last_chapter_cn + 1):
                return Candidate("cn_chapter", f"第{m.group('num')}章", rest, text, 1, number=(n,))
            return None
        if m := CN_ARTICLE.match(text):
            n, rest = cn_to_int(m.group("num")), m.group("rest").strip()
            if heading or self.last_article < n <= self.last_article + 3:
                return numbered_candidate("cn_article", f"第{m.group('num')}条", rest, 2, number=(n,),
                                 title_max=12)
            return None
        if self.article_mode and not heading:
            return None
        if m := CN_ITEM.match(text):
            n, rest = cn_to_int(m.group("num")), m.group("rest").strip()
            last = self.cn1[0] if self.cn1 else 0
            if rest and (heading or last < n <= last + 2):
                cand = numbered_candidate("cn1", m.group("num"), rest, 1, number=(n,), sep="、")
                cand.clause = self.attach + cand.clause
                return cand
            return None
        if m := CN_SUB.match(text):
            n, rest = cn_to_int(m.group("num")), m.group("rest").strip()
            last = self.cn2[0] if self.cn2 else 0
            # Without an 一、 above, only a short titled item continuing the count: "（一）强化标准引领".
            orphan = self.cn1 is None and n == last + 1 and title_like(rest, 30)
            if rest and (heading or (self.cn1 is not None and last < n <= last + 2) or orphan):
                prefix = self.cn1[1] if self.cn1 else self.attach
                cand = numbered_candidate("cn2", f"（{m.group('num')}）", rest, 2, number=(n,), sep="")
                cand.clause = prefix + cand.clause
                return cand
            return None
        if (m := NUM_ITEM.match(text)) and self.cn2 is not None:
            n, rest = int(m.group("num")), m.group("rest").strip()
            if rest and (heading or self.last_num3 < n <= self.last_num3 + 2) and (
                    heading or title_start_ok(rest)):
                cand = numbered_candidate("num3", f"{n}.", rest, 3, number=(n,))
                cand.clause = f"{self.cn1[1] if self.cn1 else self.attach}{self.cn2[1]}{n}"
                return cand
        return None

    def update(self, c: Candidate) -> None:
        """Record an accepted clause: later numbers must continue from it."""
        self.in_toc = c.scheme == "front" and c.clause in TOC_NAMES
        if c.scheme == "dec":
            self.last_dec = c.number
            self.chapters.add(c.number[0])
        elif c.scheme == "annex":
            self.annex, self.last_annex = c.letter, None
        elif c.scheme == "annex_clause":
            self.last_annex = (c.letter, *c.number)
        elif c.scheme == "cn_chapter":
            self.last_chapter_cn = c.number[0]
        elif c.scheme == "cn_part":  # its clauses are numbered N.1, N.2 under 第N部分
            self.last_part = c.number[0]
            self.chapters.add(c.number[0])
        elif c.scheme == "cn_article":
            self.article_mode, self.last_article = True, c.number[0]
        elif c.scheme == "cn1":
            self.cn1, self.cn2, self.last_num3 = (c.number[0], c.clause), None, 0
        elif c.scheme == "cn2":
            prefix = len(self.cn1[1]) if self.cn1 else len(self.attach)
            self.cn2, self.last_num3 = (c.number[0], c.clause[prefix:]), 0
        elif c.scheme == "num3":
            self.last_num3 = c.number[0]
        elif c.scheme == "attach":  # an attachment numbers afresh; the contents listed the body only
            self._reset()
            self.toc, self.toc_parents = {}, set()
            self.attach, self.last_attach = c.clause, c.number[0]


def _toc_numbers(entries: list[str]) -> dict[tuple[int, ...], str]:
    out: dict[tuple[int, ...], str] = {}
    for entry in entries:
        m = DEC.match(entry.strip())
        if m and m.group("num")[0] != "0":
            out.setdefault(tuple(int(x) for x in m.group("num").split(".")), m.group("rest").strip())
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _same_title(rest: str, want: str) -> bool:
    """A heading's title against its contents entry: equal, or one a prefix of the other (a wrapped
    entry or heading), or mostly the same characters (an entry shortened by the typesetter)."""
    a, b = _squash(rest), _squash(want)
    if not a or not b:
        return not b  # an untitled entry lists only the number
    if a.startswith(b) or b.startswith(a[: max(2, len(b))]):
        return True
    return difflib.SequenceMatcher(None, a[: len(b) + 4], b).ratio() >= 0.6


def _heading_id(text: str) -> str:
    text = " ".join(text.split()).strip(" 。：:")
    return text[:40].rstrip() or "无标题"


def _next_annex(last: str, letter: str) -> bool:
    """``letter`` may follow annex ``last``: a letter or two on ("B" after "A"; "NB" after "NA"), or
    a national annex "NA" after the body's annexes."""
    if len(letter) == len(last):
        return letter[:-1] == last[:-1] and 0 < ord(letter[-1]) - ord(last[-1]) <= 2
    return len(last) == 1 and letter[-1] <= "B"


def _plausible_step(last: tuple[int, ...], num: tuple[int, ...]) -> bool:
    """``num`` continues ``last`` by a small step at the first level where they differ."""
    for k, v in enumerate(num):
        if k >= len(last):
            return v <= 3
        if v != last[k]:
            return 0 < v - last[k] <= _MAX_STEP and all(x <= 3 for x in num[k + 1:])
    return False


__all__ = ["TOC_NAMES", "Candidate", "Recogniser", "absorb_annex_title", "table_candidate"]
