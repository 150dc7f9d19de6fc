"""Compact views of internal objects for tool results, and their Chinese renderings."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from assistant.answer.citations import format_ref
from assistant.answer.editions import edition_note
from assistant.answer.trust import labels
from assistant.index.indexer import Index
from assistant.prompts import Prompts
from assistant.scoring import IndicatorResult
from assistant.types import Chunk, Citation

_SENT = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")
_NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def label(clause: str) -> str:
    """第4.2条 / 第B.10条 for numbered clauses, the label itself otherwise (表C.1, 前言)."""
    if clause[:1].isdigit() or re.match(r"^[A-Z]\.\d", clause):
        return f"第{clause}条"
    return clause


def clause_parts(index: Index, key: str) -> list[Chunk]:
    """The chunks of one clause key in order: official text over a digest."""
    chunks = index.sparse.by_key(key)
    official = [c for c in chunks if c.kind != "digest"]
    chosen = official or chunks
    return sorted(chosen, key=lambda c: (c.source_id, c.part, c.order))


def body(chunk: Chunk) -> str:
    lines = chunk.text.split("\n")
    return "\n".join(lines[1:]).strip() if len(lines) > 1 else chunk.text.strip()


def first_sentence(chunk: Chunk) -> str:
    for m in _SENT.finditer(body(chunk)):
        s = m.group(0).strip()
        if len(s) >= 4 and not s.startswith("【置信度"):
            return s
    return chunk.text.strip()[:120]


def citation(chunk: Chunk, quote: str) -> Citation:
    return Citation(key=chunk.key, doc_id=chunk.doc_id, clause=chunk.clause, title=chunk.title,
                    page=chunk.pages[0] if chunk.pages else None, quote=quote,
                    superseded_by=chunk.superseded_by, confidence=chunk.confidence)


def hit_view(chunk: Chunk, quote: str = "") -> dict[str, Any]:
    view = {"key": chunk.key, "title": chunk.title or chunk.doc_title, "clause_path": chunk.clause_path,
            "page": chunk.pages[0] if chunk.pages else None, "status": chunk.status,
            "quote": quote or first_sentence(chunk)}
    notes = labels(chunk, Prompts())  # user-added, unverified, an instruction inside: the model sees it too
    if notes:
        view["notes"] = notes
    return view


def edition_label(chunk: Chunk, editions: list[dict]) -> str:
    return edition_note(chunk, editions) if chunk.status == "superseded" else ""


def clause_text(parts: list[Chunk], note: str = "") -> str:
    head = parts[0]
    pieces = _without_overlap([body(p) for p in parts])
    lines = [f"{head.doc_id} {label(head.clause)}「{head.title or head.doc_title}」原文：",
             "".join("「" + t + "」" for t in pieces if t) + format_ref(head)]
    if head.pages:
        lines.append(f"（{head.doc_title}，第{head.pages[0]}页）")
    if note:
        lines.append(f"（{note}）")
    if head.confidence in ("M", "L"):
        lines.append("（该条款含置信度为中/低的内容，请以正式文本核对）")
    return "\n".join(lines)


def _without_overlap(texts: list[str]) -> list[str]:
    """The parts of a split clause with the overlap each repeats from the one before removed (each
    piece stays a verbatim substring of its part, so it can be quoted)."""
    out = texts[:1]
    for prev, cur in itertools.pairwise(texts):
        k = next((n for n in range(min(len(prev), len(cur), 400), 0, -1) if prev.endswith(cur[:n])), 0)
        out.append(cur[k:].strip())
    return out


def documents(chunks: Iterable[Chunk]) -> list[dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for c in chunks:
        d = docs.setdefault(c.doc_id, {"doc_id": c.doc_id, "title": c.doc_title, "kind": c.kind,
                                       "status": c.status, "superseded_by": c.superseded_by,
                                       "edition_year": c.edition_year, "keys": set()})
        if c.kind != "digest":
            d["kind"] = c.kind
        d["keys"].add(c.key)
    out = []
    for d in docs.values():
        keys = d.pop("keys")
        out.append({**d, "clauses": len(keys)})
    return sorted(out, key=lambda d: (d["status"] != "current", d["doc_id"]))


def calc_text(r: IndicatorResult, cit: Citation | None) -> str:
    eq = f"，式({r.equation})" if r.equation and r.equation != r.formula else ""
    lines = [f"{r.name}（{r.formula}{eq}）计算结果：{r.display_value()}", "计算步骤："]
    lines += [f"  {i}. {s}" for i, s in enumerate(r.steps, 1)]
    lines += [f"  说明：{n}" for n in r.notes]
    if cit is not None:
        lines.append(f"依据：{cit.doc_id} {label(cit.clause)}「{cit.title}」：「{cit.quote}」{format_ref(cit)}")
    elif r.citation_key:
        lines.append(f"依据：{r.citation_key.replace('§', ' ')}（该条款未收录，未能引用原文）")
    if r.confidence != "H":
        lines.append("（系数或因子来自二手资料，请以正式文本核对）")
    return "\n".join(lines)


def numbers_in(text: str) -> list[str]:
    return list(dict.fromkeys(n.replace(",", "") for n in _NUM.findall(text)))


def edition_rows(links: list[dict], doc_id: str | None, clause: str | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for link in links:
        for row in link.get("clause_map") or []:
            old, new = row.get("old"), row.get("new")
            if clause:
                old_match = old and (clause == old or clause.startswith(str(old) + "."))
                new_match = new and clause == new
                if doc_id == link.get("old") and not old_match:
                    continue
                if doc_id == link.get("new") and not new_match:
                    continue
                if not (old_match or new_match):
                    continue
            rows.append({"old_doc": link.get("old"), "new_doc": link.get("new"), "old": old, "new": new,
                         "change": row.get("change", "")})
    if clause and rows and doc_id is None:
        exact = [r for r in rows if clause in (r["old"], r["new"])]
        rows = exact or rows
    return rows


def edition_keys(links: list[dict], rows: list[dict[str, Any]], clause: str | None) -> list[str]:
    if not clause:
        return [f"{link['new']}§前言" for link in links if link.get("new")]
    keys = []
    for r in rows[:3]:
        if r["old"]:
            keys.append(f"{r['old_doc']}§{r['old']}")
        if r["new"]:
            keys.append(f"{r['new_doc']}§{r['new']}")
    return list(dict.fromkeys(keys))


def edition_text(links: list[dict], rows: list[dict[str, Any]], clause: str | None,
                 citations: list[Citation]) -> str:
    lines = []
    for link in links:
        when = f"（{link['effective_date']} 实施）" if link.get("effective_date") else ""
        lines.append(f"{link['old']} 已被 {link['new']}{when}代替。条款对照（依据版本对照表）：")
    if not rows:
        lines.append(f"对照表中没有第{clause}条的对应关系。" if clause else "对照表为空。")
    for r in rows:
        if r["old"] and r["new"]:
            lines.append(f"- 原 {label(str(r['old']))} → 现行 {label(str(r['new']))}：{r['change']}")
        elif r["old"]:
            lines.append(f"- 原 {label(str(r['old']))}：现行版本已删除（{r['change']}）")
        else:
            lines.append(f"- 新增 {label(str(r['new']))}：{r['change']}")
    for cit in citations:
        lines.append(f"{cit.doc_id} {label(cit.clause)}「{cit.title}」：「{cit.quote}」{format_ref(cit)}")
    lines.append("提示：申报和评价应以现行标准为准。")
    return "\n".join(lines)


def edition_refusal(doc_id: str, question: str, hits: list[dict[str, Any]], settings: Any = None,
                    nearby: int = 2, missing: list[str] | None = None) -> str:
    """The refusal of an edition follow-up: edition ``doc_id`` does not answer ``question``
    (prompts/answer/edition_not_stated; with ``missing``, the words its clauses lack), then its
    nearest clauses as reference, not as citations."""
    prompts = Prompts(settings)
    text = prompts.render("answer/edition_not_stated", doc_id=doc_id, question=question)
    if missing:
        text += prompts.render("answer/refusal_missing", named="、".join(f"“{w}”" for w in missing))
    near = [h for h in hits if h.get("key", "").startswith(doc_id + "§")][:nearby]
    if near:
        lines = [f"- 第{h['key'].partition('§')[2]}条「{h.get('title', '')}」：{h.get('quote', '')}" for h in near]
        text += "\n" + prompts.render("answer/edition_nearby", doc_id=doc_id) + "\n" + "\n".join(lines)
    return text
