"""blind16 items, part b: third-party evaluation report conclusions (第三方评价报告) and expert review
comments (专家意见). Factory figures here are the report's own (no document fixes them); the
computed indicators follow Annex B and clause 5.2."""

from evals.checker.blind16_kit import GHG, S25, S2589, SYS, Item, fam, multi

ITEMS: list[Item] = [
    # --- third-party report conclusions ---
    *fam("thirdparty B.10 computed 90", S25, [
        ("thirdparty-water",
         "五、评价结论（节选）：经核查，企业评价年取水量42.6万m³、重复利用水量383.4万m³，统计范围符合附录B要求，"
         "按式(B.10)计算工业用水重复利用率为{v}，数据可追溯至水平衡测试报告。", "90.0%", ["91.0%"])]),
    *fam("thirdparty B.11 computed 81", S25, [
        ("thirdparty-waste",
         "评价组认为：该厂一般工业固体废物产生量1.8万t、综合利用量1.62万t（不含外购）、当年综合利用往年贮存量0.2万t，"
         "按式(B.11)计算综合利用率为{v}，企业自评结果与核查一致。", "81.0%", ["90.0%"])]),
    *fam("thirdparty B.26 computed 56", S25, [
        ("thirdparty-land",
         "用地集约化：厂区用地面积以不动产权证记载的15.0万m²为准，建筑物、构筑物和堆场占地合计8.4万m²，"
         "建筑系数为{v}。", "56.0%", ["65.0%"])]),
    *multi("thirdparty renewable computed", S25, "thirdparty-renewable",
           "能源低碳化：评价年综合能耗2.0万tce，可再生能源仅有屋顶光伏自发自用电量800万kWh，按当量值折标准煤{a} tce，"
           "可再生能源利用率约{b}，未发现与绿证重复计入的情况。",
           {"a": "983.2", "b": "4.9%"}, {"a": ["2 800"], "b": ["14.0%"]}),
    *fam("thirdparty inverse scoring 6.4", S25, [
        ("thirdparty-score",
         "得分核查：单位产品综合能耗实际值0.42 tce/t，方案基准值0.50 tce/t、引领值0.40 tce/t，分值8分，"
         "按逆向指标线性比例法应得{v}分，企业自评分数无误。", "6.4", ["1.6"])]),
    *multi("thirdparty south grid 2022 indirect", GHG, "thirdparty-carbon",
           "碳排放核查：企业2022年外购电量3.2万MWh，报告采用2022年度南方区域电网平均排放因子{a} tCO2/MWh，"
           "外购电力间接排放为{b} tCO2，因子年度与评价年度一致，出处注明完整。",
           {"a": "0.3869", "b": "12 381"}, {"a": ["0.3896"], "b": ["12 831"]}),
    *fam("thirdparty cites 5.2 worked example", S25, [
        ("thirdparty-score",
         "报告附件二引用通则5.2的算例说明计分方法：某正向指标分值8分、基准值80%、引领值90%、实际值86%，"
         "得分为{v}分。", "4.8", ["4.6"])]),
    *fam("thirdparty platform five functions 3.75", S25, [
        ("thirdparty-platform",
         "能碳管理平台现具备能源查询、能耗及能耗强度计算、能效对标、能流分析、碳排放管理5项功能，按表C.1"
         "（引领值8项、基准值0项、分值6分）线性计分，该项得{v}分。", "3.75", ["3.0"])]),
    *fam("thirdparty platform capped full marks", S25, [
        ("thirdparty-platform",
         "该企业能碳管理平台已具备10项业务功能，超过引领值，按表C.1示例该项得满分{v}分，评价组予以确认。",
         "6", ["7.5"])]),
    *fam("thirdparty ghg example 2653", GHG, [
        ("thirdparty-carbon",
         "核查说明：计算方法与《工厂温室气体核算要点》3.3算例一致，即购入电力5 000 MWh×0.5306 tCO2/MWh，"
         "得购入电力排放{v} tCO2。", "2 653", ["2 683"])]),
    *fam("thirdparty basic requirement systems", S25, [
        ("thirdparty-basic",
         "基本要求符合情况：企业已按GB/T 19001、GB/T 23331、GB/T 24001和GB/T {v}建立并保持质量、能源、环境、"
         "职业健康安全管理体系，证书均在有效期内，判定为符合。", "45001", ["28001"])]),
    *fam("thirdparty lead value definition", S25, [
        ("thirdparty-lead",
         "评价方法说明：本次评价所用行业方案的引领值对应行业前{v}左右水平，基准值取行业平均水平，"
         "与GB/T 36132-2025第4.4条的要求一致。", "5%", ["20%"])]),
    # --- expert review comments ---
    *fam("expert C.1 weights 16", S25, [
        ("expert-weight",
         "专家意见：1.报告第3页引用表C.1五类一级指标示例权重“30%、30%、16%、{v}、8%”，应注明仅供参考，"
         "并说明实际采用的行业评价方案。", "16%", ["14%"])]),
    *fam("expert B.21 typo", S25, [
        ("expert-formula",
         "2.报告第12页单位产值主要污染物产生量照搬了式(B.{v})印刷的分母G，按上下文应取该产品对应的产值Gi，请改正。",
         "21", ["23"])]),
    *fam("expert B.26 equation number", S25, [
        ("expert-formula",
         "3.单位用地面积产值应引用式(B.{v})，不是式(B.25)；B.24条含两个公式，其后的公式编号顺延一位。",
         "26", ["27"])]),
    *fam("expert plot ratio equation number", S25, [
        ("expert-formula",
         "4.容积率的计算依据写作“附录B第B.27条、式(B.{v})”即可，层高超过8 m的楼层按两层计的说明请补充。",
         "28", ["29"])]),
    *fam("expert annex B equation count", S25, [
        ("expert-formula",
         "5.报告称附录B“共27个公式”不准确：附录B为B.1至B.27共二十七条，公式编号从(B.1)排到(B.{v})。",
         "28", ["30"])]),
    *fam("expert diesel coefficient", S2589, [
        ("expert-coefficient",
         "6.能源折标：焦炭取0.9714 kgce/kg符合GB/T 2589-2020参考值；柴油取{v} kgce/kg亦无误；"
         "天然气请注明气源。", "1.4571", ["1.4714"])]),
    *fam("expert kgce calorific basis", S2589, [
        ("expert-coefficient",
         "7.计算书应写明标准煤的热值基准：1 kgce的热量为{v} kJ，电力当量值系数由3 600 kJ/kWh折算而来。",
         "29 307", ["29 260"])]),
    *fam("expert heat coefficient", S2589, [
        ("expert-coefficient",
         "8.外购热力折标系数应为{v} kgce/MJ，报告中的数值小数点位置有误，请复核。",
         "0.03412", ["0.3412"])]),
    *fam("expert three spot checks", SYS, [
        ("expert-listing",
         "9.关于列入名单后的管理，请补充：对自我声明信息的抽查，连续{v}抽查合格的单位此后五年内免于抽查。",
         "三次", ["两次"])]),
    *fam("expert three tiers", SYS, [
        ("expert-listing",
         "10.工信部节〔2024〕13号把绿色工厂分为国家级、省级、市级{v}个层级，报告“下一步工作”可结合省级梯度安排。",
         "三", ["四"])]),
    *fam("expert oxygen coefficient", S2589, [
        ("expert-coefficient",
         "11.制氧站外购氧气作为耗能工质，折标系数取{v} kgce/m³，压缩空气取0.0400 kgce/m³，两者不要对调。",
         "0.4000", ["0.1286"])]),
    *fam("expert TC207", S25, [
        ("expert-identity",
         "12.标准信息表中GB/T 36132-2025的归口单位应为全国环境管理标准化技术委员会（SAC/TC {v}），提出单位为工业和信息化部。",
         "207", ["297"])]),
]
