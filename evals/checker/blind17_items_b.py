"""blind17 genre ``ghginv``: excerpts of a GHG inventory report (碳盘查报告): boundary, gases, factors
and the emission tables written out for the two sample factories."""

from evals.checker.blind17_kit import CU, GHG, NONE, PC, S25, Item, fam, mm, multi, ok

ITEMS: list[Item] = [
    *fam("ghg-boundary", GHG, [
        ("ghginv-boundary", "2.1 组织边界：本次盘查以法人为报告主体，覆盖主要生产系统、辅助生产系统和附属生产系统共{v}类系统，"
                            "与综合能耗统计边界保持一致。", "三", ["两"]),
    ]),
    *fam("ghg-32150-2025", GHG, [
        ("ghginv-basis", "2.3 核算依据：GB/T 32150-2025 已于 2025-12-31 发布，将于 {v} 起实施，本报告期仍按原版核算。",
         "2026-07-01", ["2026-01-01"]),
    ]),
    *fam("ghg-heat-default", GHG, [
        ("ghginv-factor", "外购蒸汽 12 000 GJ，采用新版给出的缺省热力排放因子 {v} tCO2/GJ，对应排放 1 320 tCO2。",
         "0.11", ["0.12"]),
    ]),
    *multi("ghg-cu-coke", NONE, "ghginv-table",
           "表3 化石燃料燃烧排放（2022 年）\n焦炭｜15 000 t｜2.86 tCO2/t｜{a} tCO2\n柴油｜800 t｜3.10 tCO2/t｜{b} tCO2\n"
           "天然气｜1 800 万m³｜21.62 tCO2/万m³｜38 916 tCO2",
           {"a": "42 900", "b": "2 480"}, {"a": ["42 090"], "b": ["2 840"]}, CU),
    *fam("ghg-cu-scope1-total", NONE, [
        ("ghginv-sum", "上表三项燃料燃烧排放合计 42 900 + 2 480 + 38 916 = {v} tCO2，占全厂排放约四分之一。",
         "84 296", ["84 396"]),
    ], CU),
    *multi("ghg-cu-scope2", GHG, "ghginv-calc",
           "外购电力排放：全年用电 45 000 万kWh，扣除自发自用光伏 1 200 万kWh 后外购 438 000 MWh，乘以 2022 年度华东区域电网"
           "排放因子 {f} tCO2/MWh，得 {e} tCO2。",
           {"f": "0.5617", "e": "246 024.6"}, {"f": ["0.5564"], "e": ["245 024.6"]}, CU),
    ok("ghg-cu-intensity", GHG, "ghginv-calc",
       "排放总量 C = 84 296 + 246 024.6 = 330 320.6 tCO2；阴极铜合格产量 20 万吨，单位产品碳排放 Cu = C/Q ≈ 1.65 tCO2/t。", CU),
    mm("ghg-cu-intensity", GHG, "ghginv-calc",
       "排放总量 C = 84 296 + 246 024.6 = 330 320.6 tCO2；阴极铜合格产量 20 万吨，单位产品碳排放 Cu = C/Q ≈ 1.56 tCO2/t。",
       "1.56 tCO2/t", "1.65 tCO2/t", CU),
    *multi("ghg-pc-fuel", NONE, "ghginv-table",
           "表4 直接排放（2023 年）\n天然气\t500 000 m³\t2.162 kgCO2/m³\t{a} tCO2\n柴油\t20 t\t3.10 tCO2/t\t{b} tCO2",
           {"a": "1 081", "b": "62"}, {"a": ["1 018"]}, PC),
    *multi("ghg-pc-scope2", GHG, "ghginv-calc",
           "外购电量 5 400 万kWh（即 54 000 MWh），采用生态环境部公告 2025 年第 47 号的 2023 年度全国电网平均排放因子 {f} "
           "tCO2/MWh，间接排放 {e} tCO2。",
           {"f": "0.5306", "e": "28 652.4"}, {"f": ["0.5366"], "e": ["28 562.4"]}, PC),
    *fam("ghg-pc-wrongyear", GHG, [
        ("ghginv-note", "敏感性说明：若误用 2022 年度因子 0.5366，54 000 MWh 外购电力的排放将由 28 652.4 tCO2 变为 28 976.4 tCO2，"
         "多出 {v} tCO2。",
         "324", ["342"]),
    ], PC),
    *fam("ghg-regional-ratio", GHG, [
        ("ghginv-note", "区域差异：2022 年度华北区域因子为 0.6776，西南区域为 {v}，两者相差近三倍，因此区域选择须在报告中说明。",
         "0.2268", ["0.3869"]),
    ]),
    *fam("ghg-b3", S25, [
        ("ghginv-link", "本报告的排放总量直接用于 GB/T 36132-2025 附录B 的 {v} 单位产品碳排放量计算，边界与 B.1 能耗口径一致。",
         "B.3", ["B.5"]),
    ]),
    ok("ghg-pc-refrigerant", NONE, "ghginv-company",
       "制冷剂逸散：厂区空调及冷水机组共 46 台，本年补充 R410A 制冷剂 0.32 t，按 GWP 折算约 668 tCO2e，单列于其他温室气体。", PC),
    ok("ghg-cu-biomass", NONE, "ghginv-company",
       "本期食堂使用生物质成型燃料 35 t，其燃烧产生的二氧化碳约 58 t，按要求单独报告、不计入排放总量。", CU),
    ok("ghg-verifier", NONE, "ghginv-company",
       "本次盘查于 2023 年 3 月 6 日至 17 日进行，核查组 4 人，现场抽取原始凭证 212 份，数据质量评级为“良”。"),
    *fam("ghg-carbonmarket", GHG, [
        ("ghginv-note", "注意：{v} tCO2/MWh 为全国碳市场 2022 年度排放报告专用的电网因子，本盘查不予采用。", "0.5703", ["0.5856"]),
    ]),
]
