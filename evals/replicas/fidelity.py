"""How faithfully a ParsedDocument recovers a replica's true structure.

The scoring lives in assistant.evaluation.structure, where ``make eval`` uses it on the replica
corpus's truth.json; the tests use the same function on the in-memory truth.
"""

from __future__ import annotations

from assistant.evaluation.structure import FRONT, Fidelity, Misplaced, score

__all__ = ["FRONT", "Fidelity", "Misplaced", "score"]
