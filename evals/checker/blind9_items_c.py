"""Blind set 9, the two sample profiles: (profile, subject, source, template, ok values,
[(wrong, correct)]). Every value was recomputed by hand from the YAML and matches
`assistant score --json` (and `assistant calc` for B.24, B.26, B.27); see paraphrase_blind9.md."""

from __future__ import annotations

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"
SCU = "copper-smelter.yaml; hand computed, = assistant score"
SPC = "computer-assembly.yaml; hand computed, = assistant score"

FACTS: list[tuple[str, str, str, str, list[str], list[tuple[str, str]]]] = [
    (CU, "Cu total energy", SCU, "评价年综合能耗（当量值）{v}", ["92 899.08 tce", "约9.29万tce"], [("92 989.08 tce", "92 899.08 tce")]),
    (CU, "Cu energy per t", SCU + " B.1", "阴极铜单位产品综合能耗{v}（B.1）", ["464.50 kgce/t", "0.4645 tce/t"], [("446.50 kgce/t", "464.50 kgce/t"), ("0.5645 tce/t", "0.4645 tce/t")]),
    (CU, "Cu electricity tce", SCU, "外购及自发电力 4.5亿kWh 按当量值 0.1229 折算为{v}", ["55 305 tce"], [("55 035 tce", "55 305 tce")]),
    (CU, "Cu gas tce", SCU, "天然气 1800万m3 × 1.2143 kgce/m3 = {v}", ["21 857.4 tce"], [("21 587.4 tce", "21 857.4 tce")]),
    (CU, "Cu coke tce", SCU, "焦炭 15000 t × 0.9714 = {v}", ["14 571 tce"], [("14 751 tce", "14 571 tce")]),
    (CU, "Cu carbon per t", SCU + " B.3", "单位产品二氧化碳排放量{v}（B.3，华东 2022 年因子 0.5617）", ["1.6516 tCO2/t", "约1.65 tCO2/t"], [("1.6156 tCO2/t", "1.6516 tCO2/t")]),
    (CU, "Cu carbon total", SCU, "评价年二氧化碳排放总量{v}", ["约33.03万t", "330 320.6 tCO2"], [("约30.33万t", "约33.03万t")]),
    (CU, "Cu grid factor", SCU, "该厂在华东、评价年 2022 年，电网因子取{v}", ["0.5617 tCO2/MWh"], [("0.5366 tCO2/MWh", "0.5617 tCO2/MWh")]),
    (CU, "Cu renewable", SCU + " B.5", "可再生能源利用率{v}（自发光伏 1200万kWh + 绿电 3000万kWh + 绿证 20000 张）", ["8.20%", "约百分之八点二"], [("8.02%", "8.20%")]),
    (CU, "Cu renewable points", SCU, "可再生能源利用率一项得{v}（分值 8 分）", ["3.47 分"], [("3.74 分", "3.47 分")]),
    (CU, "Cu platform", SCU, "能碳管理平台功能符合{v}，超过引领值，得满分 6 分", ["9 项", "九项"], [("8 项", "9 项")]),
    (CU, "Cu raw", SCU + " B.6", "单位产品原材料消耗量{v}（铜精矿 80万t ÷ 阴极铜 20万t）", ["4 t/t", "4.0 t/t"], [("3.6 t/t", "4 t/t")]),
    (CU, "Cu water", SCU + " B.8", "单位产品取水量{v}", ["12 m3/t", "12 m³/t"], [("11.2 m3/t", "12 m3/t")]),
    (CU, "Cu reuse", SCU + " B.10", "工业用水重复利用率{v}", ["96%", "百分之九十六"], [("95.8%", "96%")]),
    (CU, "Cu reuse points", SCU, "工业用水重复利用率得{v}", ["5.82 分"], [("5.28 分", "5.82 分")]),
    (CU, "Cu solid", SCU + " B.11", "一般工业固体废物综合利用率{v}（含往年贮存 2万t）", ["91.38%", "约91.4%"], [("94.64%", "91.38%")]),
    (CU, "Cu retrofit", SCU, "近三年绿色低碳改造投资占比{v}", ["1.26%", "约1.3%"], [("12.6%", "1.26%")]),
    (CU, "Cu SO2", SCU + " B.22", "单位产品二氧化硫排放量{v}", ["1.9 kg/t", "1.90 kg/t"], [("0.19 kg/t", "1.9 kg/t")]),
    (CU, "Cu SO2 points", SCU, "单位产品二氧化硫排放量得{v}（分值 6 分）", ["3.3 分"], [("3.6 分", "3.3 分")]),
    (CU, "Cu land output", SCU + " B.25", "单位用地面积产值{v}（产值 132.25亿元 ÷ 120万m²）", ["1.10 万元/m2", "约1.1万元/m²"], [("1.08 万元/m2", "1.10 万元/m2")]),
    (CU, "Cu building coefficient", SCU + "; assistant calc B.26", "建筑系数{v}（建筑物、构筑物、堆场合计 72万m²）", ["60%", "百分之六十"], [("44.2%", "60%")]),
    (CU, "Cu plot ratio", SCU + "; assistant calc B.27", "容积率约{v}（熔炼、电解车间层高超过 8 m 按两层计）", ["0.39", "0.392"], [("0.23", "0.39")]),
    (CU, "Cu class energy", SCU, "能源低碳化一类合计得{v}", ["15.69 分"], [("16.69 分", "15.69 分")]),
    (CU, "Cu class resource", SCU, "资源高效化一类合计得{v}", ["18.37 分"], [("18.73 分", "18.37 分")]),
    (CU, "Cu class clean", SCU, "生产洁净化一类合计得{v}", ["11.34 分"], [("11.43 分", "11.34 分")]),
    (CU, "Cu class product", SCU, "产品绿色化一类得{v}（绿色设计部分符合得一半）", ["12 分"], [("16 分", "12 分")]),
    (CU, "Cu total", SCU, "按示意方案评价结果{v}，达到方案设定的 60 分线", ["60.85 分", "约60.8分"], [("61.85 分", "60.85 分"), ("68.05 分", "60.85 分")]),
    (CU, "Cu energy points", SCU, "单位产品综合能耗一项得{v}（引领值 300、基准值 550 kgce/t）", ["2.74 分"], [("2.47 分", "2.74 分")]),
    (PC, "PC output value", SPC, "评价年产值合计{v}（台式机 42亿、笔记本 36亿、服务器 20亿）", ["98亿元", "980 000 万元"], [("96亿元", "98亿元")]),
    (PC, "PC total energy", SPC, "综合能耗（当量值）{v}", ["8010.29 tce", "约8 010 tce"], [("8100.29 tce", "8010.29 tce")]),
    (PC, "PC energy per value", SPC + " B.2", "单位产值综合能耗{v}（B.2）", ["0.00817 tce/万元", "约8.17 kgce/万元"], [("0.0871 tce/万元", "0.00817 tce/万元")]),
    (PC, "PC electricity tce", SPC, "电力 6000万kWh 按当量值折{v}", ["7374 tce"], [("7734 tce", "7374 tce")]),
    (PC, "PC carbon", SPC + " B.4", "单位产值二氧化碳排放量{v}（2023 年全国因子 0.5306）", ["0.0304 tCO2/万元"], [("0.0340 tCO2/万元", "0.0304 tCO2/万元")]),
    (PC, "PC carbon total", SPC, "二氧化碳排放总量约{v}", ["2.98万t", "29 795 tCO2"], [("2.89万t", "2.98万t")]),
    (PC, "PC grid", SPC, "该厂 2023 年没有区域因子，按全国平均取{v}", ["0.5306 tCO2/MWh"], [("0.3869 tCO2/MWh", "0.5306 tCO2/MWh")]),
    (PC, "PC renewable", SPC + " B.5", "可再生能源利用率{v}（屋顶光伏 600万kWh + 绿电 900万kWh）", ["23.01%", "约23%"], [("32.01%", "23.01%")]),
    (PC, "PC platform", SPC, "能碳管理平台功能符合{v}，得满分", ["10 项", "十项"], [("12 项", "10 项")]),
    (PC, "PC raw", SPC + " B.7", "单位产值原材料消耗量{v}", ["0.0429 t/万元"], [("0.0492 t/万元", "0.0429 t/万元")]),
    (PC, "PC water", SPC + " B.9", "单位产值取水量{v}", ["0.388 m3/万元", "约0.39 m³/万元"], [("0.338 m3/万元", "0.388 m3/万元")]),
    (PC, "PC reuse", SPC + " B.10", "工业用水重复利用率{v}（重复利用 9.5万m³、取水 38万m³）", ["20%", "百分之二十"], [("25%", "20%")]),
    (PC, "PC reuse points", SPC, "工业用水重复利用率得{v}（基准 10%、引领 30%）", ["4 分"], [("5 分", "4 分")]),
    (PC, "PC solid", SPC + " B.11", "一般工业固体废物综合利用率{v}", ["94%"], [("96%", "94%")]),
    (PC, "PC solid points", SPC, "固废综合利用率得{v}", ["5.4 分"], [("5.6 分", "5.4 分")]),
    (PC, "PC retrofit", SPC, "近三年绿色低碳改造投资 6000 万元，占近三年产值的{v}", ["0.22%", "约0.2%"], [("2.2%", "0.22%")]),
    (PC, "PC VOCs", SPC + " B.23", "单位产值 VOCs 排放量{v}", ["0.0128 kg/万元"], [("0.0182 kg/万元", "0.0128 kg/万元")]),
    (PC, "PC land output", SPC + " B.25", "单位用地面积产值{v}", ["3.92 万元/m2", "3.92万元/m²"], [("3.29 万元/m2", "3.92 万元/m2")]),
    (PC, "PC land points", SPC, "单位用地面积产值得{v}", ["5.12 分"], [("5.21 分", "5.12 分")]),
    (PC, "PC building coefficient", SPC + "; assistant calc B.26", "建筑系数{v}", ["58%", "百分之五十八"], [("48%", "58%")]),
    (PC, "PC plot ratio", SPC + "; assistant calc B.27", "容积率{v}（测试厂房 B、立体仓库层高超过 8 m 按两层计）", ["1.072", "约1.07"], [("0.932", "1.072")]),
    (PC, "PC capacity land", SPC + "; assistant calc B.24", "按工时定额折合台式机后，单位用地面积产能{v}", ["10.64 台/m2"], [("8.56 台/m2", "10.64 台/m2")]),
    (PC, "PC server factor", SPC + " B.24 式(B.25)", "服务器工时定额 6.0、台式机 1.0，换算系数 ki = {v}", ["6"], [("0.6", "6")]),
    (PC, "PC total", SPC, "示意方案下评价结果{v}", ["70.41 分", "约70.4分"], [("74.01 分", "70.41 分")]),
    (PC, "PC class energy", SPC, "能源低碳化一类得{v}", ["21.36 分"], [("21.63 分", "21.36 分")]),
    (PC, "PC class resource", SPC, "资源高效化一类得{v}", ["20.57 分"], [("20.75 分", "20.57 分")]),
    (PC, "PC class product", SPC, "产品绿色化得{v}（碳足迹部分符合得 4 分）", ["12 分"], [("14 分", "12 分")]),
]

# Profile ok lines with company facts (the profile's own data, or data outside it).
OK_PLAIN: list[tuple[str, str, str, str]] = [
    (CU, "Cu company data", "company data / profile", "阴极铜产量 20万t、产能 22万t，硫酸 75万t"),
    (CU, "Cu company target", "company target", "企业计划 2027 年前把光伏装机再扩大一倍，绿电采购提高到 5000万kWh 左右"),
    (CU, "Cu company evidence", "company data", "四体系证书有效期至 2025-06-30，现场查看了 4 张证书原件"),
    (PC, "PC company data", "company data / profile", "台式机 120万台、笔记本 80万台、服务器 5万台"),
    (PC, "PC company target", "company target", "明年计划把工业用水重复利用率提高 5～8 个百分点"),
    (PC, "PC company change", "company data", "VOCs 产生量 48 t、排放量 12.5 t，去除率约 74%"),
]

EXTRA_WRONG: dict[str, list[tuple[str, str]]] = {
    "Cu total energy": [("约9.92万tce", "约9.29万tce")],
    "Cu carbon per t": [("1.7516 tCO2/t", "1.6516 tCO2/t")],
    "Cu renewable": [("百分之六点八", "8.20%")],
    "Cu water": [("1.2 m3/t", "12 m3/t")],
    "Cu reuse": [("百分之九十", "百分之九十六")],
    "Cu retrofit": [("0.126%", "1.26%")],
    "Cu land output": [("1.12 万元/m2", "1.10 万元/m2")],
    "Cu total": [("约60.3分", "约60.8分")],
    "PC output value": [("980 万元", "980 000 万元")],
    "PC energy per value": [("约9.17 kgce/万元", "约8.17 kgce/万元")],
    "PC renewable": [("约25%", "约23%")],
    "PC water": [("约0.93 m³/万元", "约0.39 m³/万元")],
    "PC solid": [("百分之九十", "94%")],
    "PC total": [("约71.4分", "约70.4分")],
    "PC building coefficient": [("百分之五十四", "百分之五十八")],
}
