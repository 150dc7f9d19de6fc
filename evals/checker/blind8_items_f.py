"""Blind set 8, part f: more chat turns, quiz items, flash cards, comparisons and inverted order;
ITEMS without a profile, PROFILED with one of the two sample profiles.

ITEMS: (text, expected, error_text, correct, subject, source, phrasing);
PROFILED: (profile, text, expected, error_text, correct, subject, source, phrasing).
"""

from __future__ import annotations

S25 = "corpus/standards/GB_T_36132-2025.md"
C1 = S25 + " 表C.1"
GRID = "green-manufacturing-facts.md §4 grid factors (M); grid_factors.yaml"
SC = "corpus/guides/supply-chain-and-park.md (586号, M)"
CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"


def OK(text: str, subject: str, source: str, phrasing: str) -> tuple:
    return (text, "ok", None, None, subject, source, phrasing)


def MM(text: str, err: str, cor: str, subject: str, source: str, phrasing: str) -> tuple:
    return (text, "mismatch", err, cor, subject, source, phrasing)


ITEMS: list[tuple] = [
    OK("问：绿色工厂定义里有几个“化”？\n答：五个：能源低碳化、资源高效化、生产洁净化、产品绿色化、用地集约化，"
       "覆盖规划、建设、运行三个阶段。",
       "3.1 definition", S25 + " 3.1", "qa"),
    MM("问：2018版定义呢？\n答：2018版也是五个“化”，其中只有两项和2025版的说法相同。",
       "两项", "三项（用地集约化、生产洁净化、能源低碳化）", "2018 vs 2025 definition",
       "corpus/standards/GB_T_36132-2018.md 3.1 (M)", "qa-followup"),
    OK("问：B.5 里绿证能算吗？\n答：能，单独购买的绿证可以计入，但同一份可再生电量只能按一种途径计入一次。",
       "B.5 GEC", S25 + " 附录B B.5", "qa"),
    MM("填空：B.5 中可再生电力可计入的来源有（ ）类。答案：3类：自发自用、市场化交易绿电、绿证。",
       "3类", "4类（另有专线供电且有结算凭证的可再生电力）", "B.5 source count", S25 + " 附录B B.5", "quiz-fill"),
    OK("填空：容积率计算中，层高超过（ ）m 的楼层按两层计。答案：8。",
       "storey height", S25 + " 附录B B.27", "quiz-fill"),
    MM("【卡片】B.11｜Kr = Zr/(Z+Zw)×100%｜Zw：评价年综合利用的往年贮存量｜见式（B.12）",
       "式（B.12）", "式（B.11）", "B.11 equation number", S25 + " 附录B B.11", "flashcard"),
    OK("【卡片】B.24｜n = N / A｜N 按换算系数折合为代表产品｜式（B.24）、（B.25）",
       "B.24 equations", S25 + " 附录B B.24", "flashcard"),
    MM("问：4.2 基本要求一共几条？\n答：4.2 列了 a)、b)、c) 共四条。",
       "四条", "三条", "4.2 item count", S25 + " 4.2", "qa"),
    OK("问：引领值和基准值谁定？\n答：行业标准或评价方案定（4.4）；表C.1 里引领值、基准值写成具体项数的只有能碳平台：8 项和 0 项。",
       "lead/base values", S25 + " 4.4；表C.1", "qa"),
    MM("说白了，满分 100 分，五大类里用地集约化最少，只有 6 分。",
       "6 分", "8 分", "land class weight", C1, "colloquial"),
    OK("说白了，能源和资源两类各 30 分，洁净化、产品各 16 分，用地 8 分，一共 100 分。",
       "class weights", C1, "colloquial"),
    MM("问：华北和南方电网 2022 年差多少？\n答：0.6776 减 0.3869，差不多差 0.19。",
       "0.19", "0.29", "regional factor difference", GRID, "compare-region"),
    OK("2022 年西南电网 0.2268，还不到华北 0.6776 的一半。",
       "Southwest vs North", GRID, "compare-region"),
    OK("全国平均因子 2021 年 0.5568、2022 年 0.5366、2023 年 0.5306，逐年下降。",
       "national factors by year", GRID, "compare-year"),
    MM("2022 年到 2023 年全国平均因子只降了 0.0006。",
       "0.0006", "0.0060", "year-on-year difference", GRID, "compare-year"),
    OK("电力等价值常用 0.3～0.4 kgce/kWh，大约是当量值 0.1229 的 2.4～3.3 倍。",
       "equivalent vs calorific", "corpus/standards/GB_T_2589-2020.md 3.2、3.3", "compare-coef"),
    OK("In GB/T 2589, 1 kWh of electricity holds 3 600 kJ, so the 当量值 is 0.1229 kgce/kWh.",
       "electricity calorific coefficient", "corpus/standards/GB_T_2589-2020.md 3.2", "english-mix"),
    MM("The 2023 national grid factor (全国电网平均排放因子) is 0.5366 kgCO2/kWh.",
       "0.5366 kgCO2/kWh", "0.5306 kgCO2/kWh", "2023 national grid factor", GRID, "english-mix"),
    OK("问：供应链评价里绿色回收几分？\n答：20 分，四项各 5 分。",
       "recycling points", SC, "qa"),
    MM("问：那绿色信息平台呢？\n答：供应链评价里信息平台建设 5 分。",
       "5 分", "10 分", "info platform points", SC, "qa-followup"),
    OK("判断：绿色园区管理机构至少配 1 名专职人员。答：错，至少 2 名专职工作人员。",
       "park staff", "corpus/guides/supply-chain-and-park.md 3.1 (M)", "tf-corrected"),
    MM("判断：GB/T 36132-2025 于 2026 年 1 月 1 日实施。答：正确。",
       "2026 年 1 月 1 日", "2025 年 12 月 31 日", "effective date", S25 + " 前言", "quiz-tf"),
    OK("【单选】表C.1 中分值为 4 分的指标是哪一项？答案：绿色低碳改造投资占比，它是唯一的 4 分项。",
       "4-point row", C1 + " 序号10", "quiz-choice"),
    OK("表C.1 里 6 分的有 4 项，8 分的有 9 项，4 分的 1 项，合起来正好 100 分。",
       "points distribution", C1, "two-values"),
    MM("表C.1 里 8 分的指标一共 8 项。",
       "8 项", "9 项（序号1、2、3、5、6、7、12、13、14）", "8-point row count", C1, "stmt"),
    OK("0 分是劣于基准值时的得分，满分是达到或优于引领值时的得分。",
       "5.2 boundaries", S25 + " 5.2", "inverted"),
    MM("0.3869 是 2022 年华中电网的排放因子。",
       "0.3869", "0.5395", "Central grid factor", GRID, "inverted"),
    OK("0.5617 是华东电网 2022 年的排放因子。",
       "East grid factor", GRID, "inverted"),
    OK("五年，是连续三次抽查合格以后免于抽查的年限。",
       "spot check exemption", "green-manufacturing-facts.md §1 (M)", "inverted"),
]

PROFILED: list[tuple] = [
    (CU, "问：这家厂 SO2 产生强度呢？\n答：产生 5.2 万 t，合单位产品 260 kg/t，但计分用的是排放量 1.9 kg/t。",
     "ok", None, None, "SO2 generated per product", "profile pollutants SO2 (B.20, B.22)", "profile-qa"),
    (CU, "问：废水呢？\n答：单位产品废水排放量 3 t/t。",
     "mismatch", "3 t/t", "1.5 t/t", "wastewater discharged per product", "profile wastewater (B.14 position M)",
     "profile-qa-followup"),
    (CU, "单位产品废水产生量 4.5 t/t（90 万 t ÷ 20 万 t）。",
     "ok", None, None, "wastewater generated per product", "profile wastewater (B.12 position M)", "profile-calc"),
    (PC, "问：这家厂重复利用率离引领值还差多少？\n答：实际 20%，引领值 30%，差 10 个百分点。",
     "ok", None, None, "water reuse gap", "profile water + schemes/illustrative-computer-manufacturing.yaml",
     "profile-qa"),
    (PC, "问：那固废呢？\n答：94%，比基准值 85% 高了 19 个百分点。",
     "mismatch", "19 个百分点", "9 个百分点", "solid waste gap", "profile solid_waste + scheme", "profile-qa-followup"),
    (PC, "Computer plant: 可再生能源利用率 23.01%, above the base value 5% but below the lead 30%.",
     "ok", None, None, "renewable rate", "profile renewable + scheme", "profile-english"),
    (CU, "Copper plant: 单位产品取水量 is 1.2 m³/t.",
     "mismatch", "1.2 m³/t", "12 m³/t", "water per product (×10)", "profile water (B.8)", "profile-english"),
    (PC, "电脑厂固废那项 5.4 分，利用率再高一个百分点就满分了。",
     "ok", None, None, "solid waste score", "profile solid_waste + scheme (lead 95)", "profile-colloquial"),
    (CU, "铜厂总分 60.85，比 60 分的示意线也就多 0.85 分。",
     "ok", None, None, "total margin", "profile + scheme pass_mark (illustrative)", "profile-colloquial"),
    (PC, "电脑厂能源低碳化四项：平台 6 分、可再生 5.76、碳排放 5.23、能耗 3.37 分。",
     "mismatch", "3.37 分", "4.37 分", "energy intensity score", "profile + scheme", "profile-list"),
]
