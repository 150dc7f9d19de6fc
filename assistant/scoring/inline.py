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
from .compare import COUNTERS, agrees
from .sentence_math import (
    CheckAlone,
    arith,
    comparative,
    count_list,
    list_names,
    named_comparison,
    result,
    sums,
    weight_points,
)
from .sentences import spans as _sentences

_LIST_KEY = re.compile(r"(分别|依次|各自)(?:为|是|计|占|赋分为|赋|得)?")
_PRONOUN_START = re.compile(r"^(?:[^，,。；]{0,6}?)(该项|该指标|此项|这一项|这项|该类|本类|这一类|这类|它|其)")
_PRONOUN_IN = re.compile(r"(该类|该项|该指标|此项|这一类|这类|本类)")


def _same_claims(a: list[Claim], b: list[CheckResult]) -> bool:
    return [c.text for c in a] == [r.claim.text for r in b]


def _map(results: list[CheckResult], idx: list[int], sub: list[CheckResult], offset: dict[int, Claim]) -> None:
    for i, r in zip(idx, sub, strict=True):
        if r.status != "unverifiable":
            results[i] = r.model_copy(update={"claim": offset[i].model_copy(update={"subject": r.claim.subject})})


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
            res = result(c, agrees(c, float(it["value"]), True), float(it["value"]), it["unit"],
                          f"（{it['description']}，{key}）", key)
            if it.get("confidence", "H") != "H":
                res = res.model_copy(update={"confidence": it["confidence"]})
            out[i] = res
        return True
    return False


def _bare_run(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """'表C.1五类一级指标示例权重“30%、30%、16%、16%、8%”': a run of exactly as many values as the heading has
    items, joined by 、 right after its name (no 依次 needed when the count and the units match)."""
    runs: list[list[int]] = []
    for i in idx:
        if runs and re.fullmatch(r"\s*、\s*", text[claims[runs[-1][-1]].end:claims[i].start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        head = text[max(s0, claims[run[0]].start - 24):claims[run[0]].start]
        if len(run) >= 3 and not re.search(r"得分|得|扣", head.split("，")[-1]):
            _children(head.split("，")[-1], claims, out, run)


def _lists(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int, s1: int,
           alone: CheckAlone) -> None:
    sent = text[s0:s1]
    m = _LIST_KEY.search(sent)
    if not m:
        _bare_run(text, claims, out, idx, s0)
        return
    vals: list[int] = []  # the run of values right after the key word, joined by separators only
    for i in (i for i in idx if claims[i].start >= s0 + m.end()):
        if vals and not re.fullmatch(r"\s*(?:、|，|,|和|及|与|以及)\s*", text[claims[vals[-1]].end:claims[i].start]):
            break
        vals.append(i)
    if len(vals) < 2:
        return
    prefix, names, role = list_names(sent[:m.start()])
    if len(names) == 1 and not re.search(r"得分|得|计得|扣", sent[:m.start()]) and _children(sent[:m.start()], claims, out, vals):
        return
    run0 = s0 + len(prefix)
    if len(names) != len(vals) or any(claims[i].start < run0 for i in idx):
        return
    for name, i in zip(names, vals, strict=True):
        c = claims[i]
        sub = [r for r in alone(f"{prefix}{name}{'的' + role if role else ''}为{c.text}。") if r.claim.text == c.text]
        if len(sub) == 1 and sub[0].status != "unverifiable":
            out[i] = sub[0].model_copy(update={"claim": c.model_copy(update={"subject": sub[0].claim.subject})})
        elif out[i].status == "mismatch":  # the pairing says which name; a link to another one is wrong
            out[i] = CheckResult(claim=c, status="unverifiable", explanation=f"列举中对应“{name}”，未能核对")


def _pronoun(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int, s1: int,
             prev: tuple[int, int] | None, alone: CheckAlone, names: Callable[[str], list[str]]) -> None:
    """'…。该项在示例表里占8分' / '…相加为16，与该类16%的权重一致': the pronoun is the nearest name."""
    sent = text[s0:s1]
    m = _PRONOUN_START.search(sent)
    inner = m is None
    if inner:
        m = _PRONOUN_IN.search(sent)
        if m is None or m.start() == 0:
            return
    after = [i for i in idx if claims[i].start >= s0 + m.end(1)]
    if not after or (not inner and any(out[i].status != "unverifiable" for i in idx)):
        return
    if inner and re.search(r"[，,；]", text[s0 + m.end(1):claims[after[0]].start]):
        return  # the pronoun's own clause must hold the number
    cands = names(sent[:m.start(1)])[::-1] + (names(text[prev[0]:prev[1]])[::-1] if prev else [])
    classes = {t for c in refdata.constants() if c["id"].startswith("c1_weight_") for t in c["terms"]}
    if "类" in m.group(1):  # '该类' / '本类' is a first-level class, not the last indicator named
        cands = [n for n in cands if n in classes]
    elif "项" in m.group(1):  # '资源高效化该项得 4 分': an item, never the class named with it
        cands = [n for n in cands if n not in classes]
    # the nearest name first; a name that explains nothing ('报告') gives way to the one before it
    for name in list(dict.fromkeys(cands))[:3]:
        sub = alone(sent[:m.start(1)] + name + sent[m.end(1):])
        if _same_claims([claims[i] for i in idx], sub):
            got = {i: r for i, r in zip(idx, sub, strict=True) if i in after and r.status != "unverifiable"}
            if got:
                for i, r in got.items():
                    out[i] = r.model_copy(update={"claim": claims[i].model_copy(update={"subject": r.claim.subject})})
                return


_MULTI_YEAR = re.compile(r"近\s*(?:\d+|[二两三四五六七八九十])\s*年[^，,。；\d]{0,8}$")


def _multi_year(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """'近3年产值380亿元' is a sum over years: never compared with the profile's one-year value."""
    for i in idx:
        c, r = claims[i], out[i]
        if r.status == "mismatch" and c.unit not in ("%", "分") and _MULTI_YEAR.search(text[s0:c.start]) \
                and "近三年" not in r.explanation:  # the profile's own multi-year value is compared
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


_PER_ITEM = re.compile(r"每(?:多|增加|增|满足|提高|降低|减少)[^，,。；\d]{0,8}$")
_PER_UNIT = re.compile(r"每(?:吨|台|件|套|万元|t|千克|kg)[^，,。；\d]{0,8}$")


def _per(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """'每多满足一项可得0.75分' is an increment and '每吨阴极铜约1.65 tCO2' a per-unit amount: neither is
    the total a constant or a profile value names (unless the constant itself is a per-item value)."""
    for i in idx:
        c, r = claims[i], out[i]
        if r.status != "mismatch" or "每" in r.explanation:
            continue
        lead = text[s0:c.start]
        if _PER_ITEM.search(lead) or (_PER_UNIT.search(lead) and "/" not in c.unit):
            out[i] = CheckResult(claim=c, status="unverifiable", explanation="按“每…”计的增量或单位量，不与总量比较")


_ROLE_AFTER = re.compile(r"^\s*(?:作)?为(引领值|基准值|先进值|分值|权重)")


def _role_after(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int,
                alone: CheckAlone, names: Callable[[str], list[str]]) -> None:
    """'以8项为引领值、0项为基准值': the role word after the number says what it is."""
    for i in idx:
        c = claims[i]
        m = _ROLE_AFTER.match(text[c.end:c.end + 8])
        before = [n for n in names(text[s0:c.start]) if not re.search(r"引领|基准|先进值|分值|权重", n)]
        if not m or not before or out[i].status == "verified":
            continue
        sub = [r for r in alone(f"{before[-1]}的{m.group(1)}为{c.text}。") if r.claim.text == c.text]
        if len(sub) == 1 and sub[0].status != "unverifiable":
            out[i] = sub[0].model_copy(update={"claim": c.model_copy(update={"subject": sub[0].claim.subject})})
        elif out[i].status == "mismatch":
            out[i] = CheckResult(claim=c, status="unverifiable", explanation=f"文中称此数为{m.group(1)}，未能核对")


def _answer(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int, s1: int,
            prev: tuple[int, int] | None, alone: CheckAlone) -> None:
    """'问：能源低碳化占多少权重？答：30%。': the answer's numbers are about the question's subject."""
    sent = text[s0:s1].strip()
    if prev is None or not re.match(r"^答\s*[：:]", sent) or all(out[i].status != "unverifiable" for i in idx):
        return
    question = re.sub(r"^\s*问\s*[：:]|[？?]\s*$", "", text[prev[0]:prev[1]])
    question = re.sub(r"(多少|几|哪些|什么|是否)", "", question)
    reply = re.sub(r"^答\s*[：:]", "", sent)
    sub = alone(f"{question}，为{reply}")
    tail = sub[len(sub) - len(idx):] if len(sub) >= len(idx) else []
    if tail and [r.claim.text for r in tail] == [claims[i].text for i in idx]:
        # only the numbers the answer alone left open: what it explained itself stays
        open_ = [(i, r) for i, r in zip(idx, tail, strict=True) if out[i].status == "unverifiable"]
        _map(out, [i for i, _ in open_], [r for _, r in open_], {i: claims[i] for i, _ in open_})


_RATIO = re.compile(r"\d\s*[∶:]\s*$|^\s*[∶:]\s*\d")
_ALREADY = re.compile(r"(?:已|你们|我们|本厂|我厂|该厂|贵厂|贵单位|本单位|本公司|公司|企业)[^，,。；\d]{0,4}?"
                      r"(?:披露|具备|完成|实现|建立|满足|配备|开展|拥有|上线|开通|做了|做到|落实了?|达到了)[^，,。；\d]{0,16}$")
_FACTORY_SCORE = re.compile(r"(?:得分|得了|得|计得|可得|拿到|拿|(?<![合共总小累统估])计)(?:为|约为|约)?\s*$")
# 'B.24含两个公式', 'B.24 含式（B.24）和式（B.25）两个公式', '问：B.24 那两个公式…': a count of one clause
_PART_OF = re.compile(r"(?<!表)(?<!表\s)[A-Z]\.\d+\s*(?:(?:的|那|这|中|里)\s*|[^，,。；\d]{0,4}(?:含有?|有|包括|包含)[^，,。；]{0,20})$")
_MORE_THAN = re.compile(r"比[^，,。；\d]{1,16}(?:多|少)了?$")
_HEIGHT = re.compile(r"层高\s*(\d+(?:\.\d+)?)\s*(?:m|米)[，,]?[^，,。；\d]{0,6}$")  # also "层高 7.8 m，按一层计"
_RANGE = re.compile(r"([A-Z])\.(\d+)\s*(?:至|到|～|~|-|—)\s*\1\.(\d+)\s*(?:共|合计|一共)?\s*$")


def _guards(text: str, claims: list[Claim], out: list[CheckResult], idx: list[int], s0: int) -> None:
    """Numbers that are not what the constant they were linked to states: a term of a ratio ('30∶8'),
    the factory's own count ('已披露…3项' of 4), a count of a range ('B.12至B.15共四条'), a count with a
    condition ('分值不低于8分的二级指标有9项' is not the 14 rows)."""
    for pos, i in enumerate(idx):
        c, r = claims[i], out[i]
        lead = text[s0:c.start]
        if (m := _RANGE.search(lead)) and c.unit in COUNTERS:
            n = int(m.group(3)) - int(m.group(2)) + 1
            out[i] = result(c, n == c.value, float(n), c.unit, f"{m.group(1)}.{m.group(2)}～{m.group(1)}.{m.group(3)} 共 {n} 条")
            continue
        if r.status != "mismatch":
            continue
        if (c.unit == "分" and r.expected is not None and c.value <= r.expected and "分值应为" in r.explanation
                and _FACTORY_SCORE.search(lead) and re.search(r"本厂|我厂|该厂|本公司|我公司|企业|工厂|我们|你们|贵厂", lead)):
            # '本厂可再生能源利用率一项得5分': the factory's score, at most the points; without its data unknown
            out[i] = CheckResult(claim=c, status="unverifiable",
                                 explanation=f"工厂的得分（不超过分值 {r.expected:g} 分），无工厂数据无法核对")
            continue
        if _RATIO.search(text[max(s0, c.start - 3):c.start]) or _RATIO.match(text[c.end:c.end + 3]):
            why = "比值中的一项，不单独核对"
        elif c.unit in COUNTERS and (_PART_OF.search(lead) or _MORE_THAN.search(lead)):
            why = "某一条所含的个数或两数之差（“B.24含两个公式”“比…多1个”），不与总数比较"
        elif c.unit in COUNTERS and re.match(r"\s*(?:合计|共计|总计|加起来|相加)", text[c.end:c.end + 4]):
            why = "文中所列项目的个数（“四项合计”），不与常量比较"
        elif r.expected_unit == "层" and (h := _HEIGHT.search(lead)) and float(h.group(1)) <= 8:
            why = "层高不超过 8 m 的楼层按一层计（B.27 只加倍超过 8 m 的楼层）"
        elif _ALREADY.search(lead) and c.unit in COUNTERS and re.search(r"§|〔\d{4}〕", r.reference):
            why = "工厂已达到的项数，不与总项数比较"
        elif c.unit in COUNTERS and any(claims[j].end <= c.start for j in idx[:pos]) and "数量" in r.explanation:
            why = "带条件的计数（如“分值不低于8分的”），不与总数比较"
        else:
            continue
        out[i] = CheckResult(claim=c, status="unverifiable", explanation=why)


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
            _answer(text, claims, out, idx, s0, s1, prev, alone)
            _multi_year(text, claims, out, idx, s0)
            _basis(text, claims, out, idx, s0)
            _per(text, claims, out, idx, s0)
            _role_after(text, claims, out, idx, s0, alone, names)
            _guards(text, claims, out, idx, s0)
            arith(text, claims, out, idx, s0)
            comparative(text, claims, out, idx, s0, alone, names)
            sums(text, claims, out, idx, s0)
            named_comparison(text, claims, out, idx, s0, alone)
            count_list(text, claims, out, idx, s1)
            weight_points(text, claims, out, idx)
        if text[s0:s1].strip():
            prev = (s0, s1)
    return out
