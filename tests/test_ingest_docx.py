"""Integration: a DOCX generated with python-docx (headings, list paragraphs, a table)."""

from __future__ import annotations

from pathlib import Path

import docx

from assistant.ingest import parse_file

ROWS = [["指标", "单位", "数值"], ["单位产品综合能耗", "tce/t", "0.35"], ["工业用水重复利用率", "%", "92"]]


def _make_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("某公司绿色工厂自评价报告", level=0)
    d.add_paragraph("依据 GB/T 36132—2025 编写。")
    d.add_heading("一、工厂基本情况", level=1)
    d.add_paragraph("本厂位于某工业园区，主要生产铜材。")
    d.add_heading("（一）企业概况", level=2)
    d.add_paragraph("企业名称、地址和所属行业。", style="List Bullet")
    d.add_paragraph("统一社会信用代码。", style="List Bullet")
    d.add_heading("二、绿色工厂创建情况", level=1)
    d.add_paragraph("主要绩效指标见下表。")
    table = d.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("以上数据为评价年数据。")
    d.add_heading("附加说明", level=1)
    d.add_paragraph("本报告仅用于测试。")
    d.save(str(path))


def test_docx_structure_and_table(tmp_path: Path) -> None:
    path = tmp_path / "自评价报告.docx"
    _make_docx(path)
    doc = parse_file(path)
    meta = doc.meta
    # A standard cited in a sentence is not the document's own id; without a number, the title is.
    assert meta.doc_id == "某公司绿色工厂自评价报告"
    assert meta.title == "某公司绿色工厂自评价报告" and meta.page_count is None
    by = {c.clause: c for c in doc.chunks}
    assert list(by) == ["封面", "一", "一（一）", "二", "附加说明"]
    assert by["封面"].text == "某公司绿色工厂自评价报告\n依据 GB/T 36132—2025 编写。"
    assert by["一（一）"].clause_path == "一、工厂基本情况 > （一）企业概况"
    assert by["一（一）"].text == "（一）企业概况\n企业名称、地址和所属行业。\n统一社会信用代码。"
    assert by["二"].text == (
        "二、绿色工厂创建情况\n主要绩效指标见下表。\n| 指标 | 单位 | 数值 |\n|---|---|---|\n"
        "| 单位产品综合能耗 | tce/t | 0.35 |\n| 工业用水重复利用率 | % | 92 |\n以上数据为评价年数据。")
    assert by["附加说明"].key == "某公司绿色工厂自评价报告§附加说明"


def test_docx_table_split_keeps_header(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("4.4 指标设置", level=2)
    rows = [["序号", "二级指标", "说明"]] + [[str(i), f"指标{i}", "说明文字" * 8] for i in range(1, 16)]
    table = d.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "table.docx"
    d.save(str(path))
    parts = parse_file(path, max_chars=300, overlap=60).chunks
    assert len(parts) >= 3 and {c.key for c in parts} == {"table§4.4"}
    for c in parts:
        lines = c.text.split("\n")
        assert lines[:3] == ["4.4 指标设置", "| 序号 | 二级指标 | 说明 |", "|---|---|---|"]
        assert all(ln.startswith("|") and ln.endswith("|") for ln in lines[1:])  # whole rows only
