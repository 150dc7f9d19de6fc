"""The fallback linker: a number every rule of the checker left unlinked is read against every fact it
could state (fallback_cands.py), scored by how much of the fact's names stand near the number.

- Context: the number's sentence (and, after an answer marker such as 答案：/答：/A：, the question
  before it, measured from its blank ____ when it has one); a token's weight falls with its distance to
  the number, with each clause break and each other number in between.
- Score of a fact: the IDF-weighted share of its best name's tokens (character bigrams, Latin words,
  clause numbers) found in the context, times their weights; its description and reference count as
  one more name. Units are a hard filter (compare.compatible_claim: 万/亿, % vs 分 on the 100-point basis,
  tce vs kgce); a role word before the number (引领值, 分值, 得分 …) lowers facts of other roles.
- Verdict (verdict.against, rounding-aware): verified when the value is that of any fact scored at least
  MATCH; mismatch only when the best fact scores at least MISMATCH, leads the best fact the number would
  be true of by MARGIN, and the clause states no change, hypothesis or calculation; else unverifiable.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.types import CheckResult, Claim

from .compare import compatible_claim
from .extract import extract_claims
from .fallback_cands import Candidate, Candidates, candidates, tokens
from .fallback_guards import refutable
from .lexicon import Lexicon, Subject
from .sentences import around
from .verdict import against
from .vocab import part_barriers, role_words

MATCH = 0.6
MISMATCH = 0.6
MARGIN = 0.3
LOW = 0.3  # ... or at least LOW when no fact fits the number and the next fact scores DOMINANCE times less
DOMINANCE = 4.0
TAU = 18.0  # characters at which a token's weight falls to 1/e
BREAK = 0.6  # per clause break between token and number
OTHER = 0.4  # per other number between token and number
AFTER = 0.6  # a token after the number
QUESTION = 0.8  # a token of the question an answer answers
ROLE_OFF = 0.4  # a fact of another role than the role word before the number names
SHORT = 0.5  # a name of one token
POWER = 2.0  # IDF exponent: a name whose rare token is missing ('SO2产生量' for '产生量') scores low

UNLINKED = ("未能关联到画像指标、得分或所引条款的常量", "未提供工厂画像，且未能关联到所引条款的常量")
_BREAKS = "，,、：:（）()|｜"
_ANSWER = re.compile(r"(?:答案|答|(?<![A-Za-z])A|Answer)\s*[：:]")
# a blank to fill: '____' (markup.plain blanks it to spaces), '（ ）'
_BLANK = re.compile(r"_{2,}|＿{2,}| {3,}|[（(]\s*[）)]")
_PARTS = part_barriers()
_ROLES = (*role_words(), ("lead", ("引领",)), ("base", ("基准", "基础")))

@dataclass
class Scored:
    cand: Candidate
    score: float
    result: CheckResult


def _weights(text: str, claim: Claim, claims: list[Claim]) -> tuple[dict[str, float], str, str, str]:
    """(token -> weight, the context text, the context before the number, the text between the number
    and the number or sentence start before it)."""
    s0, s1 = around(text, claim.start, claim.end)
    spans = [(c.start, c.end) for c in claims if s0 - 400 <= c.start < s1]
    masked = list(text)
    for a, b in spans:
        masked[a:b] = " " * (b - a)
    plain = "".join(masked)
    out: dict[str, float] = {}

    others_ = [(x, y) for x, y in spans if (x, y) != (claim.start, claim.end)]

    def owned(a: int, b: int, after: bool) -> bool:
        """A name belongs to another number: it follows that number directly ('12 项业务功能中的 5 项'
        names the 12), or it stands after this number right before that one ('22.4、资源高效化 19.6')."""
        run = a
        while run > 0 and "\u4e00" <= plain[run - 1] <= "\u9fff":
            run -= 1
        if any(y <= run and text[y:run].strip() in ("", "的") for _, y in others_):
            return True
        return after and any(x >= b and not any(ch in text[b:x] for ch in _BREAKS + "。；;") for x, _ in others_)

    def add(lo: int, hi: int, anchor: tuple[int, int], factor: float) -> None:
        for tok, a, b in tokens(plain[lo:hi]):
            a, b = a + lo, b + lo
            if b <= anchor[0]:
                d, gap, after = anchor[0] - b, text[b:anchor[0]], False
            elif a >= anchor[1]:
                d, gap, after = a - anchor[1], text[anchor[1]:a], True
            else:
                continue
            w = factor * math.exp(-d / TAU) * BREAK ** sum(gap.count(ch) for ch in _BREAKS)
            if owned(a, b, after) or any(w_ in gap for w_ in _PARTS):
                w *= OTHER  # '用地面积 120 万 m²，其中堆场 19 万 m²': a name before 其中 is the whole's
            w *= AFTER if after else 1.0
            if w > out.get(tok, 0.0):
                out[tok] = w
    add(s0, s1, (claim.start, claim.end), 1.0)
    ctx, c0 = text[s0:s1], s0
    local = text[max([s0, *(b for a, b in spans if b <= claim.start)]):claim.start]
    if (q := question(text, claim)) is not None:
        q0, q1, blank = q
        anchor = (blank.start(), blank.end()) if blank else (q1, q1)
        add(q0, q1, anchor, QUESTION)
        ctx, c0 = text[q0:s1], q0
        if blank and not _role(local):
            local = text[q0:blank.start()]
    return out, ctx, text[c0:claim.start], local


def question(text: str, claim: Claim) -> tuple[int, int, re.Match[str] | None] | None:
    """(start, end, blank) of the question a number answers: after 答案：/答：/A：, or in a sentence
    right after a question mark; the question runs back to its line's start or the previous full stop
    ('问：2023 年的是多少？那 2021 年呢？'). None if the number answers nothing."""
    s0 = around(text, claim.start, claim.end)[0]
    prev = text[:s0].rstrip()
    if not prev or not (_ANSWER.search(text[s0:claim.start]) or prev.endswith(("？", "?"))):
        return None
    q1 = len(prev)
    q0 = max(text.rfind("\n", 0, q1 - 1), *(text.rfind(b, 0, q1 - 1) for b in "。；;！!")) + 1
    return q0, q1, _BLANK.search(text, q0, q1)


def fill(text: str, claim: Claim) -> Claim:
    """An answer takes its blank's place: the unit after the blank ('____ 名') and a comparator before
    it ('至少 ____') are the answer's when it writes none."""
    if not claim.unit and (m := re.match(r"(?:\s*[、,，]\s*[\d.]+)+\s*(分|%|项|个)", text[claim.end:])):
        return claim.model_copy(update={"unit": m.group(1)})  # '8、8、8、6分': the list's unit
    q = question(text, claim)
    if q is None or q[2] is None:
        return claim
    blank = q[2]
    pre = text[max(q[0], blank.start() - 8):blank.start()]
    post = re.split(r"[，,。；;？?！!\n]", text[blank.end():blank.end() + 16])[0]
    at = len(pre) + 1
    for c in extract_claims(f"{pre} {claim.text}{post}"):
        if c.start <= at < c.end:
            upd: dict[str, object] = {}
            if not claim.unit and c.unit:
                upd["unit"] = c.unit
            if claim.comparator == "=" and c.comparator != "=":
                upd["comparator"] = c.comparator
            return claim.model_copy(update=upd)
    return claim


def _role(local: str) -> str | None:
    found = [(local.rfind(w), len(w), role) for role, words in _ROLES for w in words if w in local]
    return max(found)[2] if found else None


def _cover(bag: frozenset[str], weights: dict[str, float], cands: Candidates) -> float:
    """The share of a name's tokens in the context, each counted by IDF**POWER and its weight there."""
    idf = {t: cands.weight(t) ** POWER for t in bag}
    total = sum(idf.values())
    if not total:
        return 0.0
    return sum(v * weights.get(t, 0.0) for t, v in idf.items()) / total


def _score(c: Candidate, weights: dict[str, float], ctx: str, cands: Candidates) -> float:
    # a one-token name ('平台', '柴油') is weak evidence alone: '公共服务平台三项' is no platform count
    terms = [_cover(b, weights, cands) * (1.0 if len(b) > 1 else SHORT) for b, g in c.terms if g.context_ok(ctx)]
    return max([*terms, _cover(c.name, weights, cands)])


def _roles_of(role: str | None, unit: str) -> tuple[str, ...]:
    """The roles a role word allows; 5.1's bridge: a weight may be written in points and points in %."""
    if role is None:
        return ()
    if (role == "weight" and unit in ("%", "", "分")) or (role == "points" and unit == "%"):
        return ("weight", "points")
    return (role,)


def rank(text: str, claim: Claim, claims: list[Claim], lexes: list[Lexicon],
         others: dict[str, Subject]) -> tuple[list[Scored], str, str, str, tuple[str, ...]]:
    """Every fact the number's unit allows, best first, with its score and the verdict against it."""
    cands = candidates(lexes)
    weights, ctx, before, local = _weights(text, claim, claims)
    roles = _roles_of(_role(local), claim.unit)
    clause = re.split(r"[，,；;。：:]", local)[-1]
    out = []
    for c in cands.items:
        s = c.subject
        if not compatible_claim(claim, s) or any(w in clause for w in c.context_none):
            continue
        if s.constant and s.comparator != "=" and claim.comparator == "=":
            continue  # '层高 10 m' is a storey's height, not the rule 'over 8 m'; '专职人员 4 名' meets '至少 2 名'
        sc = _score(c, weights, ctx, cands)
        if sc <= 0:
            continue
        if roles and s.role not in roles:
            sc *= ROLE_OFF
        out.append(Scored(c, sc, against(claim, s, False, others)))
    out.sort(key=lambda x: -x.score)
    return out, ctx, before, local, roles


def _years(ctx: str, local: str) -> set[int]:
    """The years the number may be of: its own clause's ('2023 年 0.5306，2021 年 0.5366'), else the context's."""
    def found(t: str) -> set[int]:
        return {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年?", t)}
    return found(local) or found(ctx)


@dataclass
class Evidence:
    claim: Claim
    ranked: list[Scored]  # facts the unit allows, best first
    true: float  # the best score of a fact the number is true of (0 if none)
    may_refute: bool  # the best fact may be contradicted: its role, year and the clause allow it


def evidence(text: str, claim: Claim, claims: list[Claim], lexes: list[Lexicon],
             others: dict[str, Subject]) -> Evidence:
    claim = fill(text, claim)
    ranked, ctx, before, local, roles = rank(text, claim, claims, lexes, others)
    years = _years(ctx, local)
    ranked = [x for x in ranked if x.cand.subject.year is None or x.cand.subject.year in years or not years]
    true = next((x.score for x in ranked if x.result.status == "verified"), 0.0)
    if not ranked:
        return Evidence(claim, ranked, true, False)
    # '产生量 56 万 t' equal to the profile's solid waste, linked to SO2: the number is that other quantity
    other_fits = any(o is not ranked[0].cand.subject and compatible_claim(claim, o)
                     and against(claim, o, False, {}).status == "verified" for o in others.values())
    may = not other_fits and refutable(text, claim, ranked[0].cand.subject, ranked[0].result, roles, bool(years),
                                       before, claims, ctx)
    return Evidence(claim, ranked, true, may)


def decide(text: str, claim: Claim, claims: list[Claim], lexes: list[Lexicon],
           others: dict[str, Subject]) -> CheckResult | None:
    """The verdict by similarity, or None (the number stays unverifiable)."""
    return choose(evidence(text, claim, claims, lexes, others))


def choose(ev: Evidence) -> CheckResult | None:
    """verified: the value is that of a fact scored MATCH or more; mismatch: the best fact may be refuted
    and scores MISMATCH or more and leads every fact the number is true of by MARGIN, or scores LOW or
    more with no fact true of the number and DOMINANCE times the next fact's score; else None."""
    good = [x for x in ev.ranked if x.result.status == "verified" and x.score >= MATCH]
    if good:
        return _explain(good[0], "verified")
    if not ev.ranked or not ev.may_refute:
        return None
    best = ev.ranked[0].score
    second = ev.ranked[1].score if len(ev.ranked) > 1 else 0.0
    if (best >= MISMATCH and best - ev.true >= MARGIN) or (best >= LOW and not ev.true and best >= DOMINANCE * second):
        return _explain(ev.ranked[0], "mismatch")
    return None


def _explain(x: Scored, status: str) -> CheckResult:
    r = x.result
    name = x.cand.subject.name
    return r.model_copy(update={"status": status, "explanation":
                                f"按上下文关联到“{name}”（相似度关联，相似度 {x.score:.2f}）：{r.explanation}"})


def recheck(text: str, results: list[CheckResult], lexes: list[Lexicon],
            others: dict[str, Subject]) -> list[CheckResult]:
    """`results` with each number no rule linked read by similarity (see the module docstring)."""
    claims = [r.claim for r in results]
    out = []
    for r in results:
        if r.status == "unverifiable" and r.explanation in UNLINKED:
            r = decide(text, r.claim, claims, lexes, others) or r
        out.append(r)
    return out
