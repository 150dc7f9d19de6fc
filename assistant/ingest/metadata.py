"""Document metadata: manifest entry > Markdown front matter > inference from the text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.ingest.errors import IngestError
from assistant.ingest.identity import Cover
from assistant.ingest.layout import Line
from assistant.ingest.manifest import DocFields, ManifestEntry
from assistant.ingest.normalize import (
    canonical_doc_id,
    detect_language,
    find_doc_id,
    id_kind,
    id_year,
    is_whole_doc_id,
    to_simplified,
)
from assistant.ingest.patterns import starts_block, title_like
from assistant.ingest.provenance import OFFICIAL_KINDS, Provenance, claim_backed, unverified_id
from assistant.types import DocumentMeta

_REPLACES = re.compile(r"^\s*(?:代替|替代|代|被代替|部分代替|replaces?)\b", re.I)
_NOT_TITLE = re.compile(
    r"^(?:ICS|CCS|中华人民共和国|国家标准|发布|实施|\d{4}\s*[-‐–—－年]|[A-Za-z0-9 ,.'()/:;-]+$)", re.I)
_TITLE_TRIM = " \t\u3000-—:：《》「」"


def _canonical(doc_id: str) -> str:
    """A manifest/front-matter id written like a standard number is stored in canonical form."""
    doc_id = doc_id.strip()
    if is_whole_doc_id(doc_id):
        return canonical_doc_id(doc_id) or doc_id
    return doc_id


def _title_after(line: str, end: int) -> str:
    rest = unicodedata.normalize("NFKC", line)[end:].strip(_TITLE_TRIM)
    return rest if len(rest) >= 2 and rest[-1] not in "。;；" else ""


_CITED = re.compile(r"^\s*《[^《》]{2,40}》\s*$")


def _cited_title(texts: list[str], i: int, end: int) -> str | None:
    """The title of an article about a standard: its number and 《name》 on one line, the title
    going on in the next short line ("GB/T 36132—2025《绿色工厂评价通则》" / "主要技术变化解读"). A
    standard's own cover never puts its name in 《》; a line with only the number and 《name》 (a
    digest's heading, or one above "（征求意见稿）") still names the standard itself."""
    text = texts[i]
    rest = unicodedata.normalize("NFKC", text)[end:]
    if not _CITED.match(rest) or i + 1 >= len(texts):
        return None
    nxt = texts[i + 1]
    if nxt[:1] in "（(【[" or len(nxt) > 20 or find_doc_id(nxt) or _NOT_TITLE.match(nxt) or starts_block(nxt) or not title_like(nxt, 20):
        return None
    return f"{text.strip()}{nxt.strip()}"


def infer_fields(head: list[Line], stem: str) -> dict[str, Any]:
    """doc_id, title, kind and edition year from the first lines (cover, title heading)."""
    head = [ln for ln in head if ln.text.strip()]
    texts = [ln.text.strip() for ln in head]
    found: tuple[str, str] | None = None
    article = ""
    first_heading = next((i for i, ln in enumerate(head) if ln.heading), None)
    for short_only in (True, False):
        for i, text in enumerate(texts):
            if _REPLACES.match(text) or (short_only and len(text) > 40 and not head[i].heading):
                continue
            hit = find_doc_id(text)
            if hit is None:
                continue
            if (cited := _cited_title(texts, i, hit[2])) is not None:
                article = cited  # an article about the standard, not the standard
                break
            before = unicodedata.normalize("NFKC", text)[: hit[1]].strip("《【[(（ \t")
            if before and i != first_heading:
                continue  # the document's own number starts its line; others are references
            title = f"{before} {_title_after(text, hit[2])}".strip(_TITLE_TRIM) if before else \
                _title_after(text, hit[2])
            earlier = [t for t, ln in zip(texts[:i], head[:i], strict=True) if ln.heading]
            if not title and earlier and not find_doc_id(earlier[0]):
                title = earlier[0]  # a title heading above the number
            if not title:
                for nxt in texts[i + 1: i + 5]:
                    if _REPLACES.match(nxt) or find_doc_id(nxt) or _NOT_TITLE.match(nxt):
                        continue
                    if len(nxt) <= 60 and not starts_block(nxt):
                        title = nxt.strip(_TITLE_TRIM)
                    break
            if not title and i > 0 and len(texts[i - 1]) <= 60 and not starts_block(texts[i - 1]):
                title = texts[i - 1].strip(_TITLE_TRIM)  # official documents: title, then number
            found = (hit[0], title)
            break
        if found or article:
            break
    headings = [ln.text.strip() for ln in head if ln.heading]
    fields: dict[str, Any] = {}
    if article:
        fields.update(doc_id=article, kind="other")
        fields["title"] = article
        fields["kind"] = kind_from_content("other", article, texts)
        return fields
    if found:
        doc_id, title = found
        fields.update(doc_id=doc_id, kind=id_kind(doc_id), edition_year=id_year(doc_id), content_id=doc_id)
    else:
        fields.update(doc_id=stem, kind="other")
        title = ""
    if not title and headings:
        first = headings[0]
        hit = find_doc_id(first)
        title = _title_after(first, hit[2]) if hit and hit[1] == 0 else first
    if not title and texts and len(texts[0]) <= 60:
        title = texts[0]
    fields["title"] = title or stem
    if not found and title and title_like(title, 60) and not starts_block(title):
        fields["doc_id"] = title  # no number: the title identifies the document, not the file name
    fields["kind"] = kind_from_content(fields["kind"], fields["title"], texts)
    return fields


_POLICY_TITLE = re.compile(r"(?:通知|通告|公告|办法|意见|规定|决定|方案|细则|规划|函)$")
_GUIDE_TITLE = re.compile(r"指南|指引|手册|解读|问答|简介|介绍|说明|要点|教程|概述|概况|一览|培训|课件|讲义")
_STD_WORDS = re.compile(r"^(?:\d\s*)?(?:范围|规范性引用文件|术语和定义)$")


def kind_from_content(kind: str, title: str, texts: list[str]) -> str:
    """Kind from the content when the number does not say: standard / policy / guide / other."""
    if kind != "other":
        return kind
    simple = to_simplified(title)
    if sum(1 for t in texts if _STD_WORDS.match(to_simplified(t))) >= 2:
        return "standard"
    if _POLICY_TITLE.search(simple):
        return "policy"
    if _GUIDE_TITLE.search(simple):
        return "guide"
    return "other"


def _explicit(data: DocFields | ManifestEntry | None) -> dict[str, Any]:
    if data is None:
        return {}
    return {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None and k != "file"}


def build_meta(path: Path, data: bytes, *, head: list[Line], full_text: str,
               front_matter: dict[str, Any], entry: ManifestEntry | None, kb: str,
               page_count: int | None, cover: Cover | None = None, shipped: bool = False,
               provenance: Provenance | None = None, content_hash: str | None = None) -> DocumentMeta:
    """Metadata by precedence (manifest > front matter > the text), with provenance: a user file's
    claim to an official identity is kept only when the text itself shows it (see provenance.py).
    ``content_hash``: the sha256 of the bytes when ``data`` is not given (a streamed file)."""
    try:
        front = DocFields.model_validate(front_matter) if front_matter else None
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise IngestError(path, f"invalid front matter: {loc}: {err['msg']}") from None
    fields = infer_fields(head, path.stem)
    if cover is not None and (cover.title or cover.doc_id):
        fields.update(doc_id=cover.doc_id or cover.title, kind=cover.kind,
                      edition_year=id_year(cover.doc_id) if cover.doc_id else None)
        fields["title"] = cover.title or fields["title"]
        fields["content_id"] = cover.doc_id
    inferred_id = fields["doc_id"]
    content_id, content_kind = fields.get("content_id"), fields["kind"]
    fields["language"] = detect_language(full_text)
    explicit = {**_explicit(front), **_explicit(entry)}
    fields.update(explicit)
    doc_id = _canonical(str(fields["doc_id"]))
    if "doc_id" in explicit and doc_id != inferred_id:
        # The inferred kind/year belonged to another id: re-derive what was not given explicitly.
        if "kind" not in explicit:
            fields["kind"] = id_kind(doc_id)
        if "edition_year" not in explicit:
            fields["edition_year"] = id_year(doc_id)
    fields["doc_id"] = doc_id
    if "status" not in explicit:
        fields["status"] = "superseded" if fields.get("superseded_by") else "current"
    for key in ("superseded_by", "supersedes"):
        if fields.get(key):
            fields[key] = _canonical(str(fields[key]))
    prov = provenance or Provenance()
    fields["origin"] = "shipped" if shipped else "user"
    if not shipped:
        fields.update(added_by=prov.added_by, added_at=prov.added_at)
        if ("doc_id" in explicit or "kind" in explicit) and not claim_backed(
                doc_id, explicit.get("kind"), content_id, content_kind):
            fields.update(identity="unverified", claimed_id=doc_id, confidence="L")
            doc_id = fields["doc_id"] = unverified_id(doc_id, path)
            if fields.get("kind") in OFFICIAL_KINDS:
                fields["kind"] = "other"
    source_id = doc_id + "#digest" if fields.get("kind") == "digest" else doc_id
    return DocumentMeta(
        source_id=source_id, kb=kb, page_count=page_count, path=str(path),
        content_hash=content_hash or hashlib.sha256(data).hexdigest(),
        **{k: v for k, v in fields.items() if k in DocumentMeta.model_fields},
    )
