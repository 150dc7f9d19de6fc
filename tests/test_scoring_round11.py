"""Round eleven families (markup of LLM answers, expressions, clause references, corrections, units),
with sentences written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.scoring import check, load_profile
from assistant.scoring.markup import plain

ROOT = Path(__file__).resolve().parents[1]


def _got(text: str, profile: str | None = None) -> dict[str, str]:
    prof = load_profile(ROOT / profile) if profile else None
    return {r.claim.text.strip(): r.status for r in check(text, prof)}


def test_plain_keeps_length_and_blanks_markup():
    text = "### 结论\n- 权重：**30%**【1】[2][^3]\n> 见 __5.2__"
    out = plain(text)
    assert len(out) == len(text)
    assert "*" not in out and "【" not in out and "[" not in out and "#" not in out and "_" not in out
    assert "30%" in out and "5.2" in out
    assert plain("见[链接](http://x)") == "见[链接](http://x)"  # a markdown link is not a citation


@pytest.mark.parametrize(("text", "number", "want"), [
    ("- 生产洁净化：**16%**\n- 用地集约化：**8%**", "16%", "verified"),
    ("- 生产洁净化：**18%**\n- 用地集约化：**8%**", "18%", "mismatch"),
    ("取水强度得分 8 × (16 − 11) / (16 − 8) = **5 分**。", "5 分", "verified"),
    ("取水强度得分 8 × (16 − 11) / (16 − 8) = **6 分**。", "6 分", "mismatch"),
])
def test_bold_and_bullets_read_as_plain_text(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize("text", [
    "依据GB/T 36132-2025附录B，指标的计算方法共27条【1】。",
    "按附录B，公式一共28个[1]，其中B.24有两个式子[2]。",
    "第2章规范性引用文件里列有 GB/T 2589【3】。",
])
def test_citation_markers_are_no_numbers(text):
    got = _got(text)
    assert "mismatch" not in got.values(), got
    assert not any(k in ("1", "2", "3") for k in got)


@pytest.mark.parametrize(("text", "number", "want"), [
    ("代入正向公式 4 × (70 − 50) / (90 − 50) = 2 分。", "2 分", "verified"),
    ("代入正向公式 4 × (70 − 50) / (90 − 50) = 0.5 分。", "0.5 分", "mismatch"),
    ("按逆向公式 6 × (30 − 20) / (30 − 10) 得 3 分。", "3 分", "verified"),
    ("按逆向公式 6 × (30 − 20) / (30 − 10) 得 4 分。", "4 分", "mismatch"),
])
def test_expression_after_formula_word_and_result_after_de(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize("text", [
    "实际值已优于引领值，按5.2直接得满分6分。",
    "关于基准值：4.4 对基准值的说明是依据行业平均水平确定。",
])
def test_clause_numbers_in_running_text_are_no_values(text):
    got = _got(text)
    assert "mismatch" not in got.values(), got


@pytest.mark.parametrize(("text", "number", "want"), [
    ("您说用地集约化的权重是10%，其实是8%。", "8%", "verified"),
    ("您说用地集约化的权重是10%，其实是9%。", "9%", "mismatch"),
    ("你提到取水强度占6分，不过实际上是8分。", "8分", "verified"),
])
def test_user_words_restated_then_corrected(text, number, want):
    got = _got(text)
    assert got[number] == want
    assert "mismatch" not in [v for k, v in got.items() if k != number]


@pytest.mark.parametrize(("text", "number", "want"), [
    ("资源高效化包括原材料消耗强度、取水强度、工业用水重复利用率和固废综合利用率四个二级指标。", "四个", "verified"),
    ("资源高效化包括原材料消耗强度、取水强度、工业用水重复利用率和固废综合利用率五个二级指标。", "五个", "mismatch"),
])
def test_count_right_after_its_list(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("### 用地集约化\n本类在示例中的权重为8%。", "8%", "verified"),
    ("（五）用地集约化\n本类在示例中的权重为10%。", "10%", "mismatch"),
])
def test_class_pronoun_after_a_heading_line(text, number, want):
    assert _got(text)[number] == want


def test_level_word_makes_a_score():
    prof = "corpus/examples/computer-assembly.yaml"
    assert _got("产品绿色化：产品碳足迹“部分符合”4分。", prof)["4分"] == "verified"
    assert _got("产品绿色化：产品碳足迹“部分符合”6分。", prof)["6分"] == "mismatch"
    assert _got("产品碳足迹“部分符合”3分。")["3分"] == "unverifiable"  # no profile: not the row's points


def test_amount_per_item_is_no_total():
    got = _got("绿电交易 3 000 万 kWh，另有绿证 5 000 张（每张 1 000 kWh）。", "corpus/examples/copper-smelter.yaml")
    assert got["1 000 kWh"] == "unverifiable"


@pytest.mark.parametrize(("text", "number", "want"), [
    ("外购电 2 000 000 kWh × 0.1229 kgce/kWh = 245 800 kgce，约 245.8 tce。", "245.8 tce", "verified"),
    ("外购电 2 000 000 kWh × 0.1229 kgce/kWh = 245 800 kgce，约 24.58 tce。", "24.58 tce", "mismatch"),
    ("柴油 100 000 kg × 1.4571 kgce/kg = 145 710 kgce ≈ 145.71 吨标准煤。", "145.71 吨标准煤", "verified"),
    ("柴油 100 000 kg × 1.4571 kgce/kg = 145 710 kgce ≈ 154.71 吨标准煤。", "154.71 吨标准煤", "mismatch"),
    ("蒸汽 20 000 GJ = 20 000 000 MJ，× 0.03412 kgce/MJ = 682.4 tce。", "682.4 tce", "verified"),
    ("蒸汽 20 000 GJ = 20 000 000 MJ，× 0.03412 kgce/MJ = 68.24 tce。", "68.24 tce", "mismatch"),
    ("绿证 2 000 张，按每张 1 000 kWh 计为 200 万 kWh，按当量值 0.1229 kgce/kWh 折 24.58 tce。", "24.58 tce", "mismatch"),
    ("绿证 2 000 张，按每张 1 000 kWh 计为 200 万 kWh，按当量值 0.1229 kgce/kWh 折 245.8 tce。", "245.8 tce", "verified"),
])
def test_steps_with_units(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("取水 60 万立方米、合格品 5 万吨，单位产品取水量为 12 立方米每吨。", "12 立方米每吨", "verified"),
    ("取水 60 万立方米、合格品 5 万吨，单位产品取水量为 1.2 立方米每吨。", "1.2 立方米每吨", "mismatch"),
])
def test_units_spelled_out(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("For 2022, the Southwest grid emission factor is 0.2268 tCO2/MWh.", "0.2268 tCO2/MWh", "verified"),
    ("For 2022, the Southwest grid emission factor is 0.2286 tCO2/MWh.", "0.2286 tCO2/MWh", "mismatch"),
    ("按 GB/T 32150-2025，外购热力的默认排放因子取 1.1 tCO2/GJ。", "1.1 tCO2/GJ", "mismatch"),
])
def test_grid_and_heat_factors_by_other_names(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("| 区域 | 2022年因子（tCO2/MWh） |\n|---|---|\n| 西南 | 0.2268 |\n| 南方 | 0.3896 |", "0.3896", "mismatch"),
    ("| 区域 | 2022年因子（tCO2/MWh） |\n|---|---|\n| 西南 | 0.2268 |\n| 南方 | 0.3896 |", "0.2268", "verified"),
    ("| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 单位产品综合能耗 | 0.5 | 0.4 |", "0.4", "unverifiable"),
])
def test_table_with_one_dated_column(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("2022年区域电网排放因子（tCO2/MWh）：\n- 西南：0.2268\n- 华中：0.5395", "0.5395", "verified"),
    ("- 西南：0.2268\n- 华中：0.5359\n（2022年区域电网排放因子）", "0.5359", "mismatch"),
])
def test_bullets_under_a_caption(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("换算关系：1 kWh = 3 600 kJ。", "3 600 kJ", "verified"),
    ("换算关系：1 kWh = 3 060 kJ。", "3 060 kJ", "mismatch"),
    ("1 GJ 等于 100 MJ。", "100 MJ", "mismatch"),
    ("1 tce 相当于 29.307 GJ。", "29.307 GJ", "verified"),
])
def test_unit_equivalences(text, number, want):
    assert _got(text)[number] == want


def test_english_total_score_out_of_100():
    prof = "corpus/examples/computer-assembly.yaml"
    assert _got("Plant result: total score 70.41 out of 100.", prof)["70.41"] == "verified"
    assert _got("Plant result: total score 74.01 out of 100.", prof)["74.01"] == "mismatch"


@pytest.mark.parametrize(("text", "number", "want"), [
    ("示例中五类权重依次为30%、30%、16%、16%、8%。", "8%", "verified"),
    ("示例中五类权重依次为30%、30%、18%、16%、8%。", "18%", "mismatch"),
])
def test_five_class_weights_in_order(text, number, want):
    assert _got(text)[number] == want


@pytest.mark.parametrize(("text", "number", "want"), [
    ("自发光伏 1 000 万 kWh，折 1 229 tce。", "1 229 tce", "verified"),
    ("自发光伏 1 000 万 kWh，折 1 292 tce。", "1 292 tce", "mismatch"),
    ("外购电 1 000 万 kWh，折 3 000 tce。", "3 000 tce", "unverifiable"),  # the 等价值 range: another basis
    ("光伏 400 万 + 绿电 600 万 kWh，折 1 229 tce。", "1 229 tce", "unverifiable"),  # a sum's last term
])
def test_electricity_folded_without_a_factor(text, number, want):
    assert _got(text)[number] == want
