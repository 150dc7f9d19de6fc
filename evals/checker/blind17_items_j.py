"""blind17 genre ``fillguide``: filling instructions (填报说明) for a green-factory declaration form: which
formula and coefficient a field takes, units and rounding, and worked example rows."""

from evals.checker.blind17_kit import CU, GHG, NONE, PC, S25, S2589, Item, fam, multi, ok

ITEMS: list[Item] = [
    ok("fill-industry", CU, "fillguide-item",
       "一、“所属行业”按 GB/T 4754 填写小类代码和名称，例如铜冶炼填 3211，计算机整机制造填 3911。"),
    ok("fill-rounding", NONE, "fillguide-item",
       "二、数值一律填阿拉伯数字；综合能耗以吨标准煤为单位保留 2 位小数，比率类指标以百分数保留 1 位小数。"),
    *fam("fill-electricity", S2589, [
        ("fillguide-item", "三、电力折标准煤默认按当量值 {v} kgce/kWh 填写；如采用等价值，须在备注栏注明系数及依据。", "0.1229",
         ["0.1299"]),
    ]),
    *fam("fill-rre-formula", S25, [
        ("fillguide-item", "四、“可再生能源利用率”按 GB/T 36132-2025 附录B 的 {v} 计算，分母为主要、辅助和附属生产系统的综合能耗。",
         "B.5", ["B.4"]),
    ]),
    *fam("fill-reuse-formula", S25, [
        ("fillguide-item", "五、“工业用水重复利用率”按 {v} 计算：Rw = Vr/(V+Vr)×100%，Vr 含循环水量和回用水量。", "B.10",
         ["B.11"]),
    ]),
    *multi("fill-platform", S25, "fillguide-item",
           "六、“能碳管理平台功能满足数”对照表C.1 所列 {n} 项业务功能逐项勾选，填写已实现项数；示例表中该项引领值为 {l} 项、分值 6 分。",
           {"n": "12", "l": "8"}, {"n": ["10"], "l": ["6"]}),
    *fam("fill-retrofit-years", S25, [
        ("fillguide-item", "七、“绿色低碳改造投资占比”分子填近 {v} 年改造投资之和，分母填同期产值之和，单位均为万元。", "3", ["5"]),
    ]),
    *fam("fill-grid-2023", GHG, [
        ("fillguide-factor", "八、评价年度为 2023 年的，外购电力排放因子填 0.5306 tCO2/MWh，出处填“生态环境部公告 2025 年第 {v} 号”。",
         "47", ["33"]),
    ]),
    *fam("fill-grid-2021", GHG, [
        ("fillguide-factor", "评价年度为 2021 年的，填 {v} tCO2/MWh（生态环境部公告 2024 年第 12 号）。", "0.5568", ["0.5586"]),
    ]),
    ok("fill-paper", NONE, "fillguide-item",
       "九、纸质材料用 A4 纸双面打印，一式 3 份，并附电子版 1 份；每页加盖公章或骑缝章。"),
    ok("fill-credit", NONE, "fillguide-item",
       "十、“统一社会信用代码”填 18 位，“注册资本”以万元为单位，“联系电话”填固定电话和手机各 1 个。"),
    *multi("fill-example-cu", S25, "fillguide-example",
           "填报示例（皖江铜业 2022 年）\n指标\t数值\t单位\t公式\n单位产品取水量\t{w}\tm³/t\tB.8\n建筑系数\t{b}\t%\tB.26\n"
           "一般工业固体废物综合利用率\t91.4\t%\tB.11",
           {"w": "12.00", "b": "60.0"}, {"w": ["1.20"], "b": ["63.0"]}, CU),
    *fam("fill-example-pc", S25, [
        ("fillguide-example", "填报示例（南粤电脑 2023 年）：工业用水重复利用率 = 95 000 ÷ (380 000 + 95 000) × 100% = {v}%。",
         "20.0", ["25.0"]),
    ], PC),
    *fam("fill-plot-example", S25, [
        ("fillguide-example", "容积率示例：某厂用地 1 200 000 m²，车间甲 120 000 m²（层高 24 m，按两倍计 240 000 m²）、车间乙 "
                              "80 000 m²（层高 15 m，计 160 000 m²）、五层办公楼 30 000 m²、仓库 40 000 m²（层高 7.5 m，不加倍），"
                              "合计 470 000 m²，容积率 ≈ {v}。", "0.39", ["0.35"]),
    ]),
    ok("fill-deadline", NONE, "fillguide-item",
       "十一、申报截止时间以当年通知为准，逾期系统自动关闭；每家企业仅可提交 1 次，提交后 5 个工作日内可申请退回修改。"),
    ok("fill-evidence", S25, "fillguide-item",
       "十二、每项定量指标须附计算过程：写明所用附录B 公式编号、各输入值及来源、引领值和基准值、得分；定性指标附证明材料索引。"),
]
