"""A value stated before its name (round ten): '20%，这是能源低碳化在表C.1中的权重', '26 个：附录B 公式的
总数', '62.85 分——示例铜业的评价结果'.

The number opens the sentence and what follows names it (这是/就是/是/说的是/指的是, or a colon or dash).
It is checked as the statement in the usual order, '<name>为<number>', so the name links the number
the way it would anywhere else. Only a number the checker left open is rechecked, and only a decisive
result of the rewritten statement replaces it. A unit the sentence gives in brackets after the name
('1.4714，这是柴油的折标系数（kgce/kg）') is the number's unit.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import CheckAlone, moved, reread
from .sentences import spans

# What may stand before the number: a label ('答：', '•', '1)') or nothing.
_LEAD = re.compile(r"^\s*(?:[-•·▶*]\s*|(?:答|答案|A|结论|要点)\s*[：:]\s*)?$")
_LINK = re.compile(r"\s*(?:[，,]\s*(?:这|它|此|该值|该数)?\s*(?:也就|就|正|即|便|也)?\s*(?:是|为|指的?是|说的是|对应的?是|对应)|"
                   r"\s*[：:]|\s*[—–-]{1,2}|\s*[，,]\s*即)\s*")
_UNIT_IN_BRACKETS = re.compile(r"[（(]\s*([A-Za-z][A-Za-z0-9/²³·]*(?:/[A-Za-z0-9²³]+)?)\s*[）)]")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with an open number that opens its sentence checked as '<name>为<number>'."""
    out = list(results)
    for s0, s1 in spans(text):
        idx = [i for i, r in enumerate(out) if s0 <= r.claim.start < s1]
        if not idx:
            continue
        i = min(idx, key=lambda j: out[j].claim.start)
        r = out[i]
        if r.status != "unverifiable" or not _LEAD.match(text[s0:r.claim.start]):
            continue
        if any(0 <= out[j].claim.start - r.claim.end < 3 for j in idx if j != i):
            continue  # a run of numbers ('30%、30%…'), not one value named after it
        link = _LINK.match(text, r.claim.end)
        if link is None:
            continue
        name = text[link.end():s1].strip()
        if not name or len(name) > 60 or (re.match(r"[\d０-９]", name) and not re.match(r"(?:19|20)\d{2}\s*年", name)) or "、" in name:
            # '三个——附录A、附录B、附录C': the items counted, not a name of the number
            continue
        value = r.claim.text
        unit = _UNIT_IN_BRACKETS.search(name)
        if not r.claim.unit and unit:
            value += " " + unit.group(1)
        name = _PAREN.sub("", name).rstrip("。，,；;：: ")
        if not r.claim.unit and re.search(r"(?:总分|得分|评价结果)$", name):
            value += "分"  # '71.41，这是…的评价结果总分': a score
        body = f"{name}为{value}。"
        at = len(name) + 1
        hit = reread(alone, body, at)
        if hit:
            out[i] = moved(hit, r.claim, "数值在前、名称在后，按“名称为数值”核对：")
    return out
