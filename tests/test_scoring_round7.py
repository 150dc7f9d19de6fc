"""Checker round seven (docs/scoring.md "Round seven"): each class with wording of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check
from assistant.scoring.extract import extract_claims

# --- evaluate CLI: a missing or malformed set is one line, exit 2 -------------------------------

@pytest.mark.parametrize(("content", "needle"), [(None, "无法读取"), ("{not json\n", "第 1 行"),
                                                 ('{"text": "x"}\n', "缺少字段")])
def test_evaluate_bad_set_is_one_line_and_exit_2(tmp_path, content, needle):
    path = tmp_path / "set.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "assistant.scoring.evaluate", "--set", str(path)],
                          capture_output=True, text=True, env={"PYTHONPATH": ".", "PATH": ""},
                          cwd=str(Path(__file__).resolve().parents[1]))
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
