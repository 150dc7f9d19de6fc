"""Document identity and metadata: manifest edits, same-named files, moved files, knowledge bases."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from fixtures.gendocs import doc_text, write_doc

from assistant.api import Assistant
from assistant.cli import main
from assistant.index.embedders import build_embedder
from assistant.settings import Settings


class CountingEmbedder:
    """The hash embedder, counting the documents it embeds."""

    def __init__(self, settings: Settings) -> None:
        self._inner = build_embedder("hash", settings)
        self.name, self.dim = self._inner.name, self._inner.dim
        self.documents = 0

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.documents += len(texts)
        return self._inner.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._inner.embed_query(text)


MANIFEST = """documents:
  - file: rules.md
    doc_id: 测试规则-2020
    title: {title}
{extra}"""


def _with_manifest(folder: Path, title: str, extra: str = "") -> None:
    (folder / "manifest.yaml").write_text(MANIFEST.format(title=title, extra=extra), encoding="utf-8")


def test_manifest_edit_is_applied_without_reembedding(hash_settings: Settings, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "rules", "规则", 8)
    _with_manifest(docs, "旧标题")
    emb = CountingEmbedder(hash_settings)
    a = Assistant(hash_settings, embedder=emb)
    a.ingest([docs])
    assert emb.documents == 8
    _with_manifest(docs, "新标题", "    status: superseded\n    superseded_by: 测试规则-2025\n")
    report = a.ingest([docs])
    assert report.files[0].status == "updated" and report.embedded == 0 and emb.documents == 8
    assert "元数据" in report.files[0].note
    for chunks in (a.chunks(), Assistant(hash_settings).index.store.all_chunks()):
        assert {(c.doc_title, c.status, c.superseded_by) for c in chunks} == {("新标题", "superseded", "测试规则-2025")}
    hits = a.search("管理 记录", include_superseded=True)
    assert hits and hits[0].chunk.doc_title == "新标题"
    assert a.ingest([docs]).files[0].status == "unchanged"


def test_same_file_name_in_another_folder_does_not_replace(helper: Assistant, tmp_path: Path) -> None:
    first = tmp_path / "a" / "notes.txt"
    first.parent.mkdir()
    first.write_text("第一份笔记：节能管理的记录要求。\n", encoding="utf-8")
    second = tmp_path / "b" / "notes.txt"
    second.parent.mkdir()
    second.write_text("第二份笔记：用水计量的要求。\n", encoding="utf-8")
    assert helper.ingest([first]).files[0].status == "added"
    report = helper.ingest([second])
    assert not report.ok
    err = report.errors[0]
    assert "notes" in err and str(first.resolve()) in err and "--replace" in err and "\n" not in err
    assert any("第一份笔记" in c.text for c in helper.chunks())
    assert not any("第二份笔记" in c.text for c in helper.chunks())
    replaced = helper.ingest([second], replace=True)
    assert replaced.ok and replaced.files[0].status == "updated"
    assert [c.text for c in helper.chunks()] == ["第二份笔记：用水计量的要求。"]


def test_same_name_refusal_on_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")
    for folder, text in (("a", "甲的笔记：节能。"), ("b", "乙的笔记：节水。")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_text(text, encoding="utf-8")
    home = str(tmp_path / "home")
    assert main(["--home", home, "ingest", "-q", str(tmp_path / "a")]) == 0
    assert main(["--home", home, "ingest", "-q", str(tmp_path / "b")]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["--home", home, "ingest", "-q", "--replace", str(tmp_path / "b")]) == 0


def test_renamed_file_is_recognised_by_content(helper: Assistant, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "glossary.txt").write_text(doc_text("术语", 6).split("\n", 2)[2], encoding="utf-8")  # no title
    write_doc(docs, "other", "其他文件", 3)
    helper.ingest([docs])
    before = len(helper.chunks())
    assert "glossary" in {c.doc_id for c in helper.chunks()}
    (docs / "glossary.txt").rename(docs / "terms.txt")
    report = helper.ingest([docs])
    assert report.ok, report.errors
    assert len(helper.chunks()) == before == helper.index.store.count()
    assert {c.doc_id for c in helper.chunks()} == {"terms", "其他文件"}
    moved = next(f for f in report.files if f.path.endswith("terms.txt"))
    assert "glossary.txt" in moved.note and report.embedded == 0


def test_moved_file_with_its_own_title_keeps_one_copy(helper: Assistant, tmp_path: Path) -> None:
    path = write_doc(tmp_path / "old", "guide", "指南文件", 5)
    helper.ingest([path])
    ids = {c.id for c in helper.chunks()}
    new = tmp_path / "new" / "guide.md"
    new.parent.mkdir()
    shutil.move(path, new)
    report = helper.ingest([new])
    assert report.ok and report.files[0].status == "unchanged"
    assert {c.id for c in helper.chunks()} == ids
    assert helper.index.sparse.sources["default\x1f指南文件"].path == str(new.resolve())
    new.write_text(new.read_text(encoding="utf-8").replace("管理", "控制"), encoding="utf-8")
    assert helper.ingest([new]).files[0].status == "updated", "the moved path is now the document's file"


def test_copy_with_identical_bytes_under_another_id_is_skipped(helper: Assistant, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("节能管理的记录要求。\n", encoding="utf-8")
    helper.ingest([tmp_path / "a"])
    (tmp_path / "b").mkdir()
    shutil.copy(tmp_path / "a" / "x.txt", tmp_path / "b" / "y.txt")
    report = helper.ingest([tmp_path / "b"])
    assert not report.ok and "相同" in report.errors[0] and "x.txt" in report.errors[0]
    assert len(helper.chunks()) == 1


def test_manifest_entry_without_file_and_orphans_are_warnings(helper: Assistant, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_doc(docs, "rules", "规则", 3)
    write_doc(docs, "gone", "将删除文件", 2)
    (docs / "manifest.yaml").write_text("documents:\n  - file: rules.md\n    title: 规则\n"
                                        "  - file: missing.md\n    title: 不存在\n", encoding="utf-8")
    report = helper.ingest([docs])
    assert report.ok
    assert any("missing.md" in w for w in report.warnings)
    (docs / "gone.md").unlink()
    again = helper.ingest([docs])
    assert any("将删除文件" in w and "assistant remove" in w for w in again.warnings)
    assert "将删除文件" in {c.doc_id for c in helper.chunks()}, "an orphan is reported, not dropped"


def test_knowledge_bases_are_real(helper: Assistant, tmp_path: Path) -> None:
    path = write_doc(tmp_path / "docs", "rules", "共享文件", 4)
    helper.ingest([path])
    report = helper.ingest([path], kb="other")
    assert report.files[0].status == "added" and report.embedded == 0
    assert _kb_counts(helper) == {"default": 4, "other": 4}
    assert helper.index.store.count() == 8
    assert all(h.chunk.kb == "other" for h in helper.search("管理", kb="other"))
    assert helper.search("管理", kb="other") and helper.search("管理", kb="default")
    assert not helper.search("管理", kb="third")
    assert helper.remove("共享文件", kb="other") == 4
    assert _kb_counts(helper) == {"default": 4}
    assert helper.search("管理", kb="default") and not helper.search("管理", kb="other")
    helper.ingest([path], kb="other")
    assert helper.remove("共享文件") == 8, "without a knowledge base: from every base"


def _kb_counts(a: Assistant) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in a.index.store.all_chunks():
        out[c.kb] = out.get(c.kb, 0) + 1
    return out


def test_remove_kb_on_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "hash")
    path = write_doc(tmp_path / "docs", "rules", "共享文件", 3)
    home = str(tmp_path / "home")
    assert main(["--home", home, "ingest", "-q", str(path)]) == 0
    assert main(["--home", home, "ingest", "-q", "--kb", "other", str(path)]) == 0
    assert "新增 1" in capsys.readouterr().out
    assert main(["--home", home, "remove", "共享文件", "--kb", "other"]) == 0
    assert main(["--home", home, "remove", "共享文件", "--kb", "other"]) == 1
    assert "知识库 other" in capsys.readouterr().err
    assert main(["--home", home, "search", "管理", "--doc", "共享文件"]) == 0
    assert "共享文件§" in capsys.readouterr().out
