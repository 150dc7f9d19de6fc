"""Text primitives for the PDF renderer (mixed into pdfgen.Renderer): font runs, widths, drawing
with letter spacing, and line wrapping that keeps closing punctuation off a line start."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from evals.replicas.pdftables import PT

FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
_TOKEN = re.compile(r"[A-Za-z0-9./_%³²()\-=+×Σ~:,]+|\s+|.")
_NO_LINE_START = "，。；：、）》”！？"


@lru_cache(maxsize=1)
def _cjk_cmap() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(str(FONT)).getBestCmap())


class TextMixin:
    """Needs the Renderer's pdf, ml, mr and width."""

    pdf: Any
    ml: float
    mr: float
    width: float

    def _font(self, ch: str) -> str:
        return "droid" if ord(ch) in _cjk_cmap() and ord(ch) > 0xFF else "helvetica"

    def _runs(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for ch in text:
            f = self._font(ch)
            if out and out[-1][0] == f:
                out[-1] = (f, out[-1][1] + ch)
            else:
                out.append((f, ch))
        return out

    def text_width(self, text: str, size: float, gap: float = 0.0) -> float:
        w = 0.0
        for f, run in self._runs(text):
            self.pdf.set_font(f, size=size)
            w += self.pdf.get_string_width(run)
        return w + gap * max(0, len(text) - 1)

    def draw(self, x: float, base: float, text: str, size: float, gap: float = 0.0) -> None:
        if gap <= 0:
            for f, run in self._runs(text):
                self.pdf.set_font(f, size=size)
                if run.strip():
                    self.pdf.text(x, base, run)
                x += self.pdf.get_string_width(run)
            return
        for ch in text:
            self.pdf.set_font(self._font(ch), size=size)
            if ch.strip():
                self.pdf.text(x, base, ch)
            x += self.pdf.get_string_width(ch) + gap

    def line_at(self, top: float, text: str, size: float, align: str = "L", gap: float = 0.0,
                indent: float = 0.0) -> None:
        w = self.text_width(text, size, gap)
        x = {"L": self.ml + indent, "C": self.ml + (self.width - w) / 2,
             "R": self.pdf.w - self.mr - w}[align]
        self.draw(x, top + size * PT, text, size, gap)

    def wrap(self, text: str, width: float, size: float, first: float = 0.0) -> list[str]:
        lines, cur, avail = [], "", width - first
        for tok in _TOKEN.findall(text):
            if not cur and tok.isspace():
                continue
            if cur and self.text_width(cur + tok, size) > avail:
                if tok[0] in _NO_LINE_START and len(cur) > 1:  # keep punctuation off a line start
                    tok, cur = cur[-1] + tok, cur[:-1]
                lines.append(cur.rstrip())
                cur, avail = ("" if tok.isspace() else tok), width
            else:
                cur += tok
        if cur.strip():
            lines.append(cur.rstrip())
        return lines

    def _wrap_spaced(self, text: str, size: float, gap: float, first: float) -> list[str]:
        lines, cur = [], ""
        for ch in text:
            avail = self.width - (first if not lines else 0)
            if cur and self.text_width(cur + ch, size, gap) > avail:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return [*lines, cur] if cur else lines
