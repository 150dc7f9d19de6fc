"""blind17 genre ``cpaudit``: a cleaner-production audit report (清洁生产审核报告): pollutant and resource
intensities of the sample factories, the Annex B formula numbers and Table C.1's clean-production rows."""

from evals.checker.blind17_kit import CU, NONE, PC, S25, SCP, Item, fam, mm, multi, ok

ITEMS: list[Item] = [
    *multi("cp-cu-so2", NONE, "cpaudit-calc",
           "4.3 二氧化硫：审核期内 SO2 产生量 52 000 t、排放量 380 t，去除率 (52 000 − 380) ÷ 52 000 ≈ {r}%；"
           "以阴极铜 200 000 t 计，单位产品排放量 {u} kg/t。",
           {"r": "99.27", "u": "1.9"}, {"r": ["99.72"], "u": ["0.19"]}, CU),
    *fam("cp-cu-so2-generated", NONE, [
        ("cpaudit-calc", "单位产品 SO2 产生量 = 52 000 ÷ 200 000 = {v} t/t，制酸系统回收是削减的主要环节。", "0.26", ["0.62"]),
    ], CU),
    *multi("cp-cu-wastewater", S25, "cpaudit-table",
           "表4-2 废水指标（2022）\n指标｜总量｜单位产品\n废水产生量｜90 万t｜{g} t/t\n废水排放量｜30 万t｜{d} t/t",
           {"g": "4.5", "d": "1.5"}, {"g": ["4.05"], "d": ["1.8"]}, CU),
    *fam("cp-cu-wastegas", NONE, [
        ("cpaudit-calc", "废气排放量 9.2×10⁹ m³，单位产品废气排放量 = 9.2×10⁹ ÷ 2×10⁵ = {v} m³/t。", "46 000", ["4 600"]),
    ], CU),
    *fam("cp-formula-wastewater", S25, [
        ("cpaudit-basis", "单位产品废水产生量、排放量及单位产值对应指标依据 GB/T 36132-2025 附录B 的 B.12 至 {v} 计算。",
         "B.15", ["B.19"]),
        ("cpaudit-basis", "废气四项指标（单位产品、单位产值的产生量与排放量）对应附录B 的 B.16 至 {v}。", "B.19", ["B.23"]),
    ]),
    *fam("cp-b21-typo", S25, [
        ("cpaudit-note", "提示：标准印刷的公式 {v} 的分母写成了 G，按上下文应为 Gi，审核组按 Gi 计算。", "B.21", ["B.22"]),
    ]),
    *fam("cp-c1-clean-weight", S25, [
        ("cpaudit-basis", "在 GB/T 36132-2025 表C.1 示例中，生产洁净化一级指标权重为{v}%，下设先进工艺装备、绿色低碳改造投资占比、"
                          "主要污染物产生或排放强度三项。", "16", ["8"]),
    ]),
    *fam("cp-c1-clean-points", S25, [
        ("cpaudit-basis", "表C.1 中生产洁净化三项的示例分值依次为 {v} 分、4 分和 6 分，合计 16 分，恰好等于该维度的权重。",
         "6", ["8"]),
    ]),
    *multi("cp-cu-retrofit", S25, "cpaudit-calc",
           "近三年绿色低碳改造投资 48 000 万元，同期产值 3 800 000 万元，投资占比 = 48 000 ÷ 3 800 000 ≈ {r}%。该指标示例分值为 {p} 分。",
           {"r": "1.26", "p": "4"}, {"r": ["1.62"], "p": ["6"]}, CU),
    *fam("cp-pc-retrofit", S25, [
        ("cpaudit-calc", "南粤工厂三年改造投资 6 000 万元，三年产值合计 2 700 000 万元（即 270 亿元），占比约 {v}%。", "0.22",
         ["2.2"]),
    ], PC),
    *multi("cp-pc-vocs", NONE, "cpaudit-calc",
           "VOCs：产生量 48 t，经沸石转轮 + RTO 处理后排放 12.5 t，综合去除率约 {r}%，削减量 {d} t。",
           {"r": "74.0", "d": "35.5"}, {"r": ["47.0"], "d": ["36.5"]}, PC),
    *fam("cp-pc-wastewater-unit", NONE, [
        ("cpaudit-calc", "废水排放量 29 万t，折合标准台 214 万台，单位产品废水排放量约 {v} t/台。", "0.136", ["0.163"]),
    ], PC),
    *fam("cp-park-audit", SCP, [
        ("cpaudit-basis", "园区层面，绿色园区评价的基本要求之一是园区重点企业清洁生产审核实施率达到{v}%。", "100", ["90"]),
    ]),
    ok("cp-cu-options", NONE, "cpaudit-company",
       "本轮审核共产生清洁生产方案 38 项，其中无/低费方案 31 项、中高费方案 7 项，已实施 29 项，累计投入 1 460 万元。", CU),
    ok("cp-cu-benefit", NONE, "cpaudit-company",
       "已实施方案年削减新鲜水用量约 18 万 m³、削减危险废物 260 t，年经济效益约 930 万元。", CU),
    ok("cp-pc-team", NONE, "cpaudit-company",
       "审核小组由 11 人组成，历时 7 个月，完成物料平衡测算 3 次、水平衡测试 1 次。", PC),
    ok("cp-cu-raw", S25, "cpaudit-calc",
       "原料消耗：铜精矿（干基）80 万吨，单位产品原料消耗量 = 800 000 ÷ 200 000 = 4.0 t/t（附录B 的 B.6）。", CU),
    mm("cp-cu-raw", S25, "cpaudit-calc",
       "原料消耗：铜精矿（干基）80 万吨，单位产品原料消耗量 = 800 000 ÷ 200 000 = 4.0 t/t（附录B 的 B.8）。", "B.8", "B.6", CU),
]
