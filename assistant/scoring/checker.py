"""Check every number in a text: link it to what it claims, compare rounding-aware, explain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.types import CheckResult, Claim

from . import (
    arith,
    bullets,
    exam,
    fallback_link,
    guards,
    inline,
    layout,
    linear,
    linkrules,
    pass_mark,
    refdata,
    round12,
    round13a,
    round13b,
    round14,
    tables,
    unit_facts,
    vocab,
    worked,
)
from .compare import COUNTERS, compatible_claim
from .each_total import recheck as each_total_recheck
from .extract import extract_claims
from .guards11 import level_lead
from .lexcache import lexicons
from .linkwords import CHANGE_WORDS, LEAD_BASE, LEADING_ROLES, STRONG_CHANGE, TARGET_BEFORE
from .markup import plain
from .picking import imply_denominator, pick, role_of, unit_roles
from .profile import FactoryProfile
from .quiz import recheck as quiz_recheck
from .references import check_references
from .round10 import recheck as sentence_recheck
from .sentences import around as _sentence
from .shared import shared as _shared
from .shared import summed as _summed
from .sources import check_sources
from .subjects import (
    TOTAL_SCORE_TERMS,
    Lexicon,
    Subject,
)
from .units import normalize_width
from .verdict import against

WINDOW = 45
Match = tuple[int, int, str]


@dataclass
class _Ctx:
    text: str
    claims: list[Claim]
    lex: Lexicon
    matches: list[Match]
    others: dict[str, Subject]
    have_profile: bool
    fallback: Lexicon | None = None
    fallback_matches: list[Match] = field(default_factory=list)


def check(text: str, profile: FactoryProfile | None = None, cited_keys: tuple[str, ...] | list[str] = (),
          scheme: str | Path | None = None, fallback: bool = True) -> list[CheckResult]:
    """Check every numeric claim of `text` against the profile, its scheme's scores and cited constants.

    A number no profile subject, score or cited constant explains is then read against the constants
    of the documents in scope (constants.yaml `scopes`: GB/T 36132-2025 always), so uncited
    statements about the standard are checked too. A number still unlinked after every rule is read
    by similarity (fallback_link.py; `fallback=False`: not, as for a rewritten sentence of a pass).
    """
    if (laid := layout.rewrite(text))[0] != text:  # PDF footers, broken lines, spaced glyphs, TSV/CSV rows
        return layout.restore(text, laid[1], check(laid[0], profile, cited_keys, scheme, fallback))
    text = plain(text)  # '**8 分**', '【1】': the sentence under the markup
    norm = normalize_width(text)
    claims = extract_claims(text)
    lex, others, fb = lexicons(norm, profile, cited_keys, scheme)
    fbm = fb.finditer(norm)
    # longest match across both lexicons: '低位发热量' is not the '热量' inside it
    main = [m for m in lex.finditer(norm) if not any(f[0] <= m[0] and m[1] <= f[1] and f[1] - f[0] > m[1] - m[0] for f in fbm)]
    ctx = _Ctx(norm, claims, lex, main, others, profile is not None, fb, fbm)

    def alone(t: str) -> list[CheckResult]:
        return _numbers(t, profile, cited_keys, scheme)
    results = arith.recheck(norm, claims, [_check_one(c, ctx) for c in claims])
    results = linear.recheck(norm, claims, results, [lex, fb])
    def names(s: str) -> list[str]:
        return [m[2] for m in sorted((*lex.finditer(s), *fb.finditer(s)), key=lambda m: m[1])]
    results = inline.recheck(norm, claims, results, alone, names)
    results = each_total_recheck(norm, claims, pass_mark.recheck(norm, claims, worked.recheck(norm, claims, results)))
    if "判断" in norm or "填空" in norm:
        results = quiz_recheck(norm, claims, results, alone)
    if "题" in norm or "【" in norm:  # '【填空题】…答案：6', '【单选】…（ A ）', '【判断题】…（ × ，…应为…）'
        results = exam.recheck(norm, claims, results, alone)
    if "|" in norm:
        results = tables.recheck(norm, claims, results, alone)
    # '附件2 绿色园区': an attachment number is checked as a reference (where it is), not as a count
    labels = [r for r in results if norm[max(0, r.claim.start - 3):r.claim.start].strip().endswith("附件")]
    results = [r for r in results if r not in labels]
    spans = [(r.claim.start, r.claim.end) for r in results]
    refs = [r for r in check_references(norm, spans, text)
            if not any(r.claim.start < e and s < r.claim.end for s, e in spans)]
    refs += [r for r in labels if not any(x.claim.start < r.claim.end and r.claim.start < x.claim.end for x in refs)]
    refs += check_sources(norm, results, text)
    ordered = unit_facts.recheck(norm, bullets.recheck(norm, sorted([*results, *refs], key=lambda r: r.claim.start), alone))
    final = round13b.recheck(norm, round12.recheck(norm, sentence_recheck(norm, ordered, alone, names), lex, profile), alone)
    final = fallback_link.recheck(norm, final, [lex, fb], others) if fallback else final
    return round14.recheck(norm, round13a.recheck(norm, final, alone), alone)


def _numbers(text: str, profile: FactoryProfile | None, cited_keys: tuple[str, ...] | list[str],
             scheme: str | Path | None) -> list[CheckResult]:
    """check() without the announcement results: a rewritten sentence maps back number by number."""
    return [r for r in check(text, profile, cited_keys, scheme, fallback=False)
            if not (r.claim.unit == "号" and r.reference.startswith("生态环境部公告"))]


_PER_UNIT = re.compile(r"(?:吨|单位|每(?![年月日天]))[\u4e00-\u9fff]{0,3}$")
def _link(claim: Claim, ctx: _Ctx, lex: Lexicon, matches: list[Match]
          ) -> tuple[Subject | None, bool, str, Claim, list[Subject]]:
    text, claims = ctx.text, ctx.claims
    s0, s1 = _sentence(text, claim.start, claim.end)
    sentence = text[s0:s1]
    none: tuple[None, bool, str, Claim, list[Subject]] = (None, False, "", claim, [])
    if linkrules.operand(text, claim, s0):
        return None, False, "算式中的数，不单独核对", claim, []
    if linkrules.former_value(text, s0, claim):
        return None, False, "数字是变更前的值（由…改为…），不核对", claim, []
    claims = [c for c in claims if c is claim or not linkrules.operand(text, c, s0)]
    if linkrules.listed_total(text, claims, claim, s0):
        return None, False, "文中所列各项之和（worked.py 核对）", claim, []
    prev_end = max((c.end for c in claims if c is not claim and s0 <= c.start and c.end <= claim.start), default=s0)
    local = text[prev_end:claim.start]
    # '碳排放强度引领值…、基准值…，本公司实际值…，得6.23分': a score word reaches back to the sentence's name
    window = 2 * WINDOW if ctx.have_profile and linkrules.score_lead(local, claim.unit) else WINDOW
    before = [m for m in matches if s0 <= m[0] and m[1] <= claim.start and claim.start - m[1] <= window]
    fb = text.rfind("分别", s0, claim.start)
    if fb >= 0:
        names = [m for m in matches if s0 <= m[0] and m[1] <= fb]
        group = linkrules.value_run(text, claims, fb, s1)
        if names and len(names) == len(group) and claim in group:
            before = [names[group.index(claim)]]
            claims = [claim]
    slip: Subject | None = None
    # A term right after another number ('12项业务功能') names that number, not a later one led by no role word
    before = [m for m in before if not any(c is not claim and c.end <= m[0] and text[c.end:m[0]] in ("", "的")
                                           and any(compatible_claim(c, s) for s in lex.terms[m[2]]) for c in claims)
              or any(w in text[m[1]:claim.start] for w in ("满分", "分值", "权重"))]
    # 'A等五类一级指标': a count after 'A等' counts the kind A is an example of, not A's parts
    before = [m for m in before if not (claim.unit in COUNTERS and text[m[1]:claim.start].startswith("等"))
              and not linkrules.topic(text, m, claim)]
    if (ana := linkrules.anaphor(text, matches, s0, claim, claims)) is not None:
        before = [ana]
    elif len(before) > 1:  # '在绿色供应链管理战略中': the whole a part belongs to is not the subject
        before = [m for m in before if not linkrules.container(text, m)] or before
    if len(before) > 1:  # a total ('分值加总') yields to a more specific name before it
        named = [m for m in before if not all(s.generic for s in lex.terms[m[2]])]
        before = [m for m in before if m in named or not any(n[1] <= m[0] for n in named)]
    threshold = linkrules.threshold_role(text, claim, s1)
    # the threshold is the value itself: '6项及以上即得满分' says the 引领值 is 6
    as_value = claim.model_copy(update={"comparator": "="}) if threshold else claim
    factory = ctx.have_profile and linkrules.factory(sentence)
    prefix_roles = role_of(text[s0:claim.start], claim.unit)
    # 'The 2023 national grid factor': an English sentence gives the year without 年
    years = re.findall(r"((?:19|20)\d{2})\s*年", text[s0:claim.start]) or re.findall(
        r"(?i)\b((?:19|20)\d{2}),?\s+(?=[a-z])", text[s0:claim.start])
    if not years and (q := text.rfind("问", 0, s0)) >= 0 and "答" in text[q:claim.start]:
        years = re.findall(r"((?:19|20)\d{2})\s*年", text[q:claim.start])  # '问：2022年…？答：…': the question's year
    year = int(years[-1]) if years else None
    if (noun := linkrules.counted_noun(text, matches, claim)) is not None:
        subj, is_slip = pick([s for s in lex.terms[noun[2]] if s.constant], claim, unit_roles(claim.unit), sentence, year)
        if subj is not None and not is_slip:
            return subj, False, "", claim, []
    for m in sorted(before, key=lambda m: -m[1])[:4]:
        between = text[m[1]:claim.start]
        if any(b in between for b in vocab.part_barriers()) and not (
                claim.unit in COUNTERS and re.search(r"^[^，,；;]{0,8}(?:包括|包含|含有?)\s*$", between)):
            # '……30%，其中可再生能源利用率占8分': a name before 其中 does not name a part after it; but
            # '表A.1 包括 7 列': a count right after 包括 counts the whole named before it
            break
        if linkrules.names_left_side(text, ctx.claims, m, claim) or linkrules.names_operand(text, ctx.claims, m, claim, s0):
            break  # '焦炭15 000 t × 2.86 = 42 900 t': the name names the left side, not the result
        roles = [threshold] if threshold else role_of(between, claim.unit)
        via_score = False
        if any(c is not claim and m[1] <= c.start and c.end <= claim.start and not linkrules.apposition(text, m, c)
               and linkrules.same_kind(c.unit, claim.unit) for c in claims):
            # An elliptical list ('引领值为30%，基准值为5%') keeps the term if a role word leads this number.
            if not any(w in local for w in LEADING_ROLES):
                if not linkrules.score_lead(local, claim.unit):
                    break
                via_score = True  # only a score of this name may be meant: never its points
            roles, between = ([threshold] if threshold else role_of(local, claim.unit)), local
        # '优于方案基准值18 m³/t': a role word after the comparison says the number is that value
        named_at = max((between.rfind(w) for w in LEAD_BASE), default=-1)
        if named_at >= 0 and re.search(r"[，,；]", between[named_at:]):
            named_at = -1  # the role word of another clause
        change = [w for w in CHANGE_WORDS if w in between and w not in m[2] and between.rfind(w) > named_at]
        pre = re.sub(r"“[^”]*”", "", re.split(r"[，,；;。：:]", text[s0:m[0]])[-1])  # a quoted name is no plan
        if named_at < 0 and not any(w in m[2] for w in LEAD_BASE) and any(w in pre for w in TARGET_BEFORE):
            return None, False, "数字表示变化量、目标值或比较基准，不核对", claim, []  # '目标可再生能源利用率≥30%'
        if any(w in STRONG_CHANGE for w in change):
            return None, False, "数字表示变化量、目标值或比较基准，不核对", claim, []
        subs, eff = linkrules.emission_only(lex.terms[m[2]], between, m[2], text[s0:m[0]], claim.unit,
                                            text[claim.end:s1]), as_value
        subs = linkrules.energy_row(subs, lex.terms.get("用电量", []), sentence)
        if change:
            subs = [s for s in subs if s.constant]
        if _PER_UNIT.search(text[max(s0, m[0] - 4):m[0]]):
            subs = [s for s in subs if s.unit == "分" or ("/" in s.unit and "万元" not in s.unit.split("/", 1)[1])]
            eff = imply_denominator(claim, subs)
        if via_score or (ctx.have_profile and ((roles == ["points", "score"] and linkrules.score_lead(local, claim.unit))
                                                  or level_lead(local, claim.unit))):
            roles = ["score"]  # '按部分符合计4分': in a text on a profile, the factory's score
        subj, is_slip = pick(subs, eff, roles, sentence, year, factory, text[s0:claim.start])
        if subj is None and via_score:
            continue  # a score word: the score of a name farther back ('单位用地面积产值…产值98亿元…得5.12分')
        if subj is None and roles == ["score"] and ctx.have_profile:
            break  # a score word with no score of this name: never the name's points
        if subj is None and roles in (["lead"], ["base"]) and named_at >= 0:
            continue  # '引领值0.02' names a scheme value; with none for this name it is no actual value
        if subj is None and prefix_roles != roles and not threshold:
            subj, is_slip = pick(subs, eff, prefix_roles, sentence, year, factory, text[s0:claim.start])
        if subj is None and unit_roles(claim.unit) != roles and not threshold:
            subj, is_slip = pick(subs, eff, unit_roles(claim.unit), sentence, year, factory, text[s0:claim.start])
        if subj is None and change:
            return None, False, "数字表示变化量、目标值或比较基准，不核对", claim, []
        if subj is not None and subj.generic and not any(w in text[s0:claim.start] for w in subj.context_any):
            subj = None  # '权重依次为30%、30%…，合计100%': a total's word after a part does not make it the total
        if subj is not None and not is_slip:
            if (total := _summed(ctx, lex, matches, m, subj, s0, between, sentence, year)) is not None:
                return total, False, "", eff, []
            return subj, False, "", eff, _shared(claim, ctx, lex, matches, m, subj, s0, sentence, year)
        # a unit slip only when the name has no number of its own unit in between ('综合能耗 92 899.08 tce，
        # 合格品 200 000 t': the mass is another quantity's, not 综合能耗 written in t)
        if subj is not None and not linkrules.list_item(text, claim) and not any(c is not claim and m[1] <= c.start and c.end <= claim.start and compatible_claim(c, subj) for c in claims):
            slip = slip or subj
    after = [m for m in matches if claim.end - 2 <= m[0] < s1 and m[1] > claim.end and m[0] - claim.end <= 12
             and not any(p in text[claim.end:m[0]] for p in "，,、：:（）()=＝")]  # a name after "=" is the right side
    for m in sorted(after, key=lambda m: m[0])[:2]:
        if any(c is not claim and claim.end <= c.start and (c.end <= m[0] or (c.start - m[1] <= 3 and not re.search(r"[，,；;]", text[m[1]:c.start]))) for c in claims):
            break  # '16 分由先进工艺与装备 6 分…': a name followed by its own number is that number's
        if m[0] < claim.end and not text[m[0]:claim.end].endswith(claim.unit[-1:] or "\0"):
            continue
        subs = [s for s in lex.terms[m[2]] if s.constant]
        subj, is_slip = pick(subs, claim, unit_roles(claim.unit), sentence, year)
        if subj is not None and not is_slip:
            return subj, False, "", claim, []
    if slip is not None:
        return slip, True, "", claim, []
    # the total score: words that name it, or a bare 得分/合计 in a sentence that names nothing else
    # '…91.38%，得分 4.55 分', '…得 8 分；合计 12 分': after other numbers a bare 得分/合计 is an item's or a sum
    named_before = any(s0 <= m[0] and m[1] <= claim.start for m in matches) or any(
        c is not claim and c.unit not in COUNTERS and text.rfind("。", 0, claim.start) < c.start and c.end <= claim.start
        for c in ctx.claims)
    # 'total score 71.04 out of 100': an English score carries its scale, not 分
    english = not claim.unit and re.match(r"\s*(?:out of|/)\s*100\b", text[claim.end:]) is not None
    if (claim.unit == "分" or english) and (any(w in local[-12:] for w in ("总分", "总得分", "综合得分", "合计得分", "评价得分", "评价结果"))
                              or re.search(r"(?i)\btotal(?: score)?\s*[:：]?\s*(?:is|of|was|=)?\s*$", local)
                              or (not named_before and any(w in local[-12:] for w in ("得分", "合计")))):
        for s in lex.terms.get(TOTAL_SCORE_TERMS[0], []):
            return s, False, "", claim, []
    return none


def _check_one(claim: Claim, ctx: _Ctx) -> CheckResult:
    res = _check_inner(claim, ctx)
    note = refdata.confidence_note(res.confidence)
    if note and note not in res.explanation:
        res.explanation += f"（{note}）"
    return res


def _check_inner(claim: Claim, ctx: _Ctx) -> CheckResult:
    subj, slip, why, claim, shared = _link(claim, ctx, ctx.lex, ctx.matches)
    if subj is None and not why and ctx.fallback is not None:
        subj, slip, why, claim, shared = _link(claim, ctx, ctx.fallback, ctx.fallback_matches)
    if subj is None:
        expl = why or ("未能关联到画像指标、得分或所引条款的常量" if ctx.have_profile
                       else "未提供工厂画像，且未能关联到所引条款的常量")
        return CheckResult(claim=claim, status="unverifiable", explanation=expl)
    if subj.role == "points" and linkrules.zero_score(ctx.text, _sentence(ctx.text, claim.start, claim.end)[0], claim):
        return CheckResult(claim=claim, status="verified", expected=0.0, expected_unit="分",
                           reference="GB/T 36132-2025§5.2",
                           explanation="与 5.2 一致：实际值劣于基准值（或不符合要求）的指标得 0 分。")
    results = [against(claim, s, slip, ctx.others) for s in (subj, *shared)]
    bad = [r for r in results if r.status == "mismatch"]
    if bad and (why := guards.weak_link(ctx.text, _sentence(ctx.text, claim.start, claim.end)[0], claim, subj, ctx.claims) or guards.bare_swap(claim, subj, bad[0])):
        return CheckResult(claim=claim, status="unverifiable", explanation=why)  # too weak a link to call it wrong
    if bad and shared:
        bad[0].explanation = f"文中称多项共用此值：{bad[0].explanation}"
    return bad[0] if bad else results[0]
