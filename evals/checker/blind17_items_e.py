"""blind17 genre ``press``: a press release (新闻稿) on the computer plant's listing as a national green
factory: the standard's dates and structure, the listing rules and the plant's own figures."""

from evals.checker.blind17_kit import NONE, PC, S25, SYS, Item, fam, multi, ok

ITEMS: list[Item] = [
    ok("press-headline", NONE, "press-lead",
       "【本报讯】近日，工业和信息化部公布 2024 年度绿色制造名单，南粤示例电脑制造有限公司成功入选国家级绿色工厂，"
       "成为本市第 14 家获此称号的企业。", PC),
    *fam("press-std-date", S25, [
        ("press-body", "据介绍，新版国家标准 GB/T 36132-2025《绿色工厂评价通则》已于 {v} 发布并同日实施，企业此次创建全程对标新版要求。",
         "2025 年 12 月 31 日", ["2025 年 10 月 31 日"]),
    ]),
    *fam("press-std-replaces", S25, [
        ("press-body", "新标准代替了 {v} 年发布的旧版，这也是该标准自首次发布以来的第一次修订。", "2018", ["2016"]),
    ]),
    *fam("press-five", S25, [
        ("press-body", "新版标准把绿色工厂概括为能源低碳化、资源高效化、生产洁净化、产品绿色化和用地集约化“{v}化”。", "五",
         ["六"]),
    ]),
    ok("press-pc-figures", NONE, "press-company",
       "公司总经理介绍，2023 年工厂生产台式计算机 120 万台、笔记本电脑 80 万台、服务器 5 万台，屋顶光伏年发电 600 万千瓦时。", PC),
    ok("press-pc-jobs", NONE, "press-company",
       "项目带动就业约 3 600 人，近三年累计投入绿色化改造资金 6 000 万元，单位产值能耗三年下降约 18%。", PC),
    *fam("press-tiers", SYS, [
        ("press-background", "背景链接：按照《绿色工厂梯度培育及管理暂行办法》（工信部节〔{v}〕13号），绿色工厂分国家、省、市三级梯度培育。",
         "2024", ["2023"]),
        ("press-background", "背景链接：绿色工厂实行国家级、省级、市级共{v}个层级的梯度培育和动态管理，每年更新数据。", "三",
         ["四"]),
    ]),
    *fam("press-spotcheck", SYS, [
        ("press-background", "入选后并非一劳永逸：公开信息将接受抽查，抽查不合格将被移出名单；连续{v}次抽查合格的，可五年内免于抽查。",
         "三", ["两"]),
    ]),
    *fam("press-tc", S25, [
        ("press-background", "该标准由工业和信息化部提出，由全国环境管理标准化技术委员会（SAC/TC {v}）归口。", "207", ["217"]),
    ]),
    *multi("press-pc-rates", NONE, "press-company",
           "数据显示，工厂一般工业固体废物 6 500 吨中综合利用 6 110 吨，利用率达{r}%；建筑系数 {b}%。",
           {"r": "94", "b": "58"}, {"r": ["96"], "b": ["85"]}, PC),
    ok("press-pc-score", NONE, "press-company",
       "在自评价中，工厂总分为 87.6 分，其中能源低碳化维度得 25.2 分，用地集约化维度得满分 8 分。", PC),
    *fam("press-weight-energy", S25, [
        ("press-body", "业内人士指出，在标准附录的示例指标表中，能源低碳化与资源高效化两项权重合计达{v}%，是企业创建的重点。",
         "60", ["46"]),
    ]),
    ok("press-quote", NONE, "press-quote",
       "“下一步，我们计划到 2027 年把可再生能源电力占比提高到 35% 以上，并推动 200 家核心供应商开展碳盘查。”公司董事长表示。", PC),
    ok("press-city", NONE, "press-company",
       "截至目前，全市累计培育国家级绿色工厂 14 家、省级绿色工厂 63 家、绿色供应链管理企业 5 家。"),
    *fam("press-pc-renewable", NONE, [
        ("press-company", "2023 年，工厂自发自用光伏 600 万千瓦时、购买绿电 900 万千瓦时，可再生电力合计{v}万千瓦时。", "1500",
         ["1600"]),
    ], PC),
    *fam("press-chapters", S25, [
        ("press-body", "与旧版相比，新标准新增了第 5 章评分规则和第 {v} 章评价结果，并要求每项指标按百分制计分。", "6", ["7"]),
    ]),
    ok("press-ceremony", NONE, "press-lead",
       "授牌仪式于 3 月 28 日上午举行，市工信局、生态环境局等 6 个部门负责人及企业代表约 120 人参加。", PC),
]
