"""Chunks: splitting oversized clauses, tables, confidence markers, ids."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

from assistant.ingest import Manifest, parse_file
from assistant.types import ParsedDocument


def _parse(tmp_path: Path, text: str, name: str = "doc.md", **kw: object) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, **kw)  # type: ignore[arg-type]


SENTENCES = [f"第{i}句说明绿色工厂在评价年内的取水量、重复利用水量和排水量的统计口径与计算方法。" for i in range(1, 31)]
LONG_MD = "# GB/T 36132-2025 绿色工厂评价通则\n\n## 4 评价指标\n\n### 4.4 指标设置\n\n" + "".join(SENTENCES) + "\n"


def test_oversized_clause_split_with_overlap(tmp_path: Path) -> None:
    doc = _parse(tmp_path, LONG_MD, max_chars=300, overlap=80)
    parts = [c for c in doc.chunks if c.clause == "4.4"]
    assert len(parts) >= 5
    assert [c.part for c in parts] == list(range(len(parts)))
    assert {c.key for c in parts} == {"GB/T 36132-2025§4.4"}
    for prev, cur in itertools.pairwise(parts):
        assert cur.text.startswith("4.4 指标设置\n")
        assert len(cur.text) <= 300
        body_prev = prev.text.split("\n", 1)[1]
        body_cur = cur.text.split("\n", 1)[1]
        # The overlap is whole sentences from the end of the previous part, at most 80 characters.
        ends = [i + 1 for i, ch in enumerate(body_cur) if ch == "。"]
        shared = [e for e in ends if body_prev.endswith(body_cur[:e])]
        assert shared and 0 < max(shared) <= 80
        assert body_cur[max(shared):] not in body_prev
    # Every sentence is kept, and parts are cut at sentence ends.
    joined = "".join(c.text for c in parts)
    assert all(s in joined for s in SENTENCES)
    assert all(c.text.endswith("。") for c in parts)
    assert [c.order for c in doc.chunks] == list(range(len(doc.chunks)))


def test_small_clause_is_one_chunk(tmp_path: Path) -> None:
    doc = _parse(tmp_path, LONG_MD, max_chars=5000)
    assert [c.clause for c in doc.chunks] == ["4", "4.4"]
    assert doc.chunks[1].text == "4.4 指标设置\n" + "".join(SENTENCES)


def test_very_long_sentence_is_cut_within_the_limit(tmp_path: Path) -> None:
    sentence = "，".join(f"第{i}项能耗数据" for i in range(200)) + "。"
    doc = _parse(tmp_path, f"## 7 计算方法\n\n{sentence}\n", max_chars=200, overlap=40)
    parts = [c for c in doc.chunks if c.clause == "7"]
    assert len(parts) > 5
    assert all(len(c.text) <= 200 and c.text.startswith("7 计算方法\n") for c in parts)


TABLE_ROWS = [f"| 能源低碳化（30%） | {i} | 第{i}个二级指标名称 | 逆向定量 | tce/万元 | 行业先进水平 | 行业平均水平 | 8 |"
              for i in range(1, 15)]
TABLE_MD = (
    "## 附录C（资料性）示例\n\n### 表C.1 绿色工厂评价指标表示例\n\n"
    "| 一级指标（权重） | 序号 | 二级指标 | 指标类型 | 单位 | 引领值 | 基准值 | 分值 |\n"
    "|---|---|---|---|---|---|---|---|\n" + "\n".join(TABLE_ROWS) + "\n\n注：权重仅供参考。\n\n## 参考文献\n\n文献。\n"
)


def test_table_split_at_rows_with_header_repeated(tmp_path: Path) -> None:
    doc = _parse(tmp_path, TABLE_MD, max_chars=400, overlap=100)
    parts = [c for c in doc.chunks if c.clause == "表C.1"]
    assert len(parts) >= 3
    seen_rows: list[str] = []
    for c in parts:
        lines = c.text.split("\n")
        assert lines[0] == "表C.1 绿色工厂评价指标表示例"
        assert lines[1].startswith("| 一级指标（权重） |") and lines[2] == "|---|---|---|---|---|---|---|---|"
        rows = [ln for ln in lines[3:] if ln.startswith("| 能源")]
        assert all(r in TABLE_ROWS for r in rows)  # never a partial row
        seen_rows += rows
        assert len(c.text) <= 400
    assert seen_rows == TABLE_ROWS  # every row exactly once, in order (no overlap rows)
    assert parts[-1].text.endswith("注：权重仅供参考。")
    assert next(c for c in doc.chunks if c.clause == "参考文献").text == "参考文献\n文献。"


def test_text_after_a_table_returns_to_the_clause(tmp_path: Path) -> None:
    text = ("## 2 规定\n\n### 2.2 指标\n\n表1 常用系数\n\n| 能源 | 系数 |\n|---|---|\n| 原煤 | 0.7143 |\n\n"
            "其余能源按实测热值折算。\n")
    doc = _parse(tmp_path, text)
    by = {c.clause: c for c in doc.chunks}
    assert by["表1"].text == "表1 常用系数\n| 能源 | 系数 |\n|---|---|\n| 原煤 | 0.7143 |"
    assert by["表1"].clause_path == "2 规定 > 2.2 指标 > 表1 常用系数"
    assert by["2.2"].text == "2.2 指标\n其余能源按实测热值折算。"


def test_confidence_markers_and_manifest_confidence(tmp_path: Path) -> None:
    text = ("## 1 范围\n\n范围内容。\n\n## 2 系数\n\n天然气系数取 1.2143。【置信度：中】\n\n"
            "## 3 因子\n\n电网因子 0.5366。【置信度：L】\n\n## 4 其他\n\n新水系数有分歧【置信度：低】，电力【置信度：M】。\n")
    doc = _parse(tmp_path, text)
    assert [c.confidence for c in doc.chunks] == ["H", "M", "L", "L"]
    manifest = Manifest.model_validate({"documents": [{"file": "doc.md", "doc_id": "X", "confidence": "M"}]})
    doc = _parse(tmp_path, text, manifest=manifest)
    assert doc.meta.confidence == "M"
    assert [c.confidence for c in doc.chunks] == ["M", "M", "L", "L"]


def test_chunk_ids_are_content_hashes(tmp_path: Path) -> None:
    doc = _parse(tmp_path, TABLE_MD, max_chars=400)
    for c in doc.chunks:
        want = hashlib.sha256(f"{c.source_id}\x1f{c.key}\x1f{c.part}\x1f{c.text}".encode()).hexdigest()[:32]
        assert c.id == want
    assert len({c.id for c in doc.chunks}) == len(doc.chunks)
    again = _parse(tmp_path, TABLE_MD, max_chars=400)
    assert [c.id for c in again.chunks] == [c.id for c in doc.chunks]
    changed = _parse(tmp_path, TABLE_MD.replace("文献。", "文献（修订）。"), max_chars=400)
    diff = [a.clause for a, b in zip(doc.chunks, changed.chunks, strict=True) if a.id != b.id]
    assert diff == ["参考文献"]


def test_digest_source_id_and_denormalised_fields(tmp_path: Path) -> None:
    manifest = Manifest.model_validate({"documents": [{
        "file": "doc.md", "doc_id": "GB/T36132—2018", "kind": "digest", "status": "superseded",
        "superseded_by": "GB/T 36132-2025", "title": "绿色工厂评价通则（2018 版）", "edition_year": 2018}]})
    doc = _parse(tmp_path, LONG_MD, manifest=manifest, kb="kb1")
    assert doc.meta.doc_id == "GB/T 36132-2018"
    assert doc.meta.source_id == "GB/T 36132-2018#digest"
    c = doc.chunks[-1]
    assert c.key == "GB/T 36132-2018§4.4" and c.source_id == "GB/T 36132-2018#digest"
    assert (c.doc_title, c.kind, c.status, c.superseded_by, c.edition_year, c.kb) == (
        "绿色工厂评价通则（2018 版）", "digest", "superseded", "GB/T 36132-2025", 2018, "kb1")
    assert c.index_text.startswith("4.4 指标设置第")  # no space left between CJK characters
    assert "\n" not in c.index_text
