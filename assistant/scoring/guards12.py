"""Weak links found in round twelve (called by guards.weak_link only for a mismatch): the number is not
a statement of the value it was linked to, so it is left unverifiable rather than called wrong.

- the result of a written expression (`按两倍计后容积率＝14/10＝1.4`) linked to a constant of another kind
  (B.27's two storeys): the expression says what the number is, and worked.py checks it;
- an expression's result after a bracketed label of its last operand (`6 000 万 − 600 万（自发自用光伏）= 5 400 万 kWh`);
- a number whose bracket after it names its role (`至少具备 8 项业务功能（对应…引领值）`) linked to another value;
- a gross amount something is taken off right after (`取水总量 250 万 m³，扣除对外供水 10 万 m³`) linked to the net value;
- a per-product amount (`合格品 5 万t，单位产品约 37.3 kgce/t`) linked to an energy's coefficient named
  earlier in the sentence (`柴油 20 t`): a coefficient is per unit of the fuel, not of the product;
- a class's value linked through an item pronoun (`资源高效化该项得 4 分`: the item named before);
- the value before a change (`该项由 4 分升到 8 分`) linked to a constant;
- a value under a self-evaluation's head (`自评汇总：管理战略 17 分、…`) linked to the item's points;
- a class's own value (its score, weight or full points) linked to a list of its items' values
  (`能源低碳化三项得分分别为 2.74 分、3.48 分、3.47 分`);
- a member of a list of scores (`先进工艺与装备 6 分、改造投资占比 2.04 分、SO2 排放强度 3.3 分，合计 11.34 分`)
  linked to the item's points: parts that add up to the written total, one of them a fraction no
  points value has (points are whole or half points), are what was earned.
"""

from __future__ import annotations

import re

from assistant.types import Claim

from .lexicon import Subject

_PER_PRODUCT = re.compile(r"单位产品|单位产值|吨产品|每吨产品|产品单耗|万元产值")
# '能源低碳化三项得分分别为 2.74 分、3.48 分…': the values of a class's items, one by one
_ITEMS = re.compile(r"[一二两三四五六七八九十\d]+\s*(?:项|个)(?:指标|二级指标)?[^，,。；;\d]{0,8}(?:分别|依次)")
# '绿色供应链自评汇总：管理战略 17 分、…': the scores of a self-evaluation, item by item
_SELF = re.compile(r"(?:自评|自评价|自查|评分|打分|得分|实得)(?:汇总|结果|情况|明细|表)?\s*(?:[：:]|(?:为|得)?\s*\d)")
_ITEM_PRONOUN = re.compile(r"(?:该项|这一项|这项|此项|本项)[^，,。；;\d]{0,6}$")  # '资源高效化该项得 4 分'
_RISE = re.compile(r"[^，,。；]{0,6}?(?:升到|升至|提高到|提高至|提升到|提升至|降到|降低到|增加到|减少到|涨到)")
_LABEL_EQ = re.compile(r"[（(][\u4e00-\u9fffA-Za-z]{1,12}[）)]\s*[=＝≈]\s*(?:约)?\s*$")
# '至少具备 8 项业务功能（对应…表C.1 第 4 项引领值）': the bracket after the number says which value it is
_ROLE_AFTER = re.compile(r"[^，,。；;（(\d]{0,12}[（(][^）)]{0,30}?(引领值|基准值)[^）)]{0,6}[）)]")
_GROSS = re.compile(r"\s*[，,]?\s*(?:扣除|减去|减掉|扣掉|去掉|剔除|刨去)")  # '取水总量 250 万 m³，扣除对外供水…'
_RESULT = re.compile(r"[\d)）]\s*[=＝≈]\s*(?:约)?\s*$")
_OPERATOR = re.compile(r"\d\s*[×xX*÷/+\-−－]\s*[(（]?\s*\d")
_JOIN = re.compile(r"^[^，,。；;]{0,16}$")  # adjacent claims: "、SO2 排放强度 " holds no number
_TOTAL = re.compile(r"^\s*[，,]\s*(?:合计|共计|总计|小计|共)\s*(?:为|得)?\s*$")


def _score_run(text: str, claims: list[Claim], claim: Claim) -> bool:
    """`claim` is one of a run of values in 分 joined by names, that ends in a written total equal to
    their sum, and one of them has a fraction other than a half."""
    if claim.unit != "分" or claim not in claims:
        return False
    k = claims.index(claim)
    lo = hi = k
    while lo > 0 and claims[lo - 1].unit == "分" and _JOIN.match(text[claims[lo - 1].end:claims[lo].start]):
        lo -= 1
    while hi + 1 < len(claims) and claims[hi + 1].unit == "分" and _JOIN.match(text[claims[hi].end:claims[hi + 1].start]) \
            and not _TOTAL.match(text[claims[hi].end:claims[hi + 1].start]):
        hi += 1
    run = claims[lo:hi + 1]
    if len(run) < 2 or hi + 1 >= len(claims) or claims[hi + 1].unit != "分":
        return False
    total = claims[hi + 1]
    if not _TOTAL.match(text[run[-1].end:total.start]):
        return False
    added = sum(c.value for c in run)
    return abs(added - total.value) <= 0.011 + 10 ** -max(c.decimals for c in (*run, total)) / 2 and any(
        abs(c.value * 2 - round(c.value * 2)) > 1e-9 for c in run)


def weak(text: str, s0: int, claim: Claim, subj: Subject, claims: list[Claim]) -> str:
    """Why the link of `claim` to `subj` is too weak to judge ('' when it is not)."""
    head = text[s0:claim.start]
    clause = re.split(r"[，,；;：:]", head)[-1]
    if subj.constant and subj.unit != claim.unit and _RESULT.search(head) and _OPERATOR.search(clause):
        return "算式中的数（等号后的结果）：按算式核对，不与所关联的常量比较"
    if _LABEL_EQ.search(head) and re.search(r"[\d万亿]\s*[×xX*÷/+\-−－]\s*\d", clause):
        return "算式中的数：括号里的名称标注前一个运算数（如“600 万（自发自用光伏）= …”），不是等号后结果的名称"
    if (said := _ROLE_AFTER.match(text, claim.end)) and subj.role not in ("lead", "base") and not (
            said.group(1).startswith("引领") and subj.role == "points"):
        return f"括号中说明这是{said.group(1)}，不是所关联的{subj.name}"
    if not subj.constant and _GROSS.match(text, claim.end):
        return "扣除前的总量（其后扣除了一部分），不是指标所用的净量"
    if subj.id.startswith(("coef:", "grid:")) and _PER_PRODUCT.search(clause):
        return "单位产品（产值）的量，不是能源的折标系数或排放因子"
    if subj.id.startswith(("score:", "weight:", "classmax:")) and _ITEMS.search(head):
        return "分别列举的是该类各项的值，不是该类本身的值"
    if subj.id.startswith(("score:", "weight:", "classmax:")) and _ITEM_PRONOUN.search(clause):
        return "“该项”指类中的某一项（前文所说的指标），不是该类本身"
    if subj.constant and re.search(r"(?:由|从)[^，,。；\d]{0,4}$", head) and _RISE.match(text, claim.end):
        return "变化前的值（由…升到…），不是对常量的陈述"
    if subj.role == "points" and claim.value <= subj.value and _SELF.search(head):
        return "自评（实得）的分数，不是该项分值"
    if subj.role == "points" and _score_run(text, claims, claim):
        return "各项之和等于文中合计且含非整、半分的值：是得分，不是分值"
    return ""
