"""English number words and notations rewritten as the Chinese ones the extractor and linker read.

Mixed-language notes (blind14's mixed-english genre: 5/19 caught) write `450 million kWh`, `FY2023`,
`the 2023 全国电网平均排放因子` and `12,000 MWh × 0.5366 would give 6,367.2 tCO2`; the extractor read 450 (not
4.5亿), the linker found no year (it needs `2023年`), and arith.py no result (it needs `=`). Each rewrite keeps
the number's digits, so layout.py maps every kept character back to the text as pasted.
"""

from __future__ import annotations

import re

Edit = tuple[int, int, str]

_SCALE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(million|billion|thousand)\b", re.IGNORECASE)
# units in words: '30 percent', '6 pts', '12,000 tonnes'
_UNIT_WORD = re.compile(r"(?<=\d)\s*(per ?cent|percent|pct|pts?|tonnes|tons|metric tons)\b", re.IGNORECASE)
_UNIT_AS = {"percent": "%", "per cent": "%", "percent ": "%", "pct": "%", "pts": " points", "pt": " point",
            "tonnes": " t", "tons": " t", "metric tons": " t"}
_FISCAL = re.compile(r"\b(?:FY|CY)\s?((?:19|20)\d{2})\b")
# a bare year between an English word and a Chinese name ('the 2023 全国电网平均排放因子'); not an edition,
# number or count ('绿证2000张' is 2000 certificates)
_YEAR_CJK = re.compile(r"(?<=[A-Za-z,] )((?:19|20)\d{2})(?=\s*[\u4e00-\u9fff])"
                       r"(?!\s*(?:年|版|号|期|届|万|亿|元|吨|个|项|名|家|条|款|标准|kWh|t\b))")
_RESULT = re.compile(r"[×x*÷/](\s*[\d.,]+\s*(?:[A-Za-z/²³₂]+\s*)?)(would give|would be|gives|yields|equals|comes to)\b")


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
# a number word before what it counts ('three years', 'four items', 'six gases'); not 'one of', 'the one'
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")(?=\s+(?!of\b|or\b|and\b|to\b)[a-z])", re.IGNORECASE)
# English counters as the Chinese ones the units know ('3 years' -> '3年')
_COUNTER = re.compile(r"(?<=\d)\s+(years?|times|items?|indicators?|categories|levels?)\b", re.IGNORECASE)
_COUNTERS = {"year": "年", "years": "年", "times": "次", "item": "项", "items": "项", "indicator": "项",
             "indicators": "项", "categories": "类", "level": "级", "levels": "级"}


def _scaled(m: re.Match[str]) -> str:
    word = m.group(2).lower()
    value = float(m.group(1)) * {"million": 100, "billion": 10, "thousand": 0.1}[word]
    return f"{value:g}{'亿' if word == 'billion' else '万'}"


def words(text: str) -> list[Edit]:
    """Number words before what they count as digits ('three years' -> '3 years'): a first pass, so that
    `edits` then reads '3 years' as it reads a written 3."""
    return [(m.start(), m.end(), str(_WORDS[m.group(1).lower()])) for m in _NUMBER_WORD.finditer(text)]


def edits(text: str) -> list[Edit]:
    """The rewrites for `text` (sorted, disjoint); none for a text without Latin letters."""
    if not re.search(r"[A-Za-z]", text):
        return []
    found: list[Edit] = [(m.start(), m.end(), _scaled(m)) for m in _SCALE.finditer(text)]
    found += [(m.start(), m.end(), f"{m.group(1)}年度") for m in _FISCAL.finditer(text)]
    found += [(m.start(1), m.end(1), f"{m.group(1)}年") for m in _YEAR_CJK.finditer(text)]
    found += [(m.start(2), m.end(2), "=") for m in _RESULT.finditer(text)]
    found += [(m.start(), m.end(), _COUNTERS[m.group(1).lower()]) for m in _COUNTER.finditer(text)]
    found += [(m.start(), m.end(), _UNIT_AS.get(m.group(1).lower(), "%")) for m in _UNIT_WORD.finditer(text)]
    found.sort()
    return [e for n, e in enumerate(found) if not any(f[1] > e[0] for f in found[:n])]
