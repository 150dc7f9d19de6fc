"""Decisive-sentence selection in the offline composer."""

from __future__ import annotations

from assistant.answer.compose import LIST_BUDGET, QUOTE_BUDGET, decisive_sentences
from assistant.index.sparse import tokenize
from assistant.types import Chunk

ITEMS = [f"{chr(97 + i)}) 第{i + 1}项变化：修改了评价指标体系中第{i + 1}部分的相关要求和计算方法；" for i in range(9)]
LIST_CHUNK = Chunk(id="x", key="D§前言", doc_id="D", source_id="D", clause="前言",
                   text="前言\n与 2018 版相比主要变化如下：\n" + "\n".join(ITEMS), index_text="")


def _idf(token: str) -> float:
    return 1.0


def test_short_budget_picks_the_sentences_that_carry_the_query() -> None:
    picked, best = decisive_sentences(LIST_CHUNK, set(tokenize("第3项变化")), _idf)
    assert sum(len(s) for s in picked) <= QUOTE_BUDGET + len(ITEMS[0])
    assert len(picked) < len(ITEMS)
    assert "第3项" in best


def test_list_budget_quotes_the_whole_list_in_order() -> None:
    assert sum(len(s) for s in ITEMS) <= LIST_BUDGET
    picked, _ = decisive_sentences(LIST_CHUNK, set(tokenize("有哪些变化")), _idf, budget=LIST_BUDGET)
    assert len(picked) == 1, "adjacent sentences are merged into one verbatim quote"
    joined = "\n".join(picked)
    assert all(item.rstrip("；") in joined for item in ITEMS)
    assert [joined.index(f"第{i}项") for i in range(1, 10)] == sorted(joined.index(f"第{i}项") for i in range(1, 10))
    for s in picked:
        assert s in LIST_CHUNK.text, "every quote is verbatim"


def test_query_analysis_flags_list_questions() -> None:
    from assistant.retrieve.query import QueryAnalyzer

    analyzer = QueryAnalyzer([])
    assert analyzer.analyze("2025版和2018版相比有哪些变化？").list_intent
    assert analyzer.analyze("Which functions does the platform need?").list_intent
    assert not analyzer.analyze("工业用水重复利用率怎么计算？").list_intent
