"""Sample profiles: loading, the JSON Schema, and hand-checked indicator values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assistant.scoring import ProfileError, compute_profile, load_profile, profile_json_schema
from assistant.scoring.profile import profile_from_dict

ROOT = Path(__file__).resolve().parents[1]
CU = ROOT / "corpus/examples/copper-smelter.yaml"
PC = ROOT / "corpus/examples/computer-assembly.yaml"


def test_schema_file_matches_models():
    shipped = json.loads((ROOT / "corpus/examples/profile.schema.json").read_text(encoding="utf-8"))
    assert shipped == profile_json_schema()


@pytest.mark.parametrize("path", [CU, PC])
def test_samples_validate_against_schema(path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "corpus/examples/profile.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


def test_two_industries():
    a, b = load_profile(CU), load_profile(PC)
    assert a.basics.industry.code != b.basics.industry.code


def test_copper_values_by_hand():
    r = compute_profile(load_profile(CU))
    # 4.5e8 kWh x 0.1229 + 1.8e7 m3 x 1.2143 + 1.5e7 kg x 0.9714 + 8e5 kg x 1.4571 = 92,899,080 kgce
    assert r["comprehensive_energy"].value == pytest.approx(92899.08)
    assert r["energy_per_product"].value == pytest.approx(92899.08 / 200000)
    assert r["energy_per_value"].value == pytest.approx(92899.08 / 1322500)
    # (4.5e8 - 1.2e7) kWh x 0.5617 kg/kWh + 1800 x 21.62 + 15000 x 2.86 + 800 x 3.10
    assert r["co2_emissions"].value == pytest.approx(246024.6 + 38916 + 42900 + 2480)
    # renewable: 1200万 + 3000万 + 20000 GEC x 1 MWh = 6200万 kWh x 0.1229 = 7619.8 tce
    assert r["renewable_energy_rate"].value == pytest.approx(7619.8 / 92899.08 * 100)
    assert r["water_reuse_rate"].value == pytest.approx(96.0)
    assert r["solid_waste_utilisation_rate"].value == pytest.approx(530000 / 580000 * 100)
    assert r["building_coefficient"].value == pytest.approx(60.0)
    # floors: 120000x2 (24 m) + 80000x2 (15 m) + 5x6000 + 40000 (7.5 m) = 470000
    assert r["plot_ratio"].value == pytest.approx(470000 / 1200000)
    assert r["capacity_per_land"].value == pytest.approx(220000 / 1200000)
    assert r["pollutant_discharged_per_product:SO2"].value == pytest.approx(0.0019)
    assert r["retrofit_investment_share"].value == pytest.approx(48000 / 3800000 * 100)
    assert r["platform_functions"].value == 9


def test_computer_values_by_hand():
    r = compute_profile(load_profile(PC))
    e = 6e7 * 0.1229 / 1000 + 5e5 * 1.2143 / 1000 + 20000 * 1.4571 / 1000
    assert r["comprehensive_energy"].value == pytest.approx(e)
    # standard product: 1.2e6 x 1 + 8e5 x 0.8 + 5e4 x 6 = 2,140,000 台
    assert r["energy_per_product"].value == pytest.approx(e / 2140000)
    assert r["energy_per_product"].unit == "tce/台"
    # capacity by time quota: 1.5e6 + 1e6 x 0.8 + 6e4 x 6 = 2,660,000 台 / 250,000 m2
    assert r["capacity_per_land"].value == pytest.approx(10.64)
    # plot ratio: 150000 + 20000x2 + 24000 + 15000x2 + 24000 = 268000 / 250000
    assert r["plot_ratio"].value == pytest.approx(1.072)
    assert r["co2_emissions"].value == pytest.approx(54000 * 0.5306 + 1081 + 62)
    assert r["water_reuse_rate"].value == pytest.approx(20.0)


def test_profile_errors_are_clear(tmp_path):
    with pytest.raises(ProfileError, match="basics"):
        profile_from_dict({"products": [], "energy": {"table": []}})
    bad = tmp_path / "bad.yaml"
    bad.write_text("basics: [", encoding="utf-8")
    with pytest.raises(ProfileError, match="格式错误"):
        load_profile(bad)


def test_profile_unit_strings_are_converted_and_checked():
    data = yaml.safe_load(CU.read_text(encoding="utf-8"))
    data["water"]["withdrawal"] = "240万m3"
    assert compute_profile(profile_from_dict(data))["water_reuse_rate"].value == pytest.approx(96.0)
    data["water"]["withdrawal"] = "240万kWh"
    from assistant.scoring.compute import compute_detailed

    res, errors = compute_detailed(profile_from_dict(data))
    assert "water_reuse_rate" not in res
    assert any("water.withdrawal" in v for v in errors.values())


def test_double_counted_renewables_rejected():
    from assistant.scoring.compute import compute_detailed

    data = yaml.safe_load(CU.read_text(encoding="utf-8"))
    data["renewable"]["electricity"].append({"category": "gec", "certificates": 500000})
    res, errors = compute_detailed(profile_from_dict(data))
    assert "renewable_energy_rate" not in res
    assert "重复计算" in errors["renewable_energy"]


def test_multi_product_without_conversion_or_allocation_explains():
    from assistant.scoring.compute import compute_detailed

    data = yaml.safe_load(PC.read_text(encoding="utf-8"))
    for prod in data["products"]:
        prod.pop("standard_factor")
    res, errors = compute_detailed(profile_from_dict(data))
    assert "energy_per_product" not in res and "energy_per_value" in res
    assert "standard_factor" in errors["per_product"]
