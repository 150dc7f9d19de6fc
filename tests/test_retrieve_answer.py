"""Retrieval filters, edition handling, official/digest merging and the offline answer composer."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.answer.citations import validate_citations
from assistant.api import Assistant
from assistant.types import Answer, Citation


def test_superseded_only_when_asked_and_labelled(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    plain = helper.search("质量管理体系", k=5)
    assert plain and all(h.chunk.status == "current" for h in plain)
    asked = helper.search("2018版 管理体系 第三方认证", k=5)
    assert asked[0].chunk.key == "GB/T 36132-2018§6.1"
    flagged = helper.search("管理体系 第三方认证", k=5, include_superseded=True)
    assert "GB/T 36132-2018§6.1" in [h.chunk.key for h in flagged]


def test_superseded_fallback_when_nothing_current_answers(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    result = helper.search_result("工厂应依法设立")
    assert result.searched_superseded
    assert result.hits[0].chunk.key == "GB/T 36132-2018§4.1"


def test_answer_from_superseded_edition_names_successor_and_clause(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    ans = helper.ask("2018版对管理体系第三方认证有什么要求？")
    assert ans.grounded
    assert ans.superseded == ["GB/T 36132-2018"]
    assert ans.citations[0].key == "GB/T 36132-2018§6.1"
    assert "已废止" in ans.answer and "GB/T 36132-2025" in ans.answer and "4.2" in ans.answer
    assert "置信度：中" in ans.answer


def test_grounded_answer_quotes_and_cites_the_clause(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    ans = helper.ask("取水量包括消防用水吗？")
    assert ans.grounded
    assert ans.citations[0].key == "GB/T 36132-2025§B.8"
    assert "消防" in ans.citations[0].quote
    assert "[GB/T 36132-2025 §B.8]" in ans.answer
    chunk_text = next(c.text for c in helper.chunks() if c.key == "GB/T 36132-2025§B.8")
    assert ans.citations[0].quote in chunk_text


def test_out_of_scope_question_is_refused(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    for q in ("今天北京天气怎么样？", "红烧肉怎么做好吃", "How do I bake bread?"):
        ans = helper.ask(q)
        assert not ans.grounded, q
        assert ans.citations == []
        assert "未能在已收录的文件中找到" in ans.answer


def test_official_text_is_quoted_and_digest_is_fallback(helper: Assistant, core_docs: Path, tmp_path: Path) -> None:
    helper.ingest([core_docs])
    before = helper.search("工业用水重复利用率 计算")[0]
    assert before.chunk.key == "GB/T 36132-2025§B.10" and before.chunk.kind == "digest"
    official = tmp_path / "official"
    official.mkdir()
    shutil.copy(tmp_path / "std-2025-official.md", official / "official.md")
    report = helper.ingest([official])
    assert report.ok, report.errors
    hits = helper.search("工业用水重复利用率 计算", k=5)
    keys = [h.chunk.key for h in hits]
    assert keys.count("GB/T 36132-2025§B.10") == 1
    top = hits[keys.index("GB/T 36132-2025§B.10")]
    assert top.chunk.kind == "standard"
    assert any(f.kind == "digest" for f in top.fallback)
    ans = helper.ask("工业用水重复利用率怎么计算？")
    assert "式（B.10）" in ans.answer or "立方米" in ans.answer


def test_filters_by_doc_and_kind(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    hits = helper.search("抽查", k=5, doc_id="测试政策要点")
    assert hits and {h.chunk.doc_id for h in hits} == {"测试政策要点"}
    assert helper.search("抽查", k=5, kind="standard") == []


def test_traditional_query_finds_simplified_text(helper: Assistant, core_docs: Path) -> None:
    helper.ingest([core_docs])
    hits = helper.search("工業用水重複利用率", k=3)
    assert hits[0].chunk.key == "GB/T 36132-2025§B.10"


def test_unknown_citation_keys_are_rejected() -> None:
    from assistant.types import Chunk

    chunk = Chunk(id="x", key="D§1", doc_id="D", source_id="D", clause="1", text="1 标题\n正文内容。", index_text="正文内容")
    answer = Answer(answer="见 [D §1] 和 [E §9]。", grounded=True, citations=[
        Citation(key="D§1", doc_id="D", clause="1", quote="正文内容。"),
        Citation(key="E§9", doc_id="E", clause="9", quote="编造"),
        Citation(key="D§1", doc_id="D", clause="1", quote="不在文中"),
    ])
    checked = validate_citations(answer, [chunk])
    assert [c.key for c in checked.citations] == ["D§1"]
    assert "[E §9]" not in checked.answer and "[D §1]" in checked.answer
    assert checked.grounded
    none_left = validate_citations(answer.model_copy(update={"citations": answer.citations[1:2]}), [chunk])
    assert not none_left.grounded
