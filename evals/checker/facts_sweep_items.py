"""The facts of green-manufacturing-facts.md as probe items, written for the facts sweep.

Each item: (area, subject, source with the facts sheet's confidence, phrasings). A phrasing is
(name, template, correct, wrong): the template holds ``{v}`` once; the ok line puts ``correct`` there,
its mismatch twin ``wrong`` (the wrong number as written, unit included). Texts are the sweep's own
words, drawn from the facts sheet and the corpus documents only.
"""

from __future__ import annotations

from facts_sweep_items_a import STANDARD_2018, STANDARD_2025, SYSTEM, TABLE_C1
from facts_sweep_items_b import CARBON, ENERGY, REPORT, SUPPLY_PARK
from facts_sweep_items_c import EXTRA, ROUND2
from facts_sweep_items_d import ROUND3

Item = tuple[str, str, str, list[tuple[str, str, str, str]]]

# in the order the lines were written (ids stay stable): the first run, a third wording, rounds two and three
ITEMS: list[Item] = (SYSTEM + STANDARD_2025 + TABLE_C1 + STANDARD_2018 + ENERGY + CARBON + SUPPLY_PARK + REPORT + EXTRA
                     + ROUND2 + ROUND3)
