"""blind16 items, part e: FAQ pages (常见问题) and correction notices (勘误/更正). A correction notice
quotes an earlier wrong value and gives the right one: the quoted old value is not a claim, the new
value is; on a mismatch line the new value is the wrong one."""

from evals.checker.blind16_kit import GHG, S18, S25, S2589, SCP, SYS, Item, fam

ITEMS: list[Item] = [
    # --- FAQ ---
    *fam("faq 2025 edition effective", S25, [
        ("faq-date",
         "问：2018版通则现在还能用吗？\n答：GB/T 36132-2018已被GB/T 36132-2025代替，新版自{v}起实施，"
         "新开展的评价以新版为准，引用旧版条款时要说明已被代替。", "2025年12月31日", ["2026年1月1日"])]),
    *fam("faq full score 100 no pass mark", S25, [
        ("faq-result",
         "问：通则规定多少分才算绿色工厂？\n答：通则本身没有规定合格分数线。按表C.1示例的分值设置，评价结果满分为{v}分，"
         "达标分数由行业评价方案或主管部门通知规定。", "100", ["120"])]),
    *fam("faq 2589 issue date", S2589, [
        ("faq-date",
         "问：GB/T 2589现行是哪一版？\n答：现行为GB/T 2589-2020，{v}发布，2021年4月1日起实施，代替2008版。",
         "2020年9月29日", ["2020年12月1日"])]),
    *fam("faq spot-check exemption years", SYS, [
        ("faq-listing",
         "问：列入名单以后还会被抽查吗？\n答：会。自我声明的信息会被抽查，不合格的移出名单；连续三次抽查合格的，"
         "此后{v}年内免于抽查。", "五", ["三"])]),
    *fam("faq retrofit share three years", S25, [
        ("faq-indicator",
         "问：绿色低碳改造投资占比怎么算？\n答：表C.1第10项，用近{v}年的绿色低碳改造投资除以同期的产值，"
         "属于正向定量指标，示例分值4分。", "3", ["5"])]),
    *fam("faq heat default factor", GHG, [
        ("faq-carbon",
         "问：外购蒸汽、热力的排放怎么算？\n答：购入热量×热力排放因子。GB/T 32150的2025年版给出的缺省值是"
         "{v} tCO2/GJ，该版自2026年7月1日起实施，之前以原版为准。", "0.11", ["0.21"])]),
    *fam("faq seven greenhouse gases", GHG, [
        ("faq-carbon",
         "问：GB/T 32150要核算哪些温室气体？\n答：共{v}种：CO₂、CH₄、N₂O、HFCs、PFCs、SF₆和NF₃，"
         "非二氧化碳气体按全球变暖潜势折算为二氧化碳当量。", "7", ["6"])]),
    *fam("faq storey height doubling", S25, [
        ("faq-land",
         "问：容积率计算中，层高很高的单层厂房怎么处理？\n答：按附录B的B.27，层高超过{v} m的楼层，"
         "其建筑面积按两倍计算。", "8", ["10"])]),
    *fam("faq clean production points sum", S25, [
        ("faq-points",
         "问：表C.1的分值和权重是什么关系？\n答：分值就是指标在100分中的份额，比如生产洁净化三项6+4+6={v}，"
         "正好等于该类的示例权重。", "16", ["14"])]),
    *fam("faq park six categories", SCP, [
        ("faq-park",
         "问：绿色园区评价分几类指标？\n答：{v}类：能源利用、资源利用、基础设施、产业、生态环境、运行管理；"
         "指标总数和各类权重请以附件2原文为准。", "六", ["五"])]),
    *fam("faq 2589 example total", S2589, [
        ("faq-energy",
         "问：能举个综合能耗的例子吗？\n答：GB/T 2589摘要中的算例：电力1 000万kWh、天然气50万m³、柴油20 t，"
         "按当量值合计约{v} tce。", "1 865.29", ["1 856.29"])]),
    *fam("faq 2589 example per product", S2589, [
        ("faq-energy",
         "问：上面那个算例的单位产品综合能耗是多少？\n答：合格产品5万t，单位产品综合能耗约{v} kgce/t，"
         "注意分母是合格品产量。", "37.3", ["3.73"])]),
    *fam("faq multi-product allocation", S25, [
        ("faq-indicator",
         "问：多产品工厂的单位产品综合能耗怎么算？\n答：按附录B第B.{v}条，能分别计量的分别计量；不能的折算为标准产品；"
         "仍无法折算的按产量和能耗比例分摊。", "1", ["2"])]),
    # --- correction notices ---
    *fam("erratum 2023 factor corrected", GHG, [
        ("erratum-factor",
         "【勘误】本公司《2023年度碳排放核算说明》第4页，2023年度全国电网平均排放因子误写为0.5366（该值为2022年度数据），"
         "现更正为{v} tCO2/MWh，相关计算已重算。", "0.5306", ["0.5360"])]),
    *fam("erratum renewable points corrected", S25, [
        ("erratum-points",
         "更正说明：培训讲义第9页“可再生能源利用率分值6分”有误，表C.1示例中该项分值应为{v}分，"
         "6分的是能碳管理平台功能满足项数。", "8", ["4"])]),
    *fam("erratum platform function count", S25, [
        ("erratum-platform",
         "勘误：上期简报称能碳管理平台业务功能“共10项”，应为{v}项（能源查询至碳资产管理），特此更正。",
         "12", ["11"])]),
    *fam("erratum B.10 formula number", S25, [
        ("erratum-formula",
         "更正：第6页“工业用水重复利用率按式(B.8)计算”有误，B.8是单位产品取水量，重复利用率应按式(B.{v})计算。",
         "10", ["9"])]),
    *fam("erratum B.11 formula", S25, [
        ("erratum-formula",
         "勘误：原稿固废综合利用率的分母漏了往年贮存量，正确公式为 Kr = Zr/(Z+Zw)×100%，见式(B.{v})。",
         "11", ["12"])]),
    *fam("erratum 2589 effective date", S2589, [
        ("erratum-date",
         "更正：前文“GB/T 2589-2020自2020年9月29日起实施”有误，9月29日是发布日期，实施日期为{v}。",
         "2021年4月1日", ["2021年1月1日"])]),
    *fam("erratum east region factor", GHG, [
        ("erratum-factor",
         "勘误：报告表3中华东区域2022年度电网平均排放因子误录为0.5564（系东北区域数值），更正为{v} tCO2/MWh。",
         "0.5617", ["0.5671"])]),
    *fam("erratum clean production weight", S25, [
        ("erratum-weight",
         "更正：宣贯稿把生产洁净化的示例权重写成了8%，表C.1中应为{v}；8%是用地集约化的权重。", "16%", ["18%"])]),
    *fam("erratum natural gas tce", S2589, [
        ("erratum-energy",
         "勘误：算例中“天然气50万m³折6 071.5 tce”小数点错位，按1.2143 kgce/m³应为{v} tce，合计值随之更正。",
         "607.15", ["60.715"])]),
    *fam("erratum carbon market factor", GHG, [
        ("erratum-factor",
         "更正：上期群公告说“2022年度全国电网平均排放因子为0.5703”不准确，0.5703是碳市场2022年度排放报告用的口径，"
         "统计口径的2022年度全国平均因子为{v}。", "0.5366", ["0.5636"])]),
    *fam("erratum heat coefficient", S2589, [
        ("erratum-coefficient",
         "勘误：热力折标系数应为{v} kgce/MJ（即1/29.307），原文“0.3412”系小数点错位。", "0.03412", ["0.003412"])]),
    *fam("erratum 2018 replaced by", S18, [
        ("erratum-edition",
         "更正：第2页“现行绿色工厂评价标准为GB/T 36132-2018”有误，该版本已被代替，现行标准为GB/T 36132-{v}。",
         "2025", ["2024"])]),
]
