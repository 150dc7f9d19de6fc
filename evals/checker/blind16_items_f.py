"""blind16 items, part f: comparison tables between the 2018 and 2025 editions (版本对照表) and long
multi-number paragraphs (one wrong number among several right ones)."""

from evals.checker.blind16_kit import GHG, S18, S25, S2589, SCP, Item, fam, multi

ITEMS: list[Item] = [
    # --- 2018 vs 2025 comparison tables ---
    *fam("compare chapters 4 to 10", S18, [
        ("compare-structure",
         "对照项｜2018版｜2025版\n章节结构｜第4章至第{v}章（基本要求、基础设施……绩效）｜合并为第4章“评价指标体系构建和要求”",
         "10", ["9"])]),
    *fam("compare annex B range", S25, [
        ("compare-annex",
         "计算方法｜附录A 绩效指标计算方法｜附录B 主要定量指标计算方法（B.1～B.{v}）", "27", ["28"])]),
    *fam("compare definition five", S18, [
        ("compare-definition",
         "定义（3.1）｜用地集约化、原料无害化、生产洁净化、废物资源化、能源低碳化｜"
         "能源低碳化、资源高效化、生产洁净化、产品绿色化、用地集约化（{v}个“化”中沿用了三个）", "五", ["六"])]),
    *fam("compare terms deleted two", S18, [
        ("compare-terms",
         "术语｜绿色工厂、绿色产品、相关方｜只保留“绿色工厂”，删除了{v}个术语", "2", ["3"])]),
    *fam("compare scoring chapters added", S25, [
        ("compare-scoring",
         "计分方式｜基本要求一票否决，其余条款分必选、可选｜按引领值、基准值计分，新增第{v}章评分规则和第6章评价结果",
         "5", ["7"])]),
    *fam("compare performance indicators twelve", S18, [
        ("compare-indicators",
         "绩效指标｜第10章共{v}项绩效指标｜重构为五类一级指标下的二级指标", "12", ["11"])]),
    *fam("compare building density coefficient", S25, [
        ("compare-land",
         "建筑密度｜2018版绩效指标之一｜2025版称“建筑系数”，见附录B第B.{v}条、式(B.27)", "26", ["25"])]),
    *fam("compare 2018 template weight", S18, [
        ("compare-weight",
         "权重来源｜工信部自评价模板：基础设施{v}等六个方面｜表C.1示例：30%/30%/16%/16%/8%（仅供参考）",
         "20%", ["25%"])]),
    *fam("compare energy resource class weights", S25, [
        ("compare-weight",
         "能源与资源｜第7章 能源与资源投入｜4.3.1 能源低碳化、4.3.2 资源高效化（表C.1示例权重各{v}）",
         "30%", ["20%"])]),
    *fam("compare emissions chapter 9", S18, [
        ("compare-structure",
         "环境排放｜第{v}章（大气污染物、水体污染物、固体废物、噪声、温室气体）｜分散到4.3.1、4.3.2、4.3.3",
         "9", ["8"])]),
    *fam("compare first revision", S25, [
        ("compare-edition",
         "版本沿革｜2018年首次发布｜2025版为第{v}修订，由工业和信息化部提出", "一次", ["二次"])]),
    *fam("compare product class points", S25, [
        ("compare-points",
         "产品｜第8章（生态设计、节能、碳足迹、有害物质限制使用）｜4.3.4 产品绿色化，示例分值8+8={v}",
         "16", ["18"])]),
    *fam("compare land class weight", S25, [
        ("compare-weight",
         "用地｜第10章绩效中的容积率、建筑密度、单位用地面积产能｜4.3.5 用地集约化，示例权重{v}", "8%", ["10%"])]),
    *fam("compare veto vs basic requirements", S25, [
        ("compare-basic",
         "基本要求｜第4章，一票否决｜4.2，a）近{v}年无违法违规 b）管理职责与规划目标 c）四个管理体系",
         "三", ["两"])]),
    # --- long multi-number paragraphs ---
    *multi("longpara C.1 energy class", S25, "longpara-energy",
           "按照GB/T 36132-2025附录C表C.1的示例，能源低碳化（权重{a}）下设四个二级指标：能源消耗强度、碳排放强度、"
           "可再生能源利用率各{b}分，能碳管理平台功能满足项数{c}分；其中平台一项的引领值为{d}项、基准值为0项，"
           "其余三项的引领值、基准值分别取行业先进水平和行业平均水平。",
           {"a": "30%", "b": "8", "c": "6", "d": "8"},
           {"b": ["7"], "d": ["10"]}),
    *multi("longpara ghg worked example", GHG, "longpara-carbon",
           "指南3.3的算例：以2023年为评价年度，购入电力{a} MWh，乘以2023年度全国电网平均排放因子{b} tCO₂/MWh，"
           "得2 653 tCO₂；加上燃料燃烧直接排放1 200 tCO₂，排放总量{c} tCO₂；合格产品20 000 t，单位产品碳排放约"
           "{d} tCO₂/t；产值30 000万元，单位产值碳排放约0.128 tCO₂/万元。",
           {"a": "5 000", "b": "0.5306", "c": "3 853", "d": "0.193"},
           {"b": ["0.5366"], "d": ["0.139"]}),
    *multi("longpara 2589 worked example", S2589, "longpara-energy",
           "GB/T 2589摘要的算例很典型：电力10 000 000 kWh×0.1229={a} kgce；天然气500 000 m³×{b}=607 150 kgce；"
           "柴油20 000 kg×1.4571=29 142 kgce；合计{c} kgce，约1 865.29 tce，除以合格产品50 000 t得约0.0373 tce/t。",
           {"a": "1 229 000", "b": "1.2143", "c": "1 865 292"},
           {"a": ["1 292 000"], "b": ["1.2413"], "c": ["1 856 292"]}),
    *multi("longpara supply chain scores", SCP, "longpara-supplychain",
           "绿色供应链管理评价满分100分：管理战略{a}分（纳入规划8、目标6、机构6），供应商管理20分，"
           "绿色生产20分（合规10、有害物质限制10），绿色回收20分（四项各{b}分），信息平台{c}分，"
           "信息披露10分（四项各2.5分）。",
           {"a": "20", "b": "5", "c": "10"}, {"a": ["25"], "b": ["4"], "c": ["15"]}),
    *multi("longpara national grid factors", GHG, "longpara-factor",
           "生态环境部公布的全国电网平均排放因子：2021年度{a}（2024年第12号公告）、2022年度{b}（2024年第33号公告）、"
           "2023年度{c}（2025年第47号公告）；另有碳市场2022年度排放报告用的0.5703，不可与统计口径混用。",
           {"a": "0.5568", "b": "0.5366", "c": "0.5306"},
           {"a": ["0.5586"], "b": ["0.5336"], "c": ["0.5036"]}),
    *multi("longpara regional factors", GHG, "longpara-factor",
           "2022年度区域电网平均排放因子：华北{a}、西北0.5857、华东0.5617、东北{b}、华中0.5395、南方{c}、西南0.2268，"
           "华北与西南相差近三倍。",
           {"a": "0.6776", "b": "0.5564", "c": "0.3869"},
           {"a": ["0.6677"], "b": ["0.5546"], "c": ["0.3689"]}),
    *multi("longpara annex B equation map", S25, "longpara-formula",
           "附录B里，单位产品综合能耗是式(B.{a})，单位产值综合能耗式(B.2)，可再生能源利用率式(B.5)，"
           "工业用水重复利用率式(B.{b})，一般工业固体废物综合利用率式(B.11)，单位用地面积产值式(B.{c})，"
           "建筑系数式(B.27)，容积率式(B.28)。",
           {"a": "1", "b": "10", "c": "26"}, {"a": ["3"], "b": ["9"], "c": ["25"]}),
    *multi("longpara platform scoring", S25, "longpara-platform",
           "表C.1的能碳管理平台功能清单共{a}项；该指标引领值8项、基准值0项、分值6分；某厂具备5项时线性得分为{b}分，"
           "具备9项时得满分{c}分。",
           {"a": "12", "b": "3.75", "c": "6"}, {"a": ["13"], "b": ["3.33"], "c": ["9"]}),
    *multi("longpara 2589 coefficient list", S2589, "longpara-coefficient",
           "常用折标系数（kgce/单位）：原煤0.7143、洗精煤{a}、焦炭0.9714、原油1.4286、汽油1.4714、柴油{b}、"
           "液化石油气1.7143、炼厂干气{c}、高炉煤气0.1286、压缩空气0.0400、氧气0.4000。",
           {"a": "0.9000", "b": "1.4571", "c": "1.5714"},
           {"a": ["0.8000"], "b": ["1.4517"], "c": ["1.7514"]}),
    *multi("longpara park basics", SCP, "longpara-park",
           "绿色园区评价的基本要求中，园区重点企业清洁生产审核实施率须达到{a}，园区管理机构配备专职工作人员不少于{b}名；"
           "评价指标分{c}类，能源利用类包括能源产出率（万元/tce）、可再生能源使用比例和清洁能源使用率。",
           {"a": "100%", "b": "2", "c": "六"}, {"a": ["95%"], "b": ["5"], "c": ["七"]}),
    *multi("longpara basic requirements", S25, "longpara-basic",
           "4.2 基本要求至少包括：a）近{a}年内未发生安全、质量、环境方面的违法违规行为；b）明确绿色制造管理职责，"
           "制定中长期绿色低碳发展规划和年度量化目标；c）按GB/T 19001、GB/T 23331、GB/T 24001、GB/T {b}建立"
           "质量、能源、环境和职业健康安全管理体系。",
           {"a": "三", "b": "45001"}, {"a": ["二"], "b": ["28001"]}),
]
