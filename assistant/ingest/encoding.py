"""Text decoding: BOMs, then strict UTF-8, then the candidate encodings scored by how Chinese text reads.

Why scoring and not "the first codec that does not fail": GB18030 decodes nearly every byte string,
so Big5 text came out as GB18030 mojibake (kana, PUA and rare ideographs), and UTF-16 without a BOM
was called binary because of its NUL bytes. Each candidate that decodes strictly is scored by the
share of its characters that read as text (ASCII, CJK punctuation, *common* ideographs: those in
the level-1 sets of GB2312 or Big5); the best one at or above ``MIN_SCORE`` wins, else
charset-normalizer's guess (other scripts) if it is clean, else the file is refused.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

CANDIDATES: tuple[str, ...] = ("gb18030", "big5", "utf-16-le", "utf-16-be")
MIN_SCORE = 0.85  # real documents score >= 0.95; mojibake of one CJK codec in another 0.3-0.7


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    score: float


class DecodeFailure(ValueError):
    """No encoding reads the bytes as text; ``str()`` is the reason (English, like IngestError's)."""


def _encodable(ch: str, codec: str) -> bytes | None:
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        return None


def _common_ideograph(ch: str) -> bool:
    """In GB2312 level 1 (3,755 common simplified characters) or Big5 level 1 (5,401 traditional).

    Level 1 only: the hanja of EUC-KR files fall in GB2312's level 2 and read as "Chinese" otherwise.
    """
    g = _encodable(ch, "gb2312")
    if g is not None and 0xB0 <= g[0] <= 0xD7:
        return True
    b = _encodable(ch, "big5")
    return b is not None and len(b) == 2 and 0xA4 <= b[0] <= 0xC6


def _char_weight(ch: str) -> float:
    """1 for a character that reads as text, 0 for one that marks mojibake or binary."""
    o = ord(ch)
    if o < 0x80:
        return 1.0 if ch.isprintable() or ch in "\t\n\r\f" else 0.0
    if 0x4E00 <= o <= 0x9FFF:
        return 1.0 if _common_ideograph(ch) else 0.0
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or ch in "“”‘’…—·•×÷±≤≥°℃％":
        return 1.0
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cs", "Cn", "Cc") or ch == "\ufffd":
        return 0.0
    if 0x00A0 <= o <= 0x024F or 0x2000 <= o <= 0x22FF or 0x2460 <= o <= 0x25FF:
        return 0.5  # Latin-1 letters, general punctuation, maths, circled numbers: rare in these texts
    return 0.0  # kana, hangul, Greek, Cyrillic, extension ideographs, ...: mojibake in a Chinese file


def score(text: str, sample: int = 4000) -> float:
    """Share (0-1) of the non-space characters in the first ``sample`` that read as text."""
    chars = [ch for ch in text[:sample] if not ch.isspace()]
    if not chars:
        return 0.0
    return sum(_char_weight(ch) for ch in chars) / len(chars)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes) -> Decoded:
    """The text of ``data`` and the encoding it was read in; raises DecodeFailure."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8")
        if text is None:
            raise DecodeFailure("undecodable text: invalid UTF-8 after a UTF-8 byte-order mark")
        return Decoded(text, "utf-8-sig", 1.0)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is None:
            raise DecodeFailure("undecodable text: invalid UTF-16 after a UTF-16 byte-order mark")
        return Decoded(text, "utf-16", 1.0)
    if b"\x00" not in data:
        text = _strict(data, "utf-8")
        if text is not None:  # multi-byte UTF-8 by chance is vanishingly rare in other encodings
            return Decoded(text, "utf-8", 1.0)
    best: Decoded | None = None
    for encoding in CANDIDATES:
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        text = _strict(data, encoding)
        if text is None:
            continue
        s = score(text)
        if best is None or s > best.score:
            best = Decoded(text, encoding, s)
    if best is not None and best.score >= MIN_SCORE:
        return best
    if b"\x00" in data:
        raise DecodeFailure("binary content (NUL bytes): not a text file")
    guessed = _charset_normalizer(data)
    if guessed is not None:
        return guessed
    raise DecodeFailure("undecodable text: not UTF-8, UTF-16, GB18030, Big5 or another known encoding")


def _charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > 0.3:
        return None
    text = str(best)
    if any("\u4e00" <= ch <= "\u9fff" for ch in text[:4000]) and score(text) < MIN_SCORE:
        return None  # ideographs that do not read as Chinese: another mojibake
    return Decoded(text, best.encoding, 1.0 - best.chaos)
