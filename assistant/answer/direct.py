"""A one-line direct answer to an inclusion question (取水量包括消防用水吗？ -> 不包括), read from the
best clause's own words, or nothing.

The offline composer quotes clauses; a yes/no question about what a quantity includes is answered
in those quotes, but a reader has to find the sentence. When the best clause has one sentence
segment that names the asked-about item right after an including or excluding verb, that verb
decides: 不包括…消防用水 is no, 包括…辅助生产系统 is yes. Anything less clear gives no line (the quotes
below still stand): a wrong 简答 would be worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest import to_index_form
from assistant.types import Chunk

# 取水量包括消防用水吗 / 是否包括 / 包不包括 / 算不算 / 计入…吗 / 属于…吗
_VERBS = "包括|包含|含有|含|计入|算入|算作|算|属于"
_EITHER = "包不包括|包括不包括|包含不包含|含不含|算不算|属不属于|计不计入|是不是属于"
_ASK = re.compile(
    rf"^(?P<a>[^，,。？?]{{1,24}}?)(?:里|中)?(?:是否|有没有)?(?P<verb>{_EITHER}|{_VERBS})(?:不(?:{_VERBS}))?"
    rf"(?P<b>[^，,。？?]{{1,24}}?)(?:在内)?(?:吗|么|嘛)?\s*[？?]?\s*$")
_NOT_ASKED = re.compile(r"哪些|什么|多少|怎么|如何|几")
_NEG = re.compile(r"不(?:包括|包含|含|计入|计|算入|算|应计入|属于)|除外|扣除|剔除|不在")
_POS = re.compile(r"包括|包含|含有|含|计入|算入|属于|涵盖")
_SEGMENT = re.compile(r"[^。；;！!\n]+[。；;！!]?")
_ABBREVIATIONS = (("固废", "固体废物"), ("绿电", "绿色电力"), ("绿证", "绿色电力证书"))
_SHARED_TAILS = ("用水", "用电", "用气", "用能")
# the item before its verb: 消防用水不计入取水量, 外购电力计入综合能耗
_VERB_AFTER = re.compile(r"^(?:也|均|都|应|可|须|需)*(?P<neg>不(?:应|得|能|宜)?)?(?:包括在|包含在|计入|算入|算作|属于|算在)")
_YES_WORD = {"包括": "包括", "包含": "包括", "含有": "包括", "含": "包括", "计入": "计入", "算入": "计入",
             "算作": "算", "算": "算", "属于": "属于"}


@dataclass(frozen=True)
class Direct:
    verdict: str  # 包括 / 不包括 (or 计入 / 不计入, 属于 / 不属于: the user's verb)
    quote: str  # the deciding segment, verbatim from the clause


def inclusion_question(question: str) -> tuple[str, str, str] | None:
    """(subject, verb, item) of an inclusion question, or None."""
    q = question.strip()
    if _NOT_ASKED.search(q):
        return None
    m = _ASK.match(q)
    if not m:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if len(b) < 2 or len(a) < 2:
        return None
    verb = m.group("verb")
    for base in ("包括", "包含", "含", "算", "属于", "计入"):
        if verb != base and verb.endswith(base):
            verb = base  # 包不包括 -> 包括, 属不属于 -> 属于
    return a, verb, b


def direct_answer(question: str, chunk: Chunk) -> Direct | None:
    """The verdict on an inclusion question from ``chunk``'s text, or None when it is not clear."""
    asked = inclusion_question(question)
    if asked is None:
        return None
    subject, verb, item = asked
    text = chunk.text
    if to_index_form(subject)[:2] not in to_index_form(text):
        return None  # the clause is not about the subject
    for variant in _variants(item):
        found = _decide(text, variant)
        if found is not None:
            if found[0] is None:
                return None  # segments disagree
            yes = _YES_WORD.get(verb, "包括")
            return Direct(verdict=yes if found[0] else "不" + yes, quote=found[1])
    return None


def _variants(item: str) -> list[str]:
    """The item as asked, with the documents' words for common abbreviations, and its head before 的."""
    out = [item]
    for short, full in _ABBREVIATIONS:
        if short in item and full not in item:
            out.append(item.replace(short, full))
    if "的" in item:
        head = item.split("的", 1)[0]
        if len(head) >= 4:
            out.append(head)
    for tail in _SHARED_TAILS:  # 基建、消防和对外供水: a list shares its last word
        if item.endswith(tail) and len(item) - len(tail) >= 2:
            out.append(item[: -len(tail)])
    return out


def _verdict(before: str, after: str) -> bool | None:
    """The verb nearest before the item decides (不包括 … X: no; 包括 … X: yes); ``X除外`` is no."""
    neg = [x.end() for x in _NEG.finditer(before)]
    pos = [x.end() for x in _POS.finditer(before) if not _is_in_neg(before, x.start())]
    if (neg and (not pos or max(neg) >= max(pos))) or after.startswith("除外"):
        return False
    if pos:
        return True
    later = _VERB_AFTER.match(after)
    return None if later is None else later.group("neg") is None


def _decide(text: str, item: str) -> tuple[bool | None, str] | None:
    """(verdict, deciding quote) over the segments naming ``item``; (None, "") when they disagree.

    A list opened by a colon (可计入的来源：a；b；c。) lends its opener's verb to every item."""
    norm_item = to_index_form(item)
    verdicts: set[bool] = set()
    quote = ""
    opener: tuple[bool, int] | None = None  # the open list's verdict and where its opener starts
    for m in _SEGMENT.finditer(text):
        seg = to_index_form(m.group(0))
        at = seg.find(norm_item)
        head, colon, _ = seg.partition(":")  # to_index_form makes full-width punctuation half-width
        if at >= 0:
            v = _verdict(seg[:at], seg[at + len(norm_item):])
            start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1  # the sentence
            if v is None and opener is not None:
                v, start = opener
            if v is not None:
                verdicts.add(v)
                span = text[start:m.end()].strip()
                quote = quote or (span if len(span) <= 200 else m.group(0).strip())
        if colon and at < 0:
            lent = _verdict(head, "")
            opener = (lent, m.start()) if lent is not None else None
        if seg.rstrip().endswith(("。", "！", "!")) or "\n" in m.group(0):
            opener = None
    if not verdicts:
        return None
    return (verdicts.pop(), quote) if len(verdicts) == 1 else (None, "")


def _is_in_neg(before: str, start: int) -> bool:
    """Is the positive verb at ``start`` part of a negated one (不包括)?"""
    return start > 0 and before[start - 1] == "不"
