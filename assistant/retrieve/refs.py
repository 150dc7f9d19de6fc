"""Explicit references in a question: documents and editions it names, and clause numbers it cites.

"2018版第6章管理体系在2025版对应哪里" names the 2018 edition and its chapter 6; "附录B的B.21公式" cites
B.21. A clause number is resolved against the documents named before it (the nearest mention
wins), else against every document that has such a clause; only keys that exist are returned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from assistant.ingest import find_doc_id
from assistant.ingest.patterns import cn_to_int
from assistant.retrieve.corpus import Corpus, as_corpus
from assistant.retrieve.docnames import DocNames
from assistant.retrieve.words import QUESTION_CHARS
from assistant.types import Chunk

YEAR_EDITION = re.compile(r"(?<!\d)(20\d{2})\s*年?\s*(?:版|版本|edition)")
_OLD = re.compile(r"旧版|老版|原版|旧标准|老标准|修订前|previous edition|old edition")
_NEW = re.compile(r"新版|新标准|现行版|现行标准|修订后|current edition|new edition")
_CLAUSE_REFS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"附录\s*([a-z])(?![a-z])"), "附录{0}"),
    (re.compile(r"(?<![a-z])表\s*([a-z]\.\d{1,2}|[a-z]?\d{1,2})(?![\d.])"), "表{0}"),
    (re.compile(r"(?<![a-z0-9./])([a-z]\.\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.])"), "{0}"),
    (re.compile(r"第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*章"), "{0}"),
    (re.compile(r"(?:第|条款|clause\s)\s*(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d.])"), "{0}"),
    (re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2}){1,3})\s*(?=条|款|节|那条|这条|那一条)"), "{0}"),
)

# Citations that only say whether the cited item exists (not used to fetch clauses): a policy
# article (第十五条) and a numbered row of a table (表C.1 第15项).
_ARTICLE = re.compile(r"第\s*([一二三四五六七八九十百]{1,4})\s*条")
_TABLE_ROW = re.compile(r"(?<![a-z])表\s*([a-z]\.\d{1,2}|[a-z]?\d{1,2})(?![\d.])\s*(?:里|中|的)?\s*第\s*(\d{1,3})\s*[项行]")


@dataclass
class _Doc:
    doc_id: str
    year: int | None
    status: str
    supersedes: bool = False
    clauses: set[str] = field(default_factory=set)


class RefResolver:
    """Knows the indexed documents: their editions and clause numbers."""

    def __init__(self, chunks: Iterable[Chunk] | Corpus) -> None:
        corpus = as_corpus(chunks)
        self.docs: dict[str, _Doc] = {}
        self.table_rows: dict[str, set[int]] = {}
        for doc_id, _, status, year, clauses in corpus.documents():
            self.docs[doc_id] = _Doc(doc_id, year, status, clauses=set(clauses))
        for clause, text in corpus.project(("clause", "text"), prefix=("clause", "表")):
            rows = self.table_rows.setdefault(clause, set())
            rows.update(int(n) for n in re.findall(r"(?m)^\s*(\d{1,3})(?=\s*[\u4e00-\u9fff])", text))
        self.names = DocNames(corpus)
        replaced = {_family(d) for d in self.docs.values() if d.status == "superseded"}
        for d in self.docs.values():
            d.supersedes = d.status == "current" and _family(d) in replaced

    def _doc_ids(self, norm: str) -> Iterator[tuple[str, int, int]]:
        """Every document number in the text: (canonical id, start, end)."""
        pos = 0
        while (found := find_doc_id(norm[pos:])) is not None:
            doc_id, start, end = found
            yield doc_id, pos + start, pos + end
            pos += max(end, 1)

    def mentions(self, norm: str) -> list[tuple[int, set[str]]]:
        """(position, documents) for every document, edition year or old/new edition word named."""
        out = [(start, {found}) for doc_id, start, _ in self._doc_ids(norm)
               if (found := doc_id if doc_id in self.docs else self.names.current_of(doc_id))]
        out += self.names.find(norm)
        for m in YEAR_EDITION.finditer(norm):
            docs = {d.doc_id for d in self.docs.values() if d.year == int(m.group(1))}
            if docs:
                out.append((m.start(), docs))
        for pattern, want_old in ((_OLD, True), (_NEW, False)):
            for m in pattern.finditer(norm):
                docs = {d.doc_id for d in self.docs.values()
                        if (d.status == "superseded" if want_old else d.supersedes)}
                if docs:
                    out.append((m.start(), docs))
        return sorted(out, key=lambda m: m[0])

    def without_doc_ids(self, norm: str) -> str:
        """The question with the numbers and names of indexed documents taken out (their tokens
        match every clause of the document, its scope clause and cover most; the document
        preference is applied by fusion instead)."""
        spans = [(start, end) for doc_id, start, end in self._doc_ids(norm)
                 if doc_id in self.docs or self.names.current_of(doc_id)]
        names = [(start, end) for start, end, _ in self.names.spans(norm)]
        if names and _content_chars(_cut(norm, names)) >= 3:  # "啥叫低碳排放钢？" asks about the name
            spans += names
        out, pos = [], 0
        for start, end in sorted(spans):
            if start >= pos:
                out.append(norm[pos:start] + " ")
                pos = end
        rest = "".join(out) + norm[pos:]
        return rest if len(rest.strip()) >= 2 else norm

    def named_docs(self, norm: str, mentions: list[tuple[int, set[str]]] | None = None) -> set[str]:
        return set().union(*(docs for _, docs in (self.mentions(norm) if mentions is None else mentions)))

    def clause_keys(self, norm: str, mentions: list[tuple[int, set[str]]] | None = None) -> list[str]:
        """Keys of the clauses the question cites, in the order cited (``mentions``: from
        :meth:`mentions`, when the caller has them already)."""
        mentions = self.mentions(norm) if mentions is None else mentions
        refs: list[tuple[int, str]] = []
        for pattern, fmt in _CLAUSE_REFS:
            for m in pattern.finditer(norm):
                refs.append((m.start(), fmt.format(_clause_label(m.group(1)))))
        keys: list[str] = []
        for at, label in sorted(refs):
            before = [docs for pos, docs in mentions if pos < at]
            scope = before[-1] if before else set(self.docs)
            found = [d for d in sorted(scope) if label in self.docs[d].clauses]
            if not found and before:
                found = [d for d in sorted(self.docs) if label in self.docs[d].clauses]
            keys.extend(f"{d}§{label}" for d in found if f"{d}§{label}" not in keys)
        return keys

    def _all_clauses(self) -> set[str]:
        """Every clause label of every document (built once: 12 ms per question at 100k chunks)."""
        cached = getattr(self, "_clauses_cache", None)
        if cached is None:
            cached = set().union(*(d.clauses for d in self.docs.values())) if self.docs else set()
            self._clauses_cache = cached
        return cached

    def dangling(self, norm: str) -> list[str]:
        """What the question cites that exists nowhere in the index: a clause number no document
        has (B.40, 第十五条), a table row past the table's last (表C.1 第15项), an edition of an
        indexed document that is not indexed itself (GB/T 36132-2018 when only 2025 is)."""
        out: list[str] = []
        clauses = self._all_clauses()
        for pattern, fmt in _CLAUSE_REFS:
            if "章" in pattern.pattern:  # 老版第10章: a chapter of an edition the 前言 of the next describes
                continue
            for m in pattern.finditer(norm):
                label = fmt.format(_clause_label(m.group(1)))
                if not {label, f"表{label}", f"附录{label}"} & clauses:
                    out.append(m.group(0).strip())
        for m in _ARTICLE.finditer(norm):
            if f"第{m.group(1)}条" not in clauses:
                out.append(m.group(0))
        for m in _TABLE_ROW.finditer(norm):
            rows = self.table_rows.get(f"表{_clause_label(m.group(1))}")
            if rows and int(m.group(2)) not in rows:
                out.append(m.group(0))
        families = {_family(d) for d in self.docs.values()}
        for doc_id, _, _ in self._doc_ids(norm):
            if doc_id not in self.docs and re.search(r"-(?:19|20)\d{2}$", doc_id) and \
                    re.sub(r"-(?:19|20)\d{2}$", "", doc_id) in families:
                out.append(doc_id)
        return list(dict.fromkeys(out))




def _cut(norm: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in sorted(spans):
        if start >= pos:
            out.append(norm[pos:start])
            pos = end
    return "".join(out) + norm[pos:]


def _content_chars(text: str) -> int:
    return len(re.findall(r"[\u3400-\u9fff]", QUESTION_CHARS.sub("", text)))


def _clause_label(raw: str) -> str:
    if raw and raw[0] in "一二三四五六七八九十":
        return str(cn_to_int(raw))
    return raw.upper()


def _family(doc: _Doc) -> str:
    return re.sub(r"-(?:19|20)\d{2}$", "", doc.doc_id)
