"""Fuzz the CLI entry point: random argv (text and surrogateescape'd bytes) and random files given to
ingest, check, score and calc. Any exception other than the product's own errors (which main turns
into `错误：…`, exit 2) or argparse's clean SystemExit fails. Output goes to strict UTF-8 streams, as on
a UTF-8 terminal, so a message that cannot be printed fails too.

The default run is small (hash embedder, one shared temporary home); FUZZ_EXAMPLES raises
the number of examples, and the slow variant runs more.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
SUBCOMMANDS = ["search", "ask", "remove", "calc", "score", "check", "ingest"]
OPTIONS = ["-k", "--doc", "--kind", "--status", "--json", "--mode", "--kb", "--include-superseded",
           "--agent", "--report", "-q", "--strict", "--cite", "--scheme", "--profile", "--help"]
INDICATORS = ["water_reuse_rate", "单位产品综合能耗", "B.10", "comprehensive_energy", "co2_emissions", "nope"]


class _Home:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.files = base / "files"
        self.files.mkdir()
        self.n = 0

    def write(self, data: bytes, name: str) -> Path:
        self.n += 1
        folder = self.files / str(self.n)
        folder.mkdir()
        path = folder / name
        path.write_bytes(data)
        return path


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Home]:
    base = tmp_path_factory.mktemp("fuzz-cli")
    docs = base / "docs"
    shutil.copytree(FIXTURES / "core", docs)
    saved = {k: os.environ.get(k) for k in ("ASSISTANT_HOME", "ASSISTANT_EMBEDDER")}
    os.environ["ASSISTANT_HOME"] = str(base / "home")
    os.environ["ASSISTANT_EMBEDDER"] = "hash"
    assert main(["ingest", "-q", str(docs)]) == 0
    try:
        yield _Home(base)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _strict_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")


def run(argv: list[str], home: _Home) -> int:
    """main(argv) with strict UTF-8 output streams; the exit code, or argparse's SystemExit code."""
    out, err, env_home = sys.stdout, sys.stderr, os.environ["ASSISTANT_HOME"]
    sys.stdout, sys.stderr = _strict_stream(), _strict_stream()
    try:
        code = main(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        return code
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        assert exc.code in (0, 2), exc.code
        return int(exc.code or 0)
    finally:
        sys.stdout, sys.stderr = out, err
        os.environ["ASSISTANT_HOME"] = env_home  # --home in argv is written to the environment


# Text as a UTF-8 terminal or a GBK one gives it: any characters, or bytes through surrogateescape.
raw_bytes = st.binary(max_size=40).map(lambda b: b.decode("utf-8", "surrogateescape"))
cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=10)
words = st.one_of(st.text(max_size=30), raw_bytes, cjk, st.sampled_from(
    ["取水量", "工业用水重复利用率", "GB/T 36132-2025", "0", "-1", "1e308", "V=1e308", "XYZ=5", "", " ", "？"]))
argv_strategy = st.lists(st.one_of(words, st.sampled_from(OPTIONS)), max_size=6).flatmap(
    lambda tail: st.sampled_from(SUBCOMMANDS).map(lambda cmd: [cmd, *tail]))
NAMES = st.sampled_from(["a.md", "b.txt", "c.pdf", "d.docx", "e.yaml", "f.json", "g.markdown", "h",
                         "空格 名.md", "x.MD"])
CONTENT = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.tuples(st.text(max_size=200), st.sampled_from(["gbk", "big5", "utf-16-le", "utf-16", "utf-8-sig", "latin-1"]))
    .map(lambda te: te[0].encode(te[1], "replace")),
    st.sampled_from([b"%PDF-1.4 garbage", b"PK\x03\x04", b"---\ndoc_id: [\n---\n", b"water: {withdrawal: -1}\n",
                     b"\xef\xbb\xbf", b"\x00" * 64]),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv=argv_strategy)
def test_random_argv(home: _Home, argv: list[str]) -> None:
    assert run(argv, home) in (0, 1, 2)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=CONTENT, name=NAMES, cmd=st.sampled_from(["ingest", "check", "score", "check-profile"]))
def test_random_files(home: _Home, data: bytes, name: str, cmd: str) -> None:
    path = str(home.write(data, name))
    argv = {"ingest": ["ingest", "-q", path], "check": ["check", path], "score": ["score", path],
            "check-profile": ["check", path, "--profile", path]}[cmd]
    assert run(argv, home) in (0, 1, 2)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(indicator=st.one_of(st.sampled_from(INDICATORS), words),
       inputs=st.lists(st.tuples(st.one_of(st.sampled_from(["V", "Vr", "E", "Q", "G", "XYZ"]), words),
                                 st.one_of(words, st.floats(allow_nan=True).map(str), st.integers().map(str))),
                       max_size=4))
def test_random_calc(home: _Home, indicator: str, inputs: list[tuple[str, str]]) -> None:
    assert run(["calc", indicator, *(f"{k}={v}" for k, v in inputs)], home) in (0, 2)


@pytest.mark.slow
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv=argv_strategy)
def test_random_argv_slow(home: _Home, argv: list[str]) -> None:
    assert run(argv, home) in (0, 1, 2)
