"""Build evals/gold/blindqa.jsonl from the item modules and validate it against the parsed corpus.

Run: PYTHONPATH=. python -m evals.blindqa.build   (exit 1 on any invalid key, fact or field)

A key is valid when the shipped corpus, parsed with its manifest exactly as the indexer parses it,
produces a chunk with that key; a fact is valid when it occurs in the union of the texts of the
question's keys after whitespace runs are collapsed. The output is byte-identical on every run.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from assistant.ingest import IngestError, find_manifest, parse_file
from evals.blindqa.items_a import ITEMS_A
from evals.blindqa.items_b import ITEMS_B, REFUSALS

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
OUT = ROOT / "evals" / "gold" / "blindqa.jsonl"
STYLES = {"colloquial", "keyword", "english", "traditional", "formal", "typo", "multi"}
REFUSAL_TAGS = {"in-domain-unanswerable", "out-of-domain"}
# Facts are short strings an answer must contain; the longest written (a scoring formula) is 33.
MAX_FACT = 40


def build_rows() -> list[dict[str, Any]]:
    """The question rows in file order: answerable items, then refusals."""
    rows: list[dict[str, Any]] = []
    for qid, style, tags, question, keys, facts in ITEMS_A + ITEMS_B:
        rows.append({"id": qid, "question": question, "keys": list(keys), "facts": list(facts),
                     "style": style, "tags": list(tags), "refuse": False})
    for qid, style, tag, question in REFUSALS:
        rows.append({"id": qid, "question": question, "keys": [], "facts": [],
                     "style": style, "tags": [tag], "refuse": True})
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    """The jsonl text: one object per line, fields in heldout.jsonl's order, UTF-8 unescaped."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def corpus_texts(corpus: Path = CORPUS) -> dict[str, str]:
    """Clause key -> whitespace-normalised text of all its chunks, as the indexer parses the corpus."""
    manifest = find_manifest(corpus / "manifest.yaml")
    parts: dict[str, list[str]] = {}
    for path in sorted(corpus.rglob("*.md")):
        if manifest is not None and manifest.excludes(path):
            continue
        doc = parse_file(path, manifest=find_manifest(path))
        for chunk in doc.chunks:
            parts.setdefault(chunk.key, []).append(chunk.text)
    return {key: _norm("\n".join(texts)) for key, texts in parts.items()}


def _field_problems(row: dict[str, Any], refusal_tags: set[str]) -> list[str]:
    qid, out = row["id"], []
    if row["style"] not in STYLES:
        out.append(f"{qid}: unknown style {row['style']!r}")
    if row["refuse"]:
        if row["keys"] or row["facts"]:
            out.append(f"{qid}: a refusal has keys or facts")
        if not re.fullmatch(r"qr\d{2}", qid) or not set(row["tags"]) <= refusal_tags:
            out.append(f"{qid}: a refusal needs a qrNN id and a refusal tag")
    else:
        if not row["keys"] or not 1 <= len(row["facts"]) <= 3:
            out.append(f"{qid}: needs one or more keys and 1-3 facts")
        if not re.fullmatch(r"q\d{3}", qid):
            out.append(f"{qid}: an answerable question needs a qNNN id")
        if len(set(row["keys"])) != len(row["keys"]):
            out.append(f"{qid}: a key is listed twice")
        out += [f"{qid}: fact longer than {MAX_FACT} characters: {f!r}"
                for f in row["facts"] if len(f) > MAX_FACT]
    return out


def problems(rows: list[dict[str, Any]], texts: dict[str, str],
             refusal_tags: set[str] = REFUSAL_TAGS) -> list[str]:
    """Every reason the rows are not a valid question set; [] when valid. A later set with more
    kinds of refusal (blindqa2) passes its own refusal_tags."""
    out: list[str] = []
    for qid, n in Counter(r["id"] for r in rows).items():
        if n > 1:
            out.append(f"{qid}: id used {n} times")
    for qtext, n in Counter(r["question"] for r in rows).items():
        if n > 1:
            out.append(f"question asked {n} times: {qtext}")
    for row in rows:
        out += _field_problems(row, refusal_tags)
        missing = [k for k in row["keys"] if k not in texts]
        out += [f"{row['id']}: key not produced by the corpus: {k}" for k in missing]
        union = " ".join(texts[k] for k in row["keys"] if k in texts)
        out += [f"{row['id']}: fact not in its keys' text: {f!r}" for f in row["facts"]
                if _norm(f) not in union]
    return out


def summary(rows: list[dict[str, Any]]) -> str:
    """Counts by refuse, style and tag, one line each."""
    refuse = Counter("refuse" if r["refuse"] else "answer" for r in rows)
    styles = Counter(r["style"] for r in rows)
    tags = Counter(t for r in rows for t in r["tags"])
    docs = Counter(k.split("§")[0] for r in rows for k in r["keys"])
    return "\n".join([
        f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(refuse.items())),
        "styles: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())),
        "tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
        "keys by document: " + ", ".join(f"{k} {v}" for k, v in sorted(docs.items())),
    ])


def main() -> int:
    rows = build_rows()
    try:
        texts = corpus_texts()
    except IngestError as e:
        print(f"cannot parse the corpus: {e}", file=sys.stderr)
        return 1
    bad = problems(rows, texts)
    if bad:
        print("\n".join(bad), file=sys.stderr)
        print(f"{len(bad)} problem(s); {OUT.name} not written", file=sys.stderr)
        return 1
    OUT.write_text(render(rows), encoding="utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)}\n{summary(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
