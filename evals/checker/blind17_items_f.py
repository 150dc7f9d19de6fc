"""blind17 genre ``speech``: a leader's speech (讲话稿) at a green-manufacturing mobilisation meeting:
the standard's constants in spoken form, Chinese numerals, and the speaker's own targets."""

from evals.checker.blind17_kit import CU, NONE, S25, SCP, Item, fam, multi, ok

ITEMS: list[Item] = [
    ok("speech-open", NONE, "speech-open",
       "同志们：今天我们召开全市绿色制造推进大会，主要任务是总结去年工作，部署今年 30 家企业的绿色工厂创建任务。"),
    *fam("speech-weights-spoken", S25, [
        ("speech-body", "大家要吃透新标准。示例指标表里，能源低碳化占百分之三十，资源高效化也占百分之三十，生产洁净化和产品绿色化"
                        "各占百分之{v}，用地集约化占百分之八。", "十六", ["十八"]),
    ]),
    *fam("speech-basic-3y", S25, [
        ("speech-body", "基本要求是门槛，第一条就是近{v}年内没有发生安全、质量、环境方面的违法违规，这条过不了，后面分数再高也没用。",
         "三", ["五"]),
    ]),
    *fam("speech-systems", S25, [
        ("speech-body", "质量、环境、能源、职业健康安全这{v}个管理体系，要真正建立、运行、持续改进，不能只挂证书。", "四", ["三"]),
    ]),
    *fam("speech-100", S25, [
        ("speech-body", "新标准明确每个指标都按{v}分制计分，达到引领值得满分，低于基准值得零分，中间的按比例来算。", "百", ["十"]),
    ]),
    *fam("speech-no-pass", S25, [
        ("speech-body", "这里要澄清一个误区：GB/T 36132-2025 本身并没有规定多少分算通过，总分是{v}个一级指标得分之和，门槛由评价方案或通知来定。",
         "五", ["六"]),
    ]),
    ok("speech-targets", NONE, "speech-target",
       "今年全市的目标是：新增省级绿色工厂 12 家、市级 30 家，规上工业单位增加值能耗下降 3.5% 左右。"),
    ok("speech-money", NONE, "speech-target",
       "市财政安排绿色制造专项资金 8 000 万元，对新认定的国家级绿色工厂一次性奖励 100 万元、省级 50 万元。"),
    *fam("speech-platform", S25, [
        ("speech-body", "数字化是短板。表C.1 里有一项“能碳管理平台功能满足数”，列了十二项业务功能，引领值是{v}项，基准值是零。",
         "八", ["十"]),
    ]),
    *fam("speech-cu-example", S25, [
        ("speech-example", "皖江铜业的平台已经具备九项功能，超过了引领值，这一项直接拿满分{v}分，大家要去学一学。", "六", ["八"]),
    ], CU),
    *fam("speech-sc-total", SCP, [
        ("speech-body", "供应链方面，586 号文附件的评价要求满分一百分，其中信息平台建设{v}分、信息披露十分，披露四项每项二点五分。",
         "十", ["二十"]),
    ]),
    *fam("speech-sc-strategy", SCP, [
        ("speech-body", "绿色供应链管理战略这一块二十分，纳入发展规划八分，制定目标六分，设置专门机构{v}分。", "六", ["四"]),
    ]),
    ok("speech-history", NONE, "speech-open",
       "回顾过去五年，全市累计创建各级绿色工厂 107 家，绿色园区 3 个，单位工业增加值能耗累计下降 17.6%。"),
    *fam("speech-park-staff", SCP, [
        ("speech-body", "园区要设专门机构，至少配备{v}名专职工作人员，这是绿色园区的基本要求之一。", "两", ["三"]),
    ]),
    *fam("speech-lead-base", S25, [
        ("speech-body", "引领值代表行业最好的百分之{v}，是标杆；基准值是行业平均，是每家都要跨过去的门槛。", "五", ["十"]),
    ]),
    ok("speech-close", NONE, "speech-close",
       "最后强调三点：一要压实责任，二要用好资金，三要抓好数据质量。希望大家在年底前交出一份满意的答卷。谢谢大家！"),
    ok("speech-schedule", NONE, "speech-target",
       "请各区县在 4 月 15 日前报送创建名单，6 月底前完成第一轮自评价，9 月组织专家现场指导不少于 2 次。"),
    *multi("speech-retrofit", S25, "speech-body",
           "还要看改造投入。示例表把近{y}年绿色低碳改造投资占同期产值的比重列为一个指标，分值是{p}分。",
           {"y": "三", "p": "四"}, {"y": ["五"], "p": ["六"]}),
]
