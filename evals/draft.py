"""Report-drafting eval and benchmark: both sample profiles x both kinds, offline; optionally one
section of each kind through the local model on llama_cpp.server.

    python -m evals.draft            # offline: sections vs outline, numbers verified, citations valid,
                                     # placeholders, time per report -> evals/results/draft-latest.{json,md}
    python -m evals.draft --llm      # plus LLM mode (local GGUF, 127.0.0.1): corrected/flagged numbers,
                                     # citation validity, time per section -> draft-llm-latest.json

The index is built over corpus/ with the hash embedder: drafts fetch clauses by key, so the embedder
does not change what is cited, and the run needs no model download.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.answer.citations import check_citation  # noqa: E402
from assistant.api import Assistant  # noqa: E402
from assistant.report import DraftRequest, draft_report, outline, to_docx, to_markdown  # noqa: E402
from assistant.report.numbers import _cache as numbers_cache  # noqa: E402
from assistant.scoring import load_profile  # noqa: E402
from assistant.settings import Settings  # noqa: E402

RESULTS = ROOT / "evals" / "results"
PROFILES = ("copper-smelter", "computer-assembly")
KINDS = ("self-evaluation", "third-party")
LLM_SECTIONS = {"self-evaluation": "resource", "third-party": "conclusion"}


def citation_validity(draft, index) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    cits = [c for s in draft.sections for c in s.citations]
    ok = sum(check_citation(c, index.sparse.by_key(c.key)) is None for c in cits)
    return ok, len(cits)


def offline(helper: Assistant, repeats: int) -> list[dict]:
    rows = []
    for name in PROFILES:
        profile = load_profile(ROOT / "corpus" / "examples" / f"{name}.yaml")
        for kind in KINDS:
            times = []
            for _ in range(repeats):
                numbers_cache.clear()  # every run re-checks every number (no verdicts kept between runs)
                t0 = time.perf_counter()
                draft = draft_report(DraftRequest(profile=profile, kind=kind), index=helper.index,
                                     retriever=helper.retriever, settings=helper.settings)
                times.append(time.perf_counter() - t0)
            with tempfile.TemporaryDirectory() as tmp:
                t0 = time.perf_counter()
                to_docx(draft, Path(tmp) / "d.docx")
                docx_s = time.perf_counter() - t0
            to_markdown(draft)
            want = [sid for sid, _ in outline(kind)]
            got = [s.id for s in draft.sections if s.markdown.strip()]
            numbers = draft.verification
            ok_c, n_c = citation_validity(draft, helper.index)
            rows.append({"profile": name, "kind": kind, "sections": f"{len(got)}/{len(want)}",
                         "sections_complete": got == want, "numbers": len(numbers),
                         "verified": sum(n.status == "verified" for n in numbers),
                         "citations": n_c, "citations_valid": ok_c, "placeholders": draft.placeholders,
                         "seconds": round(statistics.median(times), 3), "docx_seconds": round(docx_s, 3)})
    return rows


def llm(helper: Assistant, max_tokens: int) -> list[dict]:
    from assistant.evaluation.llama_server import serve
    from assistant.llm import build_chat_model

    rows = []
    log = Path(helper.settings.home) / "llama-server.log"
    with serve(helper.settings.gguf_file, log=log, threads=2, context=4096) as url:
        settings = helper.settings.model_copy(update={"chat": helper.settings.chat.model_copy(update={
            "backend": "openai", "base_url": url, "temperature": 0.0, "max_tokens": max_tokens, "timeout": 3600.0})})  # no client retry
        model = build_chat_model(settings)
        for name in PROFILES[:1]:
            profile = load_profile(ROOT / "corpus" / "examples" / f"{name}.yaml")
            for kind in KINDS:
                sid = LLM_SECTIONS[kind]
                done = len(_server_times(log))
                t0 = time.perf_counter()
                draft = draft_report(DraftRequest(profile=profile, kind=kind, sections=[sid]), index=helper.index,
                                     retriever=helper.retriever, settings=settings, chat_model=model)
                secs = time.perf_counter() - t0
                s = draft.sections[0]
                written = [n for n in s.numbers if n.source == "模型撰写"]
                ok_c, n_c = citation_validity(draft, helper.index)
                server = _server_times(log)
                rows.append({"profile": name, "kind": kind, "section": sid, "mode": s.mode, "seconds": round(secs, 1),
                             "requests": len(server) - done, "server_seconds": round(sum(server[done:]), 1),
                             "model_numbers": len(written),
                             "verified": sum(n.status == "verified" for n in written),
                             "corrected": sum(n.status == "mismatch" and "已更正" in n.detail for n in written),
                             "flagged": sum(n.status == "mismatch" and "已更正" not in n.detail for n in written),
                             "unchecked": sum(n.status == "unchecked" for n in written),
                             "citations_removed": sum(f.count("[") for f in s.flags if f.startswith("已删除无效引用")),
                             "citations": n_c, "citations_valid": ok_c, "flags": s.flags, "text": s.markdown[:1500]})
    return rows


def _server_times(log: Path) -> list[float]:
    """Seconds of each completed request, from llama.cpp's ``total time = N ms`` lines."""
    text = log.read_text(errors="replace") if log.is_file() else ""
    return [float(m) / 1000 for m in re.findall(r"total time =\s*([\d.]+) ms", text)]


def write_md(off: list[dict], llm_rows: list[dict] | None) -> str:
    lines = ["# Report drafting eval (evals/draft.py)", "",
             "Offline drafts, index over corpus/ (hash embedder; clauses fetched by key). Time: median of the "
             "repeats, draft_report only (scoring, clauses, checker of every number, no cached verdicts); "
             "DOCX writing separately.", "",
             "| profile | kind | sections | numbers verified | citations valid | placeholders | draft s | docx s |",
             "|---|---|---|---|---|---|---|---|"]
    for r in off:
        lines.append(f"| {r['profile']} | {r['kind']} | {r['sections']} | {r['verified']}/{r['numbers']} | "
                     f"{r['citations_valid']}/{r['citations']} | {len(r['placeholders'])} | {r['seconds']} | "
                     f"{r['docx_seconds']} |")
    lines += ["", "Placeholders (what the profiles lack):", ""]
    for r in off:
        lines.append(f"- {r['profile']} / {r['kind']}: " + "；".join(r["placeholders"]))
    if llm_rows:
        lines += ["", "## LLM mode (local Qwen2.5-Coder-1.5B-Instruct Q4_K_M on llama_cpp.server, 2 threads, "
                  "temperature 0)", "",
                  "| kind | section | mode | s | requests (server s) | numbers written | verified | corrected | flagged | "
                  "unchecked | citations removed | citations valid |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in llm_rows:
            lines.append(f"| {r['kind']} | {r['section']} | {r['mode']} | {r['seconds']} | "
                         f"{r.get('requests', '')} ({r.get('server_seconds', '')}) | {r['model_numbers']} | "
                         f"{r['verified']} | {r['corrected']} | {r['flagged']} | {r['unchecked']} | "
                         f"{r['citations_removed']} | {r['citations_valid']}/{r['citations']} |")
        for r in llm_rows:
            lines += ["", f"### {r['kind']} / {r['section']}: text after the checks", "", "```", r["text"], "```"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--llm", action="store_true", help="also run one section of each kind through the local model")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--max-tokens", type=int, default=384)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        helper = Assistant(Settings(home=Path(tmp) / "home", embedder="hash"))
        helper.ingest([ROOT / "corpus"])
        off = offline(helper, args.repeats)
        llm_path = RESULTS / "draft-llm-latest.json"
        llm_rows = None
        if args.llm:
            llm_rows = llm(helper, args.max_tokens)
            llm_path.write_text(json.dumps(llm_rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        elif llm_path.is_file():
            llm_rows = json.loads(llm_path.read_text(encoding="utf-8"))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "draft-latest.json").write_text(json.dumps(off, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    md = write_md(off, llm_rows)
    (RESULTS / "draft-latest.md").write_text(md, encoding="utf-8")
    print(md)
    bad = [r for r in off if not r["sections_complete"] or r["verified"] != r["numbers"]
           or r["citations_valid"] != r["citations"]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
