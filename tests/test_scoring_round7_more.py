"""Checker round seven, second part (docs/scoring.md "Round seven"): document facts, counts, dates,
English answers, profile words and the later calculation classes, each with wording of its own."""

from __future__ import annotations

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check
from assistant.scoring.extract import extract_claims

# --- document facts -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("2025 版通则是 GB/T 36132 的第一次修订。", "第一次修订", "verified"),
    ("通则这次是第三次修订了。", "第三次修订", "mismatch"),
    ("企业所属行业按 GB/T 4754《国民经济行业分类》填写。", "GB/T 4754", "verified"),
    ("行业代码依据 GB/T 4752 国民经济行业分类确定。", "GB/T 4752", "mismatch"),
    ("GB/T 2589-2020 取代了 GB/T 2589-2008。", "GB/T 2589-2008", "verified"),
    ("综合能耗通则 2020 版代替 GB/T 2589-2015。", "GB/T 2589-2015", "mismatch"),
    ("按 5.1，各项指标按五分制打分。", "五分", "mismatch"),
    ("表A.1 指标表有 10 列。", "10 列", "mismatch"),
    ("附录C 示例表的评价结果满分是 100 分。", "100 分", "verified"),
    ("表C.1 的评价结果满分为 90 分。", "90 分", "mismatch"),
    ("绿色工厂的要求贯穿规划、建设、运行三个阶段。", "三个", "verified"),
    ("绿色工厂的要求贯穿规划、设计、建设、运行、回收五个阶段。", "五个", "mismatch"),
])
def test_document_facts(text, number, status):
    got = {r.status for r in check(text) if r.claim.text.startswith(number)}
    assert (status in got) if status == "mismatch" else got == {status}, [(r.claim.text, r.explanation) for r in check(text)]


def test_a_later_edition_replacing_an_older_one_is_not_judged_by_the_current_one():
    assert all(r.status != "mismatch" for r in check("GB/T 2589-2008 代替了 GB/T 2589-1990。"))


# --- counts after a list, points lists, English answers ------------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("问：哪些指标是逆向的？\n答：能耗强度、碳排放强度、取水强度，共三个。", "三个", "verified"),
    ("问：哪些指标是逆向的？\n答：能耗强度、碳排放强度、取水强度，一共五个。", "五个", "mismatch"),
])
def test_a_count_after_a_list_and_gong(text, number, status):
    assert _status(text, number) == status


def test_bare_numbers_under_a_points_head_are_points():
    claims = extract_claims("表C.1 分值合计 100 分：能耗强度 8、碳排放强度 8、可再生能源利用率 8。")
    assert [c.unit for c in claims] == ["分", "分", "分", "分"]
    text = "表C.1 分值合计 100 分：能耗强度 8、碳排放强度 6。"
    assert _status(text, "6") == "mismatch"          # 碳排放强度 carries 8


@pytest.mark.parametrize(("text", "number", "status"), [
    ("Under Table C.1, 可再生能源利用率 is worth 8 points.", "8 points", "verified"),
    ("Under Table C.1, 可再生能源利用率 is worth 5 points.", "5 points", "mismatch"),
    ("The 引领值 is set at the top 5% of the industry (clause 4.4).", "5%", "verified"),
    ("Per clause 4.4 the 引领值 marks roughly the top 20% of firms.", "20%", "mismatch"),
])
def test_english_answers(text, number, status):
    assert _status(text, number) == status
    assert not any(c.text.startswith("4.4") for c in extract_claims(text))


# --- dates in Chinese numerals, a standard's new edition named without its year ---------------

@pytest.mark.parametrize(("text", "status"), [
    ("通则 GB/T 36132-2025 于二〇二五年十二月三十一日实施。", "verified"),
    ("通则 GB/T 36132-2025 于二〇二六年一月一日实施。", "mismatch"),
    ("GB/T 2589-2020 于二〇二〇年九月二十九日发布。", "verified"),
])
def test_a_date_in_chinese_numerals(text, status):
    dates = [r for r in check(text) if "年" in r.claim.text and "月" in r.claim.text]
    assert dates and dates[0].status == status, [(r.claim.text, r.explanation) for r in check(text)]


@pytest.mark.parametrize(("text", "status"), [
    ("GB/T 32150 的新版自 2026-07-01 起实施。", "verified"),
    ("GB/T 32150 新版 2026 年 3 月 1 日起实施。", "mismatch"),
])
def test_a_new_edition_named_without_its_year(text, status):
    dates = [r for r in check(text) if "2026" in r.claim.text]
    assert dates and dates[0].status == status, [(r.claim.text, r.explanation) for r in check(text)]


def test_a_wrong_grid_factor_behind_a_regional_result_is_the_mismatch():
    text = "工厂在华北电网，2022 年购电 2 000 MWh，按 0.5366 计排放 1 355.2 tCO2。"   # 华北 2022: 0.6776
    assert _status(text, "0.5366") == "mismatch"
    assert _status(text, "1 355.2") == "verified"


def test_a_regional_factor_without_a_region_is_not_called_wrong():
    text = "2022 年外购电力 10 000 MWh，按 0.5617 计，排放 5 366 tCO2。"
    assert _status(text, "0.5617") != "mismatch"


@pytest.mark.parametrize(("text", "number", "status"), [
    ("车间年用电 800 MWh。按 0.5366 计算，排放 429.3 tCO2。", "429.3", "verified"),
    ("车间年用电 800 MWh。按 0.5366 计算，排放 492.3 tCO2。", "492.3", "mismatch"),
])
def test_a_bare_factor_sentence_goes_on_from_the_amount_before(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize(("text", "number", "status"), [
    ("梯度培育体系分国家、省、市三级。", "三级", "verified"),
    ("梯度培育体系分国家、省、市、县、园区五级。", "五级", "mismatch"),
])
def test_levels_are_a_count(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize(("text", "status"), [
    ("碳市场 2022 年度核算用的电网因子为 0.5703 tCO2/MWh。", "verified"),
    ("碳市场 2022 年度核算用的电网因子为 0.5366 tCO2/MWh。", "mismatch"),
])
def test_the_carbon_market_factor_by_its_short_name(text, status):
    assert _status(text, "0.5") == status


@pytest.mark.parametrize(("text", "number", "status"), [
    # B.27: the single-storey hall over 8 m counts twice: (3 × 2 + 2) / 5 = 1.6
    ("容积率：单层联合厂房 3 万 m²、层高 12 m，综合楼建筑面积 2 万 m²，厂区用地 5 万 m²，R = 1.6。", "1.6", "verified"),
    ("容积率：单层联合厂房 3 万 m²、层高 12 m，综合楼建筑面积 2 万 m²，厂区用地 5 万 m²，R = 1.0。", "1.0", "mismatch"),
    # not over 8 m: counted once, (3 + 2) / 5 = 1.0
    ("容积率：单层联合厂房 3 万 m²、层高 6 m，综合楼建筑面积 2 万 m²，厂区用地 5 万 m²，R = 1.0。", "1.0", "verified"),
])
def test_plot_ratio_doubles_a_high_single_storey_building(text, number, status):
    assert _status(text, number) == status


def test_renewable_electricity_by_a_short_name(smelter):
    from assistant.scoring.compute import compute_profile  # noqa: F401  (the profile's own numbers)
    res = [r for r in check("本厂可再生电量合计 6 200 万 kWh。", smelter) if r.claim.text.startswith("6 200")]
    assert res and res[0].status != "mismatch", res[0].explanation


@pytest.mark.parametrize(("text", "status"), [
    ("阴极铜取水单耗 12 m³/t。", "verified"),
    ("阴极铜取水单耗 15 m³/t。", "mismatch"),
    ("问：阴极铜的能耗单耗呢？\n答：约 0.46 tce/t。", "verified"),
])
def test_dan_hao_is_a_per_product_consumption_decided_by_its_unit(smelter, text, status):
    res = [r for r in check(text, smelter) if "/t" in r.claim.unit]
    assert res and res[0].status == status, [(r.claim.text, r.explanation) for r in check(text, smelter)]


@pytest.mark.parametrize(("text", "number", "status"), [
    ("问：附录C 示例表中赋分为 6 分的指标有几项？\n答：4 项。", "4 项", "verified"),
    ("问：附录C 示例表中赋分为 6 分的指标有几项？\n答：5 项。", "5 项", "mismatch"),
    ("表C.1 里分值为 8 分的二级指标一共 9 个。", "9 个", "verified"),
    ("表C.1 里满分为 4 分的指标只有 2 个。", "2 个", "mismatch"),
])
def test_counts_of_table_c1_rows_by_points(text, number, status):
    assert _status(text, number) == status


def test_counts_by_points_need_table_c1():
    assert _status("本方案分值为 8 分的指标有 3 个。", "3 个") == "unverifiable"


@pytest.mark.parametrize(("text", "status"), [
    ("按示意方案，资源高效化满分 30 分。", "verified"),
    ("按示意方案，资源高效化满分 25 分。", "mismatch"),
    ("按示意方案，资源高效化得 18.37 分。", "verified"),    # a score, not the class's full points
])
def test_a_class_full_points_are_its_weight(smelter, text, status):
    res = [r for r in check(text, smelter) if r.claim.unit == "分"]
    assert res and res[0].status == status, [(r.claim.text, r.explanation) for r in res]


def test_a_score_after_another_value_is_not_the_below_base_case():
    text = "实际值劣于基准值 0.55 tce/t 的企业需整改，本厂为 0.46 tce/t，得 6 分。"
    assert _status(text, "6 分") != "mismatch"


def test_a_named_formula_takes_symbol_inputs_written_after_the_result():
    text = "Kr = 1 800 / 2 000 = 90%，其中 Zr = 1 800 t、Z = 2 000 t、Zw = 200 t，按 B.11 计算。"
    assert _status(text, "90%") == "mismatch"                      # 1 800 / 2 200 = 81.8 %
    text = "Kr = 1 800 / 2 200 = 81.8%，其中 Zr = 1 800 t、Z = 2 000 t、Zw = 200 t，按 B.11 计算。"
    assert _status(text, "81.8%") == "verified"


def test_counts_by_points_without_the_word_indicator():
    assert _status("表C.1 共 14 个二级指标，其中分值为 8 分的有 7 个。", "7 个") == "mismatch"


@pytest.mark.parametrize(("text", "status"), [
    ("现行的 GB/T 2589-2020 代替了 2008 年版。", "verified"),
    ("答：GB/T 2589-2020，它取代了 2015 版。", "mismatch"),
    ("GB/T 36132-2025 替代了 2018 版。", "verified"),
    ("GB/T 36132-2025 替代了 2017 版。", "mismatch"),
])
def test_the_replaced_edition_written_as_a_year(text, status):
    res = [r for r in check(text) if "版" in r.claim.text]
    assert res and res[0].status == status, [(r.claim.text, r.explanation) for r in check(text)]


def test_a_sentence_on_an_older_edition_is_not_judged_by_the_current_one():
    assert all(r.status != "mismatch" for r in check("GB/T 2589-2008 代替了 1990 版。"))


@pytest.mark.parametrize("text", [
    "本项未达到基准值，按 5.2 不得分，记 0 分。",         # 5.2 is the clause, 0 分 the score
    "建设期分为规划、施工两个阶段。",                      # not the green factory's stages of 3.1
])
def test_round7_rules_leave_other_statements(text):
    assert all(r.status != "mismatch" for r in check(text)), [(r.claim.text, r.explanation) for r in check(text)]


@pytest.mark.parametrize(("text", "status"), [
    ("单位产品 CO2 排放量 1.65 tCO2/t。", "verified"),
    ("单位产品 CO2 排放量 1.85 tCO2/t。", "mismatch"),
])
def test_a_space_between_chinese_and_latin_does_not_split_a_name(smelter, text, status):
    res = [r for r in check(text, smelter) if "tCO2" in r.claim.unit]
    assert res and res[0].status == status, [(r.claim.text, r.explanation) for r in res]


@pytest.mark.parametrize(("text", "number", "status"), [
    ("产品绿色化包括 2 项二级指标。", "2 项", "verified"),
    ("产品绿色化包含 3 项二级指标。", "3 项", "mismatch"),
    ("表A.1 包括 9 列。", "9 列", "verified"),
])
def test_a_count_right_after_bao_kuo_counts_the_whole(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize(("text", "number", "status"), [
    ("全国碳市场 2022 年度核算用的电网因子为 0.5703 tCO2/MWh。", "0.5703", "verified"),
    ("2022 年全国电网平均排放因子为 0.5366，碳市场另用 0.5703。", "0.5366", "verified"),
    ("2022 年全国电网平均排放因子为 0.5703，碳市场另用 0.5366。", "0.5703", "mismatch"),
])
def test_a_variant_named_in_the_clause_is_not_the_average(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize("text", [
    "本报告第三节用到 5 个公式。",                # not Annex B's formulas as a whole
    "单位产品能耗的计算涉及 2 个公式。",
    "表C.1 第一类有 4 个二级指标。",              # a part of the table, not its 14 rows
])
def test_a_count_of_a_part_is_not_the_whole(text):
    assert all(r.status != "mismatch" for r in check(text)), [(r.claim.text, r.explanation) for r in check(text)]


@pytest.mark.parametrize(("text", "number", "status"), [
    ("附录B 一共有 28 个公式。", "28 个", "verified"),
    ("附录B 一共有 26 个公式。", "26 个", "mismatch"),
    ("表C.1 共 13 个二级指标。", "13 个", "mismatch"),
])
def test_a_count_of_the_whole_is_still_checked(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize(("text", "status"), [
    ("Total score: 70.41 points.", "verified"),
    ("The self-evaluation total is 72.4 points.", "mismatch"),
])
def test_an_english_total_score(computers, text, status):
    res = [r for r in check(text, computers) if r.claim.unit == "分"]
    assert res and res[0].status == status, [(r.claim.text, r.explanation) for r in res]


def test_total_in_another_sense_is_no_total_score(computers):
    assert all(r.status != "mismatch" for r in check("The total cost was 12 points lower.", computers))
