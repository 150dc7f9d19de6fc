"""The planted-error evaluation meets its targets: recall 100%, false alarms <= 2%."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.scoring.evaluate import DEFAULT_SET, run_checker_eval

ROOT = Path(__file__).resolve().parents[1]


def test_eval_set_size_and_shape():
    items = [json.loads(x) for x in DEFAULT_SET.read_text(encoding="utf-8").splitlines() if x.strip()]
    planted = [i for i in items if i["expected"] == "mismatch"]
    correct = [i for i in items if i["expected"] == "ok"]
    assert len(planted) >= 60 and len(correct) >= 60
    assert {i["error_type"] for i in planted} == {"wrong_value", "wrong_unit", "swapped_indicator", "percent_fraction"}
    for i in planted:
        s, e = i["error_span"]
        assert i["text"][s:e] == i["error_text"]
        assert (ROOT / i["profile"]).exists()


def test_checker_eval_targets():
    res = run_checker_eval()
    assert res["recall"] == 1.0, res["failures"]
    assert res["false_alarm_rate"] <= 0.02, res["failures"]
    assert res["coverage"] >= 0.95, res["failures"]
    ho = res["heldout"]
    assert ho["planted"] >= 20 and ho["correct"] >= 20
    assert ho["recall"] == 1.0, ho["failures"]
    assert ho["false_alarm_rate"] <= 0.05, ho["failures"]
