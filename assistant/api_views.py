"""Typed views the API hands to the app: documents, one clause with its edition status, the Annex B
indicators with their inputs, and upload file names. Built from index chunks and scoring data; the
app never sees chunks, the index or the retriever.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.answer.editions import current_clause, edition_note
from assistant.errors import IngestError, one_line
from assistant.scoring import FactoryProfile, ProfileError, refdata
from assistant.scoring.calc import input_help
from assistant.scoring.profile import profile_from_dict
from assistant.settings import Settings
from assistant.types import Chunk, Confidence


class DocumentRow(BaseModel):
    """One indexed document (all its sources: official text and digest) as the knowledge base lists it."""

    doc_id: str
    title: str = ""
    kind: str = "other"
    edition_year: int | None = None
    status: str = "current"
    superseded_by: str | None = None
    kb: str = "default"
    chunks: int = 0
    clauses: int = 0
    pages: int | None = Field(default=None, description="Highest page number cited by a chunk (PDF only).")
    sources: list[str] = Field(default_factory=list, description="Files the document was ingested from, if known.")


class ClauseView(BaseModel):
    """A clause as a citation opens it: the text of all its parts and where it stands."""

    key: str
    doc_id: str
    clause: str
    title: str = ""
    clause_path: str = ""
    pages: list[int] = Field(default_factory=list)
    text: str
    doc_title: str = ""
    edition_year: int | None = None
    status: str = "current"
    superseded_by: str | None = None
    current_key: str | None = Field(default=None, description="The clause that replaces this one, if known.")
    edition_note: str = Field(default="", description="Chinese note on a superseded clause.")
    confidence: Confidence | None = None


class InputSpec(BaseModel):
    symbol: str
    label: str
    unit: str = ""


class IndicatorInfo(BaseModel):
    """An Annex B indicator for the calculator: its inputs (empty: free-form ``name=value`` lines)."""

    id: str
    name: str
    formula: str
    unit: str = ""
    citation_key: str = ""
    help: str = ""
    inputs: list[InputSpec] = Field(default_factory=list)
    confidence: str = "H"


def document_rows(chunks: Iterable[Chunk], sources: dict[str, list[str]]) -> list[DocumentRow]:
    rows: dict[str, DocumentRow] = {}
    keys: dict[str, set[str]] = {}
    for c in chunks:
        row = rows.get(c.doc_id)
        if row is None:
            row = rows[c.doc_id] = DocumentRow(
                doc_id=c.doc_id, title=c.doc_title, kind=c.kind, edition_year=c.edition_year, status=c.status,
                superseded_by=c.superseded_by, kb=c.kb, sources=sources.get(c.doc_id, []))
        if c.kind != "digest":
            row.kind = c.kind
        row.chunks += 1
        keys.setdefault(c.doc_id, set()).add(c.key)
        if c.pages:
            row.pages = max(row.pages or 0, *c.pages)
    for doc_id, row in rows.items():
        row.clauses = len(keys[doc_id])
    return sorted(rows.values(), key=lambda r: (r.status != "current", r.doc_id))


def _without_overlap(texts: list[str]) -> str:
    """The parts of a split clause joined, the overlap each repeats from the one before removed."""
    out = texts[:1]
    for prev, cur in itertools.pairwise(texts):
        k = next((n for n in range(min(len(prev), len(cur), 400), 0, -1) if prev.endswith(cur[:n])), 0)
        out.append(cur[k:])
    return "".join(out)


def clause_view(parts: list[Chunk], editions: list[dict]) -> ClauseView:
    """``parts``: the chunks of one key (official text preferred over a digest), in order."""
    head = parts[0]
    view = ClauseView(key=head.key, doc_id=head.doc_id, clause=head.clause, title=head.title,
                      clause_path=head.clause_path, pages=sorted({p for c in parts for p in c.pages}),
                      text=_without_overlap([c.text for c in parts]), doc_title=head.doc_title,
                      edition_year=head.edition_year, status=head.status, superseded_by=head.superseded_by,
                      confidence=_lowest(parts))
    if head.status == "superseded":
        new_doc, row = current_clause(head.doc_id, head.clause, editions)
        view.edition_note = edition_note(head, editions)
        successor = head.superseded_by or new_doc
        if successor and row is not None and row.get("new"):
            view.current_key = f"{successor}§{row['new']}"
    return view


def _lowest(parts: list[Chunk]) -> Confidence | None:
    found = [c.confidence for c in parts if c.confidence]
    return max(found, key=lambda x: "HML".index(x)) if found else None


_HELP_INPUT = re.compile(r"([A-Za-z][A-Za-z0-9_]*)（([^，）]+)(?:，([^）]+))?）")


def indicator_infos() -> list[IndicatorInfo]:
    """Every indicator of the catalogue; inputs parsed from the calculator's own help text."""
    out = []
    doc = refdata.catalog().get("doc_id", "GB/T 36132-2025")
    for iid, m in refdata.catalog()["indicators"].items():
        try:
            text = input_help(iid)
        except Exception:  # an indicator the calculator cannot describe is still listed
            text = ""
        formula = str(m.get("formula", ""))
        key = f"{doc}§{formula}" if formula.startswith("B.") else (f"{doc}§表C.1" if "C.1" in formula else "")
        inputs = [] if iid in _FREE_FORM else _inputs(text.split("输入：", 1)[-1])
        out.append(IndicatorInfo(id=iid, name=m["name"], formula=formula, unit=str(m.get("unit", "")),
                                 citation_key=key, help=text, inputs=inputs,
                                 confidence=str(m.get("confidence", "H"))))
    return out


# Indicators whose inputs are a list (energy kinds, time-quota products, emission parts): typed as
# ``name=value`` lines in the app.
_FREE_FORM = frozenset({"comprehensive_energy", "co2_emissions", "capacity_per_land", "renewable_energy"})


def _inputs(text: str) -> list[InputSpec]:
    """``V（取水量，m3）、Vr（重复利用水量，m3）`` -> specs; a unit after the list (``…），m2``) is
    every input's unit; hints (``可带单位如 200000t``, ``每层计一次``) go to the label."""
    common = m.group(1) if (m := re.search(r"）[，,]\s*([A-Za-z0-9]+)\s*$", text)) else ""
    specs = []
    for sym, label, rest in _HELP_INPUT.findall(text):
        parts = [p.strip() for p in (rest or "").split("，") if p.strip()]
        unit = parts.pop(0) if parts and not re.search(r"[如可计]", parts[0]) else ""
        notes = "，".join(parts)
        specs.append(InputSpec(symbol=sym, label=f"{label}（{notes}）" if notes else label, unit=unit or common))
    return specs


_UNSAFE = re.compile(r"[^\w.\-（）()\u4e00-\u9fff]+")


def sanitize_name(name: str) -> str:
    """A file name safe to store: the last path component, NFKC, no control or shell characters,
    no leading dots, at most 120 characters (the extension kept)."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").split("/")[-1]
    base = _UNSAFE.sub("_", base).strip("._ ")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem[: 120 - len(ext) - 1] or "upload"
    return f"{stem}.{ext.lower()}" if ext else stem


UPLOAD_TYPES = (".pdf", ".docx", ".md", ".txt")


def save_upload(settings: Settings, name: str, data: bytes) -> Path:
    """Write one uploaded file under ``settings.uploads_dir`` (a new name if one is taken)."""
    safe = sanitize_name(name)
    suffix = Path(safe).suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise UploadError(name, f"不支持的文件类型 {suffix or '（无扩展名）'}，可上传 PDF、DOCX、MD、TXT")
    limit = settings.app.max_file_mb
    if len(data) > limit * 1024 * 1024:
        raise UploadError(name, f"文件大小 {len(data) / 1024 / 1024:.1f} MB 超过单个文件上限 {limit:g} MB")
    if not data:
        raise UploadError(name, "文件为空")
    home = settings.home.resolve()
    folder = settings.uploads_dir.resolve()
    if not folder.is_relative_to(home):  # ASSISTANT_APP__UPLOADS=../x must not escape the data directory
        raise UploadError(name, f"上传目录 {settings.app.uploads} 不在数据目录 {settings.home} 之内")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / safe
    n = 1
    while target.exists():  # never replace an earlier upload
        if target.read_bytes() == data:
            return target
        n += 1
        target = folder / f"{Path(safe).stem}-{n}{suffix}"
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target


class UploadError(IngestError):
    """An uploaded file refused before parsing: ``{name}: {reason}``."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}：{reason}")


class SourceList:
    """doc_id -> source files, kept in a small JSON file under home (so a document can be re-indexed)."""

    _lock = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, list[str]]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def add(self, pairs: Iterable[tuple[str, str]]) -> None:
        with self._lock:
            data = self.load()
            for doc_id, path in pairs:
                paths = data.setdefault(doc_id, [])
                if path not in paths:
                    paths.append(path)
            self._write(data)

    def drop(self, doc_id: str) -> None:
        with self._lock:
            data = self.load()
            if data.pop(doc_id, None) is not None:
                self._write(data)

    def _write(self, data: dict[str, list[str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)


def profile_from_yaml(text: str, origin: str) -> FactoryProfile:
    """A factory profile from YAML text (an upload); ProfileError naming the field otherwise."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"工厂画像 {origin} 格式错误：{one_line(exc)}") from None
    return profile_from_dict(data, origin)
