"""Blind set 12, part H: more follow-up chat and recalculations (with and without a profile),
申报书 fields, mixed English, site records and 4.3 / B.5 training points."""

from __future__ import annotations

from evals.checker.blind12_kit import CU, GRID, PC, S18, S25, S2589, mm, ok

C1 = f"{S25} 附录C 表C.1"
AB = f"{S25} 附录B"
TA = f"{S2589} 表A.1"
SCU = f"{CU}; {S25} 5.2 (scheme illustrative-copper-smelting)"
SPC = f"{PC}; {S25} 5.2 (scheme illustrative-computer-manufacturing)"

ITEMS = [
    ok("问：2025 版用地集约化看哪几个指标？\n答：用地产出率、建筑系数、容积率，计算见 B.24 至 B.27。\n追问：那2018版呢？\n答：2018 版用地集约化绩效指标是容积率、建筑密度、单位用地面积产能（或产值）3 项。",
       "2018 land", f"{S18} 10.1; {S25} 4.3.5", "chat-followup"),
    mm("问：那2018版的绿色工厂定义有几个“化”？\n答：四个。",
       "四个", "五个", "2018 definition", f"{S18} 3.1", "chat-followup"),
    ok("问：2025 版基本要求是一票否决吗？那 2018 版呢？\n答：2018 版基本要求实行一票否决；2025 版满足 4.2 是判定为绿色工厂的前提（6.2）。",
       "veto", f"{S18} 4; {S25} 6.2", "chat-followup"),
    mm("问：2018 版什么时候不再现行？\n答：被 GB/T 36132-2025 代替，自 2026 年 1 月 1 日起不再现行。",
       "2026 年 1 月 1 日", "2025 年 12 月 31 日", "2018 superseded", f"{S18} 说明", "chat-followup"),
    ok("问：建筑物 6 万m²、构筑物 1 万m²、用地 20 万m²，建筑系数多少？\n答：35%。\n追问：再加上堆场 1 万m²，再算一次。\n答：8/20＝40%。",
       "recalc building coefficient", AB, "chat-recalc"),
    mm("追问：用地换成 16 万m² 再算一次（建筑物 6 万m²、构筑物 1 万m²、堆场 1 万m²）。\n答：建筑系数 45%。",
       "45%", "50%", "recalc building coefficient", AB, "chat-recalc"),
    ok("问：取水量换成 30 万m³ 再算一次单位产值取水量？\n答：30 万m³/98 亿元≈0.306 m³/万元，得 8×(0.8－0.306)/0.5≈7.90 分。",
       "recalc water", SPC, "chat-recalc", PC),
    mm("问：VOCs 排放换成 8 t 再算一次？\n答：8 t/98 亿元≈0.0082 kg/万元，得 5.03 分。",
       "5.03", "5.24", "recalc VOCs", SPC, "chat-recalc", PC),
    ok("问：取水量换成 200 万m³ 再算一次？\n答：单位产品取水量 10 m³/t，得 8×(16－10)/8＝6 分。",
       "recalc water", SCU, "chat-recalc", CU),
    mm("问：把往年贮存利用量换成 0 再算一次固废综合利用率？\n答：53/56≈94.64%，得 5.46 分。",
       "5.46", "5.86", "recalc solid waste", SCU, "chat-recalc", CU),
    ok("申报书·基本信息：所属行业 计算机整机制造（GB/T 4754 代码 3911），申报级别 国家级，评价年度 2023 年。",
       "application fields", PC, "application-field", PC),
    ok("申报书·基本信息：阴极铜产量 20 万t，硫酸（98%）产量 75 万t，申报级别 省级。",
       "application fields", CU, "application-field", CU),
    mm("申报书·主要产品：阴极铜合格品产量 2 万t。",
       "2 万t", "20 万t", "application output", CU, "application-field", CU),
    mm("申报书·产能：服务器年产能 6 万台，按工时定额换算系数 8.0 折台式机。",
       "8.0", "6.0", "server factor", f"{AB} B.24; {PC}", "application-field", PC),
    ok("The lead value (引领值) stands for roughly the top 5% of the industry; the base value (基准值) for the industry average.",
       "mixed-en lead base", f"{S25} 4.4", "mixed-en"),
    mm("Table C.1 gives the energy-carbon platform indicator a lead value of 12 items.",
       "12 items", "8 items", "mixed-en platform lead", C1, "mixed-en"),
    ok("Grid factor 2023: 0.5306 kgCO2/kWh（生态环境部公告2025年第47号）.",
       "mixed-en grid 2023", GRID, "mixed-en"),
    mm("In the 2022 data, the Southwest (西南) grid factor was 0.2286 tCO2/MWh.",
       "0.2286", "0.2268", "mixed-en Southwest grid", GRID, "mixed-en"),
    ok("现场核查记录：查阅能源统计报表 12 个月，电力、天然气、柴油分别按 0.1229 kgce/kWh、1.2143 kgce/m³、1.4571 kgce/kg 折标，口径正确。",
       "site coefficients", TA, "site-record"),
    mm("现场核查记录：外购低压蒸汽按 0.1268 kgce/kg 折标，口径正确。",
       "0.1268", "0.1286", "steam", TA, "site-record"),
    ok("评价结论：企业满足 GB/T 36132-2025 4.2 的 3 项基本要求；按 6.2，还需评价结果达到评价指标的要求，方可判定为绿色工厂。",
       "conclusion 6.2", f"{S25} 4.2 6.2", "report-conclusion"),
    mm("易错点：表C.1 示例中的绿色设计报告依据 GB/T 24265 编制。",
       "GB/T 24265", "GB/T 24256", "green design standard", f"{S25} 4.3.4", "training-pitfall"),
    ok("考点：B.5 可再生电力可计入 4 种来源——自发自用、市场化交易绿电、专线供电且有结算凭证、单独购买的绿证，同一电量只计一次。",
       "B.5 sources", f"{AB} B.5", "training-slide"),
    mm("考点：B.5 规定可再生电力可计入的来源共 3 种。",
       "3 种", "4 种", "B.5 sources", f"{AB} B.5", "training-slide"),
    ok("考点：4.3.1 注中列举的可再生能源有 6 种：水能、风能、太阳能、生物质能、地热能、海洋能。",
       "renewable kinds", f"{S25} 4.3.1", "training-slide"),
    mm("4.3.2 资源高效化重点考虑 5 项指标：原材料消耗强度、取水强度、工业用水重复利用率、一般工业固体废物综合利用率。",
       "5 项", "4 项", "4.3.2 count", f"{S25} 4.3.2", "training-slide"),
    ok("4.3.3 生产洁净化重点考虑三方面：先进工艺与装备、绿色低碳改造升级、主要污染物产生强度或排放强度。",
       "4.3.3 count", f"{S25} 4.3.3", "training-slide"),
    mm("4.3.5 用地集约化重点考虑 2 项：用地产出率、建筑系数、容积率。",
       "2 项", "3 项", "4.3.5 count", f"{S25} 4.3.5", "training-slide"),
]
