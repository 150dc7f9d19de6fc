"""BM25's tokens: jieba (search mode, the domain dictionary, no stopwords) over normalised text."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

from assistant.ingest import to_index_form
from assistant.types import Chunk

_DOMAIN_WORDS = Path(__file__).with_name("domain_words.txt")
_STOP = set(
    "的 了 是 吗 呢 吧 啊 么 什么 怎么 怎样 如何 哪些 哪个 多少 有 在 和 与 及 或 对 把 被 按 为 要 会 能 "
    "可以 需要 应 应当 一个 这个 那个 我们 我 你 他 它 请问 请 问 下 吗? 中 其 其中 以及 还是 是否 有没有 "
    "the a an of to in is are what how which does do for and or on with".split()
)
_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)


_LAZY_CHARS = 20_000  # text cut with the SQLite dictionary before a process loads the real one
_STATE = {"chars": 0}
_LOCK = threading.Lock()


def _domain_words() -> list[str]:
    if not _DOMAIN_WORDS.exists():
        return []
    lines = _DOMAIN_WORDS.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.strip().startswith("#")]


_DOMAIN_FREQ = 20000


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    """The real jieba tokenizer (its whole dictionary in memory) with the domain words."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    _add_domain_words(jieba.dt)
    return jieba.dt


@lru_cache(maxsize=1)
def _lazy():  # type: ignore[no-untyped-def]
    """A jieba tokenizer over the SQLite copy of the same dictionary (index/jieba_dict.py), or the
    real one when the copy cannot be made."""
    import jieba

    from assistant.index import jieba_dict

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    try:
        with tk.get_dict_file() as f:
            path = jieba_dict.dict_path(f.name)
        if not path.exists():
            with tk.get_dict_file() as f:
                jieba_dict.build(path, *tk.gen_pfdict(f))
        freq = jieba_dict.SqliteFreq(path)
    except (OSError, sqlite3.Error):
        return _jieba()
    tk.FREQ, tk.total, tk.initialized = freq, freq.total, True
    _add_domain_words(tk)
    return tk


def _add_domain_words(tk) -> None:  # type: ignore[no-untyped-def]
    """Once per tokenizer: jieba's add_word raises the dictionary's total on every call, and the
    total weighs every cut, so a second pass (jieba.dt is global) would change how text is cut."""
    for word in _domain_words():
        if tk.FREQ.get(word) != _DOMAIN_FREQ:
            tk.add_word(word, freq=_DOMAIN_FREQ)


def _tokenizer(text: str):  # type: ignore[no-untyped-def]
    """The lazy dictionary for the first ``_LAZY_CHARS`` characters a process cuts (a search), the
    real one after (a writer cuts millions)."""
    if _jieba.cache_info().currsize:
        return _jieba()
    with _LOCK:
        _STATE["chars"] += len(text)
        bulk = _STATE["chars"] > _LAZY_CHARS
    return _jieba() if bulk else _lazy()


def tokenize(index_text: str) -> list[str]:
    """Tokens of an already normalised text (see ingest.to_index_form): jieba search mode, no stopwords."""
    out: list[str] = []
    for tok in _tokenizer(index_text).lcut_for_search(index_text):
        tok = tok.strip().lower()
        if tok and tok not in _STOP and _TOKEN_OK.search(tok):
            out.append(tok)
    return out


def segment(index_text: str) -> list[tuple[str, int, int]]:
    """Words of a normalised text with their spans (jieba default mode, same dictionary as tokenize)."""
    return [(w, start, end) for w, start, end in _tokenizer(index_text).tokenize(index_text)]


def context_text(chunk: Chunk) -> str:
    """What BM25 indexes: the document title and the parent clause headings, then the clause's own
    index text, so a clause is found by the document and section it sits in. (The dense side embeds
    the clause text alone: measured better for e5-small on the dev set.)"""
    parents = chunk.clause_path.split(" > ")[:-1]
    head = to_index_form(" ".join([chunk.doc_title or chunk.doc_id, *parents]))
    return f"{head}\n{chunk.index_text}"
