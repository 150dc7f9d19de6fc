"""The offline agent: a deterministic planner over the same tools an LLM would use.

Routes a message to one tool: a calculation with values -> calc_indicator; a profile path ->
score_profile; 核对：… or a pasted paragraph with numbers -> check_numbers; a clause asked by number
-> get_clause; an edition comparison -> compare_editions; 有哪些文件 -> list_documents; anything else
-> search_standards (retrieval and the offline composer, which refuses when nothing answers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.agent import intents, views
from assistant.agent.followup import Context, resolve
from assistant.agent.tools import Toolbox
from assistant.agent.types import ToolOutput
from assistant.errors import ToolError
from assistant.ingest import find_doc_id, to_index_form
from assistant.retrieve.subject import edition_gap
from assistant.scoring import list_schemes

_CLAUSE_FILLER = re.compile(
    r"请问|请|给我|帮我|看看|看一下|看下|查一下|查查|查|显示|打开|原文|全文|内容|条款|条文|条|款|章|节|附录|第|的|呢|"
    r"是什么|是啥|讲什么|讲了什么|讲的是什么|讲啥|说什么|说了什么|说的是什么|写了什么|写的什么|规定了什么|规定|"
    r"什么|具体|一下|有哪些|有什么|内容是|标准|版|[?？。！!，,:：\s]")
_DOC_CLAUSE = re.compile(r"^\s*(?:第\s*)?([A-Za-z]\.\d{1,2}(?:\.\d{1,2})*|表\s*[A-Za-z]?\.?\d{1,2}|\d{1,2}(?:\.\d{1,2}){0,3})")
_BARE_CLAUSE = re.compile(r"^\s*(?:那|那么)?\s*([A-Za-z]\.\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2}){1,3})\s*"
                          r"(?:呢|是什么|讲什么|说什么|的内容)?\s*[?？。]?\s*$")
Step = Callable[[ToolOutput, dict[str, Any]], None]


@dataclass
class Planned:
    tool: str
    args: dict[str, Any]
    note: str = ""
    question: str = ""


@dataclass
class PlanResult:
    text: str
    outputs: list[ToolOutput] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any], ToolOutput]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # how a follow-up was read (接上文…): kept in front of a refusal too


class Planner:
    def __init__(self, tools: Toolbox) -> None:
        self.tools = tools

    @property
    def refs(self):  # type: ignore[no-untyped-def]
        return self.tools.retriever.analyzer.refs

    def has_key(self, key: str) -> bool:
        return bool(self.tools.index.sparse.by_key(key))

    def route(self, question: str, ctx: Context) -> Planned:
        """The tool call for this message (after follow-up resolution)."""
        res = resolve(question, ctx, self.refs, self.tools.index.editions(), self.has_key)
        if res.tool:
            return Planned(res.tool, res.args, res.note, res.question)
        q = res.question
        planned = self._route(q, ctx)
        planned.note = res.note + planned.note
        planned.question = q
        return planned

    def _route(self, q: str, ctx: Context) -> Planned:
        pasted = intents.check_text(q)
        path = intents.profile_path(q)
        if pasted is not None and (intents.CHECK_PREFIX.match(q) or not path):
            profile = path or ctx.profile
            args = {"text": pasted, "profile": profile, "cited_keys": list(ctx.keys)}
            return Planned("check_numbers", args, f"（按工厂画像 {profile} 核对）" if profile else "")
        if path:
            scheme = next((s for s in list_schemes() if s in q), None)
            return Planned("score_profile", {"profile": path, "scheme": scheme})
        calc = intents.parse_calc(q)
        if calc is not None:
            return Planned("calc_indicator", {"indicator": calc.indicator, "inputs": calc.inputs})
        if intents.LIST_DOCS.search(q):
            return Planned("list_documents", {})
        norm = to_index_form(q)
        mentions = self.refs.mentions(norm)
        keys = self._clause_keys(q, norm, mentions, ctx)
        if intents.EDITION_WORDS.search(q) and (len({d for _, ds in mentions for d in ds}) >= 2 or
                                               re.search(r"新旧|两版|两个版本|新版|旧版|老版", q)):
            return self._edition(keys)
        if keys and self._only_ref(q):
            return Planned("get_clause", {"key": keys[0]})
        return Planned("search_standards", {"query": q})

    def _edition(self, keys: list[str]) -> Planned:
        if keys:
            doc, _, clause = keys[0].partition("§")
            return Planned("compare_editions", {"doc_id": doc, "clause": clause})
        links = self.tools.index.editions()
        return Planned("compare_editions", {"doc_id": links[0]["new"] if links else None})

    def _clause_keys(self, q: str, norm: str, mentions: list, ctx: Context) -> list[str]:
        keys = list(self.refs.clause_keys(norm, mentions))
        found = find_doc_id(q)
        if found:
            m = _DOC_CLAUSE.match(q[found[2]:]) if found[2] <= len(q) else None
            if m:
                label = re.sub(r"\s+", "", m.group(1)).upper().replace("表", "表")
                key = f"{found[0]}§{label}"
                if self.has_key(key):
                    keys.insert(0, key)
        bare = _BARE_CLAUSE.match(q)
        if bare and not keys:  # 6.1呢 / 6.1是什么: a clause number with no 条 after it
            label = bare.group(1).upper()
            keys = [f"{d}§{label}" for d in sorted(self.refs.docs) if self.has_key(f"{d}§{label}")]
        if not mentions and len(keys) > 1:
            docs = self.refs.docs

            def rank(key: str) -> tuple[int, int, int]:
                doc = key.partition("§")[0]
                info = docs.get(doc)
                return (0 if doc == ctx.doc_id else 1, 0 if info and info.status == "current" else 1,
                        0 if info and info.supersedes else 1)
            keys.sort(key=rank)
        return keys

    @staticmethod
    def _only_ref(q: str) -> bool:
        rest = re.sub(r"(?:GB|gb)\s*/?\s*[Tt]?\s*\d+(?:\s*[-—]\s*\d{4})?|20\d{2}\s*年?版?|旧版|老版|新版|现行", "", q)
        rest = re.sub(r"[A-Za-z]\.\d{1,2}(?:\.\d{1,2})*|表\s*[A-Za-z]?\.?\d{1,2}|\d{1,2}(?:\.\d{1,2}){0,3}", "", rest)
        return len(_CLAUSE_FILLER.sub("", rest)) <= 2

    def run(self, question: str, ctx: Context, on_step: Step | None = None) -> PlanResult:
        planned = self.route(question, ctx)
        out = self.tools.call(planned.tool, planned.args)
        edition = planned.tool == "search_standards" and bool(planned.args.get("doc_id"))
        if edition and out.answerable:
            out = self._edition_answers(planned, out, ctx)
        if edition and not out.answerable:
            # an edition follow-up that the named edition does not answer: say so, with what it says
            # nearby; the guard keeps a refusal's own text, so the refusal is the tool's
            out.refusal = out.text = views.edition_refusal(planned.args["doc_id"], planned.args["query"],
                                                           out.data.get("hits", []), self.tools.settings,
                                                           missing=out.data.get("missing", []))
        if on_step is not None:
            on_step(out, planned.args)
        result = PlanResult(text=out.text, outputs=[out], calls=[(planned.tool, planned.args, out)])
        if planned.note:
            result.note = planned.note
            result.text = planned.note + "\n" + result.text
            out.numbers.extend(views.numbers_in(planned.note))
        result.meta = self._meta(planned, out, ctx)
        return result

    def _edition_answers(self, planned: Planned, out: ToolOutput, ctx: Context) -> ToolOutput:
        """An edition follow-up's search answered: does the edition's clause state what the clause
        that answered the previous question states about it? If not (2018 资源投入 names 取水量, not
        消防用水), the edition does not answer the question: a refusal, its hits kept as nearby."""
        index = self.tools.index.sparse
        answered = [c.index_text for k in ctx.keys for c in index.by_key(k)]
        cited = {c.key for c in out.citations}
        other = [c.index_text for c in out.chunks if c.key in cited]
        q = self.tools.retriever.analyzer.analyze(planned.args["query"])
        gap = edition_gap(q, answered, other) if answered else []
        if not gap:
            return out
        return ToolOutput(name=out.name, summary="该版本没有回答该问题的条款", answerable=False, chunks=out.chunks,
                          data={"answerable": False, "hits": out.data.get("hits", [])[:3], "missing": gap[:1]})

    def _meta(self, planned: Planned, out: ToolOutput, ctx: Context) -> dict[str, Any]:
        meta: dict[str, Any] = {"route": planned.tool, "query": planned.question, "keys": out.citation_keys}
        if out.citations:
            top = out.citations[0]
            meta["doc_id"] = top.doc_id
            meta["subject"] = top.title
        if planned.tool == "calc_indicator":
            meta["calc"] = {"indicator": out.data["indicator"], "name": out.data["name"],
                            "inputs": planned.args["inputs"]}
            meta["subject"] = out.data["name"]
            meta["doc_id"] = "GB/T 36132-2025"
        if planned.tool in ("score_profile", "check_numbers") and planned.args.get("profile"):
            if planned.args["profile"] and "\n" not in planned.args["profile"]:
                meta["profile"] = planned.args["profile"]
        if planned.tool == "search_standards" and not out.answerable:
            meta.pop("subject", None)
        return meta


def tool_error_text(exc: ToolError) -> str:
    return f"工具调用失败：{exc}"
