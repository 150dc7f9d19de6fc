"""Loaders, bad input, discovery, manifests and metadata precedence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from assistant.ingest import (
    SUPPORTED_EXTENSIONS,
    IngestError,
    Manifest,
    discover,
    find_manifest,
    parse_file,
    to_index_form,
)

TEXT = "4.3.2 资源高效化指标\n资源高效化指标包括工业用水重复利用率。\n"


def _latin_pdf(path: Path, text: str = "Plain text page for testing", **encrypt: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, text)
    if encrypt:
        pdf.set_encryption(**encrypt)
    pdf.output(str(path))
    return path


def _image_only_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")  # a "scanned" page: graphics, no text layer
    pdf.output(str(path))
    return path


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    cases: dict[str, tuple[Path, bytes | None, str]] = {
        "corrupt pdf": (tmp / "corrupt.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> trailer garbage\n",
                        "unreadable PDF"),
        "truncated pdf": (tmp / "truncated.pdf", None, "unreadable PDF"),
        "not a pdf": (tmp / "fake.pdf", b"this is a text file renamed to .pdf", "not a PDF file"),
        "encrypted pdf": (tmp / "secret.pdf", None, "encrypted PDF: decrypt it first"),
        "scanned pdf": (tmp / "scan.pdf", None, "no text layer (scanned images?): run OCR first"),
        "empty txt": (tmp / "empty.txt", b"", "empty file"),
        "blank md": (tmp / "blank.md", b" \n\n\t\n", "empty file"),
        "nul bytes": (tmp / "binary.txt", b"PK\x03\x04\x00\x00binary\x00data" * 20, "binary content (NUL bytes)"),
        "control chars": (tmp / "ctl.md", b"# title\n" + bytes(range(1, 9)) * 30, "binary content (control characters)"),
        "undecodable": (tmp / "undecodable.txt", b"\x81\x30\xff\x80\xfe" * 60, "undecodable text"),
        "docx not zip": (tmp / "report.docx", b"this is not a zip archive", "not a DOCX file (not a zip archive)"),
        "docx bad zip": (tmp / "broken.docx", None, "unreadable DOCX"),
        "unsupported": (tmp / "image.png", b"\x89PNG", "unsupported file type '.png'"),
        "missing": (tmp / "missing.md", None, "no such file"),
    }
    for path, data, _ in cases.values():
        if data is not None:
            path.write_bytes(data)
    _latin_pdf(tmp / "secret.pdf", owner_password="owner", user_password="user")
    _image_only_pdf(tmp / "scan.pdf")
    (tmp / "truncated.pdf").write_bytes(_latin_pdf(tmp / "ok.pdf").read_bytes()[:400])
    with zipfile.ZipFile(tmp / "broken.docx", "w") as z:
        z.writestr("readme.txt", "a zip that is not a Word document")
    return {k: (p, reason) for k, (p, _, reason) in cases.items()}


def test_every_bad_input_gives_one_line_naming_the_file(tmp_path: Path) -> None:
    for name, (path, reason) in _bad_inputs(tmp_path).items():
        with pytest.raises(IngestError) as info:
            parse_file(path)
        err = info.value
        assert err.path == path, name
        assert reason in err.reason, (name, err.reason)
        message = str(err)
        assert message == f"{path}: {err.reason}" and "\n" not in message, name


def test_pdf_with_owner_password_only_is_read(tmp_path: Path) -> None:
    doc = parse_file(_latin_pdf(tmp_path / "owner.pdf", "Readable owner-only text", owner_password="o"))
    assert doc.meta.page_count == 1
    assert "Readable owner-only text" in doc.chunks[0].text


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = parse_file(path)
    assert doc.chunks[0].text == TEXT.strip()
    assert doc.chunks[0].clause == "4.3.2"


def test_traditional_document_is_found_by_simplified_text(tmp_path: Path) -> None:
    path = tmp_path / "trad.md"
    path.write_text("## 4.3.2 資源高效化指標\n\n資源高效化指標包括工業用水重複利用率。\n", encoding="utf-8")
    doc = parse_file(path)
    assert doc.meta.language == "zh-Hant"
    chunk = doc.chunks[0]
    assert chunk.text.startswith("4.3.2 資源高效化指標")  # display text unchanged
    assert chunk.index_text == to_index_form("4.3.2 资源高效化指标\n资源高效化指标包括工业用水重复利用率。")


def test_discover(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/z.md", "b/a.PDF", "a.txt", "c.docx", "d.markdown", ".hidden/x.md", "b/.notes.md",
                "manifest.yaml", "b/manifest.yaml", "photo.jpg", "noext"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    files, problems = discover([tmp_path, tmp_path / "a.txt", tmp_path / "nope.md"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/a.PDF", "b/z.md", "c.docx",
                                                                     "d.markdown"]
    reasons = sorted(str(e) for e in problems)
    assert reasons == sorted([f"{tmp_path / 'photo.jpg'}: unsupported file type '.jpg'",
                              f"{tmp_path / 'noext'}: unsupported file type (no extension)",
                              f"{tmp_path / 'nope.md'}: no such file or folder"])
    assert SUPPORTED_EXTENSIONS == frozenset({".pdf", ".md", ".markdown", ".txt", ".docx"})


MANIFEST = """version: 1
documents:
  - file: docs/std.md
    doc_id: GB/T 36132-2018
    title: 绿色工厂评价通则（2018 版）
    kind: digest
    status: superseded
    superseded_by: GB/T 36132-2025
    effective_date: 2018-12-01
    confidence: M
editions:
  - old: GB/T 36132-2018
    new: GB/T 36132-2025
    effective_date: "2025-12-31"
    clause_map:
      - {old: "4.1", new: null, change: 删除总则}
      - {old: 4.10, new: "4.2", change: 未加引号的条款号}
"""
FRONT = """---
doc_id: GB/T 99999-2020
title: 前置元数据标题
kind: standard
source: 前置元数据来源
---
# GB/T 36132—2025 绿色工厂评价通则

## 1 范围

本文件规定了绿色工厂评价的要求。
"""


def test_manifest_over_front_matter_over_inference(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    std = tmp_path / "docs" / "std.md"
    std.write_text(FRONT, encoding="utf-8")
    manifest = find_manifest(std)
    assert manifest is not None and manifest.root == tmp_path.resolve()
    assert manifest.editions[0].clause_map[1].old == "4.1"  # YAML float, kept as text
    meta = parse_file(std, manifest=manifest).meta
    assert (meta.doc_id, meta.title, meta.kind, meta.status) == (
        "GB/T 36132-2018", "绿色工厂评价通则（2018 版）", "digest", "superseded")
    assert meta.source == "前置元数据来源"  # not in the manifest: front matter wins over inference
    assert meta.effective_date == "2018-12-01" and meta.confidence == "M"
    assert meta.source_id == "GB/T 36132-2018#digest"
    # Without the manifest: front matter beats the text, but its official id is a claim the text
    # (which shows GB/T 36132—2025) does not back: kept as the claim, under a distinct id.
    meta = parse_file(std).meta
    assert (meta.claimed_id, meta.title, meta.edition_year, meta.identity) == (
        "GB/T 99999-2020", "前置元数据标题", 2020, "unverified")
    assert meta.doc_id == "GB/T 99999-2020（未核实：std.md）" and meta.kind == "other"
    # Without either: inferred from the title heading.
    plain = tmp_path / "docs" / "plain.md"
    plain.write_text(FRONT.split("---\n", 2)[2], encoding="utf-8")
    meta = parse_file(plain, manifest=manifest).meta
    assert (meta.doc_id, meta.title, meta.kind, meta.edition_year, meta.status) == (
        "GB/T 36132-2025", "绿色工厂评价通则", "standard", 2025, "current")
    assert meta.confidence is None and len(meta.content_hash) == 64


def test_doc_id_after_the_title_in_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("# 综合能耗计算通则 GB/T 2589—2020\n\n## 1 范围\n\n按 GB/T 36132—2025 引用。\n", encoding="utf-8")
    meta = parse_file(path).meta
    assert (meta.doc_id, meta.title, meta.edition_year) == ("GB/T 2589-2020", "综合能耗计算通则", 2020)


def test_no_doc_id_uses_the_title_else_the_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "会议纪要.txt"
    path.write_text("绿色工厂创建工作会议纪要\n会议讨论了创建计划。\n", encoding="utf-8")
    meta = parse_file(path).meta
    assert (meta.doc_id, meta.title, meta.kind) == ("绿色工厂创建工作会议纪要", "绿色工厂创建工作会议纪要", "other")
    path = tmp_path / "notes.txt"
    path.write_text("会议讨论了创建计划，并确定了下一步的工作安排和各部门的分工要求。\n", encoding="utf-8")
    assert parse_file(path).meta.doc_id == "notes"


def test_find_manifest_stops_at_git_root(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "sub").mkdir()
    (repo / "sub" / "a.md").write_text("x", encoding="utf-8")
    assert find_manifest(repo / "sub" / "a.md") is None
    assert find_manifest(tmp_path / "x.md") is not None


def test_invalid_manifest_and_front_matter_are_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    bad = tmp_path / "manifest.yaml"
    bad.write_text("documents:\n  - file: a.md\n    kind: [unclosed\n", encoding="utf-8")
    with pytest.raises(IngestError) as info:
        find_manifest(tmp_path / "a.md")
    assert str(info.value).startswith(f"{bad}: invalid manifest YAML") and "\n" not in str(info.value)
    bad.write_text("documents:\n  - file: a.md\n    kind: booklet\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"invalid manifest: documents\.0\.kind"):
        find_manifest(tmp_path / "a.md")
    md = tmp_path / "fm.md"
    md.write_text("---\nconfidence: maybe\n---\n# 标题\n正文。\n", encoding="utf-8")
    with pytest.raises(IngestError, match="invalid front matter: confidence"):
        parse_file(md)


def test_manifest_entry_for_without_root() -> None:
    manifest = Manifest.model_validate({"documents": [{"file": "standards/a.md", "doc_id": "A"}]})
    assert manifest.entry_for(Path("/x/corpus/standards/a.md")).doc_id == "A"
    assert manifest.entry_for(Path("/x/corpus/guides/a.md")) is None
