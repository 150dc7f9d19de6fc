"""Round ten families other than refutation (value first, fractions, weak links, extraction), with
sentences written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.scoring import check, load_profile
from assistant.scoring.shares import fractions

ROOT = Path(__file__).resolve().parents[1]


def _got(text: str, profile: str | None = None) -> dict[str, str]:
    prof = load_profile(ROOT / profile) if profile else None
    return {r.claim.text.strip(): r.status for r in check(text, prof)}


@pytest.mark.parametrize(("text", "number", "want"), [
    ("30%，也就是资源高效化在表C.1中的权重。", "30%", "verified"),
    ("25%，也就是资源高效化在表C.1中的权重。", "25%", "mismatch"),
    ("14 项：表C.1 二级指标的数量。", "14 项", "verified"),
    ("12 项：表C.1 二级指标的数量。", "12 项", "mismatch"),
    ("0.9714，就是焦炭的折标系数（kgce/kg）。", "0.9714", "verified"),
])
def test_value_before_its_name(text, number, want):
    assert _got(text)[number] == want


def test_value_first_list_is_not_a_name():
    # the items counted after a dash are no name of the count
    assert _got("答：两个——附录A、附录B。").get("两个", "unverifiable") == "unverifiable"


def test_fractions_are_one_share():
    got = fractions("约三分之二的设备；另有 1/4 的产线；8×3/4=6 不是份额")
    assert [(c.text, c.value) for c in got] == [("三分之二", 66.67), ("1/4", 25.0)]
    res = _got("生产洁净化 16 分，其中一般工业固体废物综合利用率占三分之一。")
    assert "三分" not in res  # never read as '三分' (points)


@pytest.mark.parametrize(("text", "want"), [
    ("产品绿色化 16 分，产品碳足迹占其中的1/2。", "verified"),
    ("产品绿色化 16 分，产品碳足迹占其中的1/4。", "mismatch"),
    ("资源高效化 30 分里，一般工业固体废物综合利用率占1/5。", "verified"),
    ("资源高效化 30 分里，一般工业固体废物综合利用率占1/3。", "mismatch"),
])
def test_share_of_a_named_whole(text, want):
    share = [r for r in check(text) if "/" in r.claim.text]
    assert len(share) == 1 and share[0].status == want


def test_round_ten_weak_links_are_not_mismatches():
    copper = "corpus/examples/copper-smelter.yaml"
    # an earlier period's company data is not the evaluation year's profile value
    assert _got("技改前（2019 年）工业用水重复利用率约 10%，改造后提高了。", copper)["10%"] == "unverifiable"
    # a hypothetical count is no statement of the lead value
    assert _got("如果平台只满足 5 项，得分按比例计算。")["5 项"] == "unverifiable"
    # the 100-point basis is no item's points
    assert _got("用地集约化的分值占全部 100 分的 8%。").get("100 分", "unverifiable") == "unverifiable"
    # each item's value is not the group's total
    assert _got("绿色生产四项每项 5 分。").get("5 分", "unverifiable") == "unverifiable"
    # a score with its maximum after it is no points value
    assert _got("产品绿色化：11.5 分（满分 16）", copper).get("11.5 分") != "mismatch"


def test_bare_document_number_is_no_count():
    got = _got("586号供应链评价：绿色采购 10 分")
    assert "586" not in got and "586号" not in got


def test_labelled_term_of_an_equation_is_an_operand():
    copper = "corpus/examples/copper-smelter.yaml"
    got = _got("外购电量 = 4.5 亿 kWh − 屋顶光伏 1200 万 kWh = 43 800 万 kWh。", copper)
    assert got["1200 万 kWh"] == "unverifiable" and got["43 800 万 kWh"] == "verified"


def test_clause_number_before_an_english_verb_is_no_value():
    got = _got("Lead value（引领值）按 4.4 means the top 5% of the industry.")
    assert "4.4" not in got and got["5%"] == "verified"


def test_symbol_formula_reference_is_its_own():
    got = _got("Vu = V/Q（单位产品取水量）对应 B.8，Vg = V/G 对应 B.9。")
    assert got.get("B.9", "unverifiable") != "mismatch"
    wrong = _got("Vu = V/Q（单位产品取水量）对应 B.6，Vg = V/G 对应 B.9。")
    assert wrong.get("B.6") == "mismatch"


def test_contrast_clause_takes_the_previous_name():
    pc = "corpus/examples/computer-assembly.yaml"  # its water reuse rate is 20 %
    assert _got("技改前工业用水重复利用率只有 11%，技改后为 20%。", pc)["20%"] == "verified"
    assert _got("技改前工业用水重复利用率只有 11%，技改后为 25%。", pc)["25%"] == "mismatch"


def test_result_checked_against_its_bracketed_calculation():
    assert _got("该项得分 3 分（6×4/8）。")["3 分"] == "verified"
    assert _got("该项得分 3.5 分（6×4/8）。")["3.5 分"] == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    ("分值 6 分的正向指标，实际值与引领值相等时得 6 分。", "6 分", "verified"),
    ("分值 6 分的正向指标，实际值等于引领值时得 5 分。", "5 分", "mismatch"),
    ("实际值差于基准值，这一项只能得 0 分。", "0 分", "verified"),
    ("实际值差于基准值，这一项只能得 2 分。", "2 分", "mismatch"),
    ("分值 6 分的逆向指标，实际值位于基准值和引领值正中间，得 3 分。", "3 分", "verified"),
    ("按 5.2，分值 6 分、基准值 40%、实际值恰好 40%，得 1.2 分。", "1.2 分", "mismatch"),
])
def test_rule_52_in_words(text, number, want):
    assert _got(text)[number] == want


def test_english_names_are_whole_words():
    assert _got("Water reuse rate weight in Table C.1: resource efficiency 30%.")["30%"] == "verified"
    assert _got("Table C.1 weights: clean production 20%.")["20%"] == "mismatch"
    # 'land' inside another word names nothing
    assert _got("Island grid note: 8%.").get("8%", "unverifiable") == "unverifiable"


def test_grid_factor_variants_need_their_own_words():
    assert _got("2022 年全国电网平均排放因子为 0.5856。")["0.5856"] == "mismatch"
    assert _got("2022 年全国电网因子（扣除市场化交易非化石能源电量）为 0.5856。")["0.5856"] == "verified"
    assert _got("2022 年扣除市场化交易非化石能源电量后的全国因子为 0.5366。")["0.5366"] == "mismatch"


def test_a_list_bullet_on_the_next_line_is_no_minus():
    got = _got("纪要：\n- 意见：表C.1 资源高效化权重为 25%\n- 负责人：张")
    assert got["25%"] == "mismatch"


def test_a_single_character_inside_a_word_names_nothing():
    # '强制性' holds no name of the 100-point basis
    assert _got("能源消耗强度的引领值取强制性能耗限额标准的2级值。")["2级"] == "mismatch"


def test_quantity_converted_by_a_named_factor():
    assert _got("去年外购电 1 000 万 kWh，按当量值折标 1 229 tce。")["1 229 tce"] == "verified"
    assert _got("去年外购电 1 000 万 kWh，按当量值折标 1 292 tce。")["1 292 tce"] == "mismatch"
    assert _got("外购电 1 万 MWh，按 2023 年全国平均因子算，间接排放 5 306 tCO2。")["5 306 tCO2"] == "verified"


def test_names_listed_then_counted_and_summed():
    assert _got("能源低碳化、资源高效化两类合计 60%。")["60%"] == "verified"
    assert _got("能源低碳化、资源高效化两类合计 50%。")["50%"] == "mismatch"


def test_equal_items_added_up():
    assert _got("产品绿色化两项各 8 分，加在一起 16 分。")["16 分"] == "verified"
    assert _got("产品绿色化两项各 8 分，合起来 18 分。")["18 分"] == "mismatch"


def test_unit_equivalence_restates_its_left_side():
    assert _got("1 MWh = 1 000 kWh。")["1 000 kWh"] == "verified"
    assert _got("1 MWh = 100 kWh。")["100 kWh"] == "mismatch"
    assert _got("5 亿元产值记作 50 000 万元。")["50 000 万元"] == "verified"


def test_symbol_formula_between_name_and_reference():
    assert _got("容积率 R = S / A，见 B.27。").get("B.27") == "verified"
    assert _got("工业用水重复利用率 Rw = Vr / (V + Vr) × 100%，见 B.12。").get("B.12") == "mismatch"


def test_english_question_and_answer_reference():
    assert _got("Question: which clause gives 建筑系数? Answer: B.26.").get("B.26") == "verified"
    assert _got("Question: which clause gives 建筑系数? Answer: B.25.").get("B.25") == "mismatch"


def test_result_word_stands_for_the_computed_name():
    text = "现场按 B.10 计算重复利用率：取水量 20 万 m³，重复利用水量 80 万 m³，计算结果 {}。"
    assert _got(text.format("80%"))["80%"] == "verified"
    assert _got(text.format("75%"))["75%"] == "mismatch"


def test_arithmetic_said_in_words():
    assert _got("用电 5000 万减去光伏 800 万，剩 4200 万 kWh。")["4200 万 kWh"] == "verified"
    assert _got("用电 5000 万减去光伏 800 万，剩 4800 万 kWh。")["4800 万 kWh"] == "mismatch"
    assert _got("取水 38 万 m³ 除以产量 20 万 t，得 1.9 m³/t。")["1.9 m³/t"] == "verified"


def test_written_sum_with_grouped_digits():
    assert _got("综合能耗 = 2 500 + 120.5 = 2 620.5 tce。")["2 620.5 tce"] == "verified"
    assert _got("综合能耗 = 2 500 + 120.5 = 2 720.5 tce。")["2 720.5 tce"] == "mismatch"


def test_document_numbers_of_the_notice_and_the_measures():
    assert _got("绿色园区评价要求见工信厅节函〔2016〕586号。").get("586") == "verified"
    assert _got("绿色园区评价要求见工信厅节函〔2016〕685号。").get("685") == "mismatch"
    assert _got("按工信厅节函〔2018〕586号评价供应链。").get("2018") == "mismatch"
    assert _got("梯度培育依据工信部节〔2024〕13号。").get("2024") == "verified"


def test_first_edition_year():
    assert _got("GB/T 36132 于 2018 年首次发布。").get("2018") == "verified"
    assert _got("GB/T 36132 首次发布于 2019 年。").get("2019") == "mismatch"


def test_count_of_basic_requirements_and_clause_numbers():
    assert _got("GB/T 36132-2025 4.2 规定的两项基本要求是评价的前提。")["两项"] == "mismatch"
    assert _got("GB/T 36132-2025 4.2 规定的三项基本要求是评价的前提。")["三项"] == "verified"
    # a clause number before the name is no count
    assert _got("4.2 基本要求 b)：明确管理职责。").get("4.2", "unverifiable") != "mismatch"


def test_result_said_after_an_expression_and_grid_factor_short_names():
    assert _got("按 8×6/10 算是 4.8 分。")["4.8 分"] == "verified"
    assert _got("按 8×6/10 算是 5.8 分。")["5.8 分"] == "mismatch"
    assert _got("2023 年全国电网平均因子为 0.5366。")["0.5366"] == "mismatch"


def test_a_name_after_a_count_also_names_a_later_points_value():
    assert _got("满足 12 项能碳管理平台功能，也只拿满分 8 分。")["8 分"] == "mismatch"
    assert _got("满足 12 项能碳管理平台功能，也只拿满分 6 分。")["6 分"] == "verified"


def test_conditions_of_the_judgement():
    assert _got("按 6.2，判定绿色工厂要同时满足两个条件。")["两个"] == "verified"
    assert _got("按 6.2，判定绿色工厂要同时满足四个条件。")["四个"] == "mismatch"
