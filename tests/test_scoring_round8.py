"""Checker round eight (docs/scoring.md "Round eight"): false alarms first, each class in wording of its own."""

from __future__ import annotations

import pytest

from assistant.scoring import check


@pytest.fixture(scope="module")
def smelter():
    from assistant.scoring.evaluate import REPO
    from assistant.scoring.profile import load_profile
    return load_profile(REPO / "corpus" / "examples" / "copper-smelter.yaml")


@pytest.fixture(scope="module")
def computers():
    from assistant.scoring.evaluate import REPO
    from assistant.scoring.profile import load_profile
    return load_profile(REPO / "corpus" / "examples" / "computer-assembly.yaml")


def _status(text: str, number: str, profile=None) -> str:
    res = check(text, profile)
    hits = [r for r in res if r.claim.text.startswith(number)]
    assert hits, [r.claim.text for r in res]
    return hits[-1].status


# --- operands of a written expression are never read as another value --------------------------

def test_operands_inside_brackets_are_not_scores(smelter):
    text = "单位产品综合能耗得分 = 10 × (0.50 − 0.45) / (0.50 − 0.30) = 2.5 分。"
    res = check(text, smelter)
    assert not [r.claim.text for r in res if r.status == "mismatch" and r.claim.text in ("0.45", "0.30", "0.50")]


@pytest.mark.parametrize(("result", "status"), [("0.90", "verified"), ("0.95", "mismatch")])
def test_bracketed_sum_operand_is_no_plot_ratio(result, status):
    text = f"宿舍与车间计容面积合计后，容积率 = (3.6 + 0.9) / 5 = {result}。"
    assert _status(text, "3.6") == "unverifiable"
    assert _status(text, result) == status


def test_left_side_of_a_division_is_no_product_result():
    text = ("以产量 5 万 t 计，单位产品 SO2 排放量 = 8 000 kg / 50 000 t = 0.16 kg/t；"
            "以产值 12 亿元计，单位产值颗粒物排放量 = 2 400 kg / 120 000 万元 = 0.02 kg/万元。")
    assert _status(text, "2 400 kg") == "unverifiable"
    assert _status(text, "0.02 kg") == "verified"


# --- a standard-coal result belongs to the energy named right before it -------------------------

@pytest.mark.parametrize(("gas", "status"), [("242.86", "verified"), ("252.86", "mismatch")])
def test_conversion_results_pair_with_their_energy(gas, status):
    text = (f"本年消耗外购电力 1 000 万 kWh、天然气 20 万 m³。按 GB/T 2589 当量值折标，电力 1 229 tce，"
            f"天然气 {gas} tce，综合能耗 5 000 tce。")
    assert _status(text, "1 229 tce") == "verified"
    # labelled by a word that names no energy: not read as the gas's conversion
    assert _status(text.replace("电力 1 229", "电 1 229"), "1 229 tce") == "unverifiable"
    assert _status(text, gas) == status
    assert _status(text, "5 000 tce") != "mismatch"  # the total of all energies is no conversion


def test_share_of_the_total_energy_is_no_conversion():
    text = "外购电力 800 万 kWh，折 983.2 tce，占综合能耗 4 100 tce 的 24.0%。"
    assert _status(text, "4 100 tce") == "unverifiable"
    assert _status(text, "983.2 tce") == "verified"


# --- a factor applied to one of several amounts ---------------------------------------------------

def test_factor_applies_to_any_amount_that_explains_the_result():
    text = "外购网电 20 000 MWh（不含自发自用光伏 3 000 MWh）按 0.5306 tCO2/MWh 计，间接排放 10 612 t。"
    assert _status(text, "10 612 t") == "verified"
    wrong = text.replace("10 612 t", "10 812 t")
    assert _status(wrong, "10 812 t") != "verified"


# --- totals whose parts are per unit, per item or conditions ------------------------------------

@pytest.mark.parametrize("text", [
    "宿舍楼 6 层、每层 0.2 万 m²，车间 1 万 m²，共 1.2 万 m²。",
    "能源低碳化与资源高效化合计权重 60%，另两类各 16%，合计 32%。",
    "表C.1 中分值 6 分的有 4 项，4 分的 1 项，合计 28 分。",
])
def test_total_of_each_or_per_unit_parts_is_not_judged(text):
    assert not [r.claim.text for r in check(text) if r.status == "mismatch"]


# --- 外购电力 in a standard-coal sentence is the energy table's electricity ----------------------

def test_purchased_power_in_energy_sentence_is_the_energy_row(computers):
    assert _status("能源消费：外购电力 6 000 万 kWh，折标准煤 7 374 tce。", "6 000", computers) == "verified"
    # in an emission sentence it is the grid electricity net of the rooftop PV (5 400 万 kWh)
    assert _status("外购电力 6 000 万 kWh，按 0.5306 tCO2/MWh 计算排放。", "6 000", computers) == "mismatch"


# --- guards: links too weak to call a number wrong (guards.py) ------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("绿色供应链评价的六个方面里，前两个方面各 20 分。", "两个"),
    ("绿色信息披露四项中完成了两项。", "两项"),                   # the factory's own count
    ("绿色回收两项各 10 分。", "10 分"),                                 # each item's, not the whole's 20
    ("绿色供应商管理分值 3、4、3、4、3、3 分，合计 20 分。", "3"),        # a list member, no pairing
    ("绿色设计未编制报告，这一项得 0 分。", "0 分"),         # a score, not the points
])
def test_weak_links_stay_unverifiable(text, number):
    assert _status(text, number) == "unverifiable"


@pytest.mark.parametrize(("text", "number"), [
    ("平台功能满足 10 项以上才能拿满该项分值。", "10 项"),   # a threshold states the constant (8)
    ("生产洁净化、产品绿色化两类各占 18% 的权重。", "18%"),  # the names are the items: each 16 %
    ("绿色设计这一项可得 10 分。", "10 分"),                  # 可得 states the points (8)
])
def test_strong_links_still_mismatch(text, number):
    assert _status(text, number) == "mismatch"


# --- the total score needs a word of the total once other numbers came before ------------------

def test_bare_score_after_other_numbers_is_no_total(smelter):
    res = check("改造项目 3 个，投资 1 200 万元，得分 5.5 分。", smelter)
    assert not [r for r in res if r.claim.text.startswith("5.5") and "总分" in r.explanation]
    text = "产品绿色化：绿色设计得 4 分；碳足迹得 8 分；合计 12 分。"
    assert _status(text, "12 分", smelter) == "verified"  # the sum of the scores written, not the total score
    assert _status("评价结论：五类一级指标合计 70.00 分。", "70.00", smelter) == "mismatch"  # still the total


# --- a name followed by its own number names that number, not the one before it -----------------

def test_name_after_a_number_with_its_own_number():
    text = "资源高效化 30 分由原材料消耗强度 8 分、取水强度 8 分等四项组成。"
    assert _status(text, "30 分") != "mismatch"
    assert _status("表C.1 中平台功能以 6 项为引领值。", "6 项") == "mismatch"  # the role word after it: 8 项


# --- a plan's target before the name ----------------------------------------------------------

def test_target_word_before_the_name(computers):
    assert _status("计划单位产品取水量≤0.20 m³/台，2025 年完成改造。", "≤0.20", computers) == "unverifiable"
    # a role word keeps the constant: the plan restates the 引领值 (8 项)
    assert _status("力争平台功能达到引领值 12 项。", "12 项") == "mismatch"


# --- approximate results, percent of a bare division, clause numbers, labels ---------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("1 kgce 合 29 307 kJ，1 kWh 合 3 600 kJ，故 3 600 ÷ 29 307 ≈ 0.1229。", "0.1229", "verified"),  # one in the last digit
    ("热值换算：3 600 ÷ 29 307 ≈ 0.1240。", "0.1240", "mismatch"),
    ("改造投资占比 = 2 400/160 000 = 1.50%。", "1.50%", "verified"),   # a ratio below 1 written in %
    ("改造投资占比 = 2 400/160 000 = 1.80%。", "1.80%", "mismatch"),
])
def test_written_results(text, number, status):
    assert _status(text, number) == status


def test_clause_number_after_an_with_a_space():
    assert not [r for r in check("取水强度优于引领值，按 5.2 达到引领值者得满分。") if r.claim.text.startswith("5.2")]


@pytest.mark.parametrize(("text", "status"), [
    ("586号通知的附件3 是绿色供应链管理评价要求，附件1 是绿色工厂评价要求。", "verified"),
    ("586号文的附件3 是绿色工厂评价要求。", "mismatch"),
])
def test_attachment_numbers_are_references_not_counts(text, status):
    res = [r for r in check(text) if r.claim.text.startswith("附件")]
    assert res and {r.status for r in res} == {status}


def test_table_cell_under_points_is_no_count():
    text = "| 方面 | 分值 |\n|---|---|\n| 绿色回收 | 20 |\n| 绿色信息披露 | 10 |"
    assert not [r for r in check(text) if r.status == "mismatch"]


# --- a product's capacity is no factory total (B.24 N) ----------------------------------------------

@pytest.mark.parametrize("text", [
    "服务器产能 6 万台，台式计算机 150 万台，均按两班制核定。",
    "笔记本与服务器的产能分别为 100 万台和 6 万台。",
])
def test_product_capacity_is_not_the_total(computers, text):
    assert not [r for r in check(text, computers) if r.status == "mismatch"]


def test_output_after_capacity_is_not_capacity(smelter):
    text = "硫酸产能 90 万t/年，2022 年阴极铜产量 20 万t。"
    assert not [r for r in check(text, smelter) if r.status == "mismatch"]


def test_whole_factory_capacity_still_checked(computers):
    assert _status("全厂折合台式机的年产能为 250 万台。", "250 万台", computers) == "mismatch"  # N = 266 万台


# --- storeys, emission sums, longest names across lexicons ------------------------------------------

def test_storey_not_over_8_m_with_a_comma():
    text = "仓库单层 1.2 万 m²、层高 6.5 m，按一层计；用地 4 万 m²。"
    assert _status(text, "一层") != "mismatch"
    assert _status("机加工车间层高 9.6 m，按一层计。", "一层") == "mismatch"  # over 8 m counts twice


def test_masses_summed_into_tco2_are_emissions(computers):
    text = "电力间接排放 28 652.4 tCO2；天然气 1 100 t、柴油 70 t，合计 29 822.4 tCO2。"
    res = check(text, computers)
    assert not [r for r in res if r.status == "mismatch"]  # 70 t is no diesel mass (the profile's 20 t)
    assert _status("柴油 70 t，折 102 tce。", "70 t", computers) == "mismatch"


def test_a_name_inside_a_longer_name_is_not_matched():
    text = "燃气公司给出的低位发热量为 36 000 kJ/m³，按 29 307 kJ/kgce 折算约 1.2284 kgce/m³。"
    assert not [r for r in check(text) if r.status == "mismatch"]


# --- written totals: list units, the total score, carried sentences, products' results ------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("资源高效化四项得分依次为 6.1、7.0、4.4、5.5 分，该类合计 23.0 分。", "23.0", "verified"),
    ("资源高效化四项得分依次为 6.1、7.0、4.4、5.5 分，该类合计 24.0 分。", "24.0", "mismatch"),
    ("结果：能源低碳化 20.5 分、资源高效化 22.0 分、生产洁净化 11.0 分，总分 53.5 分。", "53.5", "verified"),
    ("结果：能源低碳化 20.5 分、资源高效化 22.0 分、生产洁净化 11.0 分，总分 55.5 分。", "55.5", "mismatch"),
    ("各类得分为 20.1、19.0、9.9、12.0、5.0 分，评价结果合计 66.0 分。", "66.0", "verified"),
    ("外购电力折 3 000 tce；蒸汽折 450.5 tce。两项合计，全厂综合能耗为 3 540.5 tce。", "3 540.5", "mismatch"),
    ("外购电力折 3 000 tce；蒸汽折 450.5 tce。综合能耗合计 3 450.5 tce。", "3 450.5", "verified"),
    ("燃料排放：柴油 100 t × 3.10 = 310 tCO2，焦炭 2 000 t × 2.86 = 5 720 tCO2，燃料排放合计 6 300 tCO2。",
     "6 300", "mismatch"),
])
def test_written_totals(text, number, status):
    assert _status(text, number) == status


def test_total_score_word_needs_three_class_scores():
    # '满分' in the sentence: the numbers are points and a score, not the parts of a total
    assert _status("该项满分 8 分，得 6 分，总分 70 分。", "70 分") != "mismatch"


# --- a row of labelled fields is one 5.2 example ------------------------------------------------------

@pytest.mark.parametrize(("score", "status"), [("2.4", "verified"), ("2.8", "mismatch")])
def test_labelled_row_is_one_scoring_example(score, status):
    text = f"指标：单位产值取水量；实际值：3.0 m³/万元；基准值：5.0 m³/万元；引领值：1.0 m³/万元；分值：4.8；得分：{score}。"
    assert _status(text, score) == status


def test_labelled_row_above_the_lead_value_gets_the_points():
    text = "指标：可再生能源利用率；实际值：35%；基准值：10%；引领值：30%；分值：8 分；得分：8.4 分。"
    assert _status(text, "8.4") == "mismatch"


# --- intensities: same-kind ratios, the product's amount, 取水量, restatements, carried sentences ----

@pytest.mark.parametrize(("text", "number", "status"), [
    ("NOx 年排放量 60 t，合格品 20 万t，单位产品 NOx 排放量 0.3 kg/t。", "0.3", "verified"),
    ("NOx 年排放量 60 t，合格品 20 万t，单位产品 NOx 排放量 3.0 kg/t。", "3.0", "mismatch"),
    ("取水量 30 万m³，产值 10 亿元，单位产值取水量 3 m³/万元。", "3 m³", "verified"),
    ("取水量 30 万m³，产值 10 亿元，单位产值取水量 0.3 m³/万元。", "0.3", "mismatch"),
    ("厂区用地 250 000 m²，年产值 50 亿元，用地产出率 2 万元/m²。", "2 万元", "verified"),
    ("厂区用地 250 000 m²，年产值 50 亿元，用地产出率 0.2 万元/m²。", "0.2", "mismatch"),
    ("全年综合能耗 8 500 000 kgce，折合 850 tce。", "850 tce", "mismatch"),
    ("综合能耗 9 000 tce，投入产量 32 000 t，其中合格品 30 000 t。按 B.1 计算，单位产品综合能耗为 0.30 tce/t。",
     "0.30", "verified"),
    ("综合能耗 9 000 tce，投入产量 32 000 t，其中合格品 30 000 t。按 B.1 计算，单位产品综合能耗为 0.28 tce/t。",
     "0.28", "mismatch"),
    ("固废产生 8 000 t，利用往年贮存 500 t，综合利用 8 075 t。按 B.11 计算，综合利用率为 95%。", "95%", "verified"),
    ("固废产生 8 000 t，利用往年贮存 500 t，综合利用 8 075 t。按 B.11 计算，综合利用率为 99%。", "99%", "mismatch"),
])
def test_intensities_from_the_written_amounts(text, number, status):
    assert _status(text, number) == status


# --- references: a name right at a standard, lists of references ---------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("环境管理体系依据 GB/T 24001，质量管理体系依据 GB/T 19002。", "GB/T 19002", "mismatch"),
    ("环境管理体系依据 GB/T 24001，质量管理体系依据 GB/T 19001。", "GB/T 19001", "verified"),
    ("公司 2023 年通过 GB/T 23332 能源管理体系认证，并按 GB/T 24001 运行环境管理体系。", "GB/T 23332", "mismatch"),
])
def test_standard_named_right_at_it(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize("text", [
    "核算依据：GB/T 32150、GB/T 32151（温室气体排放核算）。",
    "单位用地面积产值、建筑系数见 B.25、B.26。",
    "取水强度、重复利用率和建筑系数的计算分别见 B.8/B.9、B.10 和 B.26。",
])
def test_lists_of_references_are_not_paired_by_distance(text):
    assert not [r for r in check(text) if r.status == "mismatch"]


# --- the profile's three-year output value, expressions among change words, negative scores -------

@pytest.mark.parametrize(("text", "status"), [
    ("近三年累计产值 270 亿元，改造投资 6 000 万元。", "verified"),
    ("近三年累计产值 27 亿元，改造投资 6 000 万元。", "mismatch"),   # 2 700 000 万元 = 270 亿元
    ("投资占比 = 6 000 万元 ÷ 近三年产值 2 700 亿元。", "mismatch"),
])
def test_three_year_output_value(computers, text, status):
    res = [r for r in check(text, computers) if "亿元" in r.claim.unit]
    assert res and res[-1].status == status


@pytest.mark.parametrize(("result", "status"), [("150", "verified"), ("160", "mismatch")])
def test_expression_after_a_change_word(result, status):
    text = f"按工时定额折算，标准产品产量 = 100 + 50×0.6 + 4×5 = {result} 万台。"
    assert _status(text, result) == status


def test_negative_score_is_wrong():
    assert _status("取水强度劣于基准值较多，线性计分得 −1.2 分。", "1.2") == "mismatch"
    assert _status("实际值 3.2 − 1.2 分的差值说明…", "1.2") != "mismatch"  # a difference, not a score


# --- GB/T 36132-2025 sets no pass mark; a restatement in brackets -----------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("按 GB/T 36132-2025 6.2，综合评价结果达到 70 分以上才能判定为绿色工厂。", "mismatch"),
    ("通则 6.2 规定：评价结果不低于 85 分的，判定为绿色工厂。", "mismatch"),
    ("GB/T 36132-2025 6.2 未给分数线，示意方案取 60 分，评价结果达到后判定为绿色工厂。", "unverifiable"),
])
def test_pass_mark_of_the_standard(text, status):
    res = [r for r in check(text) if r.claim.unit == "分"]
    assert res and res[0].status == status


@pytest.mark.parametrize(("text", "status"), [
    ("工业总产值 8 亿元（80 000 万元），综合能耗 2 400 tce。", "verified"),
    ("工业总产值 8 亿元（8 000 万元），综合能耗 2 400 tce。", "mismatch"),
])
def test_restatement_in_brackets(text, status):
    res = [r for r in check(text) if r.claim.unit == "万元"]
    assert res and res[0].status == status


# --- the site and products of the profile by their names ---------------------------------------------

def test_buildings_by_name(computers):
    assert _status("员工宿舍 7 层，层高 3.0 m。", "7 层", computers) == "mismatch"   # 6 storeys
    assert _status("总装厂房A 6 层、层高 5.5 m。", "6 层", computers) == "verified"
    # B.27's counting rule is no storey count of the building
    assert _status("层高超过 8 m 的测试厂房B按两层计。", "两层", computers) != "mismatch"


def test_industry_code_by_the_industry_name(computers):
    assert _status("所属行业为 GB/T 4754-2017 中的 3919 计算机整机制造。", "3919", computers) == "mismatch"
    assert _status("所属行业为 GB/T 4754-2017 中的 3911 计算机整机制造。", "3911", computers) == "verified"


def test_product_capacity_by_its_name(computers):
    assert _status("服务器产能 6 万台。", "6 万台", computers) == "verified"
    assert _status("服务器产能 8 万台。", "8 万台", computers) == "mismatch"


# --- a score capped at its points, a class total with no items written, the heat factor's names ---

@pytest.mark.parametrize(("text", "status"), [
    ("平台满足 11 项，得分 = 4 × 11 / 8 = 5.5 分。", "mismatch"),    # 5.2 caps the score at the points (4)
    ("平台满足 6 项，得分 = 4 × 6 / 8 = 3 分。", "verified"),
])
def test_score_written_as_points_times_a_ratio(text, status):
    res = [r for r in check(text) if r.claim.unit == "分"]
    assert res[-1].status == status


def test_class_total_with_no_items_written(smelter):
    # no items before '四项合计': the class's own score (资源高效化 18.37 分 in the copper sample)
    assert _status("资源高效化四项合计得 19.37 分。", "19.37", smelter) == "mismatch"
    assert _status("资源高效化四项合计得 18.37 分。", "18.37", smelter) == "verified"


def test_purchased_heat_factor_by_its_long_name():
    assert _status("外购热力排放因子按 GB/T 32150-2025 取 0.12 tCO2/GJ。", "0.12") == "mismatch"


# --- a table's total row ------------------------------------------------------------------------------

_TABLE = "| 能源 | 实物量 | 折标准煤（tce） |\n|---|---|---|\n| 电力 | 500 万 kWh | 614.5 |\n| 柴油 | 80 t | 116.57 |\n| 合计 | — | {total} |"


@pytest.mark.parametrize(("total", "status"), [("731.07", "verified"), ("713.07", "mismatch")])
def test_table_total_row_is_the_column_sum(total, status):
    res = [r for r in check(_TABLE.format(total=total)) if r.claim.text == total]
    assert res and res[0].status == status


def test_table_total_of_rates_is_not_a_sum():
    text = "| 指标 | 利用率（%） |\n|---|---|\n| 一季度 | 90 |\n| 二季度 | 92 |\n| 合计 | 91 |"
    assert not [r for r in check(text) if r.status == "mismatch"]


# --- counts of a class, counts under Table C.1, constants per another base --------------------------

def test_count_after_a_class_name_is_the_class_count():
    assert _status("表C.1 中资源高效化四项二级指标合计 30 分。", "四项") == "verified"
    assert _status("表C.1 中资源高效化五项二级指标合计 30 分。", "五项") == "mismatch"
    assert _status("表C.1 共 14 项二级指标。", "14 项") == "verified"


def test_count_of_table_c1_after_indicator_types():
    assert _status("按指标类型统计，表C.1 的 14 项中定性指标 3 项。", "14 项") != "mismatch"


def test_constant_per_kgce_in_a_sentence_on_tce():
    assert _status("1 tce 即 1 000 kgce，热量为 29 307 MJ。", "29 307") != "mismatch"
    assert _status("1 kgce 的热量为 29 307 MJ。", "29 307") == "mismatch"


def test_constant_named_before_a_short_list_stands():
    # 586号: green parks have six categories; a list of five after the colon does not make 五类 right
    assert _status("绿色园区评价指标分为五类：能源利用、资源利用、基础设施、产业、运行管理。", "五类") == "mismatch"
    assert _status("绿色园区评价指标分为六类：能源利用、资源利用、基础设施、产业、生态环境、运行管理。", "六类") == "verified"


@pytest.mark.parametrize(("text", "status"), [
    ("引领值取行业前 10% 左右的水平。", "mismatch"),   # 4.4: top 5 %; a hedge's half-unit bound is exclusive
    ("引领值取行业前 5% 左右的水平。", "verified"),
])
def test_hedge_does_not_reach_its_half_unit(text, status):
    assert _status(text, "5%" if "5%" in text and "10%" not in text else "10%") == status


def test_region_names_in_a_list_of_grid_factors():
    text = "2022 年各区域电网平均排放因子：华东 0.5617、南方 0.3869、东北 0.5664 tCO2/MWh。"
    assert _status(text, "0.3869") == "verified"
    assert _status(text, "0.5664") == "mismatch"   # 东北 2022: 0.5564
    assert _status("东北 0.5664 吨。", "0.5664") == "unverifiable"  # no grid factor in the sentence


# --- the superseded 2018 edition: chapters, its template's aspects, its performance indicators ---------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("在 2018 版中，建筑、照明和设备属于第 5 章基础设施。", "第 5 章", "verified"),
    ("2018 版的管理体系章（第 7 章）包括能源管理体系。", "第 7 章", "mismatch"),     # 2018: chapter 6
    ("GB/T 36132-2025 的第 5 章是评分规则。", "第 5 章", "verified"),                  # the current edition
    ("2018 版绩效章的绩效指标共 12 项。", "12 项", "verified"),
    ("按 2018 版的自评价模板，七个方面中管理体系权重 15%。", "七个", "mismatch"),     # six aspects
])
def test_2018_edition_facts(text, number, status):
    assert _status(text, number) == status


def test_name_as_the_left_side_of_an_equation_names_its_result(smelter):
    # the copper sample's B.11 includes the prior-year stock (91.38 %); the written division leaves it out
    assert _status("一般工业固体废物综合利用率 = 53 / 56 = 94.64%。", "94.64%", smelter) == "mismatch"
    assert _status("一般工业固体废物综合利用率 = 53 / (56 + 2) = 91.38%。", "91.38%", smelter) == "verified"


@pytest.mark.parametrize(("text", "number", "status"), [
    ("公司按 GB/T 24001、GB/T 19001、GB/T 45001 和 GB/T 23332 运行四体系。", "GB/T 23332", "mismatch"),
    ("满足 4.2 c)（GB/T 23331、GB/T 19001、GB/T 24001、GB/T 28001）。", "GB/T 28001", "mismatch"),
])
def test_list_of_the_four_management_system_standards(text, number, status):
    assert _status(text, number) == status


def test_list_of_four_other_standards_is_not_judged():
    text = "核算依据 GB/T 2589、GB/T 32150、GB/T 32151 和 GB/T 24067。"
    assert not [r for r in check(text) if r.status == "mismatch"]


@pytest.mark.parametrize(("text", "number", "status"), [
    ("废水产生和排放强度的公式见 B.12 到 B.15。", "B.15", "verified"),
    ("废水产生和排放强度的公式见 B.12 到 B.17。", "B.17", "mismatch"),
    ("主要污染物的产生、排放强度见附录B 的 B.18～B.23。", "B.18", "mismatch"),
])
def test_annex_b_range_of_a_group(text, number, status):
    assert _status(text, number) == status


def test_annex_b_range_of_one_half_is_not_judged_as_the_group():
    assert not [r for r in check("废气排放强度见 B.18 至 B.19。") if r.status == "mismatch"]
