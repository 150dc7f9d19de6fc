"""blind15 items, part d: grid emission factors, CO2 from electricity, GB/T 32150."""

from evals.checker.blind15_kit import GHG, fam, mm, multi, ok

ITEMS = [
    *fam("grid-2021", GHG, [
        ("notice", "生态环境部公告 2024 年第 12 号：2021 年度全国电网平均排放因子{v}。", "0.5568 tCO2/MWh", ["0.5586 tCO2/MWh"]),
        ("chat", "21 年的全国因子是{v}，别跟 22 年的弄混。", "0.5568", ["0.5703"]),
    ]),
    *fam("grid-2022", GHG, [
        ("llm", "2022 年度全国电网平均排放因子为{v}（生态环境部公告 2024 年第 33 号）。", "0.5366 tCO2/MWh", ["0.5306 tCO2/MWh"]),
        ("audit", "排放因子年度核对：评价年 2022，采用全国平均{v} ✔", "0.5366", ["0.5636"]),
    ]),
    *fam("grid-2022-excl-market", GHG, [
        ("report", "同一公告给出的不含市场化交易非化石电量的全国电网平均排放因子为{v}。", "0.5856 tCO2/MWh", ["0.5857 tCO2/MWh"]),
    ]),
    *fam("grid-2022-fossil", GHG, [
        ("quiz", "2022 年度全国化石能源电力平均排放因子是{v}。", "0.8325 tCO2/MWh", ["0.8523 tCO2/MWh"]),
    ]),
    *fam("grid-2023", GHG, [
        ("email", "张经理，2023 年度的全国电网因子已经发布了，是{v}，公告是 2025 年第 47 号。", "0.5306 tCO2/MWh", ["0.5366 tCO2/MWh"]),
        ("bilingual", "FY2023 national grid average factor 全国电网平均排放因子: {v}.", "0.5306 tCO2/MWh", ["0.5036 tCO2/MWh"]),
        ("followup", "那 2023 年用哪个数？——全国平均{v}，单位 kgCO2/kWh 数值一样。", "0.5306", ["0.5568"]),
    ]),
    *fam("grid-carbon-market", GHG, [
        ("llm", "碳市场 2022 年度排放报告用的电网排放因子是{v}，属于履约口径，不是统计意义上的全国平均。", "0.5703 tCO2/MWh", ["0.5730 tCO2/MWh"]),
    ]),
    *fam("grid-north", GHG, [
        ("sheet", "华北\t2022\t{v}", "0.6776", ["0.6767"]),
        ("chat", "华北电网 22 年因子{v}，全国最高。", "0.6776", ["0.7776"]),
    ]),
    *fam("grid-southwest", GHG, [
        ("quiz", "2022 年度七个区域电网中排放因子最低的是西南，数值为{v}。", "0.2268 tCO2/MWh", ["0.2862 tCO2/MWh"]),
    ]),
    *fam("grid-south", GHG, [
        ("report", "本厂位于南方电网区域，2022 年度区域电网平均排放因子为{v}。", "0.3869 tCO2/MWh", ["0.3896 tCO2/MWh"]),
    ]),
    *fam("grid-east", GHG, [
        ("sheet", "区域=华东, 年度=2022, 因子={v}", "0.5617", ["0.5671"]),
    ]),
    *fam("grid-northwest", GHG, [
        ("audit", "西北区域 2022 因子核对：{v} —— 与公告一致", "0.5857", ["0.5856"]),
    ]),
    *fam("grid-central-northeast", GHG, [
        ("llm", "华中电网 2022 年度因子为 0.5395，东北为{v}。", "0.5564", ["0.5465"]),
    ]),
    *fam("co2-2023-3200", GHG, [
        ("chat", "外购电 3200 MWh，乘 23 年全国因子 0.5306，大概{v}。", "1697.92 tCO2", ["1717.12 tCO2"]),
        ("report", "2023 年外购电力 3 200 MWh，按 0.5306 tCO2/MWh 计，间接排放{v}。", "1697.9 tCO2", ["1679.9 tCO2"]),
    ]),
    *fam("co2-2021-1500", GHG, [
        ("quiz", "某厂 2021 年用电 1500 MWh，按当年全国因子计算间接排放：____。答：{v}", "835.2 tCO2", ["853.2 tCO2"]),
    ]),
    *fam("co2-north-800", GHG, [
        ("email", "华北厂区 2022 年外购电 800 MWh，按区域因子 0.6776 算约{v}，请核。", "542.08 tCO2", ["524.08 tCO2"]),
    ]),
    *fam("co2-south-2000", GHG, [
        ("sheet", "南方厂 | 2022 | 2000 MWh | 0.3869 | {v}", "773.8 tCO2", ["737.8 tCO2"]),
    ]),
    *multi("ghg-worked-example", GHG, "llm",
           "核算指南算例：外购电 5 000 MWh × 0.5306 = {a}，加直接排放 1 200 tCO2，总量 {b}。",
           {"a": "2653 tCO2", "b": "3853 tCO2"}, {"a": ["2683 tCO2"], "b": ["3583 tCO2"]}),
    *fam("ghg-gases", GHG, [
        ("quiz", "按 GB/T 32150 核算的温室气体共{v}：CO₂、CH₄、N₂O、HFCs、PFCs、SF₆、NF₃。", "七种", ["六种"]),
    ]),
    *fam("ghg-heat-default", GHG, [
        ("followup", "问：购入热力用什么缺省因子？答：GB/T 32150 的 2025 年版给出{v}。", "0.11 tCO₂/GJ", ["0.12 tCO₂/GJ"]),
        ("chat", "外购蒸汽 4000 GJ，按新版缺省 0.11 算是{v}。", "440 tCO2", ["404 tCO2"]),
    ]),
    ok("ghg-32150-dates", GHG, "notice", "GB/T 32150 的 2025 年版于 2025-12-31 发布，2026-07-01 起实施。"),
    mm("ghg-32150-dates", GHG, "notice", "GB/T 32150 的 2025 年版于 2025-12-31 发布，2026-01-01 起实施。", "2026-01-01", "2026-07-01"),
]
