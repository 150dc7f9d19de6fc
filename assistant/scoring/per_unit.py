"""A per-unit name that leaves its subject to the clause before (round twelve): `二氧化硫排放 380 t，单位产品
排放量 1.9 kg/t`, `二氧化碳排放合计 29 795.4 t，单位产值 0.0304 tCO2/万元`. The intensity is of the amount
the previous clause named; an open number there is checked as that subject's intensity
(`二氧化硫单位产品排放量 1.9 kg/t`, `单位产值二氧化碳排放量 0.0304 tCO2/万元`), whichever of the two word
orders the lexicon knows.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import CheckAlone, moved, reread

_CLAUSE = "，,；;。\n"
_PER = re.compile(r"^\s*(单位产品|单位产值|吨产品|万元产值)([\u4e00-\u9fff]{0,6}?)\s*(?:为|约为|约|是)?\s*$")
_SUBJECT = re.compile(r"^\s*(?:其中)?\s*([\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z0-9₂]{0,5})\s*(?:年)?(排放|产生|消耗|取水|用水)")


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with each open intensity after a bare per-unit name checked under the previous clause's subject."""
    out = list(results)
    for i, r in enumerate(out):
        c = r.claim
        if r.status != "unverifiable" or "/" not in c.unit:
            continue
        c0 = max(text.rfind(b, 0, c.start) for b in _CLAUSE) + 1
        per = _PER.match(text[c0:c.start])
        if per is None or c0 == 0:
            continue
        p0 = max(text.rfind(b, 0, c0 - 1) for b in _CLAUSE) + 1
        subj = _SUBJECT.match(text[p0:c0 - 1])
        if subj is None or not any(p0 <= x.claim.start < c0 for x in out):
            continue  # the clause before states the amount of that subject
        name, verb = subj.group(1).strip(), subj.group(2)
        rest = per.group(2) or f"{verb}量"
        for lead in (f"{name}{per.group(1)}{rest}", f"{per.group(1)}{name}{rest}", f"{per.group(1)}{name}{verb}量"):
            body = f"{lead}为{c.text}。"
            if hit := reread(alone, body, len(lead) + 1):
                out[i] = moved(hit, c, f"承前省略（{name}）：")
                break
    return out
