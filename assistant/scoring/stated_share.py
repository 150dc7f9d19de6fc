"""A share stated next to its part and its whole: '管理和技术人员 450 人，全厂 1 800 人，管理技术人员占比为 25%'.

The percent after `占比/所占比例/比例` is the part over the whole when the same sentence writes both, in one
unit: the whole is the amount named by 全厂/全部/总/合计/共计 (…), the part the amount whose words share most
characters with the words before 占比 (at least two thirds of them). Without such a pair the percent is left
as it was (a share of something the sentence does not state is no claim this can check).
"""

from __future__ import annotations

import re

from assistant.types import CheckResult, Claim

from .compare import agrees
from .sentence_math import result
from .sentences import around
from .units import fmt

_SHARE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:的)?(?:占比|所占比例|所占比重|比例|占比重)\s*(?:为|是|约为|约|达到?)?\s*$")
_WHOLE = re.compile(r"(?:全厂|全公司|全部|总计|合计|共计|总数|总人数|总量|总额|全年|总)")
_OPEN = "未能关联到"


def _unit(text: str, a: Claim) -> str:
    """The claim's unit, or the head-count word after a bare number ('1 800 人': 人 is no unit of the checker's)."""
    return a.unit or (m.group(1) if (m := re.match(r"\s*([人户])(?!民)", text[a.end:])) else "")


def _label(text: str, c: Claim, s0: int) -> str:
    return re.split(r"[，,、；;：:。]", text[s0:c.start])[-1].strip()


def recheck(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """Unlinked percents after 占比 recomputed from the sentence's part and whole."""
    out = list(results)
    claims = [r.claim for r in results]
    for i, r in enumerate(results):
        c = r.claim
        if c.unit != "%" or r.status != "unverifiable" or _OPEN not in r.explanation:
            continue
        s0, _ = around(text, c.start, c.end)
        m = _SHARE.search(text[s0:c.start])
        if m is None:
            continue
        amounts = [a for a in claims if s0 <= a.start and a.end <= c.start and _unit(text, a) not in ("", "%")
                   and a.comparator == "="]
        wholes = [a for a in amounts if _WHOLE.search(_label(text, a, s0))]
        if len(wholes) != 1 or not wholes[0].value:
            continue
        whole, part_words = wholes[0], set(m.group(1))
        scored = [(len(part_words & set(_label(text, a, s0))) / len(part_words), a) for a in amounts
                  if a is not whole and _unit(text, a) == _unit(text, whole)]
        if not scored:
            continue
        best, part = max(scored, key=lambda x: x[0])
        if best < 2 / 3 or sum(sc == best for sc, _ in scored) > 1:
            continue
        exp = part.value / whole.value * 100
        how = f"计算：{part.text} / {whole.text} × 100% = {fmt(exp)}%"
        out[i] = result(c, agrees(c, exp, False), exp, "%", how)
    return out
