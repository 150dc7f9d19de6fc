"""blind16 items, part g: the copper-smelter sample profile (corpus/examples/copper-smelter.yaml).

Derived values, computed with Python from the profile (electricity at the calorific equivalent
0.1229 kgce/kWh, natural gas 1.2143 kgce/m³, coke 0.9714, diesel 1.4571 kgce/kg):
E = 55 305 + 21 857.4 + 14 571 + 1 165.68 = 92 899.08 tce; Eu = E / 200 000 t = 0.4645 tce/t;
G = 1 300 000 + 22 500 = 1 322 500 万元, Eg = 0.0702 tce/万元; purchased electricity
45 000 − 1 200 = 43 800 万kWh × 0.5617 (2022 East China) = 246 024.6 tCO2, direct 38 916 + 42 900
+ 2 480 = 84 296 tCO2, C = 330 320.6 tCO2, Cu = 1.65 tCO2/t, Cg = 0.250 tCO2/万元; renewable
1 200 + 3 000 + 2 000 (20 000 certificates × 1 MWh) = 6 200 万kWh = 7 619.8 tce, Rre = 8.2 %;
Rw = 5 760 / 6 000 = 96.0 %; Vu = 12 m³/t; Kr = 53 / (56 + 2) = 91.4 %; building coefficient
72 / 120 = 60 %; floor area 24 + 16 + 3 + 4 = 47 万m² (storeys over 8 m doubled), plot ratio 0.39;
land output 1.10 万元/m²; capacity per land 0.183 t/m²; retrofit share 4.8 / 380 = 1.26 %; nine
platform functions, over the leading value 8, so the full 6 points.
"""

from evals.checker.blind16_kit import CU, NONE, Item, fam, multi, ok

ITEMS: list[Item] = [
    *fam("cu electricity tce", CU, [
        ("minutes-energy",
         "【能源科月度例会纪要】2022年全厂用电4.5亿kWh（含自发自用光伏1200万kWh），按当量值0.1229 kgce/kWh"
         "折标准煤{v} tce，数据以电费结算单和光伏计量表为准。", "55 305", ["553 050"])], CU),
    *fam("cu natural gas tce", CU, [
        ("selftable-energy",
         "天然气｜1 800万m³｜1.2143 kgce/m³（气田气默认值）｜{v} tce", "21 857.4", ["2 185.74"])], CU),
    *fam("cu comprehensive energy total", CU, [
        ("thirdparty-energy",
         "经核查，企业2022年电力55 305 tce、天然气21 857.4 tce、焦炭14 571 tce、柴油1 165.68 tce，"
         "综合能耗合计{v} tce，折标系数与GB/T 2589-2020参考值一致。", "92 899.08", ["92 989.08"])], CU),
    *fam("cu energy per tonne cathode", CU, [
        ("expert-energy",
         "专家意见：阴极铜合格品产量20万t，能耗全部分摊至阴极铜，单位产品综合能耗应为{v} tce/t，"
         "请在报告中写明硫酸作为副产品不单独分摊。", "0.4645", ["0.4465"])], CU),
    *fam("cu energy per output value", CU, [
        ("selftable-energy",
         "产值 G｜阴极铜130亿元＋硫酸2.25亿元＝1 322 500万元\n单位产值综合能耗 Eg｜{v} tce/万元",
         "0.0702", ["0.0715"])], CU),
    *fam("cu purchased electricity", CU, [
        ("phone-carbon",
         "顾问：外购电量嘛，就是总用电4.5亿kWh减掉自发自用的光伏1200万kWh，嗯，{v}，绿电交易那部分不扣。",
         "43 800万kWh", ["40 800万kWh"])], CU),
    *fam("cu indirect emissions east 2022", CU, [
        ("memo-carbon",
         "Indirect emissions: 43.8万MWh × 2022 East China grid factor 0.5617 = {v} tCO2 (regional basis, stated "
         "in the report).", "246 024.6", ["235 030.8"])], CU),
    *fam("cu total CO2", CU, [
        ("longpara-carbon",
         "皖江铜业2022年二氧化碳排放总量为直接排放84 296 tCO2与外购电力间接排放246 024.6 tCO2之和，即{v} tCO2，"
         "核算边界与综合能耗边界一致。", "330 320.6", ["330 230.6"])], CU),
    *fam("cu CO2 per tonne", CU, [
        ("slides-carbon",
         "• 案例：铜冶炼示例厂\n• 单位产品碳排放（B.3）= 330 320.6 tCO2 / 20万t ≈ {v} tCO2/t", "1.65", ["1.56"])], CU),
    *fam("cu CO2 per output value", CU, [
        ("faq-carbon",
         "问：示例铜厂的单位产值碳排放是多少？\n答：约{v} tCO2/万元，分母是全厂产值132.25亿元（1 322 500万元），"
         "不是只算阴极铜。", "0.250", ["0.254"])], CU),
    *fam("cu certificates to kWh", CU, [
        ("wechat-renewable",
         "绿证2万张，1张=1 MWh，折{v}万kWh 👌 加上自发自用1200万、绿电3000万，一共6200万kWh",
         "2000", ["20 000"])], CU),
    *fam("cu renewable rate", CU, [
        ("thirdparty-renewable",
         "可再生能源利用率：自发自用光伏、绿电交易和绿证三种途径合计7 619.8 tce，除以综合能耗92 899.08 tce，"
         "约为{v}，三种途径无重复计入。", "8.2%", ["5.6%"])], CU),
    *fam("cu water reuse rate", CU, [
        ("expert-water",
         "专家意见：取水量240万m³、重复利用水量5760万m³，按式(B.10)工业用水重复利用率为{v}，报告数值正确。",
         "96.0%", ["97.0%"])], CU),
    *fam("cu solid waste rate", CU, [
        ("erratum-waste",
         "【更正】自评价报告第15页一般工业固体废物综合利用率原稿写作94.6%，漏计了综合利用的往年贮存量2万t；"
         "按53万t/(56万t+2万t)计算应为{v}。", "91.4%", ["92.4%"])], CU),
    *fam("cu building coefficient", CU, [
        ("minutes-land",
         "会议确认：建筑物38万m²、构筑物15万m²、堆场19万m²，用地面积120万m²（以土地证为准），建筑系数{v}。",
         "60%", ["44.2%"])], CU),
    *fam("cu total floor area", CU, [
        ("selftable-land",
         "熔炼车间 12万m²×1层，层高24 m按2层计｜电解车间 8万m²，层高15 m按2层计｜综合办公楼 0.6万m²×5层｜"
         "原料仓库 4万m²，层高7.5 m\n计容总建筑面积｜{v}万m²", "47", ["27"])], CU),
    *fam("cu plot ratio", CU, [
        ("erratum-land",
         "勘误：容积率原稿写0.23，未将层高超过8 m的熔炼、电解车间按两层计；以计容建筑面积47万m²除以用地120万m²，"
         "更正为{v}。", "0.39", ["0.45"])], CU),
    *fam("cu land output value", CU, [
        ("memo-land",
         "Land output (B.25, eq. B.26): 1 322 500 万元 / 1 200 000 m² ≈ {v} 万元/m².", "1.10", ["1.08"])], CU),
    *fam("cu retrofit share", CU, [
        ("compare-retrofit",
         "改造投入｜2018版：节能技改清单（定性）｜2025版：绿色低碳改造投资占比 = 近三年4.8亿元 / 近三年产值380亿元 = {v}",
         "1.26%", ["12.6%"])], CU),
    *fam("cu platform score", CU, [
        ("selftable-platform",
         "4｜能碳管理平台功能满足项数｜引领值8项｜基准值0项｜分值6分｜实际9项｜得分{v}", "6", ["6.75"])], CU),
    *multi("cu summary paragraph", CU, "longpara-summary",
           "皖江示例铜业2022年自评价摘要：综合能耗92 899.08 tce，单位产品综合能耗{a} tce/t；工业用水重复利用率{b}；"
           "一般工业固体废物综合利用率91.4%；建筑系数{c}；容积率0.39；可再生能源利用率8.2%。",
           {"a": "0.4645", "b": "96.0%", "c": "60.0%"}, {"a": ["0.5645"], "c": ["66.0%"]}, CU),
    ok("cu company plans", NONE, "minutes-plan",
       "【会议纪要】皖江铜业决定2026年底前将厂区光伏再扩容15 MW，预计年发电1 800万kWh，"
       "项目预算6 500万元，由动力车间牵头，3月底前完成可研。", CU),
    ok("cu company staffing", NONE, "wechat-plan",
       "@安全环保部 明早8:30碳核查组到厂，共4人，预计驻厂3天，请把2022年1—12月的电费单和焦炭入库单准备好🙏", CU),
]
