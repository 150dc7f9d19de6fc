"""blind16 items, part d: phone-call transcripts with filler words (电话记录) and English-mixed
consultant memos."""

from evals.checker.blind16_kit import GHG, REP, S25, S2589, SCP, SYS, Item, fam

ITEMS: list[Item] = [
    # --- phone-call transcripts ---
    *fam("phone 2022 national factor", GHG, [
        ("phone-factor",
         "客户：喂，您好，就是那个……2022年的全国电网平均因子是多少来着？\n"
         "顾问：嗯，2022年度的话，是{v}，生态环境部2024年第33号公告，对对。", "0.5366", ["0.5306"])]),
    *fam("phone 2022 excluding market non-fossil", GHG, [
        ("phone-factor",
         "顾问：呃，同一个公告里还有个口径，就是不包括市场化交易的非化石能源电量的，那个是{v}，"
         "您要是绿电另外单算了，可能得用这个，具体看核算规则哈。", "0.5856", ["0.5857"])]),
    *fam("phone fossil-only factor", GHG, [
        ("phone-factor",
         "客户：还有个0.8几的是啥？\n顾问：哦，那个是全国化石能源电力平均排放因子，嗯，{v}，"
         "一般不直接拿来算工厂外购电。", "0.8325", ["0.8523"])]),
    *fam("phone southwest factor", GHG, [
        ("phone-factor",
         "客户：那西南区域的呢？\n顾问：2022年度西南区域电网是{v}，嗯，七个区域里最低的。", "0.2268", ["0.2286"])]),
    *fam("phone north factor", GHG, [
        ("phone-factor",
         "顾问：华北那边就高了，嗯……2022年度是{v}，七个区域里最高。", "0.6776", ["0.6676"])]),
    *fam("phone central factor", GHG, [
        ("phone-factor",
         "客户：我们是华中的。\n顾问：华中啊，2022年度区域因子{v}，对，就这个，报告里写清楚年份和出处。",
         "0.5395", ["0.5359"])]),
    *fam("phone 5.2 example retold", S25, [
        ("phone-score",
         "顾问：就比如说啊，标准里那个算例，分值8分，基准80、引领90，实际86，那就是8乘以6再除以10，"
         "等于{v}分，明白吧？", "4.8", ["4.6"])]),
    *fam("phone inverse example retold", REP, [
        ("phone-score",
         "顾问：逆向的就反过来，用基准减实际。指南里那个例子，基准0.050、引领0.030、实际0.0373，"
         "分值8分的话，得{v}分左右。", "5.08", ["5.8"])]),
    *fam("phone gasoline coefficient", S2589, [
        ("phone-coefficient",
         "客户：柴油折标多少？\n顾问：1.4571，嗯，千克标准煤每千克。\n客户：汽油呢？\n"
         "顾问：汽油跟煤油一样，{v}。", "1.4714", ["1.4286"])]),
    *fam("phone low-pressure steam", S2589, [
        ("phone-coefficient",
         "顾问：低压蒸汽的话，嗯……{v} kgce/kg，跟高炉煤气每立方米那个数一样，挺好记的。", "0.1286", ["0.1229"])]),
    *fam("phone coke oven gas range", S2589, [
        ("phone-coefficient",
         "顾问：焦炉煤气不是一个固定数，是个范围，{v}到0.6143 kgce/m³，看你们实测热值取。", "0.5714", ["0.5174"])]),
    *fam("phone raw coal", S2589, [
        ("phone-coefficient",
         "顾问：洗精煤就是0.9000，原煤呢是{v}，那个……都按千克算。", "0.7143", ["0.7413"])]),
    *fam("phone crude and fuel oil", S2589, [
        ("phone-coefficient",
         "客户：重油呢？燃料油？\n顾问：燃料油跟原油一样，都是{v} kgce/kg，嗯。", "1.4286", ["1.4571"])]),
    *fam("phone five-year spot-check exemption", SYS, [
        ("phone-listing",
         "客户：那个，听说抽查过几次就不查了？\n顾问：对，自我声明信息连续三次抽查都合格的，后面{v}年内免于抽查，"
         "但是数据还是要每年更新的哈。", "五", ["十"])]),
    # --- English-mixed consultant memos ---
    *fam("memo B.10 edition", S25, [
        ("memo-formula",
         "Memo to client：关于 industrial water reuse rate，按 Annex B 的 B.10，Rw = Vr/(V+Vr) × 100%。"
         "Your draft used Vr/V, which can exceed 100% — please revise. Reference: GB/T 36132-{v}.", "2025", ["2018"])]),
    *fam("memo green products weight", S25, [
        ("memo-weight",
         "Quick note: Table C.1 gives 产品绿色化 (green products) an example weight of {v}, split into green design 8 "
         "+ product carbon footprint 8. It is informative only — the sector scheme decides.", "16%", ["20%"])]),
    *fam("memo leading value benchmark", S25, [
        ("memo-lead",
         "FYI the leading value (引领值) is benchmarked at roughly the top {v} of the industry and is somewhat "
         "forward-looking; the baseline (基准值) reflects the industry average.", "5%", ["15%"])]),
    *fam("memo FY2023 grid factor", GHG, [
        ("memo-factor",
         "For FY2023 purchased electricity, apply the national grid factor {v} tCO2/MWh (MEE Announcement No. 47 of "
         "2025). Don't use 0.5703 — that is the carbon-market figure for 2022 reporting.", "0.5306", ["0.5366"])]),
    *fam("memo tce to kgce", S2589, [
        ("memo-unit",
         "Conversion reminder for the energy sheet: 1 tce = {v} kgce, and 1 kgce is defined as 29 307 kJ.",
         "1 000", ["10 000"])]),
    *fam("memo electricity 3600 kJ", S2589, [
        ("memo-unit",
         "Why 0.1229? At 当量值 1 kWh carries {v} kJ of heat; divide by 29 307 kJ/kgce and you get 0.1229 kgce/kWh.",
         "3 600", ["3 200"])]),
    *fam("memo natural gas range upper", S2589, [
        ("memo-coefficient",
         "Natural gas coefficients in the literature run from 1.1000 to {v} kgce/m³ (oil-field gas at the top); "
         "we default to gas-field gas at 1.2143 unless the supplier provides a calorific value.", "1.3300", ["1.3000"])]),
    *fam("memo ghg example total", GHG, [
        ("memo-carbon",
         "Worked example from our GHG note: 5 000 MWh × 0.5306 = 2 653 tCO2 indirect, plus 1 200 tCO2 direct "
         "combustion = {v} tCO2 in total.", "3 853", ["3 583"])]),
    *fam("memo wrong-year difference 30", GHG, [
        ("memo-carbon",
         "Same example with the 2022 factor 0.5366 by mistake: indirect becomes 2 683 tCO2, i.e. {v} tCO2 too "
         "high. Match the factor year to the evaluation year.", "30", ["60"])]),
    *fam("memo B.25 conversion equation", S25, [
        ("memo-formula",
         "For multi-product capacity, convert each product via ki = ti/t0 — that is equation (B.{v}), still inside "
         "clause B.24, before dividing by land area.", "25", ["26"])]),
    *fam("memo 586 notice attachments", SCP, [
        ("memo-policy",
         "Background: the MIIT notice 工信厅节函〔2016〕586号 came with {v} attachments — green factory, green park "
         "and green supply chain evaluation requirements.", "3", ["4"])]),
]
