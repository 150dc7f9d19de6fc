"""The official text of a standard, ingested beside the shipped digest, merges with it by key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.api import Assistant

ROOT = Path(__file__).resolve().parents[1]
FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")


def test_official_pdf_merges_with_the_shipped_digest_by_key(helper: Assistant, tmp_path: Path) -> None:
    from evals.replicas.build import render
    from evals.replicas.content import gbt36132

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    assert helper.ingest([corpus]).ok
    digest_keys = {c.key for c in helper.chunks() if c.doc_id == "GB/T 36132-2025"}
    pdf = tmp_path / "user" / "GBT36132-2025.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(render(gbt36132.spec())[0])
    report = helper.ingest([pdf])
    assert report.ok and report.files[0].doc_id == "GB/T 36132-2025"
    official = {c.key for c in helper.chunks() if c.source_id == "GB/T 36132-2025"}
    body = {k for k in official if not k.endswith(("§封面", "§前言", "§参考文献"))}
    # The official text lands on the digest's keys: clause for clause, not under 封面/前言.
    assert len(body & digest_keys) >= 0.8 * len(body) and {"GB/T 36132-2025§4.2", "GB/T 36132-2025§B.10"} <= body
    for query, key in (("绿色工厂的基本要求", "GB/T 36132-2025§4.2"), ("工业用水重复利用率 计算", "GB/T 36132-2025§B.10")):
        hits = helper.search(query, k=5)
        keys = [h.chunk.key for h in hits]
        assert keys.count(key) == 1, (query, keys)
        hit = hits[keys.index(key)]
        assert hit.chunk.kind == "standard" and any(f.kind == "digest" for f in hit.fallback)
