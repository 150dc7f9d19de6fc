"""Subjects a number can refer to, and the lexicon of words that name them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .units import parse_unit
from .vocab import variants


@dataclass
class Subject:
    id: str
    name: str
    role: str  # value | score | points | lead | base | weight
    value: float
    unit: str
    how: str
    reference: str = ""
    confidence: str = "H"
    water: bool = False
    constant: bool = False
    context_any: list[str] = field(default_factory=list)
    context_all: list[str] = field(default_factory=list)
    # words that name another value when they stand in the number's clause ('碳市场' for the average;
    # picking.pick checks them on the text before the number)
    context_none: list[str] = field(default_factory=list)
    alternatives: list[tuple[float, str]] = field(default_factory=list)
    value_range: tuple[float, float] | None = None
    year: int | None = None
    no_slip: bool = False  # never read as a unit slip (a derived amount next to its energy's name)
    comparator: str = "="  # the direction a clause states ('超过 8 m' is '>')
    generic: bool = False  # a total ('分值加总'): a more specific name earlier in the sentence wins

    @property
    def co2(self) -> bool:
        return any(d == "co2" for d, _ in parse_unit(self.unit).dims)

    @property
    def physical(self) -> bool:
        dims = parse_unit(self.unit).dims
        return bool(dims) and not all(d in ("分", "项", "年", "层", "类") for d, _ in dims)

    def context_ok(self, sentence: str) -> bool:
        if self.context_any and not any(w in sentence for w in self.context_any):
            return False
        return all(w in sentence for w in self.context_all)


class Lexicon:
    """Terms -> subjects, with one regex that finds the longest term at each position."""

    def __init__(self) -> None:
        self.terms: dict[str, list[Subject]] = {}
        self._rx: re.Pattern[str] | None = None

    def add(self, term: str, subj: Subject) -> None:
        if not term:
            return
        for t in variants(term):
            self.terms.setdefault(t, [])
            if subj not in self.terms[t]:
                self.terms[t].append(subj)
        self._rx = None

    def finditer(self, text: str) -> list[tuple[int, int, str]]:
        if not self.terms:
            return []
        if self._rx is None:
            alt = "|".join(_spaced(t) for t in sorted(self.terms, key=len, reverse=True))
            self._rx = re.compile(alt)
        # an English name is a whole word ('land' is not in 'island', 'base' not in 'database')
        return [(m.start(), m.end(), _BOUNDARY.sub("", m.group())) for m in self._rx.finditer(text)
                if not (m.group()[:1].isascii() and m.group()[:1].isalpha() and m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha())
                and not (m.group()[-1:].isascii() and m.group()[-1:].isalpha() and text[m.end():m.end() + 1].isascii() and text[m.end():m.end() + 1].isalpha())]


# '单位产值 CO2 排放', '外购电力 kWh': a space between Chinese and Latin letters or digits (GB/T 3101
# style) does not split a term; the match is reported as the term itself
_BOUNDARY = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0\u2009\u202f](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \u00a0\u2009\u202f](?=[\u4e00-\u9fff])")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _spaced(term: str) -> str:
    out = []
    for i, a in enumerate(term):
        out.append(re.escape(a))
        b = term[i + 1] if i + 1 < len(term) else ""
        if b and ((_cjk(a) and _latin(b)) or (_latin(a) and _cjk(b))):
            out.append("[ \u00a0\u2009\u202f]?")
    return "".join(out)
