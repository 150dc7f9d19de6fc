"""A result followed by its calculation in brackets (round ten): '应改为 4.6 分（8×6/10）',
'单位产品取水量 1.9 m³/t（38 万 m³ ÷ 20 万 t）'.

The bracket shows how the number was obtained; an open number is checked as the written expression
'<calculation> = <number>' (worked.py's rules, units carried through), so a result that its own
calculation contradicts is a mismatch.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import CheckAlone, moved, reread

# digits, units and operators only: '8×6/10', '38 万 m³ ÷ 20 万 t', '(86−80)/(90−80)×8'
_CALC = re.compile(r"\s*[（(]\s*([\d.\s万亿()（）a-zA-Z³²/%]*[×xX*÷/+−\-][\d.\s万亿()（）a-zA-Z³²/×xX*÷+−\-%]*)[）)]")


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with an open number checked against the calculation written in brackets after it."""
    out = list(results)
    for i, r in enumerate(out):
        if r.status != "unverifiable" or not r.claim.unit:
            continue
        m = _CALC.match(text, r.claim.end)
        if m is None or not re.search(r"\d[^\d]*[×xX*÷/+−\-][^\d]*\d", m.group(1)):
            continue
        expr = m.group(1).strip()
        body = f"{expr} = {r.claim.text}。"
        at = len(expr) + 3
        hit = reread(alone, body, at)
        if hit:
            out[i] = moved(hit, r.claim, "按括号中的算式核对：")
    return out
