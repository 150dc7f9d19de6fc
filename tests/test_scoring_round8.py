"""Checker round eight (docs/scoring.md "Round eight"): false alarms first, each class in wording of its own."""

from __future__ import annotations

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check

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
