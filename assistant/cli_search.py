"""The `search` command: ranked clause hits, printed with their trust marks (assistant/cli.py mounts it).

Kept apart from cli.py so that module stays small; it imports only the retriever, not the agent,
report, trainer and scoring layers.
"""

from __future__ import annotations

import argparse
import json


def _filters(args: argparse.Namespace) -> dict:
    return {"doc_id": args.doc, "kind": args.kind, "status": args.status,
            "include_superseded": args.include_superseded}


def _search(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The retriever alone (what ``Assistant.search_result`` runs): a search need not import the
    agent, report, trainer and scoring layers (~1 s of a cold start)."""
    from assistant.index.indexer import Index
    from assistant.retrieve.hybrid import Retriever, SearchRequest
    from assistant.settings import Settings

    settings = Settings(**({"kb": args.kb} if getattr(args, "kb", None) else {}))
    req = SearchRequest(query=args.query, k=settings.retrieval.top_k if args.k is None else args.k, mode=args.mode,
                        **_filters(args))
    return Retriever(Index(settings), settings).run(req)


def cmd_search(args: argparse.Namespace) -> int:
    # k is checked by the retriever (1 to the setting max_k); k=None: the setting ASSISTANT_RETRIEVAL__TOP_K (Settings.top_k) decides
    result = _search(args)
    if args.json:
        rows = [{"key": h.chunk.key, "doc_id": h.chunk.doc_id, "title": h.chunk.doc_title,
                 "clause": h.chunk.clause, "clause_title": h.chunk.title, "clause_path": h.chunk.clause_path,
                 "page": h.chunk.pages[0] if h.chunk.pages else None, "score": round(h.score, 5),
                 "status": h.chunk.status, "confidence": h.chunk.confidence, "origin": h.chunk.origin,
                 "identity": h.chunk.identity, "instruction": h.chunk.instruction, "text": h.chunk.text}
                for h in result.hits]
        print(json.dumps({"query": args.query, "relevance": round(result.relevance, 3), "hits": rows},
                         ensure_ascii=False, indent=2))
        return 0
    if not result.hits:
        print("没有找到结果。")
    from assistant.retrieve.merge import order_notes

    moved = order_notes(result.hits)  # a sub-clause kept next to its parent: the scores do not decrease
    if moved:
        print("排序：先按融合得分，再把下级条款提到其上级条款旁（答案通常在最深一级条款中）；标“下级条款”的条目因此可能排在得分更高的条目之前。")
    for n, h in enumerate(result.hits, 1):
        c = h.chunk
        label = "【已废止】" if c.status == "superseded" else ""
        page = f" 第{c.pages[0]}页" if c.pages else ""
        sub = f"，{moved[n - 1]} 的下级条款" if n - 1 in moved else ""
        print(f"{n}. {label}{c.key}{_trust_label(c)}  {c.title}  (得分 {h.score:.4f}{sub}{page})")
        print(f"   {c.doc_title} | {c.clause_path}")
        print("   " + c.text.replace("\n", " ")[:160])
    return 0


def _trust_label(chunk) -> str:  # type: ignore[no-untyped-def]
    """Short marks in the hit list; the answer carries the full notes (prompts/answer/label_*)."""
    marks = [("【用户添加】", chunk.origin == "user"), ("【未核实】", chunk.identity == "unverified"),
             ("【含针对助手的指令】", chunk.instruction)]
    return "".join(m for m, on in marks if on)
