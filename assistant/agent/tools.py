"""The agent's tools: plain functions (the offline planner calls them directly) and the same functions
as langchain ``StructuredTool`` objects with Chinese descriptions and typed arguments (for an LLM).

Every result is a :class:`ToolOutput`: a compact view (keys, titles, clause paths, pages, quotes;
values, units, formulas and steps for calculations), never a whole internal object, with the citation
keys the tool produced.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant import scoring
from assistant.agent import views
from assistant.agent.types import ToolOutput
from assistant.answer.compose import compose
from assistant.errors import AssistantError, QueryError, ToolError
from assistant.index.indexer import Index
from assistant.retrieve.hybrid import Retriever, SearchRequest
from assistant.settings import Settings
from assistant.types import split_key


class SearchArgs(BaseModel):
    query: str = Field(description="检索的问题或关键词")
    doc_id: str | None = Field(default=None, description="只检索这份文件，如 GB/T 36132-2025")
    kind: str | None = Field(default=None, description="文件类型：standard / policy / guide / digest")
    include_superseded: bool = Field(default=False, description="是否同时检索已废止版本")
    k: int = Field(default=5, ge=1, le=10, description="返回条款数")


class ClauseArgs(BaseModel):
    key: str | None = Field(default=None, description="条款键 DOC§CLAUSE，如 GB/T 36132-2025§B.10")
    doc_id: str | None = Field(default=None, description="文件编号（与 clause 一起使用）")
    clause: str | None = Field(default=None, description="条款号，如 B.10、4.2、表C.1")


class NoArgs(BaseModel):
    pass


class CalcArgs(BaseModel):
    indicator: str = Field(description="指标 id、公式号（B.10）或中文名称（工业用水重复利用率）")
    inputs: dict[str, float | str] = Field(description="输入量，如 {\"V\": 1000, \"Vr\": 9000}，可带单位")


class ScoreArgs(BaseModel):
    profile: str = Field(description="工厂画像 YAML 文件路径，或 YAML 文本")
    scheme: str | None = Field(default=None, description="评分方案 id，缺省用画像中的方案")


class CheckArgs(BaseModel):
    text: str = Field(description="要核对数值的中文文本")
    profile: str | None = Field(default=None, description="工厂画像路径或 YAML 文本（可选）")
    cited_keys: list[str] = Field(default_factory=list, description="文中引用的条款键")


class EditionArgs(BaseModel):
    doc_id: str | None = Field(default=None, description="文件编号（新版或旧版均可），缺省为全部版本对照")
    clause: str | None = Field(default=None, description="只查某一条款号在新旧版之间的对应")


DESCRIPTIONS = {
    "search_standards": "在已收录的标准和政策文件中检索条款，返回条款键、标题、页码和关键原文。",
    "get_clause": "按条款键（或文件编号+条款号）取出条款原文。",
    "list_documents": "列出已收录的文件：编号、标题、类型、状态（现行/已废止）。",
    "calc_indicator": "按 GB/T 36132-2025 附录B 公式计算一个定量指标，返回数值、单位、公式和计算步骤。",
    "score_profile": "按评分方案给工厂画像打分（5.2 计分，6.1 汇总），返回各指标得分、总分和结论。",
    "check_numbers": "核对一段中文文本中的每个数值（与工厂画像、所引条款常量和参考数据比对）。",
    "compare_editions": "给出 GB/T 36132-2018 到 2025 版的条款对照（来自清单中的版本对照表）。",
}


class Toolbox:
    """The tools over one index and retriever (the API builds them; the agent never imports the API)."""

    def __init__(self, index: Index, retriever: Retriever, settings: Settings) -> None:
        self.index = index
        self.retriever = retriever
        self.settings = settings

    # --- retrieval -------------------------------------------------------------------
    def search_standards(self, query: str, doc_id: str | None = None, kind: str | None = None,
                         include_superseded: bool = False, k: int = 5) -> ToolOutput:
        k = max(k, self.settings.retrieval.answer_max_clauses)
        req = SearchRequest(query=query, k=k, doc_id=doc_id, kind=kind,
                            include_superseded=include_superseded)
        try:
            result = self.retriever.run(req)
        except QueryError as exc:  # an unknown doc id or an empty query: a refusal, not a crash
            return ToolOutput(name="search_standards", summary=str(exc), data={"answerable": False, "hits": []},
                              answerable=False, refusal=str(exc), text=str(exc))
        answer = compose(result, self.settings, idf=self.index.sparse.idf, editions=self.index.editions(),
                         relevance=lambda h: self.retriever.relevance(result.query, h), by_key=self.index.sparse.by_key)
        hits = [views.hit_view(h.chunk, next((c.quote for c in answer.citations if c.key == h.chunk.key), ""))
                for h in result.hits]
        chunks = [h.chunk for h in result.hits]
        if not answer.grounded:
            return ToolOutput(name="search_standards", summary="未找到能回答该问题的条款",
                              data={"answerable": False, "hits": hits[:3]}, answerable=False,
                              refusal=answer.answer, text=answer.answer, chunks=chunks)
        keys = [c.key for c in answer.citations]
        return ToolOutput(name="search_standards", summary=f"找到 {len(keys)} 条相关条款：" + "、".join(keys),
                          data={"answerable": True, "hits": hits}, citations=answer.citations,
                          chunks=chunks, text=answer.answer,
                          clause_labels=[h.chunk.clause for h in result.hits])

    def get_clause(self, key: str | None = None, doc_id: str | None = None,
                   clause: str | None = None) -> ToolOutput:
        if not key:
            if not (doc_id and clause):
                raise ToolError("取条款需要条款键，或文件编号加条款号")
            key = f"{doc_id}§{clause}"
        parts = views.clause_parts(self.index, key)
        if not parts:
            raise ToolError(f"未找到条款 {key.replace('§', ' ')}")
        head = parts[0]
        full = "\n".join(p.text for p in parts)
        cit = views.citation(head, views.first_sentence(head))
        data = {**views.hit_view(head, cit.quote), "text": full[:1200]}
        note = views.edition_label(head, self.index.editions())
        text = views.clause_text(parts, note)
        return ToolOutput(name="get_clause", summary=f"{key}「{head.title}」", data=data, citations=[cit],
                          chunks=parts, text=text, clause_labels=[head.clause],
                          numbers=[str(p) for p in head.pages])

    def list_documents(self) -> ToolOutput:
        docs = views.documents(self.index.chunks())
        lines = [f"已收录 {len(docs)} 份文件："]
        for n, d in enumerate(docs, 1):
            status = "现行" if d["status"] == "current" else f"已废止（被 {d['superseded_by'] or '新版'} 代替）"
            lines.append(f"{n}. {d['doc_id']}《{d['title']}》（{status}，{d['clauses']} 个条款）")
        text = "\n".join(lines)
        return ToolOutput(name="list_documents", summary=f"{len(docs)} 份文件", data={"documents": docs},
                          text=text, numbers=views.numbers_in(text))

    # --- scoring ---------------------------------------------------------------------
    def calc_indicator(self, indicator: str, inputs: dict[str, Any]) -> ToolOutput:
        try:
            r = scoring.calc(indicator, inputs)
        except AssistantError as exc:
            raise ToolError(f"计算失败：{exc}") from None
        citations, chunks = [], []
        parts = views.clause_parts(self.index, r.citation_key) if r.citation_key else []
        if parts:
            citations.append(views.citation(parts[0], views.first_sentence(parts[0])))
            chunks = parts
        data = {"indicator": r.indicator, "name": r.name, "value": round(r.value, 6), "unit": r.unit,
                "formula": r.formula, "equation": r.equation, "steps": r.steps, "clause_key": r.citation_key,
                "inputs": {s: {"label": v.label, "value": v.value, "unit": v.unit} for s, v in r.inputs.items()},
                "notes": r.notes, "confidence": r.confidence}
        text = views.calc_text(r, citations[0] if citations else None)
        return ToolOutput(name="calc_indicator", summary=f"{r.name} = {r.display_value()}（{r.formula}）",
                          data=data, citations=citations, chunks=chunks, text=text,
                          numbers=views.numbers_in(" ".join([text, *r.steps, str(r.value)])),
                          clause_labels=[r.formula, r.equation])

    def score_profile(self, profile: str, scheme: str | None = None) -> ToolOutput:
        prof, path = self.load_profile(profile)
        try:
            rep = scoring.score(prof, scheme or prof.scheme or "table-c1-example")
        except AssistantError as exc:
            raise ToolError(f"评分失败：{exc}") from None
        from assistant.scoring.render import render_report

        text = render_report(rep)
        rows = [{"seq": r.seq, "name": r.name, "value": r.value_text, "lead": r.lead, "base": r.base,
                 "points": round(r.points, 2), "points_max": r.points_max, "status": r.status} for r in rep.rows]
        data = {"profile": path, "scheme": rep.scheme, "total": round(rep.total, 2), "verdict": rep.verdict,
                "classes": [{"name": c.name, "weight": c.weight, "score": round(c.score, 2)} for c in rep.classes],
                "rows": rows}
        return ToolOutput(name="score_profile", summary=f"{rep.factory}：总分 {rep.total:.2f}（{rep.scheme}）",
                          data=data, text=text, numbers=views.numbers_in(text))

    def check_numbers(self, text: str, profile: str | None = None,
                      cited_keys: list[str] | None = None) -> ToolOutput:
        prof = self.load_profile(profile)[0] if profile else None
        from assistant.scoring.render import render_checks

        results = scoring.check(text, prof, list(cited_keys or []))
        rows = [{"text": r.claim.text, "status": r.status, "expected": r.expected, "unit": r.expected_unit,
                 "explanation": r.explanation, "reference": r.reference} for r in results]
        bad = sum(r.status == "mismatch" for r in results)
        rendered = render_checks(results)
        return ToolOutput(name="check_numbers", summary=f"{len(results)} 个数值，不一致 {bad} 个",
                          data={"results": rows, "checks": [r.model_dump() for r in results]},
                          text=rendered, numbers=views.numbers_in(rendered))

    def load_profile(self, profile: str) -> tuple[scoring.FactoryProfile, str]:
        """A profile from a path (relative to the working directory) or from YAML text."""
        source = profile.strip()
        if "\n" in source or source.startswith("{"):
            with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
                f.write(source)
            try:
                return self._load(Path(f.name)), "（粘贴的画像）"
            finally:
                Path(f.name).unlink(missing_ok=True)
        path = Path(source).expanduser()
        if not path.is_file():
            raise ToolError(f"找不到工厂画像文件 {source}")
        return self._load(path), source

    @staticmethod
    def _load(path: Path) -> scoring.FactoryProfile:
        try:
            return scoring.load_profile(path)
        except AssistantError as exc:
            raise ToolError(str(exc)) from None

    # --- editions --------------------------------------------------------------------
    def compare_editions(self, doc_id: str | None = None, clause: str | None = None) -> ToolOutput:
        links = self.index.editions()
        if doc_id:
            links = [e for e in links if doc_id in (e.get("old"), e.get("new"))]
        if clause and "§" in clause:
            doc_id, clause = split_key(clause)
        if not links:
            raise ToolError("清单中没有该文件的版本对照")
        rows = views.edition_rows(links, doc_id, clause)
        citations, chunks = [], []
        for key in views.edition_keys(links, rows, clause):
            parts = views.clause_parts(self.index, key)
            if parts:
                citations.append(views.citation(parts[0], views.first_sentence(parts[0])))
                chunks.extend(parts)
        text = views.edition_text(links, rows, clause, citations)
        labels = [str(r.get(s) or "") for r in rows for s in ("old", "new")]
        return ToolOutput(name="compare_editions", summary=f"{len(rows)} 条对照",
                          data={"links": [{k: e.get(k) for k in ("old", "new", "effective_date")} for e in links],
                                "rows": rows}, citations=citations, chunks=chunks, text=text,
                          clause_labels=[x for x in labels if x], numbers=views.numbers_in(text))

    # --- registry --------------------------------------------------------------------
    def functions(self) -> dict[str, Callable[..., ToolOutput]]:
        return {"search_standards": self.search_standards, "get_clause": self.get_clause,
                "list_documents": self.list_documents, "calc_indicator": self.calc_indicator,
                "score_profile": self.score_profile, "check_numbers": self.check_numbers,
                "compare_editions": self.compare_editions}

    def call(self, name: str, args: dict[str, Any]) -> ToolOutput:
        """Validate ``args`` against the tool's schema and run it (ToolError on anything wrong)."""
        if name not in SCHEMAS:
            raise ToolError(f"未知工具 {name}（可用：{'、'.join(SCHEMAS)}）")
        try:
            parsed = SCHEMAS[name].model_validate(args or {})
        except Exception as exc:
            raise ToolError(f"工具 {name} 的参数无效：{_short(exc)}") from None
        return self.functions()[name](**parsed.model_dump())

    def structured_tools(self) -> list[Any]:
        """The tools as langchain StructuredTools (each returns the compact JSON view)."""
        from langchain_core.tools import StructuredTool

        def wrap(name: str) -> Callable[..., str]:
            return lambda **kw: self.call(name, kw).for_model()

        return [StructuredTool.from_function(func=wrap(n), name=n, description=DESCRIPTIONS[n],
                                             args_schema=SCHEMAS[n]) for n in SCHEMAS]


SCHEMAS: dict[str, type[BaseModel]] = {
    "search_standards": SearchArgs, "get_clause": ClauseArgs, "list_documents": NoArgs,
    "calc_indicator": CalcArgs, "score_profile": ScoreArgs, "check_numbers": CheckArgs,
    "compare_editions": EditionArgs,
}


def _short(exc: Exception) -> str:
    return re.sub(r"\s+", " ", str(exc))[:200]
