"""Shorthand for the blind17 item modules: blind14's kit as it is (``ok`` / ``mm`` / ``fam`` / ``multi``,
the document paths and the error span that takes the unit written after a slot)."""

from evals.checker.blind14_kit import (
    CU,
    FACTS,
    GHG,
    NONE,
    PC,
    REP,
    S18,
    S25,
    S2589,
    SCP,
    SYS,
    Item,
    fam,
    mm,
    multi,
    ok,
)

__all__ = ["CU", "FACTS", "GHG", "NONE", "PC", "REP", "S18", "S25", "S2589", "SCP", "SYS", "Item", "fam", "mm",
           "multi", "ok"]
