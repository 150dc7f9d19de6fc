"""mixed-english: English or mixed Chinese / English text (ESG memos, HQ summaries, slides)."""

from __future__ import annotations

from evals.checker.blind14_kit import GHG, NONE, S25, S2589, SCP, SYS, fam, ok

ITEMS = [
    *fam("en C.1 water reuse points", S25, [
        ("mixed-english", "ESG memo to HQ: The water reuse rate (工业用水重复利用率) weight in Table C.1 is {v} points, the same as water withdrawal intensity.", "8", ["6"]),
        ("mixed-english", "Quick note for the Singapore office — in GB/T 36132-2025 Table C.1, 资源高效化 carries 30 points: raw material 8, water withdrawal 8, water reuse {v}, solid waste 6.", "8", ["10"]),
    ]),
    *fam("en grid 2022 national", GHG, [
        ("mixed-english", "For the 2022 inventory we used the grid factor {v} kgCO2/kWh (2022 national average, MEE Announcement 2024 No. 33).", "0.5366", ["0.5703"]),
        ("mixed-english", "Scope 2 note: 2022 national average grid EF = {v} tCO2/MWh; do not confuse it with the carbon-market figure 0.5703.", "0.5366", ["0.5306"]),
    ]),
    *fam("en grid 2023 national", GHG, [
        ("mixed-english", "FY2023 Scope 2 uses the 2023 全国电网平均排放因子, {v} tCO2/MWh, published in MEE Announcement 2025 No. 47.", "0.5306", ["0.5366"]),
        ("mixed-english", "HQ asked which factor applies to 2023 electricity: answer is 0.5306 tCO2/MWh, announced in {v}.", "2025 No. 47", ["2024 No. 47"]),
    ]),
    *fam("en grid 2021 national", GHG, [
        ("mixed-english", "Back-casting our 2021 baseline: the 2021 national grid average is {v} tCO2/MWh (Announcement 2024 No. 12).", "0.5568", ["0.5586"]),
    ]),
    *fam("en carbon market 0.5703", GHG, [
        ("mixed-english", "Reminder: {v} tCO2/MWh was set in the February 2023 notice for 2022 carbon-market reporting only — it is not the 2022 statistical average.", "0.5703", ["0.5730"]),
    ]),
    *fam("en regional grid 2022", GHG, [
        ("mixed-english", "Regional factors (2022): East China {v}, South China 0.3869, North China 0.6776 tCO2/MWh.", "0.5617", ["0.5671"]),
        ("mixed-english", "Our Guangzhou site sits in the 南方电网 area; its 2022 regional factor is {v} tCO2/MWh versus 0.5617 for East China.", "0.3869", ["0.3896"]),
        ("mixed-english", "Spread between regions is large: Southwest {v} vs North 0.6776 tCO2/MWh in 2022, almost a factor of three.", "0.2268", ["0.2862"]),
    ]),
    *fam("en excl market non-fossil 0.5856", GHG, [
        ("mixed-english", "Same announcement also gives a variant excluding market-traded non-fossil power: {v} tCO2/MWh; the fossil-only factor is 0.8325.", "0.5856", ["0.5658"]),
    ]),
    *fam("en electricity calorific coefficient", S2589, [
        ("mixed-english", "Energy conversion basis: electricity at calorific equivalent (当量值) {v} kgce/kWh per GB/T 2589-2020.", "0.1229", ["0.1292"]),
        ("mixed-english", "Why 0.1229? 1 kWh = 3,600 kJ and 1 kgce = {v} kJ, so 3,600 / 29,307 ≈ 0.1229.", "29,307", ["29,270"]),
    ]),
    *fam("en equivalent value range", S2589, [
        ("mixed-english", "If the scheme wants 等价值 instead, there is no fixed number; in practice it runs about 0.3–{v} kgce/kWh and the year and source must be stated.", "0.4", ["0.5"]),
    ]),
    *fam("en natural gas coefficient", S2589, [
        ("mixed-english", "Natural gas: default {v} kgce/m³ (gas-field gas); oil-field gas is often taken as 1.3300.", "1.2143", ["1.2413"]),
        ("mixed-english", "Diesel {v} kgce/kg, natural gas 1.2143 kgce/m³, coke 0.9714 kgce/kg — all GB/T 2589 reference values.", "1.4571", ["1.4714"]),
    ]),
    *fam("en C.1 first-level weights", S25, [
        ("mixed-english", "Table C.1 (example only) weights: Energy 30%, Resources 30%, Clean production 16%, Green products 16%, Land use {v}.", "8%", ["10%"]),
        ("mixed-english", "Slide 4 — 五个一级指标: energy low-carbon 30 / resource efficiency 30 / clean production {v} / green products 16 / land 8, total 100.", "16", ["14"]),
    ]),
    *fam("en platform functions", S25, [
        ("mixed-english", "The 能碳管理平台 indicator lists {v} business functions; the leading value is 8 items and the baseline 0.", "12", ["10"]),
        ("mixed-english", "Platform KPI in Table C.1: lead value {v} items, base 0, worth 6 points.", "8", ["12"]),
    ]),
    *fam("en annex B counts", S25, [
        ("mixed-english", "Annex B covers B.1 to B.27 with {v} equations, because B.24 holds two formulas.", "28", ["26"]),
    ]),
    *fam("en 36132 dates", S25, [
        ("mixed-english", "GB/T 36132-2025 was issued and took effect on {v}, replacing the 2018 edition.", "31 Dec 2025", ["1 Jul 2026"]),
    ]),
    *fam("en 2589 dates", S2589, [
        ("mixed-english", "GB/T 2589-2020 was published on 29 Sep 2020 and has been in force since {v}.", "1 Apr 2021", ["1 Jan 2021"]),
    ]),
    *fam("en leading value top share", S25, [
        ("mixed-english", "引领值 = benchmark level, roughly the top {v} of the industry; 基准值 = industry average.", "5%", ["10%"]),
    ]),
    *fam("en heat default factor", GHG, [
        ("mixed-english", "Purchased steam: the 2025 edition of GB/T 32150 gives a default heat factor of {v} tCO2/GJ, effective 1 Jul 2026.", "0.11", ["0.12"]),
    ]),
    *fam("en seven gases", GHG, [
        ("mixed-english", "GHG scope per GB/T 32150: {v} gases — CO2, CH4, N2O, HFCs, PFCs, SF6 and NF3.", "seven", ["six"]),
    ]),
    *fam("en supply chain scores", SCP, [
        ("mixed-english", "Green supply chain scorecard (586号 Annex 3): strategy 20, supplier mgmt 20, green production 20, recycling 20, info platform {v}, disclosure 10.", "10", ["15"]),
        ("mixed-english", "Disclosure block: four items at {v} points each, 10 points in total.", "2.5", ["2"]),
    ]),
    *fam("en park staff", SCP, [
        ("mixed-english", "Green park basic requirement: a dedicated management body with at least {v} full-time staff, and 100% cleaner-production audits of key enterprises.", "2", ["3"]),
    ]),
    *fam("en spot check exemption", SYS, [
        ("mixed-english", "Once listed, a plant that passes three spot checks in a row is exempt for {v}.", "five years", ["three years"]),
    ]),
    *fam("en plot ratio 8 m", S25, [
        ("mixed-english", "Plot ratio (容积率) tip: any storey higher than {v} m counts twice in the floor area.", "8", ["6"]),
    ]),
    *fam("en co2 calc 2023", GHG, [
        ("mixed-english", "Scope 2 FY2023: 12,000 MWh × 0.5306 tCO2/MWh = {v} tCO2.", "6,367.2", ["6,439.2"]),
        ("mixed-english", "Had we used the 2022 factor by mistake, 12,000 MWh × 0.5366 would give {v} tCO2, i.e. 72 t too high.", "6,439.2", ["6,367.2"]),
    ]),
    *fam("en linear score water reuse", S25, [
        ("mixed-english", "Water reuse scoring (linear, 5.2): 8 × (93 − 85)/(97 − 85) = {v} points.", "5.33", ["5.83"]),
    ]),
    *fam("en copper water reuse", S25, [
        ("mixed-english", "皖江示例铜业 (sample profile): reuse 57.6 million m³, withdrawal 2.4 million m³ → Rw = 57.6/(2.4+57.6) = {v}.", "96%", ["92%"]),
    ], profile="corpus/examples/copper-smelter.yaml"),
    *fam("en computer solid waste", S25, [
        ("mixed-english", "南粤示例电脑 sample profile: 6,110 t utilised out of 6,500 t generated, utilisation rate {v}.", "94.0%", ["92.0%"]),
    ], profile="corpus/examples/computer-assembly.yaml"),
    ok("en company data", NONE, "mixed-english", "Agenda: HQ review call on 14 March 2026, 10:00 CET, 6 attendees; target to cut Scope 2 by 15% by 2028 versus the 2023 baseline."),
    ok("en company data", NONE, "mixed-english", "Budget line: rooftop PV phase II, CNY 3.8 million, payback 6.5 years; contact Ms. Li at ext. 8021."),
    ok("en company data", NONE, "mixed-english", "The EHS team now has 9 people (2 new hires in Q1); the green factory filing is owned by Mr. Zhou."),
    *fam("en company data", NONE, [
        ("mixed-english", "CAPEX plan: VFD retrofit CNY 1.2 m, PV CNY 3.8 m, LED CNY 0.5 m — total CNY {v}.", "5.5 m", ["6.5 m"]),
    ]),
]
