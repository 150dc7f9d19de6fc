"""Helpers shared by the blind5 item modules: one dict per statement, in the blind4 line format."""

CU = "corpus/examples/copper-smelter.yaml"
PC = "corpus/examples/computer-assembly.yaml"

S25 = "corpus/standards/GB_T_36132-2025.md"
S18 = "corpus/standards/GB_T_36132-2018.md"
S2589 = "corpus/standards/GB_T_2589-2020.md"
GHG = "corpus/guides/ghg-accounting.md"
SYS = "corpus/guides/green-manufacturing-system.md"
SCP = "corpus/guides/supply-chain-and-park.md"
SEG = "corpus/guides/self-evaluation-report-guide.md"
FACTS = "/work/shared/domain/green-manufacturing-facts.md"


def ok(text: str, subject: str, source: str, phrasing: str, profile: str | None = None) -> dict:
    """A statement whose every checkable number is true."""
    return {"text": text, "profile": profile, "expected": "ok", "subject": subject,
            "source": source, "phrasing": phrasing}


def mm(text: str, error_text: str, correct: str, subject: str, source: str, phrasing: str,
       profile: str | None = None) -> dict:
    """A statement with exactly one wrong number, `error_text` (the true value is `correct`)."""
    return {"text": text, "profile": profile, "expected": "mismatch", "error_text": error_text,
            "correct": correct, "subject": subject, "source": source, "phrasing": phrasing}
