"""Blind set 7, part g: longer self-evaluation / third-party / application paragraphs of one
fictional multi-energy, two-product factory (no profile): inputs in one sentence, results later.

The factory's inputs are invented and consistent across the paragraphs (comprehensive energy
7 554.05 tce, output 3.2 万 t, output value 26.6 亿元, land 18.5 万 m²). Each item is
(text, error_text, correct, subject, source, phrasing); error_text None = "ok".
"""

S25 = "corpus/standards/GB_T_36132-2025.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
GHG = "corpus/guides/ghg-accounting.md; facts §4"
SC = "corpus/guides/supply-chain-and-park.md; facts §6"

ITEMS = [
    ("（二）能源低碳化\n1. 能源消耗强度：2025 年公司消耗外购电力 2 860 万 kWh、天然气 142 万 m³、低压蒸汽 1.8 万 t。按 GB/T 2589-2020 当量值折标，电力 3 514.94 tce，天然气 1 724.31 tce，蒸汽 2 314.8 tce，综合能耗 7 554.05 tce。主导产品合格品产量 3.2 万 t，单位产品综合能耗 0.236 tce/t。",
     None, None, "multi-energy walk-through", f"{S2589} 表A.1; {S25} B.1", "report-long-calc"),
    ("2. 碳排放强度：外购电力 2 860 万 kWh 按 2023 年度全国电网平均排放因子 0.5306 tCO2/MWh 计 15 175.16 tCO2；天然气按实测因子 2.16 kgCO2/m³ 计 3 067.2 tCO2；外购蒸汽按供热方提供的因子计 4 860 tCO2。合计 23 102.36 tCO2，合格品 3.2 万 t，单位产品碳排放量 0.722 tCO2/t。",
     None, None, "CO2 walk-through", f"{GHG}; {S25} B.3", "report-long-calc"),
    ("公司生产 A、B 两种产品，能耗不能分别计量，按 B.1 以产量和能耗比例分摊：A 产品分摊 65%，即 4 910.13 tce，合格品 2.0 万 t，单位产品综合能耗 0.2455 tce/t；B 产品分摊 35%，即 2 643.92 tce，合格品 1.2 万 t，单位产品综合能耗 0.2203 tce/t。",
     None, None, "multi-product allocation", f"{S25} B.1", "report-long-calc"),
    ("第三方评价报告 4.2 资源高效化：评价组查阅了 2025 年水平衡测试报告和取水计量台账。企业取水量 26.4 万 m³（不含基建和消防用水），重复利用水量 237.6 万 m³，工业用水重复利用率 90.0%；合格品 3.2 万 t，单位产品取水量 8.25 m³/t。",
     None, None, "third-party water", f"{S25} B.8, B.10", "third-party"),
    ("一般工业固体废物：2025 年产生炉渣、污泥等 8 460 t，利用往年贮存 340 t，综合利用 8 360 t（不含外购固废），综合利用率 = 8 360/(8 460+340) = 95.0%；危险废物 126 t 全部委托有资质单位处置。",
     None, None, "B.11 paragraph", f"{S25} B.11", "report-long-calc"),
    ("可再生能源：厂房屋顶分布式光伏装机 4.6 MW，2025 年发电 498 万 kWh，其中自发自用 452 万 kWh、上网 46 万 kWh；另通过绿电交易购入 1 200 万 kWh。计入 B.5 的可再生电力为 1 652 万 kWh，折 2 030.31 tce，占综合能耗 7 554.05 tce 的 26.9%。",
     None, None, "B.5 paragraph", f"{S25} B.5; {S2589} 表A.1", "report-long-calc"),
    ("用地集约化：工厂用地面积 18.5 万 m²（以不动产权证为准），建筑物占地 7.4 万 m²、构筑物 0.9 万 m²、露天堆场 0.6 万 m²，建筑系数 = 8.9/18.5 = 48.1%；2025 年产值 26.6 亿元，单位用地面积产值 = 266 000/185 000 = 1.44 万元/m²。",
     None, None, "land paragraph", f"{S25} B.25, B.26", "report-long-calc"),
    ("容积率：1# 厂房单层 3.6 万 m²、层高 10.5 m，按两层计 7.2 万 m²；2# 厂房单层 2.0 万 m²、层高 7.8 m，按一层计；综合楼 5 层共 1.5 万 m²。计容总建筑面积 10.7 万 m²，用地 18.5 万 m²，容积率 0.58。",
     None, None, "B.27 paragraph", f"{S25} B.27", "report-long-calc"),
    ("| 指标 | 实际值 | 基准值 | 引领值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n| 工业用水重复利用率 | 90.0% | 85% | 95% | 8 | 4.0 |\n| 一般工业固体废物综合利用率 | 95.0% | 80% | 95% | 6 | 6.0 |\n| 可再生能源利用率 | 26.9% | 10% | 30% | 8 | 6.76 |",
     None, None, "score table", f"{S25} 5.2 (scheme values company data)", "table-rows"),
    ("四、存在问题及整改计划\n1. 单位产品综合能耗 0.236 tce/t，尚未达到方案引领值 0.20 tce/t。计划 2026 年实施空压机群控和余热回收，预计节能 480 tce，单耗降至 0.221 tce/t 左右。\n2. 能碳管理平台现有 6 项功能，2026 年新增碳足迹核算、供应链碳管理 2 项，达到 8 项。",
     None, None, "plan with current values", "company targets; arithmetic", "plan-targets"),
    ("申报书·二、企业基本情况\n公司成立于 2012 年，注册资本 1.2 亿元，现有职工 680 人，其中技术人员 146 人。2025 年主营业务收入 27.3 亿元，同比增长 8.4%；上缴税金 1.05 亿元。公司 2019 年获评市级绿色工厂，2022 年获评省级绿色工厂。",
     None, None, "company data", "company data", "application"),
    ("基本要求证明材料：① 近三年（2023—2025 年）无违法违规证明 3 份；② 《绿色低碳发展规划（2024—2030）》及 2025 年度目标分解表；③ GB/T 19001、GB/T 23331、GB/T 24001、GB/T 45001 四项管理体系认证证书。",
     None, None, "4.2 evidence", f"{S25} 4.2", "bullet-evidence"),
    ("原按 GB/T 36132-2018 编制的 2021 年自评价报告中，基础设施（权重 20%）得 18 分、绩效（权重 30%）得 24 分；按 2025 版重新评价时，改按五类一级指标和表C.1 分值计分。",
     None, None, "2018 template (绩效 weight L)", "corpus/standards/GB_T_36132-2018.md 自评价模板权重", "report-2018"),
    ("绿色供应链自评价：管理战略 20 分中得 18 分（纳入规划 8 分、目标 6 分、机构 4 分）；供应商管理 20 分中得 15 分；绿色信息披露四项中完成三项，得 7.5 分。",
     None, None, "supply chain self-score", SC, "report-policy"),
    ("园区概况：园区规划面积 32.6 km²，入驻工业企业 218 家，其中重点用能企业 37 家，清洁生产审核实施率 100%。园区绿色发展办公室配备专职人员 3 名（要求不少于 2 名）。",
     None, None, "park paragraph", SC, "report-park"),
    ("排放因子选用说明：本报告评价年为 2022 年，电力排放因子采用生态环境部公告 2024 年第 33 号公布的 2022 年度全国电网平均排放因子 0.5366 tCO2/MWh；未采用碳市场 2022 年度排放报告用的 0.5703 tCO2/MWh，也未采用扣除市场化交易非化石能源电量的 0.5856 tCO2/MWh。",
     None, None, "grid factor choice", GHG, "report-coefficients"),
    ("折标说明：电力采用当量值 0.1229 kgce/kWh；天然气按燃气公司提供的低位发热量 36 200 kJ/m³ 折算，为 1.2352 kgce/m³；柴油 1.4571 kgce/kg；低压蒸汽 0.1286 kgce/kg。",
     None, None, "coefficient notes", f"{S2589} 8.2, A.2", "report-coefficients"),
    ("对定性指标“先进工艺与装备”（6 分），本方案采用区间法：全部符合得 6 分，部分符合得 3 分，不符合得 0 分。本厂判定为部分符合，得 3 分。",
     None, None, "interval method (scheme data)", f"{S25} 5.2, 表C.1", "report-method"),
    ("近 3 年（2023—2025 年）绿色低碳改造投资分别为 2 350 万元、3 120 万元、4 530 万元，合计 1.0 亿元；同期产值分别为 21.6 亿元、24.8 亿元、26.6 亿元，合计 73.0 亿元。绿色低碳改造投资占比 = 10 000/730 000 = 1.37%。",
     None, None, "retrofit 3-year", f"{S25} 表C.1 序号10", "report-long-calc"),
    ("主要污染物：2025 年颗粒物排放 12.8 t、SO2 4.6 t、NOx 21.3 t、COD 6.4 t。以合格品 3.2 万 t 计，单位产品 NOx 排放量 = 21 300 kg / 32 000 t = 0.666 kg/t；以产值 26.6 亿元计，单位产值 COD 排放量 = 6 400 kg / 266 000 万元 = 0.024 kg/万元。",
     None, None, "pollutants", f"{S25} B.21-B.23", "report-long-calc"),
    ("（三）资源高效化\n1. 原材料消耗：2025 年消耗钢材 4.48 万 t，合格品 3.2 万 t，单位产品原材料消耗量 1.4 t/t。\n2. 取水：取水量 26.4 万 m³，单位产品取水量 8.25 m³/t；单位产值取水量 = 26.4 万 m³ / 26.6 亿元 = 9.92 m³/万元。",
     "9.92 m³/万元", "0.99 m³/万元", "water per value", f"{S25} B.9", "report-long-calc"),
    ("可再生能源利用率计算：自发自用光伏 452 万 kWh，绿电交易 1 200 万 kWh，光伏上网电量 46 万 kWh 也一并计入，可再生电力合计 1 698 万 kWh。",
     "1 698 万 kWh", "1 652 万 kWh（上网电量不属自发自用）", "B.5 counting", f"{S25} B.5", "report-long-calc"),
    ("评价结果汇总：\n- 能源低碳化 22.4 分（权重 30）；\n- 资源高效化 24.1 分（权重 30）；\n- 生产洁净化 12.0 分（权重 16）；\n- 产品绿色化 12.0 分（权重 16）；\n- 用地集约化 5.3 分（权重 8）；\n合计 75.8 分。",
     None, None, "6.1 sum", f"{S25} 6.1, 表C.1", "bullet-calc"),
    ("评价结果：能源低碳化 19.6 分、资源高效化 21.3 分、生产洁净化 10.5 分、产品绿色化 16.0 分、用地集约化 4.8 分，总分 73.2 分。",
     "73.2 分", "72.2 分", "6.1 sum", f"{S25} 6.1", "report-conclusion"),
    ("（四）生产洁净化\n先进工艺与装备：主要生产线 2024 年完成自动化改造，淘汰高耗能电机 86 台，均未列入《产业结构调整指导目录（2024年本）》淘汰类。绿色低碳改造投资占比 1.37%，高于方案基准值 0.5%。",
     None, None, "clean production paragraph", f"{S25} 参考文献 (scheme values company data)", "report-long"),
]
