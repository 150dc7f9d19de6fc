"""A small guide written for the refusal tests: each clause is the near miss of one question class
(tests/test_refusal_subject.py, tests/test_refusal_agent.py). Not taken from any gold set."""

from __future__ import annotations

from pathlib import Path

DOC_ID = "测试核算指南"

GUIDE = """# 测试核算指南

## 1 电网因子

### 1.1 区域电网因子

2022 年度区域电网平均排放因子中，华北为 0.6776 tCO2/MWh，华东为 0.5617 tCO2/MWh。【置信度：中】各区域电网包含哪些省份，请以生态环境部公告原文为准。

### 1.2 全国电网因子

2023 年度全国电网平均排放因子为 0.5306 tCO2/MWh，用于核算外购电力的间接排放。

### 1.3 算例

某工厂购入电力 5 000 MWh，按 2023 年度全国因子折合 2 653 tCO2。

## 2 行业评价要求

### 2.1 名称

行业评价要求的名称按行业确定，例如造纸、印染，对应名称即《绿色工厂评价要求 造纸》《绿色工厂评价要求 印染》。

### 2.2 纺织行业

纺织行业的绿色工厂应重点考核印染废水的回用和单位产品取水量。

## 3 名单

### 3.1 公示与发布

通过评审的名单先向社会公示，公示无异议后正式发布名单。

### 3.2 抽查结果

抽查结果在网站公示 5 个工作日，公示后移出不合格的单位。

## 4 取水

### 4.1 取水量

取水量是工厂从各种水源取得的水量，不包括消防用水和对外供水。

## 5 获评以后

### 5.1 动态管理

已列入的工厂每年更新数据，表现落后的可被移出。【置信度：中】具体的移出条件请以主管部门的原文为准。

### 5.2 信息披露

企业对外披露绿色信息，共四项披露内容，每项 2.5 分。【置信度：中】四项披露内容各自的名称请以附件原文为准。

### 5.3 资金支持

获评工厂可以申请技术改造资金。具体的支持额度本语料不收录。
"""

MANIFEST = f"""version: 1
documents:
  - file: guide.md
    doc_id: {DOC_ID}
    title: 测试核算指南
    kind: guide
    status: current
"""


def write_guide(folder: Path) -> Path:
    """The guide and its manifest in ``folder`` (tests/conftest.py's ``refusal_assistant`` indexes it
    once per session)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "guide.md").write_text(GUIDE, encoding="utf-8")
    (folder / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    return folder


# What a question asks for, deferred by the clause that is about it (retrieve/subject.deferred_ask):
# (question, the word the refusal names); and the neighbours that clause does answer.
ASK_REFUSE = [
    ("工厂被移出的条件有哪些？", "条件"),
    ("四项披露内容分别是什么？", "各项名称"),
    ("技术改造资金的支持额度是多少？", "额度"),
]
ASK_ANSWER = [
    ("动态管理有哪些要求？", f"{DOC_ID}§5.1"),
    ("信息披露共有几项内容，每项多少分？", f"{DOC_ID}§5.2"),
    ("获评工厂可以申请什么资金？", f"{DOC_ID}§5.3"),
]

# (question, why it must be refused: the word the refusal names, or "" for out of domain)
REFUSE = [
    ("华北区域电网覆盖哪几个省份？", "省份"),
    ("造纸行业的单位产品取水量基准值是多少？", "造纸"),
    ("2023年度 华北区域电网 排放因子", "2023年度"),
    ("名单公示期是几天？", "几天"),
    ("股票市盈率怎么算？", ""),
]
# The answerable neighbour of each: the same domain words, a subject the guide does state.
ANSWER = [
    ("华北区域电网的排放因子是多少？", f"{DOC_ID}§1.1"),
    ("纺织行业绿色工厂重点考核什么？", f"{DOC_ID}§2.2"),
    ("2023年度 全国电网平均排放因子", f"{DOC_ID}§1.2"),
    ("抽查结果公示几个工作日？", f"{DOC_ID}§3.2"),
    ("取水量包括消防用水吗？", f"{DOC_ID}§4.1"),
    ("算例里购入 5000 MWh 电力折合多少二氧化碳？", f"{DOC_ID}§1.3"),  # printed 5 000 in the clause
]
