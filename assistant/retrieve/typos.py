"""Homophone typos: the commonest Chinese input error is the right pinyin, wrong character
(能耗 -> 能好, 柴油 -> 柴由, 引领值 -> 引令值). A stretch of the question that is not a corpus word
but reads exactly like one (toneless pinyin, ü = u, any reading of a polyphonic character) is
taken as that word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from functools import lru_cache

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_MAX_READINGS = 16
# Function characters: a two-character stretch with one of them is grammar, not a mistyped term.
_FUNCTION = frozenset("的了是在有和与及或得地着过吗呢吧啊么一不几也都就还要会给把被让对这那哪个些多少怎里中")


@lru_cache(maxsize=4096)
def _readings(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    return tuple(dict.fromkeys(_plain(p) for p in found[0])) if found else ()


def _word_key(word: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return " ".join(_plain(p) for p in lazy_pinyin(word, style=Style.NORMAL))


def _plain(syllable: str) -> str:
    """ü written either way (lv, lü) reads as u: IMEs type 绿 as lu."""
    return syllable.replace("v", "u").replace("ü", "u")


def _keys(text: str) -> list[str]:
    options = [_readings(ch) or (ch,) for ch in text]
    return [" ".join(combo) for combo in itertools.islice(itertools.product(*options), _MAX_READINGS)]


class TypoCorrector:
    """Built from the corpus vocabulary (word -> number of clauses it occurs in)."""

    def __init__(self, vocabulary: Mapping[str, int], min_df: int = 2) -> None:
        self.vocabulary = vocabulary
        self.min_df = min_df
        self._by_sound: dict[str, str] | None = None

    @property
    def by_sound(self) -> dict[str, str]:
        """Pinyin -> corpus word; built on the first question that has an unknown stretch."""
        if self._by_sound is None:
            vocab, by_sound = self.vocabulary, {}
            words = [w for w, df in vocab.items()
                     if df >= self.min_df and 2 <= len(w) <= 6 and _CJK_RUN.fullmatch(w)]
            for word in sorted(words, key=lambda w: -vocab[w]):  # the commoner word wins a shared sound
                by_sound.setdefault(_word_key(word), word)
            self._by_sound = by_sound
        return self._by_sound

    def corrections(self, norm: str, segments: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
        """(typed, meant) for each stretch that is no corpus word but sounds like one. ``segments``
        is the question's word segmentation (word, start, end): characters inside a corpus word of
        two or more characters are taken as typed right. Longest stretches first, at most half of a
        stretch's characters changed, stretches do not overlap."""
        right = [False] * len(norm)
        for word, start, end in segments:
            if len(word) >= 2 and word in self.vocabulary:
                right[start:end] = [True] * (end - start)
        out: list[tuple[str, str]] = []
        for run in _CJK_RUN.finditer(norm):
            at, text = run.start(), run.group(0)
            taken = right[at:at + len(text)]
            for size in (4, 3, 2):
                for i in range(len(text) - size + 1):
                    piece = text[i:i + size]
                    if any(taken[i:i + size]) or piece in self.vocabulary:
                        continue
                    if size == 2 and _FUNCTION & set(piece):
                        continue
                    meant = next((w for k in _keys(piece) if (w := self.by_sound.get(k))), None)
                    if meant and len(meant) == size and meant != piece and _changed(piece, meant) <= size // 2:
                        out.append((piece, meant))
                        taken[i:i + size] = [True] * size
        return out


def _changed(typed: str, meant: str) -> int:
    return sum(a != b for a, b in zip(typed, meant, strict=True))
