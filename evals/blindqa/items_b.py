"""Blind answerable questions on the guides, and the refusals.

Guides: GHG accounting, green manufacturing policy, 586 supply chain / park digest, the
self-evaluation report guide and the glossary. Refusals: questions the corpus almost answers
(each absence checked by grepping the corpus, see evals/gold/blindqa.md) and out-of-domain ones.
"""

from __future__ import annotations

from evals.blindqa.items_a import GHG, GL, S25, Item

POL = "绿色制造体系政策要点§"
SC = "工信厅节函〔2016〕586号§"
REP = "自评价报告编写指南§"

ITEMS_B: list[Item] = [
    # --- GHG accounting guide ---
    ("q055", "keyword", ("ghg", "grid-factor"), "2023年度 全国电网平均排放因子",
     (GHG + "2.4", GHG + "表1"), ("0.5306",)),
    ("q056", "colloquial", ("ghg", "grid-factor"), "0.5703 这个电网因子是干啥用的？做绿色工厂能用吗？",
     (GHG + "2.5",), ("碳市场", "0.5366")),
    ("q057", "keyword", ("ghg", "grid-factor", "region"), "华北 区域电网 排放因子 2022",
     (GHG + "表2", GHG + "2.6"), ("0.6776",)),
    ("q058", "traditional", ("ghg",), "溫室氣體核算要算哪幾種氣體？",
     (GHG + "1.4", GL + "2.44"), ("六氟化硫", "三氟化氮")),
    ("q059", "colloquial", ("ghg", "biomass"), "烧生物质颗粒产生的二氧化碳要算进排放总量里吗？",
     (GHG + "1.5",), ("单独报告",)),
    ("q060", "formal", ("ghg", "edition"), "GB/T 32150 的 2025 年版何时实施？其中购入热力的缺省排放因子是多少？",
     (GHG + "1.6",), ("2026-07-01", "0.11 tCO₂/GJ")),
    ("q061", "english", ("ghg", "grid-factor"),
     "What is the 2022 national grid factor that excludes market-traded non-fossil electricity?",
     (GHG + "2.3", GHG + "表1"), ("0.5856",)),
    ("q062", "multi", ("ghg", "formula"), "单位产品碳排放量怎么算？里面的排放总量 C 由哪几部分组成？",
     (S25 + "B.3", GHG + "3.1", GHG + "3.2"), ("Cu = C / Q", "购入电量 × 电网排放因子")),
    ("q063", "colloquial", ("ghg", "example"), "指南算例里买了 5000 MWh 电，按 2023 年因子折多少吨二氧化碳？",
     (GHG + "3.3",), ("2 653 tCO₂",)),
    ("q064", "typo", ("ghg", "grid-factor"), "电网排放因子的单为是什么，能不能在软件里写死？",
     (GHG + "2.1",), ("tCO₂/MWh", "不能在计算书或软件中写死")),
    ("q065", "formal", ("ghg", "grid-factor"), "2021 年度全国电网平均排放因子由哪份公告发布，数值为多少？",
     (GHG + "2.2", GHG + "表1"), ("2024 年第 12 号", "0.5568")),
    # --- green manufacturing policy guide ---
    ("q066", "colloquial", ("policy", "system"), "绿色制造体系到底由哪些部分组成？",
     (POL + "1.1", GL + "2.2"), ("绿色供应链", "公共服务平台")),
    ("q067", "multi", ("policy", "spot-check"), "列入名单后抽查连续合格几次可以免抽查？免多少年？",
     (POL + "3.4",), ("连续三次", "五年")),
    ("q068", "keyword", ("policy", "spot-check"), "抽查不合格 处理",
     (POL + "3.3",), ("移出名单",)),
    ("q069", "traditional", ("policy", "tiered"), "綠色工廠梯度培育分成幾個層級？",
     (POL + "4.1", GL + "2.50"), ("国家级、省级、市级",)),
    ("q070", "formal", ("policy", "third-party"), "第三方评价机构在现场评价中通过哪些方式取证？",
     (POL + "2.3", REP + "7.3"), ("抽样检测", "原始记录")),
    ("q071", "colloquial", ("policy", "third-party"), "2025 年以后申报国家级还要第三方评价报告吗？",
     (POL + "2.6", REP + "7.1"), ("工信厅节函〔2025〕390号",)),
    ("q072", "keyword", ("policy", "industry"), "绿色制造 重点行业 名单",
     (POL + "1.4",), ("有色金属", "电子信息")),
    ("q073", "english", ("policy", "gb4754"), "Which standard decides which industry a factory belongs to?",
     (POL + "1.5", GL + "2.51"), ("GB/T 4754",)),
    ("q074", "typo", ("policy", "funding"), "绿色制造体系建设能拿到哪些资今支持？",
     (POL + "5.1",), ("中央预算内投资", "技术改造资金")),
    ("q075", "colloquial", ("policy", "procedure"), "省里推荐之后，工信部那边还有哪些环节才出名单？",
     (POL + "2.5",), ("专家评审", "公示")),
    # --- 586 supply chain and park digest ---
    ("q076", "keyword", ("supply-chain", "scoring"), "绿色供应链管理评价 六个方面 分值",
     (SC + "2.2", SC + "表1"), ("绿色信息平台建设 10 分", "绿色回收 20 分")),
    ("q077", "colloquial", ("supply-chain", "scoring"), "供应商管理里面，低风险供应商占比占几分？",
     (SC + "2.4", SC + "表1"), ("低风险供应商所占比例 4 分",)),
    ("q078", "traditional", ("supply-chain", "scoring"), "綠色信息披露每一項幾分？",
     (SC + "2.8",), ("2.5 分",)),
    ("q079", "formal", ("park", "basic-requirements"), "绿色园区基本要求对管理机构和专职人员有何规定？",
     (SC + "3.1",), ("至少 2 名专职工作人员",)),
    ("q080", "multi", ("park", "indicator"), "绿色园区评价指标分哪几类？能源产出率的单位是什么？",
     (SC + "3.2", SC + "3.3"), ("运行管理", "万元/tce")),
    ("q081", "english", ("supply-chain", "scoring"),
     "What items are scored under green recycling in the green supply chain management evaluation?",
     (SC + "2.6",), ("产品回收率", "包装回收率")),
    ("q082", "typo", ("supply-chain", "scoring"), "绿色供应练管理战略那 20 分是怎么分配的？",
     (SC + "2.3",), ("8 分", "6 分")),
    ("q083", "keyword", ("supply-chain", "policy"), "586号通知 附件 三个",
     (SC + "1.1", POL + "6.1"), ("绿色园区评价要求", "绿色供应链管理评价要求")),
    # --- self-evaluation report guide ---
    ("q084", "colloquial", ("report",), "自评价报告一般由哪几块组成？",
     (REP + "1.1",), ("真实性声明", "自评价得分表")),
    ("q085", "keyword", ("report",), "自评价报告 基本信息表 栏目",
     (REP + "2.3",), ("统一社会信用代码", "法定代表人")),
    ("q086", "formal", ("report", "edition"), "沿用按 GB/T 36132-2018 设计的自评价模板时，正文应如何调整？",
     (REP + "1.3",), ("五个一级指标",)),
    ("q087", "colloquial", ("report", "scoring"), "得分表在行业标准指标表的栏目之外还要加哪几栏？",
     (REP + "6.1",), ("实际值", "证据编号")),
    ("q088", "typo", ("report", "scoring"), "逆向定量指标付分的算例，实际值 0.0373 得几分？",
     (REP + "6.3",), ("5.08 分",)),
    ("q089", "traditional", ("report", "evidence"), "證據索引常見的證據材料有哪些？",
     (REP + "6.4",), ("购电购气发票", "管理体系证书")),
    ("q090", "multi", ("report", "third-party"), "第三方评价报告大纲包括什么？正文后要附哪两张表？",
     (REP + "7.2",), ("基本要求符合情况表", "指标评价表")),
    ("q091", "english", ("report",), "What paper size does the fill-in instruction of the self-evaluation report ask for?",
     (REP + "2.2",), ("A4",)),
    # --- glossary ---
    ("q092", "english", ("glossary", "scoring"), "What is the Chinese term for 'leading value' and what level does it stand for?",
     (GL + "2.11", S25 + "4.4"), ("引领值", "前 5%")),
    ("q093", "keyword", ("glossary", "formula", "land"), "代表产品换算系数 ki",
     (GL + "2.32", S25 + "B.24"), ("ki = ti / t0",)),
    ("q094", "traditional", ("glossary", "land"), "用地產出率在表C.1 示例裡的分值是多少？",
     (GL + "2.31", S25 + "表C.1"), ("8 分",)),
]

# Refusals. In-domain: the corpus names the topic but not the asked value (each grep in the .md).
REFUSALS: list[tuple[str, str, str, str]] = [
    ("qr01", "colloquial", "in-domain-unanswerable", "今年国家级绿色工厂申报的截止日期是几月几号？"),
    ("qr02", "formal", "in-domain-unanswerable", "入选国家级绿色工厂的企业可获得多少万元奖励资金？"),
    ("qr03", "colloquial", "in-domain-unanswerable", "江苏省申报绿色工厂要交几份纸质材料？"),
    ("qr04", "keyword", "in-domain-unanswerable", "2024年度 全国电网平均排放因子"),
    ("qr05", "colloquial", "in-domain-unanswerable", "华北区域电网具体包括哪几个省份？"),
    ("qr06", "formal", "in-domain-unanswerable", "绿色园区评价指标共有多少项？六类指标的权重分别是多少？"),
    ("qr07", "keyword", "in-domain-unanswerable", "绿色工厂评价要求 铜冶炼 单位产品综合能耗 引领值"),
    ("qr08", "colloquial", "in-domain-unanswerable", "请第三方评价机构做绿色工厂评价，收费标准是多少？"),
    ("qr09", "formal", "in-domain-unanswerable", "绿色供应链管理评价中绿色信息披露的四项内容分别是什么？"),
    ("qr10", "keyword", "in-domain-unanswerable", "液化天然气 LNG 折标准煤系数"),
    ("qr11", "formal", "in-domain-unanswerable", "申报省级绿色工厂需要满足哪些具体条件？"),
    ("qr12", "colloquial", "in-domain-unanswerable", "GB/T 32150 2025 年版里购入电力的缺省排放因子是多少？"),
    ("qr13", "keyword", "in-domain-unanswerable", "2023年度 华东区域电网 排放因子"),
    ("qr14", "colloquial", "in-domain-unanswerable", "国家级绿色工厂名单公示期是几天？"),
    ("qr15", "formal", "in-domain-unanswerable", "钢铁行业绿色工厂评价标准的标准编号是什么？"),
    ("qr16", "colloquial", "in-domain-unanswerable", "评上绿色工厂以后这个称号有效期是几年？"),
    ("qr17", "typo", "in-domain-unanswerable", "煤干石的折标准煤系数是多少"),
    ("qr18", "english", "in-domain-unanswerable",
     "What is the deadline each year for green factories to update their data under the tiered cultivation rules?"),
    ("qr19", "colloquial", "out-of-domain", "帮我写一首关于春天的诗"),
    ("qr20", "english", "out-of-domain", "How do I remove duplicates from a list in Python?"),
    ("qr21", "formal", "out-of-domain", "个人所得税专项附加扣除包括哪些项目？"),
    ("qr22", "english", "out-of-domain", "What is the capital of Australia?"),
    ("qr23", "keyword", "out-of-domain", "增值税 一般纳税人 税率"),
    ("qr24", "colloquial", "out-of-domain", "上海到杭州坐高铁要多久？"),
    ("qr25", "colloquial", "out-of-domain", "股票市盈率怎么算？"),
]
