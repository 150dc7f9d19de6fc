"""Plain-text renderer for web pages (one paragraph per line, headings as short lines), Markdown
pages (layout ``para_blank``: a blank line between blocks, list items kept together) and text copied
out of a PDF viewer (layout ``wrap``: see ``render_pasted``)."""

from __future__ import annotations

from evals.replicas.model import DocSpec, Node


def render_txt(spec: DocSpec) -> str:
    if spec.layout.get("wrap"):
        return render_pasted(spec)
    blank = bool(spec.layout.get("blank_lines", True))
    para_blank = bool(spec.layout.get("para_blank", False))
    out: list[str] = []
    for n in spec.nodes:
        if n.heading:
            if blank and out:
                out.append("")
            out.append(n.heading)
            out.extend(n.sub)
        prev = ""
        for b in n.blocks:
            if para_blank and out and out[-1] and not (b.kind == prev == "item"):
                out.append("")
            prev = b.kind
            if b.kind == "table" and b.table is not None:
                out.extend("\t".join(r) for r in [b.table.header, *b.table.rows])
            elif b.text:
                out.append(("\u3000\u3000" if b.kind == "p" and spec.layout.get("indent") else "") + b.text)
    return "\n".join(out) + "\n"


def hard_wrap(text: str, width: float) -> list[str]:
    """Cut ``text`` into lines of ``width`` em (ASCII counts half), wherever the line is full."""
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if cur and w + cw > width and ch not in "，。；：、）》”！？":  # punctuation hangs, as in the PDF
            lines.append(cur.rstrip())
            cur, w = "", 0.0
            if ch == " ":
                continue
        cur, w = cur + ch, w + cw
    return [*lines, cur.rstrip()] if cur.strip() else lines


class _Pasted:
    """Pages of a PDF copied as text: each numbered page opens with the running header line and
    ends with its footer ("— 5 —" in the body, "I", "II" in the front matter); the cover has neither."""

    def __init__(self, spec: DocSpec, known: dict[str, str]) -> None:
        self.spec, self.known = spec, known
        self.width = float(spec.layout["wrap"])  # type: ignore[arg-type]
        self.page_lines = int(spec.layout.get("page_lines", 40))  # type: ignore[call-overload]
        self.header = str(spec.layout.get("header", ""))
        self.pages: list[list[str]] = []
        self.cur: list[str] = []
        self.mode, self.counter, self.labels = "", 0, {}  # type: ignore[var-annotated]

    def label(self) -> str:
        if not self.mode:
            return ""
        if self.mode == "roman":
            from evals.replicas.pdfgen import roman

            return roman(self.counter)
        return f"\u2014 {self.counter} \u2014"

    def flush(self, mode: str | None = None) -> None:
        if self.cur:
            body = ([self.header] if self.mode == "arabic" and self.header else []) + self.cur
            self.pages.append(body + ([self.label()] if self.mode else []))
        self.cur = []
        if mode is not None and mode != self.mode:
            self.mode, self.counter = mode, 0
        if self.mode:
            self.counter += 1

    def add(self, line: str) -> None:
        if len(self.cur) >= self.page_lines:
            self.flush()
        self.cur.append(line)

    def node(self, n: Node) -> None:
        mode = {self.spec.layout.get("roman_from", "目次"): "roman",
                self.spec.layout.get("arabic_from", "1"): "arabic"}.get(n.label)
        if mode or (n.new_page and self.cur):
            self.flush(mode)
        if n.heading:
            if len(self.cur) + 2 > self.page_lines:
                self.flush()
            self.labels[n.label] = str(self.counter) if self.mode == "arabic" else self.label()
            self.add(n.heading)
            for s in n.sub:
                self.add(s)
        if n.label == "目次":
            for m in self.spec.nodes:
                if m.toc is not None:
                    self.add(f"{m.toc} {self.known.get(m.label, '0')}" if m.toc_page else m.toc)
        for b in n.blocks:
            if b.kind == "table" and b.table is not None:
                for r in [b.table.header, *b.table.rows]:
                    self.add(" ".join(r))
            elif b.text:
                for line in hard_wrap(b.text, self.width) if b.kind != "cover" else [b.text]:
                    self.add(line)

    def render(self) -> str:
        for n in self.spec.nodes:
            self.node(n)
        self.flush()
        return "\n".join("\n".join(pg) for pg in self.pages) + "\n"


def render_pasted(spec: DocSpec) -> str:
    """Two passes, as for the PDF: the first finds each clause's page, the second prints the 目次."""
    first = _Pasted(spec, {})
    first.render()
    return _Pasted(spec, first.labels).render()
