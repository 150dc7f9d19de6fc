"""Layouts found by the blind held-out replicas, each reduced to the smallest text that shows it."""

from __future__ import annotations

from pathlib import Path

import docx
from fixtures.parsing import clauses, parse_text

from assistant.ingest import parse_file
from assistant.ingest.normalize import canonical_doc_id

LONG = "本条的正文足够长，以便版式判断把它当作正文，而不是标题或者目次条目，也不会被误拼接。"




def test_term_entry_with_a_long_english_equivalent(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, "3 术语和定义\n3.1\n炼焦工序 coking process\n" + LONG + "\n3.2\n"
                 "单位焦炭综合能耗 comprehensive energy consumption per unit coke of the process\n"
                 "统计期内炼焦工序能耗与同期干全焦产量之比，单位为千克标准煤每吨。\n")
    assert clauses(doc) == ["3", "3.1", "3.2"]
    assert "干全焦产量" in next(c.text for c in doc.chunks if c.clause == "3.2")


def test_a_heading_the_contents_list_is_taken_even_if_it_starts_like_a_unit(tmp_path: Path) -> None:
    """"6.1 台账": 台 is also a unit ("5 台设备"); the 目次 entry confirms the heading."""
    toc = "目 次\n1 范围 …… 1\n6 质量保证 …… 2\n6.1 台账 …… 2\n"
    body = "1 范围\n" + LONG + "\n6 质量保证\n6.1 台账\n企业应建立环境管理台账，原始记录应可追溯。\n"
    assert clauses(parse_text(tmp_path, toc + body)) == ["1", "6", "6.1"]
    assert "6.1" not in clauses(parse_text(tmp_path, body))  # without the contents it stays text


def test_markdown_bold_pseudo_headings_and_links(tmp_path: Path) -> None:
    md = ("# 申报要点解读\n\n## 一、政策背景\n\n" + LONG + "[详情](http://example.org/a)\n\n**二、申报条件**\n\n"
          + LONG + "\n\n![图1 流程](x.png)\n")
    doc = parse_text(tmp_path, md, "page.md")
    assert clauses(doc) == ["一", "二"]
    text = "\n".join(c.text for c in doc.chunks)
    assert "http" not in text and "详情" in text and "图1 流程" in text and "**" not in text


def test_placeholder_letters_and_enterprise_standard_numbers() -> None:
    assert canonical_doc_id("Q/HXJ 102—2025") == "Q/HXJ 102-2025"
    assert canonical_doc_id("×工信规〔2025〕3号") == "×工信规〔2025〕3号"


def test_notice_with_an_attachment_numbers_it_afresh(tmp_path: Path) -> None:
    text = ("× × 省工业和信息化厅文件\n×工信规〔2025〕3号\n××省工业和信息化厅关于印发《××省绿色工厂\n梯度培育管理实施细则》的通知\n"
            "各设区市工业和信息化局：\n" + LONG + "\n附件：1.××省申报材料清单\n第一章 总则\n第一条 " + LONG +
            "\n第二条 " + LONG + "\n附件1\n××省申报材料清单\n一、企业基本情况\n" + LONG + "\n二、自评价材料\n" + LONG + "\n")
    doc = parse_text(tmp_path, text)
    assert (doc.meta.doc_id, doc.meta.kind) == ("×工信规〔2025〕3号", "policy")
    assert doc.meta.title == "××省工业和信息化厅关于印发《××省绿色工厂梯度培育管理实施细则》的通知"
    assert clauses(doc) == ["封面", "第一章", "第一条", "第二条", "附件1", "附件1一", "附件1二"]


def test_cover_title_over_two_lines_joined_as_the_english_title_says(tmp_path: Path) -> None:
    def cover(english: str) -> str:
        return (f"中华人民共和国国家生态环境标准\nHJ 1234—2022\n工业企业污染物产生和排放\n强度核算技术规范\n{english}\n"
                "2022-01-01 发布\n1 范围\n" + LONG + "\n")
    one = parse_text(tmp_path, cover("Technical specification for accounting pollutant intensity"))
    assert one.meta.title == "工业企业污染物产生和排放强度核算技术规范"  # one title, wrapped
    two = parse_text(tmp_path, cover("Requirements of green factory assessment—Computer manufacturing"))
    assert two.meta.title == "工业企业污染物产生和排放 强度核算技术规范"  # title and sub-title


def test_text_about_a_docx_table_stays_with_it(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("3.3 评价指标", level=2)
    d.add_paragraph("各项评价指标的实际值见表2。")
    d.add_paragraph("表2 指标评价表")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["指标", "得分"], ["能源消耗强度", "8"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("表中仅列出部分指标，完整指标表另行装订。")
    d.add_paragraph("以上得分由评价组复核。")
    path = tmp_path / "r.docx"
    d.save(str(path))
    by = {c.clause: c.text for c in parse_file(path).chunks}
    assert "完整指标表另行装订" in by["表2"] and "评价组复核" in by["3.3"]
