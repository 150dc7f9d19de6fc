"""Build evals/checker/checker.jsonl: correct texts and planted-error variants (one wrong number each).

Every number below was computed by hand from the two sample profiles in corpus/examples/ (see
docs/scoring.md for the values); this script only writes the lines and the spans. Run:
    .venv/bin/python evals/checker/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
C1 = "GB/T 36132-2025§表C.1"

# (profile, text, cited keys, [(correct substring, wrong substring, error type), ...])
BASE: list[tuple[str, str, list[str], list[tuple[str, str, str]]]] = [
    # --- copper smelter (2022), indicators ---
    (CU, "2022年全厂综合能耗为92,899.08 tce，单位产品综合能耗0.4645 tce/t。", [],
     [("0.4645 tce/t", "0.4645 kgce/t", "wrong_unit"), ("92,899.08 tce", "95,899.08 tce", "wrong_value")]),
    (CU, "阴极铜单位产品综合能耗为464.5 kgce/t，低于示意方案基准值550 kgce/t。", [],
     [("464.5 kgce/t", "464.5 tce/t", "wrong_unit")]),
    (CU, "单位产值综合能耗为0.0702 tce/万元。", [], [("0.0702 tce/万元", "0.0702 tce/元", "wrong_unit"),
                                               ("0.0702 tce/万元", "0.0802 tce/万元", "wrong_value")]),
    (CU, "二氧化碳排放总量约33.03万tCO2，单位产品二氧化碳排放量为1.65 tCO2/t。", [],
     [("1.65 tCO2/t", "1.56 tCO2/t", "wrong_value"), ("33.03万tCO2", "33.03万kgCO2", "wrong_unit")]),
    (CU, "单位产值碳排放量为0.2498 tCO2/万元。", [], [("0.2498", "0.0702", "swapped_indicator")]),
    (CU, "可再生能源利用率为8.20%，可再生能源利用量7,619.8 tce。", [],
     [("8.20%", "91.38%", "swapped_indicator"), ("7,619.8 tce", "7,619.8 kgce", "wrong_unit")]),
    (CU, "工业用水重复利用率达到96.0%。", [], [("96.0%", "0.96%", "percent_fraction"), ("96.0%", "98.0%", "wrong_value")]),
    (CU, "工业用水重复利用率为百分之九十六。", [], [("百分之九十六", "百分之六十九", "wrong_value")]),
    (CU, "取水量240万m3，重复利用水量5760万m3，水重复利用率96.0%。", [],
     [("5760万m3", "5670万m3", "wrong_value")]),
    (CU, "单位产品取水量为12.0 m3/t，单位产值取水量1.81 m3/万元。", [],
     [("12.0 m3/t", "4.0 m3/t", "swapped_indicator"), ("1.81 m3/万元", "18.1 m3/万元", "wrong_value")]),
    (CU, "一般工业固体废物综合利用率为91.38%（含利用往年贮存量2万吨）。", [],
     [("91.38%", "0.9138%", "percent_fraction")]),
    (CU, "固废产生量56万吨，综合利用量53万吨。", [], [("53万吨", "55万吨", "wrong_value")]),
    (CU, "单位产品原材料消耗量4.0 t/t，单位产值原材料消耗量0.605 t/万元。", [],
     [("0.605 t/万元", "0.605 kg/万元", "wrong_unit")]),
    (CU, "单位产品废水排放量1.5 t/t，单位产品废水产生量4.5 t/t。", [],
     [("1.5 t/t", "4.5 t/t", "swapped_indicator")]),
    (CU, "单位产品二氧化硫排放量为1.9 kg/t，二氧化硫排放量380吨。", [],
     [("1.9 kg/t", "1.9 t/t", "wrong_unit"), ("380吨", "3800吨", "wrong_value")]),
    (CU, "厂区用地面积120万m2，建筑系数60.0%，容积率为0.39。", [],
     [("60.0%", "0.6%", "percent_fraction"), ("0.39", "0.93", "wrong_value")]),
    (CU, "计容建筑面积470,000 m2（层高超过8 m的熔炼、电解车间按两层计），容积率0.392。", [],
     [("470,000 m2", "270,000 m2", "wrong_value")]),
    (CU, "单位用地面积产值1.10万元/m2，工业总产值132.25亿元。", [],
     [("1.10万元/m2", "1.10元/m2", "wrong_unit"), ("132.25亿元", "130.00亿元", "wrong_value")]),
    (CU, "阴极铜年产量20万吨，单位用地面积产能0.183 t/m2。", [], [("0.183 t/m2", "0.283 t/m2", "wrong_value")]),
    (CU, "近三年绿色低碳改造投资4.8亿元，占近三年工业总产值的比例即绿色低碳改造投资占比为1.26%。", [],
     [("1.26%", "12.6%", "wrong_value")]),
    (CU, "本厂采用2022年华东电网排放因子0.5617 tCO2/MWh，外购电量43800万kWh。", [],
     [("0.5617 tCO2/MWh", "0.5366 tCO2/MWh", "wrong_value")]),
    (CU, "年用电量4.5亿kWh，其中光伏自发自用电量1200万kWh。", [], [("4.5亿kWh", "4.5万kWh", "wrong_unit")]),
    (CU, "单位产品综合能耗和单位产品碳排放分别为0.4645 tce/t和1.65 tCO2/t。", [],
     [("1.65 tCO2/t", "1.65 tce/t", "wrong_unit")]),
    (CU, "工业用水重复利用率不低于95%，一般工业固体废物综合利用率≥ 90%。", [],
     [("不低于95%", "不低于97%", "wrong_value")]),
    (CU, "单位产品综合能耗处于0.4～0.5 tce/t之间。", [], [("0.4～0.5 tce/t", "0.5～0.6 tce/t", "wrong_value")]),
    (CU, "全角数字：工业用水重复利用率为９６．０％。", [], [("９６．０％", "９０．０％", "wrong_value")]),
    (CU, "2022年二氧化碳排放总量33.03万吨，其中外购电力间接排放24.60万吨。", [], [("33.03万吨", "30.33万吨", "wrong_value")]),
    (CU, "光伏自发自用1200万kWh，绿电交易3000万kWh，绿证20000张。", [], [("绿证20000张", "绿证2000张", "wrong_value")]),
    # --- copper smelter, scores (illustrative scheme) ---
    (CU, "按示意方案，自评总分为60.85分，达到示意分数线。", [], [("60.85分", "68.50分", "wrong_value")]),
    (CU, "能源低碳化得分15.69分，资源高效化得分18.37分。", [], [("18.37分", "15.69分", "swapped_indicator")]),
    (CU, "工业用水重复利用率得分 5.82 分，可再生能源利用率得分3.47分。", [], [("5.82 分", "8.00 分", "wrong_value")]),
    (CU, "产品绿色化得分12.00分，用地集约化得分3.45分。", [], [("3.45分", "8.00分", "wrong_value")]),
    # --- computer assembly (2023), indicators ---
    (PC, "2023年综合能耗8,010.29 tce，单位产值综合能耗0.00817 tce/万元。", [],
     [("0.00817 tce/万元", "0.00817 kgce/万元", "wrong_unit"), ("8,010.29 tce", "8,100.29 tce", "wrong_value")]),
    (PC, "折合标准机单位产品综合能耗为3.74 kgce/台。", [], [("3.74 kgce/台", "3.74 tce/台", "wrong_unit")]),
    (PC, "二氧化碳排放总量29,795.4 tCO2，单位产值碳排放量0.0304 tCO2/万元。", [],
     [("0.0304 tCO2/万元", "0.0403 tCO2/万元", "wrong_value")]),
    (PC, "单位产品碳排放量为13.92 kgCO2/台。", [], [("13.92 kgCO2/台", "13.92 tCO2/台", "wrong_unit")]),
    (PC, "可再生能源利用率为23.01%，其中光伏自发自用电量600万kWh。", [],
     [("23.01%", "0.2301%", "percent_fraction"), ("600万kWh", "900万kWh", "wrong_value")]),
    (PC, "可再生能源利用率达23.0%。", [], [("23.0%", "94.0%", "swapped_indicator")]),
    (PC, "工业用水重复利用率为20.0%，取水量38万m3。", [],
     [("20.0%", "0.2%", "percent_fraction"), ("38万m3", "9.5万m3", "swapped_indicator")]),
    (PC, "单位产值取水量0.388 m3/万元，单位产品取水量0.178 m3/台。", [],
     [("0.388 m3/万元", "0.388 m3/元", "wrong_unit"), ("0.178 m3/台", "0.278 m3/台", "wrong_value")]),
    (PC, "一般工业固体废物综合利用率为94.0%，固废产生量6,500吨。", [],
     [("94.0%", "20.0%", "swapped_indicator"), ("6,500吨", "6,110吨", "swapped_indicator")]),
    (PC, "单位产值原材料消耗量0.0429 t/万元，单位产品原材料消耗量19.63 kg/台。", [],
     [("19.63 kg/台", "19.63 t/台", "wrong_unit")]),
    (PC, "单位产值挥发性有机物排放量0.0128 kg/万元。", [], [("0.0128 kg/万元", "0.0128 t/万元", "wrong_unit")]),
    (PC, "单位产值废水排放量0.296 t/万元，废水排放量29万吨。", [], [("29万吨", "31万吨", "wrong_value")]),
    (PC, "厂区用地面积250,000 m2，建筑系数58.0%，容积率为1.07。", [],
     [("58.0%", "0.58%", "percent_fraction"), ("1.07", "1.70", "wrong_value")]),
    (PC, "计容建筑面积268,000 m2，其中立体仓库和测试厂房层高超过8 m按两层计。", [],
     [("268,000 m2", "238,000 m2", "wrong_value")]),
    (PC, "单位用地面积产能10.64 台/m2，单位用地面积产值3.92万元/m2。", [],
     [("3.92万元/m2", "10.64万元/m2", "swapped_indicator"), ("10.64 台/m2", "8.56 台/m2", "wrong_value")]),
    (PC, "工业总产值98亿元，台式计算机产量120万台，笔记本电脑产量80万台。", [],
     [("98亿元", "98万元", "wrong_unit"), ("80万台", "800万台", "wrong_value")]),
    (PC, "绿色低碳改造投资占比为0.22%，近三年改造投资6000万元。", [],
     [("0.22%", "22%", "percent_fraction")]),
    (PC, "本厂能碳管理平台已具备10项功能。", [], [("10项", "12项", "wrong_value")]),
    (PC, "外购电量5400万kWh，采用2023年全国电网平均排放因子0.5306 tCO2/MWh。", [],
     [("0.5306 tCO2/MWh", "0.5568 tCO2/MWh", "wrong_value")]),
    (PC, "工业用水重复利用率为0.2（小数形式）。", [], [("0.2", "0.02", "percent_fraction")]),
    # --- computer assembly, scores ---
    (PC, "自评价得分合计70.41分；能源低碳化得分21.36分。", [], [("70.41分", "74.01分", "wrong_value")]),
    (PC, "单位产值取水量得分6.60分，绿色低碳改造投资占比得分1.22分。", [], [("1.22分", "4.00分", "wrong_value")]),
    (PC, "可再生能源利用率的引领值为30%，基准值为5%。", [], [("基准值为5%", "基准值为10%", "wrong_value")]),
    # --- constants of cited clauses (profile given but irrelevant) ---
    (CU, "表C.1 中能源低碳化和资源高效化权重均为30%，生产洁净化和产品绿色化均为16%，用地集约化为8%。", [C1],
     [("用地集约化为8%", "用地集约化为10%", "wrong_value")]),
    (CU, "表C.1 给出的能碳管理平台共12项业务功能，平台功能引领值为8项，基准值为0项。", [C1],
     [("共12项", "共10项", "wrong_value")]),
    (CU, "按表C.1，可再生能源利用率分值8分，绿色低碳改造投资占比分值4分。", [C1],
     [("分值4分", "分值6分", "wrong_value")]),
    (CU, "引领值为行业标杆水平，覆盖行业前5%。", ["GB/T 36132-2025§4.4"], [("前5%", "前10%", "wrong_value")]),
    (CU, "计算容积率时，层高超过8 m的楼层按两层计（GB/T 36132-2025§B.27）。", [],
     [("超过8 m", "超过6 m", "wrong_value")]),
    (CU, "基本要求之一是近三年无安全、质量、环境违法行为。", ["GB/T 36132-2025§4.2"],
     [("近三年", "近五年", "wrong_value")]),
    (PC, "每项指标均按100分制评分（GB/T 36132-2025§5.1）。", [], [("100分制", "10分制", "wrong_value")]),
    (PC, "电力当量值折标系数为0.1229 kgce/kWh，柴油折标系数1.4571 kgce/kg。", [],
     [("0.1229 kgce/kWh", "0.1229 tce/kWh", "wrong_unit"), ("1.4571 kgce/kg", "1.4714 kgce/kg", "wrong_value")]),
    (PC, "2022年全国电网平均排放因子为0.5366 tCO2/MWh，2021年为0.5568 tCO2/MWh。", [],
     [("0.5366 tCO2/MWh", "0.5306 tCO2/MWh", "wrong_value")]),
    (CU, "2018版自评价模板中基础设施权重为20%，绩效权重30%。", ["GB/T 36132-2018"],
     [("基础设施权重为20%", "基础设施权重为15%", "wrong_value")]),
    (PC, "586号附件3中绿色供应链管理战略20分，绿色信息平台建设10分。", ["工信厅节函〔2016〕586号"],
     [("绿色信息平台建设10分", "绿色信息平台建设20分", "wrong_value")]),
    (CU, "原煤折标系数0.7143 kgce/kg，天然气折标系数取1.2143 kgce/m3。", [],
     [("0.7143 kgce/kg", "0.9714 kgce/kg", "wrong_value")]),
]


# Held-out texts: written after the checker was tuned on BASE, in a consultant's free style, and
# run once before any further change (first-run numbers are recorded in docs/scoring.md).
HELDOUT: list[tuple[str, str, list[str], list[tuple[str, str, str]]]] = [
    (CU, "一、能源低碳化。2022年本公司综合能源消费量9.29万吨标准煤，其中电力按当量值0.1229 kgce/kWh折标；阴极铜单位产品综合能耗464.5千克标准煤/吨。", [],
     [("9.29万吨标准煤", "9.92万吨标准煤", "wrong_value")]),
    (CU, "公司建成光伏电站，年发电1200万kWh全部自用，另购入绿电3000万kWh和绿证2万张，可再生能源利用率达到8.2%。", [],
     [("8.2%", "13.8%", "wrong_value")]),
    (CU, "水资源方面，全年新水取水量240万立方米，工业用水重复利用率96%，吨铜取水量12立方米。", [],
     [("96%", "0.96%", "percent_fraction")]),
    (CU, "冶炼渣等一般工业固废产生量56万吨，综合利用53万吨（含往年贮存2万吨），一般工业固体废物综合利用率91.4%。", [],
     [("91.4%", "94.6%", "wrong_value")]),
    (CU, "厂区占地面积1,200,000平方米，建筑物、构筑物和堆场占地合计72万平方米，建筑系数60%。", [],
     [("60%", "45%", "wrong_value")]),
    (CU, "二氧化硫排放量380吨，吨铜二氧化硫排放1.9千克。", [], [("380吨", "38吨", "wrong_value")]),
    (CU, "按示意方案计算，能源低碳化得分15.69分，资源高效化18.37分，总分60.85分。", [],
     [("60.85分", "66.85分", "wrong_value")]),
    (CU, "按照GB/T 36132-2025表C.1，资源高效化一级指标权重为30%，其中工业用水重复利用率分值8分。", [],
     [("分值8分", "分值6分", "wrong_value")]),
    (CU, "单位产值碳排放0.25 tCO2/万元，单位产值综合能耗0.07 tce/万元。", [],
     [("0.07 tce/万元", "0.07 kgce/万元", "wrong_unit")]),
    (CU, "本厂容积率0.39，低于同类企业平均水平。", [], [("0.39", "0.59", "wrong_value")]),
    (PC, "2023年公司用电6000万千瓦时，天然气50万立方米，柴油20吨，折合综合能耗8010.3吨标准煤。", [],
     [("8010.3吨标准煤", "8301.0吨标准煤", "wrong_value")]),
    (PC, "按台式机标准机折算，单位产品综合能耗3.74千克标准煤/台，较2022年下降4.2%。", [],
     [("3.74千克标准煤/台", "4.37千克标准煤/台", "wrong_value")]),
    (PC, "公司屋顶光伏年发电600万千瓦时，另通过绿电交易采购900万千瓦时，可再生能源利用率约23%。", [],
     [("23%", "0.23%", "percent_fraction")]),
    (PC, "挥发性有机物排放量12.5吨，单位产值挥发性有机物排放量0.0128千克/万元。", [],
     [("12.5吨", "48吨", "swapped_indicator")]),
    (PC, "建筑系数58%，容积率1.07，单位用地面积产值3.92万元/平方米。", [], [("1.07", "0.97", "wrong_value")]),
    (PC, "工业用水重复利用率20%，一般工业固体废物综合利用率94%。", [], [("94%", "0.94%", "percent_fraction")]),
    (PC, "能碳管理平台已实现10项业务功能（表C.1所列共12项）。", [], [("10项", "11项", "wrong_value")]),
    (PC, "自评价总分70.41分，达到示意方案60分的分数线。", [], [("70.41分", "77.41分", "wrong_value")]),
    (PC, "电网排放因子取2023年全国平均值0.5306 tCO2/MWh，外购电量5400万kWh，间接排放约2.87万吨二氧化碳。", [],
     [("0.5306 tCO2/MWh", "0.5366 tCO2/MWh", "wrong_value")]),
    (PC, "近三年累计投入绿色低碳改造资金6000万元，改造投资占比0.22%。", [], [("0.22%", "2.2%", "wrong_value")]),
]


def build(base: list[tuple[str, str, list[str], list[tuple[str, str, str]]]] | None = None,
          prefix: str = "") -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for n, (profile, text, keys, variants) in enumerate(BASE if base is None else base, 1):
        tag = prefix + ("cu" if profile == CU else "pc")
        verify = sorted({orig for orig, _, _ in variants})
        for orig in verify:
            assert orig in text, (text, orig)
        rows.append({"id": f"{tag}-ok-{n:03d}", "profile": profile, "text": text, "cited_keys": keys,
                     "expected": "ok", "expect_verified": verify})
        for k, (orig, wrong, kind) in enumerate(variants, 1):
            i = text.index(orig)
            new = text[:i] + wrong + text[i + len(orig):]
            rows.append({"id": f"{tag}-err-{n:03d}-{k}", "profile": profile, "text": new, "cited_keys": keys,
                         "expected": "mismatch", "error_type": kind, "error_text": wrong,
                         "error_span": [i, i + len(wrong)], "correct_text": orig})
    return rows


if __name__ == "__main__":
    for name, base, prefix in (("checker.jsonl", BASE, ""), ("heldout.jsonl", HELDOUT, "ho-")):
        out = Path(__file__).with_name(name)
        data = build(base, prefix)
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
        ok = sum(1 for r in data if r["expected"] == "ok")
        print(f"{out}: {ok} correct, {len(data) - ok} planted")
