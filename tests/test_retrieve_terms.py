"""Defined terms: the glossary's 定义条款 lines point a question that names a term at its clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_docs

from assistant.api import Assistant
from assistant.ingest import to_index_form
from assistant.retrieve.refs import RefResolver
from assistant.retrieve.terms import TermIndex, defining_keys
from assistant.settings import Settings
from assistant.types import Chunk


def _chunk(doc_id: str, clause: str, title: str = "", text: str = "正文") -> Chunk:
    return Chunk(id=f"{doc_id}|{clause}", key=f"{doc_id}§{clause}", doc_id=doc_id, source_id=doc_id,
                 clause=clause, title=title, clause_path=f"{clause} {title}", text=text,
                 index_text=to_index_form(text))


def _entry(clause: str, head: str, refs: str, text: str = "") -> Chunk:
    return _chunk("术语表", clause, title=head, text=f"{clause} {head}\n定义条款：{refs}\n释义：{text}")


@pytest.fixture
def refs() -> RefResolver:
    clauses = {"GB/T 36132-2025": ["3", "4.1", "4.4", "5.2", "B.1", "B.26", "附录B", "表C.1"],
               "GB/T 36132-2018": ["3", "10.1"], "GB/T 2589-2020": ["3.7"]}
    return RefResolver([_chunk(d, c) for d, cs in clauses.items() for c in cs])


@pytest.mark.parametrize(("line", "keys"), [
    ("GB/T 36132-2025 4.1、5.2。", ["GB/T 36132-2025§4.1", "GB/T 36132-2025§5.2"]),
    ("GB/T 36132-2025 B.1；GB/T 2589-2020。", ["GB/T 36132-2025§B.1"]),  # a document alone names no clause
    ("GB/T 36132-2025 表C.1 第 4 项。", ["GB/T 36132-2025§表C.1"]),  # 第 4 项 is a row, not chapter 4
    ("GB/T 36132-2018 第 3 章（2025 版已删除该术语）。", ["GB/T 36132-2018§3"]),
    ("GB/T 36132-2025 附录B。", ["GB/T 36132-2025§附录B"]),
    ("GB/T 36132-2025 B.26；GB/T 36132-2018 10.1（建筑密度）。",
     ["GB/T 36132-2025§B.26", "GB/T 36132-2018§10.1"]),
    ("GB/T 36132-2025 9.9。", []),  # no such clause indexed
    ("工信厅节函〔2016〕586号等政策文件。", []),  # a document that is not indexed
])
def test_defining_clause_lines_resolve_to_existing_keys(refs: RefResolver, line: str, keys: list[str]) -> None:
    assert defining_keys(line, refs) == keys


def test_terms_are_matched_longest_first_and_ubiquitous_ones_dropped(refs: RefResolver) -> None:
    chunks = [
        _entry("2.1", "绿色工厂（green factory）", "GB/T 36132-2025 3。"),
        _entry("2.23", "综合能耗（comprehensive energy consumption）", "GB/T 2589-2020 3.7。"),
        _entry("2.24", "单位产品综合能耗（energy consumption per unit product）", "GB/T 36132-2025 B.1。"),
        _entry("2.33", "建筑系数（building coefficient）；建筑密度（building density）", "GB/T 36132-2025 B.26。"),
        _entry("2.35", "当量值（calorific equivalent）", "GB/T 2589-2020（综合能耗计算通则）。"),
        *[_chunk("指南", str(i), text="绿色工厂要如何如何") for i in range(12)],
    ]
    terms = TermIndex(chunks, refs, max_share=0.4)
    assert "绿色工厂" not in terms.homes  # in 13 of 17 clauses: says nothing about where to look
    assert "当量值" not in terms.homes  # its line names a document but no clause
    assert terms.homes["建筑密度"] == terms.homes["建筑系数"] == ["GB/T 36132-2025§B.26"]
    # 综合能耗 inside 单位产品综合能耗 does not count; a term in an added word (typo fix) does
    assert terms.homes_in(to_index_form("绿色工厂单位产品综合能耗公式")) == {"单位产品综合能耗": ["GB/T 36132-2025§B.1"]}
    assert list(terms.homes_in("单位产品综合能好", ["综合能耗"])) == ["综合能耗"]


_FILES = {
    "std.md": "# GB/T 36132-2025 绿色工厂评价通则\n\n## 附录B 计算方法\n\n### B.8 单位产品取水量\n\n"
              "单位产品取水量按 Vui = Vi / Q 计算，Vi 为评价年取水量。\n\n"
              "### B.3 单位产品碳排放量\n\n按核算边界计算。\n\n## 4 要求\n\n### 4.3.1 能源低碳化\n\n碳排放强度逐年下降。\n",
    "guide.md": "# 报告指南\n\n## 3 数据口径\n\n### 3.1 取水量统计口径\n\n"
                "取水量统计口径：取水量的统计口径按台账填写，取水量统计口径应前后一致。\n\n"
                "### 3.2 碳排放强度统计口径\n\n碳排放强度统计口径：碳排放强度的统计口径按核算报告，碳排放强度统计口径一致。\n",
    "glossary.md": "# 术语表\n\n## 2 术语\n\n### 2.28 取水量（water withdrawal）\n\n定义条款：GB/T 36132-2025 B.8。\n\n"
                   "释义：从各种水源取得的水量。\n\n### 2.26 碳排放强度（carbon emission intensity）\n\n"
                   "定义条款：GB/T 36132-2025 4.3.1、B.3。\n\n释义：单位产品的碳排放量。\n",
}
_MANIFEST = """version: 1
documents:
  - {file: std.md, doc_id: GB/T 36132-2025, title: 绿色工厂评价通则, kind: digest, edition_year: 2025, status: current, source: 测试}
  - {file: guide.md, doc_id: 报告指南, title: 报告指南, kind: guide, status: current, source: 测试}
  - {file: glossary.md, doc_id: 术语表, title: 术语表, kind: guide, status: current, source: 测试}
"""


def _assistant(tmp_path: Path, **overrides: float) -> Assistant:
    docs = write_docs(tmp_path / "docs", _FILES, _MANIFEST)
    # a tiny corpus: every term is in a large share of its clauses
    settings = Settings(home=tmp_path / f"home{len(overrides)}", embedder="hash",
                        retrieval={"term_max_share": 1.0, **overrides})
    helper = Assistant(settings)
    report = helper.ingest([docs])
    assert not report.errors
    return helper


def test_named_term_ranks_its_single_defining_clause_first(tmp_path: Path) -> None:
    question = "取水量统计口径是什么"
    # coverage off in both: the guide's 3.1 repeats every word of the question (a fair answer too);
    # this test is about the term's own signal
    without = _assistant(tmp_path, term_weight=0.0, coverage_weight=0.0).search(question, k=3)
    assert without[0].chunk.key == "报告指南§3.1"  # BM25 and the embedding prefer the guide's wording
    hits = _assistant(tmp_path, coverage_weight=0.0).search(question, k=3)
    assert hits[0].chunk.key == "GB/T 36132-2025§B.8"
    assert _assistant(tmp_path).search_result(question).query.term_keys == {"取水量": ["GB/T 36132-2025§B.8"]}


def test_term_defined_in_several_clauses_points_nowhere(tmp_path: Path) -> None:
    question = "碳排放强度统计口径是什么"
    plain = _assistant(tmp_path, term_weight=0.0).search(question, k=3)
    hits = _assistant(tmp_path).search(question, k=3)
    assert [h.chunk.key for h in hits] == [h.chunk.key for h in plain]
