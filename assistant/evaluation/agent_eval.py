"""The agent eval: multi-turn conversations (``evals/agent/conversations.jsonl``) through the offline
agent over the real index of corpus/. Reports tool-routing accuracy, answer fact recall, citation
validity and chat-turn latency; writes ``evals/results/agent-latest.{md,json}``.

A case is one conversation: ``{"id", "tags", "turns": [{"user", "route", "facts"}]}``; ``route`` is
the first tool the turn must call (``error`` for a turn that must fail with a one-line error), and
``facts`` are strings the answer text must contain.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.answer.citations import check_citation
from assistant.errors import AssistantError
from assistant.evaluation.metrics import percentile
from assistant.evaluation.runner import eval_settings, project_root
from assistant.settings import Settings

DEFAULT_SET = Path("evals/agent/conversations.jsonl")


class TurnResult(BaseModel):
    case: str
    n: int
    user: str
    route: str
    expected_route: str
    facts_found: int
    facts_total: int
    missing: list[str] = Field(default_factory=list)
    citations: int = 0
    valid_citations: int = 0
    ms: float = 0.0


class AgentReport(BaseModel):
    cases: int
    turns: int
    routing_accuracy: float
    fact_recall: float
    citation_validity: float
    latency_p50_ms: float
    latency_p95_ms: float
    by_route: dict[str, list[int]] = Field(default_factory=dict, description="route -> [correct, total]")
    failures: list[TurnResult] = Field(default_factory=list)
    embedder: str = ""
    command: str = ""


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            case = json.loads(line)
            if not case.get("turns") or not all("user" in t and "route" in t for t in case["turns"]):
                raise ValueError(f"{path}:{n}: a case needs turns with user and route")
            cases.append(case)
    return cases


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run_agent_eval(settings: Settings, *, set_path: Path | None = None, limit: int | None = None,
                   write: bool = True, embedder: str | None = None) -> AgentReport:
    """Ingest corpus/ into the eval home (incremental), then run every conversation."""
    from assistant.api import Assistant

    root = project_root()
    path = set_path or root / DEFAULT_SET
    cases = load_cases(path)
    if limit:
        cases = cases[:limit]
    es = eval_settings(settings, embedder or settings.embedder)
    es = es.model_copy(update={"agent": es.agent.model_copy(update={"store": "agent-eval.sqlite"})})
    a = Assistant(es)
    a.ingest([root / "corpus"])
    agent = a.agent()
    cwd = Path.cwd()
    os.chdir(root)  # profile paths in the cases are relative to the project root
    results: list[TurnResult] = []
    try:
        agent.chat("有哪些文件")  # warm-up: loads the query model and the analyzer
        for case in cases:
            for n, turn in enumerate(case["turns"], 1):
                results.append(_turn(agent, case["id"], n, turn))
    finally:
        os.chdir(cwd)
    report = _report(cases, results, es.embedder)
    if write:
        write_report(root, "agent-latest", report, render_agent_markdown(report))
    return report


def write_report(root: Path, stem: str, report: BaseModel, markdown: str) -> None:
    """evals/results/STEM.json and STEM.md."""
    out = root / "evals" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    (out / f"{stem}.md").write_text(markdown, encoding="utf-8")


_CIDS: dict[str, str] = {}


def _turn(agent: Any, case: str, n: int, turn: dict[str, Any]) -> TurnResult:
    cid = _CIDS.get(case) if n > 1 else None
    start = time.perf_counter()
    text, route, cits, valid = "", "", 0, 0
    try:
        answer = agent.chat(turn["user"], cid)
        _CIDS[case] = answer.conversation_id
        text = answer.text
        route = answer.tool_calls[0].name if answer.tool_calls else "none"
        sparse = agent.tools.index.sparse
        cits = len(answer.citations)
        valid = sum(check_citation(c, sparse.by_key(c.key)) is None for c in answer.citations)
    except AssistantError as exc:
        route, text = "error", str(exc)
    ms = (time.perf_counter() - start) * 1000
    facts = turn.get("facts", [])
    missing = [f for f in facts if _squash(f) not in _squash(text)]
    return TurnResult(case=case, n=n, user=turn["user"], route=route, expected_route=turn["route"],
                      facts_found=len(facts) - len(missing), facts_total=len(facts), missing=missing,
                      citations=cits, valid_citations=valid, ms=ms)


def routes(results: Sequence[Any]) -> dict[str, list[int]]:
    """expected route -> [turns routed to it, turns expecting it] (``results``: items with ``route``
    and ``expected_route``)."""
    by_route: dict[str, list[int]] = {}
    for r in results:
        row = by_route.setdefault(r.expected_route, [0, 0])
        row[0] += r.route == r.expected_route
        row[1] += 1
    return by_route


def _report(cases: list[dict], results: list[TurnResult], embedder: str) -> AgentReport:
    by_route = routes(results)
    total_facts = sum(r.facts_total for r in results)
    total_cits = sum(r.citations for r in results)
    ms = [r.ms for r in results]
    return AgentReport(
        cases=len(cases), turns=len(results),
        routing_accuracy=sum(r.route == r.expected_route for r in results) / max(1, len(results)),
        fact_recall=sum(r.facts_found for r in results) / total_facts if total_facts else 1.0,
        citation_validity=sum(r.valid_citations for r in results) / total_cits if total_cits else 1.0,
        latency_p50_ms=statistics.median(ms) if ms else 0.0, latency_p95_ms=percentile(ms, 95) or 0.0,
        by_route=dict(sorted(by_route.items())), embedder=embedder,
        failures=[r for r in results if r.route != r.expected_route or r.missing
                  or r.valid_citations < r.citations],
        command="assistant eval-agent")


def render_agent_markdown(rep: AgentReport) -> str:
    ok = lambda v, t: "✓" if v >= t else "✗"  # noqa: E731
    lines = [
        "# Agent eval (offline planner)", "",
        f"Command: `{rep.command}` — {rep.cases} conversations, {rep.turns} turns, embedder {rep.embedder}, "
        "index of corpus/.", "",
        "| measure | target | measured |", "|---|---|---|",
        f"| tool-routing accuracy | ≥ 0.95 | {rep.routing_accuracy:.3f} {ok(rep.routing_accuracy, 0.95)} |",
        f"| answer fact recall | - | {rep.fact_recall:.3f} |",
        f"| citation validity | 1.00 | {rep.citation_validity:.3f} {ok(rep.citation_validity, 1.0)} |",
        f"| chat-turn latency p50 / p95 | p50 ≤ 300 ms | {rep.latency_p50_ms:.0f} / {rep.latency_p95_ms:.0f} ms "
        f"{ok(300 - rep.latency_p50_ms, 0)} |", "",
        "| expected route | correct / turns |", "|---|---|",
        *[f"| {k} | {v[0]} / {v[1]} |" for k, v in rep.by_route.items()], "",
    ]
    if rep.failures:
        lines += ["## Turns with a wrong route, a missing fact or an invalid citation", "",
                  "| case | turn | user | route (expected) | missing facts |", "|---|---|---|---|---|"]
        for f in rep.failures:
            user = f.user.replace("|", "\\|").replace("\n", " ")[:60]
            lines.append(f"| {f.case} | {f.n} | {user} | {f.route} ({f.expected_route}) | "
                         f"{'、'.join(f.missing)} |")
    return "\n".join(lines) + "\n"
