"""Clause-aware structure: numbering schemes, keys, paths, false-positive guards."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ingest import parse_file
from assistant.types import ParsedDocument


def _parse(tmp_path: Path, text: str, name: str = "doc.txt", **kw: object) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, **kw)  # type: ignore[arg-type]


def _by_clause(doc: ParsedDocument) -> dict[str, str]:
    return {c.clause: c.text for c in doc.chunks if c.part == 0}


STANDARD_TXT = """GB/T 36132—2025
绿色工厂评价通则
前　言
本文件代替 GB/T 36132—2018。
4 评价指标体系构建和要求
4.2 基本要求
绿色工厂至少应满足以下基本要求：
a) 近三年内未发生违法违规行为；
b) 明确管理职责：
1) 制定中长期规划；
2) 设定年度量化目标。
2025 年起执行新版标准。
0.5 tce 为示例数值。
3 个月内完成整改。
4.3 评价指标
4.3.2　资源高效化指标
资源高效化指标包括取水强度。
7.5.1 这一行的编号不合理，不是新条款。
4.3.2 重复的编号也不是新条款。
附录 B
（规范性）
主要定量指标计算方法
B.1 单位产品综合能耗
按式（B.1）计算。
B.10 工业用水重复利用率
按式（B.10）计算。
附录C（资料性）绿色工厂评价指标表示例
表 C.1 绿色工厂评价指标示例
一级指标 二级指标 分值
能源低碳化 能源消耗强度 8
"""


def test_standard_clauses_keys_and_paths(tmp_path: Path) -> None:
    doc = _parse(tmp_path, STANDARD_TXT)
    assert doc.meta.doc_id == "GB/T 36132-2025"
    assert doc.meta.title == "绿色工厂评价通则"
    assert doc.meta.kind == "standard" and doc.meta.edition_year == 2025
    clauses = [c.clause for c in doc.chunks if c.part == 0]
    assert clauses == ["封面", "前言", "4", "4.2", "4.3", "4.3.2", "附录B", "B.1", "B.10", "附录C", "表C.1"]
    keys = {c.key for c in doc.chunks}
    assert "GB/T 36132-2025§4.3" in keys and "GB/T 36132-2025§B.10" in keys
    chunk = next(c for c in doc.chunks if c.clause == "4.3.2")
    assert chunk.text.startswith("4.3.2 资源高效化指标\n")
    assert chunk.title == "资源高效化指标"
    assert chunk.clause_path == "4 评价指标体系构建和要求 > 4.3 评价指标 > 4.3.2 资源高效化指标"
    annex = next(c for c in doc.chunks if c.clause == "附录B")
    assert annex.text.startswith("附录B（规范性）主要定量指标计算方法")
    b10 = next(c for c in doc.chunks if c.clause == "B.10")
    assert b10.clause_path == "附录B（规范性）主要定量指标计算方法 > B.10 工业用水重复利用率"
    table = next(c for c in doc.chunks if c.clause == "表C.1")
    assert "能源低碳化 能源消耗强度 8" in table.text
    assert table.clause_path.startswith("附录C（资料性）绿色工厂评价指标表示例 > 表C.1")


def test_list_items_and_false_positives_stay_in_their_clause(tmp_path: Path) -> None:
    clauses = _by_clause(_parse(tmp_path, STANDARD_TXT))
    text = clauses["4.2"]
    for line in ("a) 近三年内未发生违法违规行为；", "1) 制定中长期规划；", "2025 年起执行新版标准。",
                 "0.5 tce 为示例数值。", "3 个月内完成整改。"):
        assert line in text.split("\n")
    assert "7.5.1 这一行的编号不合理，不是新条款。" in clauses["4.3.2"]
    assert "4.3.2 重复的编号也不是新条款。" in clauses["4.3.2"]
    assert not any(c in clauses for c in ("2025", "0.5", "3", "1", "7.5.1"))


def test_parent_with_only_a_heading_gets_a_chunk(tmp_path: Path) -> None:
    clauses = _by_clause(_parse(tmp_path, STANDARD_TXT))
    assert clauses["4.3"] == "4.3 评价指标\n4.3.2 资源高效化指标"
    assert clauses["4"].startswith("4 评价指标体系构建和要求\n4.2 基本要求\n4.3 评价指标")


def test_markdown_headings_and_unnumbered_headings(tmp_path: Path) -> None:
    text = """---
doc_id: 绿色制造术语表
kind: guide
---
# 绿色制造术语表（中英对照）

本表收录常用术语。

## 前言

说明文字。

## 绿色工厂（green factory）

直接从事工业生产的企业。

## 一个非常非常长的标题用来检查条款编号会被截断到四十个字符以内而不是整行都拿来当作键的情况

内容。

### 4.3.2 资源高效化指标

条款内容。

### 4.3.3 算例：逆向定量指标赋分，按线性插值计算得分

算例内容。
"""
    doc = _parse(tmp_path, text, "terms.md")
    clauses = [c.clause for c in doc.chunks]
    assert clauses[:3] == ["封面", "前言", "绿色工厂（green factory）"]
    assert len(clauses[3]) == 40 and clauses[3].startswith("一个非常非常长的标题")
    assert doc.chunks[0].text == "绿色制造术语表（中英对照）\n本表收录常用术语。"
    assert "4.3.2" in clauses
    assert doc.chunks[2].key == "绿色制造术语表§绿色工厂（green factory）"
    assert doc.chunks[2].title == "绿色工厂（green factory）"
    last = doc.chunks[-1]  # a heading is a title even when it reads like a sentence
    assert (last.clause, last.title) == ("4.3.3", "算例：逆向定量指标赋分，按线性插值计算得分")
    assert last.text == "4.3.3 算例：逆向定量指标赋分，按线性插值计算得分\n算例内容。"


def test_policy_articles(tmp_path: Path) -> None:
    text = """工业和信息化部关于印发《绿色工厂梯度培育及管理暂行办法》的通知
工信部节〔2024〕13号
第一章 总则
第一条 为加快推动工业绿色低碳发展，制定本办法。
第二条 本办法所称绿色工厂分为三个层级：
（一）国家层面；
（二）省级层面。
第二章 培育要求
第三条 申报主体应满足以下条件。
第九十条 跳号过大的行不是条款。
"""
    doc = _parse(tmp_path, text)
    assert doc.meta.doc_id == "工信部节〔2024〕13号" and doc.meta.kind == "policy"
    assert doc.meta.title == "工业和信息化部关于印发《绿色工厂梯度培育及管理暂行办法》的通知"
    assert doc.meta.edition_year == 2024
    clauses = _by_clause(doc)
    assert list(clauses) == ["封面", "第一章", "第一条", "第二条", "第二章", "第三条"]
    assert clauses["第二条"].endswith("（一）国家层面；\n（二）省级层面。")
    assert "第九十条" in clauses["第三条"]
    art = next(c for c in doc.chunks if c.clause == "第三条")
    assert art.clause_path == "第二章 培育要求 > 第三条"
    assert art.text == "第三条 申报主体应满足以下条件。\n第九十条 跳号过大的行不是条款。"


def test_policy_outline_numbering(tmp_path: Path) -> None:
    text = """绿色工厂申报指南
一、总体要求
坚持标准引领。
二、申报程序
（一）企业自评价
企业对照标准自评价。
1.填写自评价报告
按模板填写。
2.上传证明材料
（二）省级推荐
省级主管部门推荐。
三、管理
1) 每年更新一次数据。
"""
    doc = _parse(tmp_path, text)
    clauses = _by_clause(doc)
    assert list(clauses) == ["封面", "一", "二", "二（一）", "二（一）1", "二（一）2", "二（二）", "三"]
    assert next(c for c in doc.chunks if c.clause == "二（一）1").clause_path == (
        "二、申报程序 > （一）企业自评价 > 1. 填写自评价报告")
    assert "1) 每年更新一次数据。" in clauses["三"]


def test_table_of_contents_is_not_structure(tmp_path: Path) -> None:
    text = """目　次
前言 ………………………… III
1 范围 ……………………… 1
4 评价指标体系构建和要求 …… 2
4.3.2 资源高效化指标 ………… 3
前　言
本文件按照 GB/T 1.1—2020 起草。
1 范围
本文件规定了绿色工厂评价的要求。
"""
    clauses = _by_clause(_parse(tmp_path, text))
    assert list(clauses) == ["前言", "1"]
    assert clauses["1"] == "1 范围\n本文件规定了绿色工厂评价的要求。"


def test_term_number_on_its_own_line(tmp_path: Path) -> None:
    text = ("3 术语和定义\n下列术语和定义适用于本文件。\n3.1\n绿色工厂 green factory\n"
            "实现了用地集约化、生产洁净化的工厂。\n3.2\n绿色制造 green manufacturing\n定义内容。\n"
            "数值见下：\n1.5\n2.5\n")
    doc = _parse(tmp_path, text)
    by = {c.clause: c for c in doc.chunks}
    assert list(by) == ["3", "3.1", "3.2"]
    assert by["3.1"].text == "3.1 绿色工厂 green factory\n实现了用地集约化、生产洁净化的工厂。"
    assert by["3.1"].title == "绿色工厂 green factory"
    assert by["3.2"].text.endswith("数值见下：\n1.5\n2.5")  # bare numbers without a title stay text


def test_untitled_numbered_clause_keeps_its_sentence(tmp_path: Path) -> None:
    text = "5 评分规则\n5.1 每个评价指标均以百分制计分，满分为 100 分。\n5.2 单项指标计分方法\n按线性插值计分。\n"
    doc = _parse(tmp_path, text)
    c51 = next(c for c in doc.chunks if c.clause == "5.1")
    assert c51.text == "5.1 每个评价指标均以百分制计分，满分为 100 分。"
    assert c51.title == ""
    assert c51.clause_path == "5 评分规则 > 5.1"


_LINES = st.sampled_from([
    "# 标题", "## 4 评价指标", "### 4.3.2 资源高效化指标", "4.3.2　资源高效化指标", "4 评价", "附录B",
    "（规范性）", "附录 C 示例", "B.10 工业用水重复利用率", "表C.1 示例", "表C.1（续）", "| a | b |",
    "|---|---|", "| 1 | 2 |", "第一章 总则", "第三条 内容。", "一、总体要求", "（二）申报", "1.填写",
    "a) 列项；", "1) 列项", "2025 年", "0.5 tce", "Rw =", "Vr", "V + Vr", "× 100%", "m", "3)", "",
    "前言", "目次", "1 范围 …… 1", "正文内容，用于测试。", "【置信度：低】", "```", "---",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=30), st.sampled_from(["doc.md", "doc.txt"]))
def test_arbitrary_structure_never_crashes(tmp_path_factory: pytest.TempPathFactory, lines: list[str],
                                           name: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_text("\n".join(lines) + "\n正文。\n", encoding="utf-8")
    doc = parse_file(path, max_chars=120, overlap=30)
    keys = [(c.key, c.part) for c in doc.chunks]
    assert len(keys) == len(set(keys))
    assert all(c.text.strip() and c.index_text for c in doc.chunks)
    for c in doc.chunks:
        assert len(c.text) <= 120 or any(len(ln) > 80 for ln in c.text.split("\n"))
