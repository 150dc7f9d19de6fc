"""Word automatic numbering: the number Word displays before a paragraph ("3.1", "附录A", "a)").

A paragraph numbered by Word carries no number in its text, only ``w:numPr`` (a list instance and a
level), directly or through its paragraph style; the numbering part (word/numbering.xml) gives each
level its format (``%1.%2``, decimal / letters / roman / Chinese numerals) and start value. A
``ListCounter`` walks the body's paragraphs in order, as Word does, and gives each numbered one its
label. Both the whole loader and the stream build one per document (docxpkg.py finds the part), so
both read the same numbers. Bullets and ``none`` levels give no label (the text is unchanged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.ingest.docxxml import W

_VAL = W + "val"
Element = Any


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str = "decimal"  # w:numFmt
    text: str = ""  # w:lvlText, "%1.%2"
    start: int = 1
    suffix: str = " "  # w:suff: tab and space read as a space, nothing as ""
    legal: bool = False  # w:isLgl: every number decimal ("1.1" under a roman chapter)
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; None: any higher


@dataclass(frozen=True)
class Numbering:
    """The numbering part: the levels of each list instance (``w:num``), with its overrides."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    lists: dict[str, str] = field(default_factory=dict)  # numId -> counter key (its abstractNum)
    restarts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> startOverride
    styled: dict[str, int] = field(default_factory=dict)  # "abstractId/styleId" -> ilvl (w:lvl/w:pStyle)
    owner: dict[str, str] = field(default_factory=dict)  # numId -> its abstractNum (list styles resolved)
    problem: str = ""  # why the file's numbering part could not be read (then no list is known)

    @classmethod
    def of(cls, root: Element | None) -> Numbering:
        """From ``w:numbering`` (numbering.xml's root); None: no numbering part."""
        if root is None:
            return cls()
        abstract: dict[str, dict[int, Level]] = {}
        styled: dict[str, int] = {}
        defines: dict[str, str] = {}  # list style name -> the abstractNum that defines it (w:styleLink)
        uses: dict[str, str] = {}  # abstractNum -> the list style it only refers to (w:numStyleLink)
        for a in root.iterchildren(W + "abstractNum"):
            aid = a.get(W + "abstractNumId", "")
            abstract[aid] = {}
            for tag, into in (("styleLink", defines), ("numStyleLink", uses)):
                if (el := a.find(W + tag)) is not None and el.get(_VAL):
                    if tag == "styleLink":
                        into[el.get(_VAL)] = aid
                    else:
                        into[aid] = el.get(_VAL)
            for lvl in a.iterchildren(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"), 0)
                abstract[aid][ilvl] = _level(lvl)
                ps = lvl.find(W + "pStyle")
                if ps is not None and ps.get(_VAL):
                    styled[f"{aid}/{ps.get(_VAL)}"] = ilvl
        levels: dict[str, dict[int, Level]] = {}
        lists: dict[str, str] = {}
        restarts: dict[str, dict[int, int]] = {}
        owner: dict[str, str] = {}
        for n in root.iterchildren(W + "num"):
            nid, ref = n.get(W + "numId", ""), n.find(W + "abstractNumId")
            aid = ref.get(_VAL, "") if ref is not None else ""
            if aid in uses and defines.get(uses[aid]) in abstract:  # a list style: its definition
                aid = defines[uses[aid]]
            if aid not in abstract:
                continue
            owner[nid] = aid
            lv = dict(abstract[aid])
            over: dict[int, int] = {}
            for o in n.iterchildren(W + "lvlOverride"):
                ilvl = _int(o.get(W + "ilvl"), 0)
                if (el := o.find(W + "lvl")) is not None:
                    lv[ilvl] = _level(el)
                if (so := o.find(W + "startOverride")) is not None:
                    over[ilvl] = _int(so.get(_VAL), 1)
            levels[nid], restarts[nid] = lv, over
            # Instances of one abstract list continue one count, unless one restarts it
            lists[nid] = f"n{nid}" if over else f"a{aid}"
        return cls(levels, lists, restarts, styled, owner)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: Element) -> Level:
    def val(tag: str) -> str | None:
        el = lvl.find(W + tag)
        return el.get(_VAL) if el is not None else None

    legal = lvl.find(W + "isLgl")
    restart = val("lvlRestart")
    return Level(fmt=val("numFmt") or "decimal", text=val("lvlText") or "", start=_int(val("start"), 1),
                 suffix="" if val("suff") == "nothing" else " ",
                 legal=legal is not None and legal.get(_VAL, "1") not in ("0", "false", "off"),
                 restart=_int(restart, 0) if restart is not None else None)


_CN = "〇一二三四五六七八九"


def _cn(n: int) -> str:
    """Chinese counting numerals (chineseCounting): 1 一, 10 十, 12 十二, 20 二十, 105 一百〇五."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = "" if not rest else ("〇" + _CN[rest] if rest < 10 else ("一" + _cn(rest) if rest < 20 else _cn(rest)))
        return _CN[hundreds] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    """Word's letters: a..z, then aa..zz (the letter repeated)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def number_text(fmt: str, n: int) -> str:
    """One level's counter as ``fmt`` writes it; an unknown format reads as decimal."""
    if fmt in ("upperLetter", "lowerLetter"):
        s = _letter(n)
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        s = _roman(n) if n > 0 else str(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"):
        return _cn(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


_PLACE = re.compile(r"%([1-9])")


class ListCounter:
    """The counters of every list, advanced paragraph by paragraph in document order."""

    def __init__(self, numbering: Numbering) -> None:
        self.num = numbering
        self.counts: dict[str, dict[int, int]] = {}  # counter key -> ilvl -> current value

    def label(self, num_id: str | None, ilvl: int | None, style_id: str | None = None,
              from_style: bool = False) -> str:
        """The displayed number and its suffix ("3.1 ", "附录A ", "a) "); "" for none. ``num_id``
        and ``ilvl`` as the paragraph (or, ``from_style``, its style) gives them; numId 0 is "not
        numbered"."""
        if not num_id or num_id == "0" or num_id not in self.num.levels:
            return ""
        levels = self.num.levels[num_id]
        if ilvl is None or from_style:
            # A style's list names the style's level through the level's w:pStyle (Heading 2
            # based on Heading 1 inherits its list, at the level linked to Heading 2)
            linked = self.num.styled.get(f"{self.num.owner.get(num_id)}/{style_id}")
            ilvl = linked if linked is not None else (ilvl or 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        key = self.num.lists[num_id]
        counts = self.counts.setdefault(key, {})
        restarts = self.num.restarts.get(num_id, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else restarts.get(ilvl, level.start)
        for deeper in [k for k in counts if k > ilvl]:
            lv = levels.get(deeper)
            if lv is None or lv.restart is None or (lv.restart != 0 and lv.restart > ilvl):
                del counts[deeper]  # a deeper level restarts after a higher one (w:lvlRestart)
        if level.fmt in ("bullet", "none") or not level.text:
            return ""

        def place(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, Level())
            n = counts.get(k, restarts.get(k, lv.start))
            return number_text("decimal" if level.legal else lv.fmt, n)

        return _PLACE.sub(place, level.text) + level.suffix


# The parse report's warning for a numbering part that could not be read (docxpkg.numbering).
UNREADABLE = "自动编号定义（numbering.xml）无法读取，Word 自动编号的条款号未能读出，条款按标题文字收录"

__all__ = ["UNREADABLE", "Level", "ListCounter", "Numbering", "number_text"]
