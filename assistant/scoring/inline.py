"""Statements whose numbers are explained by the sentence itself, rechecked after linking.

Each family was a miss or a false alarm of a blind paraphrase set (evals/checker/paraphrase_blind2.jsonl,
docs/scoring.md), fixed as a family, not sentence by sentence:

- lists: 'A、B和C的分值分别为6分、5分和6分' is three statements 'A的分值为6分' …, each checked alone;
- a pronoun ('该项' / '它' / '该指标') stands for the last name of the sentence before it;
- arithmetic the sentence carries: a rate from two amounts ('产生6500 t、利用6110 t，综合利用率约96%'),
  a product ('柴油800 t按3.10 tCO2/t计，排放约2480 tCO2') and a difference ('具备10项，…还差2项');
- a stated count against the items listed after it ('指标有四个：A、B、C');
- a weight read on the 100-point basis ('权重8%，在百分制里折合为8分').

`recheck` takes `check_alone` (the checker on a rewritten sentence) so this module needs no import of
the checker. A rewritten sentence maps back only when it has the same claims in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.types import CheckResult, Claim

from . import refdata
from .arith import _sentences
from .compare import COUNTERS, agrees
from .units import fmt

CheckAlone = Callable[[str], list[CheckResult]]

_LIST_KEY = re.compile(r"(分别|依次|各自)(?:为|是|计|占|赋分为|赋|得)?")
_SEP = re.compile(r"[、，,]|和|与|及|以及")
_PRONOUN = re.compile(r"^(?:[^，,。；]{0,6}?)(该项|该指标|此项|这一项|这项|它|其)")
_RATE = re.compile(r"(率|占比|比例|比重)[^，,。；\d]{0,4}$")
_DIFF = re.compile(r"(还差|相差|差距为|差|少了|多了|高出|低了|高了)[^，,。；\d]{0,2}$")
_PRODUCT = re.compile(r"(排放|产生|折合|折算|合计|共|计)[^，,。；\d]{0,4}$")
_COUNT_LIST = re.compile(r"(有|为|包括|包含|分为|共)?\s*$")
_BASIS = re.compile(r"(百分制|折合|折算|相当于|也就是|即)")


def _result(c: Claim, ok: bool, exp: float, unit: str, how: str, ref: str = "") -> CheckResult:
    return CheckResult(claim=c, status="verified" if ok else "mismatch", expected=exp, expected_unit=unit,
                       reference=ref, explanation=(f"与句中计算一致：{fmt(exp)} {unit}。" if ok else
                                                   f"按句中数据应为 {fmt(exp)} {unit}，文中为 {c.text}。") + how)


def _same_claims(a: list[Claim], b: list[CheckResult]) -> bool:
    return [c.text for c in a] == [r.claim.text for r in b]


def _map(results: list[CheckResult], idx: list[int], sub: list[CheckResult], offset: dict[int, Claim]) -> None:
    for i, r in zip(idx, sub, strict=True):
        if r.status != "unverifiable":
            results[i] = r.model_copy(update={"claim": offset[i]})


def _list_names(head: str) -> tuple[str, list[str], str]:
    """The prefix, the names and the role word of 'prefix，A、B和C的分值' (the run after the last comma)."""
    run = re.split(r"[，,：:]", head)[-1]
    prefix = head[:len(head) - len(run)]
    role = re.search(r"(?:的)?(分值|权重|得分|分数|满分)$", run)
    if role:
        run = run[:role.start()]
    parts = [p for p in run.split("、") if p.strip()]
    if parts:
        # '与' joins words inside names (先进工艺与装备): it ends a list only when there is no '、'
        last = re.match(r"(.+)(?:以及|和|及)(.+)$" if len(parts) > 1 else r"(.+)(?:以及|和|与|及)(.+)$", parts[-1])
        if last:
            parts[-1:] = [last.group(1), last.group(2)]
    return prefix, [p.strip() for p in parts], role.group(1) if role else ""


def _children(head: str, claims: list[Claim], out: list[CheckResult], vals: list[int]) -> bool:
    """'能源低碳化四项分值依次为8分、8分、8分、6分': the values of the heading's items, in order."""
    by_id = {c["id"]: c for c in refdata.constants()}
    for group in refdata.children():
        if not any(t in head for t in group["terms"]) or len(group["ids"]) != len(vals):
            continue
        items = [by_id[i] for i in group["ids"]]
        if any(claims[i].unit != it["unit"] for i, it in zip(vals, items, strict=True)):
            continue
        for i, it in zip(vals, items, strict=True):
            c = claims[i]
            key = it["keys"][0]
            res = _result(c, agrees(c, float(it["value"]), True), float(it["value"]), it["unit"],
                          f"（{it['description']}，{key}）", key)
            if it.get("confidence", "H") != "H":
                res = res.model_copy(update={"confidence": it["confidence"]})
            out[i] = res
        return True
    return False


def _lists(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int, s1: int,
           alone: CheckAlone) -> None:
    sent = text[s0:s1]
    m = _LIST_KEY.search(sent)
    if not m:
        return
    vals: list[int] = []  # the run of values right after the key word, joined by separators only
    for i in (i for i in idx if claims[i].start >= s0 + m.end()):
        if vals and not re.fullmatch(r"\s*(?:、|，|,|和|及|与|以及)\s*", text[claims[vals[-1]].end:claims[i].start]):
            break
        vals.append(i)
    if len(vals) < 2:
        return
    prefix, names, role = _list_names(sent[:m.start()])
    if len(names) == 1 and _children(sent[:m.start()], claims, out, vals):
        return
    if len(names) != len(vals) or any(claims[i].start < s0 + m.start() for i in idx):
        return
    for name, i in zip(names, vals, strict=True):
        c = claims[i]
        sub = [r for r in alone(f"{prefix}{name}{'的' + role if role else ''}为{c.text}。") if r.claim.text == c.text]
        if len(sub) == 1 and sub[0].status != "unverifiable":
            out[i] = sub[0].model_copy(update={"claim": c})


def _pronoun(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int, s1: int,
             prev: tuple[int, int] | None, alone: CheckAlone, names: Callable[[str], list[str]]) -> None:
    if prev is None or not idx or any(out[i].status != "unverifiable" for i in idx):
        return
    sent = text[s0:s1]
    m = _PRONOUN.search(sent)
    if not m:
        return
    # the nearest name first; a name that explains nothing ('报告') gives way to the one before it
    for name in list(dict.fromkeys(reversed(names(text[prev[0]:prev[1]]))))[:3]:
        sub = alone(sent[:m.start(1)] + name + sent[m.end(1):])
        if _same_claims([claims[i] for i in idx], sub) and any(r.status != "unverifiable" for r in sub):
            _map(out, idx, sub, {i: claims[i] for i in idx})
            return


def _arith(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    for pos, i in enumerate(idx):
        c = claims[i]
        # only numbers nothing else explained: a named indicator with its own formula (重复利用率 =
        # Vr/(V+Vr)) is linked before this pass and must not be re-read as a plain share
        if out[i].status != "unverifiable" or c.comparator != "=":
            continue
        before = [claims[j] for j in idx[:pos]]
        lead_in = text[max(s0, (before[-1].end if before else s0)):c.start]
        if c.unit == "%" and _RATE.search(lead_in) and len(before) == 2 and "重复利用" not in text[s0:c.start]:
            a, b = before
            if a.unit and a.unit == b.unit and a.unit != "%" and min(a.value, b.value) > 0:
                exp = 100 * min(a.value, b.value) / max(a.value, b.value)
                out[i] = _result(c, agrees(c, exp, False), exp, "%",
                                 f"计算：{fmt(min(a.value, b.value))} ÷ {fmt(max(a.value, b.value))} × 100%")
        elif c.unit in COUNTERS and _DIFF.search(lead_in) and len(before) >= 2:
            a, b = before[-2:]
            if a.unit in COUNTERS and b.unit in COUNTERS:
                exp = abs(a.value - b.value)
                out[i] = _result(c, agrees(c, exp, True, exact=True), exp, c.unit,
                                 f"计算：{fmt(max(a.value, b.value))} − {fmt(min(a.value, b.value))}")
        elif c.unit and "/" not in c.unit and _PRODUCT.search(lead_in) and len(before) >= 2:
            a, b = before[-2:]
            if "/" not in b.unit:
                continue
            num, _, den = b.unit.partition("/")
            if den and a.unit == den and num == c.unit:
                exp = a.value * b.value
                out[i] = _result(c, agrees(c, exp, False), exp, c.unit,
                                 f"计算：{fmt(a.value)} {a.unit} × {fmt(b.value)} {b.unit}")


def _count_list(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s1: int) -> None:
    for i in idx:
        c = claims[i]
        if c.unit not in COUNTERS or c.comparator != "=" or c.approx:
            continue
        rest = text[c.end:s1]
        m = re.match(r"[^，,。；：:]{0,8}[：:]([^。；]+)$", rest)
        if not m or "等" in m.group(1) or re.search(r"\d", m.group(1)):
            continue
        items = _list_names(m.group(1))[1]
        if len(items) >= 2:
            out[i] = _result(c, len(items) == c.value, float(len(items)), c.unit,
                             f"冒号后列出 {len(items)} 项：{'、'.join(x.strip() for x in items)}")


def _weight_points(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int]) -> None:
    for pos, i in enumerate(idx):
        c = claims[i]
        if c.unit != "分" or pos == 0:
            continue
        w = claims[idx[pos - 1]]
        between = text[w.end:c.start]
        if w.unit == "%" and "权重" in text[max(0, w.start - 8):w.start] and _BASIS.search(between):
            out[i] = _result(c, agrees(c, w.value, True), w.value, "分",
                             "GB/T 36132-2025 5.1 百分制：权重 1% 折合 1 分", "GB/T 36132-2025§5.1")


_MULTI_YEAR = re.compile(r"近\s*(?:\d+|[二两三四五六七八九十])\s*年[^，,。；\d]{0,8}$")


def _multi_year(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """'近3年产值380亿元' is a sum over years: never compared with the profile's one-year value."""
    for i in idx:
        c, r = claims[i], out[i]
        if r.status == "mismatch" and c.unit not in ("%", "分") and _MULTI_YEAR.search(text[s0:c.start]):
            out[i] = CheckResult(claim=c, status="unverifiable",
                                 explanation="多年合计值（近N年），不与画像的单年数据比较")


_SCORED = re.compile(r"(记|得|计|拿|扣)\s*$")


def _basis(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """'劣于基准值的记0分' is a score under the rule, not the 100-point basis of 5.1."""
    for i in idx:
        r = out[i]
        if (r.status == "mismatch" and r.expected == 100 and r.expected_unit == "分"
                and _SCORED.search(text[s0:claims[i].start])):
            out[i] = CheckResult(claim=claims[i], status="unverifiable", explanation="按规则所得分数，不是百分制总分")


_COMPARE = re.compile(r"比([^，,。；\d]{1,24}?)(少|多|低|高)了?$")


def _comparative(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int,
                 alone: CheckAlone, names: Callable[[str], list[str]]) -> None:
    """'A满分6分，比B少2分' states B's value as 6 + 2: the 2 is a difference, checked through B."""
    for pos, i in enumerate(idx):
        c = claims[i]
        m = _COMPARE.search(text[s0:c.start])
        if not m or pos == 0:
            continue
        prev = claims[idx[pos - 1]]
        other = names(m.group(1))
        if prev.unit != c.unit or not other:
            continue
        value = prev.value + c.value if m.group(2) in ("少", "低") else prev.value - c.value
        sub = alone(f"{other[-1]}为{fmt(value)}{c.unit}。")
        if len(sub) != 1 or sub[0].status == "unverifiable" or sub[0].expected is None:
            out[i] = CheckResult(claim=c, status="unverifiable", explanation="两项之差，未能核对被比较的一项")
            continue
        exp = abs(sub[0].expected - prev.value)
        out[i] = _result(c, sub[0].status == "verified", exp, c.unit,
                         f"{other[-1]}为 {fmt(sub[0].expected)} {c.unit}，与前项 {prev.text} 相差 {fmt(exp)} {c.unit}",
                         sub[0].reference)


def recheck(text: str, claims: list[Claim], results: list[CheckResult], alone: CheckAlone,
            names: Callable[[str], list[str]]) -> list[CheckResult]:
    """Apply the families above; `names(sentence)` lists the indicator/constant names in a sentence."""
    out = list(results)
    prev: tuple[int, int] | None = None
    for s0, s1 in _sentences(text):
        idx = [i for i, c in enumerate(claims) if s0 <= c.start < s1]
        if idx:
            _lists(text, claims, out, idx, s0, s1, alone)
            _pronoun(text, claims, out, idx, s0, s1, prev, alone, names)
            _multi_year(text, claims, out, idx, s0)
            _basis(text, claims, out, idx, s0)
            _arith(text, claims, out, idx, s0)
            _comparative(text, claims, out, idx, s0, alone, names)
            _count_list(text, claims, out, idx, s1)
            _weight_points(text, claims, out, idx)
        if text[s0:s1].strip():
            prev = (s0, s1)
    return out
