"""Blind held-out statements, part C: lines checked against a sample profile.

Values were taken from `assistant.cli score <profile> --json` and recomputed by hand from the
YAML (see paraphrase_blind6.md). Tuple: (profile, text, expected, error_text, correct, subject,
source, phrasing)."""

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
SCU = "assistant/scoring/data/schemes/illustrative-copper-smelting.yaml"
SPC = "assistant/scoring/data/schemes/illustrative-computer-manufacturing.yaml"


def ok(p, text, subject, source, phrasing):
    return (p, text, "ok", None, None, subject, source, phrasing)


def mm(p, text, err, cor, subject, source, phrasing):
    return (p, text, "mismatch", err, cor, subject, source, phrasing)


ITEMS = [
    # ================= copper smelter (2022, 华东, scheme illustrative-copper-smelting) ====
    ok(CU, "皖江示例铜业 2022 年综合能耗 92 899.08 tce（电力按当量值），阴极铜合格品 200 000 t。", "综合能耗", f"{CU} energy; B.1", "profile-report"),
    mm(CU, "本厂评价年综合能耗为 9 289.908 tce，阴极铜产量 20 万 t。", "9 289.908 tce", "92 899.08 tce", "综合能耗×10", f"{CU} energy", "profile-unit-slip"),
    ok(CU, "能耗构成：外购及自发电力 45 000 万 kWh 折 55 305 tce，天然气 1 800 万 m³ 折 21 857.4 tce，焦炭 15 000 t 折 14 571 tce，柴油 800 t 折 1 165.68 tce。", "分品种折标", f"{CU} energy; GB/T 2589 表A.1", "profile-table-lines"),
    mm(CU, "天然气 1 800 万 m³，按 1.3300 kgce/m³ 折标，计入综合能耗 21 857.4 tce。", "1.3300", "1.2143", "天然气系数", f"{CU} energy", "profile-neighbour"),
    ok(CU, "单位产品综合能耗（阴极铜）Eu = 92 899.08 / 200 000 = 0.4645 tce/t，即约 464.5 kgce/t。", "单位产品综合能耗", f"{CU}; B.1", "profile-report-calc"),
    mm(CU, "问：我们阴极铜单耗是多少？\n答：按 B.1，约 446.5 kgce/t。", "446.5", "464.5", "单位产品综合能耗", f"{CU}; B.1", "chat-profile"),
    ok(CU, "阴极铜单位产品综合能耗 464.5 kgce/t，方案引领值 300、基准值 550 kgce/t，逆向计分 8×(550−464.5)/(550−300) ≈ 2.74 分。", "能耗得分", f"{CU}; {SCU}", "profile-report-calc"),
    mm(CU, "单位产品综合能耗项：引领值 300 kgce/t，基准值 500 kgce/t，本厂 464.5 kgce/t，得 2.74 分。", "基准值 500", "基准值 550", "能耗基准值", SCU, "profile-lead-base"),
    ok(CU, "二氧化碳排放合计 330 320.6 tCO2，其中外购电力 43 800 万 kWh 按 2022 年华东电网因子 0.5617 计 246 024.6 tCO2，化石燃料 84 296 tCO2。", "碳排放", f"{CU} carbon; grid_factors.yaml", "profile-report-calc"),
    mm(CU, "外购电力 43 800 万 kWh，按 2022 年华东电网因子 0.5617，间接排放 24 602.46 tCO2。", "24 602.46", "246 024.6", "电力排放×10", f"{CU} carbon", "profile-unit-slip"),
    mm(CU, "本厂位于华东电网，2022 年外购电力 43 800 万 kWh 的排放按 0.5366 计为 246 024.6 tCO2。", "0.5366", "0.5617", "区域因子", f"{CU} carbon; grid_factors.yaml", "profile-neighbour"),
    ok(CU, "单位产品二氧化碳排放量 1.6516 tCO2/t（330 320.6 ÷ 200 000），方案引领值 1.2、基准值 2.0，得 3.48 分。", "碳排放强度", f"{CU}; {SCU}; B.3", "profile-report-calc"),
    mm(CU, "阴极铜单位产品碳排放 1.65 tCO2/t，本项得分 3.84 分（分值 8 分）。", "3.84", "3.48", "碳排放得分", f"{CU}; {SCU}", "profile-digit-swap"),
    ok(CU, "可再生能源：自发自用光伏 1 200 万 kWh、绿电交易 3 000 万 kWh、绿证 20 000 张（2 000 万 kWh），合计 6 200 万 kWh，折 7 619.8 tce。", "可再生能源量", f"{CU} renewable; B.5", "profile-report-calc"),
    ok(CU, "可再生能源利用率 Rre = 7 619.8 / 92 899.08 ≈ 8.20%，方案基准值 3%、引领值 15%，得 3.47 分。", "可再生能源利用率", f"{CU}; {SCU}; B.5", "profile-report-calc"),
    mm(CU, "问：铜厂的可再生能源利用率多少？\n答：约 6.67%（6 200 万 kWh 折 7 619.8 tce，除以综合能耗）。", "6.67%", "8.20%", "可再生能源利用率", f"{CU}; B.5", "chat-profile"),
    mm(CU, "可再生电量合计 6 200 万 kWh，按当量值 0.1229 折标 76 198 tce。", "76 198 tce", "7 619.8 tce", "可再生折标×10", f"{CU} renewable", "profile-unit-slip"),
    ok(CU, "能碳管理平台具备 9 项业务功能，超过引领值 8 项，得满分 6 分。", "平台", f"{CU}; {SCU}", "profile-report"),
    mm(CU, "本厂能碳管理平台共满足 9 项功能，按 6×9/8 计为 6.75 分。", "6.75 分", "6 分", "平台得分封顶", f"{CU}; 5.2", "profile-cap"),
    ok(CU, "单位产品原材料消耗 4.0 t/t（铜精矿 800 000 t ÷ 阴极铜 200 000 t），得 4.0 分。", "原材料消耗", f"{CU}; B.6", "profile-report-calc"),
    ok(CU, "单位产品取水量 12 m³/t（取水 240 万 m³），方案引领值 8、基准值 16，得 4 分。", "取水强度", f"{CU}; {SCU}; B.8", "profile-report-calc"),
    mm(CU, "铜厂单位产品取水量为 1.2 m³/t。", "1.2 m³/t", "12 m³/t", "取水强度×10", f"{CU}; B.8", "profile-unit-slip"),
    ok(CU, "工业用水重复利用率 = 5 760 / (240 + 5 760) = 96%（单位：万 m³），引领值 97.5%，基准值 92%，得 5.82 分。", "重复利用率", f"{CU}; {SCU}; B.10", "profile-report-wan"),
    mm(CU, "重复利用水量 5 760 万 m³，取水 240 万 m³，工业用水重复利用率 95%。", "95%", "96%", "重复利用率", f"{CU}; B.10", "profile-off-by-one"),
    ok(CU, "固废：产生 56 万 t，综合利用 53 万 t，另利用往年贮存 2 万 t，Kr = 53/(56+2) ≈ 91.38%，得 4.55 分。", "固废利用率", f"{CU}; {SCU}; B.11", "profile-report-wan"),
    mm(CU, "一般工业固体废物综合利用率 94.64%（530 000 ÷ 560 000）。", "94.64%", "91.38%", "固废利用率分母", f"{CU}; B.11", "profile-formula"),
    ok(CU, "近 3 年绿色低碳改造投资 48 000 万元，近 3 年产值 380 亿元，投资占比 1.26%，得 2.04 分（分值 4 分）。", "改造投资占比", f"{CU}; {SCU}", "profile-report-yi"),
    mm(CU, "改造投资占比 = 4.8 亿元 / 380 亿元 = 12.6%。", "12.6%", "1.26%", "改造投资占比×10", f"{CU}", "profile-unit-slip"),
    ok(CU, "单位产品二氧化硫排放量 1.9 kg/t（380 t ÷ 200 000 t），引领值 1.0、基准值 3.0，得 3.3 分。", "SO2 排放强度", f"{CU}; {SCU}; B.22", "profile-report-calc"),
    ok(CU, "绿色设计申报为“部分符合”，得 4 分（分值 8 分）；产品碳足迹“符合”，得满分 8 分。", "定性得分", f"{CU}; {SCU}", "profile-report"),
    mm(CU, "产品绿色化一级指标得分 16 分，拿满了该类全部分值。", "得分 16 分", "得分 12 分", "产品绿色化得分", f"{CU}; {SCU}", "profile-sum"),
    ok(CU, "单位用地面积产值 = (1 300 000 + 22 500) 万元 / 1 200 000 m² ≈ 1.10 万元/m²，得 3.45 分。", "用地产出率", f"{CU}; {SCU}; B.25", "profile-report-calc"),
    ok(CU, "建筑系数 = (380 000 + 150 000 + 190 000) / 1 200 000 = 60%。", "建筑系数", f"{CU} land; B.26", "profile-report-calc"),
    mm(CU, "厂区用地 120 万 m²，建筑物 38 万、构筑物 15 万、堆场 19 万 m²，建筑系数 44%。", "44%", "60%", "建筑系数（漏算堆场）", f"{CU} land; B.26", "profile-report-wan"),
    ok(CU, "一级指标得分：能源低碳化 15.69、资源高效化 18.37、生产洁净化 11.34、产品绿色化 12.00、用地集约化 3.45；总分 60.85。", "一级得分", f"{CU}; {SCU}", "profile-table-lines"),
    mm(CU, "评分汇总：能源低碳化 15.69 分，资源高效化 18.37 分，生产洁净化 11.34 分，产品绿色化 12 分，用地集约化 3.45 分，合计 61.85 分。", "61.85", "60.85", "总分", f"{CU}; {SCU}", "profile-sum"),
    ok(CU, "问：我们能过线吗？\n答：总分 60.85 分，达到示意方案设定的 60 分线；注意 GB/T 36132-2025 本身不设分数线。", "是否达标", f"{CU}; {SCU}", "chat-profile"),
    mm(CU, "皖江示例铜业资源高效化一级指标得 19.37 分。", "19.37", "18.37", "资源高效化得分", f"{CU}; {SCU}", "profile-off-by-one"),
    ok(CU, "本厂评价年为 2022 年，行业代码 3211（铜冶炼），统一社会信用代码 91340000EXAMPLE001。", "基本信息", f"{CU} basics", "profile-unverifiable"),
    # ================= computer assembly (2023, 全国, scheme illustrative-computer) ==========
    ok(PC, "南粤示例电脑 2023 年综合能耗 8 010.292 tce：电力 6 000 万 kWh 折 7 374 tce，天然气 50 万 m³ 折 607.15 tce，柴油 20 t 折 29.142 tce。", "综合能耗", f"{PC} energy", "profile-table-lines"),
    mm(PC, "本厂 2023 年用电 6 000 万 kWh，按当量值折标 737.4 tce。", "737.4 tce", "7 374 tce", "电力折标×10", f"{PC} energy", "profile-unit-slip"),
    ok(PC, "三类产品产值：台式机 42 亿元、笔记本 36 亿元、服务器 20 亿元，合计 980 000 万元。", "产值", f"{PC} products", "profile-yi"),
    mm(PC, "全厂评价年产值合计 96 亿元（台式机、笔记本、服务器）。", "96 亿元", "98 亿元", "产值合计", f"{PC} products", "profile-sum"),
    ok(PC, "单位产值综合能耗 Eg = 8 010.292 / 980 000 ≈ 0.00817 tce/万元（约 8.17 kgce/万元），引领值 0.005、基准值 0.012，得 4.37 分。", "单位产值能耗", f"{PC}; {SPC}; B.2", "profile-report-calc"),
    mm(PC, "问：我们单位产值能耗多少？\n答：约 0.0817 tce/万元。", "0.0817", "0.00817", "单位产值能耗×10", f"{PC}; B.2", "chat-profile"),
    ok(PC, "碳排放：外购电 5 400 万 kWh（扣除自发自用光伏 600 万 kWh）× 2023 年全国因子 0.5306 = 28 652.4 tCO2；天然气 1 081 tCO2、柴油 62 tCO2；合计 29 795.4 tCO2。", "碳排放", f"{PC} carbon", "profile-report-calc"),
    mm(PC, "外购电力 5 400 万 kWh 按 2023 年度全国电网因子 0.5366 计，排放 28 652.4 tCO2。", "0.5366", "0.5306", "因子年度", f"{PC} carbon", "profile-neighbour"),
    ok(PC, "单位产值二氧化碳排放量 0.0304 tCO2/万元，方案引领值 0.02、基准值 0.05，得 5.23 分。", "单位产值碳排放", f"{PC}; {SPC}; B.4", "profile-report-calc"),
    mm(PC, "单位产值 CO2 排放 0.0304 tCO2/万元，按逆向线性计分得 5.32 分。", "5.32", "5.23", "碳排放得分", f"{PC}; {SPC}", "profile-digit-swap"),
    ok(PC, "可再生电力：屋顶光伏自发自用 600 万 kWh，绿电交易 900 万 kWh，共 1 500 万 kWh，折 1 843.5 tce，利用率 23.01%。", "可再生能源", f"{PC} renewable; B.5", "profile-report-calc"),
    mm(PC, "可再生能源利用率 23.01%，方案基准值 5%、引领值 30%，得 6.76 分。", "6.76", "5.76", "可再生得分", f"{PC}; {SPC}", "profile-off-by-one"),
    ok(PC, "Renewable share 23.01% vs lead 30% / base 5%：得分 8×(23.01−5)/(30−5) ≈ 5.76 分。", "可再生得分", f"{PC}; {SPC}", "mixed-en"),
    ok(PC, "能碳管理平台满足 10 项功能（表C.1 共列 12 项），达到引领值 8 项，得 6 分。", "平台", f"{PC}; {SPC}", "profile-report"),
    mm(PC, "本厂能碳管理平台具备 10 项功能，该项得 5 分。", "5 分", "6 分", "平台得分", f"{PC}; {SPC}", "profile-score"),
    ok(PC, "单位产值原材料消耗 42 000 t ÷ 980 000 万元 ≈ 0.0429 t/万元，得 4.57 分。", "原材料消耗", f"{PC}; {SPC}; B.7", "profile-report-calc"),
    ok(PC, "单位产值取水量 38 万 m³ ÷ 98 亿元 ≈ 0.388 m³/万元，引领值 0.3、基准值 0.8，得 6.60 分。", "取水强度", f"{PC}; {SPC}; B.9", "profile-report-wan"),
    mm(PC, "单位产值取水量为 3.88 m³/万元（取水 380 000 m³）。", "3.88", "0.388", "取水强度×10", f"{PC}; B.9", "profile-unit-slip"),
    ok(PC, "工业用水重复利用率 = 95 000 / (380 000 + 95 000) = 20%，引领值 30%、基准值 10%，得 4 分。", "重复利用率", f"{PC}; {SPC}; B.10", "profile-report-calc"),
    mm(PC, "重复利用水量 9.5 万 m³，取水 38 万 m³，工业用水重复利用率 25%。", "25%", "20%", "重复利用率分母", f"{PC}; B.10", "profile-formula"),
    ok(PC, "一般工业固体废物产生 6 500 t，利用 6 110 t，综合利用率 94%，得 5.4 分（引领值 95%，基准值 85%）。", "固废利用率", f"{PC}; {SPC}; B.11", "profile-report-calc"),
    mm(PC, "固废综合利用率 94%，基准值 85%、引领值 95%，分值 6 分，得 5.6 分。", "5.6 分", "5.4 分", "固废得分", f"{PC}; {SPC}", "profile-score"),
    ok(PC, "近三年改造投资 6 000 万元，近三年产值 270 亿元，占比约 0.22%，得 1.22 分。", "改造投资占比", f"{PC}; {SPC}", "profile-report-yi"),
    mm(PC, "绿色低碳改造投资占比 0.22%，方案引领值 0.5%、基准值 0.1%，得 1.22 分；该项分值 6 分。", "分值 6 分", "分值 4 分", "改造投资分值", f"{PC}; {SPC}", "profile-points"),
    ok(PC, "VOCs 排放 12.5 t，单位产值排放量约 0.0128 kg/万元，得 4.14 分。", "VOCs 排放强度", f"{PC}; {SPC}; B.23", "profile-report-calc"),
    ok(PC, "产品碳足迹仅覆盖 1 个型号，申报部分符合，得 4 分；绿色设计符合，得 8 分。", "定性得分", f"{PC}; {SPC}", "profile-report"),
    ok(PC, "单位用地面积产值 980 000 万元 ÷ 250 000 m² = 3.92 万元/m²，引领值 5、基准值 2，得 5.12 分。", "用地产出率", f"{PC}; {SPC}; B.25", "profile-report-calc"),
    mm(PC, "用地 25 万 m²，单位用地面积产值 39.2 万元/m²。", "39.2", "3.92", "用地产出率×10", f"{PC}; B.25", "profile-unit-slip"),
    ok(PC, "建筑系数 (120 000 + 15 000 + 10 000) / 250 000 = 58%。", "建筑系数", f"{PC} land; B.26", "profile-report-calc"),
    mm(PC, "建筑系数：建筑物 12 万 m²、构筑物 1.5 万 m²、堆场 1 万 m²，用地 25 万 m²，r = 48%。", "48%", "58%", "建筑系数", f"{PC} land; B.26", "profile-report-wan"),
    ok(PC, "评分结果：能源低碳化 21.36 分，资源高效化 20.57 分，生产洁净化 11.36 分，产品绿色化 12 分，用地集约化 5.12 分，总分 70.41 分。", "一级得分", f"{PC}; {SPC}", "profile-table-lines"),
    mm(PC, "问：电脑厂总分多少？\n答：70.41 分，其中能源低碳化 21.36 分、资源高效化 21.57 分。", "21.57", "20.57", "资源高效化得分", f"{PC}; {SPC}", "chat-profile"),
    mm(PC, "自评价结论：五类一级指标合计 74.01 分，高于示意方案 60 分的分数线。", "74.01", "70.41", "总分", f"{PC}; {SPC}", "profile-digit-swap"),
    ok(PC, "本厂总分 70.41 分，高于示意方案的 60 分线；GB/T 36132-2025 没有规定合格分数线。", "是否达标", f"{PC}; {SPC}", "profile-report"),
    ok(PC, "本厂 2023 年在职员工 3 200 人，研发办公楼 8 层、层高 3.8 m，未超过 8 m，不加倍计容。", "公司数据/层高", f"{PC} land; B.27", "profile-unverifiable"),
    mm(PC, "南粤示例电脑的能源低碳化一级指标权重为 25%，得 21.36 分。", "25%", "30%", "能源低碳化权重", f"{PC}; {SPC}", "profile-weight"),
]
