"""Layout repair: broken lines re-joined (running headers/footers and page numbers: pagerun.py)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from assistant.ingest.normalize import (
    display_width,
    is_cjk_char,
    is_whole_doc_id,
    is_wide_char,
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
    item: bool = False  # a list item by its markup (a Markdown "1. …" sentence): body text, no clause

    @property
    def pages(self) -> list[int]:
        if self.page is None:
            return []
        end = self.page_end or self.page
        return list(range(self.page, end + 1))


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
            out[-1] = Line(joined, page=prev.page, page_end=end, item=prev.item)
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


__all__ = ["Line", "iter_join", "join_lines", "typical_width", "width_counts"]
