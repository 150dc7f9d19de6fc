"""blind17 genre ``feasib``: the energy-saving chapter (节能篇) of a feasibility study (可研报告) for a new
production line: an energy balance worked out with GB/T 2589 coefficients, land indicators by Annex B,
and the project's own design figures."""

from evals.checker.blind17_kit import GHG, NONE, S25, S2589, Item, fam, mm, multi, ok

ITEMS: list[Item] = [
    ok("feas-scope", NONE, "feasib-company",
       "第九章 节能分析\n9.1 项目概况：新建年产 5 万吨精密铜管生产线，总投资 6.8 亿元，建设期 18 个月，达产后年产值约 15 亿元。"),
    *multi("feas-energy-table", S2589, "feasib-table",
           "表9-3 项目年综合能耗估算（当量值）\n能源｜年用量｜折标系数｜折标准煤\n电力｜3 500 万kWh｜{e} kgce/kWh｜4 301.5 tce\n"
           "天然气｜120 万m³｜1.2143 kgce/m³｜{g} tce\n柴油｜50 t｜1.4571 kgce/kg｜72.855 tce",
           {"e": "0.1229", "g": "1 457.16"}, {"e": ["0.1292"], "g": ["1 475.16"]}),
    ok("feas-energy-total", S2589, "feasib-sum",
       "合计年综合能耗 4 301.5 + 1 457.16 + 72.855 = 5 831.515 tce，约 5 832 吨标准煤。"),
    mm("feas-energy-total", S2589, "feasib-sum",
       "合计年综合能耗 4 301.5 + 1 457.16 + 72.855 = 5 813.515 tce，约 5 832 吨标准煤。", "5 813.515 tce", "5 831.515 tce"),
    *fam("feas-per-unit", S25, [
        ("feasib-calc", "按附录B 式（B.1），单位产品综合能耗 = 5 831.515 tce ÷ 50 000 t ≈ {v} tce/t，优于同类项目平均水平。", "0.117",
         ["0.171"]),
    ]),
    *fam("feas-per-value", S25, [
        ("feasib-calc", "按式（B.2），单位产值综合能耗 = 5 831.515 ÷ 150 000 万元 ≈ {v} tce/万元。", "0.039", ["0.39"]),
    ]),
    *fam("feas-steam", S2589, [
        ("feasib-calc", "园区集中供汽 8 000 t/a（低压蒸汽），按 0.1286 kgce/kg 折 {v} tce，未计入上表，另列。", "1 028.8", ["1 082.8"]),
    ]),
    *multi("feas-pv", GHG, "feasib-measure",
           "9.5 节能措施：屋顶分布式光伏 5 MW，年均利用约 1 100 h，年发电 {a} 万kWh，折标准煤约 676 t；按 2023 年度全国电网因子 "
           "0.5306 tCO2/MWh 计，年减排约 {c} tCO2。",
           {"a": "550", "c": "2 918"}, {"a": ["505"], "c": ["2 951"]}),
    *fam("feas-reuse", S25, [
        ("feasib-calc", "冷却水闭式循环：年取水 20 万 m³，循环回用 300 万 m³，重复利用率 = 300 ÷ (20 + 300) = {v}%。", "93.75",
         ["93.57"]),
    ]),
    *multi("feas-land", S25, "feasib-land",
           "9.6 用地指标：项目用地 100 000 m²，建筑物 35 000 m²、构筑物 8 000 m²、堆场 7 000 m²，建筑系数 {r}%；"
           "计算依据为附录B 的 B.26（式 {f}）。",
           {"r": "50", "f": "B.27"}, {"r": ["43"], "f": ["B.28"]}),
    *fam("feas-plot", S25, [
        ("feasib-land", "容积率：两层厂房 2×20 000 m²，单层高跨车间 30 000 m²（层高 10 m，按两倍计），四层综合楼 4×5 000 m²，"
                        "总建筑面积 120 000 m²，用地 100 000 m²，容积率 {v}。", "1.2", ["0.9"]),
    ]),
    *fam("feas-plot-rule", S25, [
        ("feasib-land", "说明：按 B.27，层高超过 {v} m 的楼层建筑面积加倍计算。", "8", ["6"]),
    ]),
    *fam("feas-landvalue", S25, [
        ("feasib-land", "单位用地面积产值 = 150 000 万元 ÷ 100 000 m² = {v} 万元/m²（B.25）。", "1.5", ["1.05"]),
    ]),
    ok("feas-equipment", NONE, "feasib-company",
       "主要设备选用一级能效电机 126 台、永磁变频空压机 4 台，设计工况下综合节电率约 12%，年节约电费约 380 万元。"),
    ok("feas-payback", NONE, "feasib-company",
       "节能措施总投资 2 150 万元，年节能效益 520 万元左右，静态回收期约 4.1 年，内部收益率 18.6%。"),
    ok("feas-review", NONE, "feasib-company",
       "本章由设计院能源专业 3 名工程师编制，经内部评审 2 轮，共修改意见 27 条，均已在本稿中落实。"),
]
