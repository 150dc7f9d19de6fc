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


@pytest.mark.parametrize(("text", "number", "want"), [
    # the answer put into the blank (a blank of underscores is no markdown emphasis)
    ("【填空题】表C.1 中先进工艺与装备 ____ 分。答案：6", "6", "verified"),
    ("【填空题】表C.1 中先进工艺与装备 ____ 分。答案：8", "8", "mismatch"),
    ("【填空题】建筑物 2 万 m²、构筑物 1 万 m²、用地 10 万 m²，建筑系数为 ____。答案：35%", "35%", "mismatch"),
    # the option chosen put into the bracket: 8 × (0.9 − 0.8) / (0.95 − 0.8) ≈ 5.33
    ("【单选】分值 8、基准 80%、引领 95%、实际 90% 的正向指标，线性得分为（ B ）。A. 4.2  B. 6.4  C. 5.33", "6.4", "mismatch"),
    # a stem judged wrong is no claim; its correction is checked in the stem
    ("【判断题】表C.1 中可再生能源利用率分值为 6 分。（ × ，应为 8 分）", "8 分", "verified"),
    ("【判断题】表C.1 中可再生能源利用率分值为 6 分。（ × ，应为 4 分）", "4 分", "mismatch"),
    ("【判断题】表C.1 中可再生能源利用率分值为 6 分。（ × ，应为 8 分）", "6 分", "unverifiable"),
])
def test_exam_items(text, number, want):
    assert status(text, number) == want


def test_case_question_answer(smelter):
    text = "【案例题】示例铜厂取水 240 万 m³，阴极铜产量 20 万 t，求单位产品取水量。答案：14 m³/t"
    assert status(text, "14 m³/t", smelter) == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    # a number that opens the next expression is no result of the one before
    ("得分 = 6 ×（0.9 − 0.8）/（0.95 − 0.8）= 6 × 0.667 = 4.0 分。", "4.0 分", "verified"),
    # bare operands leave the result's scale to the writer: 380 / 200 000 t/t is 1.9 kg/t
    ("380 / 200 000 = 1.9 kg/t。", "1.9 kg/t", "verified"),
    ("380 / 200 000 = 2.9 kg/t。", "2.9 kg/t", "mismatch"),
    # the last term of a sum is not restated by its result; a term may be labelled with a formula
    ("先进工艺 6 分 + 改造投资 2.5 分 + VOCs 3.5 分 = 12 分。", "12 分", "verified"),
    ("先进工艺 6 分 + 改造投资 2.5 分 + VOCs 3.5 分 = 13 分。", "13 分", "mismatch"),
])
def test_expression_chains(text, number, want):
    assert status(text, number) == want


def test_expression_chain_opening_number_is_no_result():
    res = check("得分 = 6 ×（0.9 − 0.8）/（0.95 − 0.8）= 6 × 0.667 = 4.0 分。")
    assert "mismatch" not in [r.status for r in res]


def test_standard_cited_with_its_clause(smelter):
    text = "单位产品综合能耗 = 92 899.08 tce / 200 000 t = 464.50 kgce/t（GB/T 36132-2025 B.1）。"
    assert "mismatch" not in [r.status for r in check(text, smelter)]


@pytest.mark.parametrize("text", [
    "绿色供应链自评结果：管理战略 18 分、供应商管理 15 分、绿色生产 20 分，合计 53 分。",  # scores, not points
    "问：信息披露你们做了几项？答：我们做了 2 项，每项 2.5 分，得 5 分。",  # the factory's own count
    "产品绿色化 16 分 = 绿色设计 8 + 产品碳足迹 8 分",  # the class before "="
])
def test_counts_and_scores_of_the_factory(text):
    assert "mismatch" not in [r.status for r in check(text)]


def test_item_pronoun_after_a_class(smelter):
    text = "通报：单位产品取水量 12 m³/t，资源高效化该项得 4 分。"
    assert status(text, "4 分", smelter) == "verified"  # the water row's score, not the class's


def test_value_before_a_change_is_no_constant():
    assert status("碳足迹该项由 4 分升到 8 分。", "4 分") != "mismatch"


def test_a_state_described_in_words(computers):
    text = "问：碳足迹报告评为“符合”后呢？答：总分 74.41 分。"
    assert status(text, "74.41 分", computers) != "mismatch"
    assert status("问：总分多少？答：总分 74.41 分。", "74.41 分", computers) == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    # a change relative to the amount compared with: (3.5 − 3.2) / 3.5 ≈ 8.6 %
    ("目标单位产品取水量 ≤ 3.2 m³/t，较上年的 3.5 m³/t 下降约 8.6%。", "8.6%", "verified"),
    ("目标单位产品取水量 ≤ 3.2 m³/t，较上年的 3.5 m³/t 下降约 9.4%。", "9.4%", "mismatch"),
    # bare scheme values take the actual value's unit: 8 × (0.05 − 0.04) / 0.02 = 4
    ("复核：单位产品综合能耗 0.04 tce/t，基准值 0.050、引领值 0.030，分值 8 分，得分 4 分。", "4 分", "verified"),
    ("复核：单位产品综合能耗 0.04 tce/t，基准值 0.050、引领值 0.030，分值 8 分，得分 5 分。", "5 分", "mismatch"),
])
def test_relative_change_and_bare_scheme_values(text, number, want):
    assert status(text, number) == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("用电总量 9 000 万 kWh，扣除光伏 600 万 kWh 和风电 400 万 kWh，外购 8 000 万 kWh。", "8 000 万 kWh", "verified"),
    ("用电总量 9 000 万 kWh，扣除光伏 600 万 kWh 和风电 400 万 kWh，外购 8 400 万 kWh。", "8 400 万 kWh", "mismatch"),
])
def test_two_amounts_taken_off_in_words(text, number, want):
    assert status(text, number) == want


def test_count_scored_linearly_is_still_the_profiles(computers):
    # the computer sample's platform has 10 functions: a linear score after the count does not excuse it
    assert status("该厂能碳管理平台具备 11 项功能，超过 8 项，得满分 6 分。", "11 项", computers) == "mismatch"


def test_bracketed_label_of_an_operand(computers):
    text = "外购电 = 6 000 万 − 600 万（自发自用光伏）= 5 400 万 kWh。"
    assert "mismatch" not in [r.status for r in check(text, computers)]


def test_fuel_masses_summed_into_an_emission(computers):
    text = "电力间接排放 28 652.4 t，加天然气 1 081 t、柴油 62 t，C = 29 795.4 tCO2。"
    assert "mismatch" not in [r.status for r in check(text, computers)]


def test_role_in_a_bracket_after_the_number():
    text = "招标要求：平台应至少具备 8 项业务功能（即表C.1 该项的引领值）。"
    assert status(text, "8 项") != "mismatch"  # the lead value, not the 12 functions of the list


def test_gross_amount_before_a_deduction(smelter):
    text = "取水总量 250 万 m³，扣除转供外单位 10 万 m³，取水量 240 万 m³。"
    assert status(text, "250 万 m³", smelter) != "mismatch"
    assert status(text, "240 万 m³", smelter) == "verified"


@pytest.mark.parametrize("text", [
    "问：去年取水量多少？答：约 260 万 m³，今年降到 240 万 m³。",  # another year's value
    "讲义：比如某厂取水 100 万 m³、重复利用 900 万 m³，重复利用率就是 90%。",  # an example factory
    "例：某厂综合能耗 5 万 tce，产量 10 万 t，单位产品综合能耗 0.5 tce/t。",
])
def test_another_year_or_an_example_factory(text, smelter):
    assert "mismatch" not in [r.status for r in check(text, smelter)]


def test_example_factory_arithmetic_still_checked(smelter):
    assert status("例：某厂综合能耗 5 万 tce，产量 10 万 t，单位产品综合能耗 0.6 tce/t。", "0.6 tce/t", smelter) == "mismatch"
    assert status("去年单位产品取水量 13 m³/t，今年 14 m³/t。", "14 m³/t", smelter) == "mismatch"


@pytest.mark.parametrize(("last", "want"), [("4.8 分", "verified"), ("5.2 分", "mismatch")])
def test_step_result_closes_the_open_expression(last, want):
    text = f"步骤：\n1. 得分 = 8 × (86 − 80) / (90 − 80) = 8 × 0.6；\n2. 结果 {last}。"
    assert status(text, last) == want
