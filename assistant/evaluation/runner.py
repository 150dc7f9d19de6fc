"""One eval run: gold set -> baselines and ablations -> answers -> report (+ files in evals/results)."""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from assistant.evaluation import metrics as M
from assistant.evaluation.baseline import LangchainBaseline, read_manifest
from assistant.evaluation.gold import GoldItem, load_gold, subset
from assistant.evaluation.report import (
    FULL,
    AnswerResult,
    EvalReport,
    Failure,
    VariantResult,
    render_markdown,
    render_summary,
    update_readme,
    write_results,
)
from assistant.evaluation.structure import structure_fidelity
from assistant.settings import Settings
from assistant.types import Answer, Chunk, Hit

DEPTH = 10  # distinct keys scored per ranking (MRR@10); also the k asked of search


class AssistantLike(Protocol):
    def ingest(self, paths: list[Path]) -> Any: ...
    def search(self, query: str, k: int = 5, *, mode: Any = "hybrid", **filters: Any) -> list[Hit]: ...
    def ask(self, question: str) -> Answer: ...
    def chunks(self) -> list[Chunk]: ...


class BaselineLike(Protocol):
    def search(self, query: str, k: int = 10) -> list[str]: ...


AssistantFactory = Callable[[Settings], AssistantLike]
BaselineFactory = Callable[[Settings, Path, list[Chunk]], BaselineLike]
MODES = (("b", "BM25 only (b)", "sparse"), ("c", "dense only (c)", "dense"), ("d", "hybrid (d, full system)", "hybrid"))


def project_root() -> Path:
    """The working directory when it holds evals/ or corpus/, else the checkout of this package."""
    cwd = Path.cwd()
    if (cwd / "evals").is_dir() or (cwd / "corpus" / "manifest.yaml").is_file():
        return cwd
    return Path(__file__).resolve().parents[2]


def eval_settings(settings: Settings, embedder: str, corpus: str = "") -> Settings:
    """Settings of the eval home for ``embedder``: ``settings.home/eval/NAME`` (``CORPUS-NAME``
    for another corpus than the shipped one, so two corpora never share an index)."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(embedder).name or embedder)
    if corpus:
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", corpus) + "-" + name
    return settings.model_copy(update={"home": settings.home / "eval" / name, "embedder": embedder})


def default_assistant(settings: Settings) -> AssistantLike:
    from assistant.api import Assistant

    return Assistant(settings)


def default_baseline(settings: Settings, corpus_dir: Path, chunks: list[Chunk]) -> BaselineLike:
    from assistant.index.adapters import LangchainEmbeddings
    from assistant.index.embedders import build_embedder

    embeddings = LangchainEmbeddings(build_embedder(settings.embedder, settings))
    return LangchainBaseline.from_corpus(corpus_dir, chunks, embeddings)


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _bar(items: Sequence[GoldItem], desc: str, progress: bool) -> Iterable[GoldItem]:
    return tqdm(items, desc=desc, unit="q", disable=not progress, leave=False, file=sys.stderr)


def score_rankings(
    name: str, label: str, mode: str, items: Sequence[GoldItem], rank: Callable[[str], list[str]],
    *, embedder: str | None = None, progress: bool = False,
) -> VariantResult:
    """Run ``rank`` (query -> clause keys, best first) over the answerable items and score it."""
    result = VariantResult(name=name, label=label, mode=mode, embedder=embedder)
    answerable = [i for i in items if not i.refuse]
    times: list[float] = []
    try:
        if answerable:
            rank(answerable[0].question)  # untimed warm-up (lazy model loads, caches)
        for item in _bar(answerable, label, progress):
            t0 = time.perf_counter()
            keys = M.distinct_keys(rank(item.question))[:DEPTH]
            times.append((time.perf_counter() - t0) * 1000)
            result.ranks[item.id] = M.first_rank(keys, item.keys, DEPTH)
            result.top5[item.id] = keys[:5]
    except Exception as exc:
        result.error = _error(exc)
        return result
    result.scores = M.ranking_scores([result.ranks[i.id] for i in answerable])
    result.search = M.latency(times)
    result.by_style = M.breakdown({i.id: [i.style] for i in answerable}, result.ranks)
    result.by_tag = M.breakdown({i.id: i.tags for i in answerable}, result.ranks)
    return result


def _mode_ranker(assistant: AssistantLike, mode: str) -> Callable[[str], list[str]]:
    return lambda q: [h.chunk.key for h in assistant.search(q, k=DEPTH, mode=mode)]


def texts_by_key(chunks: Iterable[Chunk]) -> dict[str, list[str]]:
    out: dict[str, list[tuple[str, int, int, str]]] = {}
    for c in chunks:
        out.setdefault(c.key, []).append((c.source_id, c.part, c.order, c.text))
    return {k: [t for *_, t in sorted(v)] for k, v in out.items()}


def score_answers(
    assistant: AssistantLike, items: Sequence[GoldItem], texts: dict[str, list[str]], *, progress: bool = False
) -> AnswerResult:
    """Ask every question; refusal accuracy, fact recall, citation validity, ask latency."""
    result = AnswerResult(n=len(items))
    times: list[float] = []
    pairs: list[tuple[bool, bool]] = []
    found: list[list[bool]] = []
    checks: list[M.CitationCheck] = []
    try:
        if items:
            assistant.ask(items[0].question)  # untimed warm-up
        for item in _bar(items, "ask (d)", progress):
            t0 = time.perf_counter()
            answer = assistant.ask(item.question)
            times.append((time.perf_counter() - t0) * 1000)
            pairs.append((item.refuse, answer.grounded))
            if not M.refusal_correct(item.refuse, answer.grounded):
                result.refusal_failures.append({"id": item.id, "question": item.question, "refuse": item.refuse})
            if not item.refuse:
                flags = M.facts_found(item.facts, answer.answer)
                found.append(flags)
                missing = [f for f, ok in zip(item.facts, flags, strict=True) if not ok]
                if missing:
                    result.fact_misses.append({"id": item.id, "missing": missing})
            for citation in answer.citations:
                check = M.check_citation(citation, texts)
                checks.append(check)
                if not check.valid:
                    result.invalid_citations.append({"id": item.id, "key": check.key, "reason": check.reason})
    except Exception as exc:
        result.error = _error(exc)
        return result
    result.refusal_accuracy = M.refusal_accuracy(pairs)
    to_refuse = [grounded for refuse, grounded in pairs if refuse]
    result.refusal_recall = sum(not g for g in to_refuse) / len(to_refuse) if to_refuse else None
    result.n_refuse = len(to_refuse)
    result.fact_recall = M.fact_recall(found)
    result.n_facts = sum(len(f) for f in found)
    result.citation_validity = M.citation_validity(checks)
    result.n_citations = len(checks)
    result.ask = M.latency(times)
    return result


def run_checker() -> tuple[dict[str, Any] | None, str | None]:
    """The checker eval on its default set (evals/checker/): (result, None) or (None, why not)."""
    try:
        from assistant.scoring.evaluate import run_checker_eval
    except ImportError as exc:
        return None, f"not run (assistant.scoring.evaluate.run_checker_eval unavailable: {exc})"
    try:
        result = run_checker_eval()
        if hasattr(result, "model_dump"):
            result = result.model_dump()
        return json.loads(json.dumps(dict(result), default=str)), None
    except Exception as exc:
        return None, f"failed: {_error(exc)}"


def _build(factory: AssistantFactory, settings: Settings, corpus: list[Path]) -> AssistantLike:
    assistant = factory(settings)
    assistant.ingest(corpus)
    return assistant


def run_eval(
    settings: Settings,
    set_name: str = "dev",
    embedders: Sequence[str] | None = None,
    include_checker: bool = True,
    *,
    limit: int | None = None,
    root: Path | None = None,
    corpus_dir: Path | None = None,
    assistant_factory: AssistantFactory | None = None,
    baseline_factory: BaselineFactory | None = None,
    write: bool = True,
    progress: bool = True,
) -> EvalReport:
    """Evaluate the system on gold set ``set_name`` against baselines; optionally write results.

    The system under test is built in ``settings.home/eval/EMBEDDER`` from the corpus of
    ``root/corpus/manifest.yaml`` (ingest is incremental, so reruns are fast), or from the files
    of ``corpus_dir`` (e.g. the generated replicas of real documents; with their ``truth.json``,
    the report gains a structure-fidelity section)."""
    root = root or project_root()
    assistant_factory = assistant_factory or default_assistant
    baseline_factory = baseline_factory or default_baseline
    gold = load_gold(set_name, root / "evals" / "gold", root=root)
    items = subset(gold.items, limit)
    own_corpus = corpus_dir is not None
    corpus_dir = corpus_dir if own_corpus else root / "corpus"
    corpus = [d.path for d in read_manifest(corpus_dir)]
    corpus_tag = corpus_dir.name if own_corpus else ""
    main = eval_settings(settings, settings.embedder, corpus_tag)
    report = EvalReport(
        set_name=set_name, gold_files=gold.files, n_items=len(items),
        n_answerable=sum(not i.refuse for i in items), n_refuse=sum(i.refuse for i in items),
        embedder=settings.embedder, gold_errors=gold.errors, gold_warnings=gold.warnings,
        settings={k: getattr(main.retrieval, k) for k in ("top_k", "candidates", "rrf_k", "dense_weight", "sparse_weight", "refusal_threshold", "absent_penalty", "min_dense_similarity")}
        | {"home": str(main.home), "limit": limit},
    )
    if not corpus:
        report.notes.append(f"no corpus documents found under {corpus_dir}")

    assistant = _build(assistant_factory, main, corpus)
    chunks = assistant.chunks()
    texts = texts_by_key(chunks)
    report.unknown_gold_keys = sorted({k for i in items for k in i.keys} - set(texts)) if texts else []
    report.corpus = {"documents": len(corpus), "chunks": len(chunks), "keys": len(texts)}

    try:
        baseline = baseline_factory(main, corpus_dir, chunks)
        report.corpus["baseline_chunks"] = len(getattr(baseline, "pieces", []))
        report.corpus["baseline_unmapped"] = getattr(baseline, "unmapped", None)
        unlocated = sorted(set(getattr(baseline, "unlocated", None) or []))
        if unlocated:
            report.corpus["baseline_unlocated"] = unlocated
            report.notes.append(f"baseline mapping: {len(unlocated)} clause chunks not found in their file's text "
                                "(e.g. chapter outlines made of sub-headings); they own no baseline text: "
                                + ", ".join(unlocated))
        report.variants.append(score_rankings("a", "langchain baseline (a)", "langchain", items,
                                              lambda q: baseline.search(q, DEPTH), progress=progress))
        if hasattr(baseline, "close"):
            baseline.close()
    except Exception as exc:
        report.variants.append(VariantResult(name="a", label="langchain baseline (a)", mode="langchain", error=_error(exc)))

    for name, label, mode in MODES:
        report.variants.append(score_rankings(name, label, mode, items, _mode_ranker(assistant, mode),
                                              embedder=settings.embedder, progress=progress))
    report.answers = score_answers(assistant, items, texts, progress=progress)
    full = report.variant(FULL)
    by_id = {i.id: i for i in items}
    if full is not None and not full.error:
        report.failures = [
            Failure(id=i, question=by_id[i].question, expected=by_id[i].keys, got=full.top5.get(i, []),
                    style=by_id[i].style, tags=by_id[i].tags)
            for i, r in full.ranks.items() if r is None or r > 5
        ]

    for name in embedders or []:
        try:
            other = assistant if name == settings.embedder else _build(
                assistant_factory, eval_settings(settings, name, corpus_tag), corpus)
        except Exception as exc:
            for mode in ("dense", "hybrid"):
                report.variants.append(VariantResult(name=f"{name}/{mode}", label=f"{name} {mode}", mode=mode,
                                                     embedder=name, error=_error(exc)))
            continue
        for mode in ("dense", "hybrid"):
            report.variants.append(score_rankings(f"{name}/{mode}", f"{name} {mode}", mode, items,
                                                  _mode_ranker(other, mode), embedder=name, progress=progress))

    if own_corpus and (corpus_dir / "truth.json").is_file():
        report.structure = structure_fidelity(corpus_dir)
    if include_checker:
        report.checker, report.checker_error = run_checker()
    if write:
        markdown = render_markdown(report)
        write_results(report, root / "evals" / "results", markdown,
                      prefix="" if set_name == "dev" else f"{Path(set_name).stem}-")
        if set_name == "dev" and limit is None:
            update_readme(root / "evals" / "README.md", render_summary(report))
    return report
