"""Answerable questions on the five guides: greenhouse-gas accounting, the policy summary, the
self-evaluation report guide, the 586 notice attachments and the glossary.

Each item: (id, style, tags, question, keys, facts), as in items_a.
"""

from __future__ import annotations

GHG = "工厂温室气体核算要点§"
POL = "绿色制造体系政策要点§"
REP = "自评价报告编写指南§"
N586 = "工信厅节函〔2016〕586号§"
GLO = "绿色制造术语表§"

ITEMS_B: list[tuple[str, str, tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]] = [
    # 工厂温室气体核算要点
    ("q034", "colloquial", ("ghg",),
     "温室气体要核算哪几种？三氟化氮也要算吗？",
     (GHG + "1.4",), ("三氟化氮", "全球变暖潜势")),
    ("q035", "keyword", ("ghg", "grid-factor"),
     "0.5856 排放因子 口径",
     (GHG + "2.3",), ("不包括市场化交易的非化石能源电量",)),
    ("q036", "english", ("ghg", "edition", "heat"),
     "What default emission factor for purchased heat does the 2025 edition of GB/T 32150 give, "
     "and from when does that edition apply?",
     (GHG + "1.6",), ("0.11 tCO₂/GJ", "2026-07-01")),
    ("q037", "formal", ("ghg",),
     "企业所属行业在 GB/T 32151 中没有对应部分时，碳排放应按什么标准核算？",
     (GHG + "1.1",), ("按 GB/T 32150 通则核算",)),
    ("q038", "traditional", ("ghg", "grid-factor"),
     "2022年度南方電網的區域排放因子是多少？",
     (GHG + "表2",), ("0.3869",)),
    ("q039", "typo", ("ghg", "grid-factor"),
     "算例里如果误用2022年的因子，购入电力排房会多出多少吨",
     (GHG + "3.3",), ("30 tCO₂", "2 683")),
    ("q040", "multi", ("ghg", "grid-factor"),
     "碳市场用的 0.5703 和 2022 年度全国平均因子有什么区别？后者是多少？",
     (GHG + "2.5", GHG + "2.3"), ("碳市场履约报告专用口径", "0.5366")),
    # 绿色制造体系政策要点
    ("q041", "colloquial", ("policy", "spot-check"),
     "进了名单以后抽查连续三次都合格，是不是后面几年就不查了？",
     (POL + "3.4",), ("五年内免于抽查",)),
    ("q042", "formal", ("policy", "system"),
     "绿色制造体系中的“三项支撑”分别指什么？",
     (POL + "1.1",), ("绿色制造标准体系", "公共服务平台")),
    ("q043", "english", ("policy", "sector"),
     "Which priority sectors were named in the early green manufacturing system policy?",
     (POL + "1.4",), ("有色金属", "电子信息")),
    ("q044", "traditional", ("policy", "procedure"),
     "企業材料報送後，省級主管部門審核完向誰推薦？",
     (POL + "2.4",), ("向工信部推荐",)),
    ("q045", "typo", ("policy", "industry"),
     "申报绿色工厂的时候所属行业按啥判定，国民经济行也分类吗",
     (POL + "1.5",), ("GB/T 4754",)),
    # 自评价报告编写指南
    ("q046", "colloquial", ("report",),
     "自评价报告前面的基本信息表一般要填哪些栏目？",
     (REP + "2.3",), ("统一社会信用代码", "注册资本")),
    ("q047", "keyword", ("report", "structure"),
     "自评价报告 组成 前置部分 正文",
     (REP + "1.1",), ("三、下一步工作", "真实性声明")),
    ("q048", "formal", ("report", "indicator"),
     "按 2025 版标准撰写自评价报告时，每个最低一级指标应写明哪些要素？",
     (REP + "4.1",), ("证据清单编号", "公式编号")),
    ("q049", "english", ("report", "scoring"),
     "In the self-evaluation guide's worked example for an inverse quantitative indicator, how many points does the factory score?",
     (REP + "6.3",), ("5.08",)),
    ("q050", "traditional", ("report", "third-party"),
     "第三方評價報告正文後面要附哪兩張表？",
     (REP + "7.2",), ("基本要求符合情况表", "指标评价表")),
    ("q051", "typo", ("report", "land"),
     "自评报告里用地面积以啥为准，土地证还是红限",
     (REP + "4.7",), ("土地证（不动产权证）",)),
    # 工信厅节函〔2016〕586号
    ("q052", "colloquial", ("supply-chain", "scoring"),
     "绿色供应链评价里供应商管理那 20 分是怎么分的？",
     (N586 + "2.4",), ("低风险供应商所占比例 4 分", "供应商培训 3 分")),
    ("q053", "keyword", ("park", "basic-requirement"),
     "绿色园区 基本要求 专职人员 清洁生产审核",
     (N586 + "3.1",), ("至少 2 名专职工作人员", "100%")),
    ("q054", "formal", ("supply-chain", "scoring"),
     "绿色供应链管理评价中“绿色回收”方面的 20 分由哪几项构成？",
     (N586 + "2.6",), ("包装回收率 5 分", "回收体系")),
    ("q055", "traditional", ("park", "indicator"),
     "綠色園區能源利用類指標有哪些？能源產出率的單位是什麼？",
     (N586 + "3.3",), ("万元/tce", "清洁能源使用率")),
    # 绿色制造术语表
    ("q056", "english", ("glossary", "leading-value"),
     "What English term does the glossary give for 引领值?",
     (GLO + "2.11",), ("leading value",)),
    ("q057", "keyword", ("glossary", "land"),
     "代表产品换算系数 英文 译名",
     (GLO + "2.32",), ("conversion coefficient",)),
    ("q058", "colloquial", ("glossary", "veto", "edition"),
     "术语表里说的“一票否决”，到了 2025 版还算数吗？",
     (GLO + "2.49",), ("先满足 4.2 的基本要求",)),
    ("q059", "traditional", ("glossary", "formula"),
     "合格品產量在公式裡用什麼符號表示？",
     (GLO + "2.42",), ("公式中的 Q",)),
    ("q060", "multi", ("glossary", "land", "formula"),
     "术语表里 building coefficient 和 plot ratio 对应的公式编号分别是多少？",
     (GLO + "2.33", GLO + "2.34"), ("式（B.27）", "式（B.28）")),
]
