"""Round fourteen: a question's subject carried into a bare-number answer, fill-ins answered by a
reference, equation/clause pairs, facts of the corpus added to the data. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.scoring.checker import check
from assistant.scoring.fill_refs import equation_clause


def _hit(text: str, number: str):
    hits = [r for r in check(text) if r.claim.text.replace(" ", "") == number.replace(" ", "")]
    assert hits, [(r.claim.text, r.status) for r in check(text)]
    return hits[0]


# --- questions carried into answers ----------------------------------------------------------------

@pytest.mark.parametrize("text, number, status", [
    ("用户：绿色制造体系有几类载体？\n助手：4 类，即工厂、产品、园区和供应链。", "4 类", "verified"),
    ("用户：绿色制造体系有几类载体？\n助手：6 类。", "6 类", "mismatch"),
    ("正面：GB/T 36132-2025 4.2 的基本要求共几项？\n背面：三项。", "三项", "verified"),
    ("正面：GB/T 36132-2025 4.2 的基本要求共几项？\n背面：五项。", "五项", "mismatch"),
    ("Q：2018 版第 10 章绩效一共几项指标？\nA：12 项。", "12 项", "verified"),
    ("Q：2018 版第 10 章绩效一共几项指标？\nA：15 项，从容积率开始。", "15 项", "mismatch"),
    # no interrogative: a question naming a quantity (数量, 分值 …) takes the answer after 为
    ("Q：2018 版第 10 章绩效指标的数量？\nA：12 项。", "12 项", "verified"),
    ("学员：绿色制造体系支撑的数量？\n老师：两项。", "两项", "mismatch"),
])
def test_bare_answer_takes_the_question(text, number, status):
    r = _hit(text, number)
    assert r.status == status
    assert r.explanation.startswith("答案代入问题核对")


@pytest.mark.parametrize("text, ref, status", [
    ("问：2018 版的能源与资源投入是哪一章？\n答：第 7 章。", "第 7 章", "verified"),
    ("问：2018 版能源与资源投入在第几章？\n答：第 9 章。", "第 9 章", "mismatch"),
])
def test_reference_answer_takes_the_question(text, ref, status):
    r = _hit(text, ref)
    assert (r.status, r.explanation[:8]) == (status, "答案代入问题核对")


@pytest.mark.parametrize("text, number", [
    ("问：绿色制造体系有几类载体？\n答：3 + 1 类。", "3"),               # a calculation, not the answer
    ("问：这台锅炉每小时烧几吨煤？\n答：3 吨。", "3 吨"),                # the question names nothing the data holds
    ("客户：要是再加一类，绿色制造体系有几类载体？\n顾问：5 类。", "5 类"),  # hypothetical question
    ("问：绿色制造体系的载体？\n答：5 类，工厂居首。", "5 类"),             # names no quantity
    ("问：绿色制造体系载体的数量，对吗？\n答：5 类。", "5 类"),               # a confirmation
])
def test_carry_guards(text, number):
    r = _hit(text, number)
    assert not r.explanation.startswith("答案代入问题核对")


# --- fill-ins answered by a reference ---------------------------------------------------------------

@pytest.mark.parametrize("text, ref, status", [
    ("【填空题】GB/T 36132-2018 的第 ____ 章是基础设施。答案：第 5 章", "第 5 章", "verified"),
    ("【填空题】GB/T 36132-2018 的第 ____ 章是基础设施。答案：第 6 章", "第 6 章", "mismatch"),
    ("【填空题】建筑系数的公式编号为式 ____。答案：(B.27)", "(B.27)", "verified"),
    ("【填空题】建筑系数的公式编号为式 ____。答案：(B.26)", "(B.26)", "mismatch"),
])
def test_reference_fill_in(text, ref, status):
    r = _hit(text, ref)
    assert r.status == status
    assert r.explanation.startswith("答案代入题干核对")


# --- equation and clause ----------------------------------------------------------------------------

def test_equation_clause_table():
    table = equation_clause()
    assert table["B.12"] == "B.12" and table["B.24"] == table["B.25"] == "B.24" and table["B.28"] == "B.27"


@pytest.mark.parametrize("text, ref, status", [
    ("式(B.27) 所在条款为 B.26。", "B.26", "verified"),
    ("式(B.27) 所在条款为 B.27。", "B.27", "mismatch"),
    ("问：式(B.12) 对应条款是哪条？\n答：对应条款是 B.12。", "B.12", "verified"),
    ("问：式(B.12) 对应条款是哪条？\n答：对应条款是 B.13。", "B.13", "mismatch"),
])
def test_equation_clause_pairs(text, ref, status):
    assert _hit(text, ref).status == status


@pytest.mark.parametrize("text, ref, status", [
    ("B.26 条对应式(B.27)。", "(B.27)", "verified"),
    ("B.26 条对应式(B.26)。", "(B.26)", "mismatch"),
    ("条款 B.12 的公式编号为式(B.13)。", "(B.13)", "mismatch"),
    ("B.24 条的公式为式(B.25)。", "(B.25)", "verified"),     # B.24 holds two equations
    ("问：B.26 条对应哪个公式？\n答：式(B.27)。", "(B.27)", "verified"),
])
def test_clause_equation_pairs(text, ref, status):
    assert _hit(text, ref).status == status


@pytest.mark.parametrize("text", ["式(B.12) 和式(B.13) 分别对应条款 B.12、B.13。", "式(B.12)、式(B.13) 对应条款 B.12、B.13。",
                                  "B.12 条对应式(B.12)、(B.13)。", "2018 版 B.26 条对应式(B.26)。"])
def test_paired_lists_are_not_one_pair(text):
    assert not [r for r in check(text) if r.status == "mismatch"]


# --- facts of the corpus ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, status, expected", [
    ("绿色制造体系由四类载体和三项支撑组成。", "四类", "verified", 4.0),
    ("绿色制造体系由六类载体和三项支撑组成。", "六类", "mismatch", 4.0),
    ("绿色制造体系由四类载体和两项支撑组成。", "两项", "mismatch", 3.0),
    ("按工信部节〔2024〕13号，列入名单的工厂每三年更新一次数据。", "三年", "mismatch", 1.0),
    ("按工信部节〔2024〕13号，绿色工厂分为五级梯度。", "五级", "mismatch", 3.0),
    ("GB/T 36132-2025 4.2 a) 要求近三年无安全、质量、环境处罚。", "三年", "verified", 3.0),
    ("GB/T 36132-2025 4.2 a) 要求近两年无安全、质量、环境处罚。", "两年", "mismatch", 3.0),
])
def test_corpus_facts(text, number, status, expected):
    r = _hit(text, number)
    assert (r.status, r.expected) == (status, expected)
    if "载体" in text or "13号" in text:
        assert r.confidence == "M"  # the corpus guide is a secondary digest: its note goes with the verdict


@pytest.mark.parametrize("text, number", [
    ("绿色制造体系的载体之一是绿色工厂，其中 2 类在工业领域。", "2 类"),
    ("工信部节〔2024〕13号实行动态管理，企业申报每两年一次。", "两年"),
])
def test_corpus_fact_guards(text, number):
    assert _hit(text, number).status != "mismatch"
