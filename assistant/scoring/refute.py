"""Quoted-and-refuted values (round ten): who asserts a number.

A review comment that quotes a draft in order to correct it (`原稿“A 的权重 25%”有误，应为 30%`), a
negation (`A 不是 25%，而是 30%`), an unquoted slip (`25%系笔误，正确值为30%`) and a change request
(`把 25% 改为 30%`) do not assert the refuted value: the writer asserts the correction. The refuted
value is therefore no claim (`unverifiable`), and the correction is checked as the statement it
corrects: the refuted sentence with the correction put in place of the refuted value, so the
correction is linked by the quoted words (a wrong correction is a mismatch).

A quote the comment keeps (`“…”——这一句保留`) or asks for (`此处请改为“…25%”`: the marker comes
before the quote) is asserted and stays checked. `analyse` finds the structures, `recheck` applies
them to the checker's results; `check_alone` is the checker on a rewritten text.
"""

from __future__ import annotations

import math
import re

from assistant.types import CheckResult, Claim

from .refute_parts import (
    Refutation,
    clause_end,
    first_after,
    joined,
    replacement,
    target_of,
    unit_kind,
)
from .refute_said import arrows, labelled, reported
from .sentence_math import CheckAlone, moved, reread
from .sentences import around

_QUOTE = re.compile(r"“([^“”]{1,240})”|「([^「」]{1,240})」|\"([^\"]{1,240})\"|『([^『』]{1,240})』")
# The writer says what the value should be.
CORRECT = re.compile(r"(?:应(?:当|该)?(?:改为|更正为|修改为|调整为|改成|写为|写成|为|是|取|按)|(?<!请)(?:改为|改成|更正为)|"
                     r"正确(?:的?值|数值|的)?(?:应)?(?:为|是)|实(?:际)?(?:应)?为|而是|才是)")
# The writer says the quoted value is wrong (right after the quote, or after its subject words).
REFUTE = re.compile(r"有误|不对|不正确|不准确|错误|错了|写错|抄错|算错|笔误|不符|有问题|不妥|弄错|搞错|"
                    r"^[^，,]{0,12}系[^，,]{1,12}的|^[^，,]{0,4}(?:用的是|写成了|是[^，,]{1,12}的值)|"
                    r"漏[算计了]|未计入|未将|未把|没有?把|没有?计入|编号写错|计算有误")
_ANNOUNCE = re.compile(r"\s*[，,]?\s*(?:这里|此处|这一点|这个说法)?\s*(?:需要|需|要|得|应)(?:更正|纠正|澄清)")
_NEGATE = re.compile(r"(?:并不是|也不是|并非|不是|而非|不应(?:该)?(?:是|为)|不该是|(?<![A-Za-z])(?:not|isn't)|"
                     r"(?:不要|别|不能|不可|勿|不得)(?:再)?(?:用|使用|采用|套用|取)|(?i:don't|do not|never)\s+use)\s*"
                     r"(?:前|近|约|式|公式|第)?\s*[（(]?\s*$")
_BUT = re.compile(r"\s+(?:but|rather)\b")
# '写成了 25%，应该是 30%', '误写为 25%，实为 30%': the number after these words is the wrong one
_MISWRITTEN = re.compile(r"(?:写成了?|(?<=[稿文来])写作|误写为|误写成|误作|误为|错写为|错写成|错成|"
                         r"误印为|误印成|印成了?|错印为|误植为|误排为|误记为|误记成|记成了?|误标为|误录为|误填为|填成了?)\s*$")
_SLIP = re.compile(r"\s*[（(]?\s*(?:系|是|属|为)?\s*(?:笔误|有误|不对|错误|错了|写错了?|抄错了?|算错了?)")
_CHANGE = re.compile(r"\s*(?:应当?)?(?:改为|改成|更正为|修改为|调整为)")
_BEFORE_CHANGE = re.compile(r"(?:把|将|由|从)[^，,。；]{0,20}$")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_REF_TOKEN = re.compile(r"\s*(?:前\s*|近\s*)?((?:GB/T|GB|HJ)\s*\d+(?:\.\d+)?(?:-\d{4})?|[A-Z]\.\d+|\d{4}-\d{2}-\d{2}|"
                        r"\d+(?:\.\d+)?)")


def _token_claim(text: str, pos: int, end: int) -> Claim | None:
    """A correction the checker did not extract as a claim (a clause or standard number, a date)."""
    m = _REF_TOKEN.match(text, pos, end)
    if m is None:
        return None
    try:
        value = float(re.sub(r"[^\d.]", "", m.group(1).split("-")[0])[:15] or "nan")
    except ValueError:
        value = float("nan")
    return Claim(text=m.group(1), start=m.start(1), end=m.end(1), value=0.0 if math.isnan(value) else value)


def _quotes(text: str, claims: list[Claim]) -> list[Refutation]:
    out = []
    for q in _QUOTE.finditer(text):
        inner = [c for c in claims if q.start() < c.start and c.end < q.end()]
        if not inner:
            continue
        _, end = around(text, q.end(), q.end())
        # a marker after the next quote is that quote's ('“A”无误，“B”应改为…': A is kept); a correction may
        # stand inside the next quote ('将“…25%”改为“…30%”')
        s1 = min([m.start() for m in _QUOTE.finditer(text, q.end(), end)] or [end])
        rest = text[q.end():s1]
        corr_m = CORRECT.search(rest)
        ref_m = REFUTE.search(rest[:40])
        if corr_m is None and ref_m is None and _ANNOUNCE.match(rest):
            # '您提到“…12 项…”，这里需要更正：…': the quote is refuted; what follows is the writer's own text,
            # checked as it stands (no one number of it is 'the correction')
            out.append(Refutation(tuple((c.start, c.end) for c in inner), None, "", -1, "quote"))
            continue
        if corr_m is None and ref_m is None:
            continue
        if corr_m is None and ref_m is not None and ref_m.start() > 12:
            continue  # a wrong-marker far after the quote judges something else
        pos = q.end() + (corr_m.end() if corr_m else ref_m.end())
        corr = first_after(claims, pos, end) or (_token_claim(text, pos, end) if corr_m else None)
        body, at = "", -1
        if corr is not None:
            old = target_of(inner, corr)
            if old is not None:
                rep = replacement(old, corr)
                body = text[q.start() + 1:old.start] + rep + text[old.end:q.end() - 1]
                at = old.start - q.start() - 1
        out.append(Refutation(tuple((c.start, c.end) for c in inner), (corr.start, corr.end) if corr else None,
                              body, at, "quote"))
    return out


def _negations(text: str, claims: list[Claim]) -> list[Refutation]:
    """'A 不是 25%，而是 30%', '并非 6 分，表C.1 只给 4 分', '25%系笔误，正确值为30%', '把 25% 改为 30%'."""
    out = []
    for c in claims:
        s0, s1 = around(text, c.start, c.start)
        head = text[s0:c.start]
        if _QUOTE.search(text, max(s0, c.start - 1), c.end) or text.count("“", s0, c.start) > text.count("”", s0, c.start):
            continue  # inside a quote: the quote rule decides
        tail_end = clause_end(text, c.end)
        if (but := _BUT.match(text, c.end)) is not None:
            tail_end = but.start()  # 'not 25% but 30%': the correction follows without a comma
        if (neg := _NEGATE.search(head)) is not None:
            after = text[tail_end:s1]
            m = re.match(r"[，,]\s*(?:而是|而应是|是|应为|实为|只有|只给|仅为)?|\s*(?:but|rather)\b", after)
            corr = first_after([x for x in claims if x.start >= tail_end], tail_end, s1) if m else None
            if corr is not None and unit_kind(corr) not in (unit_kind(c), "") and c.unit:
                corr = None
            body, at = "", -1
            if corr is not None:
                lead = joined(text[s0:s0 + neg.start()])
                tail = _PAREN.sub("", text[c.end:tail_end])
                body, at = lead + replacement(c, corr) + tail, len(lead)
            out.append(Refutation(((c.start, c.end),), (corr.start, corr.end) if corr else None, body, at, "negation"))
            continue
        slip = _SLIP.match(text, c.end) or (_MISWRITTEN.search(head) and re.match(r"[^，,。；]{0,4}[，,]", text[c.end:])
                                            and CORRECT.search(text, c.end, _line_end(text, c.end)))
        change = None if slip else _CHANGE.match(text, c.end)
        if slip is None and change is None:
            continue
        mark = slip or change
        if mark is None:
            continue
        rest_m = CORRECT.search(text, mark.end(), s1) if slip else mark
        pos = rest_m.end() if rest_m else mark.end()
        corr = first_after([x for x in claims if x is not c], pos, s1)
        body, at = "", -1
        if corr is not None and (not c.unit or not corr.unit or unit_kind(c) == unit_kind(corr)):
            lead = text[s0:c.start]
            if (mis := _MISWRITTEN.search(lead)) is not None:
                lead = re.sub(r"(?:把|将)(?=[^，,。；]{0,20}$)", "", lead[:mis.start()], count=1)
            if change is not None:
                lead = re.sub(r"(?:把|将|由|从)(?=[^，,。；]{0,20}$)", "", lead, count=1)
            lead = joined(lead)
            body, at = lead + replacement(c, corr), len(lead)
        out.append(Refutation(((c.start, c.end),), (corr.start, corr.end) if corr and body else None, body, at,
                              "slip" if slip else "change"))
    return out


def analyse(text: str, claims: list[Claim]) -> list[Refutation]:
    """Every refutation in `text` (normalised width), quotes first."""
    return [*_quotes(text, claims), *_negations(text, claims), *reported(text, claims), *labelled(text, claims),
            *arrows(text, claims)]


def _line_end(text: str, i: int) -> int:
    """'原稿写作 94.6%，漏计了…；按…计算应为 91.4%': a misprint's correction may follow in the next sentence."""
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def needed(text: str) -> bool:
    """Whether the text may hold a refutation at all (keeps the common case fast)."""
    return bool(re.search(r"不是|并非|而非|不应|不该|笔误|误|不对|错|应为|应是|应取|应该|应当|改为|改成|更正|正确|写成|实为|→|->|=>|⇒|➔|"
                          r"原文|原稿|原为|"
                          r"而是|才是|其实|实际上|漏|未计入|未将|未把|没有?把|用的是|不符|不准确|有问题|不妥|\bnot\b|isn't|[Dd]on't|[Dd]o not|[Nn]ever use|不要|不能用|不可用|勿用|别用|不得用", text))


_REFUTED_NOTE = "被指出有误而引述的数值（文中给出更正），不是文中的主张"


def recheck(text: str, results: list[CheckResult], check_alone: CheckAlone) -> list[CheckResult]:
    """`results` (claims and references) with refuted values unjudged and corrections checked in place."""
    if not needed(text):
        return results
    claims = [r.claim for r in results]
    out = list(results)
    by_span = {(r.claim.start, r.claim.end): i for i, r in enumerate(out)}
    for ref in analyse(text, claims):
        if ref.correction is not None and ref.correction in ref.refuted:
            continue
        for span in ref.refuted:
            i = by_span.get(span)
            if i is not None and out[i].status != "unverifiable":
                out[i] = CheckResult(claim=out[i].claim, status="unverifiable", explanation=(
                    "数字是变更前的值（由…改为…），不核对" if ref.kind == "change"
                    else _REFUTED_NOTE))
        if ref.correction is None or not ref.body:
            continue
        hit = reread(check_alone, ref.body, ref.at)
        if hit is None:
            continue
        i = by_span.get(ref.correction)
        if i is None:
            s, e = ref.correction
            claim = hit.claim.model_copy(update={"start": s, "end": e, "text": text[s:e]})
            out.append(moved(hit, claim, "更正值代入原句核对："))
            by_span[ref.correction] = len(out) - 1
            continue
        old = out[i]
        if old.status == "verified" or (old.status == "mismatch" and hit.status == "mismatch"):
            continue  # the correction already checked in its own words keeps that result
        out[i] = moved(hit, old.claim, "更正值代入原句核对：")
    return sorted(out, key=lambda r: r.claim.start)


def hold(text: str, results: list[CheckResult]) -> list[CheckResult]:
    """A refuted value stays unjudged after the later passes: a grid-factor pass re-read 'Don't use 0.5703'
    as the factor it is not, a mismatch of what the writer rejects."""
    if not needed(text):
        return results
    refuted = {span for ref in analyse(text, [r.claim for r in results]) for span in ref.refuted
               if ref.correction is None or ref.correction not in ref.refuted}
    return [CheckResult(claim=r.claim, status="unverifiable", explanation=_REFUTED_NOTE)
            if r.status == "mismatch" and (r.claim.start, r.claim.end) in refuted else r for r in results]
