"""The one-line direct answer to an inclusion question (answer/direct.py), and its place in the
composed answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.direct import direct_answer, inclusion_question
from assistant.api import Assistant
from assistant.settings import Settings
from assistant.types import Chunk

B8 = ("B.8 单位产品取水量\n取水量 V 的范围：包括主要生产系统、辅助生产系统和附属生产系统的取水；"
      "不包括基建和改造工程用水、消防用水，以及对外供水。")
B5 = ("B.5 可再生能源利用率\n可再生电力可计入的来源：自发自用的可再生电力；通过市场化交易购买的可再生电力（绿电）；"
      "单独购买的绿色电力证书（绿证，GEC）。同一份可再生电量只能按一种途径计入一次。")


def chunk(text: str, clause: str = "B.8") -> Chunk:
    return Chunk(id=f"x-{clause}", key=f"GB/T 36132-2025§{clause}", doc_id="GB/T 36132-2025", source_id="s",
                 doc_title="绿色工厂评价通则", clause=clause, title=text.split("\n")[0], text=text, index_text=text,
                 clause_path=clause)


@pytest.mark.parametrize(("question", "expected"), [
    ("取水量包括消防用水吗？", ("取水量", "包括", "消防用水")),
    ("取水量是否包括对外供水", ("取水量", "包括", "对外供水")),
    ("取水量包不包括对外供水？", ("取水量", "包括", "对外供水")),
    ("屋顶光伏属不属于可再生能源", ("屋顶光伏", "属于", "可再生能源")),
    ("取水量包括哪些？", None),  # a list question, not yes/no
    ("取水量包括什么", None),
])
def test_inclusion_question(question: str, expected: tuple[str, str, str] | None) -> None:
    assert inclusion_question(question) == expected


def test_verdicts_from_the_clause_words() -> None:
    no = direct_answer("取水量包括消防用水吗？", chunk(B8))
    assert no is not None and no.verdict == "不包括"
    assert no.quote.startswith("取水量 V 的范围") and no.quote in B8  # the whole sentence, verbatim
    yes = direct_answer("取水量是否包括辅助生产系统的取水？", chunk(B8))  # 的…: its head is named
    assert yes is not None and yes.verdict == "包括"
    listed = direct_answer("可再生电力包括绿证吗？", chunk(B5, "B.5"))  # a list lends its opener's verb
    assert listed is not None and listed.verdict == "包括" and listed.quote in B5
    assert direct_answer("可再生电力计入绿电吗", chunk(B5, "B.5")).verdict == "计入"  # the user's verb
    # 基建和改造工程用水: a list shares its last word, so 基建用水 is named too
    assert direct_answer("取水量包括基建用水吗？", chunk(B8)).verdict == "不包括"
    later = chunk("B.1 综合能耗\n外购电力计入综合能耗；消防用水不计入取水量。", "B.1")  # the verb after the item
    assert direct_answer("综合能耗包括外购电力吗", later).verdict == "包括"


def test_no_line_when_unclear() -> None:
    assert direct_answer("取水量包括冷却塔补水吗？", chunk(B8)) is None  # not the clause's words
    assert direct_answer("综合能耗包括消防用水吗？", chunk(B8)) is None  # the clause is not about it
    both = chunk(B8 + "\n注：消防用水包括在取水量中。")  # two segments disagree
    assert direct_answer("取水量包括消防用水吗？", both) is None


def test_the_composed_answer_leads_with_it(core_home: Path) -> None:
    a = Assistant(Settings(home=core_home, embedder="hash"))
    answer = a.ask("取水量包括消防用水吗？")
    first = answer.answer.split("\n")[0]
    assert first.startswith("简答：不包括。") and "消防" in first  # the fixture's words: 基建、消防和对外供水
    assert first.endswith("]") and answer.grounded  # cited, and the citation survived validation
    other = a.ask("工业用水重复利用率怎么计算？")
    assert not other.answer.startswith("简答")
