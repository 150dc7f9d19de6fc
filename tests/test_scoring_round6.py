"""Checker round six (docs/scoring.md "Round six"): each group with wording of its own."""

from __future__ import annotations

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check
from assistant.scoring.extract import extract_claims


def _claims(text: str) -> list[tuple[str, float]]:
    return [(c.text, c.value) for c in extract_claims(text)]


# --- numbers with a space (or thin space) as thousands separator -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("年用汽量12 500 t", [("12 500 t", 12500.0)]),
    ("折合标煤1 204.6 tce", [("1 204.6 tce", 1204.6)]),
    ("购电3 200万kWh", [("3 200万kWh", 3200.0)]),
    ("产值 2 400 000 元", [("2 400 000 元", 2400000.0)]),
    ("热值7\u2009000 kJ", [("7\u2009000 kJ", 7000.0)]),            # thin space
    ("热值7\u202f000 kJ", [("7\u202f000 kJ", 7000.0)]),            # narrow no-break space
    ("热值7\u00a0000 kJ", [("7\u00a0000 kJ", 7000.0)]),            # no-break space
    ("用地 ４ ５００ m²", [("４ ５００ m²", 4500.0)]),              # full-width digits
    ("用地4,500 m²", [("4,500 m²", 4500.0)]),
    # bare amounts between operators are one number each
    ("2 100 000 + 300 000 = 2 400 000", [("2 100 000", 2100000.0), ("300 000", 300000.0),
                                          ("2 400 000", 2400000.0)]),
    ("范围1 000～2 000 t", [("1 000～2 000 t", 1000.0)]),
])
def test_space_grouped_numbers_are_one_number(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("见表C.2 4项", [("4项", 4.0)]),                       # a table number, then a count
    ("依据B.7 200%", [("200%", 200.0)]),                   # an annex item, then a value
    ("2024年 300万元", [("300万元", 300.0)]),               # a year is four digits
    ("分值依次为6、6、8", [("6", 6.0), ("6", 6.0), ("8", 8.0)]),
    ("序号 2 150", [("150", 150.0)]),          # a row label is no value (round 7), the column after it is
    ("5 7 250 t", [("5", 5.0), ("7", 7.0), ("250 t", 250.0)]),  # space-separated figures
    ("得分 6 100分", [("6", 6.0), ("100分", 100.0)]),      # a score is never in the thousands
    ("合格率 9 100%", [("9", 9.0), ("100%", 100.0)]),
    ("12 34 t", [("12", 12.0), ("34 t", 34.0)]),           # a group is exactly three digits
    ("1 0000 t", [("1", 1.0), ("0000 t", 0.0)]),
    ("0 500 t", [("0", 0.0), ("500 t", 500.0)]),           # no number starts with 0
    ("A  3 400  B", [("3", 3.0), ("400", 400.0)]),         # a column between blanks
    ("1\t000 t", [("1", 1.0), ("000 t", 0.0)]),            # a tab separates columns
])
def test_space_grouping_does_not_glue_separate_numbers(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "number", "status"), [
    ("外购电力3 000万kWh，按当量值折标3 687 tce。", "3 687", "verified"),
    ("外购电力3 000万kWh，按当量值折标3 867 tce。", "3 867", "mismatch"),
    ("天然气200万m³，按1.2143 kgce/m³折合2 428.6 tce。", "2 428.6", "verified"),
    ("天然气200万m³，按1.2143 kgce/m³折合2 482.6 tce。", "2 482.6", "mismatch"),
])
def test_space_grouped_numbers_are_checked_whole(text, number, status):
    assert _status(text, number) == status
    assert not [r for r in check(text) if r.status == "mismatch" and r.claim.text != number
                and not r.claim.text.startswith(number)]


# --- clause numbers are not values ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "工厂须具备法人资格（GB/T 36132-2025 4.2 b）。",
    "相关要求见 GB/T 36132-2025 的 5.1。",
    "通则4.3说明了指标体系的构成。",
    "依照5.2也能得到该项一半的分值。",
    "按4.2，近三年内无较大事故。",
])
def test_clause_numbers_are_not_claims(text):
    assert not any(c.text.startswith(("4.", "5.")) for c in extract_claims(text)), _claims(text)


@pytest.mark.parametrize(("text", "value"), [
    ("GB/T 2589-2020 给出电力当量值0.1229 kgce/kWh。", 0.1229),
    ("按1.5倍计入。", 1.5),
    ("依照GB/T 2589-2020 1.2143 kgce/m³ 折算天然气。", 1.2143),
])
def test_values_after_a_standard_or_after_an_are_kept(text, value):
    assert value in [c.value for c in extract_claims(text)], _claims(text)


# --- results of written equations, factors of a conversion, a score of 0 under 5.2 ---------------

def _mismatches(text: str, profile=None) -> list[str]:
    return [r.claim.text for r in check(text, profile) if r.status == "mismatch"]


def test_an_equation_result_is_not_the_quantity_named_before_its_left_side(smelter):
    text = "各燃料排放分别计算：柴油800 t × 3.10 = 2 480 t。"
    assert _mismatches(text, smelter) == []
    assert _status("各燃料排放分别计算：柴油800 t × 3.10 = 2 480 t。", "2 480") == "verified"
    assert _status("各燃料排放分别计算：柴油800 t × 3.10 = 2 840 t。", "2 840") == "mismatch"


def test_a_unit_equivalence_keeps_only_a_name_right_before_it():
    # the heat of 1 kWh is not the heat of 1 kgce named earlier in the sentence
    assert _mismatches("折标准煤的当量值来源于换算，即1 kWh = 3 600 kJ。") == []
    assert _status("标准煤的热量按1 kgce = 29 037 kJ计。", "29 037") == "mismatch"
    assert _status("标准煤的热量按1 kgce = 29 307 kJ计。", "29 307") == "verified"


def test_a_factor_of_a_product_is_not_the_converted_amount():
    text = "中压蒸汽1万t，折标准煤 10 000 000 kg × 0.1286 = 1 286 tce。"
    assert _mismatches(text) == []
    assert _status(text, "1 286") == "verified"


@pytest.mark.parametrize("text", [
    "废水回用率实际55%，未达到方案基准值60%，该项按5.2得0分。",
    "单位产品取水量劣于基准值，该项计0分。",
    "产品碳足迹未开展核算，不符合要求，此项记0分。",
])
def test_a_zero_score_below_the_base_value_is_right(text):
    assert _mismatches(text) == []


def test_a_zero_without_a_reason_is_still_read_as_points():
    # no word says the value fell short: 0 as the item's points is still checked
    assert _mismatches("表C.1 中绿色设计这一项的分值为0分。") != []


# --- totals, each, the rest -----------------------------------------------------------------------

def test_each_value_after_a_question_on_the_total_is_not_the_total():
    text = "问：绿色设计与产品碳足迹合计几分？答：均为8分，共16分。"
    assert _mismatches(text) == []
    assert _status(text, "8分") == "verified"
    assert _mismatches("绿色设计与产品碳足迹合计18分。") == ["18分"]


def test_the_rest_of_a_count_is_not_the_count_named_before():
    assert _mismatches("表C.1的二级指标中定性指标有3项，剩余11项为定量指标。") == []


def test_a_list_before_its_total_is_not_the_total():
    text = "表C.1中各一级指标的权重分别是30%、30%、16%、16%、8%，总计100%。"
    assert _mismatches(text) == []
    assert _status(text, "100%") == "verified"
    assert _status("表C.1中各一级指标的权重分别是30%、30%、16%、16%、8%，总计90%。", "90%") == "mismatch"


# --- a name before a product's factor; grid electricity is purchased electricity ----------------

def test_a_name_before_a_factor_does_not_name_the_next_factor(smelter):
    text = "间接排放按电网电量43 800万kWh × 某区域因子0.6000 估算。"
    assert not [r for r in check(text, smelter) if r.status == "mismatch" and r.claim.text.startswith("0.6")]


@pytest.mark.parametrize(("text", "status"), [
    ("本年度电网电量5 400万kWh。", "verified"),
    ("本年度电网电量5 800万kWh。", "mismatch"),
])
def test_grid_electricity_is_purchased_electricity(computers, text, status):
    hits = [r for r in check(text, computers) if r.claim.text.startswith("5 ")]
    assert hits and hits[0].status == status, hits


# --- B.27 floor area over several buildings; a building's floors are no list total -------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("甲车间单层6 000 m²、层高11 m，计容12 000 m²；宿舍楼5层，计8 000 m²；用地25 000 m²，容积率0.8。",
     "0.8", "verified"),
    ("甲车间单层6 000 m²、层高11 m，计容12 000 m²；宿舍楼5层，计8 000 m²；用地25 000 m²，容积率0.56。",
     "0.56", "mismatch"),
    ("成品库计容面积9 000 m²；研发楼3层共6 000 m²；用地30 000 m²，容积率0.5。", "0.5", "verified"),
    # a single building: the last area before the ratio, as before
    ("厂房建筑面积18 000 m²，用地面积20 000 m²，容积率0.9。", "0.9", "verified"),
    ("厂房建筑面积18 000 m²，用地面积20 000 m²，容积率1.2。", "1.2", "mismatch"),
])
def test_plot_ratio_sums_the_counted_area_of_each_building(text, number, status):
    assert _status(text, number) == status


def test_the_floors_of_one_building_are_no_total_of_the_areas_before():
    text = "成品库计容面积9 000 m²；研发楼3层共6 000 m²。"
    assert _mismatches(text) == []
    assert _mismatches("原料库4 000 m²，成品库5 000 m²，共8 000 m²。") == ["8 000 m²"]
