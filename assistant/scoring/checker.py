"""Check every number in a text: link it to what it claims, compare rounding-aware, explain."""

from __future__ import annotations

import math
import re
from pathlib import Path

from assistant.types import CheckResult, Claim

from . import refdata
from .errors import InputError
from .extract import extract_claims
from .profile import FactoryProfile
from .subjects import (
    TOTAL_SCORE_TERMS,
    Lexicon,
    Subject,
    add_constants,
    add_profile,
    add_reference,
    add_scores,
    fmt_value,
    keys_in_text,
)
from .units import compatible, convert, fmt, normalize_width, parse_unit, slip_like

BOUNDARY = "。；;！？!?\n"
WINDOW = 45
CHANGE_WORDS = ("下降", "降低", "减少", "提高", "提升", "增长", "增加", "上升", "同比", "比上年", "较上年", "相比",
                "节约", "节省", "差距", "目标", "计划", "预计", "力争", "规划", "拟", "行业平均", "行业先进",
                "平均水平", "先进水平", "限额", "定额", "要求", "其中", "优于", "差于", "约束", "上限", "下限")
ROLE_WORDS = (("lead", ("引领值",)), ("base", ("基准值",)), ("weight", ("权重",)),
              ("points", ("满分", "分值", "赋分", "最高分")), ("score", ("得分", "得", "计分", "评分")))


def check(text: str, profile: FactoryProfile | None = None, cited_keys: tuple[str, ...] | list[str] = (),
          scheme: str | Path | None = None) -> list[CheckResult]:
    """Check every numeric claim of `text` against the profile, its scheme's scores and cited constants."""
    norm = normalize_width(text)
    claims = extract_claims(text)
    lex = Lexicon()
    add_constants(lex, [*cited_keys, *keys_in_text(norm)])
    add_reference(lex)
    others: dict[str, Subject] = {}
    if profile is not None:
        others = add_profile(lex, profile)
        sch = scheme or profile.scheme
        if sch:
            add_scores(lex, profile, sch)
    matches = lex.finditer(norm)
    return [_check_one(c, claims, norm, lex, matches, others, profile is not None) for c in claims]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s0 = max((text.rfind(b, 0, start) for b in BOUNDARY), default=-1) + 1
    ends = [i for b in BOUNDARY if (i := text.find(b, end)) >= 0]
    return s0, min(ends) if ends else len(text)


def _role(between: str, unit: str) -> list[str]:
    found = [(between.rfind(w), role) for role, words in ROLE_WORDS for w in words if w in between]
    if found:
        role = max(found)[1]
        if role == "score" and unit not in ("分", ""):
            return ["value"]
        return [role]
    if unit == "分":
        return ["points", "score"]
    return ["value"]


def _compatible(claim: Claim, s: Subject) -> bool:
    if not claim.unit:
        return True
    try:
        return compatible(claim.unit, s.unit, water=s.water, co2=s.co2)
    except InputError:
        return False


def _physical(unit: str) -> bool:
    dims = parse_unit(unit).dims
    return bool(dims) and not all(d in ("分", "项", "年", "层", "类", "个", "种") for d, _ in dims)


def _pick(subjects: list[Subject], claim: Claim, roles: list[str], sentence: str,
          year: int | None = None) -> tuple[Subject | None, bool]:
    """(subject, is_unit_slip). Constants whose context the sentence meets come first."""
    cands = [s for s in subjects if s.role in roles and s.context_ok(sentence) and (s.year is None or s.year == year)]
    cands.sort(key=lambda s: (roles.index(s.role), 0 if s.constant and (s.context_any or s.context_all) else 1 if not s.constant else 2))
    if cands and roles == ["points", "score"]:
        cands.sort(key=lambda s: (0 if s.constant else 1, roles.index(s.role)))
    for s in cands:
        if _compatible(claim, s):
            return s, False
    for s in cands:
        if _physical(claim.unit) and s.physical and slip_like(claim.unit, s.unit):
            return s, True
    return None, False


_PER_UNIT = re.compile(r"(?:吨|单位|每(?![年月日天]))[\u4e00-\u9fff]{0,3}$")


def _imply_denominator(claim: Claim, subs: list[Subject]) -> Claim:
    """'吨铜取水量12立方米': the per-unit word before the name implies the denominator (m3/t)."""
    if not claim.unit or "/" in claim.unit or not subs:
        return claim
    num, den = subs[0].unit.split("/", 1)
    if compatible(claim.unit, num, water=subs[0].water):
        return claim.model_copy(update={"unit": f"{claim.unit}/{den}"})
    return claim


def _link(claim: Claim, claims: list[Claim], text: str, lex: Lexicon,
          matches: list[tuple[int, int, str]]) -> tuple[Subject | None, bool, str, Claim]:
    s0, s1 = _sentence(text, claim.start, claim.end)
    sentence = text[s0:s1]
    before = [m for m in matches if s0 <= m[0] and m[1] <= claim.start and claim.start - m[1] <= WINDOW]
    fb = text.rfind("分别", s0, claim.start)
    if fb >= 0:
        names = [m for m in matches if s0 <= m[0] and m[1] <= fb]
        group = [c for c in claims if fb < c.start < s1]
        if names and len(names) == len(group) and claim in group:
            before = [names[group.index(claim)]]
            claims = [claim]
    slip: Subject | None = None
    # A term right after another number ('12项业务功能') names that number, not a later one.
    before = [m for m in before if not any(c is not claim and c.end <= m[0] and text[c.end:m[0]] in ("", "的")
                                           for c in claims)]
    prefix_roles = _role(text[s0:claim.start], claim.unit)
    years = re.findall(r"((?:19|20)\d{2})\s*年", text[s0:claim.start])
    year = int(years[-1]) if years else None
    prev_end = max((c.end for c in claims if c is not claim and s0 <= c.start and c.end <= claim.start), default=s0)
    local = text[prev_end:claim.start]
    for m in sorted(before, key=lambda m: -m[1])[:4]:
        between = text[m[1]:claim.start]
        roles = _role(between, claim.unit)
        if any(c is not claim and m[1] <= c.start and c.end <= claim.start for c in claims):
            # An elliptical list ('引领值为30%，基准值为5%') keeps the term if a role word leads this number.
            if not any(w in local for _, words in ROLE_WORDS[:4] for w in words):
                break
            roles, between = _role(local, claim.unit), local
        if any(w in between for w in CHANGE_WORDS):
            return None, False, "数字表示变化量、目标值或比较基准，不核对", claim
        subs, eff = lex.terms[m[2]], claim
        if _PER_UNIT.search(text[max(s0, m[0] - 4):m[0]]):
            subs = [s for s in subs if "/" in s.unit and "万元" not in s.unit.split("/", 1)[1]]
            eff = _imply_denominator(claim, subs)
        subj, is_slip = _pick(subs, eff, roles, sentence, year)
        if subj is None and roles == ["value"] and prefix_roles != roles:
            subj, is_slip = _pick(subs, eff, prefix_roles, sentence, year)
        if subj is not None and not is_slip:
            return subj, False, "", eff
        slip = slip or subj
    after = [m for m in matches if claim.end - 2 <= m[0] < s1 and m[1] > claim.end and m[0] - claim.end <= 12
             and not any(p in text[claim.end:m[0]] for p in "，,、：:（）()")]
    for m in sorted(after, key=lambda m: m[0])[:2]:
        if any(c is not claim and claim.end <= c.start and c.end <= m[0] for c in claims):
            break
        if m[0] < claim.end and not text[m[0]:claim.end].endswith(claim.unit[-1:] or "\0"):
            continue
        subs = [s for s in lex.terms[m[2]] if s.constant]
        subj, is_slip = _pick(subs, claim, _role("", claim.unit), sentence, year)
        if subj is not None and not is_slip:
            return subj, False, "", claim
    if slip is not None:
        return slip, True, "", claim
    if claim.unit == "分" and any(w in local[-12:] for w in ("得分", "总分", "合计")):
        for s in lex.terms.get(TOTAL_SCORE_TERMS[0], []):
            return s, False, "", claim
    return None, False, "", claim


def _tolerance(claim: Claim, value: float) -> float:
    tol = 0.5 * 10 ** (-claim.decimals)
    if claim.approx:
        if claim.decimals == 0 and claim.value:
            digits = str(int(abs(claim.value)))
            zeros = len(digits) - len(digits.rstrip("0"))
            tol = 0.5 * 10 ** zeros if zeros else 1.0
        else:
            tol = 10 ** (-claim.decimals)
    return tol + 1e-9 * max(1.0, abs(value))


def _agrees(claim: Claim, v: float, constant: bool) -> bool:
    tol = _tolerance(claim, v)
    trunc = math.trunc(v * 10 ** claim.decimals + 1e-9 * (1 if v >= 0 else -1)) / 10 ** claim.decimals
    eq = abs(v - claim.value) <= tol or abs(trunc - claim.value) <= 1e-9 * max(1.0, abs(v))
    op = claim.comparator
    if constant or op == "=":
        return eq
    if op == "range":
        eps = 1e-9 * max(1.0, abs(v))
        return claim.value - eps <= v <= (claim.value_high or claim.value) + eps
    return {">=": v >= claim.value - tol, ">": v > claim.value - tol,
            "<=": v <= claim.value + tol, "<": v < claim.value + tol}[op]


def _magnitude_slip(claim: Claim, v: float) -> bool:
    """An inequality that holds only because the number is 100, 1000 or 10000 times off."""
    if claim.comparator in ("=", "range") or not v or not claim.value:
        return False
    k = round(math.log10(abs(v / claim.value)))
    return abs(k) >= 2 and abs(v / 10 ** k - claim.value) <= _tolerance(claim, v / 10 ** k)


def _expected_in_claim_unit(claim: Claim, s: Subject) -> list[tuple[float, str]]:
    """Expected value(s) in the claim's unit, with a note on the reading."""
    vals = [(s.value, ""), *s.alternatives]
    if not claim.unit:
        if s.unit == "%":
            return [(v, "") for v, _ in vals] + [(v / 100, "按小数形式理解") for v, _ in vals]
        return [(v, "") for v, _ in vals]
    return [(convert(v, s.unit, claim.unit, water=s.water, co2=s.co2), lab) for v, lab in vals]


def _check_one(claim: Claim, claims: list[Claim], text: str, lex: Lexicon, matches: list[tuple[int, int, str]],
               others: dict[str, Subject], have_profile: bool) -> CheckResult:
    res = _check_inner(claim, claims, text, lex, matches, others, have_profile)
    note = refdata.confidence_note(res.confidence)
    if note and note not in res.explanation:
        res.explanation += f"（{note}）"
    return res


def _check_inner(claim: Claim, claims: list[Claim], text: str, lex: Lexicon, matches: list[tuple[int, int, str]],
                 others: dict[str, Subject], have_profile: bool) -> CheckResult:
    subj, slip, why, claim = _link(claim, claims, text, lex, matches)
    if subj is None:
        expl = why or ("未能关联到画像指标、得分或所引条款的常量" if have_profile
                       else "未提供工厂画像，且未能关联到所引条款的常量")
        return CheckResult(claim=claim, status="unverifiable", explanation=expl)
    claim = claim.model_copy(update={"subject": subj.id})
    conf = subj.confidence if subj.confidence != "H" else None
    base = dict(claim=claim, reference=subj.reference, confidence=conf)
    if slip:
        return CheckResult(**base, status="mismatch", expected=subj.value, expected_unit=subj.unit,
                           explanation=f"单位不符：{subj.name}应为 {fmt_value(subj)}（{subj.how}），文中单位为 {claim.unit}")
    if subj.constant and claim.comparator == "range" and subj.value_range:
        lo, hi = (convert(v, subj.unit, claim.unit) if claim.unit else v for v in subj.value_range)
        ok = abs(lo - claim.value) <= _tolerance(claim, lo) and abs(hi - (claim.value_high or 0)) <= _tolerance(claim, hi)
        return CheckResult(**base, status="verified" if ok else "mismatch", expected=lo, expected_unit=claim.unit,
                           explanation=f"{subj.name}区间为 {fmt(lo)}～{fmt(hi)} {claim.unit}（{subj.how}）")
    cands = _expected_in_claim_unit(claim, subj)
    unit_shown = claim.unit or subj.unit
    for v, note in cands:
        if _agrees(claim, v, subj.constant) and not _magnitude_slip(claim, v):
            extra = f"（{note}）" if note else ""
            shown = "" if note == "按小数形式理解" else unit_shown
            msg = f"与{subj.name}一致{extra}：{fmt(v)} {shown}".rstrip()
            if claim.comparator != "=" and not subj.constant:
                msg = f"文中称“{claim.text}”，{subj.name}为 {fmt(v)} {shown}，成立".replace(" ，", "，")
            return CheckResult(**base, status="verified", expected=v, expected_unit=shown,
                               explanation=f"{msg}。{subj.how}")
    v = cands[0][0]
    return CheckResult(**base, status="mismatch", expected=v, expected_unit=unit_shown,
                       explanation=_diagnose(claim, subj, v, unit_shown, others))


def _diagnose(claim: Claim, s: Subject, v: float, unit: str, others: dict[str, Subject]) -> str:
    msg = f"{s.name}应为 {fmt(v)} {unit}".rstrip() + f"，文中为 {claim.text}。计算/来源：{s.how}"
    if v and claim.value:
        ratio = claim.value / v
        k = round(math.log10(abs(ratio)))
        if k and abs(ratio / 10 ** k - 1) < 0.01:
            if abs(k) == 2 and (s.unit == "%" or claim.unit == "%"):
                msg += f"。文中数值是应有值的 10^{k} 倍，疑似百分数与小数混淆"
            else:
                msg += f"。文中数值是应有值的 10^{k} 倍，疑似单位或数量级错误（如 kgce 与 tce、元与万元）"
    for o in others.values():
        if o.id == s.id or not _compatible(claim, o):
            continue
        try:
            ov = convert(o.value, o.unit, claim.unit, water=o.water, co2=o.co2) if claim.unit else o.value
        except InputError:
            continue
        if _agrees(claim.model_copy(update={"comparator": "="}), ov, True):
            msg += f"。该数值与“{o.name}”一致，疑似指标张冠李戴"
            break
    return msg
