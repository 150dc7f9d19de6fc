"""A search cuts its question with jieba's dictionary looked up in SQLite (index/jieba_dict.py)
instead of loading it; the cuts must equal those of the real dictionary, or BM25 would look for
tokens the index never stored."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.index import jieba_dict, tokens

sys.path.insert(0, str(Path(__file__).parent.parent / "evals"))


def _sentences() -> list[str]:
    from bench import corpus_sentences  # evals/bench.py: sentences of the shipped corpus

    return [*corpus_sentences()[:150], "工业用水重复利用率怎么计算", "单位产品综合能耗", "绿色供应链管理有哪些要求",
            "GB/T 36132-2025 的 B.21 公式", "光伏发电自用比例", "能好和柴由是错字"]


def test_lazy_dictionary_cuts_like_the_real_one() -> None:
    lazy, full = tokens._lazy(), tokens._jieba()
    assert isinstance(lazy.FREQ, jieba_dict.SqliteFreq), "the lazy tokenizer does not hold the dict in memory"
    assert lazy.total == full.total
    for text in _sentences():
        assert lazy.lcut_for_search(text) == full.lcut_for_search(text), text
        assert list(lazy.tokenize(text)) == list(full.tokenize(text)), text


def test_a_bulk_tokeniser_switches_to_the_real_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    from functools import lru_cache

    real = object()
    loaded = lru_cache(maxsize=1)(lambda: real)  # stands for the real dict: loading it is what is counted
    monkeypatch.setattr(tokens, "_jieba", loaded)
    monkeypatch.setitem(tokens._STATE, "chars", 0)
    monkeypatch.setattr(tokens, "_LAZY_CHARS", 50)
    assert tokens._tokenizer("短问题") is tokens._lazy() and loaded.cache_info().currsize == 0
    assert tokens._tokenizer("长" * 60) is real, "past the budget a process loads the real dict"
    assert tokens._tokenizer("短问题") is real


def test_sqlite_freq_reads_and_keeps_added_words(tmp_path: Path) -> None:
    jieba_dict.build(tmp_path / "d.sqlite", {"用水": 5, "用": 9, "用水量": 0}, 14)
    freq = jieba_dict.SqliteFreq(tmp_path / "d.sqlite")
    assert freq.total == 14 and "用水" in freq and freq["用水量"] == 0 and freq.get("没有") is None
    with pytest.raises(KeyError):
        freq["没有"]
    freq["新词"] = 3
    assert freq.get("新词") == 3 and "新词" in freq
