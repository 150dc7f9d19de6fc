"""Blind set 8, part d: lines checked with the copper-smelter profile (2022, 华东, scheme
illustrative-copper-smelting). Values from `assistant.cli score` and recomputed by hand (README).

Each item: (profile, text, expected, error_text, correct, subject, source, phrasing).
"""

from __future__ import annotations

P = "corpus/examples/copper-smelter.yaml"
SCH = "schemes/illustrative-copper-smelting.yaml"


def OK(text: str, subject: str, source: str, phrasing: str) -> tuple:
    return (P, text, "ok", None, None, subject, source, phrasing)


def MM(text: str, err: str, cor: str, subject: str, source: str, phrasing: str) -> tuple:
    return (P, text, "mismatch", err, cor, subject, source, phrasing)


ITEMS: list[tuple] = [
    OK("问：这家铜厂单位产品综合能耗多少？\n答：约 464.5 kgce/t，介于引领值 300 和基准值 550 之间。",
      "energy per product", "profile energy.table, products (B.1); " + SCH, "profile-qa"),
    MM("该厂阴极铜单位产品综合能耗约 446.5 kgce/t。",
      "446.5 kgce/t", "464.5 kgce/t", "energy per product (digit swap)", "profile energy.table (B.1)", "profile-stmt"),
    OK("能耗强度这项得分约 2.74 分（满分 8 分）。",
      "energy intensity score", "profile + " + SCH + " (5.2 inverse)", "profile-aside"),
    MM("能耗强度这项按逆向线性公式得 3.74 分。",
      "3.74 分", "2.74 分", "energy intensity score", "profile + " + SCH + " (5.2 inverse)", "profile-stmt"),
    OK("综合能耗合计约 92899 tce，其中电力按当量值折 55305 tce。",
      "total energy", "profile energy.table × GB/T 2589 coefficients", "profile-two-values"),
    MM("天然气 1800 万 m³ 按 1.2143 折标，约 2185.7 tce。",
      "2185.7 tce", "21857.4 tce", "natural gas tce (×10)", "profile energy.table natural_gas", "profile-calc"),
    OK("焦炭 15000 t 折 14571 tce，柴油 800 t 折 1165.68 tce。",
      "coke/diesel tce", "profile energy.table", "profile-two-values"),
    MM("柴油 800 t 折标煤 1177.12 tce。",
      "1177.12 tce", "1165.68 tce", "diesel tce (gasoline coefficient)", "profile energy.table diesel × 1.4571", "profile-calc"),
    OK("问：碳排放强度呢？\n答：约 1.65 tCO2/t，得 3.48 分左右。",
      "carbon per product", "profile energy.table, carbon (B.3) + " + SCH, "profile-qa-followup"),
    MM("单位产品二氧化碳排放量约 1.56 tCO2/t。",
      "1.56 tCO2/t", "1.65 tCO2/t", "carbon per product (digit swap)", "profile (B.3)", "profile-stmt"),
    OK("外购电按 2022 年华东电网 0.5617 计，自发自用的 1200 万kWh 光伏不计排放。",
      "grid factor used", "profile basics.year/region, renewable; grid_factors.yaml", "profile-aside"),
    MM("这家厂外购电用的是 2022 年华东因子 0.5564。",
      "0.5564", "0.5617", "East grid factor", "profile basics.region 华东 2022; grid_factors.yaml", "profile-stmt"),
    OK("外购电 43800 万kWh，电力间接排放约 246024.6 tCO2。",
      "indirect emissions", "profile energy.table − self_generated; × 0.5617", "profile-calc"),
    MM("化石燃料直接排放合计约 8.4296 万 t，外购电排放约 2.6 万 t。",
      "2.6 万 t", "24.6 万 t", "indirect emissions (万 slip)", "profile energy.table emission factors; × 0.5617", "profile-two-values"),
    OK("可再生能源利用率约 8.2%，比基准值 3% 高，没到引领值 15%。",
      "renewable rate", "profile renewable (B.5) + " + SCH, "profile-stmt"),
    MM("这家铜厂可再生能源利用率约 5.6%。",
      "5.6%", "8.2%（绿证也计入）", "renewable rate (GEC left out)", "profile renewable (B.5)", "profile-stmt"),
    OK("绿电 3000 万kWh、光伏 1200 万kWh、绿证 2 万张（折 2000 万kWh），合计 6200 万kWh。",
      "renewable electricity", "profile renewable (1 GEC = 1 MWh, as the scorer counts)", "profile-aside"),
    MM("三类可再生电力合计 6200 万kWh，折标准煤约 761.98 tce。",
      "761.98 tce", "7619.8 tce", "renewable tce (×10)", "profile renewable × 0.1229", "profile-calc"),
    OK("平台功能具备 9 项，超过引领值 8 项，得满分 6 分。",
      "platform score", "profile platform_functions + " + SCH, "profile-stmt"),
    MM("平台具备 9 项功能，按 6×9/8 得 6.75 分。",
      "6.75 分", "6 分", "platform score cap", "profile platform_functions; 5.2", "profile-calc"),
    OK("单位产品原材料消耗 4.0 t/t，刚好在 3.6 和 4.4 的中间，得 4 分。",
      "raw material", "profile raw_materials (B.6) + " + SCH, "profile-colloquial"),
    MM("原材料消耗强度 4 t/t，得分 8×(4.4−4)/(4.4−3.6)=5 分。",
      "5 分", "4 分", "raw material score", "profile raw_materials + " + SCH, "profile-calc"),
    OK("取水 240 万m³、产量 20 万t，单位产品取水量 12 m³/t。",
      "water per product", "profile water, products (B.8)", "profile-calc"),
    MM("单位产品取水量 12 m³/t，这项得 6 分。",
      "6 分", "4 分", "water intensity score", "profile water + " + SCH, "profile-stmt"),
    OK("工业用水重复利用率 96%，得分约 5.82 分。",
      "water reuse", "profile water (B.10) + " + SCH, "profile-stmt"),
    MM("重复利用率 = 5760/(240+5760) = 95%。",
      "95%", "96%", "water reuse calc", "profile water (B.10)", "profile-calc"),
    OK("固废综合利用率 = 53/(56+2) ≈ 91.4%（单位万 t，含往年贮存利用量）。",
      "solid waste", "profile solid_waste (B.11)", "profile-calc"),
    MM("一般工业固废综合利用率约 94.6%。",
      "94.6%", "91.4%（分母含往年贮存量 Zw）", "solid waste (denominator without Zw)", "profile solid_waste (B.11)", "profile-stmt"),
    OK("固废那项得 4.55 分左右，满分 6 分。",
      "solid waste score", "profile solid_waste + " + SCH, "profile-colloquial"),
    OK("改造投资 4.8 亿元，近三年产值 380 亿元，占比约 1.26%，得 2.04 分。",
      "retrofit share", "profile retrofit + " + SCH, "profile-calc"),
    MM("绿色低碳改造投资占比约 12.6%。",
      "12.6%", "1.26%", "retrofit share (×10)", "profile retrofit", "profile-stmt"),
    OK("单位产品 SO2 排放量 1.9 kg/t，得 3.3 分。",
      "SO2 per product", "profile pollutants SO2 discharged (B.22) + " + SCH, "profile-stmt"),
    MM("SO2 排放 380 t、阴极铜 20 万t，单位产品排放 19 kg/t。",
      "19 kg/t", "1.9 kg/t", "SO2 per product (×10)", "profile pollutants (B.22)", "profile-calc"),
    OK("绿色设计申报部分符合得 4 分，碳足迹符合得 8 分，产品绿色化合计 12 分。",
      "product class", "profile declarations + " + SCH, "profile-stmt"),
    MM("产品绿色化这一类得了 16 分满分。",
      "16 分", "12 分", "product class score", "profile declarations (green_design 部分符合)", "profile-stmt"),
    OK("单位用地面积产值约 1.10 万元/m²，得 3.45 分。",
      "land output", "profile products output_value, land.area (B.25) + " + SCH, "profile-stmt"),
    MM("单位用地面积产值约 1.08 万元/m²。",
      "1.08 万元/m²", "1.10 万元/m²（产值含硫酸 2.25 亿元）", "land output (acid left out)", "profile (B.25)", "profile-stmt"),
    OK("五类得分：能源低碳化 15.69、资源高效化 18.37、生产洁净化 11.34、产品绿色化 12、用地集约化 3.45。",
      "class scores", "profile + " + SCH + " (6.1)", "profile-list"),
    MM("资源高效化得分 18.73 分。",
      "18.73 分", "18.37 分", "resource class score", "profile + " + SCH, "profile-stmt"),
    OK("总分 60.85 分，刚过示意方案的 60 分线（标准本身没有分数线）。",
      "total", "profile + " + SCH + " pass_mark (illustrative)", "profile-aside"),
    MM("问：总分多少？\n答：61.85 分。",
      "61.85 分", "60.85 分", "total", "profile + " + SCH, "profile-qa"),
    OK("建筑系数 (38+15+19)/120 = 60%（万 m²）。",
      "building coefficient", "profile land (B.26)", "profile-calc"),
    MM("建筑系数 = 38/120 ≈ 31.7%。",
      "31.7%", "60%", "building coefficient (only buildings)", "profile land (B.26)", "profile-calc"),
    OK("The copper plant's 能源低碳化 class scored about 15.69 out of 30.",
      "energy class score", "profile + " + SCH, "profile-english"),
    MM("这家铜厂能源低碳化一类也就拿了 16.69 分。",
      "16.69 分", "15.69 分", "energy class score", "profile + " + SCH, "profile-colloquial"),
    OK("该厂行业代码 3211（铜冶炼），评价年是 2022 年，省级绿色工厂。",
      "profile basics", "profile basics", "profile-stmt"),
]
