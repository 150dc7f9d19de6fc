"""blind17 genre ``chatbot``: a customer-service chatbot log (客服机器人对话) in which the user corrects the
bot; the line is right when the bot's corrected answer is right, and a mismatch when one number of the
corrected answer is still wrong. No line quotes the bot's first wrong number."""

from evals.checker.blind17_kit import CU, GHG, NONE, PC, S25, S2589, SCP, Item, fam, multi, ok

ITEMS: list[Item] = [
    ok("bot-hello", NONE, "chatbot-service",
       "机器人：您好，我是绿色制造咨询助手小绿，工单 #58213 已创建，人工顾问预计 2 个工作日内回复。"),
    *fam("bot-grid-year", GHG, [
        ("chatbot-correct", "用户：你把 2022 年的因子当成 2023 年的了。\n机器人：抱歉，您说得对：0.5366 是 2022 年度全国电网平均因子，"
                            "2023 年度应为 {v} tCO2/MWh（公告 2025 年第 47 号）。", "0.5306", ["0.5356"]),
    ]),
    *fam("bot-platform-full", S25, [
        ("chatbot-correct", "用户：我们能碳平台有 9 项功能，你怎么算成不达标？\n机器人：更正：该指标引领值为 8 项，9 项已达到引领值，"
                            "应得满分 {v} 分。", "6", ["8"]),
    ], CU),
    *fam("bot-linear", S25, [
        ("chatbot-correct", "用户：你没按线性插值算。基准 85%、引领 95%，我们 91.4%，分值 6 分。\n机器人：抱歉，应为 "
                            "6 × (91.4 − 85) ÷ (95 − 85) = {v} 分。", "3.84", ["4.38"]),
    ], CU),
    *fam("bot-solid-denominator", S25, [
        ("chatbot-correct", "用户：分母还要加历年贮存的利用量吧？\n机器人：是的，Kr = Zr/(Z+Zw)，53 ÷ (56 + 2) × 100% ≈ {v}%，"
                            "之前只除以产生量是错的。", "91.4", ["93.1"]),
    ], CU),
    *fam("bot-plot-8m", S25, [
        ("chatbot-correct", "用户：层高超过 8 m 的楼层是加倍计的。\n机器人：您说得对，按 B.27，层高超过 {v} m 的楼层建筑面积按两倍计入"
                            "总建筑面积，我已重新计算。", "8", ["10"]),
    ]),
    *fam("bot-dates", S25, [
        ("chatbot-correct", "用户：你把两个标准的实施日期搞混了。\n机器人：抱歉。GB/T 36132-2025 于 {v} 发布并实施；GB/T 32150-2025 "
                            "则自 2026-07-01 起实施。", "2025-12-31", ["2026-01-01"]),
    ]),
    *multi("bot-diesel", S2589, "chatbot-correct",
           "用户：柴油系数你用成汽油的了。\n机器人：确实，柴油应为 {d} kgce/kg，{g} kgce/kg 是汽油、煤油的系数。",
           {"d": "1.4571", "g": "1.4714"}, {"d": ["1.4517"], "g": ["1.4286"]}),
    *fam("bot-disclosure", SCP, [
        ("chatbot-correct", "用户：信息披露的项数你数错了。\n机器人：抱歉，绿色供应链评价中信息披露共{v}项、每项 2.5 分，满分 10 分。",
         "四", ["五"]),
    ]),
    *multi("bot-pc-renewable", S25, "chatbot-correct",
           "用户：市场化购入的绿电也算可再生吧？\n机器人：是的，已更正：光伏 600 万kWh + 绿电 900 万kWh = {s} 万kWh，折 1 843.5 tce，"
           "除以综合能耗 8 010.292 tce，可再生能源利用率约 {r}%。",
           {"s": "1 500", "r": "23.0"}, {"r": ["9.2"]}, PC),
    *fam("bot-cu-reuse", S25, [
        ("chatbot-correct", "用户：重复利用率的分母是 V + Vr。\n机器人：对不起，应为 5 760 ÷ (240 + 5 760) × 100% = {v}%。", "96.0",
         ["94.0"]),
    ], CU),
    *fam("bot-heat", GHG, [
        ("chatbot-correct", "用户：热力缺省因子新版是 0.11 吧？\n机器人：是的，GB/T 32150-2025 给出 0.11 tCO2/GJ，贵厂购入 5 000 GJ "
                            "对应 {v} tCO2。", "550", ["505"]),
    ]),
    *fam("bot-c1-count", S25, [
        ("chatbot-correct", "用户：示例表的二级指标你少数了一个。\n机器人：感谢指正，表C.1 共有 {v} 个二级指标。", "14", ["13"]),
    ]),
    *fam("bot-platform-base", S25, [
        ("chatbot-correct", "用户：平台功能那项的基准值不是 1 项。\n机器人：抱歉，表C.1 中该项基准值为 {v} 项，引领值为 8 项。", "0", ["2"]),
    ]),
    ok("bot-rating", NONE, "chatbot-service",
       "机器人：感谢您的纠正！请对本次服务打分（1—5 分），您的反馈将用于改进回答。\n用户：4 分。"),
    ok("bot-handoff", NONE, "chatbot-service",
       "机器人：该问题已转人工，当前排队 3 人，预计等待 6 分钟。您也可拨打 400 热线，工作时间 9:00—18:00。"),
    ok("bot-user-data", NONE, "chatbot-service",
       "用户：我们 2023 年产值 98 亿元，员工 5 200 人，帮我把这两个数记到草稿里。\n机器人：好的，已记录。", PC),
    ok("bot-weights-fixed", S25, "chatbot-correct",
       "用户：产品绿色化的权重你写错了。\n机器人：抱歉，已更正：表C.1 中产品绿色化权重为 16%，与生产洁净化相同，其下绿色设计和产品碳足迹各 8 分。"),
    ok("bot-zero", S25, "chatbot-correct",
       "用户：低于基准值是零分，不是按比例。\n机器人：您说得对，按 5.2 条，低于基准值得 0 分，达到或优于引领值得满分，两者之间宜按线性比例或区间计分。"),
]
