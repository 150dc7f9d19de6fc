"""Company numbers no document fixes (meetings, headcounts, budgets, targets, phone numbers), mostly
ok lines in every genre, plus mismatch lines whose sum or share of the company's own figures is wrong."""

from __future__ import annotations

from evals.checker.blind14_kit import GHG, NONE, S25, S2589, SCP, fam, ok

ITEMS = [
    ok("co 会议", NONE, "doc-policy", "会议纪要要点（3 月 18 日，3 号楼 402 会议室，14 人参会）：\n• 可再生能源利用率按 B.5 计算，表C.1 分值 8 分\n• 下次会议 4 月 8 日"),
    ok("co 会议", NONE, "mixed-english", "Kick-off meeting on 2026-04-02 with 11 participants from EHS, Finance and Production; next check-in in two weeks."),
    ok("co 会议", NONE, "asst-long", "您提到的第二次推进会定在 4 月 15 日下午 2 点，建议会上先过一遍基本要求的三项（4.2 a、b、c），再分工准备五类一级指标的证据材料。"),
    ok("co 会议", NONE, "doc-ocr", "绿色工厂创建工作领导小组第 3 次会议纪要\n时间：2026 年 3 月 20 日 9:30\n参会：18 人\n— 1 —"),
    ok("co 人员", NONE, "doc-numerals", "能源管理部现有专职人员七名、兼职能源管理员二十三名，覆盖全部十二个车间。"),
    ok("co 人员", NONE, "doc-sheet", "部门\t专职\t兼职\n能源管理部\t4\t2\n安全环保部\t5\t3\n合计\t9\t5"),
    *fam("co 人员", NONE, [
        ("doc-sheet", "车间\t人数\n熔炼\t420\n电解\t380\n制酸\t150\n合计\t{v}", "950", ["990"]),
        ("asst-long", "按您给的数据，一线员工 1 350 人、管理和技术人员 450 人，全厂 1 800 人，管理技术人员占比为 {v}。", "25%", ["30%"]),
    ]),
    ok("co 预算", NONE, "doc-policy", "☑ 2026 年节能降碳专项预算 2 600 万元已经董事会批准（含光伏二期 1 150 万元）"),
    ok("co 预算", NONE, "asst-calc", "余热回收项目投资 600 万元，年节约天然气约 80 万m³，按 1.2143 kgce/m³ 折约 971.4 tce；按燃气单价 3.5 元/m³ 算，年省 280 万元，静态回收期约 2.1 年。"),
    ok("co 预算", NONE, "mixed-english", "Green factory project budget: CNY 4.6 million for 2026, of which CNY 0.3 million for third-party carbon footprint studies."),
    *fam("co 预算合计", NONE, [
        ("asst-calc", "技改投资：空压站变频 260 万元、屋顶光伏二期 1 150 万元、LED 照明 90 万元，合计 {v} 万元。", "1 500", ["1 600"]),
        ("doc-numerals", "三个项目分别投资四百万元、三百五十万元和二百五十万元，共计{v}万元。", "一千", ["九百"]),
    ]),
    ok("co 目标", NONE, "doc-policy", "集团“十五五”目标（企业自定）：到 2030 年单位产品综合能耗比 2025 年下降 12%，可再生电力占比达到 35%。"),
    ok("co 目标", NONE, "asst-long", "一般来说，年度量化目标要写成可核查的数字，比如“2026 年单位产值取水量下降 5%、固废综合利用率提高到 95%”。这正是 4.2 b) 要求的“年度量化目标”，具体数值由企业自己定。"),
    ok("co 目标", NONE, "doc-numerals", "公司承诺二〇二八年前实现办公区百分之百绿电，厂区光伏装机约 ８ 兆瓦。"),
    ok("co 目标", NONE, "mixed-english", "Target for FY2027: renewable share 30%, water reuse above 95%, zero landfill of general solid waste."),
    *fam("co 目标计算", NONE, [
        ("asst-calc", "2025 年单位产品能耗 0.50 tce/t，目标 2026 年下降 6%，即降至 {v} tce/t。", "0.47", ["0.44"]),
        ("asst-calc", "去年取水 24 万m³，今年 22.8 万m³，同比下降 {v}。", "5%", ["6%"]),
    ]),
    ok("co 联系", NONE, "doc-policy", "联系人：能源管理部 赵工，电话 020-81234567，邮箱 energy@example.invalid；材料请于 5 月 10 日前发送。"),
    ok("co 联系", NONE, "doc-ocr", "申报单位联系人：李示例  电话：0551-6555 1234\n传真：0551-6555 1235\n第 2 页"),
    ok("co 联系", NONE, "mixed-english", "Contact: Mr. Wang, +86 20 8123 4567 (ext. 302), available Mon–Fri 9:00–17:30."),
    ok("co 日期", NONE, "doc-sheet", "任务\t负责人\t完成日期\n水平衡测试\t张三\t2026-05-31\n碳足迹报告\t李四\t2026-06-30\n自评价报告初稿\t王五\t2026-07-15"),
    ok("co 日期", NONE, "doc-policy", "• 第 1 周：收集 2025 年能源台账\n• 第 3 周：完成碳排放核算（2025 年度）\n• 第 6 周：自评价报告定稿，共计约 80 页"),
    ok("co 日期", NONE, "asst-long", "时间安排上，6 月底前完成数据收集，7 月中旬出初稿，8 月 20 日前内部评审。需要注意的是，评价年度的能耗和碳排放边界要一致，统计年度也要一致。"),
    ok("co 电费", NONE, "doc-sheet", "季度\t用电量(MWh)\t电费(万元)\nQ1\t3 520\t246\nQ2\t3 880\t272\n上半年\t7 400\t518"),
    *fam("co 电费", NONE, [
        ("doc-sheet", "季度\t用电量(MWh)\nQ3\t4 100\nQ4\t3 900\n下半年\t{v}", "8 000", ["8 200"]),
        ("asst-calc", "下半年用电 8 000 MWh，按 2023 年度全国因子 0.5306，排放 {v} tCO₂。", "4 244.8", ["4 424.8"]),
    ]),
    ok("co 混合事实", S25, "asst-long", "贵司 2025 年固废产生 3 200 t、综合利用 2 976 t，利用率 93%。在表C.1 里这一项分值 6 分，属于资源高效化（权重 30%）。"),
    ok("co 混合事实", S25, "doc-policy", "☑ 工业用水重复利用率：本厂 2025 年 93.5%（水平衡测试报告编号 SPT-2025-07），表C.1 分值 8 分"),
    ok("co 混合事实", GHG, "mixed-english", "Our 2023 purchased electricity of 21,400 MWh gives 11,354.84 tCO2 at the 2023 national factor 0.5306."),
    *fam("co 混合事实", S2589, [
        ("asst-calc", "贵厂 2025 年柴油 120 t，× 1.4571 kgce/kg = {v} tce。", "174.852", ["147.852"]),
    ]),
    ok("co 供应链", SCP, "doc-policy", "供应链小组（5 人）本季度完成 46 家供应商的现场审核，对应评价要求中“供应商定期审核”3 分。"),
    ok("co 供应链", SCP, "asst-long", "贵司目前 320 家供应商里低风险的有 256 家，占 80%；这一项在绿色供应链管理评价里是 4 分，具体得分要看当年申报通知的评分细则。"),
    *fam("co 供应链", NONE, [
        ("asst-calc", "您给的数据是 320 家供应商中低风险 256 家，占比为 {v}。", "80%", ["75%"]),
    ]),
    ok("co 培训", NONE, "doc-policy", "• 内训计划：4 月 9 日、4 月 23 日各一场，每场 40 人，讲师 2 名，预算 3.2 万元"),
    ok("co 培训", NONE, "mixed-english", "Training log: 3 sessions in Q1, 96 attendees in total, average score 87/100 on the GB/T 36132-2025 quiz."),
    ok("co 培训", NONE, "doc-numerals", "本年度共组织绿色制造培训十二场，累计培训一千零八十人次，人均学时约六小时。"),
    ok("co 培训", NONE, "doc-ocr", "二〇二六年度员工培训计划\n绿色工厂专题 4 场 · 每场 2 学时\n— 第 5 页 —"),
    ok("co 设备", NONE, "doc-sheet", "设备编号\t名称\t功率(kW)\t台数\nAC-01\t螺杆空压机\t250\t3\nAC-02\t离心空压机\t400\t2\nCT-01\t冷却塔\t55\t6"),
    ok("co 设备", NONE, "asst-long", "贵厂 3 台 250 kW 螺杆机和 2 台 400 kW 离心机，装机合计 1 550 kW；建议先对 2 台离心机做变频改造，预计节电 12% 左右（以厂家测算为准）。"),
    ok("co 设备", NONE, "doc-numerals", "冷却塔共六台，单台功率 ５５ kW，年运行约七千二百小时。"),
    ok("co 光伏", NONE, "asst-calc", "贵厂屋顶可用面积约 30 000 m²，按每平方米 0.2 kW 估算装机约 6 MW，年发电按 1 100 小时估约 660 万kWh（估算，非标准值）。"),
    ok("co 光伏", NONE, "mixed-english", "Rooftop PV phase I: 4.2 MWp, commissioned 2024-09-30, 4.6 GWh generated in 2025, O&M contract 8 years."),
    ok("co 光伏", NONE, "doc-sheet", "{\"pv_phase\": 2, \"capacity_mwp\": 3.5, \"capex_wan_yuan\": 1150, \"expected_kwh\": 3850000, \"cod\": \"2026-10-31\"}"),
    ok("co 台账", NONE, "doc-sheet", "| 月份 | 天然气 (万m³) | 柴油 (t) |\n|---|---|---|\n| 1 月 | 8.2 | 1.6 |\n| 2 月 | 7.5 | 1.4 |\n| 合计 | 15.7 | 3.0 |"),
    ok("co 台账", NONE, "doc-ocr", "能源统计月报（2026 年 2 月）\n用电量 612.4 万kWh  同比 -3.1%\n天然气 7.5 万m³\n填报人：周示例"),
    *fam("co 台账", NONE, [
        ("doc-sheet", "| 月份 | 用电量 (万kWh) |\n|---|---|\n| 1 月 | 640.5 |\n| 2 月 | 612.4 |\n| 合计 | {v} |", "1 252.9", ["1 225.9"]),
    ]),
    ok("co 台账", NONE, "asst-long", "从您贴的月报看，2 月用电 612.4 万kWh，比 1 月的 640.5 万kWh 少了约 28.1 万kWh，主要是春节停产；年度对比时建议用全年累计值。"),
    ok("co 认证", NONE, "doc-policy", "☑ 四体系证书有效期至 2027 年 6 月 30 日（证书编号 Q-2024-031、E-2024-031、En-2024-031、S-2024-031）"),
    ok("co 认证", NONE, "mixed-english", "ISO 14001 / ISO 50001 recertification audit scheduled for 12–14 May 2026, 2 auditors, 3 days on site."),
]
