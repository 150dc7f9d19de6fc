"""Calculations a paragraph writes out (scoring/worked.py): each family with wording of its own."""

from __future__ import annotations

import pytest
from fixtures.checking import status as _status

from assistant.scoring import check


@pytest.mark.parametrize(("text", "number", "status"), [
    # written expressions, units carried through
    ("折算示例：25000 kWh×0.1229 kgce/kWh≈3.07 tce。", "3.07", "verified"),
    ("折算示例：25000 kWh×0.1229 kgce/kWh≈30.7 tce。", "30.7", "mismatch"),
    ("按线性法，8×(12−5)/(20−5)≈3.7分。", "3.7", "verified"),
    ("按线性法，8×(12−5)/(20−5)≈4.7分。", "4.7", "mismatch"),
    ("测算：产值45亿元÷用地15万m²=3万元/m²。", "3万元", "verified"),
    ("测算：产值45亿元÷用地15万m²=0.3万元/m²。", "0.3万元", "mismatch"),
    # a total of the parts before it
    ("外购电力折标4200 tce，天然气折标850.5 tce，汽油折标12.3 tce，合计5062.8 tce。", "5062.8", "verified"),
    ("外购电力折标4200 tce，天然气折标850.5 tce，汽油折标12.3 tce，合计5162.8 tce。", "5162.8", "mismatch"),
    ("各类得分依次记录：能源低碳化21分、资源高效化25.5分、生产洁净化13分，以上合计59.5分。", "59.5", "verified"),
    ("各类得分依次记录：能源低碳化21分、资源高效化25.5分、生产洁净化13分，以上合计60.5分。", "60.5", "mismatch"),
    # an intensity from an amount and a denominator
    ("2024年全厂综合能耗3.6万tce，工业总产值12亿元，单位产值综合能耗0.3 tce/万元。", "0.3", "verified"),
    ("2024年全厂综合能耗3.6万tce，工业总产值12亿元，单位产值综合能耗0.03 tce/万元。", "0.03", "mismatch"),
    ("全年排放二氧化碳5200 tCO2，产品产量4万吨，吨产品排放0.13 tCO2/t。", "0.13", "verified"),
    ("全年排放二氧化碳5200 tCO2，产品产量4万吨，吨产品排放0.31 tCO2/t。", "0.31", "mismatch"),
    # a restatement in another unit after the intensity
    ("全年综合能耗4500 tce，产量3万吨，单位产品综合能耗150 kgce/t，即0.15 tce/t。", "0.15", "verified"),
    ("全年综合能耗4500 tce，产量3万吨，单位产品综合能耗150 kgce/t，即1.5 tce/t。", "1.5", "mismatch"),
    # a share of two amounts of one kind, and B.11 with the prior-year stock
    ("三年间改造投入1500万元，同期累计产值25亿元，投资占比为0.6%。", "0.6", "verified"),
    ("三年间改造投入1500万元，同期累计产值25亿元，投资占比为6%。", "6%", "mismatch"),
    ("光伏折标1230 tce，除以综合能耗24600 tce，可再生能源利用率约5.0%。", "5.0", "verified"),
    ("光伏折标1230 tce，除以综合能耗24600 tce，可再生能源利用率约6.0%。", "6.0", "mismatch"),
    ("当年产生废渣8000吨，消纳往年堆存2000吨，综合利用9000吨，综合利用率90%。", "90%", "verified"),
    ("当年产生废渣8000吨，消纳往年堆存2000吨，综合利用9000吨，综合利用率95%。", "95%", "mismatch"),
    # an amount from a quantity and the factor applied to it
    ("外购电力8000万kWh，按0.5306 tCO2/MWh计，间接排放约4.24万吨。", "4.24", "verified"),
    ("外购电力8000万kWh，按0.5306 tCO2/MWh计，间接排放约2.44万吨。", "2.44", "mismatch"),
    # B.26 from the three footprints over the land named 用地; a share after a bare 占
    ("厂区用地面积50万m²，其中建筑物占地20万m²、构筑物5万m²、堆场5万m²，建筑系数60%。", "60%", "verified"),
    ("厂区用地面积50万m²，其中建筑物占地20万m²、构筑物5万m²、堆场5万m²，建筑系数65%。", "65%", "mismatch"),
    ("全厂综合能耗4.2万tce，其中外购电力折标2.1万tce，占50%。", "50%", "verified"),
    # a total with a word after its cue; a part inside a part ('其中…') is not added again
    ("外购电力3.6亿kWh，屋顶光伏800万kWh，合计用电3.68亿kWh。", "3.68", "verified"),
    ("外购电力3.6亿kWh，屋顶光伏800万kWh，合计用电3.86亿kWh。", "3.86", "mismatch"),
    ("电力折标3.1万tce、天然气1.4万tce（其中锅炉用气0.9万tce）、汽油0.05万tce，合计4.55万tce。", "4.55", "verified"),
    # the factor before the amount it converts
    ("蒸汽按0.03412 kgce/MJ折算，5000 GJ折170.6 tce。", "170.6", "verified"),
    ("蒸汽按0.03412 kgce/MJ折算，5000 GJ折17.06 tce。", "17.06", "mismatch"),
])
def test_worked_families(text, number, status):
    assert _status(text, number) == status


@pytest.mark.parametrize("text", [
    # a part already wrong, or a part that is itself a product: the total is not judged
    ("车间A 3万m²按两层计，仓库5000 m²×3层，办公楼1万m²，合计8.5万m²。"),
    # a factor applied, not an intensity computed from the amounts around it
    ("排放总量约12.4万吨，其中外购电力1.8亿kWh按0.5366 tCO2/MWh计约9.66万吨。"),
    # a total after an emission that is only one of its parts
    ("外购电力2000万kWh按0.5306 tCO2/MWh计排放1.06万吨，加上燃气燃烧排放，合计约1.3万吨。"),
])
def test_worked_no_false_alarm(text):
    assert not [r for r in check(text) if r.status == "mismatch"], check(text)


def test_indirect_emission_of_the_profile():
    from pathlib import Path

    from assistant.scoring import load_profile
    cu = load_profile(Path(__file__).resolve().parents[1] / "corpus" / "examples" / "copper-smelter.yaml")
    got = {r.claim.text: r.status for r in check("其中外购电力间接排放24.60万吨。外购电力排放约26.5万吨。", cu)}
    assert got == {"24.60万吨": "verified", "26.5万吨": "mismatch"}, got
