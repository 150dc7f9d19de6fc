"""blind16 items, part a: meeting minutes (会议纪要) and WeChat work-group messages."""

from evals.checker.blind16_kit import GHG, S25, S2589, SCP, SYS, Item, fam, multi

ITEMS: list[Item] = [
    # --- meeting minutes ---
    *fam("C.1 energy class weight 30", S25, [
        ("minutes-weight",
         "【会议纪要】1月8日创建工作组例会\n议题一：新版通则表C.1示例中，能源低碳化一级指标权重为{v}，"
         "会上明确我厂自评按行业方案执行，表C.1仅作参考。", "30%", ["40%"])]),
    *fam("C.1 land class single indicator 8", S25, [
        ("minutes-points",
         "二、关于用地集约化：表C.1里这一类只设了用地产出率一个二级指标，分值{v}分，与该类权重相同。"
         "张总要求行政部周五前提供土地证面积。", "8", ["10"])]),
    *fam("platform lead value 8", S25, [
        ("minutes-platform",
         "三、能碳管理平台：表C.1第4项“能碳管理平台功能满足项数”引领值{v}项、基准值0项，"
         "信息部汇报目前平台已上线6项功能，目标年底前再补2项。", "8", ["10"])]),
    *fam("platform function list 12", S25, [
        ("minutes-platform",
         "会议讨论了表C.1列出的能碳管理平台业务功能清单，共{v}项，从能源查询一直到碳资产管理；"
         "我厂目前欠缺的是碳核查支撑和碳资产管理。", "12", ["10"])]),
    *fam("basic requirement three years", S25, [
        ("minutes-basic",
         "四、基本要求：法务部确认近{v}年内无安全、质量、环境方面的违法违规记录，满足新版4.2 a)，"
         "信用中国查询截图已归档。", "三", ["五"])]),
    *fam("36132-2025 issue and effective date", S25, [
        ("minutes-date",
         "五、会议提醒：GB/T 36132-2025于{v}发布并同日实施，2018版同时被代替，"
         "今后所有材料一律按新版条款号引用。", "2025年12月31日", ["2025年10月1日"])]),
    *fam("2589-2020 effective date", S2589, [
        ("minutes-date",
         "六、能源科说明：折标计算执行GB/T 2589-2020，该标准自{v}起实施，代替2008版，"
         "统计报表的折标口径同步调整。", "2021年4月1日", ["2020年9月29日"])]),
    *fam("grid factor 2023 national in minutes", GHG, [
        ("minutes-factor",
         "七、碳排放核算：评价年为2023年，购入电力排放因子取生态环境部公告2025年第47号公布的"
         "全国电网平均排放因子{v} tCO2/MWh，不用碳市场口径。", "0.5306", ["0.5366"])]),
    *fam("leading value top five percent", S25, [
        ("minutes-lead",
         "八、咨询公司王工解释：引领值大致对应行业前{v}左右的先进水平，并有一定前瞻性；"
         "基准值按行业平均水平确定。", "5%", ["10%"])]),
    *fam("carbon market 0.5703 vs 2022 national", GHG, [
        ("minutes-factor",
         "九、财务部问0.5703能不能用。答复：那是2023年2月通知给全国碳市场2022年度排放报告定的因子，"
         "不是统计口径的2022年度全国平均因子，后者为{v} tCO2/MWh。", "0.5366", ["0.5568"])]),
    *multi("C.1 resource class points", S25, "minutes-points",
           "纪要附件：资源高效化下四个二级指标的示例分值为原材料消耗强度{a}分、取水强度8分、"
           "工业用水重复利用率8分、一般工业固体废物综合利用率{b}分，合计30分。",
           {"a": "8", "b": "6"}, {"a": ["10"], "b": ["4"]}),
    *fam("GB/T 32150 seven gases in minutes", GHG, [
        ("minutes-ghg",
         "十、环保部补充：按GB/T 32150核算的温室气体共{v}种，除二氧化碳外的气体按全球变暖潜势折算后汇总；"
         "我厂主要是CO2，SF6开关柜另行统计。", "七", ["六"])]),
    # --- WeChat work group ---
    *fam("grid factor 2022 east", GHG, [
        ("wechat-factor",
         "@全体成员 🔔 做22年碳核算的注意下：2022年度华东区域电网因子是{v}，"
         "别直接套全国的0.5366哈🙏", "0.5617", ["0.5564"])]),
    *fam("electricity calorific coefficient", S2589, [
        ("wechat-coefficient",
         "电力折标用当量值就是{v} kgce/kWh，固定不变👌 等价值那套每年不一样，两种别混在一张表里",
         "0.1229", ["0.1329"])]),
    *fam("B.11 clause number", S25, [
        ("wechat-formula",
         "固废综合利用率分母是“产生量+综合利用的往年贮存量”✅ 不是只用产生量，见附录B第B.{v}条，"
         "外购的固废别算进分子", "11", ["9"])]),
    *fam("plot ratio storey height 8 m", S25, [
        ("wechat-land",
         "容积率那块：层高超过{v}米的楼层按两层算面积😂 咱们立体库12米高，得翻倍",
         "8", ["6"])]),
    *fam("supply chain total 100", SCP, [
        ("wechat-supplychain",
         "供应链那个评价满分{v}分📋 管理战略、供应商管理、绿色生产、绿色回收各20，信息平台和信息披露各10",
         "100", ["120"])]),
    *fam("supply chain disclosure 2.5 each", SCP, [
        ("wechat-supplychain",
         "绿色信息披露一共4项，每项{v}分，合计10分，上次自评漏了一项🤦", "2.5", ["2"])]),
    *fam("park dedicated staff two", SCP, [
        ("wechat-park",
         "园区办刚说了：基本要求里绿色园区管理机构至少配{v}名专职人员，咱们现在就1个兼职的😅",
         "2", ["3"])]),
    *fam("park cleaner production audit 100", SCP, [
        ("wechat-park",
         "另外园区重点企业清洁生产审核实施率要求达到{v}，一家都不能落下 ⚠️", "100%", ["90%"])]),
    *fam("2021 factor announcement number", GHG, [
        ("wechat-factor",
         "🙋‍♀️ 查了下，21年度全国电网平均因子0.5568，出处是生态环境部公告2024年第{v}号",
         "12", ["33"])]),
    *fam("32150-2025 heat factor", GHG, [
        ("wechat-ghg",
         "GB/T 32150新版给了个购入热力缺省排放因子{v} tCO2/GJ，不过2026年7月1日才实施，之前还按老版本",
         "0.11", ["0.12"])]),
    *fam("32150-2025 effective date", GHG, [
        ("wechat-ghg",
         "32150-2025是2025年12月31号发布的，实施日期{v}，在那之前原版仍现行，别提前引用🙏",
         "2026年7月1日", ["2026年1月1日"])]),
    *fam("spot check exemption five years", SYS, [
        ("wechat-listing",
         "恭喜咱们第三次抽查也过了🎉🎉 按规定连续三次抽查合格，之后{v}年内免于抽查，但数据还得照常更新",
         "五", ["三"])]),
]
