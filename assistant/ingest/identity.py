"""Document identity from the document's own cover, not from whatever number comes first.

A standard's cover carries its number beside words such as 国家标准 / 团体标准 and ICS/CCS codes,
then the title (often wrapped over two lines), the English title and the dates. A notice carries
its 文号 and then its title ``关于…的通知``. A standard may come behind a cover letter with a
number of its own (``钢协科〔2024〕32号``): the standard inside is the document, the letter is
front matter. A draft's placeholder number (``T/CISA XXXX—XXXX``) identifies nothing: the title
does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.ingest.layout import Line
from assistant.ingest.normalize import CJK, find_doc_id, id_kind, is_whole_doc_id
from assistant.ingest.patterns import starts_block

_SCAN = 260  # lines looked at: a cover letter and a comment form fit in this
_PLACEHOLDER = re.compile(
    r"^(?P<pre>GB/T|GB/Z|GB|T/[A-Z]{2,8}|[A-Z]{2,4}/T|[A-Z]{2,4}|DB\d{2}/T)\s*"
    r"[X×x]{2,}(?:\s*[-—–－]\s*[X×x]{2,})?$")
_COVER_WORD = re.compile(r"国家标准|行业标准|团体标准|地方标准|企业标准|征求意见稿|送审稿|报批稿|标准$")
_ICS = re.compile(r"^(?:ICS|CCS)\s*[A-Z0-9]", re.I)
_STOP = re.compile(
    r"^(?:[A-Za-z][A-Za-z ,.'’()/:;-]*$|[（(](?:征求意见稿|送审稿|报批稿|草案)[)）]$|"
    r"(?:\d{4}|[X×]{4})\s*[-—–－]\s*(?:\d{2}|[X×]{2}).*(?:发布|实施)|代替|替代|ICS|CCS|发布$|实施$)", re.I)
_REPLACES = re.compile(r"^\s*(?:代替|替代|部分代替)")
_SALUTATION = re.compile(r"[：:]$")
_NOTICE_TITLE = re.compile(r"^关于.{2,}")
_NOTICE_END = re.compile(r"(?:通知|通告|公告|办法|意见|规定|决定|方案|函|批复|细则|规划)$")
_HEADER_WORD = re.compile(r"文件$|办公厅$|^中华人民共和国")


@dataclass
class Cover:
    doc_id: str | None  # None: the number is a placeholder, the title identifies the document
    title: str
    kind: str  # 'standard' or 'policy'
    line: int  # index of the number's line
    letter_end: int | None = None  # a leading cover letter occupies lines[:letter_end]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _near_cover_word(texts: list[str], i: int) -> bool:
    window = texts[max(0, i - 5): i + 6]
    return any(_COVER_WORD.search(t) or _ICS.match(t) for t in window)


def _title_lines(texts: list[str], start: int, *, notice: bool) -> str:
    """Join the title lines from ``start``: a standard's wrapped title and sub-title, or a
    notice's ``关于…的通知`` wrapped over lines."""
    parts: list[str] = []
    for t in texts[start: start + 6]:
        if not t or is_whole_doc_id(t) or _STOP.match(t) or _REPLACES.match(t):
            if parts:
                break
            continue
        if _COVER_WORD.search(t) and not parts and len(t) <= 12:
            continue  # "团体标准" between the number and the title
        if _SALUTATION.search(t) or len(t) > 60 or not re.search(f"[{CJK}]", t):
            break
        if parts and notice and _NOTICE_END.search(parts[-1]) and not _open_bracket(" ".join(parts)):
            break
        if parts and not notice and starts_block(t):
            break
        parts.append(t)
        if notice and _NOTICE_END.search(t) and not _open_bracket("".join(parts)):
            break
        if not notice and len(parts) == 2:
            break
    if notice:
        return "".join(parts)
    return _clean_title(_join_title(parts, texts[start: start + 8]))


_ENGLISH_TAIL = re.compile(r"\s+[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z(][A-Za-z'’()-]*){2,}.*$")
_DRAFT = re.compile(r"\s*[（(](?:征求意见稿|送审稿|报批稿|草案|讨论稿)[)）]\s*$")


def _clean_title(title: str) -> str:
    """A cover line joined with its English title or draft mark: keep the Chinese title."""
    return _DRAFT.sub("", _ENGLISH_TAIL.sub("", title)).strip()


_ENGLISH = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.'’()/:;—–-]{10,}")


def _join_title(parts: list[str], window: list[str]) -> str:
    """A title printed over two lines is one title wrapped, or a main title and its sub-title
    (绿色工厂评价要求 / 电子计算机制造), which the standard writes with a space between. The English
    title tells them apart: its elements are joined by a dash (``…assessment—Computer manufacturing``)."""
    if len(parts) < 2:
        return "".join(parts)
    english = next((m.group(0) for t in window if (m := _ENGLISH.match(t))), "")
    if english and not re.search(r"\S\s*[—–]\s*\S|\s-\s", english):
        return "".join(parts)
    return " ".join(parts)


def _open_bracket(text: str) -> bool:
    return text.count("《") > text.count("》") or text.count("（") > text.count("）")


def find_cover(lines: list[Line]) -> Cover | None:
    """The cover's number and title, or None when the document has no recognisable cover."""
    texts = [_norm(ln.text) for ln in lines[:_SCAN]]
    standard: Cover | None = None
    notice: Cover | None = None
    for i, t in enumerate(texts):
        if len(t) > 40:
            continue
        m = _PLACEHOLDER.match(t)
        if standard is None and m and _near_cover_word(texts, i):
            standard = Cover(None, _title_lines(texts, i + 1, notice=False), "standard", i)
            continue
        if not is_whole_doc_id(t):
            continue
        doc_id = find_doc_id(t)[0]  # type: ignore[index]
        kind = id_kind(doc_id)
        if kind == "standard" and standard is None and _near_cover_word(texts, i) \
                and not (i > 0 and _REPLACES.match(texts[i - 1])):
            standard = Cover(doc_id, _title_lines(texts, i + 1, notice=False), kind, i)
        elif kind == "policy" and notice is None and i < 20:
            notice = Cover(doc_id, _notice_title(texts, i), kind, i)
    if standard is not None and notice is not None and notice.line < standard.line:
        standard.letter_end = _letter_start_of_cover(texts, standard.line)
        return standard
    return standard or notice


def _notice_title(texts: list[str], i: int) -> str:
    """A notice's title follows its number, or (a letterhead layout) stands above it."""
    for test in (lambda t: "关于" in t, _NOTICE_END.search):
        for k in range(i + 1, min(len(texts), i + 4)):
            if test(texts[k]) and not _SALUTATION.search(texts[k]):
                return _title_lines(texts, k, notice=True)
    for k in range(i - 1, max(-1, i - 4), -1):
        if _NOTICE_TITLE.match(texts[k]) and not _HEADER_WORD.search(texts[k]):
            return _title_lines(texts, k, notice=True)
    return ""


def _letter_start_of_cover(texts: list[str], line: int) -> int | None:
    """The first line of the standard's cover block (ICS/CCS, 团体标准, the issuer's code)."""
    start = line
    for k in range(line - 1, max(-1, line - 8), -1):
        t = texts[k]
        if _ICS.match(t) or _COVER_WORD.search(t) or re.fullmatch(r"[A-Z]{1,4}(?:/[A-Z]{1,8})?", t):
            start = k
    return start if start > 0 else None
