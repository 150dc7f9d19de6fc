"""A large generated DOCX standard (python-docx), for the streamed DOCX parse: a title, cover lines,
a 目次 with dotted leaders, a 前言, numbered clauses at three levels (by heading styles, or as plain
and bold-run paragraphs without styles), Chinese body text, empty paragraphs, captioned tables with
merged cells, one table of many rows, and optionally figures (incompressible images: what makes
real DOCX files large; the parse never reads them).

    generate_docx(Path("big.docx"), paras=2000)   # used by tests/test_ingest_docxstream.py, bench_scale
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

NUMBER = "T/GENDOCX 9-2025"
_WORDS = ("能源", "用水", "排放", "固废", "包装", "运输", "采购", "计量", "余热", "光伏", "废气", "噪声",
          "碳足迹", "再生料", "节能", "清洁生产", "绿色设计", "供应商", "危废", "回收")


def _sentence(rng: random.Random, i: int) -> str:
    w = rng.sample(_WORDS, 3)
    return f"企业应对{'、'.join(w)}建立管理制度并保存第{i}号记录，每年至少评审{rng.randint(1, 4)}次并持续改进。"


def _png(rng: random.Random, kb: int) -> bytes:
    """A grey PNG of random pixels (deflate cannot shrink it): about ``kb`` KB."""
    side = max(8, int((kb * 1024) ** 0.5))
    raw = b"".join(b"\x00" + rng.randbytes(side) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    head = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


def _table(doc, rows: list[list[str]], merge: bool):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):  # (Table.cell builds every cell each time)
            cell.text = text
    if merge and len(rows) >= 4:
        table.cell(1, 0).merge(table.cell(2, 0))  # a vertical merge: the cell repeated below
        table.cell(3, 1).merge(table.cell(3, 2))  # a horizontal merge: the cell once
    return table


def generate_docx(path: Path, paras: int, *, styled: bool = True, figure_every: int = 0, figure_kb: int = 40,
                  seed: int = 9) -> Path:
    """About ``paras`` body paragraphs; a figure every ``5 * figure_every`` clauses (0: none); deterministic."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Cm
    from docx.text.paragraph import Paragraph

    rng = random.Random(seed)
    doc = Document()
    end = doc.element.body[-1]  # w:sectPr: Document.add_paragraph looks for it each time (quadratic)
    ids = {name: doc.styles[name].style_id for name in ("Title", "Heading 1", "Heading 2", "Heading 3")}
    n = 0

    def add(text: str = "", style: str | None = None, bold: bool = False) -> Paragraph:
        nonlocal n
        p = OxmlElement("w:p")
        end.addprevious(p)
        par = Paragraph(p, doc._body)
        if style:
            p.get_or_add_pPr().style = ids[style]  # (Paragraph.style looks the name up among all styles)
        if text:
            par.add_run(text).bold = bold or None
            n += 1
        return par

    def heading(text: str, level: int) -> None:
        if styled:
            add(text, f"Heading {level}")
        else:
            add(text, bold=not text[0].isdigit())  # numbered: found by its number; else a bold-run heading

    para = add
    for line in ("ICS 13.020", "团体标准", NUMBER):
        para(line)
    if styled:
        add("绿色工厂评价通则（生成）", "Title")
    else:
        add("绿色工厂评价通则（生成）", bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
    para("2025-12-31 发布")
    heading("目次", 1)
    toc = doc.element.body[-2]  # the 目次 heading: its entries go in after it once the chapters are known
    heading("前言", 1)
    para("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    # Clauses per chapter grow with the size so a big file stays under ~60 chapters, as real
    # standards do (the parse reads chapter numbers of at most two digits: "2025 年" is no chapter).
    per = max(5, paras // 120)
    c = i = t = 0

    def table(rows: int, merge: bool) -> None:
        nonlocal t
        t += 1
        para(f"表{t} 第{c}章指标")
        _table(doc, [["序号", "指标", "数值"]] + [[str(r), f"指标{t}-{r}", f"{rng.randint(1, 99)}%"]
                                            for r in range(1, rows + 1)], merge=merge)
        para("表中仅列出部分指标。")

    while n < paras:
        c += 1
        heading(f"{c} 第{c}章评价要求", 1)
        for k in range(1, per + 1):
            heading(f"{c}.{k} {_WORDS[(c + k) % len(_WORDS)]}管理要求", 2)
            if k == 3:
                heading(f"{c}.{k}.1 下级条款", 3)
            i += 1
            para("".join(_sentence(rng, i + j) for j in range(1 + (i % 9 == 0) * 10)))
            if i % 7 == 0:
                add("")
            if i % 20 == 0:  # a six-row table every 20 clauses (every fourth chapter of five)
                table(6, merge=True)
            if figure_every and i % (5 * figure_every) == 0:  # as dense as one per figure_every 5-clause chapters
                doc.add_picture(io.BytesIO(_png(rng, figure_kb)), width=Cm(8))
                para(f"图{i // (5 * figure_every)} {c}.{k}现场照片")
        if c == 2:
            table(120, merge=False)  # one long table (it crosses stream windows)
    heading("附加说明", 1)
    para("本文件为生成的测试文件。")
    # A real 目次 lists every chapter (a shorter one made the style-less parse, which trusts the
    # contents for plain numbered lines, fold chapters 6 on into 5.5 as if they were table rows).
    for k in range(c, 0, -1):
        entry = OxmlElement("w:p")
        toc.addnext(entry)
        Paragraph(entry, doc._body).add_run(f"{k} 第{k}章评价要求{'…' * 12}{k}")
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
