"""CLI hooks: register() adds calc, score, check with handlers returning exit codes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from assistant.scoring.cli import register

ROOT = Path(__file__).resolve().parents[1]
CU = str(ROOT / "corpus/examples/copper-smelter.yaml")


def run(argv, capsys):
    ap = argparse.ArgumentParser(prog="assistant")
    sub = ap.add_subparsers(dest="cmd", required=True)
    register(sub)
    args = ap.parse_args(argv)
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_calc(capsys):
    code, out, _ = run(["calc", "water_reuse_rate", "V=1000", "Vr=9000"], capsys)
    assert code == 0 and "90 %" in out and "B.10" in out
    code, out, _ = run(["calc", "单位产品综合能耗", "E=350000kgce", "Q=1000t", "--json"], capsys)
    assert code == 0 and json.loads(out)["value"] == pytest.approx(0.35)


def test_calc_error_names_field(capsys):
    code, _, err = run(["calc", "water_reuse_rate", "V=1000"], capsys)
    assert code == 2 and "Vr" in err and "输入" in err


def test_score_table_and_json(capsys):
    code, out, _ = run(["score", CU], capsys)
    assert code == 0
    for word in ("指标", "实际值", "引领值", "基准值", "得分", "总分", "结论", "未规定合格分数线"):
        assert word in out
    code, out, _ = run(["score", CU, "--scheme", "table-c1-example", "--json"], capsys)
    assert json.loads(out)["scheme"] == "table-c1-example"
    code, _, err = run(["score", CU, "--scheme", "no-such-scheme"], capsys)
    assert code == 2 and "找不到评分方案" in err


def test_check_exit_codes(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("工业用水重复利用率为96.0%。", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("工业用水重复利用率为0.96%。", encoding="utf-8")
    code, out, _ = run(["check", str(good), "--profile", CU], capsys)
    assert code == 0 and "一致" in out
    code, out, _ = run(["check", str(bad), "--profile", CU], capsys)
    assert code == 1 and "不一致" in out
    code, out, _ = run(["check", str(bad), "--profile", CU, "--json"], capsys)
    assert code == 1 and json.loads(out)["results"][0]["status"] == "mismatch"


def test_check_summary_and_strict(tmp_path, capsys):
    vague = tmp_path / "vague.txt"
    vague.write_text("公司共设8个生产车间。项目组共开展现场调研30余次。碳排放强度的满分为8分。", encoding="utf-8")
    code, out, _ = run(["check", str(vague)], capsys)
    assert code == 0 and "注意：3 个数字中有 2 个无法核对" in out
    code, out, _ = run(["check", str(vague), "--strict"], capsys)
    assert code == 1
    code, out, _ = run(["check", str(vague), "--json", "--strict"], capsys)
    data = json.loads(out)
    assert code == 1 and data["summary"]["unverifiable"] == 2 and data["summary"]["mostly_unverifiable"]
    ok = tmp_path / "ok.txt"
    ok.write_text("碳排放强度的满分为8分。", encoding="utf-8")
    assert run(["check", str(ok), "--strict"], capsys)[0] == 0


@pytest.mark.parametrize("inputs", [{"V": 1e308, "Vr": 1e308}, {"V": "1e309", "Vr": 1}, {"V": 1e16, "Vr": 1}])
def test_calc_overflow_and_huge_inputs_are_input_errors(inputs):
    from assistant.scoring import calc
    from assistant.scoring.errors import InputError

    with pytest.raises(InputError):
        calc("water_reuse_rate", inputs)


def test_calc_unused_input_is_an_input_error_naming_it():
    from assistant.scoring import calc
    from assistant.scoring.errors import InputError

    with pytest.raises(InputError) as info:
        calc("water_reuse_rate", {"V": 1000, "Vr": 9000, "XYZ": 5})
    assert info.value.field == "XYZ" and "V（取水量" in info.value.message
    assert calc("comprehensive_energy", {"electricity": "1000kWh"}).value > 0  # keys are energy types
    assert calc("单位产品综合能耗", {"E": "350000kgce", "Q": "1000t"}).value == pytest.approx(0.35)
