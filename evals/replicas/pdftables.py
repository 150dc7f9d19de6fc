"""Tables and 目次 lines for the PDF renderer (mixed into pdfgen.Renderer)."""

from __future__ import annotations

from typing import Any

from evals.replicas.model import Block, Table

PT = 0.3528  # mm per point


class TablesMixin:
    """Needs the Renderer's pdf, spec, L, known, ml, mr, mb, y, lh, size, width, wrap, draw,
    text_width, line_at, need and new_page."""

    pdf: Any
    spec: Any
    L: dict[str, object]
    known: dict[str, str]
    ml: float
    mr: float
    mb: float
    y: float
    lh: float
    size: float
    width: float
    wrap: Any
    draw: Any
    text_width: Any
    line_at: Any
    need: Any
    new_page: Any

    # --- tables ------------------------------------------------------------------------------
    def _cells(self, t: Table, row: list[str]) -> tuple[list[list[str]], float]:
        widths = [w / sum(t.widths) * self.width for w in t.widths]
        wrapped = [[ln for part in c.split("\n") for ln in (self.wrap(part, w - 2.0, t.size) or [""])]
                   if "\n" in c else (self.wrap(c, w - 2.0, t.size) or [""])
                   for c, w in zip(row, widths, strict=True)]
        return wrapped, max(len(c) for c in wrapped) * t.size * PT * 1.45 + 2.4

    def table_start_height(self, t: Table) -> float:
        """Caption, header row and first data row: kept together on one page."""
        first = self._cells(t, t.rows[0])[1] if t.rows else 0.0
        return self.lh * 1.6 + self._cells(t, t.header)[1] + first

    def table(self, t: Table, caption: str = "") -> None:
        widths = [w / sum(t.widths) * self.width for w in t.widths]
        lh = t.size * PT * 1.45

        def cells(row: list[str]) -> tuple[list[list[str]], float]:
            return self._cells(t, row)

        def draw_row(row: list[str], nxt: list[str] | None = None, top: bool = True) -> None:
            wrapped, h = cells(row)
            x = self.ml
            for col, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                if col in t.merge:  # merged-looking: no rule between a cell and its empty continuation
                    self._open_rect(x, w, h, top=top or bool(row[col]),
                                    bottom=nxt is None or bool(nxt[col]))
                else:
                    self.pdf.rect(x, self.y, w, h)
                for k, ln in enumerate(lines):
                    tw = self.text_width(ln, t.size)
                    self.draw(x + (w - tw) / 2 if len(lines) == 1 else x + 1.0,
                              self.y + 1.2 + k * lh + t.size * PT, ln, t.size)
                x += w
            self.y += h

        self.pdf.set_line_width(0.25)
        head_h = cells(t.header)[1]
        draw_row(t.header)
        for k, row in enumerate(t.rows):
            top = False
            if self.y + cells(row)[1] > self.pdf.h - self.mb:
                self.new_page()
                top = True
                if (caption or t.cont_label) and t.cont_caption:
                    cont = t.cont_label or f"{caption}（续）"
                    self.line_at(self.y, cont, self.size, "C")
                    self.y += self.lh + 1
                if t.cont_header and self.y + head_h < self.pdf.h - self.mb:
                    draw_row(t.header)
            nxt = t.rows[k + 1] if k + 1 < len(t.rows) else None
            if t.merge:
                draw_row(row, nxt, top=top or k == 0)
            else:
                draw_row(row)
        self.y += 3

    def _open_rect(self, x: float, w: float, h: float, *, top: bool, bottom: bool) -> None:
        y = self.y
        self.pdf.line(x, y, x, y + h)
        self.pdf.line(x + w, y, x + w, y + h)
        if top:
            self.pdf.line(x, y, x + w, y)
        if bottom:
            self.pdf.line(x, y + h, x + w, y + h)

    def toc_line(self, b: Block) -> None:
        self.need(self.lh)
        indent = b.gap
        base = self.y + self.size * PT + 1
        x = self.ml + indent
        self.draw(x, base, b.text, self.size)
        if b.no:
            lw = self.text_width(b.no, self.size)
            leader = str(self.L["leader"])
            start = x + self.text_width(b.text, self.size) + 1.0
            end = self.pdf.w - self.mr - lw - 1.0
            unit = self.text_width(leader, self.size)
            n = max(2, int((end - start) / unit))
            self.draw(end - n * unit, base, leader * n, self.size)
            self.draw(self.pdf.w - self.mr - lw, base, b.no, self.size)
        self.y += self.lh

    def toc_blocks(self) -> list[Block]:
        out = []
        for n in self.spec.nodes:
            if n.toc is None:
                continue
            label = self.known.get(n.label, "0") if n.toc_page else ""
            out.append(Block("toc", n.toc, no=label, gap=0.0 if n.level <= 1 else 4.0 * (n.level - 1)))
        return out

