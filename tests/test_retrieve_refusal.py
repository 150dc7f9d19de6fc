"""Refusal rules: function words, asked-for attributes, citations of what is not indexed, English numbers."""

from __future__ import annotations

from pathlib import Path

from assistant.api import Assistant
from assistant.retrieve.hybrid import Retriever


def test_function_words_do_not_count_as_absent(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    q = helper.retriever.analyzer.analyze("取水量这次到底看啥东西？")
    assert helper.retriever.absent_share(q) > 0
    content = [t for t in q.tokens if t not in {"这次", "到底", "看", "啥", "东西"}]
    assert helper.retriever.absent_share(q, tokens=content) == 0
    assert helper.ask("取水量这次到底看啥东西？").grounded
    helper.settings.retrieval.refusal_ignores_function_words = False
    helper._retriever = Retriever(helper.index, helper.settings)
    assert not helper.ask("取水量这次到底看啥东西？").grounded


def test_asked_for_attribute_absent_from_best_clauses_is_refused(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    ans = helper.ask("单位产品取水量的评审费要交多少钱？")
    assert not ans.grounded
    assert "“评审费”" in ans.answer and "“多少钱”" in ans.answer


def test_citation_of_a_clause_that_does_not_exist_is_refused(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    ans = helper.ask("GB/T 36132-2025 B.40 单位产品取水量是什么")
    assert not ans.grounded
    assert "已收录的文件中没有" in ans.answer and "B.40" in ans.answer
    assert helper.search_result("第十五条 取水量").not_indexed == ["第十五条"]
    assert helper.search_result("B.8 单位产品取水量").not_indexed == []


def test_edition_that_is_not_indexed_is_named(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    ans = helper.ask("GB/T 36132-2021 单位产品取水量怎么算")
    assert not ans.grounded
    assert "GB/T 36132-2021" in ans.answer
    assert helper.search_result("GB/T 36132-2018 管理体系").not_indexed == []


def test_english_question_naming_an_unknown_standard_is_refused(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    result = helper.search_result("Does ISO 14067 count fire-fighting water in water withdrawal?")
    assert result.missing == ["iso 14067"] and not result.answerable


GRID = """---
doc_id: 电网因子要点
title: 电网排放因子要点
kind: guide
---
# 电网排放因子要点

## 1 全国电网平均排放因子

### 1.1 2021 年度全国电网平均排放因子
生态环境部公告 2024 年第 12 号公布的 2021 年度全国电网平均排放因子为 0.5568 tCO₂/MWh。

### 1.2 2022 年度全国电网平均排放因子
生态环境部公告 2024 年第 33 号公布的 2022 年度全国电网平均排放因子为 0.5366 tCO₂/MWh。

表1 区域电网平均排放因子

| 年度 | 区域 | 因子（tCO₂/MWh） |
|---|---|---|
| 2023 | 华东 | 0.5856 |
"""


def test_a_reporting_year_the_clauses_do_not_state_is_refused(helper: Assistant, tmp_path: Path) -> None:
    doc = tmp_path / "grid" / "grid.md"
    doc.parent.mkdir()
    doc.write_text(GRID, encoding="utf-8")
    helper.ingest([doc.parent])
    # 2024 is in the clauses only as the year an announcement was numbered, not as a data year
    ans = helper.ask("2024年度全国电网平均排放因子是多少？")
    assert not ans.grounded and "“2024年度”" in ans.answer
    assert helper.search_result("2022年度全国电网平均排放因子是多少？").answerable
    assert helper.search_result("2023 年度华东区域电网排放因子").answerable  # a table row of that year


def test_a_list_batch_no_clause_names_is_refused(helper: Assistant, tmp_path: Path) -> None:
    doc = tmp_path / "lists" / "lists.md"
    doc.parent.mkdir()
    doc.write_text("""---
doc_id: 名单要点
title: 绿色工厂名单要点
kind: guide
---
# 绿色工厂名单要点

## 1 国家级绿色工厂名单
工业和信息化部分批发布国家级绿色工厂名单，第一批名单于 2017 年发布。
""", encoding="utf-8")
    helper.ingest([doc.parent])
    ans = helper.ask("第七批国家级绿色工厂名单是哪一年发布的？")
    assert not ans.grounded and "“第七批”" in ans.answer
    assert helper.search_result("第一批国家级绿色工厂名单是哪一年发布的？").answerable
