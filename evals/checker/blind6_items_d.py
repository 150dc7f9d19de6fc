"""Blind held-out statements, part D: chat answers and typography variants (full-width
digits, comma thousands, Chinese numerals, ranges, tables as text, two-sentence numbers).
First list has no profile (tuple layout of part A); PROFILED uses part C's layout."""

from evals.checker.blind6_items_a import GHG, S18, S25, S2589, mm, ok
from evals.checker.blind6_items_c import CU, PC, SCU, SPC
from evals.checker.blind6_items_c import mm as pmm
from evals.checker.blind6_items_c import ok as pok

ITEMS = [
    ok("问：电力当量值和等价值能混用吗？\n答：不能。当量值固定为 0.1229 kgce/kWh，等价值随火电供电煤耗变化，常用 0.3～0.4 kgce/kWh。", "当量值/等价值", f"{S2589} 3.2 3.3", "chat-qa"),
    mm("问：250 万 kWh 电折多少标煤？\n答：按当量值 0.1229 kgce/kWh，折 3 072.5 tce。", "3 072.5", "307.25", "电力折标×10", f"{S2589} 7.1", "chat-qa-calc"),
    ok("问：80 吨原煤折多少标煤？\n答：80 000 kg × 0.7143 kgce/kg = 57.144 tce。", "原煤折标", f"{S2589} 表A.1", "chat-qa-calc"),
    mm("问：西北电网 2022 年的排放因子是多少？\n答：0.5875 tCO2/MWh。", "0.5875", "0.5857", "西北因子", f"{GHG} 3", "chat-digit-swap"),
    ok("问：东北的厂 2022 年用电 6 000 MWh，排多少？\n答：按东北电网因子 0.5564 计，3 338.4 tCO2。", "区域电力排放", f"{GHG} 3", "chat-qa-calc"),
    mm("问：全国化石能源电力平均排放因子是多少？\n答：2022 年度为 0.8352 tCO2/MWh。", "0.8352", "0.8325", "化石电力因子", f"{GHG} 2.3", "chat-digit-swap"),
    ok("问：表C.1 里哪几个指标是 6 分？\n答：能碳管理平台功能满足项数、一般工业固体废物综合利用率、先进工艺与装备、主要污染物产生强度或排放强度，共四个。", "6 分指标数", f"{S25} 表C.1", "chat-qa-list"),
    mm("问：表C.1 里分值为 8 分的二级指标有几个？\n答：共 8 个。", "共 8 个", "共 9 个", "8 分指标数", f"{S25} 表C.1", "chat-qa-count"),
    ok("问：正向指标的线性比例怎么算？\n答：得分 = 分值 ×（实际值 − 基准值）/（引领值 − 基准值）。例如分值 8、基准值 88%、引领值 97%、实际值 93%，约得 4.44 分。", "5.2 正向线性", f"{S25} 5.2", "chat-qa-calc"),
    mm("问：逆向指标分值 6 分，基准值 0.8、引领值 0.5、实际 0.65，几分？\n答：6 ×（0.8 − 0.65）/（0.8 − 0.5）= 3.5 分。", "3.5 分", "3.0 分", "5.2 逆向线性", f"{S25} 5.2", "chat-qa-calc"),
    ok("问：B.24 那两个公式是什么？\n答：n = N/A（式 B.24），以及多产品折算用的换算系数 ki = ti/t0（式 B.25）。", "B.24 公式", f"{S25} B.24", "chat-formula-number"),
    mm("问：附录B 一共多少条计算方法？\n答：共二十八条，公式也是二十八个。", "二十八条", "二十七条", "附录B 条数", f"{S25} 附录B", "chat-cn-numeral"),
    ok("问：新水的折标系数用哪个？\n答：资料不一致：2008 版附录为 0.0857 kgce/t，引用 2020 版的资料多为 0.2571 kgce/t，项目默认 0.2571，务必核对正式文本。", "新水系数（争议）", f"{S2589} A.3", "chat-qa"),
    mm("问：GB/T 2589-2020 代替的是哪一版？\n答：代替 GB/T 2589-2010。", "2589-2010", "2589-2008", "被代替版本", f"{S2589} 0.1", "chat-qa"),
    ok("问：GB/T 36132-2025 是不是规定 60 分及格？\n答：不是。标准 6.2 没有数值门槛，60 分只是示意方案自己设的分数线。", "合格线", f"{S25} 6.2", "chat-qa"),
    ok("表Ｃ.１中，能源低碳化权重３０％，资源高效化权重也是３０％。", "一级权重", f"{S25} 表C.1", "stmt-fullwidth"),
    mm("按表C.1 示例，用地集约化一级指标权重为１６％。", "１６％", "８％", "用地集约化权重", f"{S25} 表C.1", "stmt-fullwidth"),
    ok("电力 50,000,000 kWh，按当量值 0.1229 kgce/kWh 折合 6,145 tce。", "电力折标", f"{S2589} 7.1", "report-comma"),
    mm("表C.1 中生产洁净化一级指标的权重是百分之十八。", "百分之十八", "百分之十六", "生产洁净化权重", f"{S25} 表C.1", "stmt-cn-numeral"),
    ok("电力等价值系数一般在 0.3 至 0.4 kgce/kWh 之间；天然气系数资料给出 1.1000～1.3300 kgce/m³。", "系数范围", f"{S2589} 表A.1", "stmt-range"),
    mm("天然气折标系数各资料给出的范围是 1.1000～1.3000 kgce/m³，默认取 1.2143。", "1.3000", "1.3300", "天然气系数范围", f"{S2589} A.2", "stmt-range"),
    mm("我厂地处西北电网区域，2022 年外购电 3 000 MWh。按当年区域因子 0.5857 计算，间接排放 1 575.1 tCO2。", "1 575.1", "1 757.1", "区域电力排放", f"{GHG} 3", "report-two-sentences"),
    ok("全厂 2023 年外购电 1 200 万 kWh。按 2023 年度全国电网因子 0.5306 tCO2/MWh 计算，间接排放 6 367.2 tCO2。", "电力排放", f"{GHG} 2.4", "report-two-sentences"),
    mm("可再生能源利用率（式 B.5）= 可再生能源利用量（1 500 tce）/ 综合能耗（4 000 tce）× 100% = 3.75%。", "3.75%", "37.5%", "B.5 计算", f"{S25} B.5", "report-parenthesis"),
    ok("序号 | 二级指标 | 分值\n1 | 能源消耗强度 | 8\n4 | 能碳管理平台功能满足项数 | 6\n10 | 绿色低碳改造投资占比 | 4", "分值（表格）", f"{S25} 表C.1", "table-lines"),
    mm("一级指标  权重\n能源低碳化  30%\n资源高效化  30%\n生产洁净化  16%\n产品绿色化  16%\n用地集约化  6%", "用地集约化  6%", "用地集约化  8%", "用地集约化权重", f"{S25} 表C.1", "table-lines"),
    ok("2018 版对绿色工厂的定义是用地集约化、原料无害化、生产洁净化、废物资源化、能源低碳化五个方面。", "2018 定义", f"{S18} 3.1", "stmt-2018"),
    mm("Per Table C.1, 碳排放强度 carries 6 points.", "6 points", "8 points", "碳排放强度分值", f"{S25} 表C.1", "mixed-en"),
    ok("Annex B has 27 clauses (B.1–B.27) and 28 equations; B.21's denominator G is a misprint for Gi.", "附录B 条数", f"{S25} 附录B", "mixed-en"),
    mm("产品碳足迹按 GB/T 24076 核算（表C.1 序号 13）。", "24076", "24067", "碳足迹标准号", f"{S25} 表C.1", "stmt-standard-no"),
    ok("绿色设计报告按 GB/T 24256 编制，产品碳足迹按 GB/T 24067 核算，二者在表C.1 中都是 8 分。", "标准号/分值", f"{S25} 表C.1", "stmt-standard-no"),
    mm("GB/T 36132-2025 于二〇二五年十二月三十日发布并实施。", "三十日", "三十一日", "发布日期", f"{S25} 前言", "stmt-cn-numeral"),
    ok("2024 年 1—12 月，公司完成技改项目 6 项，投资 1.2 亿元，其中光伏项目装机 8 MW、年发电 900 万 kWh。", "公司数据", "company data (unverifiable)", "unverifiable"),
    mm("汽油和煤油的折标系数相同，都是 14.714 kgce/kg。", "14.714", "1.4714", "汽油/煤油系数×10", f"{S2589} 表A.1", "stmt-shared-value"),
    ok("产值 1.2 亿元即 12 000 万元；综合能耗 300 tce 时，单位产值综合能耗为 0.025 tce/万元（B.2）。", "B.2 计算", f"{S25} B.2", "report-self-yi"),
    mm("产值 3 亿元、综合能耗 900 tce，单位产值综合能耗为 0.3 tce/万元。", "0.3 tce/万元", "0.03 tce/万元", "B.2 单位换算", f"{S25} B.2", "report-unit-slip"),
    ok("取水量１２０ ０００ m³，产量２０ ０００ t，单位产品取水量为６ m³/t。", "B.8 计算", f"{S25} B.8", "report-fullwidth"),
    mm("单位用地面积产能：年产能 240 万件，用地 8 万 m²，n = 3 件/m²。", "n = 3 件", "n = 30 件", "B.24 计算", f"{S25} B.24", "report-self-wan"),
    ok("单位用地面积产能：年产能 2 400 000 件，用地 80 000 m²，n = 30 件/m²（式 B.24）。", "B.24 计算", f"{S25} B.24", "report-self-calc"),
]

PROFILED = [
    pmm(CU, "问：铜厂的用地指标怎么样？\n答：建筑系数 60%，单位用地面积产值约 1.20 万元/m²。", "1.20", "1.10", "用地产出率", f"{CU}; B.25", "chat-profile"),
    pok(CU, "问：铜厂可再生能源那一项得多少分？\n答：利用率约 8.2%，在基准值 3% 和引领值 15% 之间，约得 3.47 分。", "可再生得分", f"{CU}; {SCU}", "chat-profile-calc"),
    pmm(PC, "问：电脑厂用地产出率这一项得几分？\n答：3.92 万元/m²，得 5.21 分。", "5.21", "5.12", "用地得分", f"{PC}; {SPC}", "chat-profile-calc"),
    pok(PC, "问：电脑厂碳排放总量是多少？\n答：29 795.4 tCO2，其中外购电力 28 652.4 tCO2（2023 年全国因子 0.5306）。", "碳排放", f"{PC} carbon", "chat-profile"),
    pmm(CU, "铜厂 2022 年柴油消耗 800 t，按 1.4714 kgce/kg 折 1 165.68 tce。", "1.4714", "1.4571", "柴油系数", f"{CU} energy", "profile-neighbour"),
    pok(PC, "柴油 20 t × 1.4571 kgce/kg = 29.142 tce；天然气 500 000 m³ × 1.2143 kgce/m³ = 607.15 tce。", "分品种折标", f"{PC} energy", "profile-report-calc"),
    pmm(PC, "问：我们厂的工业用水重复利用率能得几分？\n答：20%，基准值 10%、引领值 30%，得 4.5 分。", "4.5 分", "4 分", "重复利用率得分", f"{PC}; {SPC}", "chat-profile-calc"),
    pmm(CU, "问：铜厂焦炭折了多少标煤？\n答：15 000 t × 0.9000 kgce/kg = 14 571 tce。", "0.9000", "0.9714", "焦炭系数", f"{CU} energy", "chat-profile"),
    pok(CU, "问：铜厂的单位产品取水量和重复利用率？\n答：单位产品取水量 12 m³/t，工业用水重复利用率 96%。", "水指标", f"{CU}; B.8 B.10", "chat-profile"),
    pmm(PC, "问：电脑厂的固废综合利用率？\n答：6 110 ÷ 6 500 = 92%。", "92%", "94%", "固废利用率", f"{PC}; B.11", "chat-profile"),
]
