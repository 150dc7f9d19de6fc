"""The eval report's Markdown rendering, its targets and the files under ``evals/results/``; the data
model is evaluation/results.py (re-exported here)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from assistant.evaluation.metrics import Latency, RankingScores
from assistant.evaluation.results import AnswerResult, EvalReport, Failure, VariantResult
from assistant.evaluation.structure import render_structure

BASELINE = "a"
FULL = "d"
README_START = "<!-- eval:latest:start -->"
README_END = "<!-- eval:latest:end -->"
__all__ = ["AnswerResult", "EvalReport", "Failure", "VariantResult", "render_markdown", "render_summary",
           "replica_targets", "targets", "update_readme", "write_results"]


def _num(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _ms(lat: Latency) -> str:
    if lat.p50 is None or lat.p95 is None:
        return "–"
    digits = 1 if lat.p95 < 10 else 0
    return f"{lat.p50:.{digits}f} / {lat.p95:.{digits}f}"


def _delta(x: float | None, base: float | None) -> str:
    if x is None or base is None:
        return "–"
    ratio = f" (×{x / base:.2f})" if base > 0 else ""
    return f"{x - base:+.3f}{ratio}"


def _ratio(x: float | None, base: float | None) -> str:
    if x is None or not base:
        return "–"
    r = x / base
    return f"×{r:.2f}" if r >= 0.1 else f"×{r:.1g}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _main_table(report: EvalReport) -> list[str]:
    ans = report.answers
    lines = [
        "| system | hit@1 | hit@5 | MRR@10 | search p50 / p95 ms | refusal acc. | refusal recall | fact recall | citation validity | ask p50 / p95 ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for v in report.variants:
        if v.error:
            lines.append(f"| {v.label} | n/a: {_cell(v.error)[:80]} | | | | | | | | |")
            continue
        s = v.scores
        answer_cols = ["", "", "", "", ""]
        if v.name == FULL and ans is not None:
            answer_cols = [_num(ans.refusal_accuracy), _num(ans.refusal_recall), _num(ans.fact_recall),
                           _num(ans.citation_validity), _ms(ans.ask)]
        cols = [v.label, _num(s.hit1), _num(s.hit5), _num(s.mrr10), _ms(v.search), *answer_cols]
        lines.append("| " + " | ".join(cols) + " |")
    return lines


def _delta_table(report: EvalReport) -> list[str]:
    base = report.variant(BASELINE)
    if base is None or base.error:
        return ["Baseline (a) unavailable: no ratios." + (f" ({base.error})" if base and base.error else "")]
    lines = [
        "| system | Δhit@1 | Δhit@5 | ΔMRR@10 | search p50 vs (a) |",
        "|---|---|---|---|---|",
    ]
    b = base.scores
    for v in report.variants:
        if v.name == BASELINE or v.error:
            continue
        s = v.scores
        cols = [v.label, _delta(s.hit1, b.hit1), _delta(s.hit5, b.hit5), _delta(s.mrr10, b.mrr10), _ratio(v.search.p50, base.search.p50)]
        lines.append("| " + " | ".join(cols) + " |")
    return lines


def _at_least(x: float | None, floor: float) -> bool | None:
    return None if x is None else x >= floor - 1e-9


def replica_targets(report: EvalReport) -> list[tuple[str, bool | None]]:
    """Targets on documents we did not write: absolute floors, and the full system at least as
    good as BM25 alone and the LangChain baseline on hit@1 and hit@5."""
    full, ans = report.variant(FULL), report.answers
    s = full.scores if full and not full.error else RankingScores()
    out = [
        (f"hybrid hit@1 >= 0.85 ({_num(s.hit1)})", _at_least(s.hit1, 0.85)),
        (f"hybrid hit@5 >= 0.97 ({_num(s.hit5)})", _at_least(s.hit5, 0.97)),
        (f"refusal accuracy >= 0.90 ({_num(ans.refusal_accuracy if ans else None)})",
         _at_least(ans.refusal_accuracy if ans else None, 0.90)),
        (f"refusal recall >= 0.85 ({_num(ans.refusal_recall if ans else None)})",
         _at_least(ans.refusal_recall if ans else None, 0.85)),
        (f"citation validity = 1.00 ({_num(ans.citation_validity if ans else None)})",
         _at_least(ans.citation_validity if ans else None, 1.0)),
    ]
    for name in ("b", BASELINE):
        other = report.variant(name)
        o = other.scores if other and not other.error else RankingScores()
        for metric in ("hit1", "hit5"):
            mine, theirs = getattr(s, metric), getattr(o, metric)
            ok = None if mine is None or theirs is None else mine >= theirs - 1e-9
            out.append((f"hybrid {metric} >= ({name}) {metric} ({_num(mine)} vs {_num(theirs)})", ok))
    return out


def targets(report: EvalReport) -> list[tuple[str, bool | None]]:
    """The issue's targets for the set, each with pass (True), fail (False) or not measured (None)."""
    if report.set_name.startswith("replica"):
        return replica_targets(report)
    full, base, ans = report.variant(FULL), report.variant(BASELINE), report.answers
    s = full.scores if full and not full.error else RankingScores()
    at_least = _at_least

    rel: bool | None = None
    if s.hit5 is not None and base is not None and not base.error and base.scores.hit5 is not None:
        rel = s.hit5 >= base.scores.hit5 + 0.15 - 1e-9 or (base.scores.hit5 < 0.95 and s.hit5 >= 0.95 - 1e-9)
    return [
        (f"hybrid hit@5 >= 0.95 ({_num(s.hit5)})", at_least(s.hit5, 0.95)),
        (f"hybrid hit@1 >= 0.80 ({_num(s.hit1)})", at_least(s.hit1, 0.80)),
        (f"refusal accuracy >= 0.90 ({_num(ans.refusal_accuracy if ans else None)})", at_least(ans.refusal_accuracy if ans else None, 0.90)),
        (f"citation validity = 1.00 ({_num(ans.citation_validity if ans else None)})", at_least(ans.citation_validity if ans else None, 1.0)),
        ("hybrid hit@5 >= (a) + 0.15, or >= 0.95 where (a) is lower", rel),
    ]


def _breakdown(report: EvalReport, attr: str, title: str) -> list[str]:
    shown = [v for v in report.variants if not v.error and v.name in {"a", "b", "c", "d"}]
    labels = sorted({k for v in shown for k in getattr(v, attr)})
    if not labels:
        return []
    lines = [f"### hit@5 by {title}", "", "| " + title + " | n | " + " | ".join(f"({v.name})" for v in shown) + " |"]
    lines.append("|---|---|" + "---|" * len(shown))
    for label in labels:
        n = max((getattr(v, attr).get(label, {}).get("n", 0) for v in shown), default=0)
        cells = [_num(getattr(v, attr).get(label, {}).get("hit5")) for v in shown]
        lines.append(f"| {_cell(label)} | {n} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _summary_lines(report: EvalReport) -> list[str]:
    c = report.corpus
    out = [
        f"## Eval: set `{report.set_name}` ({report.n_items} questions: {report.n_answerable} answerable, "
        f"{report.n_refuse} to refuse), {report.created}",
        "",
        f"Embedder `{report.embedder}`; index {c.get('chunks', '?')} chunks / {c.get('keys', '?')} clause keys; "
        f"baseline (a) {c.get('baseline_chunks', '?')} chunks of 500/50 ({c.get('baseline_unmapped', '?')} map to no clause). "
        f"Retrieval metrics over answerable questions; answer metrics (full system) over all.",
        "",
        *_main_table(report),
        "",
        "### vs baseline (a)",
        "",
        *_delta_table(report),
        "",
        "### Targets",
        "",
    ]
    mark = {True: "PASS", False: "FAIL", None: "n/a"}
    out += [f"- {mark[ok]}: {text}" for text, ok in targets(report)]
    out.append("")
    return out + render_structure(report.structure)


def render_summary(report: EvalReport) -> str:
    """Header, the table, deltas vs (a) and targets (what the README shows)."""
    return "\n".join(_summary_lines(report)).rstrip() + "\n"


def render_markdown(report: EvalReport) -> str:
    """The report as Markdown: the table, deltas vs (a), targets, checker, breakdowns, failures."""
    out = _summary_lines(report)
    if report.checker is not None:
        vals = ", ".join(f"{k} {_num(v) if isinstance(v, float) else v}" for k, v in report.checker.items() if isinstance(v, int | float))
        out += [f"Checker (evals/checker): {vals}", ""]
    elif report.checker_error:
        out += [f"Checker (evals/checker): {report.checker_error}", ""]
    out += _breakdown(report, "by_style", "style") + _breakdown(report, "by_tag", "tag")
    out += [f"### Failures: hybrid (d) hit@5 misses ({len(report.failures)})", ""]
    if report.failures:
        out += ["| id | question | expected | got top-5 |", "|---|---|---|---|"]
        for f in report.failures:
            out.append(f"| {f.id} | {_cell(f.question)} | {_cell(', '.join(f.expected))} | {_cell(', '.join(f.got)) or '(none)'} |")
    else:
        out.append("None.")
    out.append("")
    ans = report.answers
    if ans is not None:
        out += ["### Answer failures: full system", ""]
        if not (ans.error or ans.refusal_failures or ans.fact_misses or ans.invalid_citations):
            out.append("None.")
        if ans.error:
            out += [f"Answers not measured: {ans.error}", ""]
        for r in ans.refusal_failures:
            what = "answered but should refuse" if r["refuse"] else "refused but should answer"
            out.append(f"- refusal: {r['id']} ({what}): {_cell(r['question'])}")
        for m in ans.fact_misses:
            out.append(f"- facts: {m['id']} missing {', '.join(m['missing'])}")
        for bad in ans.invalid_citations:
            out.append(f"- citation: {bad['id']} {bad['key']}: {bad['reason']}")
        out.append("")
    problems = report.gold_errors + report.gold_warnings
    if report.unknown_gold_keys:
        problems.append("gold keys not in the index: " + ", ".join(report.unknown_gold_keys))
    if problems or report.notes:
        out += ["### Notes", ""] + [f"- {_cell(p)}" for p in report.notes + problems] + [""]
    return "\n".join(out).rstrip() + "\n"


def write_results(report: EvalReport, results_dir: Path, markdown: str | None = None, *,
                  prefix: str = "") -> list[Path]:
    """Write eval-YYYYmmdd-HHMMSS.json, PREFIXlatest.json and PREFIXlatest.md; returns the paths."""
    results_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromisoformat(report.created).strftime("%Y%m%d-%H%M%S")
    payload = report.model_dump_json(indent=2)
    paths = [results_dir / f"eval-{prefix}{stamp}.json", results_dir / f"{prefix}latest.json",
             results_dir / f"{prefix}latest.md"]
    paths[0].write_text(payload, encoding="utf-8")
    paths[1].write_text(payload, encoding="utf-8")
    paths[2].write_text(markdown if markdown is not None else render_markdown(report), encoding="utf-8")
    return paths


def update_readme(readme: Path, markdown: str) -> bool:
    """Replace the text between the eval markers of ``readme``; False when it has no markers."""
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.S)
    if not pattern.search(text):
        return False
    block = f"{README_START}\n{markdown.rstrip()}\n{README_END}"
    readme.write_text(pattern.sub(lambda _: block, text, count=1), encoding="utf-8")
    return True
