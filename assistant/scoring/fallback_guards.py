"""When a number linked only by similarity (fallback_link.py) may be called wrong: never for a change, a
plan, a hypothesis, a comparison or a calculation, a per-item value, a threshold, weight or score named
without its role word, a points constant read from a percent, a total, a bare number whose sentence
never writes the fact's unit, another year's or the speaker's own factory's figure, or a value so far off
that the number must be another quantity."""

from __future__ import annotations

import math
import re

from assistant.types import CheckResult, Claim

from .lexicon import Subject
from .sentences import around

# a change, a plan, a hypothesis or a comparison: the number is not the fact itself
_HEDGES = re.compile(r"如果|假如|假设|若|换成|改成|改为|再算|降到|降至|提高|提升|提到|增加|减少|下降|上升|增长|达到|"
                     r"目标|计划|预计|力争|争取|拟|差距|相差|差了|还差|差多少|多出|多了|少了|(?<!占)比(?!例|重)|较|节约|节省|优于|劣于|"
                     r"平均水平|先进水平|行业平均|行业先进|限额|够不够|是否|[从由][^，,。；;]{0,12}?[到至]")
# another year's value ('问：去年取水量多少？答：约 260 万 m³') or the speaker's own factory ('我们做了 2 项'):
# neither is a fact of the data or the profile's evaluation year
_OTHER_STATE = re.compile(r"去年|前年|上年|上一年|往年|历年|同期|我们|我厂|本厂|我公司|本公司|我司|我单位|本单位")
_CALC = re.compile(r"[=＝≈×xX*÷/+＋−\-]\s*$|^\s*[=＝≈×*÷/+＋−]")
_TOTAL = re.compile(r"合计|共计|总计|一共|共|加起来|之和|总和|相加|两类|三类|两项|各类")
_REST = re.compile(r"(?:其余|其他|剩余|剩下|另外|此外)[^，,。；;]{0,4}$")
_EMISSION = re.compile(r"CO2|CO₂|二氧化碳|碳排放|排放")
_MASS = ("t", "kg", "吨", "千克", "公斤", "万t", "万吨")
_MAXIMUM = ("满分", "最高", "分值", "总分值")
_EACH = re.compile(r"(?:各|每|均|分别)\s*(?:为|是|占|计|得)?\s*$")
# what a count counts: the words right after '四个' ('四个主导产业，如汽车、电子…')
_COUNT_UNITS = ("个", "项", "类", "种", "条", "家", "名", "部分", "方面")
_COUNTED = re.compile(r"[\u4e00-\u9fff]{2,8}")
# off by more than this (and not by a power of ten: a unit slip) is another quantity, not a wrong value
RATIO = 20.0


def _part_of(claim: Claim, claims: list[Claim], s0: int, s1: int, expected: float) -> bool:
    """The number and its neighbours of the same unit add up to the fact: it is a part of that total
    ('建筑物占地 38 万 m²、构筑物 15 万 m²、堆场 19 万 m²' against 72 万 m² of the three)."""
    run = [c for c in claims if s0 <= c.start < s1 and c.unit == claim.unit]
    i = next((k for k, c in enumerate(run) if c.start == claim.start), None)
    if i is None or len(run) < 2:
        return False
    for lo in range(0, i + 1):
        for hi in range(i + 1, len(run) + 1):
            if hi - lo >= 2 and abs(sum(c.value for c in run[lo:hi]) - expected) <= 0.01 * abs(expected):
                return True
    return False


def _counts_the_same(after: str, subj: Subject) -> bool:
    """The thing counted right after a count shares a word (two characters) with the fact's name, or
    the count names nothing after it ('分为五类。')."""
    m = _COUNTED.match(after.lstrip())
    if not m:
        return True
    noun, name = m.group(0), subj.name + subj.how
    return any(noun[i:i + 2] in name for i in range(len(noun) - 1))


def refutable(text: str, claim: Claim, subj: Subject, verdict: CheckResult, roles: tuple[str, ...],
              year_named: bool, before: str, claims: list[Claim], ctx: str) -> bool:
    s0, s1 = around(text, claim.start, claim.end)
    clause_after = re.split(r"[，,；;。]", text[claim.end:s1])[0]
    if verdict.status != "mismatch" or subj.generic:
        return False
    if not subj.context_ok(ctx):
        return False  # the data's own context for the fact ('GB/T 2589 算例' only in a text on the worked example)
    if "满分" in subj.name and not any(w in ctx for w in _MAXIMUM):
        return False  # '评价结果 72.6 分' is a result, not the full mark
    if "消耗" in subj.name and claim.unit in _MASS and _EMISSION.search(text[s0:s1]):
        return False  # '二氧化碳排放：… 柴油 62 t': a mass in a sentence on emissions is emitted, not burnt
    if not claim.unit and re.search(r"(?:按|依据|根据|参照|见)\s*$", text[max(s0, claim.start - 3):claim.start]) \
            and re.fullmatch(r"\d\.\d{1,2}", claim.text.strip()):
        return False  # '按5.1采用百分制': a clause number, not a value
    if _REST.search(text[max(s0, claim.start - 8):claim.start]):
        return False  # '其余五个方面': the rest of a count, not the count
    if subj.year is not None and not year_named:
        return False  # a grid factor of an unnamed year is no fact to refute
    # a threshold, a weight or a score is only stated with its role word ('引领值 8 项'); so are the
    # points of a row read from a percent (5.1's bridge: '重复利用率 97.8%' is the rate, not 8 分)
    if subj.role not in ("value", "points") and subj.role not in roles:
        return False
    if subj.role == "points" and claim.unit not in ("分", "") and "points" not in roles:
        return False
    if not claim.unit and subj.unit and subj.unit not in text[s0:s1]:
        return False  # '培训做了 7 场': a bare number in a sentence that never writes the fact's unit
    if _HEDGES.search(before) or _HEDGES.search(clause_after) or _EACH.search(text[max(s0, claim.start - 4):claim.start]):
        return False
    if _OTHER_STATE.search(before):
        return False
    if claim.unit in _COUNT_UNITS and not _counts_the_same(text[claim.end:s1], subj):
        return False  # '园区有四个主导产业' is no count of the park's indicator classes
    question = before[:max(0, len(before) - (claim.start - s0))]  # the question an answer answers
    if _TOTAL.search(text[max(s0, claim.start - 8):claim.start]) or _TOTAL.search(question):
        return False  # '两类合计60分': a sum of several names, not the last one's value
    if _CALC.search(text[max(s0, claim.start - 3):claim.start]) or _CALC.search(text[claim.end:claim.end + 3]):
        return False
    exp = verdict.expected
    if exp is not None and _part_of(claim, claims, s0, s1, exp):
        return False
    if exp and claim.value:
        ratio = abs(claim.value / exp)
        k = round(math.log10(ratio))
        if (ratio > RATIO or ratio < 1 / RATIO) and not (k and abs(ratio / 10 ** k - 1) < 0.01):
            return False
    return True
