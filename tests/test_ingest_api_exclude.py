"""A manifest's `exclude` patterns keep non-document files out of a folder ingest, silently."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest import discover


def test_manifest_exclude_skips_files_silently(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("version: 1\nexclude:\n  - examples/**\ndocuments: []\n", encoding="utf-8")
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "profile.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "examples" / "notes.md").write_text("# x\n", encoding="utf-8")
    (tmp_path / "doc.md").write_text("# 文档\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("a: 1\n", encoding="utf-8")
    files, problems = discover([tmp_path])
    assert [f.name for f in files] == ["doc.md"]
    assert [p.path.name for p in problems] == ["other.yaml"], "files outside the exclude list still report"


def test_shipped_corpus_discovers_only_documents() -> None:
    corpus = Path(__file__).parent.parent / "corpus"
    files, problems = discover([corpus])
    assert problems == []
    assert len(files) == 8 and all(f.suffix == ".md" for f in files)
