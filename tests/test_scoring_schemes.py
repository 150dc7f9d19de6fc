"""Schemes: validation, clause 5.2 scoring, gate and verdict; every sample profile under every scheme."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from assistant.scoring import SchemeError, list_schemes, load_profile, load_scheme, score
from assistant.scoring.schemes import scheme_from_dict

ROOT = Path(__file__).resolve().parents[1]
PROFILES = [ROOT / "corpus/examples/copper-smelter.yaml", ROOT / "corpus/examples/computer-assembly.yaml"]
SCHEME_DIR = ROOT / "assistant/scoring/data/schemes"


def _raw(name):
    return yaml.safe_load((SCHEME_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def test_shipped_schemes():
    names = list_schemes()
    assert {"table-c1-example", "illustrative-copper-smelting", "illustrative-computer-manufacturing",
            "gbt36132-2018-practice", "supply-chain-2016"} <= set(names)
    c1 = load_scheme("table-c1-example")
    assert c1.status == "example" and c1.pass_mark is None
    assert [c.weight for c in c1.classes] == [30, 30, 16, 16, 8]
    assert [i.points for _, i in c1.all_indicators()] == [8, 8, 8, 6, 8, 8, 8, 6, 6, 4, 6, 8, 8, 8]
    assert load_scheme("illustrative-copper-smelting").status == "illustrative"
    y18 = load_scheme("gbt36132-2018-practice")
    assert [(c.weight, c.confidence) for c in y18.classes] == [(20, "M"), (15, "L"), (15, "L"), (10, "L"), (10, "L"), (30, "L")]
    sc = load_scheme("supply-chain-2016")
    assert [c.weight for c in sc.classes] == [20, 20, 20, 20, 10, 10]


@pytest.mark.parametrize(("mutate", "words"), [
    (lambda d: d["classes"][0].update(weight=25), "权重之和为 95"),
    (lambda d: d["classes"][0]["indicators"][0].update(points=9), "分值之和为 31"),
    (lambda d: d["classes"][0]["indicators"][0].update(lead=600), "逆向指标的引领值"),
    (lambda d: d["classes"][0]["indicators"][2].update(lead=2, base=3), "正向指标的引领值"),
    (lambda d: d["classes"][0]["indicators"][2].update(lead=None), "同时给出"),
    (lambda d: d["classes"][0]["indicators"][0].update(unit="m3/t"), "不相容"),
    (lambda d: d["classes"][0]["indicators"][0].update(indicator="nonsense"), "未知计算指标"),
    (lambda d: d["classes"][0]["indicators"][1].update(id="energy_intensity"), "重复"),
    (lambda d: d.update(pass_mark=120), "分数线"),
    (lambda d: d["classes"][2]["indicators"][0].update(rule="linear"), "定性指标"),
    (lambda d: d["classes"][0]["indicators"][2].update(rule="range", ranges=[{"threshold": 10, "fraction": 0.8}, {"threshold": 5, "fraction": 0.9}]), "不减"),
])
def test_scheme_validation_errors(mutate, words):
    d = copy.deepcopy(_raw("illustrative-copper-smelting"))
    mutate(d)
    with pytest.raises(SchemeError) as e:
        scheme_from_dict(d)
    assert any(words in p for p in e.value.problems), e.value.problems


def test_example_scheme_may_leave_values_empty_but_others_may_not():
    d = copy.deepcopy(_raw("table-c1-example"))
    scheme_from_dict(d)
    d["status"] = "illustrative"
    with pytest.raises(SchemeError, match="须给出引领值和基准值"):
        scheme_from_dict(d)


@pytest.mark.parametrize("profile", PROFILES, ids=["copper", "computer"])
@pytest.mark.parametrize("scheme", ["table-c1-example", "illustrative-copper-smelting",
                                    "illustrative-computer-manufacturing", "gbt36132-2018-practice", "supply-chain-2016"])
def test_every_profile_under_every_scheme(profile, scheme):
    rep = score(load_profile(profile), scheme)
    assert 0 <= rep.total <= 100
    assert rep.total == pytest.approx(sum(c.score for c in rep.classes))
    for r in rep.rows:
        assert 0 <= r.points <= r.points_max + 1e-9
    assert rep.gate_passed
    assert rep.verdict


def test_copper_illustrative_total_by_hand():
    rep = score(load_profile(PROFILES[0]), "illustrative-copper-smelting")
    pts = {r.id: r.points for r in rep.rows}
    assert pts["energy_intensity"] == pytest.approx(8 * (550 - 464.4954) / 250)  # kgce/t after conversion
    assert pts["water_reuse"] == pytest.approx(8 * (96 - 92) / 5.5)
    assert pts["platform"] == 6  # 9 items >= lead 8
    assert pts["green_design"] == 4  # 部分符合 = 0.5
    assert pts["pollutant_intensity"] == pytest.approx(6 * (3.0 - 1.9) / 2.0)  # kg/t
    assert rep.total == pytest.approx(60.8456, abs=1e-3)
    assert rep.passed is True
    assert "未规定合格分数线" in rep.verdict and "60" in rep.verdict


def test_example_scheme_is_incomplete_and_says_no_pass_mark():
    rep = score(load_profile(PROFILES[0]), "table-c1-example")
    assert not rep.complete and rep.passed is None
    assert sum(1 for r in rep.rows if r.status == "unfilled") == 10
    assert "未规定合格分数线" in rep.verdict
    platform = next(r for r in rep.rows if r.id == "platform")
    assert platform.points == 6


def test_gate_fails_without_basic_requirement():
    p = load_profile(PROFILES[1])
    p.basic_requirements["4.2a"].met = False
    rep = score(p, "illustrative-computer-manufacturing")
    assert not rep.gate_passed and rep.passed is False
    assert "基本要求" in rep.verdict and "4.2a" in rep.verdict


def test_evidence_required_for_qualitative():
    p = load_profile(PROFILES[1])
    p.declarations["green_design"].evidence = []
    rep = score(p, "illustrative-computer-manufacturing")
    row = next(r for r in rep.rows if r.id == "green_design")
    assert row.points == 0 and row.status == "no_evidence"


def test_2018_mandatory_items():
    p = load_profile(PROFILES[0])
    rep = score(p, "gbt36132-2018-practice")
    assert rep.passed is None and "未规定合格分数线" in rep.verdict
    del p.declarations["y18_ems"]
    rep = score(p, "gbt36132-2018-practice")
    assert rep.passed is False and "环境管理体系" in rep.verdict


def test_supply_chain_points_by_hand():
    rep = score(load_profile(PROFILES[1]), "supply-chain-2016")
    # missing: dismantling guidance (5); half: perf 1.5, low-risk 2, product recovery 2.5, recovery system 2.5
    assert rep.total == pytest.approx(100 - 5 - 1.5 - 2 - 2.5 - 2.5)
