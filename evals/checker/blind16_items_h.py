"""blind16 items, part h: the computer-assembly sample profile (corpus/examples/computer-assembly.yaml).

Derived values, computed with Python from the profile: E = 7 374 (6 000 万kWh × 0.1229) + 607.15
(50 万m³ × 1.2143) + 29.142 (20 t diesel × 1.4571) = 8 010.29 tce; standard output 120 + 80 × 0.8 +
5 × 6.0 = 214 万标准台, Eu = 3.74 kgce/台; G = 420 000 + 360 000 + 200 000 = 980 000 万元, Eg =
0.0082 tce/万元; purchased electricity 6 000 − 600 = 5 400 万kWh × 0.5306 (2023 national; no 2023
regional factor) = 28 652.4 tCO2, direct 1 081 + 62, C = 29 795.4 tCO2, Cu = 13.9 kgCO2/台, Cg =
0.0304 tCO2/万元; renewable 1 500 万kWh = 1 843.5 tce, Rre = 23.0 %; Rw = 9.5 / 47.5 = 20.0 %;
Vu = 0.178 m³/台; Kr = 6 110 / 6 500 = 94.0 %; building coefficient 14.5 / 25 = 58.0 %; floor area
15 + 4 + 2.4 + 3 + 2.4 = 26.8 万m², plot ratio 1.07; capacity 150 + 100 × 0.8 + 6 × 6 = 266 万台,
10.64 台/m²; land output 3.92 万元/m²; retrofit 0.6 / 270 = 0.22 %; ten platform functions, 6 points.
"""

from evals.checker.blind16_kit import NONE, PC, Item, fam, multi, ok

ITEMS: list[Item] = [
    *fam("pc natural gas tce", PC, [
        ("wechat-energy",
         "天然气50万m³，按1.2143折出来是{v} tce，柴油20吨另算29.142 tce 📊", "607.15", ["6 071.5"])], PC),
    *fam("pc comprehensive energy", PC, [
        ("thirdparty-energy",
         "经核查，南粤示例电脑2023年综合能耗为电力7 374 tce、天然气607.15 tce、柴油29.142 tce之和，约{v} tce。",
         "8 010.29", ["8 100.29"])], PC),
    *fam("pc standard output", PC, [
        ("minutes-output",
         "【会议纪要】产量折标准产品：台式机120万台×1.0＋笔记本80万台×0.8＋服务器5万台×6.0，合计{v}万标准台，"
         "以此作为单位产品指标的分母。", "214", ["205"])], PC),
    *fam("pc energy per unit", PC, [
        ("expert-energy",
         "专家意见：单位产品综合能耗应以折合后的214万标准台为分母，8 010.29 tce折算为约{v} kgce/台，"
         "不能直接用三类产品实物台数相加。", "3.74", ["3.91"])], PC),
    *fam("pc energy per output value", PC, [
        ("memo-energy",
         "Energy intensity by output value: 8 010.29 tce / 980 000 万元 ≈ {v} tce/万元 (B.2).", "0.0082", ["0.0102"])], PC),
    *fam("pc purchased electricity", PC, [
        ("phone-carbon",
         "顾问：嗯，外购电就是6000万度减去屋顶光伏自发自用的600万，等于{v}，那个绿电交易的900万是买的，不减。",
         "5 400万kWh", ["4 500万kWh"])], PC),
    *fam("pc grid factor 2023 national", PC, [
        ("expert-carbon",
         "专家意见：评价年度为2023年，报告未采用区域因子，按2023年度全国电网平均排放因子{v} tCO2/MWh计算并写明"
         "生态环境部公告2025年第47号，做法可行。", "0.5306", ["0.3869"])], PC),
    *fam("pc indirect emissions", PC, [
        ("selftable-carbon",
         "外购电力｜5.4万MWh｜0.5306 tCO2/MWh｜{v} tCO2", "28 652.4", ["28 976.4"])], PC),
    *fam("pc total CO2", PC, [
        ("longpara-carbon",
         "南粤电脑2023年碳排放由三部分构成：外购电力28 652.4 tCO2、天然气1 081 tCO2、柴油62 tCO2，合计{v} tCO2，"
         "核算边界与能耗边界一致。", "29 795.4", ["29 759.4"])], PC),
    *fam("pc CO2 per unit", PC, [
        ("thirdparty-carbon",
         "单位产品碳排放按214万标准台计约为{v} kgCO2/台，企业自评价数值与核查结果一致。", "13.9", ["14.5"])], PC),
    *fam("pc renewable rate", PC, [
        ("selftable-renewable",
         "可再生电力｜屋顶光伏600万kWh＋绿电交易900万kWh＝1 500万kWh｜折1 843.5 tce｜可再生能源利用率 {v}",
         "23.0%", ["9.2%"])], PC),
    *fam("pc water reuse", PC, [
        ("erratum-water",
         "更正：工业用水重复利用率原稿按9.5/38算成25.0%，分母应为取水量与重复利用水量之和，"
         "按9.5万m³/(38万m³+9.5万m³)更正为{v}。", "20.0%", ["19.0%"])], PC),
    *fam("pc water per unit", PC, [
        ("phone-water",
         "顾问：单位产品取水量，嗯，38万立方除以214万标准台，大概{v} m³/台吧。", "0.178", ["0.185"])], PC),
    *fam("pc solid waste rate", PC, [
        ("minutes-waste",
         "五、固废：2023年一般工业固体废物产生6 500 t、综合利用6 110 t，无往年贮存利用，综合利用率{v}。",
         "94.0%", ["96.0%"])], PC),
    *fam("pc building coefficient", PC, [
        ("compare-land",
         "用地指标｜2018版称建筑密度｜2025版建筑系数 =（12万＋1.5万＋1万）m² / 25万m² = {v}", "58.0%", ["48.0%"])], PC),
    *fam("pc plot ratio", PC, [
        ("memo-land",
         "Plot ratio: floor area 26.8万m² after doubling the two storeys over 8 m (testing hall B 9.5 m, high-bay "
         "warehouse 12 m), divided by 25万m² of land = {v}.", "1.07", ["0.93"])], PC),
    *fam("pc capacity per land", PC, [
        ("expert-land",
         "专家意见：产能按代表产品台式机折算，150万＋100万×0.8＋6万×6＝266万台，单位用地面积产能为{v}台/m²。",
         "10.64", ["10.46"])], PC),
    *fam("pc land output value", PC, [
        ("slides-land",
         "• 用地产出率 = 98亿元 / 25万m² = {v}万元/m²（式B.26）", "3.92", ["3.2"])], PC),
    *fam("pc retrofit share", PC, [
        ("thirdparty-retrofit",
         "生产洁净化：近三年绿色低碳改造投资6 000万元（空压站变频、屋顶光伏、回流焊氮气回收），近三年产值270亿元，"
         "投资占比约{v}。", "0.22%", ["2.2%"])], PC),
    *fam("pc platform capped", PC, [
        ("faq-platform",
         "问：示例电脑厂平台有10项功能，能得7.5分吗？\n答：不能，超过引领值8项即得满分，该项最多{v}分。",
         "6", ["8"])], PC),
    *multi("pc summary paragraph", PC, "longpara-summary",
           "南粤示例电脑2023年主要指标：综合能耗8 010.29 tce，单位产品综合能耗{a} kgce/台，单位产品碳排放13.9 kgCO2/台，"
           "可再生能源利用率{b}，工业用水重复利用率20.0%，一般工业固体废物综合利用率94.0%，容积率{c}。",
           {"a": "3.74", "b": "23.0%", "c": "1.07"}, {"b": ["32.0%"], "c": ["1.70"]}, PC),
    ok("pc company targets", NONE, "minutes-plan",
       "【会议纪要】南粤电脑2026年目标：屋顶光伏新增4 MW，绿电采购量提高到1 200万kWh，"
       "能源管理部新增2名专职人员，预算380万元。", PC),
    ok("pc company schedule", NONE, "wechat-plan",
       "各位，周四下午2点线上过一遍可持续发展报告初稿，共38页，请先看第12—20页的供应链部分🙏", PC),
]
