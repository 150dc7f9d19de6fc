"""Round twelve classes (hypothetical states, expressions with full-width operators, operands of one
clause, intensities and scores computed from a sentence's own values, weak links), with sentences
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from assistant.scoring import check
from assistant.scoring.hypothetical import scopes
from tests.fixtures.checking import status


def _statuses(text: str, profile=None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r.claim.text.strip(): r.status for r in check(text, profile)}


@pytest.mark.parametrize(("text", "number", "want"), [
    # a full-width minus inside an expression is a minus, not a range '120－90'
    ("得分 10×(120－90)/(150－90)＝5 分。", "5 分", "verified"),
    ("得分 10×(120－90)/(150－90)＝6 分。", "6 分", "mismatch"),
    ("逆向指标：4×(2.0－1.6)/(2.0－1.2)＝2 分。", "2 分", "verified"),
])
def test_full_width_minus_in_an_expression(text, number, want):
    assert status(text, number) == want


def test_a_range_stays_a_range():
    res = check("单位产品能耗在 0.3－0.4 tce/t 之间，得分区间（4-6 分）。")
    assert sum(r.claim.comparator == "range" for r in res) == 2


def test_hypothetical_scopes():
    text = "问：把取水量换成 200 万m³ 再算一次？答：10 m³/t。问：现在是多少？答：12 m³/t。"
    spans = scopes(text)
    inside = text.index("200"), text.index("10 m³"), text.index("12 m³")
    assert any(s <= inside[0] < e for s, e in spans) and any(s <= inside[1] < e for s, e in spans)
    assert not any(s <= inside[2] < e for s, e in spans)  # the next question is on the present state


@pytest.mark.parametrize("text", [
    "问：假如取水量只有 180 万m³，单位产品取水量是多少？答：9 m³/t。",
    "问：取水量改成 220 万m³ 呢？答：单位产品取水量 11 m³/t。",
    "如果取水量降到 160 万m³，单位产品取水量就是 8 m³/t。",
])
def test_hypothetical_state_is_not_compared_with_the_profile(text, smelter):
    assert "mismatch" not in _statuses(text, smelter).values()


def test_present_state_is_still_compared(smelter):
    assert status("本厂取水量 180 万m³。", "180 万m³", smelter) == "mismatch"
    # the hypothetical's own arithmetic is still checked
    assert status("问：取水量换成 300 万m³ 再算一次？答：300 万m³ ÷ 20 万t ＝ 16 m³/t。", "16 m³/t", smelter) == "mismatch"


def test_target_goal_is_no_present_value(smelter):
    text = "要让可再生能源利用率达到 15%，可再生能源需约 13 934.9 tce。"
    assert "mismatch" not in _statuses(text, smelter).values()


def test_target_need_is_hypothetical(computers):
    text = "整改建议：工业用水重复利用率要达到引领值 30%，重复利用水量需约 20 万m³。"
    assert status(text, "20 万m³", computers) != "mismatch"
    assert status(text, "30%", computers) == "verified"  # the scheme's lead value holds in any state


@pytest.mark.parametrize(("text", "number", "want"), [
    # a '；' clause states its own amount: no operand from the clause before
    ("烟尘排放 2 万t，单位产品排放 0.1 t/t；烟尘产生 6 万t。", "6 万t", "unverifiable"),
    # a factor applies to the amount before a bracketed aside, not to the aside
    ("外购电 8000 万kWh（不含自发光伏 500 万kWh），按 0.5366 计 42 928 tCO2。", "42 928 tCO2", "verified"),
    ("外购电 8000 万kWh（不含自发光伏 500 万kWh），按 0.5366 计 40 000 tCO2。", "40 000 tCO2", "mismatch"),
])
def test_operands_of_one_clause(text, number, want):
    assert status(text, number) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    # an intensity named at the sentence head, after a bare copula
    ("单位产值能耗：能耗 3 万tce，产值 60 亿元，为 0.05 tce/万元。", "0.05 tce/万元", "verified"),
    ("单位产值能耗：能耗 3 万tce，产值 60 亿元，为 0.5 tce/万元。", "0.5 tce/万元", "mismatch"),
    ("单位产品取水量：新水 36 万m³，合格品 4 万t，为 9 m³/t。", "9 m³/t", "verified"),
    # B.10 by its short name, the bare verb naming Vr
    ("重复利用率：新水 20 万m³、重复利用 180 万m³，R＝90%。", "90%", "verified"),
    ("重复利用率：新水 20 万m³、重复利用 180 万m³，R＝85%。", "85%", "mismatch"),
])
def test_values_computed_from_the_sentence(text, number, want):
    assert status(text, number) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("核算边界可以选三种：工厂、车间或产线。", "三种", "verified"),
    ("核算边界可以选四种：工厂、车间或产线。", "四种", "mismatch"),
])
def test_alternatives_listed_with_or(text, number, want):
    assert status(text, number) == want


def test_one_item_with_or_stays_one():
    text = "该类有 3 个二级指标：先进工艺与装备、改造投资占比、主要污染物产生强度或排放强度。"
    assert status(text, "3 个") == "verified"


@pytest.mark.parametrize(("text", "number"), [
    ("建筑系数的公式编号不是（B.25），而是（B.26），因为 B.24 有两个公式。", "B.24"),
    ("用地集约化看建筑系数、容积率，计算见 B.24 至 B.27。", "B.24"),
])
def test_reference_not_named_by_an_earlier_name(text, number):
    assert [r.status for r in check(text) if r.claim.text.strip().strip("（）") == number] != ["mismatch"]


@pytest.mark.parametrize(("text", "number"), [
    ("天然气排放 3 万t、柴油 2 000 t，合计排放约 3.2 万t。", "2 000 t"),  # a list opened by an emission
    ("资源高效化距满分还差 9.5 分。", "9.5 分"),  # a difference, not the full points
    ("资源高效化：取水强度 5.5 分、重复利用率 3.25 分，合计 8.75 分。", "3.25 分"),  # scores adding up to a total
    ("柴油 30 t，折 43.71 tce，合格品 1 万t，单位产品约 4.37 kgce/t。", "4.37 kgce/t"),  # not diesel's coefficient
])
def test_weak_links_of_round_twelve(text, number, smelter):
    assert status(text, number, smelter) != "mismatch"


def test_items_listed_are_not_the_class(smelter):
    text = "资源高效化四项得分依次为 4 分、5.82 分、4.55 分、4 分。"  # the items' scores, not the class's
    assert "mismatch" not in [r.status for r in check(text, smelter)]


def test_expression_result_is_not_a_storey_count():
    text = "用地 5 万m²，建筑面积 6 万m²，其中层高 9 m 的单层仓库 1.5 万m²，按两倍计后容积率＝7.5/5＝1.5。"
    assert status(text, "1.5") == "verified"


@pytest.mark.parametrize(("text", "number", "want"), [
    # 5.2 from the value the sentence states, with the scheme's row (computer sample: CO2 per value,
    # lead 0.02, base 0.05, 8 points): 8 × (0.05 − 0.035) / 0.03 = 4
    ("单位产值二氧化碳排放 0.035 tCO2/万元，得 4 分。", "4 分", "verified"),
    ("单位产值二氧化碳排放 0.035 tCO2/万元，得 5 分。", "5 分", "mismatch"),
    # a recalculation: VOCs per value (lead 0.005, base 0.03, 6 points) at 0.015 gives 3.6
    ("问：VOCs 排放换成 14.7 t 呢？答：0.015 kg/万元，得 3.6 分。", "3.6 分", "verified"),
    ("问：VOCs 排放换成 14.7 t 呢？答：0.015 kg/万元，得 4.4 分。", "4.4 分", "mismatch"),
])
def test_score_from_the_stated_value(text, number, want, computers):
    assert status(text, number, computers) == want


def test_score_ignores_the_scheme_values(computers):
    text = "单位产值取水量约 0.39 m³/万元，优于基准值 0.8 m³/万元，得 6.56 分。"
    assert status(text, "6.56 分", computers) == "verified"  # from 0.39, not from the base value 0.8


@pytest.mark.parametrize(("text", "number", "want"), [
    ("二氧化硫排放 380 t，单位产品排放量 1.9 kg/t。", "1.9 kg/t", "verified"),
    ("二氧化硫排放 380 t，单位产品排放量 2.9 kg/t。", "2.9 kg/t", "mismatch"),
])
def test_per_unit_name_takes_the_clause_before(text, number, want, smelter):
    assert status(text, number, smelter) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("单位产品取水量从 14 m³/t 降到 12.5 m³/t，下降了 1.5 m³/t。", "1.5 m³/t", "verified"),
    ("单位产品取水量从 14 m³/t 降到 12.5 m³/t，下降了 2.5 m³/t。", "2.5 m³/t", "mismatch"),
    ("重复利用率由 91% 提高到 96%，提高了 5 个百分点。", "5 个", "verified"),
    ("重复利用率由 91% 提高到 96%，提高了 4 个百分点。", "4 个", "mismatch"),
    ("今年因子 0.5306 比去年的 0.5568 低了 0.0262。", "0.0262", "verified"),
    ("今年因子 0.5306 比去年的 0.5568 低了 0.262。", "0.262", "mismatch"),
])
def test_change_between_two_stated_values(text, number, want):
    assert status(text, number) == want


def test_relative_change_is_not_called_wrong():
    # 91% → 96% is 5 percentage points or a 5.5 % relative rise: a bare '%' is left open when it fits neither
    assert status("重复利用率由 91% 提高到 96%，提高了 5.5%。", "5.5%") != "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    # the computer sample: G = 980 000 万元; B.2 with E = 9 800 tce is 0.01 tce/万元
    ("问：综合能耗改成 9800 tce 的话呢？答：单位产值综合能耗 0.01 tce/万元。", "0.01 tce/万元", "verified"),
    ("问：综合能耗改成 9800 tce 的话呢？答：单位产值综合能耗 0.012 tce/万元。", "0.012 tce/万元", "mismatch"),
    # a target and the input it needs: I = 0.4 % × 270 亿元 = 1.08 亿元
    ("整改建议：改造投资占比要达到 0.4%，近三年改造投资需约 1.08 亿元。", "1.08 亿元", "verified"),
    ("整改建议：改造投资占比要达到 0.4%，近三年改造投资需约 1.8 亿元。", "1.8 亿元", "mismatch"),
    # B.10 solved for Vr: 25 % with V = 38 万m³ needs Vr = 38 × 25 / 75 ≈ 12.67 万m³
    ("整改建议：工业用水重复利用率要达到 25%，重复利用水量需约 12.67 万m³。", "12.67 万m³", "verified"),
])
def test_hypothetical_state_recomputed(text, number, want, computers):
    assert status(text, number, computers) == want


def test_additive_change_in_a_question_is_hypothetical(computers):
    text = "问：绿电再增加 1000 万kWh，可再生能源利用率大概多少？答：约 24.5%。"
    assert "mismatch" not in [r.status for r in check(text, computers)]
    # a question without a number after its cue is on the present state
    assert status("问：怎么提高重复利用率？答：目前重复利用率 30%。", "30%", computers) == "mismatch"


def test_english_scoring_is_a_score(smelter):
    assert status("The water reuse rate is 96%, scoring 5.82 points out of 8.", "5.82", smelter) != "mismatch"


def test_announcement_belongs_to_the_factor_before_it():
    text = "答：2022年度0.5366，2023年度0.5306（生态环境部公告2024年第33号）。"
    assert [r.status for r in check(text) if r.claim.text.startswith("第")] != ["verified"]  # 33号 is 2022's, not 0.5306's


@pytest.mark.parametrize(("text", "number", "want"), [
    # the substituted input named before a change word ('降到' keeps the number itself unlinked)
    ("问：如果取水量降到 192 万m³，单位产品取水量是多少？答：9.6 m³/t。", "9.6 m³/t", "verified"),
    ("问：如果取水量降到 192 万m³，单位产品取水量是多少？答：9.8 m³/t。", "9.8 m³/t", "mismatch"),
    # a verified present value is judged again in the recomputed state
    ("问：合格品产量变成 24 万t 的话，单位产品取水量呢？答：12 m³/t。", "12 m³/t", "mismatch"),
    # the state's own arithmetic: 4 亿kWh × 0.5617 = 22.468 万tCO2
    ("假设外购电力减少到 4 亿kWh，按 0.5617 计，间接排放约 22.47 万tCO2。", "22.47 万tCO2", "verified"),
    ("假设外购电力减少到 4 亿kWh，按 0.5617 计，间接排放约 20.47 万tCO2。", "20.47 万tCO2", "mismatch"),
])
def test_hypothetical_substitution_found_and_rechecked(text, number, want, smelter):
    assert status(text, number, smelter) == want


def test_a_target_goal_is_no_share_of_the_amounts(computers):
    text = "整改建议：重复利用水量需从 9.5 万m³ 提高到约 16.3 万m³，才能使重复利用率达到 30%。"
    assert "mismatch" not in [r.status for r in check(text, computers)]
