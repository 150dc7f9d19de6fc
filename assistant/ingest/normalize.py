"""Text normalisation: the index form (shared with queries), document ids, CJK helpers."""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from typing import Any

# --- character classes --------------------------------------------------------------------
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# CJK punctuation and full-width punctuation (not full-width letters or digits).
CJK_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019"
_CJK_RE = re.compile(f"[{CJK}]")
_WIDE = f"{CJK}{CJK_PUNCT}×"  # × stands for a placeholder character in drafts and samples: ××省
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe58\ufe63-"

_SPACE_BETWEEN_WIDE = re.compile(f"(?<=[{_WIDE}])[ \t\u3000\u00a0]+(?=[{_WIDE}])")
# Runs of two or more single ideographs separated by single spaces: "基 本 要 求".
_SPACED_GLYPHS = re.compile(f"(?<!\\S)[{CJK}](?:[ \u3000\u00a0][{CJK}])+(?!\\S)")
_KANGXI = re.compile("[\u2e80-\u2fdf]")


def clean_line(line: str) -> str:
    """A physical line without zero-width characters, no-break spaces, form feeds, pinyin glosses
    and trailing spaces (every loader's first step)."""
    return strip_pinyin(ZERO_WIDTH.sub("", line).replace("\u00a0", " ").replace("\f", "").rstrip())


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def is_cjk_char(ch: str) -> bool:
    return bool(ch) and _CJK_RE.match(ch) is not None


def is_wide_char(ch: str) -> bool:
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")


_WIDE_CHARS = re.compile(f"[{CJK}\u1100-\u115f\u2e80-\u303f\u3040-\u33ff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6]")


def display_width(text: str) -> int:
    """Width in half-width cells: CJK glyphs and full-width forms count 2."""
    return len(text) + len(_WIDE_CHARS.findall(text))


def join_spaced_cjk(text: str, *, aggressive: bool) -> str:
    """Re-join CJK glyphs separated by spaces; keep spaces between Latin words and numbers.

    ``aggressive`` (PDF text) drops any space between two CJK characters; otherwise only runs of
    single spaced glyphs (``基 本 要 求``) are joined, so deliberate spaces between words stay.
    """
    if aggressive:
        return _SPACE_BETWEEN_WIDE.sub("", text)
    return _SPACED_GLYPHS.sub(lambda m: re.sub(r"[ \u3000\u00a0]", "", m.group(0)), text)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# Pinyin in brackets right after a CJK character: 建設(shè), 發(fā)表, 评（píng）价. Only syllables
# with a tone mark (or a tone digit) count, so 建筑系数（building coefficient） stays.
_PINYIN = re.compile(
    f"(?<=[{CJK}])[ \t]*[(（][ \t]*(?=[a-zü{_TONED}]*[{_TONED}]|[a-zü]{{1,6}}[1-5][)）\\s])"
    f"[a-zü{_TONED}]{{1,7}}[1-5]?(?:[ \t'][a-zü{_TONED}]{{1,7}}[1-5]?){{0,3}}[ \t]*[)）]")


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations after CJK characters (web pages gloss rare characters so)."""
    if "(" not in text and "（" not in text:
        return text
    return _PINYIN.sub("", text)


def repair_glyphs(text: str) -> str:
    """Map Kangxi/CJK radicals that PDF extraction emits (⽅) to the ordinary ideographs (方)."""
    if not _KANGXI.search(text):
        return text
    return _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


# --- Traditional -> Simplified --------------------------------------------------------------
_T2S_LOCK = threading.Lock()
_T2S: dict[str, Any] = {}


def _t2s() -> dict[str, Any]:
    """Build the OpenCC converter once, with the set of characters that can change under it."""
    if _T2S:
        return _T2S
    with _T2S_LOCK:
        if _T2S:
            return _T2S
        import opencc as opencc_pkg
        from opencc import OpenCC

        cc = OpenCC("t2s")
        triggers: set[str] = set()
        folder = os.path.join(os.path.dirname(opencc_pkg.__file__), "dictionary")
        try:
            with open(os.path.join(folder, "TSCharacters.txt"), encoding="utf-8") as f:
                for line in f:
                    key, _, value = line.rstrip("\n").partition("\t")
                    if key and value.split(" ")[0] != key:
                        triggers.add(key)
            with open(os.path.join(folder, "TSPhrases.txt"), encoding="utf-8") as f:
                for line in f:
                    key, _, value = line.rstrip("\n").partition("\t")
                    value = value.split(" ")[0]
                    if len(key) == len(value):
                        triggers.update(a for a, b in zip(key, value, strict=True) if a != b)
        except OSError:
            triggers = set()  # unknown dictionary layout: convert everything
        _T2S.update(cc=cc, triggers=frozenset(triggers), split=cc.split_chars_re)
    return _T2S


def to_simplified(text: str) -> str:
    """Traditional -> Simplified Chinese. Segments without a convertible character are skipped."""
    t = _t2s()
    triggers: frozenset[str] = t["triggers"]
    if triggers and triggers.isdisjoint(text):
        return text
    parts = t["split"].split(text)
    for i in range(0, len(parts), 2):
        seg = parts[i]
        for _ in range(3):  # a few chains need a second pass; stop at a fixpoint
            if not seg or (triggers and triggers.isdisjoint(seg)):
                break
            new = t["cc"].convert(seg)
            if new == seg:
                break
            seg = new
        parts[i] = seg
    return "".join(parts)


def is_traditional_char(ch: str) -> bool:
    return ch in _t2s()["triggers"]


# --- index form -----------------------------------------------------------------------------
_DIGIT_DASH = re.compile(f"(?<=\\d)\\s*[{DASHES}]\\s*(?=\\d)")
_STD_SLASH = re.compile(r"(?i)(?<![a-z])(gb|[a-z]{2,4}|db\d{2})\s*/\s*([tz])\s*(?=\d)")
_STD_BARE = re.compile(r"(?i)(?<![a-z/])(gb|hj)\s*(?=\d)")
_WS = re.compile(r"\s+")


def to_index_form(text: str) -> str:
    """The normalised form that is embedded and BM25-indexed; queries go through it too.

    NFKC (full-width -> half-width, superscripts -> digits), Traditional -> Simplified, dashes
    between digits -> '-', ``GB/T36132`` -> ``GB/T 36132``, whitespace collapsed (and dropped
    between CJK characters), Latin lower-cased. Idempotent.
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text)
    s = ZERO_WIDTH.sub("", s)
    s = to_simplified(s)
    s = _DIGIT_DASH.sub("-", s)
    s = _STD_SLASH.sub(lambda m: f"{m.group(1)}/{m.group(2)} ", s)
    s = _STD_BARE.sub(lambda m: f"{m.group(1)} ", s)
    s = _WS.sub(" ", s)
    s = _SPACE_BETWEEN_WIDE.sub("", s)
    return s.strip().lower()


# --- document ids ---------------------------------------------------------------------------
_INDUSTRY = ("JGJ|CJJ|HJ|JB|YB|HG|SH|QB|SJ|DL|JC|JT|JG|CJ|NB|SY|FZ|YS|TB|MT|SL|LY|NY|QC|GA|AQ|"
             "WS|SN|WB|XB|RB|CB|YD|GY|HB|LD|SB|YY")
_STD_ID = re.compile(
    r"(?<![A-Za-z0-9/])"
    r"(?P<pre>(?i:gb\s*/\s*[tz]|gb|db\s*\d{2}\s*/\s*t|t\s*/\s*[a-z]{2,8}|q\s*/\s*[a-z0-9]{2,10})"
    rf"|(?:{_INDUSTRY})(?:\s*/\s*[TZ])?)"
    r"[ \t]*(?P<num>\d{1,6}(?:\.\d{1,4})*)"
    rf"(?:(?:[ \t]*[{DASHES}][ \t]*|[ \t]+)(?P<year>(?:19|20)\d{{2}})(?![\d.]))?"
    r"(?![\d])"
)
_POLICY_ID = re.compile(
    rf"(?P<org>[{CJK}×]{{1,12}})[ \t]*[〔\[【(（][ \t]*(?P<year>(?:19|20)\d{{2}})[ \t]*[〕\]】)）]"
    r"[ \t]*(?P<num>\d{1,4})[ \t]*号"
)
_ORG_PREFIX = re.compile("^(?:依据|根据|按照|参照|参见|详见|见|即|和|及|与|或|以及|等|印发|发布|通知|文件|的)+")


def find_doc_id(text: str) -> tuple[str, int, int] | None:
    """The first standard or policy number in ``text``: (canonical id, start, end) in NFKC text."""
    s = unicodedata.normalize("NFKC", text)
    best: tuple[str, int, int] | None = None
    m = _STD_ID.search(s)
    if m:
        pre = re.sub(r"\s+", "", m.group("pre")).upper()
        year = m.group("year")
        best = (f"{pre} {m.group('num')}" + (f"-{year}" if year else ""), m.start(), m.end())
    for p in _POLICY_ID.finditer(s) if "号" in s else ():
        org = _ORG_PREFIX.sub("", p.group("org"))
        if not org:
            continue
        start = p.end("org") - len(org)
        if best is None or start < best[1]:
            best = (f"{org}〔{p.group('year')}〕{p.group('num')}号", start, p.end())
        break
    return best


def canonical_doc_id(text: str) -> str | None:
    """'GB/T36132—2025' / 'GB／T ３６１３２－２０１８' -> 'GB/T 36132-2025'; also 工信部节〔2024〕13号."""
    found = find_doc_id(text)
    return found[0] if found else None


def is_whole_doc_id(text: str) -> bool:
    """True when ``text`` is nothing but one document number."""
    found = find_doc_id(text)
    if not found:
        return False
    s = unicodedata.normalize("NFKC", text)
    return not s[: found[1]].strip() and not s[found[2]:].strip()


def id_kind(doc_id: str) -> str:
    """'standard' for GB-style numbers, 'policy' for 〔year〕号 numbers, else 'other'."""
    if re.search(r"〔(?:19|20)\d{2}〕\d+号$", doc_id):
        return "policy"
    if is_whole_doc_id(doc_id) and _STD_ID.match(unicodedata.normalize("NFKC", doc_id)):
        return "standard"
    return "other"


def id_year(doc_id: str) -> int | None:
    m = re.search(r"(?:-|〔)((?:19|20)\d{2})(?:〕|$)", doc_id)
    return int(m.group(1)) if m else None


def detect_language(text: str) -> str:
    """'zh-Hans', 'zh-Hant', 'en' or 'mixed' from a sample of the text."""
    sample = text[:20000]
    cjk = sum(1 for ch in sample if is_cjk_char(ch))
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cjk == 0:
        return "en" if latin else "zh-Hans"
    if latin > 3 * cjk:
        return "en"
    trad = sum(1 for ch in sample if is_traditional_char(ch))
    if trad > 0.05 * cjk:
        return "zh-Hant"
    if latin > cjk:
        return "mixed"
    return "zh-Hans"
