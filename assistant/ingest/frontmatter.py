"""Tables of contents: lines that must never be read as clauses.

Official standards open with a cover, a 目次 page whose entries look exactly like headings
(``4.2 基本要求……2``), and a 前言. Read as headings, the 目次 entries consumed the clause numbering
and swallowed the body (the official GB/T 36132-2025 PDF came out as 31 chunks under 8 keys).
This module finds those lines before structure detection sees them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.ingest.layout import Line
from assistant.ingest.patterns import FRONT, TOC_PAGE, is_toc_entry, strip_toc_leaders, title_like

_BARE_PAGE_TAIL = re.compile(rf"^(?P<entry>.*\S)\s+(?:{TOC_PAGE})$")
_TOC_NAMES = ("目次", "目录")
# The label before an entry's title, in whatever style the contents or the body number it: a deck's
# agenda lists "01　概述" and its divider slide reads "第一部分　概述".
_LABEL = re.compile(r"^(?:第[一二三四五六七八九十百零\d]+[部分章节篇]+|PART\s*\d+|[一二三四五六七八九十]+[、.．]|"
                    r"[A-Z]?\d+(?:\.\d+)*)\s*", re.IGNORECASE)


def toc_entry_text(text: str) -> str:
    """The entry without its leaders and page number: ``4.2 基本要求……2`` -> ``4.2 基本要求``."""
    if is_toc_entry(text):
        return strip_toc_leaders(text)
    m = _BARE_PAGE_TAIL.match(text.strip())
    return m.group("entry") if m else text.strip()


def _toc_heading(text: str) -> bool:
    m = FRONT.match(text.strip())
    return bool(m) and re.sub(r"\s", "", m.group("name")) in _TOC_NAMES


def _bare_page_entry(text: str) -> bool:
    """Inside a 目次: ``1 范围 1`` (no leaders, a trailing page number)."""
    m = _BARE_PAGE_TAIL.match(text.strip())
    return bool(m) and title_like(m.group("entry"), 50)


@dataclass
class TocEntries:
    lines: set[int]  # indices of lines that belong to a table of contents (headings included)
    entries: list[str]  # the entries' texts, without leaders and page numbers
    # the last line a contents region or leader run looked at (-1: none). A streamed file finds its
    # contents in its first window: valid when this stays before the window's last line.
    reach: int = -1


def find_toc(lines: list[Line]) -> TocEntries:
    """Lines of tables of contents: after a 目次/目录 heading, and runs of leader-dot entries.

    After the heading, a line is an entry when it has leaders or a trailing page number, or when it
    is short and followed by another entry (a wrapped entry, or a contents list without page
    numbers). The contents end at the first line followed by body text. Elsewhere, three or more
    leader lines in a row (wrapped lines between allowed) are a contents list without its heading.
    """
    found: set[int] = set()
    entries: list[str] = []
    n = len(lines)
    leader = [not ln.table and not ln.verbatim and is_toc_entry(ln.text) for ln in lines]
    i, reach = 0, -1
    while i < n:
        text = lines[i].text.strip()
        if _toc_heading(text):
            found.add(i)
            i, seen = _take_region(lines, leader, i + 1, found, entries)
            reach = max(reach, seen)
            continue
        if leader[i]:
            j, run = i, []
            while j < n and (leader[j] or (j + 1 < n and leader[j + 1] and title_like(lines[j].text, 50))):
                run.append(j)
                j += 1
            reach = max(reach, min(j + 1, n - 1))
            if sum(leader[k] for k in run) >= 3:
                found.update(run)
                entries.extend(toc_entry_text(lines[k].text) for k in run if leader[k])
                i = j
                continue
        i += 1
    return TocEntries(found, entries, reach)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _title_key(text: str) -> str:
    """The title without its label (see _LABEL); empty when too short to compare."""
    key = _norm(_LABEL.sub("", unicodedata.normalize("NFKC", text).strip(), count=1))
    return key if len(key) >= 2 else ""


def _take_region(lines: list[Line], leader: list[bool], i: int, found: set[int],
                 entries: list[str]) -> tuple[int, int]:
    """Take the entries after a 目次 heading at ``i - 1``; returns the index of the first body line
    and of the last line looked at.

    Entries with leaders or page numbers are certain. Short lines without them are pending: they
    are entries when a later line repeats one of them (the body's first heading repeats the
    contents' first entry) or when more certain entries follow; otherwise they are the body's
    first headings."""
    n = len(lines)
    pending: list[int] = []
    seen: set[str] = set()

    def confirm() -> None:
        found.update(pending)
        entries.extend(lines[k].text.strip() for k in pending)
        seen.update(_norm(lines[k].text) for k in pending)
        pending.clear()

    while i < n:
        ln = lines[i]
        text = ln.text.strip()
        key = _norm(text)
        if ln.table or ln.verbatim:
            break
        if leader[i] or _bare_page_entry(text):
            confirm()
            found.add(i)
            entry = toc_entry_text(text)
            entries.append(entry)
            seen.add(_norm(entry))
        elif key in seen or key in {_norm(lines[k].text) for k in pending}:
            if key not in seen:
                confirm()  # the body's first heading repeats a pending line: those were entries
            break
        elif _title_key(text) and _title_key(text) in {_title_key(lines[k].text) for k in pending}:
            confirm()  # ... in another numbering style ("01 概述" listed, "第一部分 概述" in the body)
            break
        elif title_like(text, 50):
            pending.append(i)
        else:
            break
        i += 1
    # pending lines before body text: the body's headings
    return (pending[0] if pending else i), min(i, n - 1)
