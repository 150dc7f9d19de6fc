"""Checker: extraction of every supported format, linking, rounding-aware comparison, slips."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.scoring import check, extract_claims, load_profile

ROOT = Path(__file__).resolve().parents[1]
CU = load_profile(ROOT / "corpus/examples/copper-smelter.yaml")
PC = load_profile(ROOT / "corpus/examples/computer-assembly.yaml")
C1 = "GB/T 36132-2025§表C.1"


@pytest.mark.parametrize(("text", "snippet", "value", "unit", "op", "high"), [
    ("单位产品综合能耗0.35 tce/t。", "0.35 tce/t", 0.35, "tce/t", "=", None),
    ("利用率35%。", "35%", 35, "%", "=", None),
    ("利用率35.0 %。", "35.0 %", 35, "%", "=", None),
    ("利用率百分之三十五。", "百分之三十五", 35, "%", "=", None),
    ("利用率百分之三十五点五。", "百分之三十五点五", 35.5, "%", "=", None),
    ("年产1.2万吨。", "1.2万吨", 1.2, "万吨", "=", None),
    ("取水3,500 吨。", "3,500 吨", 3500, "吨", "=", None),
    ("容积率为1.2。", "1.2", 1.2, "", "=", None),
    ("得分 85.5 分。", "85.5 分", 85.5, "分", "=", None),
    ("应不低于90%。", "不低于90%", 90, "%", ">=", None),
    ("应≥ 90%。", "≥ 90%", 90, "%", ">=", None),
    ("应≤0.5 tce/t。", "≤0.5 tce/t", 0.5, "tce/t", "<=", None),
    ("达90%以上。", "90%以上", 90, "%", ">=", None),
    ("在90%～95%之间。", "90%～95%", 90, "%", "range", 95),
    ("在0.3-0.4 tce/t之间。", "0.3-0.4 tce/t", 0.3, "tce/t", "range", 0.4),
    ("在90至95%之间。", "90至95%", 90, "%", "range", 95),
    ("全角９０．５％。", "９０．５％", 90.5, "%", "=", None),
    ("共十二项功能。", "十二项", 12, "项", "=", None),
    ("按两层计。", "两层", 2, "层", "=", None),
    ("层高超过8 m。", "超过8 m", 8, "m", ">", None),
    ("产值132.25亿元。", "132.25亿元", 132.25, "亿元", "=", None),
    ("用电4.5亿kWh。", "4.5亿kWh", 4.5, "亿kWh", "=", None),
    ("排放因子0.5617 tCO2/MWh。", "0.5617 tCO2/MWh", 0.5617, "tCO2/MWh", "=", None),
    ("产值3.92万元/m2。", "3.92万元/m2", 3.92, "万元/m2", "=", None),
])
def test_extraction_formats(text, snippet, value, unit, op, high):
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    c = claims[0]
    assert text[c.start:c.end] == snippet == c.text
    assert c.value == pytest.approx(value) and c.unit == unit and c.comparator == op
    assert c.value_high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize("text", [
    "依据 GB/T 36132-2025 第5.2条、4.2 a) 和 B.10、式(B.28)、表C.1。",
    "2022年12月31日发布，2021—2023年，依据工信部节〔2024〕13号、生态环境部公告2024年第33号。",
    "PM2.5、CO2、SO2 与 NH3-N 不是数值；GB/T 36132-2025§B.27。",
    "（1）概况\n2. 能源",
    "园区重点项目、重点分析与要点说明。",  # 点 of 重点 / 要点 is no numeral ('点项' was read as 0 项)
])
def test_not_claims(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("要点三项，重点五个方面。", [("三项", 3.0), ("五个", 5.0)]),
    ("八点五分和九分，一点五倍。", [("八点五分", 8.5), ("九分", 9.0), ("一点五倍", 1.5)]),
])
def test_chinese_numerals_after_a_word_ending_in_dian(text, numbers):
    assert [(c.text, c.value) for c in extract_claims(text)] == numbers


def _one(text, profile=CU, keys=(), **kw):
    res = check(text, profile, keys, **kw)
    return {r.claim.text: r for r in res}


def test_verified_with_explanation_and_span():
    r = _one("单位产品综合能耗为0.4645 tce/t。")["0.4645 tce/t"]
    assert r.status == "verified" and r.claim.subject == "energy_per_product"
    assert r.reference == "B.1" and "92,899.08 ÷ 200,000" in r.explanation
    assert (r.claim.start, r.claim.end) == (9, 21)


def test_rounding_aware():
    assert _one("单位产品综合能耗为0.46 tce/t。")["0.46 tce/t"].status == "verified"
    assert _one("单位产品综合能耗为0.47 tce/t。")["0.47 tce/t"].status == "mismatch"
    assert _one("一般工业固体废物综合利用率为91.4%。")["91.4%"].status == "verified"
    assert _one("一般工业固体废物综合利用率为91%。")["91%"].status == "verified"
    assert _one("一般工业固体废物综合利用率为91.5%。")["91.5%"].status == "mismatch"


def test_unit_slip_kgce_vs_tce():
    r = _one("单位产品综合能耗为0.4645 kgce/t。")["0.4645 kgce/t"]
    assert r.status == "mismatch" and r.expected == pytest.approx(464.4954)
    assert "单位" in r.explanation
    assert _one("单位产品综合能耗为464.5 kgce/t。")["464.5 kgce/t"].status == "verified"
    r = _one("单位产品综合能耗为0.4645 tCO2/t。")["0.4645 tCO2/t"]
    assert r.status == "mismatch" and "单位不符" in r.explanation


def test_percent_vs_fraction():
    r = _one("工业用水重复利用率为0.96%。")["0.96%"]
    assert r.status == "mismatch" and "百分数与小数" in r.explanation
    assert _one("工业用水重复利用率为0.96。")["0.96"].status == "verified"
    assert _one("容积率为39.17%。")["39.17%"].status == "verified"


def test_swapped_indicator_hint():
    r = _one("可再生能源利用率为91.38%。")["91.38%"]
    assert r.status == "mismatch" and "一般工业固体废物综合利用率" in r.explanation


def test_comparators_and_ranges():
    assert _one("工业用水重复利用率不低于95%。")["不低于95%"].status == "verified"
    assert _one("工业用水重复利用率不低于97%。")["不低于97%"].status == "mismatch"
    assert _one("工业用水重复利用率不低于0.96%。")["不低于0.96%"].status == "mismatch"
    assert _one("单位产品综合能耗在0.4～0.5 tce/t之间。")["0.4～0.5 tce/t"].status == "verified"
    assert _one("单位产品综合能耗在0.5～0.6 tce/t之间。")["0.5～0.6 tce/t"].status == "mismatch"


def test_respectively():
    res = _one("单位产品综合能耗和单位产品碳排放分别为0.4645 tce/t和1.65 tCO2/t。")
    assert res["0.4645 tce/t"].status == res["1.65 tCO2/t"].status == "verified"


def test_changes_targets_and_unlinked_numbers_are_unverifiable():
    res = check("单位产品综合能耗较上年下降5%，目标为0.40 tce/t。员工1,200人。", CU)
    assert [r.status for r in res] == ["unverifiable"] * 3


def test_scores_use_profile_scheme():
    res = _one("总分60.85分，能源低碳化得分15.69分，工业用水重复利用率得分5.82分。")
    assert all(r.status == "verified" for r in res.values())
    assert _one("得分 61.5 分。")["61.5 分"].status == "mismatch"
    assert _one("总分70.41分。", PC)["70.41分"].status == "verified"


def test_cited_constants():
    text = "表C.1 中能源低碳化权重为30%，平台共12项业务功能，引领值覆盖行业前5%，层高超过8 m按两层计。"
    res = _one(text, None, [C1, "GB/T 36132-2025§4.4", "GB/T 36132-2025§B.27"])
    assert {k: r.status for k, r in res.items()} == {"30%": "verified", "12项": "verified", "5%": "verified",
                                                     "超过8 m": "verified", "两层": "verified"}
    wrong = _one("能源低碳化权重为16%。", None, [C1])["16%"]
    assert wrong.status == "mismatch" and wrong.expected == 30 and wrong.reference == C1
    # not cited: GB/T 36132-2025 is in scope by default (second pass), the superseded 2018 template is not
    assert _one("能源低碳化权重为16%。", None)["16%"].status == "mismatch"
    assert _one("绩效权重为20%。", None)["20%"].status == "unverifiable"
    assert _one("绩效权重为20%。", None, ["GB/T 36132-2018"])["20%"].status == "mismatch"


def test_key_written_in_text_counts_as_cited():
    assert _one("依据GB/T 36132-2025§B.27，层高超过6 m的楼层按两层计。", None)["超过6 m"].status == "mismatch"


def test_reference_data_always_checked_with_confidence():
    r = _one("电力折标系数（当量值）为0.1229 tce/kWh。", None)["0.1229 tce/kWh"]
    assert r.status == "mismatch" and r.confidence == "M"
    gas = _one("天然气折标系数1.33 kgce/m3。", None)["1.33 kgce/m3"]
    assert gas.status == "verified" and "油田天然气" in gas.explanation
    assert _one("2022年华东电网平均排放因子为0.5617 tCO2/MWh。", None)["0.5617 tCO2/MWh"].status == "verified"
    assert _one("2023年全国电网平均排放因子为0.5366 tCO2/MWh。", None)["0.5366 tCO2/MWh"].status == "mismatch"


def test_without_profile_profile_claims_unverifiable():
    r = _one("工业用水重复利用率为96%。", None)["96%"]
    assert r.status == "unverifiable" and "画像" in r.explanation


def test_profile_inputs_checked():
    res = _one("阴极铜产量20万吨，工业总产值132.25亿元，取水量240万m3。")
    assert all(r.status == "verified" for r in res.values())
    assert _one("工业总产值132.25万元。")["132.25万元"].status == "mismatch"


def test_tonnes_of_co2_and_unrelated_units_are_not_slips():
    res = _one("2022年二氧化碳排放总量33.03万吨，其中外购电力间接排放24.60万吨。")
    assert res["33.03万吨"].status == "verified"
    # tonnes next to an electricity word: not a unit slip, but the indirect emission (kWh × grid factor)
    assert res["24.60万吨"].status == "verified"


def test_per_unit_word_implies_denominator():
    assert _one("吨铜取水量12立方米。")["12立方米"].status == "verified"
    assert _one("吨铜取水量15立方米。")["15立方米"].status == "mismatch"


# --- phrasing families of the paraphrase set (evals/checker/paraphrase.jsonl, tune split) ---------

def _st(text, profile=None):
    return {r.claim.text: r.status for r in check(text, profile)}


@pytest.mark.parametrize(("text", "claim", "status"), [
    ("示例指标表中，用地集约化的权重为10%。", "10%", "mismatch"),          # 示例指标表 = 表C.1
    ("附录C示例表里，用地集约化的权重为8%。", "8%", "verified"),
    ("一般工业固体废物综合利用率的权重分值为8分。", "8分", "mismatch"),     # 权重分值 = 分值
    ("原材料消耗强度的赋分为8分。", "8分", "verified"),
    ("碳排放强度的满分为8分。", "8分", "verified"),
    ("一般工业固废综合利用率分值6分。", "6分", "verified"),               # 固废 = 固体废物
    ("先进值（引领值）应覆盖行业前15%左右的企业。", "15%", "mismatch"),     # 先进值 = 引领值
])
def test_synonyms(text, claim, status):
    assert _st(text)[claim] == status


@pytest.mark.parametrize(("text", "status"), [
    ("生产洁净化和产品绿色化的权重均为20%。", "mismatch"),
    ("生产洁净化、产品绿色化两类各占16%的权重。", "verified"),
    ("一般工业固体废物综合利用率与工业用水重复利用率均赋8分。", "mismatch"),  # the wrong one is not the nearest
    ("能源消耗强度、碳排放强度和可再生能源利用率三项的分值都是8分。", "verified"),
])
def test_shared_values(text, status):
    res = check(text)
    assert len([r for r in res if r.status != "unverifiable"]) == 1 and res[-1].status == status


def test_context_carry_and_part_barrier():
    assert _st("能源低碳化一级指标权重30%，其中可再生能源利用率占8分。") == {"30%": "verified", "8分": "verified"}
    assert _st("资源高效化一级指标权重30%，其中取水强度占6分。")["6分"] == "mismatch"
    assert _st("供应商管理满分20分，其中低风险供应商占比3分。") == {"20分": "verified", "3分": "mismatch"}


def test_chinese_numerals_and_counts():
    assert _st("能碳管理平台共列出十二项业务功能。")["十二项"] == "verified"
    assert _st("按15项业务功能的符合数量赋分。")["15项"] == "mismatch"
    assert _st("产品绿色化下的绿色设计分值为六分。")["六分"] == "mismatch"
    assert _st("基本要求规定近五年内不得有违法违规行为。")["五年"] == "mismatch"
    assert _st("586号通知随文印发了四份评价要求。") == {"四份": "mismatch"}
    assert _st("可再生能源利用率一项占总分的百分之六。")["百分之六"] == "mismatch"
    assert _st("工业用水重复利用率的8分即占总分的8%。") == {"8分": "verified", "8%": "verified"}  # 5.1


def test_comparisons_ranges_direction():
    assert _st("电力等价值常用数值在0.2～0.3 kgce/kWh之间。")["0.2～0.3 kgce/kWh"] == "mismatch"
    assert _st("电力等价值折标系数不固定，实际使用在0.3～0.4 kgce/kWh之间。")["0.3～0.4 kgce/kWh"] == "verified"
    assert _st("层高低于8 m的楼层，其建筑面积按两倍计入总建筑面积。")["低于8 m"] == "mismatch"
    assert _st("劣于基准值的指标按50%分值计分。")["50%"] == "mismatch"
    assert _st("绿色信息披露共四项，每项2分。")["2分"] == "mismatch"  # 2.5: constants are exact


def test_worked_examples_and_conversions():
    assert _st("某逆向指标分值6分，基准值100，引领值80，实际值90，得2分。")["2分"] == "mismatch"
    assert _st("某逆向指标分值8分，基准值1.0、引领值0.8、实际值0.9，线性法得4分。")["4分"] == "verified"
    assert _st("5.2的算例中，分值8分、基准值80%、引领值90%、实际值86%，得分4.8%。")["4.8%"] == "mismatch"
    assert _st("GB/T 2589算例中柴油2万kg折标后为29142 tce。")["29142 tce"] == "mismatch"
    assert _st("GB/T 2589算例中，电力1000万kWh按当量值折合1229000 kgce。")["1229000 kgce"] == "verified"


def test_references_dates_and_profile_extras():
    assert _st("基本要求规定在GB/T 36132-2025的4.3条。") == {"4.3条": "mismatch"}
    assert _st("能源管理体系应按GB/T 23331建立、实施和保持。") == {"GB/T 23331": "verified"}
    assert _st("GB/T 36132-2025自2026年7月1日起实施。") == {"2026年7月1日": "mismatch"}
    assert _st("VOCs产生量48 t，排放量15 t。", PC)["15 t"] == "mismatch"
    assert _st("南粤示例电脑本次评价年为2022年。", PC) == {"2022年": "mismatch"}
    assert _st("服务器的工时定额换算系数为0.6。", PC)["0.6"] == "mismatch"
    assert _st("柴油消耗800吨，排放因子按3.20 tCO2/t计。", CU)["3.20 tCO2/t"] == "mismatch"
    # numbers inside a formula are not read as the rate
    assert _st("铜厂一般工业固体废物综合利用率为53万/(56万+2万)，约91.4%。", CU)["91.4%"] == "verified"


def test_summary_counts_and_note():
    from assistant.scoring import check_summary
    s = check_summary(check("公司共设8个生产车间。项目组共开展现场调研30余次。碳排放强度的满分为8分。"))
    assert (s.total, s.verified, s.mismatch, s.unverifiable) == (3, 1, 0, 2)
    assert s.mostly_unverifiable and s.note.startswith("注意：3 个数字中有 2 个无法核对")
    assert check_summary([]).note == "" and not check_summary([]).mostly_unverifiable


def test_bare_lead_and_base_words_name_the_thresholds():
    # '基准 80%' in a short note is the 基准值, not the factory's actual rate (which is 91.38 %)
    text = "固体废物综合利用率这项得 4.55 分（满分 6 分，基准 80%、引领 95%）。"
    got = {r.claim.text: r.status for r in check(text, CU)}
    assert got["80%"] == "verified" and got["95%"] == "verified" and got["4.55 分"] == "verified"


@pytest.mark.parametrize(("text", "status"), [
    ("1 tce 相当于 29.3076 GJ。", "verified"),  # 7 000 kcal x 4.1868: the exact value, GB/T 2589 writes 29 307 kJ
    ("1 kgce = 29 307.6 kJ。", "verified"),
    ("1 kgce = 29 307 kJ。", "verified"),
    ("1 tce 相当于 29.4 GJ。", "mismatch"),
    ("1 kgce = 29 370 kJ。", "mismatch"),
])
def test_the_heat_of_a_kgce_exact_or_as_gbt2589_writes_it(text, status):
    assert [r.status for r in check(text) if r.claim.unit in ("GJ", "kJ")] == [status]
