"""Query analysis: clause references, named editions, synonyms, homophone typos, English questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.ingest import to_index_form
from assistant.retrieve.merge import deepest_first as _deepest_first
from assistant.retrieve.query import QueryAnalyzer, load_synonyms
from assistant.retrieve.refs import RefResolver
from assistant.retrieve.typos import TypoCorrector
from assistant.types import Chunk, Hit

_DOCS = {  # doc id -> (edition year, status, clauses)
    "GB/T 36132-2025": (2025, "current", ["前言", "1", "4", "4.2", "4.4", "6", "附录B", "B.21", "表C.1"]),
    "GB/T 36132-2018": (2018, "superseded", ["4", "4.1", "6", "6.1", "10"]),
    "GB/T 2589-2020": (2020, "current", ["1", "表A.1"]),
    "指南": (None, "current", ["表1"]),
}


def _chunk(doc_id: str, clause: str, title: str = "", path: str = "", text: str = "正文") -> Chunk:
    year, status, _ = _DOCS.get(doc_id, (None, "current", []))
    return Chunk(id=f"{doc_id}|{clause}", key=f"{doc_id}§{clause}", doc_id=doc_id, source_id=doc_id,
                 clause=clause, title=title, clause_path=path or f"{clause} {title}", text=text,
                 index_text=to_index_form(text), edition_year=year, status=status)  # type: ignore[arg-type]


@pytest.fixture
def chunks() -> list[Chunk]:
    return [_chunk(d, c) for d, (_, _, clauses) in _DOCS.items() for c in clauses]


@pytest.mark.parametrize(("question", "keys"), [
    ("2018版第6章管理体系在2025版对应哪里", ["GB/T 36132-2018§6"]),
    ("老版第十章绩效那部分到新版对应哪一章", ["GB/T 36132-2018§10"]),
    ("2018版里4.1那条总则新版还有吗？", ["GB/T 36132-2018§4.1"]),
    ("附录B的B.21公式是不是印错了？", ["GB/T 36132-2025§附录B", "GB/T 36132-2025§B.21"]),
    ("表C.1里的权重必须照着用吗", ["GB/T 36132-2025§表C.1"]),
    ("GB/T 36132-2025 4.2条怎么理解", ["GB/T 36132-2025§4.2"]),
    ("新版第6章讲什么", ["GB/T 36132-2025§6"]),
])
def test_clause_references_resolve_to_existing_keys(chunks: list[Chunk], question: str, keys: list[str]) -> None:
    assert RefResolver(chunks).clause_keys(to_index_form(question)) == keys


@pytest.mark.parametrize("question", [
    "新水折标煤系数是0.0857还是0.2571？",  # numbers, not clauses
    "第9章讲什么",  # no document has a chapter 9
    "单位产品能耗降低1.5倍怎么算",  # a decimal without 条/第 is a quantity
])
def test_numbers_that_are_not_clause_references(chunks: list[Chunk], question: str) -> None:
    assert RefResolver(chunks).clause_keys(to_index_form(question)) == []


def test_named_editions_and_document_numbers(chunks: list[Chunk]) -> None:
    refs = RefResolver(chunks)
    assert refs.named_docs(to_index_form("2018年版绿色工厂定义")) == {"GB/T 36132-2018"}
    assert refs.named_docs(to_index_form("老版和新版有什么区别")) == {"GB/T 36132-2018", "GB/T 36132-2025"}
    assert refs.named_docs(to_index_form("GB/T 2589-2020 的范围")) == {"GB/T 2589-2020"}
    # the number of an indexed document is taken out of the text that is searched; others stay
    assert "36132" not in refs.without_doc_ids(to_index_form("GB/T 36132-2025的适用范围是什么"))
    assert "32150" in refs.without_doc_ids(to_index_form("GB/T 32150 的核算边界"))
    assert refs.without_doc_ids(to_index_form("GB/T 36132-2025")) == to_index_form("GB/T 36132-2025")


def test_synonyms_expand_everyday_words_but_not_inside_document_words(chunks: list[Chunk]) -> None:
    analyzer = QueryAnalyzer(chunks)
    q = analyzer.analyze("这个标准是哪个标委会归口的")
    assert "委员会" in q.tokens and "标准化" in q.tokens
    assert analyzer.synonyms_of(to_index_form("自评价报告写什么")) == []  # 自评 inside 自评价
    assert analyzer.synonyms_of(to_index_form("自评报告写什么")) != []


def test_malformed_synonym_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "synonyms.txt"
    bad.write_text("# ok\n标委会 => 技术委员会\n只有左边\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"synonyms.txt:3"):
        load_synonyms(bad)


def test_homophone_typos_are_corrected_to_corpus_words() -> None:
    vocab = {"引领值": 5, "基准值": 6, "柴油": 3, "综合能耗": 9, "综合": 12, "能耗": 10, "标准": 20, "系数": 8}
    typos = TypoCorrector(vocab)
    seg = [("基准值", 0, 3), ("和", 3, 4), ("引", 4, 5), ("令", 5, 6), ("值", 6, 7)]
    assert typos.corrections("基准值和引令值", seg) == [("引令值", "引领值")]
    assert typos.corrections("柴由折标煤系数", [("柴", 0, 1), ("由", 1, 2), ("折标煤", 2, 5), ("系数", 5, 7)]) \
        == [("柴由", "柴油")]
    # words the corpus knows are typed right; two characters with a function word are grammar
    assert typos.corrections("基准值", [("基准值", 0, 3)]) == []
    assert TypoCorrector({"计分": 4}).corrections("几分", [("几", 0, 1), ("分", 1, 2)]) == []


def test_english_question_searches_the_chinese_terms_it_names(chunks: list[Chunk]) -> None:
    terms = [_chunk("术语", "2.1", title="引领值（leading value）"), *chunks]
    q = QueryAnalyzer(terms).analyze("What does leading value mean?")
    assert "引领值" in q.tokens and "leading" not in q.tokens
    assert "引领值" in q.search_text
    # poorly covered English keeps its own words
    q = QueryAnalyzer(terms).analyze("Who checks whether the self-declared information is true?")
    assert "checks" in q.tokens or "check" in q.tokens


def _hit(key: str, path: str, score: float) -> Hit:
    doc, clause = key.split("§")
    return Hit(chunk=_chunk(doc, clause, path=path), score=score)


def test_cited_parent_keeps_its_place_above_descendants() -> None:
    parent = _hit("GB/T 36132-2018§10", "10 绩效", 0.3)
    child = _hit("GB/T 36132-2018§10.2", "10 绩效 > 10.2 原料无害化", 0.2)
    assert _deepest_first([parent, child])[0].chunk.key == "GB/T 36132-2018§10.2"
    kept = _deepest_first([parent, child], keep=frozenset({"GB/T 36132-2018§10"}))
    assert kept[0].chunk.key == "GB/T 36132-2018§10"


def test_named_edition_and_cited_clause_rank_first(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    hits = helper.search("2018版第6章在新版对应哪里", k=5)
    assert hits[0].chunk.key == "GB/T 36132-2018§6"


def test_question_naming_what_no_top_clause_mentions_is_refused(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    result = helper.search_result("GB 16780 水泥 工业用水重复利用率怎么计算")
    assert result.missing == ["gb 16780"] and not result.answerable
    ans = helper.ask("GB 16780 水泥 工业用水重复利用率怎么计算")
    assert not ans.grounded and "“GB 16780”" in ans.answer and ans.citations == []
    # the same question without the foreign standard is answered
    assert helper.search_result("工业用水重复利用率怎么计算").answerable


def test_specifics_are_figures_acronyms_and_standard_numbers(chunks: list[Chunk]) -> None:
    q = QueryAnalyzer(chunks).analyze("2022年的电网因子用0.5366还是ISO 14064-3？层高8 m")
    assert q.specifics == ["2022", "0.5366", "iso 14064-3"]


def test_superseded_edition_is_searched_when_named_or_changes_are_asked(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    for question in ("老版的基本要求有哪些", "GB/T 36132-2018 基本要求", "2018版基本要求", "基本要求两版有什么区别"):
        assert helper.search_result(question).searched_superseded, question
    for question in ("新版的基本要求有哪些", "GB/T 36132-2025 基本要求"):
        assert not helper.search_result(question).searched_superseded, question
