"""BM25's tokens: jieba (search mode, the domain dictionary, no stopwords) over normalised text."""

from __future__ import annotations

import logging
import re
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


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    if _DOMAIN_WORDS.exists():
        for line in _DOMAIN_WORDS.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                jieba.add_word(word, freq=20000)
    return jieba


def tokenize(index_text: str) -> list[str]:
    """Tokens of an already normalised text (see ingest.to_index_form): jieba search mode, no stopwords."""
    out: list[str] = []
    for tok in _jieba().lcut_for_search(index_text):
        tok = tok.strip().lower()
        if tok and tok not in _STOP and _TOKEN_OK.search(tok):
            out.append(tok)
    return out


def segment(index_text: str) -> list[tuple[str, int, int]]:
    """Words of a normalised text with their spans (jieba default mode, same dictionary as tokenize)."""
    return [(w, start, end) for w, start, end in _jieba().tokenize(index_text)]


def context_text(chunk: Chunk) -> str:
    """What BM25 indexes: the document title and the parent clause headings, then the clause's own
    index text, so a clause is found by the document and section it sits in. (The dense side embeds
    the clause text alone: measured better for e5-small on the dev set.)"""
    parents = chunk.clause_path.split(" > ")[:-1]
    head = to_index_form(" ".join([chunk.doc_title or chunk.doc_id, *parents]))
    return f"{head}\n{chunk.index_text}"
