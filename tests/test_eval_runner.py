"""The eval runner end to end with a fake assistant: report numbers, Markdown, files, CLI hook."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import types
from pathlib import Path

import pytest
from fixtures.eval.fakes import (
    ROOT,
    CharEmbeddings,
    FakeAssistant,
    FakeBaseline,
    clause_chunks,
    key,
)

from assistant.evaluation import cli
from assistant.evaluation.baseline import LangchainBaseline
from assistant.evaluation.report import README_END, README_START, render_markdown
from assistant.evaluation.runner import eval_settings, run_eval
from assistant.settings import Settings
from assistant.types import Answer, Citation

Q = {i: q for i, q in [
    ("q1", "这个标准管什么范围？"), ("q2", "术语定义"), ("q3", "基本要求和能源投入"), ("q4", "资原投入要求"),
    ("q5", "energy input requirements"), ("r1", "明天天气怎么样？"), ("r2", "What is the GDP of Mars?"),
]}
K1, K2, K3, K41, K42 = key("1"), key("2"), key("3"), key("4.1"), key("4.2")
# hybrid ranks: q1 1, q2 2 (repeat counts once), q3 4, q4 miss, q5 7
HYBRID = {Q["q1"]: [K1, K2], Q["q2"]: [K1, K1, K2], Q["q3"]: [K2, K1, K42, K41], Q["q4"]: [],
          Q["q5"]: [K1, K2, K3, K42, key("X1"), key("X2"), K41]}
SPARSE = {Q["q1"]: [K1], Q["q2"]: [K2], Q["q3"]: [K41], Q["q4"]: [K42], Q["q5"]: [K41]}
DENSE: dict[str, list[str]] = {}
BASE = {Q["q1"]: [K2, K1], Q["q2"]: [K1, K2], Q["q3"]: [K1, K3], Q["q4"]: [K1, K42], Q["q5"]: [K3, K41]}


def _cite(k: str, quote: str) -> Citation:
    return Citation(key=k, doc_id="T 1-2024", clause=k.split("§")[1], quote=quote)


ANSWERS = {
    Q["q1"]: Answer(answer="本条规定评价的适用范围。", grounded=True, citations=[_cite(K1, "规定评价的适用 范围")]),
    Q["q2"]: Answer(answer="关于术语：见第2章。", grounded=True, citations=[_cite(key("9"), "术语")]),
    Q["q3"]: Answer(answer="无法回答", grounded=False),
    Q["q4"]: Answer(answer="原材料减量。", grounded=True, citations=[_cite(K42, "原材料大量使用")]),
    Q["q5"]: Answer(answer="Save energy.", grounded=True, citations=[_cite(K41, "丁01条……energy 节约")]),
    Q["r2"]: Answer(answer="范围见第1章。", grounded=True, citations=[_cite(K1, "甲01条")]),
}


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    dst = tmp_path / "project"
    shutil.copytree(ROOT / "corpus", dst / "corpus")
    shutil.copytree(ROOT / "evals", dst / "evals")
    (dst / "evals" / "README.md").write_text(f"# Evals\n\n{README_START}\nold\n{README_END}\n", encoding="utf-8")
    return dst


def _fake(made: list[FakeAssistant]):
    def factory(settings: Settings) -> FakeAssistant:
        a = FakeAssistant({"hybrid": HYBRID, "sparse": SPARSE, "dense": DENSE}, ANSWERS, clause_chunks())
        a.settings = settings  # type: ignore[attr-defined]
        made.append(a)
        return a
    return factory


def _run(root: Path, made: list[FakeAssistant], **kw):
    kw.setdefault("baseline_factory", lambda s, d, c: FakeBaseline(BASE))
    kw.setdefault("include_checker", False)
    return run_eval(Settings(home=root / "home", embedder="hash"), "tiny", root=root,
                    assistant_factory=_fake(made), progress=False, **kw)


def test_report_numbers(root: Path) -> None:
    made: list[FakeAssistant] = []
    report = _run(root, made)
    assert len(made) == 1 and made[0].settings.home == root / "home" / "eval" / "hash"
    assert [p.name for p in made[0].ingested[0]] == ["T_1-2024.md"]
    assert (report.n_items, report.n_answerable, report.n_refuse) == (7, 5, 2)
    assert report.unknown_gold_keys == []
    v = {x.name: x for x in report.variants}
    assert list(v) == ["a", "b", "c", "d"]
    assert (v["a"].scores.hit1, v["a"].scores.hit5, v["a"].scores.mrr10) == (0.0, 1.0, 0.5)
    assert (v["b"].scores.hit1, v["b"].scores.hit5, v["b"].scores.mrr10) == (1.0, 1.0, 1.0)
    assert (v["c"].scores.hit1, v["c"].scores.hit5, v["c"].scores.mrr10) == (0.0, 0.0, 0.0)
    d = v["d"]
    assert d.ranks == {"q1": 1, "q2": 2, "q3": 4, "q4": None, "q5": 7}
    assert d.scores.hit1 == pytest.approx(0.2) and d.scores.hit5 == pytest.approx(0.6)
    assert d.scores.mrr10 == pytest.approx((1 + 1 / 2 + 1 / 4 + 1 / 7) / 5)
    assert d.search.n == 5 and d.search.p50 is not None
    assert d.by_style["typo"] == {"n": 1, "hit5": 0.0} and d.by_style["keyword"]["hit5"] == 1.0
    assert d.by_tag["edition"] == {"n": 2, "hit5": 0.5}
    assert d.top5["q5"] == [K1, K2, K3, K42, key("X1")]
    assert all(call[1] == 10 for call in made[0].search_calls)
    ans = report.answers
    assert ans is not None and ans.n == 7
    assert ans.refusal_accuracy == pytest.approx(5 / 7)  # q3 refused, r2 answered
    assert {r["id"] for r in ans.refusal_failures} == {"q3", "r2"}
    assert ans.refusal_recall == pytest.approx(1 / 2) and ans.n_refuse == 2  # r1 refused, r2 answered
    assert ans.fact_recall == pytest.approx(3 / 5) and ans.n_facts == 5  # q1 1/1, q2 1/2, q3 0/1, q5 1/1
    assert ans.fact_misses == [{"id": "q2", "missing": ["定义"]}, {"id": "q3", "missing": ["合规"]}]
    assert ans.citation_validity == pytest.approx(3 / 5) and ans.n_citations == 5
    assert [(c["id"], c["key"]) for c in ans.invalid_citations] == [("q2", key("9")), ("q4", K42)]
    assert [(f.id, f.got) for f in report.failures] == [("q4", []), ("q5", [K1, K2, K3, K42, key("X1")])]
    assert report.corpus == {"documents": 1, "chunks": 7, "keys": 5, "baseline_chunks": 7, "baseline_unmapped": 1}


def test_markdown_and_files(root: Path) -> None:
    report = _run(root, [])
    md = render_markdown(report)
    assert md.count("| system | hit@1 | hit@5 | MRR@10 |") == 1
    assert "| langchain baseline (a) | 0.000 | 1.000 | 0.500 |" in md
    assert "| BM25 only (b) | 1.000 | 1.000 | 1.000 |" in md
    row = next(line for line in md.splitlines() if line.startswith("| hybrid (d, full system) | 0.200 | 0.600 | 0.379 |"))
    assert "| 0.714 | 0.500 | 0.600 | 0.600 |" in row  # refusal acc. and recall, fact recall, citation validity
    assert "| hybrid (d, full system) | +0.200 | -0.400 (×0.60) | -0.121 (×0.76) |" in md
    assert "- FAIL: hybrid hit@5 >= 0.95 (0.600)" in md
    assert "| q4 | 资原投入要求 | T 1-2024§4.2 | (none) |" in md
    assert "- refusal: r2 (answered but should refuse)" in md
    assert "- citation: q2 T 1-2024§9: key not in index" in md
    results = root / "evals" / "results"
    # Each set has its own latest files: a held-out or replica run never overwrites the dev results.
    assert (results / "tiny-latest.md").read_text(encoding="utf-8") == md
    assert not (results / "latest.md").exists()
    latest = json.loads((results / "tiny-latest.json").read_text(encoding="utf-8"))
    assert latest["variants"][3]["ranks"]["q3"] == 4
    assert len(list(results.glob("eval-*.json"))) == 1
    assert "old" in (root / "evals" / "README.md").read_text(encoding="utf-8")  # only the dev set updates it


def test_embedder_rows_checker_and_errors(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("assistant.scoring.evaluate")
    module.run_checker_eval = lambda path=None: {"recall": 0.9, "false_alarm_rate": 0.05, "n": 40, "failures": []}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "assistant.scoring.evaluate", module)

    def broken_baseline(settings, corpus_dir, chunks):
        raise ImportError("no module named assistant.index.adapters")

    made: list[FakeAssistant] = []
    report = _run(root, made, embedders=["hash", "use-v3"], include_checker=True,
                  baseline_factory=broken_baseline, write=False)
    assert [m.settings.embedder for m in made] == ["hash", "use-v3"]  # "hash" reuses the main home
    assert made[1].settings.home == root / "home" / "eval" / "use-v3"
    names = [v.name for v in report.variants]
    assert names == ["a", "b", "c", "d", "hash/dense", "hash/hybrid", "use-v3/dense", "use-v3/hybrid"]
    assert report.variant("use-v3/hybrid").scores.hit5 == pytest.approx(0.6)
    assert report.variant("a").error.startswith("ImportError")
    assert report.checker == {"recall": 0.9, "false_alarm_rate": 0.05, "n": 40, "failures": []}
    md = render_markdown(report)
    assert "Checker (evals/checker): recall 0.900, false_alarm_rate 0.050, n 40" in md
    assert "| langchain baseline (a) | n/a: ImportError" in md
    assert "Baseline (a) unavailable" in md
    assert not (root / "evals" / "results").exists()


def test_missing_checker_is_reported(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "assistant.scoring.evaluate", None)  # import fails
    report = _run(root, [], include_checker=True, write=False, limit=3)
    assert report.n_items == 3 and report.checker is None
    assert report.checker_error.startswith("not run")
    assert "Checker (evals/checker): not run" in render_markdown(report)


def test_with_real_langchain_baseline(root: Path) -> None:
    report = _run(root, [], write=False,
                  baseline_factory=lambda s, d, c: LangchainBaseline.from_corpus(d, c, CharEmbeddings()))
    a = report.variant("a")
    assert a.error is None and a.scores.n == 5 and 0.0 <= a.scores.hit5 <= 1.0
    assert report.corpus["baseline_chunks"] >= 5


def test_dev_run_updates_readme(root: Path) -> None:
    gold = root / "evals" / "gold"
    (gold / "tiny_a.jsonl").rename(gold / "dev_a.jsonl")
    (gold / "tiny_refusals.jsonl").rename(gold / "dev_refusals.jsonl")
    report = run_eval(Settings(home=root / "home", embedder="hash"), root=root, assistant_factory=_fake([]),
                      baseline_factory=lambda s, d, c: FakeBaseline(BASE), include_checker=False, progress=False)
    assert report.set_name == "dev"
    assert report.gold_files == ["evals/gold/dev_a.jsonl", "evals/gold/dev_refusals.jsonl"]
    readme = (root / "evals" / "README.md").read_text(encoding="utf-8")
    assert "old" not in readme and "| hybrid (d, full system) | 0.200 |" in readme and readme.endswith(f"{README_END}\n")


def test_eval_settings_home_per_embedder(tmp_path: Path) -> None:
    s = eval_settings(Settings(home=tmp_path), "/models/bge small")
    assert s.home == tmp_path / "eval" / "bge_small" and s.embedder == "/models/bge small"


def test_cli_register_and_handler(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval", "--set", "tiny", "--embedders", "e5-small, use-v3", "--no-checker", "--limit", "4", "--json"])
    assert (args.set_name, args.embedders, args.no_checker, args.limit, args.json) == ("tiny", "e5-small, use-v3", True, 4, True)
    seen = {}

    def fake_run_eval(settings, **kw):
        seen.update(kw)
        from assistant.evaluation.report import EvalReport
        return EvalReport(set_name=kw["set_name"], gold_errors=["x.jsonl:1: bad"])

    monkeypatch.setattr("assistant.evaluation.runner.run_eval", fake_run_eval)
    assert args.func(args) == 0
    assert seen["embedders"] == ["e5-small", "use-v3"] and seen["limit"] == 4 and seen["include_checker"] is False
    out = capsys.readouterr()
    assert json.loads(out.out)["set_name"] == "tiny" and "gold: x.jsonl:1: bad" in out.err
    defaults = parser.parse_args(["eval"])
    assert (defaults.set_name, defaults.json, defaults.embedders, defaults.limit) == ("dev", False, "", None)
