"""blind15 items, part g: the computer assembly profile (corpus/examples/computer-assembly.yaml)."""

from evals.checker.blind15_kit import NONE, PC, fam, mm, multi, ok

ITEMS = [
    *fam("pc-desktop-output", PC, [
        ("report", "南粤示例电脑制造有限公司 2023 年台式计算机产量{v}，为代表产品。", "1200000 台", ["1500000 台"]),
        ("chat", "南粤电脑那边台式机一年{v}，笔记本 80 万台。", "120 万台", ["100 万台"]),
    ], PC),
    *fam("pc-output-value", PC, [
        ("sheet", "南粤示例电脑 | 产值合计 | {v} | 台式 42 亿 + 笔记本 36 亿 + 服务器 20 亿", "980000 万元", ["960000 万元"]),
    ], PC),
    *fam("pc-electricity-tce", PC, [
        ("llm", "南粤示例电脑 2023 年用电 6000 万kWh，按当量值折合{v}。", "7374 tce", ["7734 tce"]),
    ], PC),
    *fam("pc-total-energy", PC, [
        ("report", "南粤示例电脑综合能耗（电、天然气、柴油，当量值）合计约{v}。", "8010.29 tce", ["8100.29 tce"]),
        ("audit", "南粤示例电脑 B.2：8010.29 tce ÷ 980000 万元 = {v}", "0.00817 tce/万元", ["0.0817 tce/万元"]),
    ], PC),
    *fam("pc-gas-tce", PC, [
        ("email", "南粤示例电脑天然气 50 万m³，按 1.2143 折{v}。", "607.15 tce", ["670.15 tce"]),
    ], PC),
    *fam("pc-grid-co2", PC, [
        ("report", "南粤示例电脑 2023 年用电 60000 MWh，按 2023 年度全国电网平均排放因子计，间接排放{v}。", "31836 tCO2", ["32196 tCO2"]),
        ("chat", "南粤电脑 6000 万度电乘 0.5306，三万一千八百多吨，写{v}就行。", "31836 吨", ["31863 吨"]),
    ], PC),
    *fam("pc-total-co2", PC, [
        ("llm", "南粤示例电脑碳排放总量 = 31836 + 天然气 1081 + 柴油 62 = {v}。", "32979 tCO2", ["32997 tCO2"]),
        ("sheet", "南粤示例电脑,单位产值碳排放量,{v}", "0.0337 tCO2/万元", ["0.0373 tCO2/万元"]),
    ], PC),
    *fam("pc-water-reuse", PC, [
        ("audit", "南粤示例电脑：取水 38 万m³、重复利用 9.5 万m³，重复利用率{v} —— 偏低，建议关注", "20%", ["25%"]),
        ("followup", "问：南粤示例电脑的工业用水重复利用率是多少？答：95000/(380000+95000) = {v}。", "20%", ["25.0%"]),
    ], PC),
    *fam("pc-solid-waste", PC, [
        ("report", "南粤示例电脑一般工业固废产生 6500 t、综合利用 6110 t，综合利用率{v}。", "94%", ["96%"]),
    ], PC),
    *fam("pc-building-coef", PC, [
        ("quiz", "南粤示例电脑用地 25 万m²，建筑物 12 万、构筑物 1.5 万、堆场 1 万 m²，建筑系数 = {v}。", "58%", ["48%"]),
    ], PC),
    *fam("pc-standard-product", PC, [
        ("llm", "南粤示例电脑按工时定额折算为标准台式机：120 万 + 80 万×0.8 + 5 万×6 = {v}。", "214 万台", ["200 万台"]),
    ], PC),
    *fam("pc-capacity-land", PC, [
        ("bilingual", "Nanyue sample PC plant 南粤示例电脑: converted capacity 266万台 / 250000 m² = {v}.", "10.64 台/m²", ["8.0 台/m²"]),
    ], PC),
    *fam("pc-land-output", PC, [
        ("report", "南粤示例电脑产值 980000 万元，用地 250000 m²，单位用地面积产值{v}。", "3.92 万元/m²", ["3.29 万元/m²"]),
    ], PC),
    *fam("pc-retrofit", PC, [
        ("email", "南粤示例电脑三年改造投资 6000 万元、三年产值 270 亿元，占比约{v}。", "0.22%", ["2.2%"]),
    ], PC),
    *fam("pc-platform", PC, [
        ("chat", "南粤电脑的平台列了 10 项功能，能碳平台这项直接{v}满分。", "6 分", ["8 分"]),
    ], PC),
    *multi("pc-renewable-power", PC, "report",
           "南粤示例电脑可再生电力：屋顶光伏 {a}、绿电交易 {b}，合计 1500 万kWh。",
           {"a": "600 万kWh", "b": "900 万kWh"}, {"a": ["700 万kWh"]}, PC),
    ok("pc-company", NONE, "email", "南粤示例电脑计划 2026 年四季度上线供应链碳管理模块，预算 420 万元，由 6 人小组负责。", PC),
    ok("pc-company", NONE, "notice", "南粤示例电脑内部通知：11 月 20 日起开展水平衡测试，为期 3 周，各车间指定 1 名联络人。", PC),
    ok("pc-company2", NONE, "chat", "南粤电脑老板说 2028 年想把屋顶光伏扩到 15 MW，今年先做 3 MW 的车棚。", PC),
    mm("pc-company2", PC, "chat", "南粤电脑老板说光伏要扩，不过现在屋顶光伏一年才 900 万kWh，先做车棚。", "900 万kWh", "600 万kWh", PC),
]
