"""blind16 items, part c: self-evaluation score tables pasted as text (自评价报告表格) and slide
bullets for assessor training (培训课件)."""

from evals.checker.blind16_kit import S18, S25, S2589, SCP, Item, fam, multi

ITEMS: list[Item] = [
    # --- self-evaluation tables pasted as text ---
    *fam("selftable platform row lead 8", S25, [
        ("selftable-platform",
         "自评价得分表（节选）\n序号｜二级指标｜单位｜引领值｜基准值｜分值｜实际值｜得分\n"
         "4｜能碳管理平台功能满足项数｜项｜{v}｜0｜6｜7｜5.25", "8", ["10"])]),
    *fam("selftable linear forward score 4.96", S25, [
        ("selftable-score",
         "序号\t二级指标\t分值\t基准值\t引领值\t实际值\t得分\n"
         "7\t工业用水重复利用率\t8\t85%\t95%\t91.2%\t{v}", "4.96", ["4.69"])]),
    *fam("selftable class weights 16", S25, [
        ("selftable-weight",
         "一级指标汇总（表C.1示例权重）：能源低碳化 30 ｜资源高效化 30 ｜生产洁净化 {v} ｜产品绿色化 16 ｜"
         "用地集约化 8 ｜合计 100", "16", ["18"])]),
    *fam("selftable retrofit points 4", S25, [
        ("selftable-points",
         "10｜绿色低碳改造投资占比（近3年改造投资/近3年产值）｜正向定量｜%｜行业先进水平｜行业平均水平｜{v}",
         "4", ["6"])]),
    *fam("selftable pollutant points 6", S25, [
        ("selftable-points",
         "11｜主要污染物产生强度或排放强度｜逆向定量｜行业先进水平｜行业平均水平｜分值{v}分", "6", ["4"])]),
    *fam("selftable green design points 8", S25, [
        ("selftable-points",
         "12｜绿色设计（按GB/T 24256编制产品绿色设计报告）｜正向定性｜—｜—｜{v}分", "8", ["4"])]),
    *fam("selftable carbon footprint standard", S25, [
        ("selftable-standard",
         "13｜产品碳足迹（按GB/T {v}核算）｜正向定性｜—｜—｜8分｜已完成2个型号", "24067", ["24256"])]),
    *fam("selftable renewable ratio 5.0", S25, [
        ("selftable-renewable",
         "可再生能源利用量 Ere｜1 229 tce\n综合能耗 E｜24 580 tce\n可再生能源利用率 Rre = Ere/E×100%｜{v}",
         "5.0%", ["5.5%"])]),
    *fam("selftable Eg 0.300", S25, [
        ("selftable-energy",
         "综合能耗 E｜18 600 tce｜产值 G｜62 000 万元｜单位产值综合能耗 Eg = E/G｜{v} tce/万元",
         "0.300", ["0.330"])]),
    *fam("selftable electricity 3072.5 tce", S2589, [
        ("selftable-energy",
         "能源品种｜实物量｜折标系数｜折标准煤\n外购电力｜2 500万kWh｜0.1229 kgce/kWh（当量值）｜{v} tce",
         "3 072.5", ["30 725"])]),
    *fam("selftable raw coal 5714.4 tce", S2589, [
        ("selftable-energy",
         "原煤｜8 000 t｜0.7143 kgce/kg｜{v} tce\n（锅炉房用煤，按GB/T 2589-2020参考系数）", "5 714.4", ["571.4"])]),
    *fam("selftable LPG coefficient", S2589, [
        ("selftable-coefficient",
         "液化石油气｜12 t｜折标系数 {v} kgce/kg｜20.57 tce｜食堂及实验室用", "1.7143", ["1.5714"])]),
    # --- slide bullets for training ---
    *fam("slides five classes", S25, [
        ("slides-structure",
         "第3页 评价指标体系\n• 一级指标共{v}类：能源低碳化、资源高效化、生产洁净化、产品绿色化、用地集约化\n"
         "• 每类下设二级指标，必要时再设三级", "五", ["六"])]),
    *fam("slides four indicator types", S25, [
        ("slides-structure",
         "• 最末一级指标直接打分，分{v}种类型：正向定量、正向定性、逆向定量、逆向定性", "四", ["三"])]),
    *fam("slides normative references ten", S25, [
        ("slides-references",
         "• 规范性引用文件共{v}项：GB/T 2589、18820、19001、23331、24001、24067、29116、32150、32151（所有部分）、45001",
         "10", ["12"])]),
    *fam("slides annex B equations 28", S25, [
        ("slides-annex",
         "• 附录B（规范性）：B.1～B.27，共{v}个公式——B.24含两个公式，后面编号顺延", "28", ["26"])]),
    *fam("slides 2018 definition three kept", S18, [
        ("slides-2018",
         "• 2018版定义的“五化”：用地集约化、原料无害化、生产洁净化、废物资源化、能源低碳化\n"
         "• 2025版保留其中{v}项，新提资源高效化、产品绿色化", "三", ["两"])]),
    *fam("slides 2018 performance indicators 12", S18, [
        ("slides-2018",
         "• 2018版第10章“绩效”：共{v}项绩效指标（容积率、建筑密度……单位产品碳排放量）\n• 2025版重构为五类评价指标",
         "12", ["14"])]),
    *fam("slides platform formula", S25, [
        ("slides-platform",
         "• 能碳管理平台指标：满足n项（n不超过8）得 6×n/{v} 分；满足8项及以上得满分", "8", ["12"])]),
    *fam("slides supply chain strategy 8", SCP, [
        ("slides-supplychain",
         "• 绿色供应链管理战略（20分）= 纳入企业发展规划 {v} + 管理目标 6 + 专门机构 6", "8", ["10"])]),
    *fam("slides supplier management low-risk 4", SCP, [
        ("slides-supplychain",
         "• 供应商管理（20分）：绿色采购标准4｜认证3｜定期审核3｜绩效评估3｜培训3｜低风险供应商占比{v}",
         "4", ["5"])]),
    *fam("slides green recycling 5 each", SCP, [
        ("slides-supplychain",
         "• 绿色回收（20分）：产品回收率、包装回收率、回收体系建设、对下游拆解企业的指导，每项{v}分",
         "5", ["4"])]),
    *fam("slides green production compliance 10", SCP, [
        ("slides-supplychain",
         "• 绿色生产（20分）：节能减排与环保合规 {v}分 ＋ 有毒有害物质使用限制 10分", "10", ["8"])]),
    *fam("slides 2018 template infrastructure 20", S18, [
        ("slides-2018",
         "• 旧版自评价模板（仅适用于2018版评价）：基础设施一项权重{v}", "20%", ["30%"])]),
    *fam("slides B.5 four routes", S25, [
        ("slides-renewable",
         "• 可再生电力可计入的途径共{v}种：自发自用、市场化交易绿电、专线供电（有结算凭证）、单独购买绿证\n"
         "• 同一电量只能按一种途径计入", "四", ["三"])]),
    *multi("slides C.1 energy four indicators", S25, "slides-points",
           "第7页 能源低碳化（{a}）\n• 能源消耗强度 8分\n• 碳排放强度 8分\n• 可再生能源利用率 {b}分\n• 能碳管理平台 6分",
           {"a": "30%", "b": "8"}, {"a": ["32%"], "b": ["4"]}),
]
