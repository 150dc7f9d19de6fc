"""Arithmetic said in words (round ten): '6000 万减掉自发的 600 万，4500 万 kWh', '产值 12 亿元除以用地
30 万 m²，得 4 000 元/m²'.

Two amounts joined by an operator word (减掉/减去/扣除/加上/乘以/除以) and a result after a comma are
checked as the written expression 'A op B = C' (expressions.py through the checker). Operands written
without a unit, or with only 万/亿, take the result's unit ('6000 万' in a sentence whose result is
'4500 万 kWh'). Only an open result is judged.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .sentence_math import CheckAlone, moved, reread

# '…= 0.6，再乘分值 8，得 4.8 分': a result carried on by 再/然后 is the first operand
_OP = re.compile(r"^(?:\s*[，,]\s*(?:再|然后|又))?[^，,。；;\d]{0,6}?(减掉|减去|扣除|扣掉|去掉|加上|加|乘以|乘|除以)[^，,。；;\d]{0,8}$")
_TO = re.compile(r"^\s*[，,]?\s*(?:得|是|为|等于|剩下?|就是|还剩|结果是?)?\s*[^，,。；;\d]{0,6}?$")
_AND = re.compile(r"^\s*(?:和|及|与|、)\s*[^，,。；;\d]{0,8}$")
_SYMBOL = {"减掉": "−", "减去": "−", "扣除": "−", "扣掉": "−", "去掉": "−", "加上": "+", "加": "+",
           "乘以": "×", "乘": "×", "除以": "÷"}


def _operand(c: Claim, result: Claim) -> str:
    mult = c.unit if c.unit in ("万", "亿") else ""
    if c.unit and not mult:
        return c.text.strip()
    if mult and result.unit.startswith(mult) and result.unit != mult:
        return c.text.strip() + " " + result.unit[len(mult):]
    return c.text.strip()


def recheck(text: str, results: list[CheckResult], alone: CheckAlone) -> list[CheckResult]:
    """`results` with the result of a spoken calculation checked as its written expression."""
    out = list(results)
    order = sorted(range(len(out)), key=lambda i: out[i].claim.start)
    for x, y, v, z in zip(order, order[1:], order[2:], order[3:], strict=False):
        # '取水总量 120 000 m³，扣除消防用水 5 000 m³ 和对外供水 15 000 m³，V = 100 000 m³': two amounts taken off
        a, b, b2, c = out[x].claim, out[y].claim, out[v].claim, out[z].claim
        m = _OP.match(text[a.end:b.start].lstrip("，, "))
        if out[z].status != "unverifiable" or not c.unit or "。" in text[a.start:c.start] or m is None \
                or not _AND.match(text[b.end:b2.start]) or not _TO.match(re.sub(r"[A-Za-z]\w{0,2}\s*[=＝]", "", text[b2.end:c.start])) \
                or not re.search(r"[，,]", text[b2.end:c.start]):
            continue
        op = _SYMBOL[m.group(1)]
        head = f"{_operand(a, c)} {op} {_operand(b, c)} {op} {_operand(b2, c)} = "
        if hit := reread(alone, head + c.text.strip() + "。", len(head)):
            out[z] = moved(hit, c, "口述算式核对：")
    for x, y, z in zip(order, order[1:], order[2:], strict=False):
        a, b, c = out[x].claim, out[y].claim, out[z].claim
        if out[z].status != "unverifiable" or not c.unit or "。" in text[a.start:c.start]:
            continue
        m = _OP.match(text[a.end:b.start])
        if m is None or not _TO.match(text[b.end:c.start]) or not re.search(r"[，,]", text[b.end:c.start]):
            continue
        head = f"{_operand(a, c)} {_SYMBOL[m.group(1)]} {_operand(b, c)} = "
        hit = reread(alone, head + c.text.strip() + "。", len(head))
        if hit:
            out[z] = moved(hit, c, "口述算式核对：")
    return out
