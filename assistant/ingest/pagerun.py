"""Running headers/footers and page numbers off PDF pages: a plan from each page's first and
last lines (``PageEdge``), so a streamed PDF keeps only those of every page."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from assistant.ingest.layout import Line
from assistant.ingest.normalize import (
    ZERO_WIDTH,
    join_spaced_cjk,
    repair_glyphs,
    strip_pinyin,
)

# --- headers, footers, page numbers ----------------------------------------------------------
_HEADER_ZONE = 3
_PAGE_ZONE = 2
_HEADER_MAX = 40  # running headers are short; long lines are body text
_DIGITS = re.compile(r"\d+")
_ONLY_NUMBERISH = re.compile(r"^[#\W_]*$|^[ivxlcdm]+$", re.I)
_PAGE_BARE = re.compile(r"^\d{1,4}$")
_PAGE_DASHED = re.compile(r"^[-‐–—－]\s*(\d{1,4})\s*[-‐–—－]$")
_PAGE_CN = re.compile(r"^第\s*(\d{1,4})\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$")
_PAGE_OF = re.compile(r"^(\d{1,4})\s*/\s*\d{1,4}$|^(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_ROMAN = re.compile(r"^[ivxlc]{1,7}$", re.I)


def _roman_value(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    s = text.lower()
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total if 0 < total < 200 else None


def _header_key(line: str) -> str:
    return re.sub(r"\s+", "", _DIGITS.sub("#", unicodedata.normalize("NFKC", line)))


def _zone(n: int, size: int) -> set[int]:
    return set(range(min(size, n))) | set(range(max(0, n - size), n))


def _prepare(raw: str) -> list[str]:
    out = []
    for line in raw.splitlines():
        line = strip_pinyin(repair_glyphs(ZERO_WIDTH.sub("", line)).replace("\u00a0", " ").strip())
        line = re.sub(r"[ \t]{2,}", " ", join_spaced_cjk(line, aggressive=True))
        if line:
            out.append(line)
    return out


def _page_number(text: str) -> tuple[str, int, int | None] | None:
    """(kind, value, reversed value) when ``text`` looks like a page number."""
    s = unicodedata.normalize("NFKC", text).strip()
    if _PAGE_BARE.match(s):
        rev = int(s[::-1]) if len(s) > 1 and s[::-1] != s else None
        return "bare", int(s), rev
    for kind, pat in (("dashed", _PAGE_DASHED), ("cn", _PAGE_CN), ("of", _PAGE_OF)):
        m = pat.match(s)
        if m:
            return kind, int(next(g for g in m.groups() if g)), None
    if _ROMAN.match(s):
        value = _roman_value(s)
        if value is not None:
            return "roman", value, None
    return None


_EDGE = _HEADER_ZONE + _PAGE_ZONE  # lines kept of each page's top and bottom (the zones, after removal)


@dataclass(slots=True)
class PageEdge:
    """What header/footer/page-number detection needs of one page: its line count and its first and
    last ``_EDGE`` lines (a streamed PDF keeps only these of every page)."""

    n: int
    top: list[str]
    bottom: list[str]

    @classmethod
    def of(cls, lines: list[str]) -> PageEdge:
        return cls(len(lines), lines[:_EDGE], lines[max(_EDGE, len(lines) - _EDGE):])

    def line(self, i: int) -> str:
        return self.top[i] if i < len(self.top) else self.bottom[i - (self.n - len(self.bottom))]


def prepare_page(raw: str) -> list[str]:
    """One page's extracted text as the non-empty repaired lines the cleaning works on."""
    return _prepare(raw)


def page_plan(edges: list[PageEdge]) -> tuple[list[set[int]], list[str]]:
    """For each page, the indices (into its prepared lines) of running headers/footers and page
    numbers to drop; and the removed running lines in page order."""
    n_text = sum(1 for e in edges if e.n)
    removed: list[str] = []
    gone: list[set[int]] = [set() for _ in edges]
    # Running headers/footers: the same line (digits ignored) near the top or bottom of most pages.
    if n_text >= 2:
        counts: Counter[str] = Counter()
        for e in edges:
            keys = {_header_key(e.line(i)) for i in _zone(e.n, _HEADER_ZONE) if len(e.line(i)) <= _HEADER_MAX}
            counts.update(k for k in keys if not _ONLY_NUMBERISH.match(k))
        need = max(2, math.ceil(0.4 * n_text))
        running = {k for k, c in counts.items() if c >= need}
        for p, e in enumerate(edges):
            for i in sorted(_zone(e.n, _HEADER_ZONE)):
                # The first page keeps its top lines: on a cover the standard number is content.
                if _header_key(e.line(i)) in running and not (p == 0 and i < _HEADER_ZONE):
                    removed.append(e.line(i))
                    gone[p].add(i)
    # Page numbers: numbers near the top/bottom (of the lines left) whose value follows the page index.
    cands: list[tuple[int, int, str, int, int | None]] = []
    for p, e in enumerate(edges):
        kept = [i for i in (*range(min(e.n, _EDGE)), *range(max(_EDGE, e.n - _EDGE), e.n)) if i not in gone[p]]
        left = e.n - len(gone[p])
        for j in _zone(left, _PAGE_ZONE):
            i = kept[j] if j < _PAGE_ZONE else kept[len(kept) - (left - j)]
            found = _page_number(e.line(i))
            if found:
                cands.append((p, i, *found))
    offsets: Counter[tuple[bool, int]] = Counter()
    for p, _, kind, value, rev in cands:
        roman = kind == "roman"
        offsets[(roman, value - (p + 1))] += 1
        if rev is not None:
            offsets[(roman, rev - (p + 1))] += 1
    single = len(edges) == 1
    for p, i, kind, value, rev in cands:
        roman = kind == "roman"
        ok = offsets[(roman, value - (p + 1))] >= 2 or (
            rev is not None and offsets[(roman, rev - (p + 1))] >= 2)
        if kind in ("dashed", "cn") or (single and value <= 2):
            ok = True
        if ok:
            gone[p].add(i)
    return gone, removed


def clean_pdf_pages(pages: list[str]) -> tuple[list[Line], list[str]]:
    """Lines of all pages without running headers/footers and page numbers.

    Returns the lines (with 1-based physical page numbers) and the removed running lines
    (useful for metadata: they usually carry the standard number and title).
    """
    page_lines = [_prepare(p) for p in pages]
    gone, removed = page_plan([PageEdge.of(lines) for lines in page_lines])
    lines_out = [Line(line, page=p + 1) for p, lines in enumerate(page_lines)
                 for i, line in enumerate(lines) if i not in gone[p]]
    return lines_out, removed


__all__ = ["PageEdge", "clean_pdf_pages", "page_plan", "prepare_page"]
