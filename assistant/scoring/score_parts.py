"""Bare scores under the score they add up to (round fifteen): `资源高效化小计 18.37 分：原材料 4、取水 4、重复
利用率 5.82、固废 4.55`. A chat or a pasted summary drops the unit of the parts; they are the rows'
scores, not their points or their indicator values (`重复利用率 5.82` had been read as the water reuse
rate, `取水 4` as a points value: false alarms). The parts are left unjudged, and the head, when the
other passes left it open, is their sum (to 0.05 分, the scores' own rounding). Only when the parts
add up to half to one and a half times the head (a wrong head still reads as their sum), every
part is a bare number after its label, and the head is a score (a score word before it, or decimals:
`供应商管理 20 分：采购标准 4、认证 3、…` lists points). A part already verified keeps its verdict.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import result
from .units import fmt

# the head's unit may be left out after a word that says it is a score ('**总分 60.58**：A 15.69 + B 18.37 …')
_HEAD = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s*(分?)\s*[：:]([^\n。；;]+)")
_SCORE_WORD = re.compile(r"(?:总分|小计|合计|得分|总得分|得)\s*$")
_PART = re.compile(r"([^、，,；;+＋\d\s][^、，,；;+＋\d]{1,30}?)\s*(\d{1,2}(?:\.\d{1,2})?)(?=\s*(?:[、，,；;。+＋]|$))")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """`results` with the bare parts of a stated score unjudged and the score checked as their sum."""
    out = list(results)
    for m in _HEAD.finditer(text):
        body, start = m.group(3), m.start(3)
        scored = _SCORE_WORD.search(text[max(0, m.start() - 6):m.start()])
        if not m.group(2) and not scored:
            continue
        if not scored and "." not in m.group(0):
            continue  # '供应商管理 20 分：采购标准 4、认证 3、…': whole numbers under a head are points, not scores
        parts = list(_PART.finditer(body))
        if len(parts) < 2 or re.search(r"\d", _PART.sub("", body)) or re.search(r"[分%％]", body):
            continue
        total, head = sum(float(p.group(2)) for p in parts), float(m.group(1))
        if not 0.5 * head <= total <= 1.5 * head:
            continue
        spans = {(start + p.start(2), start + p.end(2)) for p in parts}
        for k, r in enumerate(out):
            if (r.claim.start, r.claim.end) in spans and r.status == "mismatch":
                out[k] = CheckResult(claim=r.claim, status="unverifiable",
                                     explanation="小计之下的单项得分（未写单位），不与指标值或分值比较")
            elif r.claim.start == m.start(1) and r.status == "unverifiable":
                how = f"计算：{' + '.join(p.group(2) for p in parts)} = {fmt(total)} 分"
                out[k] = result(r.claim, abs(r.claim.value - total) <= 0.05 + 1e-9, total, "分", how)
    return out
