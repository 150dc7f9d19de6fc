"""Checker round seven (docs/scoring.md "Round seven"): each class with wording of its own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.scoring import check
from assistant.scoring.extract import extract_claims


@pytest.fixture(scope="module")
def smelter():
    from assistant.scoring.evaluate import REPO
    from assistant.scoring.profile import load_profile
    return load_profile(REPO / "corpus" / "examples" / "copper-smelter.yaml")


def _status(text: str, number: str) -> str:
    hits = [r for r in check(text) if r.claim.text.startswith(number)]
    assert hits, [r.claim.text for r in check(text)]
    return hits[-1].status


# --- evaluate CLI: a missing or malformed set is one line, exit 2 -------------------------------

@pytest.mark.parametrize(("content", "needle"), [(None, "无法读取"), ("{not json\n", "第 1 行"),
                                                 ('{"text": "x"}\n', "缺少字段")])
def test_evaluate_bad_set_is_one_line_and_exit_2(tmp_path, content, needle):
    path = tmp_path / "set.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "assistant.scoring.evaluate", "--set", str(path)],
                          capture_output=True, text=True, env={"PYTHONPATH": ".", "PATH": ""})
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and str(path) in lines[0] and needle in lines[0]


# --- magnitudes written apart from their unit ('12 万 m²', '3 亿 kWh') ---------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("厂区用地 8 万 m²", "万m²"),
    ("年购电 3 亿 kWh", "亿kWh"),
    ("营业收入 5.5 亿 元", "亿元"),
    ("用水 60 万 m³", "万m³"),
])
def test_a_magnitude_apart_from_its_unit_is_one_unit(text, unit):
    assert [c.unit for c in extract_claims(text)] == [unit]


@pytest.mark.parametrize(("text", "number", "status"), [
    ("用地产出 = 54 亿元 ÷ 18 万 m² = 3 万元/m²。", "3 万元", "verified"),
    ("用地产出 = 54 亿元 ÷ 18 万 m² = 30 万元/m²。", "30 万元", "mismatch"),
    ("蒸汽 20 万 t × 0.1286 tce/t = 25 720 tce。", "25 720", "verified"),
    ("蒸汽 20 万 t × 0.1286 tce/t = 2 572 tce。", "2 572", "mismatch"),
    ("年用电 2 000 万 kWh，按当量值折标准煤 2 458 tce。", "2 458", "verified"),
    ("年用电 2 000 万 kWh，按当量值折标准煤 24 580 tce。", "24 580", "mismatch"),
])
def test_expressions_with_spaced_magnitudes_are_recomputed(text, number, status):
    assert _status(text, number) == status


# --- a bare factor applied with 按/取 ('按 0.5366 计排放…') -------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("外购电 5 000 MWh，按 0.5366 计算排放 2 683 tCO2。", "2 683", "verified"),
    ("外购电 5 000 MWh，按 0.5366 计算排放 26 830 tCO2。", "26 830", "mismatch"),
    ("年用电 8 000 万 kWh，按当量值 0.1229 折标准煤 9 832 tce。", "9 832", "verified"),
    ("年用电 8 000 万 kWh，按当量值 0.1229 折标准煤 983.2 tce。", "983.2", "mismatch"),
    ("蒸汽 1.5 万 t，取 0.0948 折合 1 422 tce。", "1 422", "verified"),
])
def test_a_bare_factor_after_an_is_applied_to_the_quantity_before(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize("text", [
    "厂房 6 000 m²，按 2 计建筑面积 12 000 m²。",        # an integer multiplier, not a decimal factor
    "外购电 5 000 MWh，按 0.5366 tCO2/MWh 计，另有直接排放 900 tCO2。",  # a unit factor: another rule
])
def test_a_bare_factor_rule_leaves_other_wording(text):
    assert all(r.status != "mismatch" for r in check(text))


@pytest.mark.parametrize(("text", "number", "status"), [
    ("锅炉用天然气 600万m³按1.2143折算约0.73万tce。", "0.73万", "verified"),
    ("锅炉用天然气 600万m³按1.2143折算约7.3万tce。", "7.3万", "mismatch"),
    ("原煤 2 000 t 按 0.7143 折算约 1 428.6 tce。", "1 428.6", "verified"),
    ("蒸汽 2 万 t × 0.0948 = 1 896 tce。", "1 896", "verified"),
    ("蒸汽 2 万 t × 0.0948 = 0.19 万tce。", "0.19 万", "verified"),
])
def test_a_bare_factor_result_in_wan_is_compared_in_its_own_unit(text, number, status):
    assert _status(text, number) == status


# --- references are not values ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "单位产品综合能耗的计算口径（详见 5.2）与上一版不同。",
    "评价结果按总分判定（见 6.1）。",
    "5.2 规定分值按线性插值计算。",
    "按表C.1，可再生能源利用率（序号 3）分值 8 分。",
    "序号 12 的单位用地面积产值是正向指标。",
])
def test_a_clause_or_row_number_is_no_value(text):
    assert all(not c.text.strip().startswith(("5.2", "6.1", "3", "12")) for c in extract_claims(text))
    assert all(r.status != "mismatch" for r in check(text))


@pytest.mark.parametrize(("text", "status"), [
    ("建筑物、构筑物和堆场的占地面积之和除以用地面积即为建筑系数（B.26）。", "verified"),
    ("建筑系数按用地面积计算（B.27）。", "verified"),       # the equation number of B.26
    ("建筑系数的公式编号是（B.26）。", "mismatch"),        # the sentence asks for the equation's number
    ("建筑系数对应式（B.26）。", "mismatch"),
    ("建筑系数按用地面积计算（B.20）。", "mismatch"),
])
def test_either_the_formula_clause_or_its_equation_refers_rightly(text, status):
    refs = [r for r in check(text) if "B." in r.claim.text]
    assert refs and refs[0].status == status, [(r.claim.text, r.explanation) for r in refs]


# --- a count right after (or before) an enumeration in the same clause -------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    ("资源高效化关注原材料、取水、水重复利用和固废利用这 4 项。", "4 项", "verified"),
    ("4.3.2 资源高效化关注原材料、取水、水重复利用、固废利用这 5 项。", "5 项", "mismatch"),
    ("汇总表共 4 列，依次为指标、实际值、分值、得分。", "4 列", "verified"),
    ("汇总表共 5 列，依次为指标、实际值、分值、得分。", "5 列", "mismatch"),
    ("报告分三个部分：概况、指标、结论，另附两个附件。", "三个", "verified"),
])
def test_a_count_is_checked_against_its_own_enumeration(text, number, status):
    assert _status(text, number) == status


def test_a_list_ends_at_its_clause():
    text = "评价关注四个环节：采购、生产、物流、回收，并分两个层级推进。"
    assert _status(text, "四个") == "verified"
    assert _status(text, "两个") != "mismatch"


def test_lie_as_a_verb_is_no_unit():
    assert [c.unit for c in extract_claims("共有 3 家列入名单")] == ["家"]
    assert [c.unit for c in extract_claims("其中 12 列为必填")] == [""]


# --- 5.2 scoring examples -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    # the example in brackets, the score after 算出来/结果
    ("按 5.2 的算例（分值 6 分、基准值 50%、引领值 70%、实际值 60%），结果是 3 分。", "3 分", "verified"),
    ("按 5.2 的算例（分值 6 分、基准值 50%、引领值 70%、实际值 60%），结果是 4.5 分。", "4.5 分", "mismatch"),
    ("5.2 里的例子：分值 10 分，基准值 20%，引领值 40%，实际值 35%，算出来 7.5 分。", "7.5 分", "verified"),
    # an inverse indicator, the factory's value named after the scheme values
    ("吨产品能耗为逆向指标：基准值 0.8 tce/t，引领值 0.5 tce/t，本厂 0.65 tce/t，分值 6 分，得 3 分。", "3 分", "verified"),
    ("吨产品能耗为逆向指标：基准值 0.8 tce/t，引领值 0.5 tce/t，本厂 0.65 tce/t，分值 6 分，得 4 分。", "4 分", "mismatch"),
])
def test_worked_scoring_examples(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize(("text", "number", "status"), [
    ("本厂水重复利用率 82%，未达到方案基准值 85%，该项得 2 分。", "2 分", "mismatch"),
    ("本厂水重复利用率 82%，未达到方案基准值 85%，该项得 0 分。", "0 分", "verified"),
    ("按 5.2，实际值劣于基准值时，可得基本分 1 分。", "1 分", "mismatch"),
])
def test_a_value_worse_than_the_baseline_scores_zero(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize("text", [
    "吨产品能耗低于基准值 0.8 tce/t，该项得 3 分。",             # inverse: below the baseline is better
    "劣于基准值时不得分，优于引领值得 8 分。",                     # another condition before the score
    "劣于基准值得 0 分；介于基准值与引领值之间的，本厂得 4 分。",   # another sentence part
])
def test_a_score_under_another_condition_is_not_judged_zero(text):
    assert all(r.status != "mismatch" for r in check(text))


# --- a named Annex B formula recomputed from the inputs the sentence writes -------------------

@pytest.mark.parametrize(("text", "number", "status"), [
    # by symbol: the written division is consistent, but B.11 divides by (Z + Zw)
    ("按 B.11 计算：Zr = 4 600 t，Z = 5 000 t，Zw = 750 t，K = 4 600 / 5 000 = 92%。", "92%", "mismatch"),
    ("按 B.11 计算：Zr = 4 600 t，Z = 5 000 t，Zw = 750 t，K = 4 600 / 5 750 = 80%。", "80%", "verified"),
    # by name, in another word order
    ("用地 20 万 m²，其中建筑物 7 万 m²、构筑物 2 万 m²、露天堆场 1 万 m²，建筑系数为 45%。", "45%", "mismatch"),
    ("用地 20 万 m²，其中建筑物 7 万 m²、构筑物 2 万 m²、露天堆场 1 万 m²，建筑系数为 50%。", "50%", "verified"),
    ("新水取用 30 万 m³，重复利用水量 270 万 m³，工业用水重复利用率 R = 90%。", "90%", "verified"),
    ("新水取用 30 万 m³，重复利用水量 270 万 m³，工业用水重复利用率 R = 88%。", "88%", "mismatch"),
    ("代表产品工时定额 2 h，产品 j 工时定额 3 h，换算系数 k = 1.5。", "1.5", "verified"),
    ("代表产品工时定额 2 h，产品 j 工时定额 3 h，换算系数 k = 0.67。", "0.67", "mismatch"),
])
def test_a_named_formula_is_recomputed_from_its_inputs(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize("text", [
    # an input without a default left out (the land): nothing to recompute
    "建筑物 6 万 m²、构筑物 1 万 m²、堆场 1 万 m²，建筑系数 66%。",
    # the indicator not named: nothing to recompute
    "Zr = 4 600 t，Z = 5 000 t，Zw = 750 t，比值 K = 4 600 / 5 000 = 92%。",
])
def test_a_named_formula_needs_the_name_and_every_input(text):
    assert all(r.status != "mismatch" for r in check(text))


# --- the coefficient, not the result, is wrong when the result follows the standard one --------

@pytest.mark.parametrize(("text", "factor", "result"), [
    ("锅炉燃用原煤 3 000 t，按 0.7500 kgce/kg 折合 2 142.9 tce。", "0.7500", "2 142.9"),   # 0.7143
    ("汽油 50 t × 1.4571 kgce/kg = 73.57 tce。", "1.4571", "73.57"),                       # 1.4714
])
def test_a_wrong_coefficient_behind_a_standard_result_is_the_mismatch(text, factor, result):
    assert _status(text, factor) == "mismatch"
    assert _status(text, result) == "verified"


def test_a_result_that_follows_neither_coefficient_stays_the_mismatch():
    text = "原煤 3 000 t，按 0.7500 kgce/kg 折合 2 500 tce。"
    assert _status(text, "2 500") == "mismatch"


# --- false alarms from misreadings --------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("B.24 包含式（B.24）与式（B.25）两个公式。", "两个"),
    ("问：B.10 的那两个量是什么？\n答：取水量 V 和重复利用水量 Vr。", "两个"),
])
def test_a_count_of_one_clause_is_no_total(text, number):
    assert _status(text, number) != "mismatch"


def test_a_fuel_mass_is_no_product_denominator():
    text = "燃料：天然气 300 000 m³、柴油 8 000 kg，综合能耗约 376 tce，单位产品约 0.0188 tce/t（合格品 20 000 t）。"
    assert _status(text, "0.0188") != "mismatch"


def test_a_unit_before_a_closing_bracket_is_kept():
    assert [c.text for c in extract_claims("（产量 20 000 t）")] == ["20 000 t"]
    assert extract_claims("见 4.2 b）") == []


def test_a_name_with_its_own_number_does_not_make_a_later_one_a_unit_slip(smelter):
    text = "本厂 2022 年综合能耗 92 899.08 tce（电力按当量值），阴极铜合格品 200 000 t。"
    res = {r.claim.text: r for r in check(text, smelter)}
    assert res["200 000 t"].status != "mismatch", res["200 000 t"].explanation


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
