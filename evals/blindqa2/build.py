"""Build evals/gold/blindqa2.jsonl from the item modules and validate it against the parsed corpus.

Run: PYTHONPATH=. python -m evals.blindqa2.build   (exit 1 on any invalid key, fact, field or probe)

Keys, facts and fields are checked by evals.blindqa.build.problems, with three refusal kinds instead
of two. On top of that every refusal must carry exactly one kind, a note of what was checked, and
probes: strings an answer would rest on, none of which may occur in the indexed corpus. The output
is byte-identical on every run.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from assistant.ingest import IngestError, find_manifest
from evals.blindqa.build import _norm, corpus_texts, problems, render, summary
from evals.blindqa2.items_a import ITEMS_A
from evals.blindqa2.items_b import ITEMS_B
from evals.blindqa2.items_r import ADJ, NEAR, OUT, REFUSALS

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
OUT_FILE = ROOT / "evals" / "gold" / "blindqa2.jsonl"
REFUSAL_KINDS = {NEAR, ADJ, OUT}


def build_rows() -> list[dict[str, Any]]:
    """The question rows in file order: answerable items, then refusals tagged with their kind."""
    rows: list[dict[str, Any]] = []
    for qid, style, tags, question, keys, facts in ITEMS_A + ITEMS_B:
        rows.append({"id": qid, "question": question, "keys": list(keys), "facts": list(facts),
                     "style": style, "tags": list(tags), "refuse": False})
    for qid, style, kind, question, _probes, _checked in REFUSALS:
        rows.append({"id": qid, "question": question, "keys": [], "facts": [],
                     "style": style, "tags": [kind], "refuse": True})
    return rows


def searchable_corpus(corpus: Path = CORPUS, texts: dict[str, str] | None = None) -> str:
    """Lower-cased, whitespace-collapsed text of everything the indexer reads: the parsed chunks,
    the raw markdown of the documents it does not exclude (headings included) and the manifest."""
    manifest = find_manifest(corpus / "manifest.yaml")
    raw = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.md"))
           if manifest is None or not manifest.excludes(p)]
    raw.append((corpus / "manifest.yaml").read_text(encoding="utf-8"))
    chunks = list((texts if texts is not None else corpus_texts(corpus)).values())
    return _norm("\n".join(raw + chunks)).lower()


def refusal_problems(refusals: list[tuple], rows: list[dict[str, Any]], haystack: str) -> list[str]:
    """Reasons a refusal is not shown unanswerable: no single known kind, no note, or a probe
    that the corpus does contain."""
    out: list[str] = []
    for row in rows:
        if row["refuse"] and (len(row["tags"]) != 1 or row["tags"][0] not in REFUSAL_KINDS):
            out.append(f"{row['id']}: a refusal needs exactly one kind tag of {sorted(REFUSAL_KINDS)}")
    for qid, _style, _kind, _question, probes, checked in refusals:
        if not probes or not checked.strip():
            out.append(f"{qid}: a refusal needs probes and a note of what was checked")
        out += [f"{qid}: probe found in the corpus: {p!r}" for p in probes
                if _norm(p).lower() in haystack]
    return out


def all_problems(rows: list[dict[str, Any]], texts: dict[str, str], haystack: str,
                 refusals: list[tuple] = REFUSALS) -> list[str]:
    """Every reason the set is invalid; [] when valid."""
    return problems(rows, texts, REFUSAL_KINDS) + refusal_problems(refusals, rows, haystack)


def main() -> int:
    rows = build_rows()
    try:
        texts = corpus_texts()
    except IngestError as e:
        print(f"cannot parse the corpus: {e}", file=sys.stderr)
        return 1
    bad = all_problems(rows, texts, searchable_corpus(texts=texts))
    if bad:
        print("\n".join(bad), file=sys.stderr)
        print(f"{len(bad)} problem(s); {OUT_FILE.name} not written", file=sys.stderr)
        return 1
    OUT_FILE.write_text(render(rows), encoding="utf-8", newline="\n")
    probes = Counter(len(r[4]) for r in REFUSALS)
    print(f"wrote {OUT_FILE.relative_to(ROOT)}\n{summary(rows)}\n"
          f"probes absent from the corpus: {sum(k * v for k, v in probes.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
