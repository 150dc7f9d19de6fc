"""`assistant draft` and `assistant profile init` through the CLI (hash embedder, corpus/ ingested)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from assistant.cli import main
from tests.fixtures.report import ROOT, corpus_assistant

COPPER = str(ROOT / "corpus" / "examples" / "copper-smelter.yaml")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-cli") / "home"
    corpus_assistant(path)
    return path


@pytest.fixture
def env(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASSISTANT_HOME", str(home))
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")
    return home


def test_draft_writes_docx_and_markdown(env, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.docx"
    assert main(["draft", COPPER, "--kind", "self-evaluation", "--out", str(out)]) == 0
    assert "已写入" in capsys.readouterr().out
    heads = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert heads[0] == "一、工厂基本情况"
    md = tmp_path / "r.md"
    assert main(["draft", COPPER, "--kind", "third-party", "--section", "indicators", "--out", str(md)]) == 0
    text = md.read_text(encoding="utf-8")
    assert "## 四、指标评价" in text and "## 一、概述" not in text


@pytest.mark.parametrize("args, message", [
    (["--kind", "third-party", "--section", "nope"], "没有章节 nope"),
    (["--kind", "self-evaluation", "--out-suffix", ".pdf"], "--out 应为 .docx 或 .md"),
])
def test_bad_options_give_one_line_errors(env, tmp_path: Path, capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    suffix = ".md"
    if "--out-suffix" in args:
        suffix = args.pop()
        args.pop()
    assert main(["draft", COPPER, *args, "--out", str(tmp_path / f"r{suffix}")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("错误：") and message in err and "\n" not in err


def test_unknown_kind_is_refused(env, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["draft", COPPER, "--kind", "annual", "--out", "x.md"])
    assert "未知报告类型 annual" in capsys.readouterr().err


def test_a_bad_profile_field_is_named(env, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(COPPER).read_text(encoding="utf-8").replace("level: 省级", "level: 县级"), encoding="utf-8")
    assert main(["draft", str(bad), "--kind", "self-evaluation", "--out", str(tmp_path / "r.md")]) == 2
    err = capsys.readouterr().err
    assert "basics.level" in err and "\n" not in err.strip()


def test_profile_init_writes_the_template_once(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "p.yaml"
    assert main(["profile", "init", "--out", str(out)]) == 0
    assert "统一社会信用代码" in out.read_text(encoding="utf-8")
    assert main(["profile", "init", "--out", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err
    assert main(["profile", "init"]) == 0 and "# 绿色工厂评价 工厂画像模板" in capsys.readouterr().out
