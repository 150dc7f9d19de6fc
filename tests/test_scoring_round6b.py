"""Checker round six (docs/scoring.md "Round six"), second half: bare factors, named totals, short
grid-factor names, conversions across sentences, restatements, answers on the question's names."""

from __future__ import annotations

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check
from assistant.scoring.extract import extract_claims


def _mismatches(text: str, profile=None) -> list[str]:
    return [r.claim.text for r in check(text, profile) if r.status == "mismatch"]


# --- a product with a bare factor --------------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("外购电12 000 MWh × 0.5306 = 6 367.2 tCO2。", "6 367.2", "verified"),
    ("外购电12 000 MWh × 0.5306 = 6 637.2 tCO2。", "6 637.2", "mismatch"),
    ("外购电12 000 MWh，× 0.5306 = 6 367.2 tCO2。", "6 367.2", "verified"),
    # kg to t on the way: 30 000 kg × 1.4571 = 43 713 kgce = 43.713 tce
    ("柴油30 000 kg × 1.4571 = 43.713 tce。", "43.713", "verified"),
    ("柴油30 000 kg × 1.4571 = 47.313 tce。", "47.313", "mismatch"),
])
def test_a_product_with_a_bare_factor_is_checked_by_its_numbers(text, number, status):
    assert _status(text, number) == status


def test_a_bare_factor_product_gives_the_right_value():
    r = next(r for r in check("外购电12 000 MWh × 0.5306 = 6 637.2 tCO2。") if r.status == "mismatch")
    assert r.expected == pytest.approx(6367.2)


# --- sums: a named total, bare scores before a total in 分 ----------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("焦炭2 000 t折1 942.8 tce，天然气100万m³折1 214.3 tce，综合能耗合计3 157.1 tce。", "3 157.1", "verified"),
    ("焦炭2 000 t折1 942.8 tce，天然气100万m³折1 214.3 tce，综合能耗合计3 257.1 tce。", "3 257.1", "mismatch"),
    ("五类得分：能源低碳化21.5、资源高效化24、生产洁净化12.5、产品绿色化8、用地集约化7，合计73分。", "73分", "verified"),
    ("五类得分：能源低碳化21.5、资源高效化24、生产洁净化12.5、产品绿色化8、用地集约化7，合计75分。", "75分", "mismatch"),
])
def test_totals_of_named_parts(text, number, status):
    assert _status(text, number) == status


# --- grid factors by their short names, variants by their own words, the heat factor ------------

@pytest.mark.parametrize(("text", "status"), [
    ("本厂位于湖北，采用2022年华中区域电网因子0.5395 tCO2/MWh。", "verified"),
    ("本厂位于湖北，采用2022年华中区域电网因子0.5935 tCO2/MWh。", "mismatch"),
    ("缺少区域数据，改按2023年全国平均因子0.5306计。", "verified"),
    ("缺少区域数据，改按2023年全国平均因子0.5366计。", "mismatch"),
    ("2022年电网因子中，扣除市场化交易非化石能源电量的口径为0.5856。", "verified"),
    ("2022年电网因子中，扣除市场化交易非化石能源电量的口径为0.5658。", "mismatch"),
    ("外购蒸汽按热力排放因子0.11 tCO2/GJ计算。", "verified"),
    ("外购蒸汽按热力排放因子0.011 tCO2/GJ计算。", "mismatch"),
])
def test_grid_and_heat_factors_by_short_names(text, status):
    hits = [r for r in check(text) if r.claim.value < 1]
    assert hits and hits[-1].status == status, [(r.claim.text, r.status, r.explanation) for r in check(text)]


# --- a conversion in the sentence after its amount --------------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("本年度外购天然气80万m³。按1.2143 kgce/m³折合标准煤971.44 tce。", "971.44", "verified"),
    ("本年度外购天然气80万m³。按1.2143 kgce/m³折合标准煤917.44 tce。", "917.44", "mismatch"),
])
def test_a_conversion_goes_on_from_the_sentence_before(text, number, status):
    assert _status(text, number) == status


def test_a_new_sentence_that_does_not_go_on_is_not_joined():
    # the second sentence starts on its own: its coal amount is not the first sentence's gas converted
    assert _mismatches("本年度外购天然气80万m³。全厂综合能耗折标准煤5 000 tce。") == []


# --- a restatement in another unit is one quantity --------------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("全年综合能耗6 000 tce，工业总产值12亿元（120 000万元），单位产值综合能耗0.05 tce/万元。", "0.05", "verified"),
    ("全年综合能耗6 000 tce，工业总产值12亿元（120 000万元），单位产值综合能耗0.5 tce/万元。", "0.5", "mismatch"),
])
def test_a_restated_amount_is_not_a_second_part(text, number, status):
    assert _status(text, number) == status


def test_a_wrong_restatement_is_flagged_but_not_used_as_a_denominator():
    text = "甲产品产值6亿元（即6 000万元），乙产品产值3亿元。"
    assert _mismatches(text) == ["6 000万元"]


# --- an answer's reference on the question's names ----------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("问：一般工业固废综合利用率按哪个式子算？答：按式（B.11）。", "verified"),
    ("问：一般工业固废综合利用率按哪个式子算？答：按式（B.13）。", "mismatch"),
])
def test_an_answer_reference_takes_the_question_names(text, status):
    hits = [r for r in check(text) if "B." in r.claim.text]
    assert hits and hits[0].status == status, [(r.claim.text, r.status) for r in check(text)]


def test_an_answer_with_its_own_name_keeps_it():
    text = "问：固废的式子是哪个？答：一般工业固废综合利用率见式（B.11）。"
    hits = [r for r in check(text) if "B." in r.claim.text]
    assert hits and hits[0].status == "verified"


@pytest.mark.parametrize(("cell", "status"), [("8 010.29", "verified"), ("8 100.29", "mismatch")])
def test_a_table_cell_with_grouped_digits_is_one_number(computers, cell, status):
    table = f"| 指标 | 数值（tce） |\n| --- | --- |\n| 综合能耗 | {cell} |"
    res = check(table, computers)
    assert [(r.claim.text, r.status) for r in res] == [(cell, status)]


# --- a mass in a list headed as emissions is an emission ----------------------------------------

def test_masses_in_an_emission_list_are_emissions(computers):
    text = "直接排放合计1 140 t：天然气1 078 t，柴油62 t。"
    assert not [r for r in check(text, computers) if r.status == "mismatch"]


def test_an_amount_list_without_an_emission_head_is_still_the_fuel(computers):
    # the profile's diesel is 20 t: a fuel amount list still checks it
    hits = [r for r in check("能源消耗：柴油62 t。", computers) if r.claim.text.startswith("62")]
    assert hits and hits[0].status == "mismatch"


# --- the carbon-market factor is not a 口径 of the national average ------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("按生态环境部数据，2022年度全国电网平均排放因子取0.5703 tCO2/MWh。", "mismatch"),
    ("按生态环境部数据，2022年度全国电网平均排放因子取0.5366 tCO2/MWh。", "verified"),
    ("2022年全国电网因子扣除市场化交易非化石能源电量后为0.5856。", "verified"),
])
def test_grid_variants(text, status):
    hits = [r for r in check(text) if r.claim.value < 1]
    assert hits and hits[-1].status == status, [(r.claim.text, r.status, r.explanation) for r in check(text)]


# --- 近N年 is the last N years, not about N years -------------------------------------------------

@pytest.mark.parametrize(("text", "approx"), [("统计近两年的数据", False), ("考察近5年的记录", False),
                                              ("产量近5 000 t", True), ("利用率接近90%", True)])
def test_jin_before_years_is_no_hedge(text, approx):
    assert [c.approx for c in extract_claims(text)] == [approx]


def test_the_last_two_years_is_not_the_last_three():
    assert _mismatches("绿色低碳改造投资占比看近两年的改造投资与同期产值。") == ["两年"]
    assert _mismatches("绿色低碳改造投资占比看近三年的改造投资与同期产值。") == []


@pytest.mark.parametrize(("text", "unit"), [("fall into 4 types", ""), ("took 3 hours", ""), ("covers 2 ha", ""),
                                            ("排放5 tCO2e", "tCO2e"), ("用电3 kWh", "kWh"), ("产量5 t。", "t")])
def test_a_unit_is_not_the_start_of_a_word(text, unit):
    assert [c.unit for c in extract_claims(text)] == [unit]


@pytest.mark.parametrize(("text", "status"), [
    ("问：2023年全国的电网因子用哪个？答：全国平均因子是0.5306。", "verified"),
    ("问：2023年全国的电网因子用哪个？答：全国平均因子是0.5366。", "mismatch"),
])
def test_an_answer_takes_the_question_year(text, status):
    hits = [r for r in check(text) if r.claim.value < 1]
    assert hits and hits[-1].status == status, [(r.claim.text, r.status, r.explanation) for r in check(text)]


@pytest.mark.parametrize(("text", "status"), [
    ("区域口径里，西南区域2022年的是0.2268。", "verified"),
    ("区域口径里，西南区域2022年的是0.2628。", "mismatch"),
])
def test_a_region_name_names_its_grid_factor(text, status):
    hits = [r for r in check(text) if r.claim.value < 1]
    assert hits and hits[-1].status == status, [(r.claim.text, r.status, r.explanation) for r in check(text)]


def test_a_region_name_does_not_take_other_numbers():
    assert _mismatches("华东区域共有3家示范工厂，华东电网覆盖5个省市。") == []


# --- tables without outer bars, and a 序号 column before the name ---------------------------------

def test_a_bare_bar_table_with_a_row_number_column():
    table = "编号 | 指标 | 分值\n1 | 绿色设计 | 8\n2 | 产品碳足迹 | 6"
    got = [(r.claim.text, r.status) for r in check(table) if r.claim.text in ("8", "6")]
    assert got == [("8", "verified"), ("6", "mismatch")]


def test_a_markdown_table_with_a_row_number_column():
    table = "| 序号 | 指标 | 分值 |\n| --- | --- | --- |\n| 1 | 绿色设计 | 8 |\n| 2 | 产品碳足迹 | 8 |"
    got = [(r.claim.text, r.status) for r in check(table) if r.claim.text == "8"]
    assert got == [("8", "verified"), ("8", "verified")]


def test_bars_in_prose_are_no_table():
    assert _mismatches("选项 A | B 都可以，分值为 6 | 8 不等") == []


# --- the announcement a grid factor is published in -------------------------------------------

@pytest.mark.parametrize(("text", "span", "status"), [
    ("2023年全国电网平均排放因子0.5306，见生态环境部公告2025年第47号。", "第47号", "verified"),
    ("2023年全国电网平均排放因子0.5306，见生态环境部公告2025年第12号。", "第12号", "mismatch"),
    # the number right, the year wrong: the finding stands on the year (facts sweep)
    ("2023年全国电网平均排放因子0.5306，见生态环境部公告2024年第47号。", "2024", "mismatch"),
])
def test_a_grid_factor_announcement_is_checked(text, span, status):
    hits = [r for r in check(text) if r.claim.text.startswith("第") or r.claim.text == span]
    assert [(r.claim.text, r.status) for r in hits] == [(span, status)], [(r.claim.text, r.status) for r in check(text)]


def test_an_announcement_without_a_linked_factor_is_left_alone():
    assert not [r for r in check("相关数据见生态环境部公告2025年第12号。") if r.claim.text.startswith("第")]


@pytest.mark.parametrize(("text", "status"), [
    ("本厂按示意方案自评，方案的分数线为60分。", "verified"),
    ("本厂按示意方案自评，方案的分数线为80分。", "mismatch"),
])
def test_the_scheme_pass_mark(smelter, text, status):
    hits = [r for r in check(text, smelter) if r.claim.unit == "分"]
    assert hits and hits[-1].status == status, [(r.claim.text, r.status, r.explanation) for r in check(text, smelter)]
