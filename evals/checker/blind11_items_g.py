"""blind11 items: answers that restate the user's own numbers and compute (no profile), and a few
single mismatch lines."""

from __future__ import annotations

from evals.checker.blind11_kit import FACTS, GRID, S25, S2589, SCP, mm, pair

AB = f"{S25} 附录B"
ITEMS = [
    *pair("您给的数据：综合能耗 3 200 tce，产值 4.0 亿元（40 000 万元）。按式（B.2），Eg = 3 200 / 40 000 = {} tce/万元。",
          "0.08", ["0.8"], "B.2 user calc", f"{AB} B.2", "restate-compute"),
    *pair("贵厂外购电 2 000 万 kWh、天然气 100 万 m³。电力 20 000 000 × 0.1229 = 2 458 000 kgce，"
          "天然气 1 000 000 × 1.2143 = 1 214 300 kgce，合计约 {} tce。", "3 672.3", ["3 627.3"], "E user calc",
          f"{S2589} 7.1", "restate-compute"),
    *pair("绿证 5 000 张，按每张 1 000 kWh 计为 500 万 kWh，按当量值 0.1229 kgce/kWh 折 {} tce。", "614.5", ["61.45"],
          "GEC conversion", f"{AB} B.5; {S2589} 3.2", "steps-units"),
    *pair("可再生能源利用量 614.5 tce，综合能耗 12 290 tce，所以 Rre = 614.5 / 12 290 × 100% = {}。", "5%", ["5.5%"],
          "B.5 user calc", f"{AB} B.5", "restate-compute"),
    *pair("Forward indicator, 6 points, base 60%, lead 90%, actual 75%: score = 6 × (75 − 60) / (90 − 60) = {} points (GB/T 36132-2025 5.2).",
          "3.0", ["3.5"], "5.2 forward calc", f"{S25} 5.2", "mixed-en"),
    *pair("外购电 5 000 MWh，按2022年华北电网因子 0.6776 tCO2/MWh，间接排放 = 5 000 × 0.6776 = {} tCO2。", "3 388",
          ["3 338"], "grid calc north", GRID, "steps-units"),
    *pair("您算的43.75%漏掉了堆场面积。按B.26，建筑系数 = (30 000 + 5 000 + 5 000) / 80 000 × 100% = {}。", "50%",
          [], "B.26 correction", f"{AB} B.26", "correct-user"),
    *pair("建筑物占地 30 000 m²、构筑物 5 000 m²、堆场 5 000 m²，工厂用地 80 000 m²，建筑系数 r = 40 000 / 80 000 × 100% = {}。",
          "50%", ["43.75%"], "B.26 calc", f"{AB} B.26", "steps-units"),
    *pair("单层厂房 10 000 m²、层高 12 m，按两层计 20 000 m²；办公楼 3 层、每层 2 000 m²，共 6 000 m²。总建筑面积 {} m²，"
          "用地 40 000 m²，容积率 R = 0.65。", "26 000", ["16 000"], "B.27 calc", f"{AB} B.27", "steps-units"),
    *pair("固废：产生 2 000 t、利用往年贮存 100 t、当年综合利用 1 890 t。Kr = 1 890 / (2 000 + 100) × 100% = {}。",
          "90%", ["94.5%"], "B.11 user calc", f"{AB} B.11", "restate-compute"),
    *pair("低压蒸汽 10 000 t，即 10 000 000 kg × 0.1286 kgce/kg = 1 286 000 kgce，约 {} 吨标准煤。", "1 286", ["128.6"],
          "steam conversion", f"{S2589} 表A.1", "units-spelled"),
    *pair("外购热力 50 000 GJ = 50 000 000 MJ，× 0.03412 kgce/MJ = {} tce。", "1 706", ["170.6"], "heat conversion",
          f"{S2589} 表A.1", "steps-units"),
    *pair("外购热力 50 000 GJ 的排放：50 000 GJ × 0.11 tCO2/GJ = {} tCO2（GB/T 32150-2025 默认因子）。", "5 500",
          ["550"], "heat CO2", f"{FACTS} §4", "steps-units"),
    *pair("循环水 180 万 m³ 加回用水 20 万 m³，重复利用水量共 200 万 m³；取水 50 万 m³。Rw = 200 / (50 + 200) × 100% = {}。",
          "80%", ["75%"], "B.10 user calc", f"{AB} B.10", "restate-compute"),
    *pair("贵厂平台有能源查询、能效对标、碳排放管理、碳足迹核算 4 项功能，按 6 × 4 / 8 得 {} 分（表C.1序号4）。", "3",
          ["2.4"], "platform user calc", f"{S25} 表C.1", "restate-compute", err="得 {} 分"),
    *pair("表C.1中资源高效化的取水强度是 {} 分，和原材料消耗强度、工业用水重复利用率一样；固废综合利用率是 6 分。", "8",
          ["4"], "C.1 water points", f"{S25} 表C.1", "chat-plain"),
    *pair("千克标准煤每千瓦时这个单位里，电力当量值是零点一二二九，也就是 {} kgce/kWh。", "0.1229", ["0.1292"],
          "electricity spelled", f"{S2589} 3.2", "units-spelled"),
    *mm("2022年全国电网平均排放因子0.5366，2023年回升到0.5568 tCO2/MWh。", "0.5568", "0.5306", "grid 2023", GRID,
        "chat-plain"),
    *mm("表C.1里能碳管理平台的引领值是8项，满足4项时得 6 × 4 / 8 = 4 分。", "4 分", "3", "platform score",
        f"{S25} 表C.1", "steps-units"),
    *mm("补充一点：GB/T 36132-2025 附录B 一共有27个公式。", "27个", "28", "Annex B equations", AB, "chat-plain"),
    *mm("按 GB/T 2589，柴油的折标系数与汽油相同，都是 1.4714 kgce/kg。", "1.4714", "1.4571", "diesel coefficient",
        f"{S2589} 表A.1", "chat-plain"),
    *mm("绿色园区管理机构至少配备3名专职工作人员，重点企业清洁生产审核实施率要达到100%。", "3名", "2", "park staff",
        f"{SCP} 3.1", "chat-plain"),
]
