"""The agent eval in LLM mode: an evenly spaced subset of the single-turn conversations
(``evals/agent/conversations.jsonl``) through the agent with the local GGUF served by llama.cpp on
127.0.0.1. Reports the model's tool routing, citation validity after enforcement, the numbers the
guard corrected or flagged, and first-token and turn latency; writes
``evals/results/agent-llm-latest.{md,json}``."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.answer.citations import check_citation
from assistant.errors import AssistantError
from assistant.evaluation.agent_eval import DEFAULT_SET, load_cases, routes, write_report
from assistant.evaluation.metrics import percentile
from assistant.evaluation.runner import eval_settings, project_root
from assistant.settings import Settings


class LLMTurn(BaseModel):
    case: str
    user: str
    expected_route: str
    route: str = Field(description="The model's first tool ('none': it answered directly; 'fallback': "
                       "malformed twice, the planner answered; 'error': the turn failed).")
    fallback: bool = False
    citations: int = 0
    valid_citations: int = 0
    corrected: int = 0
    warned: int = 0
    unverified: int = 0
    first_token_ms: float = 0.0
    ms: float = 0.0
    text: str = ""


class AgentLLMReport(BaseModel):
    turns: int
    routing_accuracy: float
    citation_validity: float
    corrected: int
    warned: int
    unverified: int
    fallbacks: int
    first_token_p50_ms: float
    first_token_p95_ms: float
    latency_p50_ms: float
    latency_p95_ms: float
    by_route: dict[str, list[int]] = Field(default_factory=dict)
    results: list[LLMTurn] = Field(default_factory=list)
    model: str = ""
    embedder: str = ""
    command: str = ""


def spaced(items: list[Any], n: int | None) -> list[Any]:
    """``n`` evenly spaced items (all of them when ``n`` is None or not smaller)."""
    if not n or n >= len(items):
        return list(items)
    return [items[round(i * (len(items) - 1) / max(1, n - 1))] for i in range(n)]


def run_agent_llm_eval(settings: Settings, *, set_path: Path | None = None, limit: int | None = 20,
                       write: bool = True, embedder: str | None = None, base_url: str | None = None,
                       max_tokens: int = 384) -> AgentLLMReport:
    """An evenly spaced ``limit`` of the single-turn cases through the agent with the local GGUF,
    served by llama_cpp.server on 127.0.0.1 (started and stopped here unless ``base_url`` is given)."""
    from contextlib import nullcontext

    from assistant.api import Assistant
    from assistant.evaluation.llama_server import serve

    root = project_root()
    cases = spaced([c for c in load_cases(set_path or root / DEFAULT_SET) if len(c["turns"]) == 1], limit)
    es = eval_settings(settings, embedder or settings.embedder)
    es = es.model_copy(update={"agent": es.agent.model_copy(update={"store": "agent-llm-eval.sqlite"})})
    a = Assistant(es)
    a.ingest([root / "corpus"])
    server = nullcontext(base_url) if base_url else serve(es.gguf_file, log=es.home / "llama-server.log",
                                                          threads=es.chat.threads, context=es.chat.context)
    cwd = Path.cwd()
    os.chdir(root)
    try:
        a.agent().chat("取水量包括消防用水吗？")  # warm-up (offline): loads the query model
        with server as url:
            ls = es.model_copy(update={"chat": es.chat.model_copy(update={
                "backend": "openai", "base_url": url, "temperature": 0.0, "max_tokens": max_tokens,
                "timeout": 600.0})})
            agent = Assistant(ls).agent()
            results = [_llm_turn(agent, c["id"], c["turns"][0]) for c in cases]
    finally:
        os.chdir(cwd)
    report = _llm_report(results, es)
    if write:
        write_report(root, "agent-llm-latest", report, render_llm_markdown(report))
    return report


def _llm_turn(agent: Any, case: str, turn: dict[str, Any]) -> LLMTurn:
    start = time.perf_counter()
    first: float | None = None
    steps: list[tuple[Any, int]] = []  # (step, tokens seen before it)
    n_tokens = 0
    r = LLMTurn(case=case, user=turn["user"], expected_route=turn["route"], route="none")
    try:
        for event in agent.stream(turn["user"]):
            if event.type == "token" and (event.raw or event.text):
                first = first if first is not None else time.perf_counter() - start
                n_tokens += 1
            elif event.type == "step":
                steps.append((event.step, n_tokens))
            elif event.type == "final" and event.answer is not None:
                ans = event.answer
                sparse = agent.tools.index.sparse
                r.citations = len(ans.citations)
                r.valid_citations = sum(check_citation(c, sparse.by_key(c.key)) is None for c in ans.citations)
                r.corrected, r.warned = ans.text.count("【已更正"), ans.text.count("⚠")
                r.unverified, r.fallback, r.text = ans.text.count("【未核对】"), ans.mode == "offline", ans.text[:300]
        # a model's tool call is followed by more of its tokens; the planner's (fallback) are not
        model_steps = [s for s, seen in steps if seen < n_tokens]
        if model_steps:
            r.route = "error" if r.expected_route == "error" and not model_steps[0].ok else model_steps[0].name
        elif r.fallback:
            r.route = "fallback"
    except AssistantError as exc:
        r.route, r.text = "error", str(exc)
    r.ms = (time.perf_counter() - start) * 1000
    r.first_token_ms = (first if first is not None else r.ms / 1000) * 1000
    return r


def _llm_report(results: list[LLMTurn], es: Settings) -> AgentLLMReport:
    by_route = routes(results)
    cits = sum(r.citations for r in results)
    ms, ft = [r.ms for r in results], [r.first_token_ms for r in results]
    return AgentLLMReport(
        turns=len(results), routing_accuracy=sum(r.route == r.expected_route for r in results) / max(1, len(results)),
        citation_validity=sum(r.valid_citations for r in results) / cits if cits else 1.0,
        corrected=sum(r.corrected for r in results), warned=sum(r.warned for r in results),
        unverified=sum(r.unverified for r in results), fallbacks=sum(r.fallback for r in results),
        first_token_p50_ms=statistics.median(ft) if ft else 0.0, first_token_p95_ms=percentile(ft, 95) or 0.0,
        latency_p50_ms=statistics.median(ms) if ms else 0.0, latency_p95_ms=percentile(ms, 95) or 0.0,
        by_route=dict(sorted(by_route.items())), results=results, model=es.gguf_file.name,
        embedder=es.embedder, command=f"assistant eval-agent --llm --limit {len(results)}")


def render_llm_markdown(rep: AgentLLMReport) -> str:
    lines = [
        "# Agent eval (LLM mode, local model)", "",
        f"Command: `{rep.command}` — {rep.turns} single-turn cases (evenly spaced), model {rep.model} via "
        f"llama_cpp.server on 127.0.0.1 (2 threads, n_ctx 4096, temperature 0), embedder {rep.embedder}, "
        "index of corpus/.", "",
        "| measure | measured |", "|---|---|",
        f"| tool-routing accuracy (the model's first tool) | {rep.routing_accuracy:.3f} |",
        f"| citation validity after enforcement | {rep.citation_validity:.3f} |",
        f"| numbers corrected / ⚠ / 【未核对】 by the guard | {rep.corrected} / {rep.warned} / {rep.unverified} |",
        f"| answers that fell back to the offline planner | {rep.fallbacks} / {rep.turns} |",
        f"| first-token latency p50 / p95 | {rep.first_token_p50_ms / 1000:.1f} / {rep.first_token_p95_ms / 1000:.1f} s |",
        f"| turn latency p50 / p95 | {rep.latency_p50_ms / 1000:.1f} / {rep.latency_p95_ms / 1000:.1f} s |", "",
        "| expected route | correct / turns |", "|---|---|",
        *[f"| {k} | {v[0]} / {v[1]} |" for k, v in rep.by_route.items()], "",
        "| case | user | route (expected) | cit. valid | fixed/⚠/未核对 | first token / total s |",
        "|---|---|---|---|---|---|",
    ]
    for r in rep.results:
        user = r.user.replace("|", "\\|").replace("\n", " ")[:40]
        lines.append(f"| {r.case} | {user} | {r.route} ({r.expected_route}) | {r.valid_citations}/{r.citations} | "
                     f"{r.corrected}/{r.warned}/{r.unverified} | {r.first_token_ms / 1000:.1f} / {r.ms / 1000:.1f} |")
    return "\n".join(lines) + "\n"
