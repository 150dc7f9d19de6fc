"""Profile lines: restating or recomputing the two sample factory profiles (each names its factory)."""

from __future__ import annotations

from evals.checker.blind14_kit import CU, GHG, PC, S25, S2589, fam, multi, ok

ITEMS = [
    *fam("cu 重复利用率", S25, [
        ("asst-calc", "皖江示例铜业（示例档案）：重复利用水量 5 760 万m³、取水量 240 万m³，工业用水重复利用率 = 5 760 / (240 + 5 760) = {v}。", "96.0%", ["94.0%"]),
    ], profile=CU),
    ok("cu 单位产品取水", S25, "asst-calc", "皖江示例铜业的取水全部分摊给阴极铜：2 400 000 m³ / 200 000 t = 12 m³/t（式 B.8）。", profile=CU),
    *fam("cu 单位产品取水", S25, [
        ("doc-sheet", "企业\t取水量(m³)\t阴极铜产量(t)\t单位产品取水量(m³/t)\n皖江示例铜业\t2400000\t200000\t{v}", "12", ["1.2"]),
    ], profile=CU),
    ok("sheet 铜厂 建筑系数", S25, "asst-long", "看了皖江示例铜业的档案：建筑物 38 万m²、构筑物 15 万m²、堆场 19 万m²，用地 120 万m²，建筑系数 = 72 / 120 = 60%。一般来说冶炼厂堆场占地大，这个数偏高是正常的。", profile=CU),
    *multi("cu 改造投资", S25, "asst-calc",
           "皖江示例铜业近 3 年改造投资 {a} 万元（余热发电、富氧燃烧、光伏电站），近 3 年产值 3 800 000 万元，绿色低碳改造投资占比 ≈ {b}。",
           {"a": "48 000", "b": "1.26%"}, {"b": ["12.6%"]}, profile=CU),
    ok("cu 平台", S25, "asst-long", "皖江示例铜业的能碳管理平台具备 9 项功能（能源查询、能耗与能效计算……碳核查支持），已超过引领值 8 项，该指标直接得满分 6 分，不必按 6 × 9 / 8 去算。", profile=CU),
    *fam("cu 平台", S25, [
        ("asst-calc", "皖江示例铜业平台功能 9 项 ≥ 引领值 8 项，得分封顶为 {v}。", "6 分", ["6.75 分"]),
    ], profile=CU),
    *multi("cu 燃料排放", GHG, "asst-calc",
           "皖江示例铜业按档案给出的排放因子：天然气 1 800 万m³ × 21.62 tCO₂/万m³ = {a} tCO₂；焦炭 15 000 t × 2.86 = {b} tCO₂；柴油 800 t × 3.10 = {c} tCO₂。",
           {"a": "38 916", "b": "42 900", "c": "2 480"}, {"a": ["3 891.6"], "c": ["2 840"]}, profile=CU),
    ok("cu 折标分项", S2589, "asst-calc", "皖江示例铜业分项折标（当量值）：电力 45 000 万kWh → 55 305 tce；焦炭 15 000 t → 14 571 tce；柴油 800 t → 1 165.68 tce。", profile=CU),
    *fam("cu 折标分项", S2589, [
        ("mixed-english", "Wanjiang sample smelter: electricity 450 million kWh × 0.1229 = {v} tce at calorific equivalent.", "55,305", ["5,530.5"]),
    ], profile=CU),
    ok("cu 原料与废水", S25, "asst-calc", "皖江示例铜业：铜精矿 800 000 t / 阴极铜 200 000 t = 4 t/t；废水产生 900 000 t 折 4.5 t/t，排放 300 000 t 折 1.5 t/t。", profile=CU),
    *fam("cu 原料与废水", S25, [
        ("asst-calc", "皖江示例铜业单位产品废水排放量 = 300 000 / 200 000 = {v} t/t。", "1.5", ["0.15"]),
    ], profile=CU),
    ok("cu 原料与废水", S25, "asst-calc", "皖江示例铜业按 Zr = 530 000 t、Z = 560 000 t、Zw = 20 000 t 代入 B.11：Kr = 530 000 / 580 000 ≈ 91.4%。", profile=CU),
    *fam("cu 基本信息", CU, [
        ("doc-sheet", "basics:\n  name: 皖江示例铜业有限公司（虚构）\n  region: 华东\n  year: {v}\n  industry: 3211 铜冶炼", "2022", ["2023"]),
        ("asst-long", "皖江示例铜业的评价年度是 2022 年、位于华东，如果方案允许用区域因子，应取 2022 年度华东区域电网因子 {v} tCO₂/MWh；用全国口径则是 0.5366。", "0.5617", ["0.5306"]),
    ], profile=CU),
    ok("cu 基本信息", CU, "doc-numerals", "皖江示例铜业副产硫酸 750 000 t，产值 2.25 亿元即 22 500 万元；阴极铜产值 1 300 000 万元。", profile=CU),
    ok("pc 综合能耗", S2589, "asst-calc", "南粤示例电脑（当量值）：电力 6 000 万kWh → 7 374 tce；天然气 500 000 m³ → 607.15 tce；柴油 20 t → 29.142 tce；综合能耗 E ≈ 8 010.29 tce。", profile=PC),
    *multi("pc 综合能耗", S2589, "asst-calc",
           "南粤示例电脑综合能耗 8 010.29 tce，三类产品产值合计 {a} 万元（42 亿 + 36 亿 + 20 亿），单位产值综合能耗 ≈ {b} tce/万元。",
           {"a": "980 000", "b": "0.0082"}, {"a": ["960 000"]}, profile=PC),
    *fam("pc 可再生", S25, [
        ("asst-calc", "南粤示例电脑：光伏自发自用 600 万kWh + 绿电 900 万kWh = 1 500 万kWh，折 1 843.5 tce；除以综合能耗 8 010.29 tce，可再生能源利用率约 {v}。", "23.0%", ["20.3%"]),
    ], profile=PC),
    ok("pc 可再生", S25, "mixed-english", "Nanyue sample plant: 15 million kWh of renewable power (6 m self-generated PV + 9 m green power trading) ≈ 1,843.5 tce at 0.1229 kgce/kWh.", profile=PC),
    ok("pc 水与固废", S25, "asst-calc", "南粤示例电脑：重复利用水 95 000 m³ / (380 000 + 95 000) = 20.0%；固废综合利用 6 110 / 6 500 = 94.0%。", profile=PC),
    *fam("pc 水与固废", S25, [
        ("doc-sheet", "| 企业 | V (m³) | Vr (m³) | Rw |\n|---|---|---|---|\n| 南粤示例电脑 | 380000 | 95000 | {v} |", "20.0%", ["25.0%"]),
    ], profile=PC),
    ok("sheet 电脑 建筑系数", S25, "asst-calc", "南粤示例电脑建筑系数 = (120 000 + 15 000 + 10 000) / 250 000 = 58%。", profile=PC),
    *multi("pc 标准产品", S25, "asst-calc",
           "南粤示例电脑按工时定额折算标准产品（台式机 = 1）：台式机 1 200 000 + 笔记本 800 000 × 0.8 + 服务器 50 000 × {a} = {b} 标准台；单位标准产品综合能耗 ≈ 8 010.29 tce / 2 140 000 ≈ {c} kgce/台。",
           {"a": "6", "b": "2 140 000", "c": "3.74"}, {"c": ["37.4"]}, profile=PC),
    ok("pc 用地", S25, "asst-calc", "南粤示例电脑产能折合 1 500 000 + 1 000 000 × 0.8 + 60 000 × 6 = 2 660 000 标准台，用地 250 000 m²，单位用地面积产能 10.64 台/m²；单位用地面积产值 980 000 / 250 000 = 3.92 万元/m²。", profile=PC),
    *fam("pc 用地", S25, [
        ("asst-calc", "南粤示例电脑单位用地面积产值 = 980 000 万元 / 250 000 m² = {v} 万元/m²。", "3.92", ["3.29"]),
    ], profile=PC),
    ok("pc 改造与平台", S25, "asst-long", "南粤示例电脑近 3 年改造投资 6 000 万元、近 3 年产值 2 700 000 万元，占比约 0.22%；平台功能 10 项，高于引领值 8 项，这一项拿满 6 分。", profile=PC),
    *fam("pc 改造与平台", S25, [
        ("asst-calc", "南粤示例电脑绿色低碳改造投资占比 = 6 000 / 2 700 000 ≈ {v}。", "0.22%", ["2.2%"]),
    ], profile=PC),
    ok("pc 燃料排放", GHG, "asst-calc", "南粤示例电脑天然气 500 000 m³ × 2.162 kgCO₂/m³ = 1 081 tCO₂；柴油 20 t × 3.10 = 62 tCO₂。", profile=PC),
    *fam("pc 燃料排放", GHG, [
        ("asst-long", "南粤示例电脑的评价年度是 2023 年，档案里电网口径写的是全国，所以外购电应乘 2023 年度全国平均因子 {v} tCO₂/MWh，而不是南方区域的 2022 年值 0.3869。", "0.5306", ["0.5366"]),
    ], profile=PC),
]
