"""blind17 genre ``esg``: paragraphs of an ESG / sustainability report that cite GB/T 36132-2025, the
grid factors and the sample factories' own figures."""

from evals.checker.blind17_kit import CU, GHG, NONE, PC, S25, SCP, SYS, Item, fam, multi, ok

ITEMS: list[Item] = [
    *fam("esg-weight-energy", S25, [
        ("esg-para", "本公司对照 GB/T 36132-2025 附录C 表C.1 的示例指标表开展绿色工厂自评，其中“能源低碳化”一级指标"
                     "的参考权重为{v}%，也是我们投入管理资源最多的维度。", "30", ["16"]),
    ]),
    *fam("esg-weight-land", S25, [
        ("esg-para", "用地集约化在示例指标表中权重仅占{v}%，对应的土地产出率指标满分 8 分，但我们仍将其列入年度可持续发展目标。",
         "8", ["10"]),
    ]),
    *multi("esg-cu-solidwaste", S25, "esg-calc",
           "报告期内，公司一般工业固体废物产生 56 万吨，当年综合利用 53 万吨，另消纳历年贮存 2 万吨。按 GB/T 36132-2025 "
           "附录{f} 的公式 Kr = Zr/(Z+Zw)×100% 计算，综合利用率为 {r}%。",
           {"f": "B.11", "r": "91.4"}, {"f": ["B.10"], "r": ["94.6"]}, CU),
    *fam("esg-cu-waterreuse", S25, [
        ("esg-calc", "水资源管理：全年取水量 240 万 m³，循环及回用水量 5 760 万 m³，工业用水重复利用率 = 5 760 ÷ (240 + 5 760)"
                     " × 100% = {v}%，连续两年保持在行业先进水平附近。", "96.0", ["95.0"]),
    ], CU),
    ok("esg-cu-output", NONE, "esg-company",
       "2022 年公司生产阴极铜 20 万吨、硫酸 75 万吨，全年组织环保与节能培训 46 场次，参与员工 3 120 人次。", CU),
    ok("esg-committee", NONE, "esg-company",
       "公司已连续第三年发布 ESG 报告。本年度董事会 ESG 委员会召开会议 4 次，审议议题 17 项，覆盖气候风险、供应链尽职调查与社区沟通。"),
    *fam("esg-grid-2022", GHG, [
        ("esg-scope2", "范围二排放采用生态环境部公告 2024 年第 33 号公布的 2022 年度全国电网平均排放因子 {v} tCO2/MWh 计算，"
                       "未使用碳市场履约口径。", "0.5366", ["0.5703", "0.5568"]),
    ]),
    *multi("esg-pc-renewable", S25, "esg-calc",
           "2023 年屋顶光伏自发自用 600 万kWh，通过绿电交易购入 900 万kWh，合计可再生电力 {a} 万kWh；按电力当量值 0.1229 "
           "kgce/kWh 折算约 {b} tce。",
           {"a": "1 500", "b": "1 843.5"}, {"a": ["1 600"], "b": ["1 834.5"]}, PC),
    *fam("esg-sc-supplier", SCP, [
        ("esg-supplychain", "供应链责任：我们参照工信厅节函〔2016〕586号附件3 自查绿色供应链管理，“供应商管理”一项满分{v}分，"
                            "其中低风险供应商比例占 4 分。", "20", ["10"]),
    ]),
    ok("esg-cu-intensity-trend", NONE, "esg-company",
       "与上年相比，本报告期单位产品综合能耗下降 3.2%，万元产值取水量下降 5.6%，厂界噪声投诉为 0 起。", CU),
    *fam("esg-lead-top", S25, [
        ("esg-para", "按照标准 4.4 条的说明，引领值对应行业前{v}%的标杆水平，基准值则依据行业平均水平确定。", "5", ["10"]),
    ]),
    *fam("esg-pc-buildcoef", S25, [
        ("esg-calc", "南粤工厂用地面积 25 万 m²，建筑物、构筑物及堆场占地合计 14.5 万 m²，建筑系数为 {v}%。", "58.0", ["62.0"]),
    ], PC),
    ok("esg-pc-volunteer", NONE, "esg-company",
       "报告期内员工志愿服务时长累计约 1.8 万小时，女性管理者占比 27%，安全生产培训覆盖率百分之百。", PC),
    *fam("esg-gases", GHG, [
        ("esg-scope1", "温室气体核算口径：按 GB/T 32150 纳入二氧化碳、甲烷、氧化亚氮、HFCs、PFCs、SF6 和 NF3 共{v}种气体，"
                       "生物质燃烧产生的 CO2 单独报告。", "七", ["六"]),
    ]),
    *fam("esg-pc-platform", S25, [
        ("esg-digital", "能碳管理数字化：公司能碳平台已上线能源查询、能流分析、供应链碳管理等 10 项功能，表C.1 所列的业务功能"
                        "共 {v} 项，尚缺碳核查支持和碳资产管理两项。", "12", ["11"]),
    ], PC),
    ok("esg-cu-invest", NONE, "esg-company",
       "2020—2022 年公司累计投入环保与节能改造资金约 4.8 亿元，其中余热发电改造单项投资 1.35 亿元。", CU),
    *fam("esg-spotcheck", SYS, [
        ("esg-para", "入库后的动态管理同样重要：按现行规则，连续三次抽查合格的单位可免于抽查{v}年，我们将以此为目标。", "五", ["三"]),
    ]),
]
