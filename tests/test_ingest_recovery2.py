"""Structure recovery for the layouts of the heldout2 replicas, one rule per test (each fails without
its fix): Word automatic numbering (numbering.xml, style-linked lists, restarts, lettered items),
tracked changes read as accepted, outline levels of a template's own styles; national annexes,
depth-5 annex numbers, unit-like title words, 附表, Markdown list items, 第一部分 parts, a table
cell after an attachment heading, an article about a standard. DOCX files are written as raw XML
parts, so every part is under the test's control; each is parsed whole and streamed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from docx_parts import NUMBERING, para, write_docx

from assistant.ingest import parse_file, parse_stream
from assistant.types import ParsedDocument

BODY = "本条规定了企业应当建立的管理制度和记录要求。"


def parsed(path: Path) -> ParsedDocument:
    """The whole parse, after checking that the streamed parse gives the same chunks."""
    whole = parse_file(path)
    got = parse_stream(path, min_bytes=0, window=3, batch=5)
    assert got.streamed
    assert [(c.clause, c.text) for b in got.batches for c in b] == [(c.clause, c.text) for c in whole.chunks]
    assert got.report == whole.report
    return whole


def clauses(doc: ParsedDocument) -> list[str]:
    return list(dict.fromkeys(c.clause for c in doc.chunks if c.clause != "封面"))


def text_of(doc: ParsedDocument, clause: str) -> str:
    return "\n".join(c.text for c in doc.chunks if c.clause == clause)


# --- (1) Word automatic numbering ---------------------------------------------------------------
def _autonumbered(tmp_path: Path, numbering: str | None = NUMBERING) -> Path:
    return write_docx(tmp_path / "auto.docx", [
        para("前言", "Heading1"), para("本文件按规定起草。"),
        para("范围", "Heading1", (1, 0)), para(BODY),
        para("总体要求", "Heading1", (1, 0)), para("统筹规划", "Heading2", (1, 1)), para(BODY),
        para("明确建设目标；", num=(10, 0)), para("统一接口；", num=(10, 0)),
        para("数据可信", "Heading2", (1, 1)), para(BODY),
        para("采集方式", "Heading2", (1, 1)), para("自动采集；", num=(11, 0)), para("人工录入。", num=(11, 0)),
        para("\n（资料性）\n自评估要点", "Heading1", (2, 0)), para(BODY),
        para("功能覆盖", "Heading2", (2, 1)), para(BODY)], numbering)


def test_word_automatic_numbers_are_the_clause_numbers(tmp_path: Path) -> None:
    doc = parsed(_autonumbered(tmp_path))
    assert clauses(doc) == ["前言", "1", "2", "2.1", "2.2", "2.3", "附录A", "A.1"]
    assert [c.title for c in doc.chunks if c.clause in ("2.1", "附录A")] == ["统筹规划", "自评估要点"]
    # the lettered items stay list items of their clause, lettered afresh in each (startOverride)
    assert "a) 明确建设目标；\nb) 统一接口；" in text_of(doc, "2.1")
    assert "a) 自动采集；\nb) 人工录入。" in text_of(doc, "2.3")


def test_numbering_attached_through_the_paragraph_style(tmp_path: Path) -> None:
    doc = parsed(write_docx(tmp_path / "styled.docx", [
        para("范围", "Chapter"), para(BODY), para("要求", "Chapter"), para("一般要求", "Section"), para(BODY),
        para("第二节", "Section"), para(BODY)]))
    assert clauses(doc) == ["1", "2", "2.1", "2.2"]


def test_numbering_inherited_from_a_based_on_style_through_a_list_style(tmp_path: Path) -> None:
    doc = parsed(write_docx(tmp_path / "liststyle.docx", [
        para("范围", "NumH1"), para(BODY), para("要求", "NumH1"), para("一般要求", "NumH2"), para(BODY),
        para("专项要求", "NumH2"), para(BODY), para("评价", "NumH1"), para(BODY)]))
    assert clauses(doc) == ["1", "2", "2.1", "2.2", "3"]


def test_numbered_paragraphs_in_a_table_cell_count_in_their_list(tmp_path: Path) -> None:
    cell = "<w:tc>" + para("能源管理", num=(1, 0)) + "</w:tc>"
    table = f"<w:tbl><w:tr>{cell}<w:tc>{para('说明')}</w:tc></w:tr></w:tbl>"
    doc = parsed(write_docx(tmp_path / "cells.docx", [para("范围", "Heading1", (1, 0)), para(BODY), table,
                                                       para("要求", "Heading1", (1, 0)), para(BODY)]))
    assert "| 2 能源管理 | 说明 |" in text_of(doc, "1")
    assert clauses(doc) == ["1", "3"]  # Word counts the cell's item: the next heading is 3


def test_a_broken_numbering_part_loses_only_the_numbers(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        doc = parsed(_autonumbered(tmp_path, numbering="<w:numbering"))
    assert "统筹规划" in clauses(doc) and text_of(doc, "统筹规划")  # the headings, by their titles
    assert any("auto.docx" in r.getMessage() and "numbering" in r.getMessage() for r in caplog.records)
    assert doc.report is not None and any("numbering.xml" in w for w in doc.report.warnings)  # streamed too
    missing = parse_file(_autonumbered(tmp_path, numbering=None))  # a relationship to no part
    assert "统筹规划" in clauses(missing)
    whole = parse_file(_autonumbered(tmp_path))
    assert whole.report is not None and not any("numbering.xml" in w for w in whole.report.warnings)


def test_number_formats_and_level_restarts() -> None:
    from assistant.ingest.docxnum import ListCounter, Numbering, number_text

    assert [number_text(f, n) for f, n in (("upperRoman", 4), ("lowerLetter", 28), ("chineseCounting", 12),
                                             ("chineseCounting", 20), ("decimalEnclosedCircle", 3))] == \
        ["IV", "bb", "十二", "二十", "③"]
    from lxml import etree

    counter = ListCounter(Numbering.of(etree.fromstring(NUMBERING.encode())))
    got = [counter.label("1", lvl) for lvl in (0, 1, 1, 0, 1, 2)]
    assert got == ["1 ", "1.1 ", "1.2 ", "2 ", "2.1 ", "2.1.1 "]
    assert counter.label("0", 0) == "" and counter.label("99", 0) == ""  # numId 0: not numbered


# --- (2) tracked changes, read as accepted ------------------------------------------------------
def _ins(text: str) -> str:
    return f'<w:ins w:id="1" w:author="审阅人"><w:r><w:t>{text}</w:t></w:r></w:ins>'


def _del(text: str) -> str:
    return f'<w:del w:id="2" w:author="审阅人"><w:r><w:delText>{text}</w:delText></w:r></w:del>'


def test_tracked_changes_are_read_as_accepted(tmp_path: Path) -> None:
    deleted_mark = '<w:rPr><w:del w:id="3" w:author="审阅人"/></w:rPr>'
    doc = parsed(write_docx(tmp_path / "review.docx", [
        para("1 范围", "Heading1"), para(BODY),
        para("2 要求", "Heading1"), para(f"<w:r><w:t>比例不低于</w:t></w:r>{_del('百分之六十')}{_ins('百分之七十')}"
                                         "<w:r><w:t>，每年评价。</w:t></w:r>"),
        para(_del("2.1 年度评优"), "Heading2", ppr=deleted_mark), para(_del("每年评选十家。"), ppr=deleted_mark),
        para(_ins("2.1 供应商退出"), "Heading2"), para(_ins("发生重大环境事件的取消资格。")),
        para("<w:r><w:t>前半句</w:t></w:r>", ppr=deleted_mark), para("后半句。")]))
    assert clauses(doc) == ["1", "2", "2.1"]
    assert "比例不低于百分之七十，每年评价。" in text_of(doc, "2")
    assert "发生重大环境事件的取消资格。" in text_of(doc, "2.1")
    assert "前半句后半句。" in text_of(doc, "2.1")  # its deleted paragraph mark runs it into the next
    assert not any("评优" in c.text or "百分之六十" in c.text for c in doc.chunks)


# --- (3) outline levels as headings -------------------------------------------------------------
def test_outline_levels_of_a_template_s_own_styles_are_headings(tmp_path: Path) -> None:
    doc = parsed(write_docx(tmp_path / "template.docx", [
        para("自评价报告（模板）", "Title"), para("填写说明", "一级标题"), para("所属行业按规定填写。"),
        para("真实性声明", "Own", ppr='<w:outlineLvl w:val="0"/>'), para("本单位承诺材料真实有效。"),
        para("一、概述", "一级标题"), para(BODY), para("二、评价内容", "一级标题"), para(BODY)], numbering=None))
    assert clauses(doc) == ["填写说明", "真实性声明", "一", "二"]
    assert "所属行业按规定填写。" in text_of(doc, "填写说明")


def test_a_sentence_with_an_outline_level_stays_body_text(tmp_path: Path) -> None:
    level = '<w:outlineLvl w:val="1"/>'
    doc = parsed(write_docx(tmp_path / "outline.docx", [
        para("一、概述", "一级标题"), para("本章说明评价的目的、范围和依据，企业应逐项填写并附证明材料。", ppr=level),
        para("二、评价内容", "一级标题"), para(BODY)], numbering=None))
    assert clauses(doc) == ["一", "二"]


def test_tracked_row_deletions_and_inline_wrappers(tmp_path: Path) -> None:
    row = "<w:tr>{}<w:tc>" + para("{}") + "</w:tc></w:tr>"
    table = ("<w:tbl>" + row.format("", "保留的行") + row.format('<w:trPr><w:del w:id="5" w:author="审阅人"/></w:trPr>',
                                                               "删除的行") + "</w:tbl>")
    tag = '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>智能标记</w:t></w:r></w:smartTag>'
    sdt = '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>内容控件</w:t></w:r></w:sdtContent></w:sdt>'
    doc = parsed(write_docx(tmp_path / "wrappers.docx", [
        para("1 范围", "Heading1"), para(f"<w:r><w:t>含</w:t></w:r>{tag}{sdt}<w:r><w:t>的句子。</w:t></w:r>"), table]))
    text = text_of(doc, "1")
    assert "含智能标记内容控件的句子。" in text and "保留的行" in text and "删除的行" not in text


# --- (4) the rest: rules shared by every format, shown on text files ----------------------------
def _txt(tmp_path: Path, name: str, lines: list[str]) -> ParsedDocument:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return parse_file(path)


def test_a_national_annex_and_its_table_and_deep_annex_numbers(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "na.txt", [
        "T/GEN 32-2025", "产品碳足迹量化方法", "", "1 范围", BODY, "", "附录A", "（规范性）", "计算方法", "",
        "A.1 原材料", "A.1.1 辅助材料", "切削液的排放量按年度消耗量分摊。", "",
        "A.1.1.1 年度消耗量以仓库领用台账为准，退库部分应扣除。", "", "附录B", "（资料性）", "数据质量", "",
        "B.1 评价维度", BODY, "", "附录 NA", "（资料性）", "本文件与 ISO 14067:2018 的章条编号对照", "",
        "NA.1 对照说明", "章条编号对照见表NA.1。", "",
        "表 NA.1 本文件与 ISO 14067:2018 的章条编号对照情况", "| 本文件 | ISO 14067:2018 |", "|---|---|",
        "| 4.2 | 6.3.2 |", "", "NA.2 技术性差异", BODY])
    assert clauses(doc)[-4:] == ["附录NA", "NA.1", "表NA.1", "NA.2"]
    assert "A.1.1.1" in clauses(doc)


def test_a_unit_word_that_begins_a_noun_starts_a_title(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "units.txt", ["T/GEN 5-2025", "数据收集要求", "", "5 数据收集", "", "5.1 初级数据", BODY, "",
                                        "5.2 次级数据", BODY, "", "5.3 年度数据", BODY, "", "5.4 3 个月内的数据", BODY])
    assert clauses(doc) == ["5", "5.1", "5.2", "5.3"]  # "3 个月" is still a quantity


def test_a_form_s_captioned_schedule_is_a_clause(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "form.md", ["# 自评价报告", "", "## 五、参考文件", "", "列出报告编制中使用的标准。", "",
                                      "附表1 绿色工厂自评价指标得分表", "", "| 一级指标 | 分值 |", "|---|---|",
                                      "| 能源低碳化 | 8 |", "", "注：分值按行业方案填写。"])
    assert "附表1" in clauses(doc)
    assert "注：分值按行业方案填写。" in text_of(doc, "附表1")


def test_markdown_list_items_in_an_answer_are_no_clauses(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "qa.md", ["# 政策问答", "", "## 一、申报程序", "", "**（一）企业申报需要哪些步骤？**", "",
                                    "一般按以下步骤进行：", "", "1. 企业对照标准开展创建并完成自评价；",
                                    "2. 按当年通知要求提交申报材料；", "", "**（二）还需要评价报告吗？**", "", BODY])
    assert clauses(doc) == ["一", "一（一）", "一（二）"]
    assert "2. 按当年通知要求提交申报材料；" in text_of(doc, "一（一）")


def test_parts_of_a_deck_hold_their_numbered_clauses(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "deck.txt", ["绿色工厂评价实务培训", "", "第一部分　体系概述", "PART 01", "", "1.1 体系构成",
                                       "• 四类载体", "", "1.2 梯度培育", "• 三级培育", "", "第二部分　评价要点", "PART 02",
                                       "", "2.1 一级指标", "• 五类指标", "", "2.2 评分规则", "• 百分制"])
    assert clauses(doc) == ["第一部分", "1.1", "1.2", "第二部分", "2.1", "2.2"]
    assert doc.meta.kind == "guide"  # a training deck is guidance


def test_a_table_cell_under_an_attachment_heading_is_no_chapter(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "notice.txt", [
        "××省经济和信息化厅关于开展绿色工厂培育工作的通知", "", "一、工作目标", BODY, "", "二、工作程序", BODY, "",
        "附件1", "", "××省绿色工厂评价细则", "", "一级指标评价内容评价要求分值佐证材料", "能源低碳化单位产品综合能",
        "耗", "8 能源统计报表", "单位产品碳排放", "8 碳排放核算报告"])
    assert clauses(doc) == ["一", "二", "附件1"]


def test_an_article_about_a_standard_is_not_the_standard(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "article.txt", ["GB/T 36132—2025《绿色工厂评价通则》", "主要技术变化解读", "张××",
                                          "", "一、修订背景", BODY, "", "二、主要技术变化", BODY])
    title = "GB/T 36132—2025《绿色工厂评价通则》主要技术变化解读"
    assert (doc.meta.doc_id, doc.meta.title, doc.meta.kind) == (title, title, "guide")
    digest = _txt(tmp_path, "digest.md", ["# GB/T 36132-2025《绿色工厂评价通则》", "", "本文是该标准的逐条摘要。"])
    assert digest.meta.doc_id == "GB/T 36132-2025"  # only the number and its name: the standard itself
    draft = _txt(tmp_path, "draft.txt", ["GB/T 36132—2025《绿色工厂评价通则》", "（征求意见稿）", "", "1 范围", BODY])
    assert draft.meta.doc_id == "GB/T 36132-2025"
