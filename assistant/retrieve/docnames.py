"""Documents named the way people name them: by a distinctive part of the title, a bare policy
number, or a standard number without its year.

"计算机制造的评价结果满分多少" means SJ/T 11744《绿色工厂评价要求 电子计算机制造》; "13号文" means
工信部节〔2024〕13号; "GB/T 36132" means its current edition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.ingest import to_index_form
from assistant.retrieve.corpus import Corpus, as_corpus
from assistant.types import Chunk

_MIN = 4  # CJK characters of a title a question must repeat (3 catches 评价方法-like fragments)
_MAX = 10
_SAMPLE = 600  # chunks read to tell names from terms
_TERM_SHARE = 0.02  # of the sampled chunks of other documents
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# Title words shared by the whole domain: naming them names no document.
_GENERIC = ("绿色工厂", "绿色制造", "绿色产品", "绿色园区", "绿色供应链", "评价要求", "评价方法", "评价报告",
            "自评价报告", "第三方评价", "管理办法", "实施细则", "工作方案", "有关事项", "通知", "关于")
# Abbreviations keep the document-type word and drop inner characters: 创建指南 for 创建实施指南,
# 梯度培育办法 for 梯度培育及管理暂行办法. A question window ending in such a word that is an
# in-order subsequence of exactly one current title names that document.
_TYPE_WORDS = ("指南", "办法", "方法", "通则", "细则", "规范", "要求", "通知", "方案", "规定", "意见", "提纲")
_POLICY_NUMBER = re.compile(r"(?<![\d〔])(\d{1,4})\s*号(?:文件?|通知)?")
_STD_FAMILY = re.compile(r"-(?:19|20)\d{2}$")


class DocNames:
    """Title fragments unique to one current document, and policy numbers."""

    def __init__(self, chunks: Iterable[Chunk] | Corpus) -> None:
        corpus = as_corpus(chunks)
        titles: dict[str, str] = {}
        status: dict[str, str] = {}
        for doc_id, doc_title, doc_status, _, _ in corpus.documents():
            if doc_id not in titles:
                titles[doc_id], status[doc_id] = to_index_form(doc_title), doc_status
        self.current = {d for d, s in status.items() if s == "current"}
        self.families = {_STD_FAMILY.sub("", d): d for d in sorted(self.current) if _STD_FAMILY.search(d)}
        owners: dict[str, set[str]] = {}
        for doc_id, title in titles.items():
            for frag in _fragments(title):
                owners.setdefault(frag, set()).add(doc_id)
        # A fragment names a document when only one current document (editions aside) has it.
        self.fragments: dict[str, str] = {}
        for frag, docs in owners.items():
            current = docs & self.current
            families = {_STD_FAMILY.sub("", d) for d in docs}
            if len(current) == 1 and len(families) == 1 and not _generic(frag):
                self.fragments[frag] = next(iter(current))
        self._drop_terms(corpus)
        self.titles = {d: t for d, t in titles.items() if d in self.current}
        self.numbers: dict[str, set[str]] = {}
        for doc_id in self.current:
            if m := re.search(r"〕\s*(\d{1,4})\s*号$", doc_id):
                self.numbers.setdefault(m.group(1), set()).add(doc_id)

    def _drop_terms(self, corpus: Corpus) -> None:
        """A title fragment that other documents use freely is a term, not a name: 综合能耗 (in
        GB/T 2589's title) is an indicator of every green-factory standard. Counted on an evenly
        spaced sample of the chunks, so building stays cheap on large knowledge bases."""
        step = max(1, corpus.count // _SAMPLE)
        sample = corpus.project(("index_text", "doc_id"), every=step)
        others: dict[str, int] = {}
        for index_text, doc_id in sample:
            seen = {run[i:i + n] for run in _CJK_RUN.findall(index_text)
                    for n in range(_MIN, _MAX + 1) for i in range(len(run) - n + 1)}
            for frag in seen & self.fragments.keys():
                if self.fragments[frag] != doc_id:
                    others[frag] = others.get(frag, 0) + 1
        limit = max(2, _TERM_SHARE * len(sample))
        self.fragments = {f: d for f, d in self.fragments.items() if others.get(f, 0) <= limit}

    def find(self, norm: str) -> list[tuple[int, set[str]]]:
        """(position, {doc_id}) for every document the question names by title, number or family."""
        return [(start, docs) for start, _, docs in self.spans(norm)]

    def spans(self, norm: str) -> list[tuple[int, int, set[str]]]:
        """(start, end, {doc_id}) of every name of a document in the question."""
        out: list[tuple[int, int, set[str]]] = []
        for run in _CJK_RUN.finditer(norm):
            text, i = run.group(0), 0
            while i <= len(text) - _MIN:
                hit = next((text[i:j] for j in range(min(len(text), i + _MAX), i + _MIN - 1, -1)
                            if text[i:j] in self.fragments), None)
                if hit is None:
                    i += 1
                    continue
                out.append((run.start() + i, run.start() + i + len(hit), {self.fragments[hit]}))
                i += len(hit)
        for m in re.finditer("|".join(_TYPE_WORDS), norm):
            end = m.end()
            alone = {d for d, t in self.titles.items() if t.endswith(m.group(0))}
            if len(alone) == 1 and m.group(0) not in ("通知", "要求", "方法"):
                out.append((m.start(), end, alone))  # "按通则": the only document of that type
                continue
            for start in range(max(0, end - 8), end - _MIN + 1):
                docs = {d for d, t in self.titles.items() if _subsequence(norm[start:end], t)}
                window = norm[start:end]
                if len(docs) == 1 and _CJK_RUN.fullmatch(window) and not _generic(window):
                    out.append((start, end, docs))
                    break
        for m in _POLICY_NUMBER.finditer(norm):
            docs = self.numbers.get(m.group(1))
            if docs and len(docs) == 1:
                out.append((m.start(), m.end(), set(docs)))
        return out

    def current_of(self, family: str) -> str | None:
        """The current edition of a standard named without its year (GB/T 36132)."""
        return self.families.get(family)


def _fragments(title: str) -> set[str]:
    out: set[str] = set()
    for run in _CJK_RUN.findall(title):
        for n in range(_MIN, min(_MAX, len(run)) + 1):
            out.update(run[i:i + n] for i in range(len(run) - n + 1))
    return out


def _subsequence(needle: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in needle)


def _generic(frag: str) -> bool:
    return any(frag in g or (g in frag and len(frag) - len(g) < 2) for g in _GENERIC)
