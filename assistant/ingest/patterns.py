"""Line patterns shared by layout repair and structure detection."""

from __future__ import annotations

import re

from assistant.ingest.normalize import CJK

SEP = "[ \t\u3000\u00a0]"
CN_DIGITS = "一二三四五六七八九十百零〇两"

# "4", "4.3.2" followed by a space or directly by a CJK character.
DEC = re.compile(rf"^(?P<num>(?:0|[1-9]\d?)(?:\.\d{{1,2}}){{0,5}})(?:{SEP}+|(?=[{CJK}]))(?P<rest>.*)$")
# A clause number alone on its line, its title on the next (terms: "3.1" / "绿色工厂 green factory").
BARE_DEC = re.compile(r"^[1-9]\d?(?:\.\d{1,2}){1,4}$")
# An annex letter: "A", or a national annex's "NA", "NB" (an adopted standard's own annex; "ZA" in EN).
ANNEX = re.compile(rf"^附{SEP}*录{SEP}*(?P<letter>[NZ]?[A-Z])(?![A-Za-z0-9.])(?P<rest>.*)$")
ANNEX_CLAUSE = re.compile(
    rf"^(?P<letter>[NZ]?[A-Z])\.(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,4}})(?:{SEP}+|(?=[{CJK}]))(?P<rest>.*)$"
)
# A captioned table: "表2", "表A.1", "表NA.1" (a national annex), and a form's "附表1".
TABLE = re.compile(
    rf"^(?P<pre>附)?表{SEP}*(?P<num>[A-Z]{{1,2}}\.\d{{1,2}}|[A-Z]?\d{{1,2}}(?:\.\d{{1,2}})?)(?![\d.])(?P<rest>.*)$")
CN_CHAPTER = re.compile(rf"^第{SEP}*(?P<num>[{CN_DIGITS}]{{1,4}}){SEP}*章(?P<rest>.*)$")
# A part of a deck or a long policy text: "第一部分　绿色制造体系概述" (its 1.1, 1.2 follow).
CN_PART = re.compile(rf"^第{SEP}*(?P<num>[{CN_DIGITS}]{{1,3}}){SEP}*部分{SEP}*(?P<rest>.*)$")
# An attachment of a notice: "附件1" alone on its line, or "附件2：××清单" (not the list "附件：1．…").
ATTACH = re.compile(rf"^附{SEP}*件{SEP}*(?P<num>\d{{1,2}})(?:{SEP}*[：:]{SEP}*|{SEP}+|$)(?P<rest>.*)$")
CN_ARTICLE = re.compile(rf"^第(?P<num>[{CN_DIGITS}]{{1,4}})条(?P<rest>.*)$")
CN_ITEM = re.compile(rf"^(?P<num>[{CN_DIGITS}]{{1,3}})、(?P<rest>.*)$")
CN_SUB = re.compile(rf"^[（(](?P<num>[{CN_DIGITS}]{{1,3}})[)）](?P<rest>.*)$")
NUM_ITEM = re.compile(r"^(?P<num>\d{1,2})[.．](?![\d])(?P<rest>.*)$")
# A bilingual deck or standard adds the English name: "目录 CONTENTS", "前言 Foreword".
FRONT = re.compile(
    rf"^(?P<name>前{SEP}*言|引{SEP}*言|目{SEP}*次|目{SEP}*录|参{SEP}*考{SEP}*文{SEP}*献|索{SEP}*引)"
    r"(?:\s+(?i:contents|table of contents|foreword|preface|introduction|references|bibliography|index))?$"
)
LIST_ITEM = re.compile(
    r"^(?:[a-z][)）]|\d{1,2}[)）]|[（(]\d{1,2}[)）]|[（(][a-z][)）]|[\u2460-\u2473]|——|[-*+•·●▪■◆]\s)"
)
NOTE = re.compile(r"^(?:注|示例|式中|说明|备注|来源|资料来源)\s*\d*\s*[:：]|^(?:注|示例)\s*\d*$")
# Words that cannot start a clause title: "3 个月", "2 年", "12.5 万元", and a reference wrapped
# after its number ("4.2 条的规定", "5 章"). 条/章/款 begin nouns too: "1.1 条款1-1要求" and
# "3 章程管理" are titles.
# A unit that begins a common noun is a title's start ("5.2 次级数据", "A.1.2.3.1 年度消耗量…",
# "3 人员", "4 分析方法"), not a quantity.
_UNIT_NOUN = r"(?!年度|月度|日常|天然|时间|分[析类级项布配解]|次[级要生序]|项目|种类|类[别型]|台账|人员|级别)"
_BAD_TITLE_START = re.compile(
    rf"^(?:{_UNIT_NOUN}[个年月日天时分秒号项次家种类万亿千百元吨米倍台套座名人位批级度期届周兆亩瓦升克%％‰]|小时|平方|立方|公里|公顷|"
    r"的|中|和|或|及|至|到|所|给出|规定|列出|为|是|条(?![款件例文目])|章(?![程节])|款(?!项))"
)
# A colon inside a standard's number ("ISO 14067:2018") is no sentence punctuation.
_SENT_PUNCT = re.compile(r"[。；;！？!?]|(?:[，,：]|(?<!\d):|:(?!\d)).{6,}")
_TOC_TAIL = re.compile(r"(?:[.…·・]{3,}|\s\.{2,})\s*\d*\s*$|\s\d{1,3}$")
# Leader dots (……, ·····, ....) then an optional page number, arabic or Roman (Ⅲ, III).
TOC_PAGE = r"(?:\d{1,3}|[IVXLivxl]{1,6}|[\u2160-\u216b]{1,3})"
_TOC_LEADERS = re.compile(rf"(?:[…‥⋯·・•]{{2,}}|\.{{3,}}|(?<=\s)\.{{2,}})\s*(?:{TOC_PAGE})?\s*$")


def title_start_ok(rest: str) -> bool:
    """A clause title/body must start with a CJK character or an opening bracket, not a unit."""
    rest = rest.lstrip(" \t\u3000\u00a0")
    if not rest or _BAD_TITLE_START.match(rest):
        return False
    return re.match(rf"[{CJK}（(《“\"]", rest) is not None


def title_like(text: str, max_len: int = 40) -> bool:
    """Short and without sentence punctuation: a heading's title rather than a sentence."""
    t = text.strip()
    return 0 < len(t) <= max_len and not _SENT_PUNCT.search(t) and t[-1] not in "：:，,"


def heading_like(text: str) -> bool:
    """A numbered heading line with a short title ("4.3.2 资源高效化指标", "附录B", "表C.1 …")."""
    t = text.strip()
    if BARE_DEC.match(t):
        return True
    for pat in (DEC, ANNEX_CLAUSE, ANNEX, TABLE, CN_CHAPTER):
        m = pat.match(t)
        if m:
            rest = m.group("rest").strip()
            return not rest or (title_like(rest) and (pat is not DEC or title_start_ok(rest)))
    return FRONT.match(t) is not None


def is_toc_entry(text: str) -> bool:
    """A line ending in leader dots (and usually a page number): a table-of-contents entry."""
    return _TOC_LEADERS.search(text) is not None


def strip_toc_leaders(text: str) -> str:
    return _TOC_LEADERS.sub("", text).strip()


def is_toc_line(text: str) -> bool:
    """A table-of-contents entry: leader dots and/or a trailing page number."""
    return _TOC_TAIL.search(text) is not None


def cn_to_int(text: str) -> int:
    """Chinese numerals up to 9999: 三 -> 3, 十二 -> 12, 二十 -> 20, 一百零五 -> 105."""
    digits = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
    return total + current


def starts_block(text: str) -> bool:
    """The line starts a new block (clause, list item, note, table): never join it to the previous."""
    t = text.lstrip()
    if not t:
        return True
    if t[0] in "#|>" or BARE_DEC.match(t):
        return True
    m = DEC.match(t)
    if m and title_start_ok(m.group("rest")):
        return True
    for pat in (ANNEX, ANNEX_CLAUSE, TABLE, CN_CHAPTER, CN_ARTICLE, CN_ITEM, CN_SUB, FRONT, LIST_ITEM,
                NOTE, ATTACH):
        if pat.match(t):
            return True
    m = NUM_ITEM.match(t)
    return bool(m and title_start_ok(m.group("rest")))
