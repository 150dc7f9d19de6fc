"""The clauses a quiz is drawn from: indexed chunks joined per key, with chapters, siblings and
sentences. Everything is sorted, so the same chunks give the same clauses in the same order.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.errors import ConfigError
from assistant.types import Chunk

from .types import QuizCitation

# Clauses that describe the document rather than state requirements or facts.
FRONT = {"说明", "前言", "参考文献", "规范性引用文件", "范围", "目次", "封面", "版本对照"}
_SKIP_SENTENCE = ("置信度", "本摘要", "正式文本", "项目概述", "项目归纳", "非原文", "请核对", "推定", "|")
_SENT_END = re.compile(r"(?<=[。！？])|\n")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A sub-clause heading repeated in its parent's text ('3.7 单位产品综合能耗', '表A.1 ...'): not a statement.
_HEADING = re.compile(r"^(?:\d+(?:\.\d+)+|[A-Z]\.\d+|表[A-Z]?\.?\d+)\s")


@dataclass
class Clause:
    key: str
    doc_id: str
    clause: str
    title: str
    doc_title: str
    text: str
    path: str
    order: int
    chapter: str
    parent: str
    status: str = "current"
    confidence: str | None = None
    superseded_by: str | None = None
    page: int | None = None
    body: str = field(default="")

    @property
    def label(self) -> str:
        """'4.3.1（能源低碳化指标）'; the number alone when it is the heading ('前言')."""
        return f"{self.clause}（{self.title}）" if self.title and self.title != self.clause else self.clause

    def citation(self, quote: str) -> QuizCitation:
        """The citation of this clause; ``quote`` must be text of the clause (asserted: no invented quotes)."""
        if quote not in self.text:
            raise ValueError(f"quote not in {self.key}: {quote!r}")
        return QuizCitation(key=self.key, doc_id=self.doc_id, clause=self.clause, title=self.title,
                            page=self.page, quote=quote, superseded_by=self.superseded_by,
                            confidence=self.confidence, doc_title=self.doc_title)  # type: ignore[arg-type]


def chapter_of(clause: str) -> str:
    """'4.3.1' -> '4'; 'B.10', '附录B', '表B.2' -> '附录B'; '前言' -> '前言'."""
    c = clause.strip()
    m = re.match(r"^(?:表|图)?([A-Z])(?:\.|$|\d)", c) or re.match(r"^附录\s*([A-Z])", c)
    if m:
        return f"附录{m.group(1)}"
    m = re.match(r"^(\d+)", c)
    return m.group(1) if m else c


def chapter_label(chapter: str) -> str:
    """How a chapter is named to users: '4' -> '第 4 章'; '附录B', '前言' as they are."""
    return f"第 {chapter} 章" if chapter.isdigit() else chapter


def normalize_chapter(label: str) -> str:
    """A user's chapter ('4', '第4章', 'B', '附录 B') as :func:`chapter_of` labels it."""
    s = label.strip().replace(" ", "")
    m = re.fullmatch(r"第?(\d+)章?", s)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(?:附录)?([A-Za-z])", s)
    if m:
        return f"附录{m.group(1).upper()}"
    return chapter_of(s)


def _parent(clause: str, path: str) -> str:
    parts = [p.strip() for p in path.split(">") if p.strip()]
    if len(parts) >= 2:
        return parts[-2].split(" ", 1)[0]
    if "." in clause:
        return clause.rsplit(".", 1)[0]
    return ""


def _body(text: str, clause: str, title: str) -> str:
    """The text without its heading line ('4.3.1 能源低碳化指标')."""
    lines = text.split("\n")
    if lines and lines[0].startswith(clause) and (not title or title in lines[0]):
        lines = lines[1:]
    return "\n".join(lines).strip()


def clauses(chunks: Iterable[Chunk]) -> list[Clause]:
    """One Clause per key: parts joined in order; official text preferred to a digest of it."""
    by_key: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_key.setdefault(c.key, []).append(c)
    out: list[Clause] = []
    for key in sorted(by_key):
        group = by_key[key]
        official = [c for c in group if not c.source_id.endswith("#digest")]
        use = sorted(official or group, key=lambda c: (c.source_id, c.part))
        first = use[0]
        source = [c for c in use if c.source_id == first.source_id]
        text = "\n".join(c.text for c in source)
        worst = next((lv for lv in ("L", "M") if any(c.confidence == lv for c in source)), None)
        cl = Clause(key=key, doc_id=first.doc_id, clause=first.clause, title=first.title,
                    doc_title=first.doc_title, text=text, path=first.clause_path, order=first.order,
                    chapter=chapter_of(first.clause), parent=_parent(first.clause, first.clause_path),
                    status=first.status, confidence=worst, superseded_by=first.superseded_by,
                    page=first.pages[0] if first.pages else None)
        cl.body = _body(text, first.clause, first.title)
        out.append(cl)
    out.sort(key=lambda c: (c.doc_id, c.order, c.key))
    return out


def select(all_clauses: Sequence[Clause], doc_ids: Sequence[str] | None,
           chapters: Sequence[str] | None) -> list[Clause]:
    """The clauses of the requested documents and chapters; ConfigError naming an unknown one."""
    known = sorted({c.doc_id for c in all_clauses})
    if not known:
        raise ConfigError("索引中没有文件，无法出题（先运行 assistant ingest corpus/）")
    picked = list(all_clauses)
    if doc_ids:
        unknown = [d for d in doc_ids if d not in known]
        if unknown:
            raise ConfigError(f"doc_ids：索引中没有文件 {'、'.join(unknown)}（已收录：{'、'.join(known)}）")
        picked = [c for c in picked if c.doc_id in set(doc_ids)]
    if chapters:
        wanted = {normalize_chapter(ch) for ch in chapters}
        picked = [c for c in picked if c.chapter in wanted]
        if not picked:
            raise ConfigError(f"chapters：所选文件中没有第 {'、'.join(chapters)} 章")
    return picked


def fingerprint(selected: Sequence[Clause], editions: Sequence[dict]) -> str:
    h = hashlib.sha256()
    for c in selected:
        h.update(c.key.encode() + b"\0" + c.text.encode() + b"\0")
    h.update(repr(sorted(repr(e) for e in editions)).encode())
    return h.hexdigest()[:16]


def siblings(clause: Clause, pool: Sequence[Clause]) -> list[Clause]:
    """Other clauses of the same document under the same parent clause."""
    return [c for c in pool if c.doc_id == clause.doc_id and c.parent == clause.parent and c.key != clause.key]


def sentences(clause: Clause, *, lo: int = 12, hi: int = 90) -> list[str]:
    """Self-contained statements of the clause body (no notes on the digest, no table rows)."""
    out = []
    for raw in _SENT_END.split(clause.body):
        s = raw.strip().lstrip("-•").strip().removeprefix("释义：")
        if not s or _HEADING.match(s) or s.startswith(("注：", "注意：", "式中", "定义条款")) or any(m in s for m in _SKIP_SENTENCE):
            continue
        if lo <= len(s) <= hi and _CJK.search(s) and s in clause.text and s not in out:
            out.append(s)
    return out


def term_of(title: str) -> str:
    """The Chinese term of a definition heading: '绿色工厂（green factory）' -> '绿色工厂'."""
    first = re.split(r"[；;]", title)[0]
    return re.sub(r"[（(].*?[)）]", "", first).strip()


def similarity(a: str, b: str) -> float:
    """Share of characters in common (Dice on character bigrams): how close a distractor is."""
    def grams(s: str) -> set[str]:
        return {s[i:i + 2] for i in range(len(s) - 1)} or {s}
    ga, gb = grams(a), grams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def fact_clauses(pool: Sequence[Clause], *, explicit_docs: bool) -> list[Clause]:
    """Clauses fit for fact questions: not front matter, not low confidence, current unless asked for."""
    return [c for c in pool if c.clause not in FRONT and c.title not in FRONT and c.clause != "0" and c.confidence != "L"
            and (explicit_docs or c.status == "current")]


def outline(chunks: Iterable[Chunk]) -> dict[str, list[str]]:
    """Document id -> its chapter labels in document order: what a trainer can pick from."""
    out: dict[str, list[str]] = {}
    for c in clauses(chunks):
        chapters = out.setdefault(c.doc_id, [])
        if c.chapter not in chapters:
            chapters.append(c.chapter)
    return out
