"""A recognised clause line (``Candidate``) and the recognition rules that need no numbering state:
a captioned table's line, a numbered clause's title or body, an annex heading spread over lines.
The Recogniser (clauses.py) decides, with the numbering seen so far, which lines are clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.layout import Line
from assistant.ingest.patterns import (
    ANNEX,
    ANNEX_CLAUSE,
    CN_ARTICLE,
    CN_CHAPTER,
    DEC,
    FRONT,
    TABLE,
    title_like,
)

ANNEX_MARK = re.compile(r"^[（(](?:规范性|资料性|参考件|补充件|标准的|提示的)(?:附录)?[)）]")
# Words after a table or annex number that make the line a sentence about it ("表1中…", "附录A给出…").
BAD_TABLE_REST = re.compile(r"^(?:中|的|所|给|列|为|是|规定|表明|说明|可|应|和|及|与|见|、|，|,)")


@dataclass
class Candidate:
    """A recognised clause line, before it becomes a Section."""

    scheme: str
    clause: str
    title: str
    heading: str
    depth: int
    number: tuple[int, ...] = ()
    letter: str = ""
    body: str = ""  # text after the number when the clause has no title



def table_candidate(text: str, heading: bool) -> Candidate | None:
    """A captioned table's line (``表2 能源消耗``); needs no numbering state."""
    m = TABLE.match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    if not heading and rest and not re.match(r"^[（(]续[)）]", rest):
        if not title_like(rest, 50) or BAD_TABLE_REST.match(rest):
            return None
    clause = f"{m.group('pre') or ''}表{m.group('num')}"
    return Candidate("table", clause, rest, f"{clause} {rest}".strip(), 0)


def numbered_candidate(scheme: str, label: str, rest: str, depth: int, *, number: tuple[int, ...] = (),
              letter: str = "", sep: str = " ", title_max: int = 40) -> Candidate:
    """A numbered clause: a short rest is its title, a sentence is its (untitled) body."""
    clause = label.rstrip(".、") if scheme not in ("cn2", "num3") else label
    if not rest or title_like(rest, title_max):
        heading = f"{label}{sep}{rest}".strip() if rest else label
        return Candidate(scheme, clause, rest, heading, depth, number, letter)
    return Candidate(scheme, clause, _run_in(rest) if scheme in ("cn1", "cn2") else "", label, depth, number,
                     letter, body=rest)


# A 公文 item opens with a run-in title: "（一）绿色工厂。申报企业应为…", "三、地方推荐。请于…". Its words
# stay in the body (the chunk text is unchanged); as the title they name the item in its path and in its
# parent's list of children, which listed bare labels ("（一）\n（二）").
_RUN_IN = re.compile(r"([^，。；：、,;:（）()“”「」《》\s\d]{2,12})。(?=\S)")


def _run_in(rest: str) -> str:
    m = _RUN_IN.match(rest)
    return m.group(1) if m else ""


def absorb_annex_title(cand: Candidate, lines: list[Line], i: int) -> int:
    """PDF annex headings span lines: '附录B' / '（规范性）' / '主要量化指标计算方法'."""
    marker = ""
    for _ in range(2):
        if i + 1 >= len(lines) or lines[i + 1].heading or lines[i + 1].table:
            break
        nxt = lines[i + 1].text.strip()
        mark = ANNEX_MARK.match(nxt)
        if mark and not cand.heading.endswith(mark.group(0)) and not marker:
            marker = mark.group(0)
            rest = nxt[mark.end():].strip()
            if rest and not cand.title:
                cand.title = rest
            i += 1
        elif not cand.title and title_like(nxt, 40) and not _starts_clause(nxt):
            cand.title = nxt
            i += 1
        else:
            break
    if marker or cand.title:
        base = f"附录{cand.letter}"
        current_mark = ANNEX_MARK.match(cand.heading[len(base):])
        marker = marker or (current_mark.group(0) if current_mark else "")
        cand.heading = annex_heading(cand.letter, marker, cand.title)
    return i


def annex_heading(letter: str, marker: str, title: str) -> str:
    return f"附录{letter}{marker}{title}" if marker else f"附录{letter} {title}".strip()


def _starts_clause(text: str) -> bool:
    return any(p.match(text) for p in (DEC, ANNEX, ANNEX_CLAUSE, TABLE, CN_CHAPTER, CN_ARTICLE, FRONT))
