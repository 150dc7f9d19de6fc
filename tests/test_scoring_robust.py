"""The checker never fails on text: sentences assembled from the pieces checked text is made of
(names, amounts with units and 万/亿, operators, formula symbols, clause numbers, punctuation) give a
result per number, never an exception. Found a crash in worked.py that a blind set's line hit."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.scoring import check, check_summary

NAMES = ["单位产品综合能耗", "单位产值碳排放", "工业用水重复利用率", "一般工业固体废物综合利用率", "建筑系数",
         "容积率", "可再生能源使用比例", "单位产品取水量", "综合能耗", "碳排放量", "用地面积", "产量", "产值",
         "取水量", "重复利用水量", "电力", "天然气", "焦炭", "分值", "基准值", "引领值", "实际值", "得分", "权重",
         "能源低碳化", "表C.1", "序号 7", "B.11", "式（B.25）", "Zr", "Z", "Kr", "ki", "r", "R", "Vr", "V"]
UNITS = ["", " ", "tce", " tce/t", "kgce/t", " tCO2", " tCO2/t", " tCO2/万元", " m³", " m³/t", " m²", "万 m²",
         "万kWh", " kWh", " MWh", "万元", "亿元", "%", " %", "分", " 分", "项", "t", " 万吨", " kgce/kg", " tCO2/MWh"]
GLUE = ["，", "。", "；", "：", "=", " = ", "÷", " ÷ ", "×", " × ", "/", " / ", "（", "）", "为", "按", "计",
        "折算", "约", "合计", "其中", "和", "、", "得", "劣于", "介于", "之间", "共", "这", "个", "\n", "- "]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    whole = draw(st.integers(min_value=0, max_value=2_000_000))
    text = f"{whole:,}".replace(",", draw(st.sampled_from(["", ",", " "]))) if whole >= 1000 else str(whole)
    if draw(st.booleans()):
        text += "." + str(draw(st.integers(min_value=0, max_value=9999)))
    return text + draw(st.sampled_from(UNITS))


pieces = st.one_of(st.sampled_from(NAMES), numbers(), st.sampled_from(GLUE))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, min_size=1, max_size=24))
def test_check_never_raises_on_assembled_text(parts: list[str]) -> None:
    text = "".join(parts)
    results = check(text)
    summary = check_summary(results)
    assert summary.total == len(results)
    assert all(r.status in ("verified", "mismatch", "unverifiable") for r in results)
