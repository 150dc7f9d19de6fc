"""blind17 genre ``enaudit``: excerpts of an energy audit report (能源审计报告): GB/T 2589-2020 metadata and
coefficients, the energy balance tables of the sample factories and the savings of audit measures."""

from evals.checker.blind17_kit import CU, NONE, PC, S2589, Item, fam, mm, multi, ok

ITEMS: list[Item] = [
    *fam("audit-2589-dates", S2589, [
        ("enaudit-basis", "1.2 审计依据：GB/T 2589-2020《综合能耗计算通则》，{v} 发布，2021-04-01 实施，代替 2008 年版。",
         "2020-09-29", ["2020-10-01"]),
        ("enaudit-basis", "GB/T 2589-2020 自{v}起实施，本次审计期（2022 年度）完全适用新版。", "2021 年 4 月 1 日",
         ["2021 年 1 月 1 日"]),
    ]),
    *fam("audit-kgce-kj", S2589, [
        ("enaudit-basis", "折标基准：1 千克标准煤的低位发热量按 {v} kJ 计，各能源品种据此折算。", "29 307", ["29 271"]),
    ]),
    *multi("audit-coef-table", S2589, "enaudit-table",
           "附表2 本次审计采用的折标准煤系数\n电力（当量值）｜kgce/kWh｜{e}\n焦炭｜kgce/kg｜{c}\n柴油｜kgce/kg｜{d}\n"
           "低压蒸汽｜kgce/kg｜0.1286",
           {"e": "0.1229", "c": "0.9714", "d": "1.4571"}, {"e": ["0.1129"], "d": ["1.4714"]}),
    *multi("audit-cu-balance", S2589, "enaudit-table",
           "表5 2022 年综合能耗构成\n电力 45 000 万kWh × 0.1229 → {e} tce\n焦炭 15 000 t × 0.9714 → {c} tce\n"
           "柴油 800 t × 1.4571 → 1 165.68 tce\n天然气 1 800 万m³ × 1.2143（审计采用值）→ 21 857.4 tce",
           {"e": "55 305", "c": "14 571"}, {"e": ["55 350"], "c": ["14 517"]}, CU),
    ok("audit-cu-total", S2589, "enaudit-sum",
       "四项合计 55 305 + 14 571 + 1 165.68 + 21 857.4 = 92 899.08 tce；阴极铜合格产量 200 000 t，单位产品综合能耗约 0.464 5 tce/t。",
       CU),
    mm("audit-cu-total", S2589, "enaudit-sum",
       "四项合计 55 305 + 14 571 + 1 165.68 + 21 857.4 = 92 989.08 tce；阴极铜合格产量 200 000 t，单位产品综合能耗约 0.464 5 tce/t。",
       "92 989.08 tce", "92 899.08 tce", CU),
    *multi("audit-pc-balance", S2589, "enaudit-calc",
           "南粤工厂 2023 年：电力 6 000 万kWh 折 {e} tce，天然气 50 万m³ 按 1.2143 折 607.15 tce，柴油 20 t 折 29.142 tce，"
           "综合能耗合计 {t} tce。",
           {"e": "7 374", "t": "8 010.292"}, {"e": ["7 734"], "t": ["8 011.292"]}, PC),
    *fam("audit-pc-perunit", S2589, [
        ("enaudit-calc", "三类产品按工时定额折合标准台（台式机）共 214 万台，单位产品综合能耗 = 8 010.292 tce ÷ 2 140 000 台 ≈ {v} kgce/台。",
         "3.74", ["3.47"]),
    ], PC),
    *fam("audit-pc-stdunits", NONE, [
        ("enaudit-calc", "折算：台式机 120 万台 ×1.0 + 笔记本 80 万台 ×0.8 + 服务器 5 万台 ×6.0 = {v} 万标准台。", "214",
         ["208"]),
    ], PC),
    *fam("audit-measure-compressor", S2589, [
        ("enaudit-measure", "节能措施 3：空压站变频改造，年节电约 180 万kWh，按当量值折合节约 {v} tce。", "221.22", ["212.22"]),
    ], PC),
    *fam("audit-oxygen", S2589, [
        ("enaudit-table", "耗能工质折算：氧气 {v} kgce/m³、压缩空气 0.0400 kgce/m³，均计入综合能耗。", "0.4000", ["0.4400"]),
    ]),
    *fam("audit-coal", S2589, [
        ("enaudit-calc", "食堂与备用锅炉全年耗原煤 1 000 kg，按 0.7143 kgce/kg 折合 {v} kgce。", "714.3", ["741.3"]),
    ]),
    *fam("audit-heat", S2589, [
        ("enaudit-calc", "外购热力 20 000 MJ × 0.03412 kgce/MJ = {v} kgce。", "682.4", ["68.24"]),
    ]),
    ok("audit-cu-meters", NONE, "enaudit-company",
       "能源计量器具配备：一级计量 12 台、二级计量 86 台、三级计量 420 台，一级计量配备率和检定率均为 100%。", CU),
    ok("audit-cu-savings", NONE, "enaudit-company",
       "审计组共提出节能建议 9 条，预计总投资 3 260 万元，年节能量约 4 100 tce，静态投资回收期 2.8 年左右。", CU),
    ok("audit-pc-lighting", NONE, "enaudit-company",
       "照明系统：厂房共安装 LED 灯具 6 480 盏，照明用电占总用电约 4%，较改造前每年少用电约 85 万kWh。", PC),
    *fam("audit-electricity-basis", S2589, [
        ("enaudit-basis", "说明：电力按当量值 0.1229 kgce/kWh 折算；若改用等价值，系数取决于当年供电煤耗，一般在 0.3 至 {v} 之间，须另行注明。",
         "0.4", ["0.5"]),
    ]),
]
