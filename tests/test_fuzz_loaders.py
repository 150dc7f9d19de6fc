"""Fuzz the loaders and discovery: random bytes, encodings, file names and paths. parse_file and
discover may raise IngestError (the product's error, one line naming the file) and nothing else."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.ingest import IngestError, discover, parse_file
from assistant.ingest.encoding import decode_bytes

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
SUFFIXES = [".md", ".markdown", ".txt", ".pdf", ".docx", ".MD", ".TXT", "", ".png"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gbk", "gb18030", "big5", "latin-1",
             "shift_jis", "euc-kr"]
SEEDS = [b"%PDF-1.4\n", b"PK\x03\x04", b"---\ntitle: x\n---\n", b"---\ndoc_id: [\n", b"# 1 \xe8\x8c\x83\xe5\x9b\xb4\n",
         b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00"]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
encoded = st.tuples(text, st.sampled_from(ENCODINGS)).map(lambda te: te[0].encode(te[1], "replace"))
content = st.one_of(st.binary(max_size=800), encoded,
                    st.tuples(st.sampled_from(SEEDS), st.one_of(st.binary(max_size=300), encoded)).map(b"".join))
name = st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=20)


def _one_line(err: IngestError, path: Path) -> None:
    from assistant.ingest.errors import display_path

    assert "\n" not in str(err) and str(err).startswith(display_path(err.path))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=content, stem=name, suffix=st.sampled_from(SUFFIXES))
def test_parse_file_raises_only_ingest_errors(data: bytes, stem: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            path = Path(tmp) / (stem + suffix)
            path.write_bytes(data)
        except OSError:  # a name the filesystem refuses (too long, '.', '..') is not the loader's case
            return
        try:
            doc = parse_file(path)
        except IngestError as err:
            _one_line(err, path)
            return
        assert all(c.text for c in doc.chunks)
        assert not any("\ud800" <= ch <= "\udfff" for c in doc.chunks for ch in c.text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=content)
def test_decoder_is_total(data: bytes) -> None:
    from assistant.ingest.encoding import DecodeFailure

    try:
        decoded = decode_bytes(data)
    except DecodeFailure as err:
        assert "\n" not in str(err)
        return
    assert isinstance(decoded.text, str)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=text, encoding=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "gb18030", "big5"]))
def test_chinese_text_round_trips_when_decoded(text: str, encoding: str) -> None:
    """A Chinese text encoded in a candidate encoding decodes to itself, or is refused; never mojibake
    that scores as text. Only texts made of the common characters the scorer trusts are checked."""
    from assistant.ingest.encoding import MIN_SCORE, score

    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if score(text) < MIN_SCORE or sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") < 8:
        return
    try:
        decoded = decode_bytes(data)
    except ValueError:
        return
    assert decoded.text == text or score(decoded.text) >= MIN_SCORE


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=st.lists(st.tuples(st.lists(name, min_size=1, max_size=3),
                                 st.sampled_from(["file", "dir", "link-self", "link-up", "link-root",
                                                  "link-sibling", "dangling"])), max_size=8),
       extra=st.lists(st.one_of(name, st.just("..")), max_size=3))
def test_discover_raises_nothing_and_stays_in_the_tree(layout: list[tuple[list[str], str]], extra: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        (Path(tmp) / "outside.md").write_text("# 外\n", encoding="utf-8")
        for parts, kind in layout:
            path = root.joinpath(*parts)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if kind == "file":
                    path.with_suffix(".md").write_text("# x\n", encoding="utf-8")
                elif kind == "dir":
                    path.mkdir(exist_ok=True)
                else:
                    target = {"link-self": path.name, "link-up": "..", "link-root": "/",
                              "link-sibling": str(Path(tmp) / "outside.md"), "dangling": "nowhere"}[kind]
                    os.symlink(target, path)
            except (OSError, ValueError):
                continue
        given = [root, root.joinpath(*extra) if extra else root]
        files, problems = discover(given)
        trees = []
        for g in given:
            try:
                trees.append(g.resolve(strict=True))
            except (OSError, RuntimeError):
                continue
        for f in files:  # each file lies in a tree given (a file given itself counts as its own tree)
            assert any(t == f.resolve() or t in f.resolve().parents for t in trees)
        for p in problems:
            assert isinstance(p, IngestError) and "\n" not in str(p)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=content, stem=name, suffix=st.sampled_from(SUFFIXES))
def test_parse_file_raises_only_ingest_errors_slow(data: bytes, stem: str, suffix: str) -> None:
    test_parse_file_raises_only_ingest_errors.hypothesis.inner_test(data, stem, suffix)
