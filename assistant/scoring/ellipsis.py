"""A contrast that leaves its name out (round ten): '改造前…重复利用率约 12%，改造后按画像 2023 年为 20%'.

The clause after 改造后/技改后/现在/目前 speaks of the subject the clause before it named; an open
number there with no name of its own is checked as '<that name>为<number>'. The number before the
contrast is an earlier period's and is left as the linking judged it (guards10.py).

Also a result word that stands for the sentence's subject: '按 B.10 计算重复利用率，取水量…，结果 91%' is
checked with the computed name in place of 结果.
"""

from __future__ import annotations

import re

from assistant.types import CheckResult

from .sentence_math import CheckAlone, Names, moved, reread

_AFTER = re.compile(r"(?:^|[，,；;])\s*(?:而|但)?(?:改造后|改造之后|技改后|技改之后|现在|目前|如今|今年|本年度?|评价年)")
_CLAUSE = "，,；;。\n"
_CHANGE = re.compile(r"降|减|增|提高|提升|节约|节省|上升|少了|多了|差|目标|计划|预计|力争")


_RESULT = re.compile(r"(?:^|[，,；;])\s*(?:计算)?(?:结果|算得|求得|得出)(?:为|是)?\s*$")


def _result_word(text: str, out: list[CheckResult], i: int, alone: CheckAlone, names: Names) -> None:
    """'按 B.10 计算重复利用率，取水量…，重复利用水量…，结果 91%': 结果 stands for the name the sentence
    opened with; checked as the sentence with that name in place of 结果."""
    r = out[i]
    s0 = max(text.rfind(b, 0, r.claim.start) for b in "。；;\n") + 1
    m = _RESULT.search(text, s0, r.claim.start)
    if m is None or not re.search(r"结果|算得|求得|得出", text[m.start():r.claim.start]):
        return
    word = re.search(r"(?:计算)?(?:结果|算得|求得|得出)", text[m.start():r.claim.start])
    assert word is not None
    w0 = m.start() + word.start()
    # the name: what the sentence says it computes ('计算重复利用率，…'), else a name of the lexicon
    told = re.findall(r"(?:计算|核算|求)([\u4e00-\u9fff]{2,12}?)[，,：:]", text[s0:w0])
    for name in [*told[:1], *[n for n in names(text[s0:w0]) if len(n) > 1 and n not in ("计算", "核算")][:2]]:
        body = text[s0:w0] + name + text[m.start() + word.end():r.claim.end]
        at = len(body) - len(r.claim.text)
        hit = reread(alone, body, at)
        if hit:
            out[i] = moved(hit, r.claim, f"“结果”指{name}：")
            return


_STEP_RESULT = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]\s*)?(?:结果|最终结果|最终得分|即)\s*(?:为|是|[:：])?\s*(?:约)?\s*$")
_OPEN_EXPR = re.compile(r"[=＝]\s*[^=＝\n]*\d\s*[×xX*÷/+\-−]\s*[\d.]+\s*[)）]?\s*[；;]?\s*$")


def _step_result(text: str, out: list[CheckResult], i: int, alone: CheckAlone) -> None:
    """'2. 得分 = 6 × (91 − 85) / (95 − 85) = 6 × 0.6；\n3. 结果 3.6 分': a step's result closes the expression
    the step before left open."""
    c = out[i].claim
    l0 = text.rfind("\n", 0, c.start) + 1
    if l0 == 0 or not _STEP_RESULT.match(text[l0:c.start]):
        return
    p0 = text.rfind("\n", 0, l0 - 1) + 1
    prev = text[p0:l0 - 1]
    if not _OPEN_EXPR.search(prev):
        return
    head = prev.rstrip().rstrip("；;").rstrip() + " = "
    if hit := reread(alone, head + c.text + "。", len(head)):
        out[i] = moved(hit, c, "承上一步算式：")


def recheck(text: str, results: list[CheckResult], alone: CheckAlone, names: Names) -> list[CheckResult]:
    """`results` with an open number of a contrast clause checked under the name of the clause before,
    and an open result after 结果/算得 under the name its sentence opened with."""
    out = list(results)
    for i, r in enumerate(out):
        if r.status != "unverifiable":
            continue
        _result_word(text, out, i, alone, names)
        if out[i].status == "unverifiable":
            _step_result(text, out, i, alone)
        if out[i].status != "unverifiable":
            continue
        c0 = max(text.rfind(b, 0, r.claim.start) for b in _CLAUSE) + 1
        head = text[c0:r.claim.start]
        if not _AFTER.search(text[max(0, c0 - 1):r.claim.start]) or [n for n in names(head) if len(n) > 1]:
            continue
        if _CHANGE.search(head):
            continue  # '改造后节约了 400 万 kWh': a change, not the value after
        p0 = max(text.rfind(b, 0, c0 - 1) for b in _CLAUSE) + 1
        before = names(text[p0:c0 - 1])
        if not before or not any(p0 <= x.claim.start < c0 for x in out):
            continue  # the clause before states a value of that name: the contrast is of values
        # the clause's own year goes with it ('改造后改用 2023 年因子 0.5366': the 2023 factor)
        year = re.findall(r"((?:19|20)\d{2})\s*年(?!度?报告)", head)
        lead = (f"{year[-1]} 年" if year else "") + before[-1]
        body = f"{lead}为{r.claim.text}。"
        hit = reread(alone, body, len(lead) + 1)
        if hit:
            out[i] = moved(hit, r.claim, f"承前省略（{before[-1]}）：")
    return out
