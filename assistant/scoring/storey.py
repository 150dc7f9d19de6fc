"""B.27's storey height read from the rule it sets off (round fifteen): `超过 10米的按两层算`, `超过 7 m才按两层
计`, `storeys taller than 10 m count twice`. The lexicon links the height only through a name before it
(`层高超过 8 m`); in chat answers the name is in the question or left out, and what identifies the
number is its consequence: a floor counted twice. A height bounded from below (超过, 高于, 以上, taller
than, over) with 按两层 / 两倍 / 加倍 / 计两次 / count twice within its clause after it is B.27's 8 m
(GB/T 36132-2025 B.27, equation B.28). Only a number the other passes left open is judged."""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .compare import agrees

_METRES = ("m", "米", "M")
# the rule's form: '超过 X m 的（楼层）按…', '超过 X m 才按…' (a building's own height, '车间层高超过 10 m，按两层计', is
# a case of the rule, true whatever X is above 8)
_TWICE = re.compile(r"\s*(?:以上)?(?:的|才|者|(?=\s*(?i:count|are|is|storey|floor)))[^，,。；;！？?\n]{0,12}?(?:按\s*(?:两|2|二)\s*层|(?:两|2)\s*倍|加倍|双倍|计两次|算两次|(?:两|2)次计"
                    r"|(?i:count(?:ed|s)?\s+twice|double[sd]?|twice))")
_ABOVE_EN = re.compile(r"(?i)(?:taller than|higher than|above|over|exceeding|more than)\s*$")
_OPEN = ("未提供工厂画像", "未能关联到")


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    out = list(results)
    for k, r in enumerate(out):
        c = r.claim
        if r.status != "unverifiable" or not r.explanation.startswith(_OPEN) or c.unit not in _METRES:
            continue
        above = c.comparator in (">", ">=") or _ABOVE_EN.search(text[max(0, c.start - 14):c.start])
        if not above or not _TWICE.match(text, c.end):
            continue
        ok = agrees(c.model_copy(update={"comparator": "="}), 8.0, True)
        out[k] = CheckResult(claim=c, status="verified" if ok else "mismatch", expected=8.0, expected_unit="m",
                             reference="GB/T 36132-2025§B.27",
                             explanation=(("与 B.27 一致：" if ok else f"B.27 规定的层高应为超过 8 m，文中为 {c.text}。")
                                          + "层高超过 8 m 的楼层计算容积率时按两层计（式 B.28）"))
    return out
