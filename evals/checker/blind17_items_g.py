"""blind17 genre ``summary``: the copper smelter's energy and environment department year-end work summary
(年度工作总结): the year's figures, the self-evaluation points worked out by 5.2's linear rule, and plans."""

from evals.checker.blind17_kit import CU, NONE, S25, S2589, Item, fam, mm, multi, ok

ITEMS: list[Item] = [
    ok("sum-cu-intro", NONE, "summary-company",
       "2022 年，安全环保部在公司党委和经营层领导下，围绕“双碳”目标完成重点工作 14 项，其中超额完成 5 项。", CU),
    ok("sum-cu-list", NONE, "summary-list",
       "一、主要指标完成情况\n1. 阴极铜产量 20.0 万吨，完成年计划的 102.6%；\n2. 硫酸产量 75 万吨；\n3. 环保设施同步运行率 100%，"
       "全年未发生一般及以上环境事件。", CU),
    *multi("sum-cu-renewable", S25, "summary-calc",
           "二、可再生能源利用\n自发自用光伏 1 200 万kWh，绿电交易 3 000 万kWh，绿证 20 000 张（每张 1 000 kWh，合 2 000 万kWh），"
           "合计 {a} 万kWh，按 0.1229 kgce/kWh 折 {b} tce。",
           {"a": "6 200", "b": "7 619.8"}, {"a": ["5 200"], "b": ["7 169.8"]}, CU),
    *fam("sum-cu-rre", S25, [
        ("summary-calc", "以全厂综合能耗 92 899.08 tce 为分母，可再生能源利用率 Rre = 7 619.8 ÷ 92 899.08 × 100% ≈ {v}%。",
         "8.2", ["8.8"]),
    ], CU),
    *fam("sum-cu-rre-points", S25, [
        ("summary-score", "按方案该指标基准值 5%、引领值 15%、分值 8 分，线性计分 8 × (8.2 − 5) ÷ (15 − 5) = {v} 分。", "2.56",
         ["2.65"]),
    ], CU),
    *fam("sum-cu-energy-points", S25, [
        ("summary-score", "单位产品综合能耗 0.464 5 tce/t（逆向指标，基准值 0.50、引领值 0.40、分值 8 分），得分 8 × (0.50 − 0.464 5)"
                          " ÷ (0.50 − 0.40) = {v} 分。", "2.84", ["3.16"]),
    ], CU),
    *fam("sum-cu-water-points", S25, [
        ("summary-score", "单位产品取水量 12 m³/t，基准值 15、引领值 10，满分 8 分，得 {v} 分。", "4.8", ["3.2"]),
    ], CU),
    *fam("sum-cu-reuse-points", S25, [
        ("summary-score", "工业用水重复利用率 96.0%，基准值 90%、引领值 97.5%，分值 8 分：8 × 6 ÷ 7.5 = {v} 分。", "6.4", ["6.0"]),
    ], CU),
    ok("sum-cu-subtotal", S25, "summary-score",
       "上述四项合计 2.56 + 2.84 + 4.8 + 6.4 = 16.6 分。", CU),
    mm("sum-cu-subtotal", S25, "summary-score",
       "上述四项合计 2.56 + 2.84 + 4.8 + 6.4 = 16.8 分。", "16.8 分", "16.6 分", CU),
    *fam("sum-fullwidth-weight", S25, [
        ("summary-fullwidth", "三、对标新标准\n按 GB/T 36132-2025 表C.1，资源高效化权重 ３０％，其中一般工业固体废物综合利用率分值 {v} 分。",
         "６", ["８"]),
    ]),
    *fam("sum-cu-coke", S2589, [
        ("summary-calc", "焦炭消耗 1.5 万吨，折标系数 0.9714 kgce/kg，折合标准煤约 {v} 万吨。", "1.46", ["1.64"]),
    ], CU),
    ok("sum-cu-training", NONE, "summary-company",
       "全年组织能源管理员培训 6 期，取得能源管理师证书 9 人；完成节能技改项目 4 项，形成节能量约 2 300 tce。", CU),
    ok("sum-cu-problems", NONE, "summary-company",
       "四、存在的问题\n一是三级计量仪表在线率仅 87%；二是绿色设计评价报告尚为初稿；三是供应商审核覆盖率 60% 左右，未达 80% 的年度目标。",
       CU),
    ok("sum-cu-plan", NONE, "summary-plan",
       "五、2023 年工作计划\n力争单位产品综合能耗再降 2%，新增光伏装机 8 MW，完成能碳管理平台二期，新增碳资产管理等 2 项功能。", CU),
    *fam("sum-cu-platform-total", S25, [
        ("summary-plan", "平台目前已上线 9 项功能，二期再增 2 项后将达到 {v} 项，距表C.1 所列 12 项仅差供应链碳管理 1 项。", "11",
         ["10"]),
    ], CU),
    *fam("sum-cu-solid-points", S25, [
        ("summary-score", "固废综合利用率 91.4%，基准值 85%、引领值 95%，分值 6 分，得分 = 6 × (91.4 − 85) ÷ (95 − 85) ≈ {v} 分。",
         "3.84", ["3.48"]),
    ], CU),
]
