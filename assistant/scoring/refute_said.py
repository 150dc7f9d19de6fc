"""Refutations of someone else's words (refute.py's forms that are not a quote, a negation or a slip):
the user's or a group's statement corrected (`您说 A 是 20 分，其实是 10 分`, `群里说 A 是 35%，这个说法不对，标准里
是 30%`), an erratum's labelled pair (`原文：…；更正为：…`) and a revision arrow (`35% → 30%`)."""

from __future__ import annotations

import re

from assistant.types import Claim

from .refute_parts import (
    Refutation,
    clause_end,
    first_after,
    joined,
    replacement,
    target_of,
    unit_kind,
)
from .sentences import around

# '您说信息平台是20分，其实是10分': the user's words restated in order to be corrected
# '此前群里说 A 是 35%，这个说法不对，标准里是 30%': someone else's words, refuted and corrected
_REPORTED = re.compile(r"(?:(?:您|你|用户|客户|对方)(?:刚才|之前|上面|前面)?|(?:此前|之前|以前|上次|原来)?(?:群里|网上|有人|别人|"
                       r"同事|老师|课件里?|旧资料(?:里|上)?|培训时)(?:有人)?)"
                       r"(?:说|讲|提到|记的是|记得是|以为|认为|写的是|给的是|理解的是|问的是)")
_ACTUALLY = re.compile(r"[，,]\s*(?:但|不过)?\s*(?:其实|实际上|实际|事实上|准确地说)\s*(?:应该|应)?\s*(?:是|为|只有|只占|只给|有)|"
                       r"[，,]\s*(?:(?:这个|这种|此|该)?说法)?\s*(?:不对|有误|不准确|不正确|是错的|错了)\s*[，,]\s*"
                       r"(?:标准(?:里|中|上)?|原文(?:里|中)?|实际上?|正确的?(?:值|说法)?(?:应)?|其实)\s*(?:应该)?\s*"
                       r"(?:是|为|写的是|规定的是|给的是)")


def reported(text: str, claims: list[Claim]) -> list[Refutation]:
    """'您说 A 是 20 分，其实是 10 分': the user's number is no claim; the correction is checked as the
    user's statement with the correction in place."""
    out = []
    for rm in _REPORTED.finditer(text):
        s0, s1 = around(text, rm.start(), rm.start())
        if text[s0:rm.start()].strip(" ，,：:"):
            continue  # the user's words open the sentence
        act = _ACTUALLY.search(text, rm.end(), s1)
        if act is None:
            continue
        inner = [c for c in claims if rm.end() <= c.start and c.end <= act.start()]
        corr = first_after(claims, act.end(), clause_end(text, act.end()))
        if not inner or corr is None:
            continue
        old = target_of(inner, corr)
        body, at = "", -1
        if old is not None:
            body = text[rm.end():old.start] + replacement(old, corr) + text[old.end:act.start()]
            at = old.start - rm.end()
        out.append(Refutation(tuple((c.start, c.end) for c in inner), (corr.start, corr.end), body, at, "reported"))
    return out


# An erratum's labelled pair: '原文：A 权重 35%；更正为：A 权重 30%' (the corrected text is checked as written)
_LABELLED = re.compile(r"(?:原文|原稿|原句|原表述|原为|误)\s*[：:]\s*([^；;。\n]{1,200}?)\s*[；;。\n，,]?\s*"
                       r"(?:现?更正为|改为|修改为|应为|正确为|正|现为)\s*[：:]")
# A revision arrow between two numbers of one unit: '35% → 30%' (the left one is the former value)
# (quoted on both sides in an erratum table: '“…权重为10%” → “8%”')
_ARROW = re.compile(r"\s*[”\"」』]?\s*(?:→|->|—>|=>|⇒|➔)\s*[“\"「『]?\s*")


def labelled(text: str, claims: list[Claim]) -> list[Refutation]:
    out = []
    for m in _LABELLED.finditer(text):
        inner = [c for c in claims if m.start(1) <= c.start and c.end <= m.end(1)]
        if inner:
            out.append(Refutation(tuple((c.start, c.end) for c in inner), None, "", -1, "labelled"))
    return out


def arrows(text: str, claims: list[Claim]) -> list[Refutation]:
    """'能源低碳化权重：35% → 30%': the right number is checked in the left one's place."""
    out = []
    for c in claims:
        a = _ARROW.match(text, c.end)
        if a is None:
            continue
        corr = next((x for x in claims if x.start == a.end()), None)
        if corr is None or unit_kind(corr) != unit_kind(c):
            continue
        s0, _ = around(text, c.start, c.start)
        lead = joined(text[s0:c.start])
        out.append(Refutation(((c.start, c.end),), (corr.start, corr.end), lead + replacement(c, corr), len(lead),
                              "change"))
    return out
