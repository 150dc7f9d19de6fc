"""Query analysis: the same normalisation as the index, edition intent, English term expansion."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.index.sparse import segment, tokenize
from assistant.ingest import to_index_form
from assistant.retrieve.corpus import Corpus, as_corpus
from assistant.retrieve.refs import RefResolver
from assistant.retrieve.terms import TermIndex
from assistant.retrieve.typos import TypoCorrector
from assistant.retrieve.words import QUESTION_PHRASES
from assistant.types import Chunk

# "Glossary style" headings: 绿色工厂（green factory）
_TERM_HEAD = re.compile(r"^(?P<zh>[^（(]{2,20})[（(](?P<en>[A-Za-z][A-Za-z0-9 ,/'\-]{2,60})[)）]\s*$")
# Words that ask about changes between editions. Older editions named outright (2018版, 老版,
# GB/T 36132-2018) are found by RefResolver.mentions and reach Query.named_docs instead.
_CHANGE_WORDS = ("废止", "作废", "变化", "变更", "区别", "不同", "差异", "修订", "changed", "change", "difference")
_STOP_EN = frozenset(
    "a an the of to in on at for by with from and or is are was were be been do does did what which who "
    "whom how when where why whether it its this that these those there their my our your i we you can "
    "could should would will shall may must has have had not no any some than then as about into per".split())
_LIST_INTENT = re.compile(r"哪些|哪几|几项|几个|几种|包括|包含|有什么|变化|区别|不同|列出|分别|which|what are|list", re.I)
# Identifiers a question names: figures (0.5366, 16780), acronyms and standard numbers (iso 14064-3,
# leed, gb 16780). When none of the best clauses contains one, they are about something else.
_SPECIFIC = re.compile(
    r"(?<![0-9a-z.])(?:\d+\.\d+|\d{3,})(?![0-9a-z.])"
    r"|(?<![a-z])[a-z][a-z0-9]*[a-z](?:\s?\d+(?:[.-]\d+)*)?(?![a-z])"
)
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_ENGLISH_TERMS = Path(__file__).with_name("english_terms.txt")


def load_english_terms(path: Path = _ENGLISH_TERMS) -> dict[str, str]:
    """English phrase -> Chinese terms (index form), from english_terms.txt: English questions find
    the Chinese terms in any knowledge base, not only where the shipped glossary is indexed."""
    terms: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        left, sep, right = line.partition("=>")
        if not sep or not right.strip() or not left.strip():
            raise ValueError(f"{path.name}:{n}: expected 'phrase | phrase => 中文', got {line!r}")
        for phrase in left.split("|"):
            if phrase.strip():
                terms[phrase.strip().lower()] = to_index_form(right.strip())
    return terms


_SYNONYMS = Path(__file__).with_name("synonyms.txt")


def load_synonyms(path: Path = _SYNONYMS) -> list[tuple[tuple[str, ...], str]]:
    """Rules of ``synonyms.txt``: (triggers, expansion words); a malformed line is an error naming it."""
    rules: list[tuple[tuple[str, ...], str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        left, sep, right = line.partition("=>")
        triggers = tuple(to_index_form(t.strip()) for t in left.split("|") if t.strip())
        if not sep or not triggers or not right.strip():
            raise ValueError(f"{path.name}:{n}: expected 'trigger | trigger => words', got {line!r}")
        rules.append((triggers, " ".join(to_index_form(w) for w in right.split())))
    return rules


def _corrected(norm: str, fixes: list[tuple[str, str]]) -> str:
    for typed, meant in fixes:
        norm = norm.replace(typed, meant)
    return norm


class Query(BaseModel):
    text: str = Field(description="As typed.")
    norm: str = Field(description="to_index_form(text).")
    search_text: str = Field(default="", description="norm without the numbers of indexed documents: what is embedded.")
    tokens: list[str] = Field(description="BM25 tokens, including expansions of English terms.")
    years: list[int] = Field(default_factory=list)
    edition_intent: bool = Field(default=False, description="Asks about changes between editions (变化, 区别, 废止).")
    list_intent: bool = Field(default=False, description="Asks for a list or an overview (哪些, 包括, which ...).")
    latin_share: float = 0.0
    ref_keys: list[str] = Field(default_factory=list, description="Keys of clauses cited by number, in order.")
    term_keys: dict[str, list[str]] = Field(
        default_factory=dict, description="Glossary terms named (longest match) -> keys of their defining clauses.")
    named_docs: list[str] = Field(default_factory=list, description="Documents named by id or edition.")
    corrections: list[tuple[str, str]] = Field(default_factory=list, description="Homophone typos: (typed, meant).")
    specifics: list[str] = Field(default_factory=list, description="Figures, acronyms and standard numbers named.")
    dangling: list[str] = Field(default_factory=list, description="Citations of clauses, table rows or editions "
                                "that are not indexed (B.40, 第十五条, GB/T 36132-2018 when only 2025 is).")


class QueryAnalyzer:
    """Built from the indexed chunks: knows the glossary's English terms."""

    def __init__(self, chunks: Iterable[Chunk] | Corpus, vocabulary: Mapping[str, int] | None = None,
                 term_max_share: float = 0.1) -> None:
        corpus = as_corpus(chunks)
        self.typos = TypoCorrector(vocabulary or {})
        self.refs = RefResolver(corpus)
        self.terms = TermIndex(corpus, self.refs, max_share=term_max_share)
        self.synonyms = load_synonyms()
        self.en_terms: dict[str, str] = load_english_terms()
        for (title,) in corpus.project(("title",), contains=("title", ("）", ")"))):
            m = _TERM_HEAD.match(title.strip())
            if m:
                self.en_terms[m.group("en").strip().lower()] = to_index_form(m.group("zh").strip())

    def expand(self, norm: str) -> tuple[list[str], float]:
        """Chinese terms for English phrases in the query, longest phrases first, and the share of
        the query's English content words they cover."""
        text = f" {norm.lower()} "
        words = [w for w in re.findall(r"[a-z][a-z\-']+", text) if w not in _STOP_EN]
        found: list[str] = []
        for en in sorted(self.en_terms, key=len, reverse=True):
            pattern = rf"(?<![a-z]){re.escape(en)}(?:s|es)?(?![a-z])"
            if re.search(pattern, text):
                found.append(self.en_terms[en])
                text = re.sub(pattern, " ", text)
        left = [w for w in re.findall(r"[a-z][a-z\-']+", text) if w not in _STOP_EN]
        return found, (1 - len(left) / len(words)) if words else 0.0

    def synonyms_of(self, norm: str) -> list[str]:
        """Document words for everyday words in the question (a trigger inside one of its own
        expansion words, 自评 in 自评价, does not fire)."""
        out: list[str] = []
        for triggers, words in self.synonyms:
            rest = norm
            for w in sorted(words.split(), key=len, reverse=True):
                rest = rest.replace(w, " ")
            if any(t in rest for t in triggers):
                out.append(words)
        return out

    def analyze(self, text: str) -> Query:
        norm = to_index_form(text)
        letters = [ch for ch in norm if ch.isalpha()]
        latin = sum(1 for ch in letters if ch.isascii())
        latin_share = latin / len(letters) if letters else 0.0
        expansions, covered = self.expand(norm) if latin else ([], 0.0)
        english = latin_share >= 0.5 and covered >= 0.5
        expansions += self.synonyms_of(norm)
        search_text = self.refs.without_doc_ids(norm)
        fixes = self.typos.corrections(search_text, segment(search_text))
        expansions += [meant for _, meant in fixes]
        tokens = tokenize(" ".join([QUESTION_PHRASES.sub(r" \1 ", search_text), *expansions]))
        if english:
            # Mostly covered English: search the Chinese terms (English words match only the
            # glossary's English names) and let the embedding see them too.
            tokens = [t for t in tokens if not t.isascii() or any(ch.isdigit() for ch in t)]
            search_text = " ".join([search_text, *expansions])
        years = [int(y) for y in _YEAR.findall(norm)]
        mentions = self.refs.mentions(norm)
        intent = any(w in norm for w in _CHANGE_WORDS)
        return Query(text=text, norm=norm, search_text=search_text, tokens=tokens, years=years,
                     edition_intent=intent, list_intent=bool(_LIST_INTENT.search(norm)),
                     latin_share=latin_share, ref_keys=self.refs.clause_keys(norm, mentions),
                     term_keys=self.terms.homes_in(_corrected(norm, fixes), expansions),
                     named_docs=sorted(self.refs.named_docs(norm, mentions)), corrections=fixes,
                     specifics=list(dict.fromkeys(m.group(0) for m in _SPECIFIC.finditer(norm))),
                     dangling=self.refs.dangling(norm))
