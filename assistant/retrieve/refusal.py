"""When a search has no answer: the identifiers, attributes and reporting years a question names
that the best clauses never state, and the lexical (Chinese) or dense (English) evidence that one of
them answers it. Retriever.run calls these; a refusal names what was missing.
"""

from __future__ import annotations

import re

from assistant.index.sparse import SparseIndex
from assistant.ingest import to_index_form
from assistant.retrieve.query import Query
from assistant.retrieve.refs import YEAR_EDITION as _YEAR_EDITION
from assistant.retrieve.subject import (
    deferred,
    deferred_ask,
    out_of_domain,
    stated_with_subject,
    uncomputed,
    unknown_subject,
    untreated_industries,
    year_with_subject,
)
from assistant.retrieve.words import FUNCTION_WORDS as _FUNCTION_WORDS
from assistant.settings import Settings
from assistant.types import Hit

# What a question asks for, when it is an attribute these documents rarely state (a fee, a rate, a
# deadline, a count of listed factories): (the words in the question, evidence a clause must carry;
# None: the words found).
# A question whose asked-for attribute none of the best clauses states is about something else.
_FOCUS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (re.compile(q), re.compile(e) if e else None) for q, e in (
        (r"[\u4e00-\u9fff]{0,2}费(?!用水)", ""),
        (r"多少钱|花多少", r"\d\s*(?:万?元|块)"),
        (r"利率|贴息", ""),
        (r"资质", ""),
        (r"罚款|罚金|处罚|fine\b", r"罚款|罚金|处罚"),
        (r"配额", ""),
        (r"截止", ""),
        # the same asks in English questions: the evidence is the Chinese word a clause would use
        (r"\bdeadlines?\b", r"截止"),
        (r"\bfees?\b", r"费"),
        (r"\bsubsid(?:y|ies)\b", r"补贴"),
        (r"补贴", ""),
        (r"奖励", ""),
        (r"退税", ""),
        (r"数据库", ""),
        (r"加分", ""),
        (r"多少家|几家|how many\b.{0,40}\b(?:factories|companies|enterprises)", r"\d\s*家"),
        (r"第[一二三四五六七八九十百\d]+批", ""),  # a list batch (第七批名单) no best clause names
    ))

# A duration in days or months asked for (公示期是几天): a best clause must state one, together with
# the question's specific words (subject.stated_with_subject); a date (12 月 31 日) is not a duration,
# so 日 alone is no evidence.
_DURATIONS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(q), re.compile(e)) for q, e in (
        (r"几天|多少天|几个?工作日|多少个?工作日", r"\d\s*(?:个)?(?:工作日|天)|[一二三四五六七八九十两]+(?:个)?(?:工作日|天)"),
        (r"几个月|多少个月", r"\d\s*个月|[一二三四五六七八九十两]+个月"),
    ))

_DIGIT_GROUPS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")

# A reporting year (2024年度) the question asks about: the clauses must state that year's data, not
# merely contain the number (生态环境部公告 2024 年第 12 号 publishes the 2021 factor).
_DATA_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度")

# A standard's number named in an English question (iso 14067): English words are in no Chinese
# clause, but a standard number is.
_STANDARD_NO = re.compile(r"(?:iso|iec|gb|en|astm|ieee|hj|jb|yb)\s?\d")


def missing_specifics(q: Query, hits: list[Hit], settings: Settings, top: int = 3,
                      sparse: SparseIndex | None = None) -> list[str]:
    """Identifiers the (Chinese) question names that none of the ``top`` clauses contains: a
    question about GB 16780 or LEED is not answered by a clause that never mentions them. With
    ``sparse``, also the subjects the best clauses do not support (retrieve/subject.py): a word they
    state only in a deferral, an industry they name only as an example, a reporting year they state
    only for something else."""
    if not hits:
        return []
    body = "\n".join(t for h in hits[:top] for c in (h.chunk, *h.fallback)
                     for t in (c.index_text, *map(to_index_form, (c.title, c.doc_title, c.doc_id))))
    editions = {m.group(1) for m in _YEAR_EDITION.finditer(q.norm)}  # 2018版 names an edition
    english = q.latin_share >= 0.5  # English words are not in Chinese clauses; numbers are
    # Chinese standards print figures with a space between digit groups (5 000 mwh): 5000 is there
    grouped = _DIGIT_GROUPS.sub("", body)
    named = [t for t in q.specifics if t not in body and t not in grouped and t not in editions
             and (not english or (settings.retrieval.refusal_english_numbers and _STANDARD_NO.match(t)))]
    if settings.retrieval.refusal_focus:
        for ask, evidence in _FOCUS:
            m = ask.search(q.norm)
            if m and not (evidence.search(body) if evidence else m.group(0) in body):
                named.append(m.group(0))
        for m in _DATA_YEAR.finditer(q.norm):
            if sparse is not None:
                if not year_with_subject(m.group(1), q, hits, sparse, top):
                    named.append(m.group(0))
            elif not re.search(rf"(?<!\d){m.group(1)}\s*年度|\|\s*{m.group(1)}\s*\|", body):
                named.append(m.group(0))
        for ask, evidence in _DURATIONS:
            m = ask.search(q.norm)
            if m and not (stated_with_subject(evidence, q, hits, sparse, top) if sparse is not None
                          else evidence.search(body)):
                named.append(m.group(0))
        if sparse is not None:
            named += [t for t in untreated_industries(q, hits, top, sparse) if t not in named]
            named += [t for t in unknown_subject(q, sparse) if t not in named]
        named += uncomputed(q, hits, top)
    return named


def deferred_subjects(q: Query, hits: list[Hit], sparse: SparseIndex, settings: Settings, top: int = 3) -> list[str]:
    """The question's specific words that the best clauses leave to another text (请以原文为准), or
    what it asks for when a best clause defers exactly that (subject.deferred_ask)."""
    if not (settings.retrieval.refusal_focus and hits):
        return []
    return deferred(q, hits, sparse, top) or deferred_ask(q, hits, top)


def answerable(q: Query, hits: list[Hit], rel: float, absent: float, cos: float, sparse: SparseIndex,
               settings: Settings) -> bool:
    """Is there a clause that answers this? Lexical evidence for Chinese, dense for English."""
    s = settings.retrieval
    if not hits:
        return False
    content = [t for t in q.tokens if t not in _FUNCTION_WORDS]
    if content and s.refusal_ignores_function_words:
        absent = absent_share(q, sparse, tokens=content)
    if q.latin_share >= 0.5:
        return cos >= s.min_dense_similarity and absent < 0.95
    if s.refusal_focus and out_of_domain(q, hits):
        return False
    if content and s.refusal_ignores_function_words:
        cov = relevance(q, hits[0], sparse, tokens=content)
        absent = absent_share(q, sparse, tokens=content)
        return cov - s.absent_penalty * absent >= s.refusal_threshold
    return rel - s.absent_penalty * absent >= s.refusal_threshold


def absent_share(q: Query, sparse: SparseIndex, tokens: list[str] | None = None) -> float:
    tokens = set(q.tokens if tokens is None else tokens)
    idf = sparse.idf
    total = sum(idf(t) for t in tokens)
    missing = sum(idf(t) for t in tokens if not sparse.known(t))
    return missing / total if total else 1.0


def relevance(q: Query, hit: Hit, sparse: SparseIndex, tokens: list[str] | None = None) -> float:
    """IDF-weighted share of query tokens (or of ``tokens``) found in the hit (text of the clause
    and its fallback)."""
    tokens = set(q.tokens if tokens is None else tokens)
    if not tokens:
        return 0.0
    texts = [hit.chunk.index_text, hit.chunk.title.lower(), *(c.index_text for c in hit.fallback)]
    body = "\n".join(texts)
    own = set(sparse.chunk_tokens(hit.chunk.id))
    idf = sparse.idf
    total = sum(idf(t) for t in tokens)
    covered = sum(idf(t) for t in tokens if t in own or t in body)
    return covered / total if total else 0.0
