"""Follow-ups resolved against the conversation: 那2018版呢？ (same topic, another edition), 它的基准值
怎么定？ (pronoun -> the previous subject), 换成 8000 m³ 再算一次 (the last calculation, one input
changed), B.10呢？ (a clause in the document under discussion), 那资源高效化呢？ (the same question
about another term of the same kind: a first-level class, an indicator, a system element, a value)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.agent import intents
from assistant.agent.memory import Turn
from assistant.retrieve.refs import RefResolver

_FILLER = re.compile(r"那么|那|呢|的|怎么样|怎么说|怎么规定|如何规定|规定|是怎样|是什么|怎么写|又|版本|版|里|中|[?？。！!，,\s]")


@dataclass
class Context:
    """What earlier turns leave behind for follow-ups (from the assistant turns' meta)."""

    query: str = ""
    subject: str = ""
    doc_id: str | None = None
    keys: list[str] = field(default_factory=list)
    calc: dict[str, Any] | None = None
    profile: str | None = None
    turns: int = 0

    @classmethod
    def from_history(cls, history: list[Turn]) -> Context:
        ctx = cls(turns=len(history))
        for t in history:
            if t.role != "assistant":
                continue
            m = t.meta
            if m.get("query"):
                ctx.query = m["query"]
            if m.get("subject"):
                ctx.subject = m["subject"]
            if m.get("doc_id"):
                ctx.doc_id = m["doc_id"]
            if m.get("keys"):
                ctx.keys = list(m["keys"])
            if m.get("calc"):
                ctx.calc = m["calc"]
            if m.get("profile"):
                ctx.profile = m["profile"]
        return ctx


@dataclass
class Resolved:
    question: str
    tool: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def resolve(question: str, ctx: Context, refs: RefResolver, editions: list[dict],
            has_key: Callable[[str], bool]) -> Resolved:
    """The question rewritten (or a tool call decided) from the conversation so far."""
    q = question.strip()
    if not ctx.turns:
        return Resolved(q)
    edition = _other_edition(q, ctx, refs, editions, has_key)
    if edition is not None:
        return edition
    recalc = _recalc(q, ctx)
    if recalc is not None:
        return recalc
    m = intents.PRONOUN.match(q)
    if m and ctx.subject:
        rest = q[m.end():]
        joiner = "的" if m.group(1).endswith("的") and not rest.startswith("的") else ""
        return Resolved(ctx.subject + joiner + rest, note=f"（“{m.group(1).rstrip('的')}”指上文的“{ctx.subject}”）")
    swapped = swap_term(q, ctx.query)
    if swapped is not None:
        return swapped
    return Resolved(q)


# Terms a follow-up swaps for one of the same kind in the previous question (那资源高效化呢？ after
# 能源低碳化的权重是多少？). Indicators come from the scoring catalogue; these are the other kinds.
_KINDS: tuple[tuple[str, ...], ...] = (
    ("能源低碳化", "资源高效化", "生产洁净化", "产品绿色化", "用地集约化"),
    ("绿色工厂", "绿色园区", "绿色供应链", "绿色设计产品", "绿色产品"),
    ("引领值", "基准值"),
    ("权重", "分值", "满分"),
    ("国家级", "省级", "市级"),
)
_TAIL = re.compile(r"^(?:那么|那|再问一下|还有)?\s*(.+?)\s*(?:又|的)?\s*(?:呢|怎么样|如何)\s*[?？]?\s*$")
_ASKS = re.compile(r"多少|什么|怎么|怎样|如何|哪|吗|几|是否|\d")


def _kind_terms(text: str) -> list[tuple[str, int]]:
    """(term, kind) for every term of a swappable kind in ``text``; indicators are kind -1."""
    found = [(t, k) for k, terms in enumerate(_KINDS) for t in terms if t in text]
    ind = intents.find_indicator(text)
    if ind is not None:
        found.append((ind[1], -1))
    return found


def swap_term(q: str, previous: str) -> Resolved | None:
    """The previous question asked of another term: ``那X呢？`` where X is of the same kind as a term
    of ``previous`` (a first-level class, an indicator, a system element, a lead/base value)."""
    m = _TAIL.match(q)
    if not m or not previous or _ASKS.search(m.group(1)):
        return None
    new = m.group(1)
    mine = _kind_terms(new)
    if not mine or len(new) > 2 * max(len(t) for t, _ in mine) + 2:
        return None  # more than a term: a question of its own
    for term, kind in mine:
        for old, old_kind in _kind_terms(previous):
            if old_kind == kind and old != term and term not in previous:
                question = previous.replace(old, term, 1)
                return Resolved(question, note=f"（接上文：把“{old}”换成“{term}”，即“{question}”）")
    return None


def _recalc(q: str, ctx: Context) -> Resolved | None:
    calc = ctx.calc
    if not calc:
        return None
    named = intents.find_indicator(q)
    if named and named[0] != calc["indicator"]:
        return None
    again = re.search(r"再算|重新算|重算|再计算", q)
    if not (intents.CHANGE_WORDS.search(q) or again):
        return None
    inputs = dict(calc["inputs"])
    q = re.sub(r"(?<!\d)20\d{2}\s*年?\s*版", " ", q)  # an edition year is not an input value
    change = intents.changed_input(q, inputs, calc["indicator"])
    if change is None:
        if not again:
            return None
        return Resolved(q, "calc_indicator", {"indicator": calc["indicator"], "inputs": inputs},
                        note=f"（按上一轮的输入重新计算{calc.get('name', '')}）")
    sym, qty = change
    old = inputs.get(sym, "—")
    if not re.search(r"[A-Za-z%\u4e00-\u9fff]$", qty) and re.search(r"[A-Za-z\u4e00-\u9fff]+$", str(old)):
        qty += re.search(r"[A-Za-z\u4e00-\u9fff]+$", str(old)).group(0)  # type: ignore[union-attr]
    inputs[sym] = qty
    label = intents.SYMBOLS.get(sym, ((sym,), ""))[0][0]
    return Resolved(q, "calc_indicator", {"indicator": calc["indicator"], "inputs": inputs},
                    note=f"（接上一轮的{calc.get('name', '计算')}：{sym}（{label}）由 {old} 改为 {qty}，其余输入不变）")


def _other_edition(q: str, ctx: Context, refs: RefResolver, editions: list[dict],
                   has_key: Callable[[str], bool]) -> Resolved | None:
    from assistant.ingest import to_index_form

    norm = to_index_form(q)
    mentions = refs.mentions(norm)
    if not mentions or refs.clause_keys(norm, mentions) or not (ctx.query or ctx.keys):
        return None
    residual = _FILLER.sub("", re.sub(r"20\d{2}\s*年?|旧|老|新|现行|原|gb/t\s*[\d.\-]+", "", norm))
    if len(residual) > 3:
        return None
    docs = set().union(*(d for _, d in mentions))
    target = _pick(docs, ctx.doc_id, editions)
    if target is None:
        return None
    if target == ctx.doc_id:
        return None
    for key in ctx.keys:
        doc, _, clause = key.partition("§")
        mapped = _map_clause(doc, clause, target, editions)
        if mapped and has_key(f"{target}§{mapped}"):
            return Resolved(q, "get_clause", {"key": f"{target}§{mapped}"},
                            note=f"（接上文：{doc} 第{clause}条在 {target} 中对应第{mapped}条）")
    # the previous question itself, not its subject: whether the edition answers it is retrieval's
    # refusal decision (取水量包括消防用水吗 asked of 2018 meets 资源投入, which does not say)
    asked = _EDITION_REF.sub("", ctx.query).strip(" ，,的") if ctx.query else ""
    topic = asked if len(asked) >= 2 else ctx.subject or ctx.query
    return Resolved(topic, "search_standards", {"query": topic, "doc_id": target, "include_superseded": True},
                    note=f"（接上文：在 {target} 中检索“{topic}”）")


# An edition or standard named in the previous question: the follow-up names its own.
_EDITION_REF = re.compile(r"(?:GB|gb)\s*/?\s*[Tt]?\s*\d+(?:\.\d+)?(?:\s*[-—]\s*\d{4})?|(?<!\d)20\d{2}\s*年?\s*版")


def _pick(docs: set[str], current: str | None, editions: list[dict]) -> str | None:
    """The named edition of the document family under discussion."""
    if len(docs) == 1:
        return next(iter(docs))
    family = {e["old"] for e in editions} | {e["new"] for e in editions}
    linked = sorted(d for d in docs if d in family and d != current)
    return linked[0] if linked else (sorted(docs)[0] if docs else None)


def _map_clause(doc: str, clause: str, target: str, editions: list[dict]) -> str | None:
    for link in editions:
        rows = link.get("clause_map") or []
        if link.get("new") == doc and link.get("old") == target:
            hits = [r for r in rows if str(r.get("new") or "") == clause and r.get("old")]
            return str(hits[0]["old"]) if hits else None
        if link.get("old") == doc and link.get("new") == target:
            hits = [r for r in rows if str(r.get("old") or "") == clause and r.get("new")]
            return str(hits[0]["new"]) if hits else None
    return None
