"""Ingest against the second blind replica set, heldout2 (evals/replicas/HELDOUT2.md): Word automatic
numbering, tracked changes, a template's own heading styles, a two-column article, a national
annex, a red-header notice, a clipped Q&A page, a slide deck and a bilingual standard. The same
assertions as tests/test_ingest_replicas.py holds the other sets to, and every file streamed in
windows gives the whole parse."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.replica_checks import check_front_matter, check_keys, check_markers, check_metadata
from test_ingest_stream import _same

from assistant.ingest import parse_file
from assistant.types import ParsedDocument
from evals.replicas import DocTruth, build
from evals.replicas.content import specs
from evals.replicas.pdfgen import FONT

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")

FILES = [s.file for s in specs("heldout2")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, DocTruth]]:
    out = tmp_path_factory.mktemp("heldout2")
    return out, {t.file: t for t in build(out, "heldout2")}


@pytest.fixture(scope="module")
def parsed(built: tuple[Path, dict[str, DocTruth]]) -> dict[str, ParsedDocument]:
    out, truths = built
    return {f: parse_file(out / f) for f in truths}


def test_the_set_is_the_ten_documents() -> None:
    assert len(FILES) == 10 and len(set(FILES)) == 10


@pytest.mark.parametrize("name", FILES)
def test_heldout2_clause_keys(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_keys(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_heldout2_markers_in_their_clause(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_markers(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_heldout2_front_matter_holds_no_body(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_front_matter(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_heldout2_metadata(name: str, built, parsed) -> None:  # type: ignore[no-untyped-def]
    check_metadata(parsed[name], built[1][name])


@pytest.mark.parametrize("name", FILES)
def test_heldout2_streamed_equals_the_whole_parse(name: str, built) -> None:  # type: ignore[no-untyped-def]
    streamed, _ = _same(built[0] / name, window=5)
    assert streamed or name.endswith(".md"), name  # a web page read by layout may be parsed whole
