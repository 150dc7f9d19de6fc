"""Integration: a real multi-page Chinese PDF (fpdf2 + Droid Sans Fallback) through pypdf."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest import parse_file
from assistant.types import ParsedDocument

FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")

# Droid Sans Fallback has no Latin glyphs: Latin runs use the core Helvetica font.
_RUN = re.compile(r"[\x00-\xff\u2014]+|[^\x00-\xff\u2014]+")
HEADER = "GB/T 36132\u20142025"
LONG = "资源高效化指标包括原材料消耗强度、取水强度、工业用水重复利用率和一般工业固体废物综合利用率。"


def _make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class StandardPDF(FPDF):
        def runs(self, text: str, h: float = 7, size: float = 11) -> None:
            for run in _RUN.findall(text):
                self.set_font("helvetica" if ord(run[0]) < 256 or run[0] == "\u2014" else "droid", size=size)
                self.write(h, run)

        def para(self, text: str, size: float = 11) -> None:
            self.runs(text, size=size)
            self.ln(8)

        def header(self) -> None:
            if self.page_no() > 1:  # running header with the standard number (not on the cover)
                self.set_xy(self.l_margin, 8)
                self.runs(HEADER, h=5, size=9)
                self.set_xy(self.l_margin, 20)

        def footer(self) -> None:
            self.set_xy(self.w / 2 - 5, -15)
            self.runs(str(self.page_no()), h=5, size=9)

    pdf = StandardPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_font("droid", fname=str(FONT))
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()  # 1: cover
    for line in ("中华人民共和国国家标准", HEADER, "代替 GB/T 36132\u20142018", "绿色工厂评价通则",
                 "2025-12-31 发布"):
        pdf.para(line, size=14)
    pdf.add_page()  # 2: chapter 4
    pdf.para("4 评价指标体系构建和要求")
    pdf.para("4.2 基本要求")
    pdf.para("绿 色 工 厂 至 少 应 满 足 以 下 基 本 要 求 ：")
    pdf.para("a) 近三年内未发生安全、质量、环境方面的违法违规行为，并且在规划、建设和运行的全过程中持续"
             "满足相关法律法规和标准的要求；")
    pdf.para("b) 明确绿色制造相关的管理职责。")
    pdf.para("4.3 评价指标")
    pdf.para("4.3.2 资源高效化指标")
    pdf.para(LONG * 3)
    for _ in range(26):  # push the rest of the clause onto page 3
        pdf.para(LONG)
    pdf.add_page()  # 4: annex B
    pdf.para("附录B")
    pdf.para("（规范性）")
    pdf.para("主要定量指标计算方法")
    pdf.para("B.10 工业用水重复利用率")
    pdf.para("工业用水重复利用率按式（B.10）计算：")
    y = pdf.get_y() + 2  # a stacked fraction: numerator above the rule, denominator below
    pdf.set_xy(30, y + 4)
    pdf.runs("Rw =")
    pdf.set_xy(48, y)
    pdf.runs("Vr")
    pdf.line(44, y + 7, 62, y + 7)
    pdf.set_xy(45, y + 8)
    pdf.runs("V + Vr")
    pdf.set_xy(64, y + 4)
    pdf.runs("\u00d7 100%")
    pdf.set_xy(170, y + 4)
    pdf.runs("（B.10）")
    pdf.set_xy(pdf.l_margin, y + 18)
    pdf.para("式中：")
    pdf.runs("Vr\u2014\u2014评价年重复利用水量，单位为立方米（m")
    x, yy = pdf.get_x(), pdf.get_y()
    pdf.set_xy(x, yy - 1.5)
    pdf.runs("3", h=5, size=7)  # superscript
    pdf.set_xy(pdf.get_x(), yy)
    pdf.runs("）。")
    pdf.ln(8)
    pdf.para("B.11 一般工业固体废物综合利用率")
    pdf.para("按式（B.11）计算。")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    path = tmp_path_factory.mktemp("pdf") / "GB_T_36132-2025.pdf"
    _make_pdf(path)
    return parse_file(path)


def test_pdf_metadata(parsed: ParsedDocument) -> None:
    meta = parsed.meta
    assert meta.doc_id == "GB/T 36132-2025" and meta.source_id == "GB/T 36132-2025"
    assert meta.title == "绿色工厂评价通则"
    assert (meta.kind, meta.edition_year, meta.page_count, meta.language) == ("standard", 2025, 4, "zh-Hans")


def test_pdf_annex_clause_b10(parsed: ParsedDocument) -> None:
    by_key = {c.key: c for c in parsed.chunks}
    b10 = by_key["GB/T 36132-2025§B.10"]
    assert b10.pages == [4]
    assert b10.clause_path == "附录B（规范性）主要定量指标计算方法 > B.10 工业用水重复利用率"
    assert b10.text == ("B.10 工业用水重复利用率\n工业用水重复利用率按式（B.10）计算：\n"
                        "Rw = Vr / (V + Vr) × 100% （B.10）\n式中：\n"
                        "Vr——评价年重复利用水量，单位为立方米（m3）。")
    assert "rw = vr / (v + vr) × 100% (b.10)" in b10.index_text
    assert by_key["GB/T 36132-2025§附录B"].text.startswith("附录B（规范性）主要定量指标计算方法")
    assert by_key["GB/T 36132-2025§B.11"].pages == [4]


def test_pdf_headers_and_page_numbers_are_gone(parsed: ParsedDocument) -> None:
    keys = [c.key for c in parsed.chunks if c.part == 0]
    assert keys == [f"GB/T 36132-2025§{k}" for k in ("封面", "4", "4.2", "4.3", "4.3.2", "附录B", "B.10", "B.11")]
    assert parsed.chunks[0].text.split("\n")[:2] == ["中华人民共和国国家标准", HEADER]  # cover keeps it
    for c in parsed.chunks[1:]:
        lines = c.text.split("\n")
        assert HEADER not in lines and "gb/t 36132-2025" not in c.index_text
        assert not any(re.fullmatch(r"\d{1,2}", ln) for ln in lines), c.text


def test_pdf_layout_repairs(parsed: ParsedDocument) -> None:
    by_clause = {c.clause: c for c in parsed.chunks if c.part == 0}
    c42 = by_clause["4.2"]
    assert c42.text.split("\n")[1] == "绿色工厂至少应满足以下基本要求："  # spaced glyphs re-joined
    assert ("a) 近三年内未发生安全、质量、环境方面的违法违规行为，并且在规划、建设和运行的全过程中持续"
            "满足相关法律法规和标准的要求；") in c42.text.split("\n")  # wrapped line joined
    assert c42.pages == [2]
    parts = [c for c in parsed.chunks if c.clause == "4.3.2"]
    assert len(parts) >= 2 and parts[0].pages[0] == 2 and parts[-1].pages[-1] == 3
    assert all(p.text.startswith("4.3.2 资源高效化指标\n") and len(p.text) <= 600 for p in parts)
