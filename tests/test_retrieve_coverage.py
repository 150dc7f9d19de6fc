"""Coverage in ranking: the clause that states all of the question's words, a parent that states
more than its child, question words set apart before segmenting, a document named by its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_docs

from assistant.api import Assistant
from assistant.ingest import to_index_form
from assistant.retrieve.coverage import Coverage, own_text
from assistant.retrieve.merge import deepest_first
from assistant.retrieve.query import QueryAnalyzer
from assistant.settings import Settings
from assistant.types import Chunk, Hit


def _chunk(key: str, path: str, text: str) -> Chunk:
    doc, clause = key.split("§")
    return Chunk(id=key, key=key, doc_id=doc, source_id=doc, clause=clause, title=path.split(" > ")[-1],
                 clause_path=path, text=text, index_text=to_index_form(text))


def test_own_text_leaves_out_the_headings_of_sub_clauses() -> None:
    digest_parent = _chunk("D§7", "7 计算方法", "7 计算方法\n7.1 综合能耗的计算式\n7.2 单位产品综合能耗的计算式")
    assert own_text(digest_parent) == "7 计算方法"
    notice = _chunk("N§三", "三、工作要求", "三、工作要求\n（一）组织推荐\n各地按程序推荐，不得突击申报。")
    assert own_text(notice) == "三、工作要求\n各地按程序推荐，不得突击申报。"
    child = _chunk("D§7.1", "7 计算方法 > 7.1 综合能耗的计算式", "7.1 综合能耗的计算式\n综合能耗 E = Σ（eᵢ × pᵢ）。")
    assert own_text(child).startswith("7 计算方法 > 7.1")  # a child shares its parent's heading words


def test_parent_that_states_more_of_the_question_keeps_its_place() -> None:
    parent = Hit(chunk=_chunk("G§2", "2 创建步骤", "2 创建步骤\n创建工作一般分为现状诊断、方案编制和实施改造三个阶段。"),
                 score=0.2)
    child = Hit(chunk=_chunk("G§2.1", "2 创建步骤 > 2.1 现状诊断", "2.1 现状诊断\n逐项对照指标收集近三年数据。"),
                score=0.3)
    other = Hit(chunk=_chunk("H§1", "1 范围", "1 范围"), score=0.25)
    # without a coverage judgement the child moves above its parent (a digest's parent is headings)
    assert [h.chunk.key for h in deepest_first([parent, other, child])] == ["G§2.1", "G§2", "H§1"]
    says_more = {"G§2": 1.0, "G§2.1": 0.4, "H§1": 0.0}
    ranked = deepest_first([parent, other, child], cover=lambda c: says_more[c.key])
    assert [h.chunk.key for h in ranked] == ["G§2", "G§2.1", "H§1"]  # the child right below its parent
    equal = deepest_first([parent, other, child], cover=lambda c: 0.5)
    assert equal[0].chunk.key == "G§2.1"


def test_question_words_do_not_glue_to_the_term() -> None:
    chunks = [_chunk("S§3.1", "3 术语 > 3.1 低碳排放钢", "3.1 低碳排放钢\n单位产品碳排放强度达到规定等级的钢产品。")]
    analyzer = QueryAnalyzer(chunks)
    for question in ("啥叫低碳排放钢？", "什么叫低碳排放钢", "低碳排放钢是什么"):
        tokens = analyzer.analyze(question).tokens
        assert {"低碳", "排放", "钢"} <= set(tokens), (question, tokens)


_FILES = {
    "std.md": "# 产品评价方法\n\n## 2 规范性引用文件\n\n下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。\n\n"
              "GB/T 24067 温室气体 产品碳足迹\n\n## 3 术语\n\n### 3.1 产品\n\n本文件所称产品为钢产品。\n\n"
              "## 4 核算\n\n### 4.1 多产品分摊\n\n一个工厂生产多种产品时，综合能耗按产量比例分摊到各产品。\n\n"
              "### 4.2 产量\n\n产品产量按合格品统计，单位为吨。\n",
    "guide.md": "# 创建指南\n\n## 1 能耗\n\n### 1.1 统计\n\n工厂的综合能耗按月统计，综合能耗数据由能源部门报送。\n\n"
                "### 1.2 产品\n\n产品目录每年更新一次。\n",
}
_MANIFEST = """version: 1
documents:
  - {file: std.md, doc_id: 钢评价, title: 低碳排放钢评价方法, kind: guide, status: current, source: 测试}
  - {file: guide.md, doc_id: 创建指南, title: 绿色工厂创建实施指南, kind: guide, status: current, source: 测试}
"""


def _helper(tmp_path: Path, **overrides: float) -> Assistant:
    docs = write_docs(tmp_path / "docs", _FILES, _MANIFEST)
    helper = Assistant(Settings(home=tmp_path / f"home{sorted(overrides.items())}", embedder="hash", retrieval=overrides))
    assert not helper.ingest([docs]).errors
    return helper


def test_coverage_bonus_is_added_to_the_best_candidates(tmp_path: Path) -> None:
    question = "一个工厂生产多种产品，综合能耗怎么分摊到各产品"
    helper = _helper(tmp_path)
    with_cover = helper.search_result(question, k=10)
    without = _helper(tmp_path, coverage_weight=0.0).search_result(question, k=10)
    assert with_cover.hits[0].chunk.key == "钢评价§4.1"
    # the bonus reorders candidates, never adds or removes one
    assert sorted(h.chunk.key for h in without.hits) == sorted(h.chunk.key for h in with_cover.hits)
    s, sparse = helper.settings.retrieval, helper.index.sparse
    cover = Coverage(with_cover.query.tokens, sparse).indexed
    before = {h.chunk.key: h.score for h in without.hits}
    for h in with_cover.hits[:3]:
        bonus = s.coverage_weight / (s.rrf_k + 1) * cover(h.chunk)
        assert h.score == pytest.approx(before[h.chunk.key] + bonus)
    assert cover(with_cover.hits[0].chunk) == 1.0  # 4.1 states every content word of the question
    assert cover(sparse.by_key("创建指南§1.2")[0]) < 0.5


def test_document_named_by_title_with_a_short_question_left(tmp_path: Path) -> None:
    helper = _helper(tmp_path)
    result = helper.search_result("低碳排放钢评价方法引用了哪些标准？", k=3)
    assert result.query.named_docs == ["钢评价"]
    assert "低碳排放钢评价方法" not in result.query.search_text  # the title names the document only
    assert result.hits[0].chunk.key == "钢评价§2"
