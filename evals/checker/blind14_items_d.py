"""doc-sheet: Excel / TSV pastes, JSON / YAML from other tools, Markdown tables (one wrong cell)."""

from __future__ import annotations

from evals.checker.blind14_kit import CU, GHG, NONE, PC, S18, S25, S2589, SCP, fam, multi, ok

ITEMS = [
    *multi("sheet C.1 能源低碳化", S25, "doc-sheet",
           "序号\t二级指标\t指标类型\t分值\n1\t能源消耗强度\t逆向定量\t{a}\n2\t碳排放强度\t逆向定量\t8\n3\t可再生能源利用率\t正向定量\t{b}\n4\t能碳管理平台功能满足项数\t正向定量\t{c}",
           {"a": "8", "b": "8", "c": "6"}, {"b": ["10"], "c": ["5"]}),
    *multi("sheet C.1 资源高效化", S25, "doc-sheet",
           "| 序号 | 二级指标 | 类型 | 分值 |\n|---|---|---|---|\n| 5 | 原材料消耗强度 | 逆向定量 | 8 |\n| 6 | 取水强度 | 逆向定量 | {a} |\n| 7 | 工业用水重复利用率 | 正向定量 | 8 |\n| 8 | 一般工业固体废物综合利用率 | 正向定量 | {b} |",
           {"a": "8", "b": "6"}, {"a": ["4"], "b": ["10"]}),
    *multi("sheet C.1 生产洁净化", S25, "doc-sheet",
           "一级指标,序号,二级指标,分值\n生产洁净化（16%）,9,先进工艺与装备,{a}\n生产洁净化（16%）,10,绿色低碳改造投资占比,{b}\n生产洁净化（16%）,11,主要污染物产生强度或排放强度,6",
           {"a": "6", "b": "4"}, {"b": ["2"]}),
    *fam("sheet C.1 产品绿色化", S25, [
        ("doc-sheet", "{\"first_level\": \"产品绿色化\", \"weight\": \"16%\", \"items\": [{\"no\": 12, \"name\": \"绿色设计\", \"points\": 8}, {\"no\": 13, \"name\": \"产品碳足迹\", \"points\": {v}}]}", "8", ["10"]),
    ]),
    *fam("sheet grid json", GHG, [
        ("doc-sheet", "{\"year\": 2022, \"region\": \"华东\", \"ef_tco2_per_mwh\": {v}, \"source\": \"生态环境部公告2024年第33号\"}", "0.5617", ["0.5671"]),
        ("doc-sheet", "- year: 2023\n  scope: national\n  factor: {v}   # tCO2/MWh\n  source: 生态环境部公告 2025 年第 47 号", "0.5306", ["0.5366"]),
    ]),
    *multi("sheet grid tsv", GHG, "doc-sheet",
           "年度\t口径\t因子(tCO2/MWh)\n2021\t全国平均\t{a}\n2022\t全国平均\t{b}\n2022\t碳市场报告\t0.5703\n2023\t全国平均\t{c}",
           {"a": "0.5568", "b": "0.5366", "c": "0.5306"}, {"a": ["0.5658"], "c": ["0.5360"]}),
    *multi("sheet 折标系数 md", S2589, "doc-sheet",
           "| 能源 | 单位 | 系数 kgce/单位 |\n|---|---|---|\n| 原煤 | kg | {a} |\n| 洗精煤 | kg | 0.9000 |\n| 焦炭 | kg | {b} |\n| 液化石油气 | kg | {c} |\n| 高炉煤气 | m³ | 0.1286 |",
           {"a": "0.7143", "b": "0.9714", "c": "1.7143"}, {"a": ["0.7413"], "b": ["0.9174"], "c": ["1.7413"]}),
    *fam("sheet 耗能工质 yaml", S2589, [
        ("doc-sheet", "working_media:\n  compressed_air: {kgce_per_m3: 0.0400}\n  oxygen: {kgce_per_m3: {v}}\n  low_pressure_steam: {kgce_per_kg: 0.1286}", "0.4000", ["0.0040"]),
        ("doc-sheet", "fuels:\n  gasoline: {kgce_per_kg: 1.4714}\n  kerosene: {kgce_per_kg: 1.4714}\n  refinery_gas: {kgce_per_kg: {v}}", "1.5714", ["1.7514"]),
    ]),
    *multi("sheet 供应链 md", SCP, "doc-sheet",
           "| 一级指标 | 二级指标 | 分值 |\n|---|---|---|\n| 绿色生产（20） | 节能、减排、环保合规 | {a} |\n| 绿色生产（20） | 有毒有害物质使用限制 | 10 |\n| 绿色回收（20） | 产品回收率 | {b} |\n| 绿色回收（20） | 包装回收率 | 5 |",
           {"a": "10", "b": "5"}, {"a": ["8"], "b": ["4"]}),
    *multi("sheet 2018 模板权重", S18, "doc-sheet",
           "方面\t权重\n基础设施\t{a}\n管理体系\t15%\n能源与资源投入\t15%\n产品\t{b}\n环境排放\t10%\n绩效\t30%\n合计\t100%",
           {"a": "20%", "b": "10%"}, {"a": ["25%"], "b": ["8%"]}),
    *fam("sheet 线性得分表", S25, [
        ("doc-sheet", "指标\t分值\t基准值\t引领值\t实际值\t得分\n可再生能源利用率\t8\t10%\t30%\t22%\t{v}", "4.8", ["5.2"]),
        ("doc-sheet", "指标\t分值\t基准值\t引领值\t实际值\t得分\n一般工业固体废物综合利用率\t6\t60%\t90%\t78%\t{v}", "3.6", ["4.2"]),
        ("doc-sheet", "| 指标 | 分值 | 基准值 | 引领值 | 实际值 | 得分 |\n|---|---|---|---|---|---|\n| 单位产品综合能耗（tce/t） | 8 | 0.60 | 0.45 | 0.51 | {v} |", "4.8", ["3.2"]),
    ]),
    *fam("sheet B.10 json", S25, [
        ("doc-sheet", "{\"formula\": \"B.10\", \"V_m3\": 150000, \"Vr_m3\": 1350000, \"Rw\": \"{v}\"}", "90.0%", ["91.0%"]),
    ]),
    *fam("sheet co2 csv", GHG, [
        ("doc-sheet", "用电量(MWh),年度,因子(tCO2/MWh),排放(tCO2)\n8000,2023,0.5306,{v}", "4244.8", ["4292.8"]),
        ("doc-sheet", "用电量(MWh),年度,因子(tCO2/MWh),排放(tCO2)\n8000,2022,0.5366,{v}", "4292.8", ["4244.8"]),
    ]),
    *fam("sheet 平台 yaml", S25, [
        ("doc-sheet", "indicator: 能碳管理平台功能满足项数\ntype: 正向定量\nlead: 8\nbase: 0\npoints: {v}\nfunctions_total: 12", "6", ["4"]),
    ]),
    *fam("sheet 电脑 电力折标", S2589, [
        ("doc-sheet", "{\"factory\": \"南粤示例电脑制造有限公司（虚构）\", \"electricity_kwh\": 60000000, \"basis\": \"当量值\", \"tce\": {v}}", "7374", ["7734"]),
        ("doc-sheet", "南粤示例电脑 能源折标\n品种\t实物量\t系数\t折标(tce)\n天然气\t500000 m3\t1.2143\t{v}\n柴油\t20 t\t1.4571\t29.142", "607.15", ["670.15"]),
    ], profile=PC),
    *fam("sheet 铜厂 建筑系数", S25, [
        ("doc-sheet", "皖江示例铜业\t建筑物\t380000\t构筑物\t150000\t堆场\t190000\t用地\t1200000\t建筑系数\t{v}", "60%", ["44%"]),
    ], profile=CU),
    *fam("sheet 电脑 建筑系数", S25, [
        ("doc-sheet", "| 南粤示例电脑 | a1 | a2 | a3 | A | r |\n|---|---|---|---|---|---|\n| m² | 120000 | 15000 | 10000 | 250000 | {v} |", "58%", ["48%"]),
    ], profile=PC),
    *fam("sheet 铜厂 电力折标", S2589, [
        ("doc-sheet", "企业: 皖江示例铜业有限公司（虚构）\n电力: 450000000 kWh\n系数: 0.1229\n折标: {v} tce", "55305", ["55350"]),
    ], profile=CU),
    ok("sheet company data", NONE, "doc-sheet", "月份\t用电量(万kWh)\t电费(万元)\n1月\t120\t84\n2月\t98\t69\n3月\t135\t95\n合计\t353\t248"),
    *fam("sheet company sums", NONE, [
        ("doc-sheet", "月份\t取水量(m³)\n4月\t21 500\n5月\t23 000\n6月\t24 500\n二季度合计\t{v}", "69 000", ["67 000"]),
    ]),
    ok("sheet company data", NONE, "doc-sheet", "{\"meeting\": \"绿色工厂创建推进会\", \"date\": \"2026-03-18\", \"room\": \"3号楼 402\", \"attendees\": 14, \"owner\": \"能源管理部\"}"),
    ok("sheet company data", NONE, "doc-sheet", "| 项目 | 预算(万元) | 工期(月) |\n|---|---|---|\n| 空压站变频 | 260 | 3 |\n| 屋顶光伏二期 | 1 150 | 8 |\n| 合计 | 1 410 | — |"),
    *fam("sheet company sums", NONE, [
        ("doc-sheet", "部门\t人数\t占比\n生产\t640\t80%\n管理\t{v}\t20%\n合计\t800\t100%", "160", ["180"]),
    ]),
]
