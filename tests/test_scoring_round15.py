"""Round fifteen: reading mechanisms that transfer across sets (5.2's cases and linear scoring read with
their paragraph, …). Tuned on blind13 (both halves: its held-out half was released to tuning this round),
blind14's and blind15's tune halves and the older sets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.scoring.checker import check


def _hit(text: str, number: str, last: bool = False):
    hits = [r for r in check(text) if r.claim.text.replace(" ", "") == number.replace(" ", "")]
    assert hits, [(r.claim.text, r.status) for r in check(text)]
    return hits[-1] if last else hits[0]


# --- 5.2 linear scoring of a count indicator: a score read as the points, a name in the paragraph -------

@pytest.mark.parametrize("text, number, status", [
    # a score word after the factory's count is its linear score, not the indicator's 6 points
    ("若能碳管理平台已具备 4 项功能，这一项可得 3 分。", "3 分", "verified"),
    ("若能碳管理平台已具备 4 项功能，这一项可得 4 分。", "4 分", "mismatch"),
    ("能碳管理平台按 2 项功能估算，这一项得分 1.5 分。", "1.5 分", "verified"),
    # the indicator named in an earlier sentence of the paragraph
    ("能碳管理平台按线性法计分。再看两种情形：做到 6 项得 4.5 分，做到 2 项得 2 分。", "4.5 分", "verified"),
    ("能碳管理平台按线性法计分。再看两种情形：做到 6 项得 4.5 分，做到 2 项得 2 分。", "2 分", "mismatch"),
])
def test_linear_count_score(text, number, status):
    assert _hit(text, number).status == status


def test_linear_needs_the_name_in_the_paragraph():
    # another paragraph's name does not reach: the score stays open
    text = "能碳管理平台按线性法计分。\n\n做到 6 项得 2 分。"
    assert _hit(text, "2 分").status == "unverifiable"


# --- 5.2's cases stated in words, with the points and the case from the sentence's context -------------

@pytest.mark.parametrize("text, number, status", [
    # the answer's case ('优于引领值') with the question's points
    ("问：分值 6 分的指标，实际值 40% 超过引领值 35%，可以得 7 分吗？\n答：不行，优于引领值只得 9 分。", "9 分", "mismatch"),
    ("问：分值 6 分的指标，实际值 40% 超过引领值 35%，可以得 7 分吗？\n答：不行，优于引领值只得 6 分。", "6 分", "verified"),
    # a worse-than-base case in comparative wording
    ("实际值比基准值还要差的指标，应得1分。", "1分", "mismatch"),
    ("实际值比基准值更差时，应得0分。", "0分", "verified"),
    # the direction a sentence names decides the case of a value beyond the base value
    ("某逆向指标实际值 0.9 tce/t，基准值 0.8 tce/t，则该项得 2 分。", "2 分", "mismatch"),
    ("某正向指标实际值 45%，基准值 50%，引领值 70%，则该项得 0 分。", "0 分", "verified"),
    # an example continues the case its question states; '得满分 X' is checked against the points
    ("假如实际值比引领值更好呢？例如 6 分的指标，引领 20%、实际 25%，直接得满分 7 分。", "7 分", "mismatch"),
    # half of the points claimed is the claim, not the middle case
    ("实际值恰好等于引领值时只能得该项分值的一半，即 5 分（分值 10 分）。", "5 分", "mismatch"),
])
def test_rule52_cases_in_context(text, number, status):
    assert _hit(text, number, last=True).status == status


# --- who asserts a number: a denied yes/no question, the state a change starts from ----------------------

def test_denied_question_is_not_asserted():
    text = "问：分值 6 分的指标，实际值 40% 超过引领值 35%，可以得 7 分吗？\n答：不行，优于引领值只得 6 分。"
    assert _hit(text, "7 分").status == "unverifiable"
    # a confirmed question keeps its verdict: the answer asserts it too
    text = "问：分值 6 分的指标，实际值 40% 超过引领值 35%，可以得 7 分吗？\n答：可以。"
    assert _hit(text, "7 分").status == "mismatch"


def test_score_a_change_starts_from_is_no_points():
    text = "答：若碳足迹报告补齐，产品碳足迹由 4 分提高到 8 分。"
    assert _hit(text, "4 分").status == "unverifiable"


# --- bare scores under the score they add up to ----------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("能源低碳化小计 21.5 分：平台 6、可再生 5.5、碳排放 6、能耗 4。", "verified"),
    ("能源低碳化小计 25.1 分：平台 6、可再生 5.5、碳排放 6、能耗 4。", "mismatch"),
    ("本次总分 70.5：能源低碳化 20 + 资源高效化 20.5 + 生产洁净化 12 + 产品绿色化 12 + 用地集约化 6。", "verified"),
])
def test_score_head_is_the_sum_of_its_bare_parts(text, status):
    assert check(text)[0].status == status


def test_whole_numbers_under_points_are_points():
    # a head with whole numbers and no score word lists points: the parts keep their own reading
    results = check("绿色回收 20 分：产品回收率 5、包装回收率 5、回收体系 5、拆解指导 5。")
    assert not any(r.explanation.startswith("小计之下") for r in results)


# --- a role's own value and an item's full points are not 5's rules --------------------------------------

@pytest.mark.parametrize("text, number", [
    ("答：折算后利用率约 21%，达到引领值 20%，得满分 8 分。", "20%"),
    ("答：改造后约 92%，超过引领值，该项得满分 6 分，总分随之提高。", "6 分"),
])
def test_role_value_and_item_full_points(text, number):
    assert _hit(text, number).status != "mismatch"


# --- lists with an ellipsis, a name before an equation chain ----------------------------------------------

def test_ellipsis_list_is_no_count():
    text = "表C.1 列出的能碳管理平台业务功能共 12 项：能源查询、能耗统计……碳资产管理。"
    assert _hit(text, "12 项").status == "verified"


def test_name_before_a_chain_names_its_result():
    text = "碳排放总量 = 燃料燃烧 1 500 t（天然气 1 000 t、柴油 500 t）+ 外购电力 2 000 t = 3 500 tCO2。"
    assert _hit(text, "1 000 t").status == "unverifiable"


# --- grid factors: spoken years, the evaluation year, rows of a region table ------------------------------

@pytest.mark.parametrize("text, number, status", [
    ("23 年的全国因子是 0.5306，别跟 22 年的混了。", "0.5306", "verified"),
    ("23 年的全国因子是 0.5366，别跟 22 年的混了。", "0.5366", "mismatch"),
    ("核对表：评价年 2023，取全国平均 0.5366。", "0.5366", "mismatch"),
    ("南方\t2022\t0.3869", "0.3869", "verified"),
    ("| 西南 | 0.2286 |", "0.2286", "mismatch"),
])
def test_grid_factor_year_and_region_from_context(text, number, status):
    assert _hit(text, number).status == status


# --- a product said in words: '乘 23 年因子 0.5306，大概…', '按缺省 0.11 算是…' ------------------------------

@pytest.mark.parametrize("text, number, status", [
    ("外购电 5000 MWh，乘 23 年全国因子 0.5306，大概 2653 tCO2。", "2653 tCO2", "verified"),
    ("外购电 5000 MWh，乘 23 年全国因子 0.5306，大概 2563 tCO2。", "2563 tCO2", "mismatch"),
    ("外购热力 2000 GJ，按缺省 0.11 算是 220 tCO2。", "220 tCO2", "verified"),
    ("外购热力 2000 GJ，按缺省 0.11 算是 202 tCO2。", "202 tCO2", "mismatch"),
])
def test_spoken_bare_product(text, number, status):
    assert _hit(text, number).status == status


# --- B.27's height read from the rule it sets off ---------------------------------------------------------

@pytest.mark.parametrize("text, number, status", [
    ("问：层高 9 m 的车间怎么计？\n答：超过 8 m 的按两层算。", "超过 8 m", "verified"),
    ("问：层高 9 m 的车间怎么计？\n答：超过 12 米的才按两层算。", "超过 12 米", "mismatch"),
    ("Storeys taller than 6 m count twice in the plot ratio.", "6 m", "mismatch"),
])
def test_storey_height_by_its_rule(text, number, status):
    assert _hit(text, number).status == status


def test_building_height_is_no_rule():
    # a building's own height with its consequence is a case of the rule, not the threshold
    text = "问：怎么计？\n答：这栋仓库层高 9 m，按两层计。"
    assert _hit(text, "9 m").status == "unverifiable"


# --- a coefficient called the default is the default -----------------------------------------------------

@pytest.mark.parametrize("text, number, status", [
    ("天然气折标先用默认值 1.2143 kgce/m³，拿到热值报告再换。", "1.2143 kgce/m³", "verified"),
    ("天然气折标先用默认值 1.3000 kgce/m³，拿到热值报告再换。", "1.3000 kgce/m³", "mismatch"),
    ("The natural gas default is 1.1500 kgce/m³ unless measured.", "1.1500 kgce/m³", "mismatch"),
    # a value in the range that is not called the default stays within the sources' range
    ("天然气实测热值较高，本项目取 1.3000 kgce/m³。", "1.3000 kgce/m³", "verified"),
])
def test_default_coefficient(text, number, status):
    assert _hit(text, number).status == status


# --- a grid factor's 口径 named in another clause of its sentence ------------------------------------------

@pytest.mark.parametrize("text, number, status", [
    ("按不含市场化交易的非化石能源电量口径，2022 年度全国电网平均排放因子为 0.5856 tCO2/MWh。", "0.5856 tCO2/MWh", "verified"),
    ("按不含市场化交易的非化石能源电量口径，2022 年度全国电网平均排放因子为 0.5366 tCO2/MWh。", "0.5366 tCO2/MWh", "mismatch"),
    # a cue after another number describes that number
    ("0.5703 是碳市场报告用的因子，2022 年度全国电网平均排放因子则是 0.5366 tCO2/MWh。", "0.5366 tCO2/MWh", "verified"),
])
def test_grid_variant_in_the_sentence(text, number, status):
    assert _hit(text, number).status == status


def test_grid_year_of_a_later_clause_is_another_statement():
    text = "问：要是误用 2022 年全国因子 0.5366 呢？\n答：10 000 MWh × 0.5366 = 5 366 t，但评价年 2023 应取 0.5306。"
    assert all(r.status != "mismatch" for r in check(text))
