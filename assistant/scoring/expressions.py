"""A written expression and its result ('10000 kWh×0.1229 kgce/kWh≈1.229 tce', '8×(550−425)/(550−300)=4分',
'产值98亿元÷用地25万m²=3.92万元/m²'): evaluated with units carried through (quantity_math.py); a score
written as points × a ratio is capped at the points (5.2)."""

from __future__ import annotations

import re

from assistant.types import Claim

from .quantity_math import Q, evaluate, quantity

_OPS = {"×": "*", "x": "*", "X": "*", "*": "*", "÷": "/", "/": "/", "+": "+", "＋": "+", "-": "-", "−": "-", "–": "-"}
# a factor may carry a short label, with a year ('× 华东 2022 年因子 0.5617'); '= 50 000 000 MJ，× 0.03412' goes on
# an operand's label may open with its period ('/ 近 3 年产值 450 000 万元'): the 3 is no operand
_PERIOD = r"(?:(?:近|前|过去)\s*\d{1,2}\s*年)?"
_GAP = re.compile(r"^\s*((?:[)）]\s*)*)(?:[，,]\s*)?[\u4e00-\u9fff]{0,4}\s*([×xX*÷/+＋\-−–])\s*"
                  r"(?:" + _PERIOD + r"[\u4e00-\u9fff]{0,4}|[A-Za-z][A-Za-z0-9₂]{0,4}|[\u4e00-\u9fff]{0,4}\s*(?:19|20)\d{2}\s*年度?\s*[\u4e00-\u9fff]{0,6})"
                  r"\s*((?:[(（]\s*)*)$")  # '+ SO2 3.30 分': a label may be a formula
# '按 6×7/8 算是 5.25 分', '8 × (16 − 12) / (16 − 8) 得 4 分': a result said after the expression
_EQ = re.compile(r"^\s*((?:[)）]\s*)*)(?:[=＝≈≒]|[，,]\s*(?:约为|约合|约|即|得|为|等于)|\s*(?:算是|算得|算出来是|算出|计得|得到|可得|得出|得))\s*(?:约)?\s*$")


def points_cap(text: str, s0: int, sub: list[Claim], k: int) -> float | None:
    """'得分 = 6×9/8 = 6.75 分': a score written as points × a ratio is at most the points (5.2); the points
    are the first factor right after '得分 ='."""
    if sub[k].unit != "分":
        return None
    for p in sub[:k]:
        if re.search(r"得分\s*[=＝:：]?\s*$", text[s0:p.start]) and p.unit in ("", "分") and re.match(r"\s*[×xX*]", text[p.end:]):
            return p.value
    return None


def expression(text: str, sub: list[Claim], k: int) -> tuple[Q, bool, str] | None:
    """The written expression that ends right before sub[k] ('A×B≈', '(A−B)/(C−D)=')."""
    periods = [n for n, p in enumerate(sub[:k]) if p.unit == "年" and re.search(r"(?:近|前|过去)\s*$", text[max(0, p.start - 3):p.start])
               and re.match(r"[\u4e00-\u9fff]", text[p.end:p.end + 1])]  # '近 3 年改造投资': a period, not an operand
    if periods:
        k -= len(periods)
        sub = [p for n, p in enumerate(sub) if n not in periods]
    c = sub[k]
    if k == 0 or re.match(r"\s*[×xX*÷/+＋\-−–]\s*[\d(（]", text[c.end:]):
        return None  # '= 8 × 0.635 = 5.08': a number that opens the next expression is no result
    m = _EQ.match(text[sub[k - 1].end:c.start])
    if not m:
        return None
    expr = [m.group(1)]
    j = k - 1
    while j > 0:
        g = _GAP.match(text[sub[j - 1].end:sub[j].start])
        if not g or sub[j - 1].comparator != "=":
            break
        expr[:0] = [g.group(1), _OPS[g.group(2)], g.group(3)]
        j -= 1
    if j == k - 1:
        return None
    lead = re.search(r"((?:[(（]\s*)*)$", text[:sub[j].start]).group(1)  # type: ignore[union-attr]
    parts = sub[j:k]
    qs = [quantity(p) for p in parts]
    if any(q is None for q in qs):
        return None
    body = lead
    for n in range(len(parts)):
        body += f"q{n}" + ("".join(expr[3 * n:3 * n + 3]) if n < len(parts) - 1 else expr[-1])
    body = body.translate(str.maketrans("（）", "()")).replace(" ", "")
    got = evaluate(body, [q for q in qs if q is not None])
    if got is None:
        return None
    shown = text[sub[j].start - len(lead):sub[k - 1].end] + m.group(1)
    return got, all(not p.unit for p in parts), f"计算：{shown.strip()}"
