"""fpdf2 renderer: DocSpec -> PDF bytes that look like a printed Chinese standard or notice.

Droid Sans Fallback has CJK glyphs only; every other character is drawn with core Helvetica
(windows-1252). Text is placed with explicit coordinates, so justified and letter-spaced lines
come out of pypdf with spaces between glyphs, as real standards do.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fpdf import FPDF

from evals.replicas.model import Block, DocSpec, Node
from evals.replicas.pdftables import PT, TablesMixin
from evals.replicas.pdftext import FONT, TextMixin

__all__ = ["FONT", "Renderer", "font_available", "render_pdf", "roman"]

FIXED_DATE = datetime(2025, 12, 31, 8, 0, 0, tzinfo=UTC)

DEFAULTS: dict[str, object] = {
    "margins": (25.0, 20.0, 25.0, 22.0), "size": 10.5, "line": 6.4, "header": "",
    "header_pos": "top", "header_align": "R", "number_style": "plain", "number_pos": "bottom",
    "number_align": "C", "roman_from": "目次", "arabic_from": "1", "leader": "…", "justify": True,
}


def font_available() -> bool:
    return FONT.exists()


def roman(n: int) -> str:
    vals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


class _PDF(FPDF):
    def __init__(self, r: Renderer) -> None:
        super().__init__(format=r.L.get("format", "A4"))  # type: ignore[arg-type]
        self.r = r

    def header(self) -> None:
        self.r.on_page_start()

    def footer(self) -> None:
        self.r.on_page_end()


class Renderer(TextMixin, TablesMixin):
    def __init__(self, spec: DocSpec, page_labels: dict[str, str] | None = None) -> None:
        self.spec = spec
        self.L = {**DEFAULTS, **spec.layout}
        self.ml, self.mr, self.mt, self.mb = self.L["margins"]  # type: ignore[misc]
        self.size = float(self.L["size"])  # type: ignore[arg-type]
        self.lh = float(self.L["line"])  # type: ignore[arg-type]
        self.known = page_labels or {}
        self.labels: dict[str, str] = {}
        self.mode: str | None = None
        self.pending: str | None = None
        self.counter = 0
        self.page_label = self.page_no = ""
        self.pdf = _PDF(self)
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.add_font("droid", fname=str(FONT))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_title(spec.title)
        self.pdf.set_producer("evals.replicas")
        self.y = self.mt
        self.width = self.pdf.w - self.ml - self.mr

    # --- pages -------------------------------------------------------------------------------
    def on_page_start(self) -> None:
        if self.pending:
            self.mode, self.pending, self.counter = self.pending, None, 1
        elif self.mode:
            self.counter += 1
        style = self.L["number_style"]
        n = self.counter + int(self.L.get("number_offset", 0))  # type: ignore[call-overload]
        if self.mode is None:
            self.page_label = self.page_no = ""
        elif self.mode == "roman":
            self.page_label = self.page_no = roman(n)
        else:
            self.page_no = str(n)
            self.page_label = {"dash": f"— {n} —", "page": f"第 {n} 页"}.get(str(style), str(n))
        if self.mode and self.L["header"] and self.L["header_pos"] == "top":
            self.line_at(11.0, str(self.L["header"]), 9, self._align(str(self.L["header_align"])))
            self.pdf.set_line_width(0.2)
            self.pdf.line(self.ml, 16.0, self.pdf.w - self.mr, 16.0)
        if self.mode and self.L["number_pos"] == "top":
            self.line_at(14.0 if not self.L["header"] or self.L["header_pos"] != "top" else 20.0,
                         self.page_label, 9, self._align(str(self.L["number_align"])))
        self.y = self.mt

    def on_page_end(self) -> None:
        if self.mode and self.L["header"] and self.L["header_pos"] == "bottom":
            self.pdf.set_line_width(0.2)
            self.pdf.line(self.ml, self.pdf.h - 15.0, self.pdf.w - self.mr, self.pdf.h - 15.0)
            self.line_at(self.pdf.h - 13.0, str(self.L["header"]), 9,
                         self._align(str(self.L["header_align"])))
        if self.mode and self.L["number_pos"] == "bottom":
            self.line_at(self.pdf.h - 12.0, self.page_label, 9, self._align(str(self.L["number_align"])))

    def _align(self, a: str) -> str:
        if a == "outer":
            return "R" if self.pdf.page_no() % 2 else "L"
        return a

    def new_page(self, mode: str | None = None) -> None:
        if mode:
            self.pending = mode
        self.pdf.add_page()

    def need(self, h: float) -> None:
        if self.pdf.page == 0 or self.y + h > self.pdf.h - self.mb:
            self.new_page()

    def paragraph(self, text: str, size: float | None = None, first: float = 0.0,
                  rest: float = 0.0, gap: float = 0.0, justify: bool | None = None,
                  lh: float | None = None) -> None:
        size = size or self.size
        lh = lh or (self.lh * size / self.size)
        justify = bool(self.L["justify"]) if justify is None else justify
        lines = self.wrap(text, self.width - rest, size, first - rest) if not gap else \
            self._wrap_spaced(text, size, gap, first)
        for k, line in enumerate(lines):
            self.need(lh)
            x = self.ml + (first if k == 0 else rest)
            base = self.y + size * PT + (lh - size * PT) / 2
            avail = self.pdf.w - self.mr - x
            if gap:
                self.draw(x, base, line, size, gap)
            elif justify and k < len(lines) - 1 and len(line) > 1:
                natural = self.text_width(line, size)
                self.draw(x, base, line, size, max(0.0, (avail - natural) / (len(line) - 1)))
            else:
                self.draw(x, base, line, size)
            self.y += lh

    # --- blocks and nodes --------------------------------------------------------------------
    def block(self, b: Block) -> None:
        ch = self.size * PT
        if b.kind == "pagebreak":
            self.new_page()
        elif b.kind == "cover":
            if b.text == "<hr>":
                self.pdf.set_line_width(0.5)
                self.pdf.line(self.ml, b.y or self.y, self.pdf.w - self.mr, b.y or self.y)
            else:
                self.line_at(b.y if b.y is not None else self.y, b.text, b.size or self.size, b.align, b.gap)
                self.y = (b.y if b.y is not None else self.y) + (b.size or self.size) * PT * 1.8
        elif b.kind in ("center", "right"):
            self.need(self.lh)
            self.line_at(self.y + 0.8, b.text, b.size or self.size, "C" if b.kind == "center" else "R",
                         b.gap)
            self.y += self.lh
        elif b.kind == "formula":
            self.need(self.lh * (2.6 if b.align == "B" else 1.6))
            self.y += self.lh * 0.3
            self.line_at(self.y, b.text, self.size, "C")
            if b.align == "B":  # the number on its own line under the formula
                self.y += self.lh
            self.line_at(self.y, b.no, self.size, "R")
            self.y += self.lh * 1.3
        elif b.kind == "where":
            self.paragraph(b.text, first=2 * ch if b.text.startswith("式中") else 4 * ch, rest=8 * ch)
        elif b.kind == "note":
            self.paragraph(b.text, size=9, first=2 * ch, rest=2 * ch + 9 * PT * 3)
        elif b.kind == "item":
            self.paragraph(b.text, first=2 * ch, rest=2 * ch + 3 * ch * 0.6, size=b.size)
        elif b.kind == "spread":
            self.paragraph(b.text, first=2 * ch, gap=b.gap or 1.2)
        elif b.kind == "plain":
            self.paragraph(b.text, size=b.size, justify=False)
        elif b.kind == "table" and b.table is not None:
            self.need(self.table_start_height(b.table) - self.lh * 1.6)
            self.table(b.table)
        elif b.kind == "toc":
            self.toc_line(b)
        else:
            self.paragraph(b.text, first=2 * ch, size=b.size)

    def node(self, n: Node) -> None:
        mode = None
        if n.label == self.L["roman_from"]:
            mode = "roman"
        elif n.label == self.L["arabic_from"]:
            mode = "arabic"
        if n.new_page or mode or self.pdf.page == 0:
            self.new_page(mode)
        if n.heading:
            lines = 1 + len(n.sub) + (1 if n.table else 3)
            self.need(self.table_start_height(n.table) if n.table else self.lh * lines)
            self.labels[n.label] = self.page_no
            if n.inline:
                self.paragraph(f"{n.heading} {n.inline}")
            elif n.spaced or n.center:
                self.y += 2
                self.line_at(self.y, n.heading, self.size + 2 if n.spaced else self.size, "C",
                             4.0 if n.spaced else 0.0)
                self.y += self.lh * 1.6
            else:
                self.y += 1.2 if n.level <= 1 else 0.4
                self.line_at(self.y + 0.8, n.heading, self.size)
                self.y += self.lh
            for s in n.sub:
                self.line_at(self.y + 0.8, s, self.size, "C" if n.center else "L")
                self.y += self.lh
            if n.center:
                self.y += self.lh * 0.5
        else:
            self.labels[n.label] = self.page_no
        if n.table is not None:
            self.table(n.table, caption=n.heading)
        for b in self.toc_blocks() if n.label == "目次" else n.blocks:
            self.block(b)

    def render(self) -> bytes:
        for n in self.spec.nodes:
            self.node(n)
        return bytes(self.pdf.output())


def render_pdf(spec: DocSpec) -> tuple[bytes, int]:
    """Two passes: the first finds each clause's page label, the second prints them in the 目次."""
    from evals.replicas.pdfextra import ExtraRenderer, needs_extra

    cls = ExtraRenderer if needs_extra(spec) else Renderer
    first = cls(spec)
    first.render()
    final = cls(spec, first.labels)
    data = final.render()
    return data, final.pdf.pages_count
