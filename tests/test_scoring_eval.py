"""The planted-error evaluation meets its targets: recall 100%, false alarms <= 2%."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


def test_paraphrase_tune_floor():
    """The paraphrase set's tune split (the split the checker was improved on) keeps its floor."""
    from assistant.scoring.evaluate import PARAPHRASE_SET, _run
    res = _run(PARAPHRASE_SET, "tune")
    assert res["planted"] >= 60 and res["correct"] >= 70
    assert res["recall"] >= 0.9, [f for f in res["failures"] if f["kind"] == "missed"]
    assert res["false_alarm_rate"] <= 0.03, [f for f in res["failures"] if f["kind"] == "false_alarm"]


# The blind sets after their one blind run each (docs/scoring.md): development floors now, so that a
# change fixing one phrasing cannot silently lose the others. (recall floor, false-alarm ceiling)
@pytest.mark.parametrize(("name", "recall", "false_alarms"), [
    ("paraphrase_blind2.jsonl", 0.93, 0.01), ("paraphrase_blind3.jsonl", 0.86, 0.01),
    ("paraphrase_blind4.jsonl", 0.95, 0.01), ("paraphrase_blind5.jsonl", 0.93, 0.01),
    # blind6: seen since round seven (tuned on its failures by class), a development floor like the others
    ("paraphrase_blind6.jsonl", 1.0, 0.01),
    # blind7: seen since round eight (tuned on its failures by class, false alarms first)
    ("paraphrase_blind7.jsonl", 0.92, 0.01),
    # blind8: seen since round nine (tuned on its failures by class, false alarms first)
    # round fifteen (mechanisms read across sets): blind7 0.925 → 0.928, blind8 0.859 → 0.865, blind10 0.924 →
    # 0.927, blind11 0.893 → 0.902, all with no false alarm
    ("paraphrase_blind8.jsonl", 0.86, 0.0),
    # blind9: seen since round ten (tuned on its failures by class: refuted quotes first)
    ("paraphrase_blind9.jsonl", 0.97, 0.01),
    # blind10: written for round ten and tuned on in round ten (its failures read by class)
    ("paraphrase_blind10.jsonl", 0.93, 0.01),
    # blind11: written for round eleven's measurement of round ten, then seen and tuned on in round eleven
    # (its failures read by class); its blind result before tuning was 0.787 / 0.037
    ("paraphrase_blind11.jsonl", 0.90, 0.0),
    # blind12: held out through rounds ten and eleven (0.831 / 0.074 blind), then seen and tuned on in round
    # twelve (its failures read by class)
    ("paraphrase_blind12.jsonl", 0.90, 0.0),
    # blind13 (evals/checker/blind13_build.py) is split by subject: its tune half was tuned on in round
    # twelve and by the fallback linker (first run 0.598 / 0.076 at round eleven; 0.707 / 0 after both),
    # then in rounds thirteen (a) and (b) (0.777 / 0 after (a), 0.864 / 0 after both), then in round
    # fourteen (questions carried into answers, reference fill-ins, corpus facts: 0.924 / 0)
    ("paraphrase_blind13_tune.jsonl", 0.925, 0.0),
    # its held-out half is only counted, failures not read (0.620 / 0.090 at round eleven, 0.662 / 0.084
    # after round twelve and the fallback linker, 0.669 / 0.090 after rounds thirteen (a) and (b): (b)'s
    # grid-factor pass added one catch and one false alarm there; 0.683 / 0.084 after (c), round fourteen
    # and the lead's false-alarm classes): a regression guard at that held-out result
    # Round fifteen released it to tuning (its failures read by class with blind14's and blind15's tune halves;
    # no longer held out): 0.683 / 0.084 → 0.718 / 0.018, a development floor now
    # round sixteen (written calculations, score tables) with the facts sweep: 0.718 / 0.018 → 0.754 / 0.012
    ("paraphrase_blind13_heldout.jsonl", 0.75, 0.013),
    # blind14 is split by subject too; its tune half was tuned on in round thirteen (c: layout, tables,
    # records, English notes; first run 0.532 / 0.038, 0.727 / 0 after, 0.755 / 0 with rounds 13a/b and 14)
    # round fifteen: 0.755 / 0 → 0.791 / 0
    # round sixteen with the facts sweep (stop 21): 0.791 / 0 → 0.820 / 0
    ("paraphrase_blind14_tune.jsonl", 0.82, 0.0),
    # its held-out half is only counted, failures not read: 0.531 / 0.071 at its first run (after round
    # twelve and the fallback linker), 0.593 / 0.064 after rounds thirteen and fourteen, 0.602 / 0.050 after
    # round fifteen and the lead's errata work (stop 20); a regression guard
    # round sixteen and the facts sweep (stop 21): 0.602 / 0.050 → 0.619 / 0.050
    ("paraphrase_blind14_heldout.jsonl", 0.61, 0.05),
    # blind15 (this release's last set): written blind and counted once, on the final checker, tuned on
    # by no round (0.694 / 0.041 tune half, 0.607 / 0.038 held-out half): regression guards on both halves
    # round fifteen tuned on the tune half only (its failures read by class): 0.694 / 0.041 → 0.787 / 0.025
    # round sixteen (stop 21): 0.787 / 0.025 → 0.815 / 0.016
    ("paraphrase_blind15_tune.jsonl", 0.81, 0.017),
    # held-out half: 0.607 / 0.038 → 0.655 / 0.038 after round fifteen (stop 20), counted, never read
    # round sixteen and the facts sweep (stop 21): 0.655 / 0.038 → 0.667 / 0.038
    ("paraphrase_blind15_heldout.jsonl", 0.66, 0.04),
    # blind16 (stop 20): written blind in twelve new genres, first run 0.735 / 0.061 tune, 0.689 / 0.072
    # held-out (evals/results/checker-blind16-first-run.md); its tune half was then tuned on by the lead
    # (refuted values held after the grid passes, 不要用/Don't use, row numbers, list items: 0.761 / 0.015)
    # round sixteen, tuned on its misses by class, with the facts sweep (stop 21): 0.761 / 0.015 → 0.846 / 0
    ("paraphrase_blind16_tune.jsonl", 0.84, 0.0),
    # its held-out half is only counted: 0.689 / 0.072 at the first run and after round fifteen and the
    # lead's round on the tune half (nothing transferred): a regression guard
    # round sixteen and the facts sweep (stop 21): 0.689 / 0.072 → 0.708 / 0.064, counted once, never read
    ("paraphrase_blind16_heldout.jsonl", 0.70, 0.065),
    # blind17 (stop 21): written blind in eleven new genres, counted at the stop's start (0.770 / 0.077 tune,
    # 0.753 / 0.094 held-out) and after round sixteen (0.811 / 0.066, 0.790 / 0.104); its tune half then
    # tuned on by the lead (decimals grouped by three, a sentence's own scheme values, 其中 parts, counts of
    # listed names: 0.838 / 0.011), the held-out half counted, never read (0.790 / 0.083)
    ("paraphrase_blind17_tune.jsonl", 0.83, 0.012),
    ("paraphrase_blind17_heldout.jsonl", 0.79, 0.084),
])
def test_blind_set_floors(name, recall, false_alarms):
    from assistant.scoring.evaluate import REPO, _run
    res = _run(REPO / "evals" / "checker" / name)
    # a held-out half's failures are never printed: whoever reads the test output would be tuning on it
    shown = "heldout" not in name
    assert res["recall"] >= recall, [f for f in res["failures"] if f["kind"] == "missed"] if shown else res["recall"]
    assert res["false_alarm_rate"] <= false_alarms, \
        [f for f in res["failures"] if f["kind"] == "false_alarm"] if shown else res["false_alarm_rate"]


def test_eval_report_fields():
    res = run_checker_eval(splits=("tune",))
    for key in ("recall", "false_alarm_rate", "unverifiable_share", "heldout_recall",
                "paraphrase_tune_recall", "paraphrase_tune_false_alarm_rate", "paraphrase_tune_unverifiable_share"):
        assert isinstance(res[key], float), key
