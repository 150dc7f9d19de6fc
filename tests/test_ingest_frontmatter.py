"""Front matter, identity and layout headings on text shaped like documents we did not write."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fixtures.parsing import clauses, parse_text

from assistant.ingest import parse_file
from assistant.ingest.frontmatter import find_toc, toc_entry_text
from assistant.ingest.layout import Line
from assistant.ingest.normalize import strip_pinyin
from assistant.ingest.report import toc_label

COVER = """ICS 13.020.01
CCS Z 04
中华人民共和国国家标准
GB/T 36132—2025
代替 GB/T 36132—2018
绿色工厂评价通则
General principles for green factory evaluation
2025-12-31 发布 2025-12-31 实施
"""
BODY = """前 言
本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草，代替GB/T 36132—2018。
a) 更改了范围（见第1章，2018年版的第1章）；
b) 更改了基本要求（见4.2，2018年版的4.2）。
1 范围
本文件规定了绿色工厂评价的指标体系构建和要求、评分规则和评价结果，适用于绿色工厂的评价。
4 评价指标体系构建和要求
4.1 评价指标体系
绿色工厂评价指标体系由基本要求和评价指标构成，评价指标包括五个一级指标。
4.2 基本要求
绿色工厂至少应满足以下基本要求，且在规划、建设和运行的全过程中持续满足。
附录 A
（规范性）
绿色工厂评价标准的文件结构
A.1 总体结构
行业绿色工厂评价标准的结构宜包括范围、规范性引用文件、术语和定义和评价指标体系。
表 A.1 绿色工厂评价指标格式
一级指标 序号 二级指标 指标类型 单位 引领值 基准值
参考文献
[1] GB/T 4754 国民经济行业分类
"""
TOC_WITH_PAGES = """目 次
前言 ………………………………………… Ⅲ
1 范围 ……………………………………… 1
4 评价指标体系构建和要求 ……………… 1
4.1 评价指标体系 ………………………… 1
4.2 基本要求 ……………………………… 2
附录 A（规范性） 绿色工厂评价标准的文件结构 …… 6
表 A.1 绿色工厂评价指标格式 4……
参考文献 ·································· 20
"""
TOC_WITHOUT_PAGES = """目 录
前言
1 范围
4 评价指标体系构建和要求
4.1 评价指标体系
4.2 基本要求
附录A 绿色工厂评价标准的文件结构
"""




EXPECTED = ["封面", "前言", "1", "4", "4.1", "4.2", "附录A", "A.1", "表A.1", "参考文献"]


@pytest.mark.parametrize("toc", [TOC_WITH_PAGES, TOC_WITHOUT_PAGES], ids=["leaders", "no-page-numbers"])
def test_a_table_of_contents_never_swallows_the_body(tmp_path: Path, toc: str) -> None:
    doc = parse_text(tmp_path, COVER + toc + BODY)
    assert clauses(doc) == EXPECTED
    by = {c.clause: c.text for c in doc.chunks}
    assert "全过程中持续满足" in by["4.2"] and "……" not in "".join(by.values())
    assert "见4.2" in by["前言"]  # a cross reference inside a list item is not a heading
    assert (doc.meta.doc_id, doc.meta.title, doc.meta.kind) == ("GB/T 36132-2025", "绿色工厂评价通则", "standard")
    assert doc.report is not None and doc.report.warnings == []


def test_without_the_fix_the_annex_entry_would_swallow_everything(tmp_path: Path) -> None:
    """The measured failure: a 目次 entry for 附录 A opened the annex, and no later decimal clause
    was accepted. Leader lines without a 目次 heading are recognised too."""
    toc = "\n".join(TOC_WITH_PAGES.splitlines()[1:]) + "\n"
    doc = parse_text(tmp_path, COVER + toc + BODY)
    assert clauses(doc) == EXPECTED


def test_toc_entries_and_labels() -> None:
    lines = [Line(t) for t in TOC_WITH_PAGES.splitlines()]
    toc = find_toc(lines)
    assert toc.lines == set(range(len(lines)))
    assert toc.entries[:2] == ["前言", "1 范围"]
    assert toc_entry_text("表 A.1 绿色工厂评价指标格式 4……") == "表 A.1 绿色工厂评价指标格式 4"
    assert [toc_label(e) for e in ("4.2 基本要求", "附录 B（规范性） 计算方法", "表 C.1 示例", "B.10 复用率",
                                   "前言", "参考文献")] == ["4.2", "附录B", "表C.1", "B.10", None, "参考文献"]


def test_report_names_toc_entries_missing_from_the_body(tmp_path: Path) -> None:
    toc = TOC_WITH_PAGES.replace("参考文献", "附录 C（资料性） 示例 …… 9\n参考文献")
    doc = parse_text(tmp_path, COVER + toc + BODY)
    assert doc.report is not None
    assert doc.report.warnings == ["目次列出的 1 个条目未在正文中识别为条款：附录C"]
    body = COVER + TOC_WITH_PAGES + BODY.replace("参考文献\n", "")
    assert parse_text(tmp_path, body).report.warnings == ["目次列出的 1 个条目未在正文中识别为条款：参考文献"]


LETTER = """中国钢铁工业协会
钢协科〔2024〕32号
关于征求《低碳排放钢评价方法》中国钢铁
工业协会团体标准（征求意见稿）意见的通知
各有关单位：
根据团体标准制修订工作安排，现将征求意见稿印发给你们，请组织研究并于规定时间内反馈书面意见。
一、请于2024年6月30日前反馈意见。
二、联系人及电话见附件。
中国钢铁工业协会
2024年5月20日
ICS 77.080
CCS H 40
T/CISA
中国钢铁工业协会团体标准
T/CISA XXXX—XXXX
低碳排放钢评价方法
Evaluation method for low carbon emission steel
（征求意见稿）
XXXX-XX-XX 发布 XXXX-XX-XX 实施
1 范围
本文件规定了低碳排放钢的评价原则、评价指标、评价方法和评价流程，适用于钢铁产品的低碳排放评价。
2 规范性引用文件
下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款，注日期的引用文件仅该日期的版本适用。
"""


def test_a_standard_behind_a_cover_letter_gets_its_own_identity(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, LETTER)
    assert (doc.meta.doc_id, doc.meta.title, doc.meta.kind) == ("低碳排放钢评价方法", "低碳排放钢评价方法", "standard")
    assert clauses(doc) == ["来函", "封面", "1", "2"]
    letter = next(c.text for c in doc.chunks if c.clause == "来函")
    assert "钢协科〔2024〕32号" in letter and "二、联系人" in letter  # the letter's own numbering stays in it
    assert doc.report is not None and any("来函" in w for w in doc.report.warnings)
    assert any("占位符" in w for w in doc.report.warnings)


def test_notice_title_wrapped_over_two_lines(tmp_path: Path) -> None:
    text = ("工业和信息化部办公厅文件\n工信厅节函〔2016〕586号\n工业和信息化部办公厅关于开展绿色制造体系\n建设的通知\n"
            "各省、自治区、直辖市工业和信息化主管部门：\n为加快推进工业绿色发展，现就有关事项通知如下。\n"
            "一、总体要求\n以企业为建设主体，以公开透明的第三方评价机制和标准体系为基础，引导企业开展创建。\n")
    doc = parse_text(tmp_path, text)
    assert doc.meta.doc_id == "工信厅节函〔2016〕586号" and doc.meta.kind == "policy"
    assert doc.meta.title == "工业和信息化部办公厅关于开展绿色制造体系建设的通知"


WEB = """首頁 | 新聞中心 | 政策法規 | 聯絡我們
當前位置：首頁 > 綠色製造
綠色製造體系簡介
發布時間：2024-05-20 來源：產業服務網
綠色工廠評價方式
綠色工廠評(píng)價由企業自評價開始，再由第三方機構進行現場評價，最後由主管部門審核發(fā)表名單。
申報流程
企業按照標準自行創建並開展自評價，形成自評價報告後向省級主管部門提交申報材料，並對真實性負責。
版權所有 © 2024 產業服務網
"""


def test_web_page_headings_by_layout_pinyin_and_boilerplate_removed(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, WEB, "page.txt")
    assert (doc.meta.doc_id, doc.meta.title, doc.meta.kind) == ("綠色製造體系簡介", "綠色製造體系簡介", "guide")
    assert clauses(doc) == ["封面", "綠色工廠評價方式", "申報流程"]
    text = "\n".join(c.text + c.index_text for c in doc.chunks)
    assert "píng" not in text and "fā" not in text and "评价由企业自评价开始" in text
    assert "版權所有" not in text
    assert doc.report is not None and doc.report.scheme == "layout"
    assert doc.report.warnings == ["未识别到条款编号，按版式标题切分"]


def test_strip_pinyin_keeps_english_glosses_and_units() -> None:
    assert strip_pinyin("建設(shè)與發（fā）表") == "建設與發表"
    assert strip_pinyin("建筑系数（building coefficient）、能耗(tce)、碳(tan4)排") == "建筑系数（building coefficient）、能耗(tce)、碳排"


def test_docx_without_heading_styles_uses_bold_paragraphs(tmp_path: Path) -> None:
    d = docx.Document()
    for text, bold, centred in (("某公司绿色工厂自评价报告", True, True), ("填写说明", True, False),
                                ("报告用A4纸双面打印，并同时提交电子版。", False, False),
                                ("一、工厂基本情况", True, False), ("简述企业的成立时间和主要产品。", False, False)):
        p = d.add_paragraph()
        p.add_run(text).bold = bold
        if centred:
            p.alignment = 1
    path = tmp_path / "report.docx"
    d.save(str(path))
    doc = parse_file(path)
    assert doc.meta.title == "某公司绿色工厂自评价报告"
    assert clauses(doc) == ["填写说明", "一"]
