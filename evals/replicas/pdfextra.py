"""PDF layouts the first replica sets did not need (heldout2): two text columns, footnotes at the
foot of the page, coloured cover lines (红头), slide pages (large titles, a title bar, a slide number
that counts the title slide).

Layout keys, all optional: ``columns`` (2) with ``col_from`` (label of the first node set in
columns; everything before it spans the page) and ``col_gap`` (mm); ``heading_size`` (points of
every heading line); ``title_bar`` (RGB of a band across the top of every page); ``divider_y`` (mm: where a centred
heading on a new page starts, as on a slide deck's divider slides); ``page_labels`` (write the PDF's
/PageLabels: "封面", Roman for the front matter, Arabic from the body on, as the printed numbers). ``format`` ((w, h) mm) and
``number_offset`` (added to the printed page number) are read by pdfgen itself. Block kinds
used here: ``footnote``, and any block with a ``color``.

Kept out of pdfgen.Renderer so that the documents that use none of this render byte for byte as
before: render_pdf picks this class only when ``needs_extra`` says so.
"""

from __future__ import annotations

from dataclasses import replace

from evals.replicas.model import Block, DocSpec, Node
from evals.replicas.pdfgen import Renderer
from evals.replicas.pdftables import PT

EXTRA_KEYS = frozenset({"columns", "heading_size", "title_bar", "page_labels"})
FOOT_SIZE = 9.0


def needs_extra(spec: DocSpec) -> bool:
    if EXTRA_KEYS & set(spec.layout):
        return True
    return any(b.kind == "footnote" or b.color is not None for n in spec.nodes for b in n.blocks)


class ExtraRenderer(Renderer):
    def __init__(self, spec: DocSpec, page_labels: dict[str, str] | None = None) -> None:
        super().__init__(spec, page_labels)
        self.full = (self.ml, self.mr, self.width)
        self.cols = int(self.L.get("columns", 1))  # type: ignore[call-overload]
        self.gap = float(self.L.get("col_gap", 8.0))  # type: ignore[arg-type]
        self.in_cols = False
        self.col, self.col_top = 0, self.mt
        self.feet: list[list[str]] = []
        self.foot_h = 0.0

    # --- geometry ------------------------------------------------------------------------------
    def _geometry(self, col: int | None) -> None:
        ml, mr, width = self.full
        if col is None:
            self.ml, self.mr, self.width = ml, mr, width
            return
        cw = (width - self.gap * (self.cols - 1)) / self.cols
        self.ml = ml + col * (cw + self.gap)
        self.mr = mr + (self.cols - 1 - col) * (cw + self.gap)
        self.width = cw

    def need(self, h: float) -> None:
        if self.pdf.page != 0 and self.y + h <= self.pdf.h - self.mb - self.foot_h:
            return
        if self.in_cols and self.pdf.page != 0 and self.col < self.cols - 1:
            self.col += 1
            self.y = self.col_top
            self._geometry(self.col)
            return
        self.new_page()

    def on_page_start(self) -> None:
        self._geometry(None)
        super().on_page_start()
        bar = self.L.get("title_bar")
        if bar:
            self.pdf.set_fill_color(*bar)  # type: ignore[misc]
            self.pdf.rect(0, 0, self.pdf.w, 5.0, style="F")
        if self.L.get("page_labels") and (self.pdf.page == 1 or self.counter == 1):
            self._label()
        if self.in_cols:
            self.col, self.col_top = 0, self.y
            self._geometry(0)

    def _label(self) -> None:
        """A /PageLabels range where the numbering starts: "封面", then I, II ..., then 1, 2 ..."""
        if self.mode is None:
            self.pdf.set_page_label(label_prefix="封面")
        else:
            self.pdf.set_page_label("R" if self.mode == "roman" else "D", label_prefix="",
                                    label_start=int(self.L.get("number_offset", 0)) + 1)  # type: ignore[call-overload]

    def on_page_end(self) -> None:
        saved = (self.ml, self.mr, self.width)
        self._geometry(None)
        if self.feet:
            top = self.pdf.h - self.mb - self.foot_h + 2.0
            self.pdf.set_line_width(0.25)
            self.pdf.line(self.ml, top, self.ml + 40.0, top)
            y = top + 1.5
            for lines in self.feet:
                for k, ln in enumerate(lines):
                    self.draw(self.ml + (0.0 if k == 0 else 4.0), y + FOOT_SIZE * PT, ln, FOOT_SIZE)
                    y += FOOT_SIZE * PT * 1.5
            self.feet, self.foot_h = [], 0.0
        super().on_page_end()
        self.ml, self.mr, self.width = saved

    # --- blocks and nodes ----------------------------------------------------------------------
    def block(self, b: Block) -> None:
        if b.kind == "footnote":
            lines = self.wrap(b.text, self.full[2] - 4.0, FOOT_SIZE)
            self.feet.append(lines)
            self.foot_h += len(lines) * FOOT_SIZE * PT * 1.5 + (5.0 if len(self.feet) == 1 else 0.0)
            return
        if b.color is None:
            super().block(b)
            return
        self.pdf.set_text_color(*b.color)
        self.pdf.set_draw_color(*b.color)
        super().block(b)
        self.pdf.set_text_color(0)
        self.pdf.set_draw_color(0)

    def node(self, n: Node) -> None:
        if self.cols > 1 and n.label == self.L.get("col_from") and not self.in_cols:
            self.in_cols, self.col, self.col_top = True, 0, self.y
            self._geometry(0)
        size = self.L.get("heading_size")
        if not size or not n.heading:
            super().node(n)
            return
        if n.center and n.new_page and self.L.get("divider_y"):  # a divider slide: title mid-page
            self.new_page()
            self.y = float(self.L["divider_y"])  # type: ignore[arg-type]
            n = replace(n, new_page=False)
        saved = self.size, self.lh
        self.size = float(size)  # type: ignore[arg-type]
        self.lh = saved[1] * self.size / saved[0]
        super().node(replace(n, blocks=[]) if n.label != "目次" else n)
        self.size, self.lh = saved
        if n.label != "目次":
            for b in n.blocks:
                self.block(b)
