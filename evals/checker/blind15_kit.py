"""Shorthand for the blind15 item modules: blind14's kit as it is (``ok`` / ``mm`` / ``fam`` / ``multi``,
the document paths and the error span that takes the unit written after a slot)."""

from evals.checker.blind14_kit import (
    CU,
    GHG,
    NONE,
    PC,
    S18,
    S25,
    S2589,
    SCP,
    Item,
    fam,
    mm,
    multi,
    ok,
)

__all__ = ["CU", "GHG", "NONE", "PC", "S18", "S25", "S2589", "SCP", "Item", "fam", "mm", "multi", "ok"]
