"""blind16 items, part i: ok lines in the new genres. Most carry company numbers that no document
fixes (targets, dates, headcounts, budgets, own measured values) and must not be flagged; the rest
state true facts beside them."""

from evals.checker.blind16_kit import CU, GHG, NONE, PC, S25, S2589, Item, fam, ok

ITEMS: list[Item] = [
    # --- company numbers, no document fixes them ---
    ok("co minutes targets", NONE, "minutes-company",
       "【会议纪要】2026年2月3日绿色工厂创建领导小组第1次会议，出席11人。会议确定：2026年单位产品综合能耗较2025年"
       "下降4%，工业用水重复利用率由88.5%提升至92%，相关技改预算2 300万元。"),
    ok("co minutes deadlines", NONE, "minutes-company",
       "会议纪要：申报材料6月15日前报送市工信局，8月底前完成省级推荐材料；综合部负责装订，纸质版3份并附电子版。"),
    ok("co minutes compressor retrofit", NONE, "minutes-company",
       "纪要补记：设备部汇报空压站变频改造已完成，实测节电率约17%，年节电约210万kWh，投资回收期2.6年。"),
    ok("co minutes staffing", NONE, "minutes-company",
       "三、人员安排：新设碳管理专员2名、能源计量员1名，3月1日到岗；相关培训费用12万元列入年度预算。"),
    ok("co minutes 45001 recert", NONE, "minutes-company",
       "四、体系认证：5月前完成GB/T 45001换证审核，费用约8万元，由安环部对接认证机构。"),
    ok("co wechat meeting", NONE, "wechat-company",
       "📢 本周五15:00在二楼会议室开自评价启动会，请各部门负责人准时参加，预计1.5小时"),
    ok("co wechat water balance", NONE, "wechat-company",
       "水平衡测试报告出来了👏 2025年取水量31.2万m³、重复利用水量268万m³，回头按B.10算一下重复利用率"),
    ok("co wechat pv month", NONE, "wechat-company",
       "光伏这个月发电42.6万度☀️ 比上月多了8%，全部自发自用"),
    ok("co wechat bills", NONE, "wechat-company",
       "@李工 电费单1—12月都扫描好了，一共24张，在群文件“2025能源台账”里📁"),
    ok("co wechat green power contract", NONE, "wechat-company",
       "绿电交易合同签了✍️ 2026年全年1500万kWh，每度比常规电价高3分钱"),
    ok("co wechat water target", NONE, "wechat-company",
       "今年节水目标：吨产品取水量降到2.2 m³以下💧 各车间按月考核，超标的扣绩效"),
    ok("co thirdparty process", NONE, "thirdparty-company",
       "二、评价过程：评价组一行5人于2025年11月18日至20日进驻现场，查阅记录63份，访谈21人次，现场查看车间9个。"),
    ok("co thirdparty total score", NONE, "thirdparty-company",
       "六、评价结论：企业基本要求全部符合；依据所用行业评价方案，评价组核定总得分86.5分，达到该方案的要求，建议推荐。"),
    ok("co thirdparty metering advice", NONE, "thirdparty-company",
       "七、改进建议：建议企业在2026年内完成剩余3条产线的能源计量器具配备，预计投入约150万元。"),
    ok("co expert panel", NONE, "expert-company",
       "专家组意见（2025年12月22日，专家5名）：报告结构完整，证据索引共列出87项，建议补充水平衡测试的原始记录。"),
    ok("co expert water figures", NONE, "expert-company",
       "专家意见：企业自报2025年单位产品取水量2.31 m³/t，较2024年的2.58 m³/t下降明显，请附计量数据予以佐证。"),
    ok("co expert meeting", NONE, "expert-company",
       "评审安排：专家组由5名专家组成，评审会于2025年12月10日上午召开，企业汇报限时20分钟。"),
    ok("co selftable basic info", NONE, "selftable-company",
       "基本信息表\n企业名称｜××精密机械有限公司\n注册资本｜1.2亿元\n员工人数｜1 350人\n用地面积｜186 000 m²\n评价年度｜2025"),
    ok("co selftable projects", NONE, "selftable-company",
       "序号｜改造项目｜投资（万元）｜年节能量（tce）\n1｜余热回收｜860｜1 420\n2｜电机能效提升｜310｜385\n3｜LED照明｜95｜120"),
    ok("co selftable evidence index", NONE, "selftable-company",
       "证据编号｜名称｜页码\nE-01｜2025年能源统计报表｜3—15\nE-02｜水平衡测试报告｜16—42\nE-03｜一般工业固体废物台账｜43—58"),
    ok("co selftable monthly power", NONE, "selftable-company",
       "月份｜用电量（万kWh）｜光伏（万kWh）\n1月｜236.5｜18.2\n2月｜198.7｜21.6\n3月｜245.1｜30.4"),
    ok("co slides course", NONE, "slides-company",
       "第1页\n• 绿色工厂评价员入门培训（第3期）\n• 2026年3月，共2天，学员42人\n• 结业考试80分及格"),
    ok("co slides five-year record", NONE, "slides-company",
       "• 本公司2021—2025年累计投入节能减排资金1.8亿元\n• 单位产值能耗五年下降23%\n• 力争2030年前实现碳达峰"),
    ok("co slides gec case", NONE, "slides-company",
       "• 案例：某厂2025年采购绿证5 000张，全部计入可再生能源利用量，未与绿电交易电量重复计入"),
    ok("co phone output", NONE, "phone-company",
       "客户：喂，李工吗，那个……我们今年产量是18.6万吨，产值大概41亿，嗯，能耗数据下周二给您。\n顾问：好的好的，那就下周二。"),
    ok("co phone pv size", NONE, "phone-company",
       "顾问：嗯，你们那个光伏是2.5兆瓦的吧？\n客户：对，2.5兆瓦，去年发了270万度左右，全部自用。"),
    ok("co phone budget", NONE, "phone-company",
       "客户：我们预算大概就八十万，那个……咨询费能不能分两期付？\n顾问：可以的，合同签了先付一半。"),
    ok("co phone footprint models", NONE, "phone-company",
       "客户：嗯……碳足迹报告目前就做了2个型号，明年再做3个。\n顾问：好，那先把这2个附上，嗯，其他的写进下一步工作。"),
    ok("co memo kickoff", NONE, "memo-company",
       "Memo: client kick-off on 12 Jan 2026; 3 site visits planned (Feb, Apr, Jun); budget RMB 450k; deliverable = "
       "self-evaluation report draft by 30 June."),
    ok("co memo data request", NONE, "memo-company",
       "Data request: monthly electricity bills (12 months), gas invoices, water meter logs and the solid waste ledger, "
       "please upload by 20 Feb. Our team on site: 4 consultants."),
    ok("co memo renewable estimate", NONE, "memo-company",
       "Our estimate for your plant: the renewable share could reach about 11% in 2026 if the 6 MW rooftop PV goes live "
       "by Q2."),
    ok("co memo provincial threshold", NONE, "memo-company",
       "Note: GB/T 36132-2025 sets no numeric pass mark; the 85-point threshold you mentioned comes from your province's "
       "2026 notice, not from the standard."),
    ok("co faq response time", NONE, "faq-company",
       "问：平台咨询服务多久回复？\n答：工作日2小时内响应，复杂问题3个工作日内给出书面答复。"),
    ok("co faq course fees", NONE, "faq-company",
       "问：评价员培训怎么收费？\n答：线上课程每人980元，线下两天课程每人2 600元，10人以上团体八五折。"),
    ok("co faq purchased electricity", NONE, "faq-company",
       "问：我厂2025年用电2 860万kWh，其中光伏自发自用310万kWh，外购电量怎么算？\n"
       "答：外购电量＝2 860−310＝2 550万kWh，再乘以所选年度、注明出处的电网排放因子。"),
    ok("co erratum course date", NONE, "erratum-company",
       "【更正】3月5日发布的培训通知中，开班时间“3月18日”应为3月25日，地点不变，特此更正。"),
    ok("co erratum esg report", NONE, "erratum-company",
       "勘误：本公司2025年ESG报告第22页员工总数“1 530人”应为1 350人，第31页光伏装机“25 MW”应为2.5 MW。"),
    ok("co compare years", NONE, "compare-company",
       "对比项｜2024年｜2025年\n综合能耗（tce）｜12 680｜11 940\n产值（万元）｜86 500｜93 200\n"
       "单位产值综合能耗（tce/万元）｜0.147｜0.128"),
    ok("co longpara projects", NONE, "longpara-company",
       "我厂2025年共完成节能技改项目7项，总投资3 420万元，年节约标准煤2 150 tce，减少二氧化碳排放约5 600 t；"
       "新增屋顶光伏3.2 MW，当年发电310万kWh；员工节能培训覆盖1 280人次。"),
    ok("co longpara plan targets", NONE, "longpara-company",
       "按通则4.2 b)，公司制定了《2024—2030年绿色低碳发展规划》，2026年度量化目标为单位产品综合能耗0.385 tce/t、"
       "工业用水重复利用率93%、一般工业固体废物综合利用率98%，并成立由总经理任组长的13人领导小组。"),
    ok("co longpara company profile", NONE, "longpara-company",
       "2025年公司实现产值27.6亿元，同比增长9.3%；综合能耗3.15万tce；员工2 180人，其中研发人员326人；全年未发生安全生产事故。"),
    ok("cu company boiler plan", NONE, "minutes-company",
       "【纪要】皖江铜业拟于2026年实施闪速炉余热锅炉扩容，目标吨铜蒸汽回收量提高10%，预算1.2亿元，工期14个月。", CU),
    ok("cu company headcount", NONE, "wechat-company",
       "安全环保部现在28人，碳管理岗3人，今年再招2个，简历发我邮箱📧", CU),
    ok("pc company server line", NONE, "memo-company",
       "Client update: the server line will be expanded to 80 000 units a year, capex RMB 260 million, start of "
       "production planned for October 2026.", PC),
    # --- true facts beside company context ---
    ok("fact minutes annex C informative", S25, "minutes-fact",
       "会议明确：GB/T 36132-2025附录C是资料性附录，表C.1的权重仅供参考，我厂以本行业评价方案为准。"),
    ok("fact wechat 2022 vs market", GHG, "wechat-fact",
       "提醒一下：22年度全国电网平均因子0.5366和碳市场口径0.5703不是一回事，别混着用🙅"),
    ok("fact expert regional choice", GHG, "expert-fact",
       "专家意见：报告列出的2022年度西北区域电网因子0.5857、华中0.5395数值无误，但企业位于华东，应选用华东区域的0.5617。"),
    ok("fact slides conversions", S2589, "slides-fact",
       "• 1 kgce = 29 307 kJ\n• 电力当量值 0.1229 kgce/kWh（3 600 kJ/kWh）\n• 1 tce = 1 000 kgce"),
    ok("fact erratum 32150 dates", GHG, "erratum-fact",
       "【更正】上期简报将GB/T 32150-2025的实施日期误写为2025年12月31日（该日为发布日期），实施日期应为2026年7月1日。"),
    ok("fact phone lead and base", S25, "phone-fact",
       "顾问：嗯，引领值就是行业前5%左右那个水平，基准值是行业平均，您就记这两句就行，具体数字看行业方案。"),
    ok("cu fact identity", CU, "selftable-fact",
       "示例铜厂｜行业代码3211（铜冶炼）｜评价年度2022｜电网区域华东｜主要产品阴极铜、硫酸（98%）", CU),
    ok("cu fact platform gaps", CU, "wechat-fact",
       "示例铜厂平台9项功能，缺能效平衡与优化、供应链碳管理、碳资产管理这3项，不过已经超过引领值8项了👍", CU),
    ok("pc fact platform gaps", PC, "faq-fact",
       "问：示例电脑厂的能碳平台还缺哪些功能？\n答：已有10项，缺碳核查支撑和碳资产管理两项。", PC),
    ok("pc fact identity", PC, "memo-fact",
       "Profile: 南粤示例电脑, GB/T 4754 code 3911 (计算机整机制造), evaluation year 2023, national grid factor "
       "applies (no 2023 regional factor).", PC),
    *fam("faq tall warehouse floor area", S25, [
        ("faq-land",
         "问：我们有个层高13.5 m的单层仓库，占地6 000 m²，计容建筑面积算多少？\n"
         "答：层高超过8 m的楼层按两层计，计容建筑面积为{v} m²。", "12 000", ["18 000"])]),
    # --- full-width digits, Chinese percentages and fractions ---
    *fam("fullwidth 2023 factor", GHG, [
        ("wechat-fullwidth",
         "２３年度全国电网平均排放因子是{v} tCO2/MWh，出处生态环境部公告2025年第47号📌 别再用22年的了",
         "０.５３０６", ["０.５３６６"])]),
    *fam("chinese percent resource weight", S25, [
        ("slides-chinese",
         "• 表C.1示例：资源高效化一类占总分的{v}，下设四个二级指标", "百分之三十", ["百分之二十"])]),
    *fam("chinese percent land weight", S25, [
        ("faq-chinese",
         "问：用地集约化在表C.1里占多少？\n答：占{v}，示例中只有用地产出率一项。", "百分之八", ["百分之十"])]),
    *fam("platform fraction six of eight", S25, [
        ("phone-fraction",
         "顾问：平台功能满足6项的话，就是6分乘以八分之六，嗯，{v}分，满8项才拿满分。", "4.5", ["4.8"])]),
    *fam("fullwidth renewable points", S25, [
        ("selftable-fullwidth",
         "序号｜二级指标｜指标类型｜分值\n３｜可再生能源利用率｜正向定量｜{v}", "８", ["６"])]),
    *fam("fullwidth 2021 factor erratum", GHG, [
        ("erratum-fullwidth",
         "【更正】第５页２０２１年度全国电网平均排放因子应为{v} tCO2/MWh（生态环境部公告２０２４年第１２号），"
         "原稿误用了２０２２年度数值。", "０.５５６８", ["０.５５８６"])]),
]
