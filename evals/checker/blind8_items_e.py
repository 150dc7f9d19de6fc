"""Blind set 8, part e: lines checked with the computer-assembly profile (2023, national grid
factor, scheme illustrative-computer-manufacturing). Values from `assistant.cli score`, recomputed
by hand (README).

Each item: (profile, text, expected, error_text, correct, subject, source, phrasing).
"""

from __future__ import annotations

P = "corpus/examples/computer-assembly.yaml"
SCH = "schemes/illustrative-computer-manufacturing.yaml"


def OK(text: str, subject: str, source: str, phrasing: str) -> tuple:
    return (P, text, "ok", None, None, subject, source, phrasing)


def MM(text: str, err: str, cor: str, subject: str, source: str, phrasing: str) -> tuple:
    return (P, text, "mismatch", err, cor, subject, source, phrasing)


ITEMS: list[tuple] = [
    OK("问：这家电脑厂的单位产值综合能耗是多少？\n答：约 0.0082 tce/万元，得 4.37 分。",
      "energy per value", "profile energy.table, products (B.2) + " + SCH, "profile-qa"),
    MM("单位产值综合能耗约 0.082 tce/万元。",
      "0.082 tce/万元", "0.0082 tce/万元", "energy per value (×10)", "profile (B.2)", "profile-stmt"),
    OK("总产值 98 亿元：台式机 42 亿、笔记本 36 亿、服务器 20 亿。",
      "output value", "profile products output_value", "profile-list"),
    MM("三类产品产值合计 96 亿元。",
      "96 亿元", "98 亿元", "output value sum", "profile products output_value", "profile-calc"),
    OK("综合能耗约 8010.29 tce，其中电力 6000 万kWh 折 7374 tce。",
      "total energy", "profile energy.table × GB/T 2589", "profile-two-values"),
    MM("天然气 50 万 m³ 折标约 665 tce。",
      "665 tce", "607.15 tce（默认 1.2143）", "natural gas tce (oil-field coefficient)", "profile energy.table 天然气", "profile-calc"),
    OK("外购电 5400 万kWh（扣除 600 万kWh 自发光伏），按 2023 年全国 0.5306 计。",
      "grid electricity", "profile energy, renewable, carbon.grid_region 全国; grid_factors.yaml", "profile-aside"),
    MM("这家厂外购电排放按 2023 年南方电网 0.3869 计算。",
      "0.3869", "0.5306（2023 年无区域因子，画像用全国）", "grid factor used", "profile carbon.grid_region 全国", "profile-stmt"),
    OK("碳排放合计约 29795 tCO2，单位产值约 0.0304 tCO2/万元。",
      "carbon per value", "profile (B.4)", "profile-two-values"),
    MM("单位产值 CO2 排放量约 0.0340 tCO2/万元。",
      "0.0340 tCO2/万元", "0.0304 tCO2/万元", "carbon per value (digit swap)", "profile (B.4)", "profile-stmt"),
    OK("碳排放强度这项得 5.23 分（8 分满分）。",
      "carbon score", "profile + " + SCH, "profile-aside"),
    MM("碳排放强度得分 = 8×(0.05−0.0304)/(0.05−0.02) ≈ 6.23 分。",
      "6.23 分", "5.23 分", "carbon score", "profile + " + SCH, "profile-calc"),
    OK("可再生能源利用率约 23%：光伏 600 万 + 绿电 900 万kWh，折 1843.5 tce。",
      "renewable rate", "profile renewable (B.5)", "profile-calc"),
    MM("可再生电力 1500 万kWh 折 184.35 tce。",
      "184.35 tce", "1843.5 tce", "renewable tce (×10)", "profile renewable × 0.1229", "profile-calc"),
    OK("可再生能源利用率那项得 5.76 分。",
      "renewable score", "profile + " + SCH, "profile-stmt"),
    MM("可再生能源利用率 23.01%，得分 8×(23.01−5)/(30−5)≈5.67 分。",
      "5.67 分", "5.76 分", "renewable score (digit swap)", "profile + " + SCH, "profile-calc"),
    OK("平台功能 10 项，没到 12 项全满，但超过引领值 8 项，照样满分 6 分。",
      "platform score", "profile platform_functions + " + SCH, "profile-colloquial"),
    MM("问：平台那项几分？\n答：10 项功能，得 5 分。",
      "5 分", "6 分", "platform score", "profile platform_functions + " + SCH, "profile-qa"),
    OK("原材料 4.2 万t / 98 亿元，约 0.0429 t/万元，得 4.57 分。",
      "raw material per value", "profile raw_materials (B.7) + " + SCH, "profile-calc"),
    MM("单位产值原材料消耗量约 0.0492 t/万元。",
      "0.0492 t/万元", "0.0429 t/万元", "raw material per value (digit swap)", "profile (B.7)", "profile-stmt"),
    OK("单位产值取水量约 0.39 m³/万元，得分约 6.60。",
      "water per value", "profile water (B.9) + " + SCH, "profile-stmt"),
    MM("取水 38 万 m³，单位产值取水量约 3.88 m³/万元。",
      "3.88 m³/万元", "0.388 m³/万元", "water per value (×10)", "profile water (B.9)", "profile-calc"),
    OK("重复利用水量 9.5 万m³、取水 38 万m³，重复利用率 20%，正好在 10% 和 30% 中间，得 4 分。",
      "water reuse", "profile water (B.10) + " + SCH, "profile-calc"),
    MM("重复利用率 = 95000/380000 = 25%。",
      "25%", "20%（分母为 V + Vr）", "water reuse (wrong denominator)", "profile water (B.10)", "profile-calc"),
    OK("固废产生 6500 t，利用 6110 t，利用率 94%，得 5.4 分。",
      "solid waste", "profile solid_waste (B.11) + " + SCH, "profile-calc"),
    MM("固废综合利用率 94%，离引领值 95% 只差一点，得 5.6 分。",
      "5.6 分", "5.4 分", "solid waste score", "profile + " + SCH, "profile-colloquial"),
    OK("改造投资 6000 万元，近 3 年产值 270 亿元，占比约 0.22%。",
      "retrofit share", "profile retrofit", "profile-calc"),
    MM("绿色低碳改造投资占比 0.22%，得 1.42 分。",
      "1.42 分", "1.22 分", "retrofit score", "profile retrofit + " + SCH, "profile-stmt"),
    OK("VOCs 排放 12.5 t，单位产值约 0.0128 kg/万元，得 4.14 分。",
      "VOCs per value", "profile pollutants VOCs (B.23) + " + SCH, "profile-calc"),
    MM("单位产值 VOCs 排放量约 0.128 kg/万元。",
      "0.128 kg/万元", "0.0128 kg/万元", "VOCs per value (×10)", "profile pollutants (B.23)", "profile-stmt"),
    OK("产品绿色化：绿色设计 8 分；碳足迹只覆盖 1 个型号，部分符合得 4 分。",
      "product class", "profile declarations + " + SCH, "profile-aside"),
    MM("碳足迹那项部分符合，得 6 分。",
      "6 分", "4 分", "carbon footprint score", "profile declarations + " + SCH, "profile-stmt"),
    OK("单位用地面积产值 98 亿元 / 25 万 m² = 3.92 万元/m²，得 5.12 分。",
      "land output", "profile (B.25) + " + SCH, "profile-calc"),
    MM("用地产出率 3.92 万元/m²，得分 8×(3.92−2)/(5−2)=5.21 分。",
      "5.21 分", "5.12 分", "land output score (digit swap)", "profile + " + SCH, "profile-calc"),
    OK("建筑系数 (12+1.5+1)/25 = 58%（万 m²）。",
      "building coefficient", "profile land (B.26)", "profile-calc"),
    MM("这家厂建筑系数约 54%。",
      "54%", "58%（含堆场 1 万 m²）", "building coefficient (yards left out)", "profile land (B.26)", "profile-stmt"),
    OK("五类得分 21.36、20.57、11.36、12、5.12，合计 70.41 分。",
      "class scores and total", "profile + " + SCH + " (6.1)", "profile-list"),
    MM("能源低碳化得分 21.63 分。",
      "21.63 分", "21.36 分", "energy class score", "profile + " + SCH, "profile-stmt"),
    OK("总分约 70.4 分，高于示意方案的 60 分线。",
      "total", "profile + " + SCH + " pass_mark (illustrative)", "profile-stmt"),
    MM("这家电脑厂总分 74.01 分。",
      "74.01 分", "70.41 分", "total", "profile + " + SCH, "profile-stmt"),
    OK("按工时定额折成标准台：台式 120 万 + 笔记本 80 万×0.8 + 服务器 5 万×6 = 214 万台。",
      "standard product output", "profile products time_quota (B.1 multi-product)", "profile-calc"),
    MM("产能折代表产品：150 万 + 100 万×0.8 + 6 万×6 = 256 万台。",
      "256 万台", "266 万台", "capacity in representative product", "profile products capacity (B.24, ki = ti/t0)", "profile-calc"),
    OK("The computer plant's 资源高效化 score is about 20.57 out of 30.",
      "resource class score", "profile + " + SCH, "profile-english"),
    MM("生产洁净化得分 13.36 分。",
      "13.36 分", "11.36 分", "clean class score", "profile + " + SCH, "profile-stmt"),
    OK("评价年 2023 年，行业代码 3911 计算机整机制造，国家级绿色工厂。",
      "profile basics", "profile basics", "profile-stmt"),
    MM("这家电脑厂用地面积大概 2.5 万 m²。",
      "2.5 万 m²", "25 万 m²", "land area (×10)", "profile land.area", "profile-colloquial"),
]
