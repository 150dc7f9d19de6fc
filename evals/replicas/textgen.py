"""Plain-text renderer for web pages: one paragraph per line, headings as short lines."""

from __future__ import annotations

from evals.replicas.model import DocSpec


def render_txt(spec: DocSpec) -> str:
    blank = bool(spec.layout.get("blank_lines", True))
    out: list[str] = []
    for n in spec.nodes:
        if n.heading:
            if blank and out:
                out.append("")
            out.append(n.heading)
            out.extend(n.sub)
        for b in n.blocks:
            if b.kind == "table" and b.table is not None:
                out.extend("\t".join(r) for r in [b.table.header, *b.table.rows])
            elif b.text:
                out.append(("\u3000\u3000" if b.kind == "p" and spec.layout.get("indent") else "") + b.text)
    return "\n".join(out) + "\n"
