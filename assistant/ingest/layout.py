"""Layout repair: running headers/footers and page numbers off PDF pages, broken lines re-joined."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from assistant.ingest.normalize import (
    ZERO_WIDTH,
    display_width,
    is_cjk_char,
    is_whole_doc_id,
    is_wide_char,
    join_spaced_cjk,
    repair_glyphs,
    strip_pinyin,
)
from assistant.ingest.patterns import BARE_DEC, heading_like, is_toc_entry, starts_block


@dataclass(slots=True)
class Line:
    """One logical line of a document, in display form."""

    text: str
    page: int | None = None
    heading: int = 0  # Markdown/DOCX heading level; 0 = not a heading
    table: bool = False  # a Markdown-style table row "| a | b |"
    verbatim: bool = False  # code block: no structure detection, no joining
    page_end: int | None = None  # last page of a paragraph joined across a page break
    title: bool = False  # the document's title (DOCX "Title" style)

    @property
    def pages(self) -> list[int]:
        if self.page is None:
            return []
        end = self.page_end or self.page
        return list(range(self.page, end + 1))


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


# --- joining broken lines --------------------------------------------------------------------
Mode = Literal["pdf", "txt", "md"]
_FORMULA = re.compile(r"^[A-Za-z0-9\u0370-\u03ff\s.,+\-−×÷*/=()（）\[\]%·⋅∑√^_<>≤≥′'’|]+$")
_EQ_NUMBER = re.compile(r"^[（(][A-Z]?\.?\d+(?:\.\d+)*[)）]$")
_OPS_END = "=+-−×÷*/(（"
_OPS_START = "=+-−×÷*/)）"
_SUPER_BASE = re.compile(r"(?:^|[^A-Za-z])(?:[cdkm]?m|Nm|CO|SO|NO|N|CH)$")
_SUPER = re.compile(r"^[234²³₂₃₄](?:$|[/)）·，。、；;,:：\s])")
_STD_PREFIX_END = re.compile(r"(?:^|[^A-Za-z])(?:GB/T|GB/Z|GB|HJ|[A-Z]{2}/T)$")
_CONT_START = "，。、；：）)》」』”’!?！？,.;:%"
_SENTENCE_END = "。！？!?；;：:"
_OPEN_END = "（(《「『“‘，、,-—"


def _formula_like(text: str) -> bool:
    return len(text) <= 60 and _FORMULA.match(text) is not None and not has_cjk_text(text)


def has_cjk_text(text: str) -> bool:
    return any(is_cjk_char(ch) for ch in text)


def _paren(expr: str) -> str:
    expr = expr.strip()
    if re.search(r"[+\-−]", expr) and not (expr.startswith("(") and expr.endswith(")")):
        return f"({expr})"
    return expr


def _sep(left: str, right: str) -> str:
    """No space at a CJK boundary; one space between Latin words and numbers."""
    a, b = left[-1:], right[:1]
    if not a or not b or is_wide_char(a) or is_wide_char(b):
        return ""
    return " "


def _join_formula(prev: str, nxt: str) -> str | None:
    """Re-join a formula split over lines; None when ``nxt`` is not part of it."""
    if not (_formula_like(prev) and "=" in prev and _formula_like(nxt)):
        return None
    if _EQ_NUMBER.match(nxt):
        return f"{prev} {nxt}"
    if "=" in nxt and not nxt.lstrip().startswith("="):
        return None  # the next formula
    if prev.rstrip()[-1:] in _OPS_END or nxt.lstrip()[:1] in _OPS_START:
        return f"{prev.rstrip()} {nxt.strip()}"
    # Numerator and denominator on separate lines: "Rw = Vr" / "V + Vr" -> "Rw = Vr / (V + Vr)".
    left, _, num = prev.rpartition("=")
    if not num.strip():
        return f"{prev.rstrip()} {nxt.strip()}"
    return f"{left.rstrip()} = {_paren(num)} / {_paren(nxt)}"


def _id_line(text: str) -> bool:
    """A line holding only a document number (cover, 文号): never joined to its neighbours."""
    return len(text) <= 40 and any(ch.isdigit() for ch in text) and is_whole_doc_id(text)


def _typical_width(lines: list[Line]) -> int:
    return typical_width(width_counts(lines))


def width_counts(lines: Iterable[Line], into: Counter[int] | None = None) -> Counter[int]:
    """Display widths of the lines that tell a wrapped line from a short one (see typical_width)."""
    out = into if into is not None else Counter()
    out.update(display_width(ln.text) for ln in lines if len(ln.text) >= 8 and not ln.heading)
    return out


def typical_width(widths: Counter[int]) -> int:
    """The 90th percentile of the widths counted (streamed files count them window by window)."""
    n = sum(widths.values())
    if n < 5:
        return 10**6  # too few lines to tell a wrapped line from a short one
    k = min(n - 1, int(n * 0.9))
    seen = 0
    for w in sorted(widths):
        seen += widths[w]
        if seen > k:
            return w
    return max(widths)


def _joinable(ln: Line) -> bool:
    return not (ln.heading or ln.table or ln.verbatim)


def join_lines(lines: list[Line], mode: Mode) -> list[Line]:
    """Join hard line breaks inside paragraphs, split formulas and detached superscripts."""
    return list(iter_join(lines, mode, _typical_width(lines) * 0.85)) if lines else []


def iter_join(lines: Iterable[Line], mode: Mode, full: float) -> Iterator[Line]:
    """``join_lines`` over a stream: a line is final once the next one is not joined to it (two are
    held: the term-line test looks at the one before). ``full``: 0.85 of the typical width."""
    it = iter(lines)
    first = next(it, None)
    if first is None:
        return
    out: list[Line] = [first]
    last = first.text  # the last physical line of out[-1]
    for ln in it:
        prev = out[-1]
        joined = None
        # A term entry ("3.2" / "炼焦工序能耗 energy consumption …" / definition): the term line
        # after a bare clause number is its title, never joined to the definition below it.
        term_line = len(out) >= 2 and prev.text == last and BARE_DEC.match(out[-2].text.strip()) is not None
        if _joinable(prev) and _joinable(ln) and prev.text and ln.text and not term_line:
            joined = _try_join(prev.text, last, ln.text, mode, full)
        last = ln.text
        if joined is None:
            out.append(ln)
            if len(out) > 2:
                yield out.pop(0)
        else:
            end = ln.page_end or ln.page
            if end is None or (prev.page is not None and end <= (prev.page_end or prev.page)):
                end = prev.page_end
            out[-1] = Line(joined, page=prev.page, page_end=end)
    yield from out


def _try_join(prev: str, last: str, nxt: str, mode: Mode, full: float) -> str | None:
    """``prev`` (joined so far, ending with the physical line ``last``) + ``nxt``, or None."""
    p, n = prev.rstrip(), nxt.strip()
    if mode != "md" and _SUPER_BASE.search(p[-4:]) and _SUPER.match(n):
        return p + n
    if mode != "md":
        formula = _join_formula(p, n)
        if formula is not None:
            return formula
    if starts_block(n) or is_toc_entry(last):
        return None
    if _STD_PREFIX_END.search(p[-6:]) and n[0].isdigit():
        return f"{p} {n}"  # "GB/T" / "36132" split at the line end
    if heading_like(p) or _id_line(n) or _id_line(last):
        return None
    if n[0] in _CONT_START:
        return p + n
    if p[-1] in _SENTENCE_END:
        return None
    if mode == "md":
        if (is_cjk_char(p[-1]) or p[-1] in "，、") and is_cjk_char(n[0]):
            return p + n
        return None
    if display_width(last) >= full or p[-1] in _OPEN_END or (n[0] in "/" and not p.endswith(" ")):
        if n[0] == "/":
            return p + n
        return p + _sep(p, n) + n
    return None


__all__ = ["Line", "PageEdge", "clean_pdf_pages", "iter_join", "join_lines", "page_plan", "prepare_page", "typical_width", "width_counts"]
