"""The agent eval's own machinery (assistant/evaluation/agent_eval.py): routing, facts and citations
are scored per turn and a wrong expectation shows as a failure, over a real (hash-embedded) index."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.evaluation.agent_eval import render_agent_markdown, run_agent_eval
from assistant.settings import Settings


def _set(path: Path, cases: list[dict]) -> Path:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    return path


def test_a_wrong_route_and_a_missing_fact_are_failures(tmp_path: Path) -> None:
    cases = [
        {"id": "t1", "tags": ["calc", "followup"], "turns": [
            {"user": "取水量 1000 m³、重复利用水量 9000 m³，重复利用率是多少？", "route": "calc_indicator",
             "facts": ["90 %", "B.10"]},
            {"user": "换成 8000 m³ 再算一次", "route": "calc_indicator", "facts": ["88.88889 %"]}]},
        # expected wrongly on purpose: a clause asked by number is a lookup, not a calculation
        {"id": "t2", "tags": ["clause"], "turns": [{"user": "B.10 是什么", "route": "calc_indicator",
                                                    "facts": ["不存在的事实"]}]},
    ]
    rep = run_agent_eval(Settings(home=tmp_path / "home", embedder="hash"), set_path=_set(tmp_path / "c.jsonl", cases),
                         write=False)
    assert (rep.cases, rep.turns) == (2, 3)
    assert rep.routing_accuracy == 2 / 3
    assert rep.by_route == {"calc_indicator": [2, 3]}
    assert rep.fact_recall == 3 / 4
    assert rep.citation_validity == 1.0
    [bad] = rep.failures
    assert (bad.case, bad.route, bad.missing) == ("t2", "get_clause", ["不存在的事实"])
    md = render_agent_markdown(rep)
    assert "t2" in md and "不存在的事实" in md
