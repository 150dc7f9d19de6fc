"""The subject checks of retrieve/subject.py on a guide written for them (tests/refusal_fixture.py):
each near-miss question is refused naming what is missing, and its answerable neighbour is answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from refusal_fixture import ANSWER, ASK_ANSWER, ASK_REFUSE, REFUSE

from assistant.api import Assistant
from assistant.index.sparse import tokenize
from assistant.ingest import to_index_form
from assistant.retrieve.query import Query
from assistant.retrieve.subject import _listed, industries, uncomputed
from assistant.types import Chunk, Hit


@pytest.mark.parametrize(("question", "named"), REFUSE)
def test_near_miss_is_refused_naming_the_subject(refusal_assistant: Assistant, question: str, named: str) -> None:
    result = refusal_assistant.search_result(question)
    answer = refusal_assistant.ask(question)
    assert not result.answerable and not answer.grounded and not answer.citations
    if named:
        assert named in result.missing + result.deferred
        assert f"“{named}”" in answer.answer
    else:
        assert result.out_of_domain and "不在已收录" in answer.answer


@pytest.mark.parametrize(("question", "key"), ANSWER)
def test_answerable_neighbour_is_answered(refusal_assistant: Assistant, question: str, key: str) -> None:
    answer = refusal_assistant.ask(question)
    assert answer.grounded and key in [c.key for c in answer.citations]


def test_deferral_names_the_word_and_says_why(refusal_assistant: Assistant) -> None:
    result = refusal_assistant.search_result("华北区域电网覆盖哪几个省份？")
    assert result.deferred == ["省份"] and not result.missing
    assert "以原文或相应通知为准" in refusal_assistant.ask("华北区域电网覆盖哪几个省份？").answer


def test_refusal_focus_off_answers_the_near_misses(tmp_path: Path, refusal_assistant: Assistant) -> None:
    off = Assistant(refusal_assistant.settings.model_copy(update={
        "retrieval": refusal_assistant.settings.retrieval.model_copy(update={"refusal_focus": False})}))
    result = off.search_result("华北区域电网覆盖哪几个省份？")
    assert not result.deferred and not result.out_of_domain


def _query(text: str) -> Query:
    norm = to_index_form(text)
    return Query(text=text, norm=norm, tokens=tokenize(norm))


@pytest.mark.parametrize(("text", "names"), [
    ("钢铁行业的引领值是多少", ["钢铁"]),
    ("绿色工厂评价要求 铜冶炼 单位产品综合能耗", ["铜冶炼单位产品综"]),  # matched by its prefixes
    ("重点行业包括哪些", []),
    ("得分表在行业标准指标表之外还要加哪几栏", []),  # jieba's 表在 is no industry
    ("我们行业的评价方案怎么写", []),
])
def test_industries_named(text: str, names: list[str]) -> None:
    assert industries(_query(text)) == names


@pytest.mark.parametrize(("name", "sentence", "listed"), [
    ("钢铁", "重点行业包括:钢铁、有色金属、化工", True),
    ("钢铁", "如发电、钢铁、水泥等行业的核算方法", True),
    ("铜冶炼", "名称按行业确定,例如铜冶炼,对应名称即《绿色工厂评价要求 铜冶炼》", True),
    ("钢铁", "为引导钢铁行业降低碳排放、规范评价,制定本文件", False),
    ("钢铁", "钢铁、水泥行业另有规定,钢铁行业的引领值见表2", False),
])
def test_listed_mentions(name: str, sentence: str, listed: bool) -> None:
    assert _listed(name, sentence) is listed


@pytest.mark.parametrize(("question", "named"), ASK_REFUSE)
def test_asked_for_thing_the_clause_defers_is_refused(refusal_assistant: Assistant, question: str,
                                                      named: str) -> None:
    result = refusal_assistant.search_result(question)
    answer = refusal_assistant.ask(question)
    assert not result.answerable and result.deferred == [named]
    assert not answer.grounded and f"“{named}”" in answer.answer


@pytest.mark.parametrize(("question", "key"), ASK_ANSWER)
def test_what_the_deferring_clause_does_say_is_answered(refusal_assistant: Assistant, question: str,
                                                        key: str) -> None:
    result = refusal_assistant.search_result(question)
    answer = refusal_assistant.ask(question)
    assert result.answerable and not result.deferred
    assert answer.grounded and key in [c.key for c in answer.citations]


def _hit(key: str, text: str) -> Hit:
    doc, clause = key.split("§")
    return Hit(chunk=Chunk(id=key, key=key, doc_id=doc, source_id=doc, clause=clause, text=text,
                           index_text=to_index_form(text)), score=0.1)


def test_a_calculation_no_best_clause_gives_is_refused() -> None:
    park = _hit("园区§3.3", "绿色园区能源利用类的指标有能源产出率、清洁能源使用率。")
    factory = _hit("通则§B.8", "单位产品取水量按 Vu = V / Q 计算。")
    asked = _query("绿色园区能源产出率的计算公式是什么？")
    assert uncomputed(asked, [park, factory]) == ["绿色园区的计算公式"]
    stated = _hit("园区§3.4", "绿色园区能源产出率 = 园区工业增加值 / 园区综合能源消费量。")
    assert uncomputed(asked, [park, stated]) == []
    assert uncomputed(_query("绿色园区能源利用类有哪些指标？"), [park, factory]) == []  # no calculation asked


def test_a_value_of_something_the_guide_never_names_is_refused(refusal_assistant: Assistant) -> None:
    result = refusal_assistant.search_result("煤矸石的排放因子是多少？")
    assert not result.answerable and "煤矸石" in result.missing
    assert "“煤矸石”" in refusal_assistant.ask("煤矸石的排放因子是多少？").answer
    known = refusal_assistant.search_result("取水量的范围包括哪些？")  # a subject the guide names
    assert known.answerable and not known.missing
    for asker in ("我们这边的全国电网因子是多少？", "去年的全国电网因子是多少？"):  # the asker's context
        assert refusal_assistant.search_result(asker).answerable
