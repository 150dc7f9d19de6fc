"""A many-page generated standard PDF (fpdf2 + Droid Sans Fallback), for the streamed PDF parse:
a cover, a 前言 on Roman-numbered pages, a running header with the standard number, page-number
footers, numbered clauses at three levels and paragraphs wrapped across page breaks.

    generate_pdf(Path("big.pdf"), pages=300)   # used by tests/test_ingest_pdfstream.py, bench_scale
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
NUMBER = "T/GENPDF 9-2025"
_RUN = re.compile(r"[\x00-\xff]+|[^\x00-\xff]+")
_WORDS = ("能源", "用水", "排放", "固废", "包装", "运输", "采购", "计量", "余热", "光伏", "废气", "噪声")


def _sentence(i: int) -> str:
    w = [_WORDS[(i * 5 + k * 7) % len(_WORDS)] for k in range(3)]
    return f"企业应对{'、'.join(w)}建立管理制度并保存第{i}号记录，每年至少评审一次并持续改进。"


def generate_pdf(path: Path, pages: int) -> Path:
    """About ``pages`` pages (the body grows until it fills them); deterministic."""
    from fpdf import FPDF

    class Doc(FPDF):
        roman = True

        def runs(self, text: str, h: float = 7, size: float = 10.5) -> None:
            for run in _RUN.findall(text):  # Droid Sans Fallback has no Latin glyphs
                self.set_font("helvetica" if ord(run[0]) < 256 else "droid", size=size)
                self.write(h, run)

        def para(self, text: str, size: float = 10.5) -> None:
            self.runs(text, size=size)
            self.ln(9)

        def header(self) -> None:
            if self.page_no() > 1:
                self.set_xy(self.l_margin, 8)
                self.runs(NUMBER, h=5, size=9)
                self.set_xy(self.l_margin, 20)

        def footer(self) -> None:
            if self.page_no() == 1:
                return
            n = self.page_no() - 1
            self.set_xy(self.w / 2 - 5, -15)
            self.runs(["I", "II", "III", "IV"][n - 1] if self.roman else str(n - 2), h=5, size=9)

    pdf = Doc()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_font("droid", fname=str(FONT))
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_creation_date(datetime(2025, 12, 31, tzinfo=UTC))  # the same bytes every time
    pdf.add_page()
    for line in ("中华人民共和国团体标准", NUMBER, "生成的大型评价通则", "2025-12-31 发布"):
        pdf.para(line, size=14)
    pdf.add_page()
    pdf.para("前言")
    pdf.para("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    pdf.add_page()
    pdf.roman = False
    c = i = 0
    while pdf.page_no() < pages:
        c += 1
        pdf.para(f"{c} 第{c}章评价要求")
        for k in range(1, 6):
            pdf.para(f"{c}.{k} 条款{c}-{k}要求")
            if k == 3:
                pdf.para(f"{c}.{k}.1 下级条款")
            i += 1
            pdf.para("".join(_sentence(i + j) for j in range(1 + (i % 7 == 0) * 12)))
    pdf.output(str(path))
    return path
