"""A list of `名称：值` lines under a caption, as an LLM answer or a form lays it out:

    2022 年各区域电网排放因子（tCO2/MWh）：        - 西北：0.5857
    - 西北：0.5857                      or        - 东北：0.5564
    - 东北：0.5564                                （2022年区域电网排放因子，tCO2/MWh）

Each line alone has no year or kind of value; it is checked as the caption's statement of that line
(`2022 年各区域电网排放因子（tCO2/MWh）中，西北为0.5857`). A caption is the line before the run ending
with a colon, or a bracketed line right after it. Results map back when the line's numbers come out
the same, in the same order; only numbers left unverifiable are replaced.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import CheckAlone

_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.、)）])?\s*([^：:\n|]{1,30}?)\s*[：:]\s*(\S.*)$")
_BEFORE = re.compile(r"^\s*(\S[^\n]{1,60}?)\s*[：:]\s*$")
_AFTER = re.compile(r"^\s*[（(]([^（）()\n]{2,60})[）)]\s*$")


def _caption(lines: list[str], a: int, b: int) -> str:
    if a > 0 and (m := _BEFORE.match(lines[a - 1])):
        return m.group(1)
    if b < len(lines) and (m := _AFTER.match(lines[b])):
        return m.group(1)
    return ""


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    if "\n" not in text:
        return results
    out = list(results)
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    n = 0
    while n < len(lines):
        if not _ITEM.match(lines[n]):
            n += 1
            continue
        b = n
        while b < len(lines) and _ITEM.match(lines[b]):
            b += 1
        cap = _caption(lines, n, b) if b - n >= 2 else ""
        if cap and not re.search(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|分|项|个)", cap):
            head = len(alone(cap + "。"))
            for k in range(n, b):
                m = _ITEM.match(lines[k])
                assert m is not None
                idx = [i for i, r in enumerate(out) if starts[k] <= r.claim.start < starts[k] + len(lines[k])]
                if not idx or all(out[i].status != "unverifiable" for i in idx):
                    continue
                sub = alone(f"{cap}中，{m.group(1)}为{m.group(2)}。")[head:]
                if len(sub) != len(idx) or any(abs(s.claim.value - out[i].claim.value) > 1e-9 for s, i in zip(sub, idx, strict=True)):
                    continue
                for i, r in zip(idx, sub, strict=True):
                    if out[i].status == "unverifiable" and r.status != "unverifiable":
                        out[i] = r.model_copy(update={"claim": out[i].claim.model_copy(update={"subject": r.claim.subject})})
        n = b
    return out
