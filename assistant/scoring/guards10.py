"""Weak links found in round ten (called by guards.weak_link only for a mismatch): the number is not
a statement of the value it was linked to, so it is left unverifiable rather than called wrong.

- an earlier period's company data (`改造前（2020 年台账）…520 kgce`): the profile is the evaluation
  year, so a value before a retrofit is not compared with it (constants still are: a factor of 2021);
- a hypothetical (`平台满足 6 项时…`, `若…`): a condition, not the lead value;
- the 100-point basis (`占全部 100 分`, `总分 100 分`) linked to an item;
- each item's value (`四项每项5分`) linked to the group's total;
- a score with its maximum after it (`18.37 分（满分 30）`) linked to the points or weight;
- a restatement in brackets (`绿证 20 000 张（折 2000 万 kWh）`) linked to a name before the first number;
- a count of another noun (`按五个方面归类` linked to the count of 绩效指标);
- (`bare_swap`) a bare number read as a quantity with a physical unit it is 10^3 times off from,
  whose value is another subject's (`按华东 0.5617` as 电力消耗量).
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import COUNTERS
from .lexicon import Subject

_BEFORE = re.compile(r"改造前|改造之前|技改前|技改之前|原先|上一年度|上年度|基准年|去年|前年|上一?年(?!度?贮存)")  # not 往年/上年贮存 (B.11's stock)
_AFTER = re.compile(r"改造后|改造之后|技改后|现在|目前|如今|评价年|本年度|今年")
_IF = re.compile(r"(?:若|如果|假如|假设|倘若)[^，,；;。]*$")
_WHEN = re.compile(r"\s*(?:项|个|分)?\s*(?:时|的话|之时)")
_BASIS = re.compile(r"(?:占|的)?全部\s*$")
_EACH_ITEM = re.compile(r"(?:每项|每个|每条|每一项)\s*(?:为|是|各|占|计|得)?\s*$")
_SCORE_OF = re.compile(r"\s*[（(]\s*(?:满分|总分|共)\s*\d")
_RESTATE = re.compile(r"[（(]\s*(?:折|折合|折算|约合|合|即|相当于)\s*(?:为|成)?\s*$")


def weak(text: str, s0: int, claim: Claim, subj: Subject, claims: list[Claim]) -> str:
    """Why the link of `claim` to `subj` is too weak to judge ('' when it is not)."""
    head = text[s0:claim.start]
    if subj.unit in COUNTERS and claim.decimals > 0 and (not claim.unit or claim.unit in COUNTERS):
        return "带小数的数（条款号 4.2 等）不是项数"
    before = [m.end() for m in _BEFORE.finditer(head)]
    after = [m.end() for m in _AFTER.finditer(head)]
    if not subj.constant and before and (not after or max(after) < max(before)):
        return "改造前（或往年）的企业数据，不与评价年的画像数据比较"
    clause = re.split(r"[，,；;。]", head)[-1]
    when = _WHEN.match(text, claim.end)
    if subj.constant and subj.role in ("lead", "base", "value") and (_IF.search(head) or (
            claim.unit in COUNTERS and when and not re.match(r"\s*[，,]?\s*(?:即|就)?(?:可)?(?:得|拿)满分", text[when.end():]))):
        # ('满足 6 项时即得满分' states the lead value: it is judged)
        return "假设的情形（若…/…时），不是对常量的陈述"
    if claim.unit == "分" and _BASIS.search(clause) and subj.value != 100:
        return "总分（百分制基数），不是该项的分值"
    if subj.constant and _EACH_ITEM.search(clause) and "每项" not in subj.name and subj.value >= 2 * claim.value:
        return "每项的值，不是合计"
    if subj.role in ("points", "weight") and _SCORE_OF.match(text, claim.end):
        return "得分（其后注明满分），不是该项分值"
    if _RESTATE.search(head) and any(c is not claim and s0 <= c.start and c.end <= claim.start for c in claims):
        return "括号中的折算值，是前一个数的另一种表示"
    noun = re.match(r"方面|阶段|环节|步骤", text[claim.end:])
    if claim.unit in COUNTERS and subj.constant and noun and noun.group() not in subj.name:
        return "计数的对象（" + noun.group() + "）不是所关联常量所数的"
    return ""


def bare_swap(claim: Claim, subj: Subject, bad: CheckResult) -> str:
    """A bare number 10^3 times off from the quantity it was linked to, whose value is another
    subject's (`（电力按华东 0.5617）` read as 电力消耗量): that other value, not a wrong quantity."""
    if claim.unit or not subj.unit or subj.unit in ("%", "分", *COUNTERS) or claim.value <= 0 or subj.value <= 0:
        return ""
    ratio = subj.value / claim.value
    if (ratio > 999 or ratio < 1 / 999) and "张冠李戴" in bad.explanation:
        return "无单位的数与所关联的量相差千倍以上，且与另一指标的值一致：不是同一个量"
    return ""
