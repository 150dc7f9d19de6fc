"""Round twelve classes read from blind13's tune half (exam items, expression chains, self-evaluations,
counts, changes, steps) and from probes in other wording, with sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.scoring import check
from tests.fixtures.checking import status


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


@pytest.mark.parametrize("text", [
    "问：假如柴油用量翻倍呢？答：柴油 1 600 t，折 2 331.36 tce。",  # a condition needs no number
    "问：要让重复利用率到 25%，重复利用水量要多少？答：约 12.67 万 m³。",  # a goal asked for
    "2021 年单位产品综合能耗 480 kgce/t，2022 年降至 464.5 kgce/t。",  # another year than the profile's 2022
])
def test_other_states_of_the_factory(text, smelter):
    assert "mismatch" not in [r.status for r in check(text, smelter)]


def test_the_evaluation_year_is_still_compared(smelter):
    assert status("2022 年单位产品综合能耗 480 kgce/t。", "480 kgce/t", smelter) == "mismatch"


def test_self_evaluation_without_a_colon():
    assert "mismatch" not in [r.status for r in check("某企业供应链自评 83 分，其中绿色回收 12.5 分。")]


@pytest.mark.parametrize("text", [
    "问：行业平均取水强度大概多少？答：约 15 m³/t，仅供参考。",  # another factory's value, asked for
    "对标：同行先进企业单位产品取水量约 7 m³/t。",
    "按 2023 年因子 0.5306 重算，外购电 4.38 亿 kWh 的间接排放约 23.24 万 tCO2。",  # the sentence's own recalculation
])
def test_other_factories_and_recalculations(text, smelter):
    assert "mismatch" not in [r.status for r in check(text, smelter)]
