"""A PDF parsed page by page in windows (ingest/pdfstream.py) gives exactly the whole-file parse:
the replica PDFs (cover, 目次 with leaders, Roman-numbered 前言, footers, spaced glyphs, tables across
pages), the test PDFs, a generated many-page PDF; bad PDFs give the same one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_files import _bad_inputs
from test_ingest_pdf import _make_pdf
from test_ingest_stream import _same

from assistant.ingest import IngestError, parse_file, parse_stream
from assistant.ingest.pagerun import PageEdge, clean_pdf_pages, page_plan, prepare_page
from assistant.ingest.pdfstream import stream_pdf
from assistant.ingest.stream import NotStreamable
from evals.bigpdf import generate_pdf
from evals.replicas import build
from evals.replicas.pdfgen import FONT

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-droid-fallback not installed (see Makefile)")


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("replicas")
    build(out)
    return sorted(out.rglob("*.pdf"))


@pytest.fixture(scope="module")
def many_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_pdf(tmp_path_factory.mktemp("big") / "big.pdf", pages=40)


def test_every_replica_pdf_streams_to_the_whole_file_chunks(replicas: list[Path]) -> None:
    assert len(replicas) >= 5
    streamed = {p.name: _same(p, window=60)[0] for p in replicas}
    # continued tables (表C.1（续）) are held, not parsed whole; a cover letter in a PDF (no headings)
    # is the one case the windows leave to the whole-file parse (equal all the same)
    assert [n for n, s in streamed.items() if not s] == ["t-cisa-low-carbon-steel.pdf"], streamed


def test_test_pdf_streams_to_the_whole_file_chunks(tmp_path: Path) -> None:
    path = tmp_path / "GB_T_36132-2025.pdf"
    _make_pdf(path)
    streamed, _ = _same(path, window=60)
    assert streamed


def test_many_page_pdf_streams_in_many_windows_and_batches(many_pages: Path) -> None:
    streamed, batches = _same(many_pages, window=50)
    assert streamed and batches >= 10
    doc = parse_file(many_pages)
    assert doc.meta.page_count >= 40 and doc.chunks[-1].pages[-1] >= 38
    text = "\n".join(c.text for c in doc.chunks)
    assert "T/GENPDF 9-2025" not in text.split("\n", 8)[-1]  # the running header is gone past the cover


def test_stream_pdf_sees_pages_lazily_from_the_file(many_pages: Path) -> None:
    got = stream_pdf(many_pages, manifest=None, kb="default", max_chars=600, overlap=120, settings=None,
                     batch=5, window=50)
    first = next(got.batches)
    assert len(first) == 5 and got.report is None  # handed over before the file's end is parsed
    rest = [c for b in got.batches for c in b]
    assert got.report is not None and got.report.chunks == len(rest) + 5


def test_page_plan_on_edges_equals_the_plan_on_whole_pages() -> None:
    """Only each page's first and last lines are kept, yet the dropped lines are the same."""
    pages = []
    for p in range(1, 9):
        body = [f"第{p}页第{k}行：资源高效化指标包括原材料消耗强度、取水强度、工业用水重复利用率和固体废物综合利用率。"
                for k in range(1 + 4 * (p % 3))]  # long lines: body text, never a running header
        pages.append("\n".join(["GB/T 1-2025 标准", *body, "GB/T 1-2025 标准", f"- {p} -" if p % 2 else str(p)]))
    prepared = [prepare_page(t) for t in pages]
    edges = [PageEdge.of(x) for x in prepared]
    assert any(len(e.top) + len(e.bottom) < e.n for e in edges)  # some pages are kept in part only
    gone, removed = page_plan(edges)
    assert (gone, removed) == page_plan([PageEdge(len(x), x, []) for x in prepared])  # every line seen
    assert len(removed) == 15  # the header and footer line of pages 2-8, page 1's footer
    kept = [x for p, lines in enumerate(prepared) for i, x in enumerate(lines) if i not in gone[p]]
    assert kept == [ln.text for ln in clean_pdf_pages(pages)[0]]
    assert kept[0] == "GB/T 1-2025 标准"  # the cover keeps its top lines
    assert not any(x.startswith(("- ", "GB/T")) or x.isdigit() for x in kept[1:])


def test_bad_pdfs_give_the_same_one_line_error(tmp_path: Path) -> None:
    cases = [(p, why) for p, why in _bad_inputs(tmp_path).values() if p.suffix == ".pdf"]
    assert len(cases) >= 4
    for path, why in cases:
        with pytest.raises(IngestError) as whole:
            parse_file(path)
        with pytest.raises(IngestError) as streamed:
            list(parse_stream(path, min_bytes=0).batches)
        assert str(streamed.value) == str(whole.value) and why in str(whole.value), path.name
        assert "\n" not in str(streamed.value)


def test_not_a_pdf_header_is_left_to_the_whole_file_parse(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"plain text renamed")
    with pytest.raises(NotStreamable):
        stream_pdf(path, manifest=None, kb="default", max_chars=600, overlap=120, settings=None)
