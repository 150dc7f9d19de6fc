"""Hand-computed cases for every GB/T 36132-2025 Annex B formula (B.1-B.27) and the energy/CO2 totals."""

from __future__ import annotations

import pytest

from assistant.scoring import InputError, calc

# (indicator, inputs, expected value, expected unit, formula id) — each value computed by hand.
CASES = [
    ("energy_per_product", {"E": 500, "Q": "1000 t"}, 0.5, "tce/t", "B.1"),
    ("energy_per_value", {"E": 500, "G": 2000}, 0.25, "tce/万元", "B.2"),
    ("co2_per_product", {"C": 1200, "Q": "400 t"}, 3.0, "tCO2/t", "B.3"),
    ("co2_per_value", {"C": 1200, "G": 6000}, 0.2, "tCO2/万元", "B.4"),
    ("renewable_energy_rate", {"Ere": 30, "E": 200}, 15.0, "%", "B.5"),
    ("raw_material_per_product", {"M": 4500, "Q": "1500 t"}, 3.0, "t/t", "B.6"),
    ("raw_material_per_value", {"M": 4500, "G": 9000}, 0.5, "t/万元", "B.7"),
    ("water_per_product", {"V": 12000, "Q": "3000 t"}, 4.0, "m3/t", "B.8"),
    ("water_per_value", {"V": 12000, "G": 48000}, 0.25, "m3/万元", "B.9"),
    ("water_reuse_rate", {"V": 1000, "Vr": 9000}, 90.0, "%", "B.10"),
    ("solid_waste_utilisation_rate", {"Zr": 900, "Z": 950, "Zw": 50}, 90.0, "%", "B.11"),
    ("wastewater_generated_per_product", {"W": 2500, "Q": "500 t"}, 5.0, "t/t", "B.12"),
    ("wastewater_generated_per_value", {"W": 2500, "G": 10000}, 0.25, "t/万元", "B.13"),
    ("wastewater_discharged_per_product", {"W": 1500, "Q": "500 t"}, 3.0, "t/t", "B.14"),
    ("wastewater_discharged_per_value", {"W": 1500, "G": 6000}, 0.25, "t/万元", "B.15"),
    ("waste_gas_generated_per_product", {"F": 2.0e6, "Q": "400 t"}, 5000.0, "m3/t", "B.16"),
    ("waste_gas_generated_per_value", {"F": 2.0e6, "G": 8000}, 250.0, "m3/万元", "B.17"),
    ("waste_gas_discharged_per_product", {"F": 1.6e6, "Q": "400 t"}, 4000.0, "m3/t", "B.18"),
    ("waste_gas_discharged_per_value", {"F": 1.6e6, "G": 8000}, 200.0, "m3/万元", "B.19"),
    ("pollutant_generated_per_product", {"P": 12, "Q": "4000 t"}, 0.003, "t/t", "B.20"),
    ("pollutant_generated_per_value", {"P": 12, "G": 24000}, 0.0005, "t/万元", "B.21"),
    ("pollutant_discharged_per_product", {"P": 3, "Q": "4000 t"}, 0.00075, "t/t", "B.22"),
    ("pollutant_discharged_per_value", {"P": 3, "G": 24000}, 0.000125, "t/万元", "B.23"),
    # B.24 with time quotas: k1 = 2/2 = 1, k2 = 4/2 = 2 -> N = 1000 + 500*2 = 2000; n = 2000/4000
    ("capacity_per_land", {"N1": "1000 t", "t1": 2, "N2": 500, "t2": 4, "t0": 2, "A": 4000}, 0.5, "t/m2", "B.24"),
    ("output_value_per_land", {"G": 12000, "A": 8000}, 1.5, "万元/m2", "B.25"),
    ("building_coefficient", {"a1": 3000, "a2": 1000, "a3": 1000, "A": 10000}, 50.0, "%", "B.26"),
    # B.27: 12000 m2 of floors of which 3000 m2 are storeys over 8 m (counted twice) -> 15000/10000
    ("plot_ratio", {"S": 12000, "S_high": 3000, "A": 10000}, 1.5, "", "B.27"),
    ("retrofit_investment_share", {"I": 300, "G3": 20000}, 1.5, "%", "表C.1-10"),
    ("platform_functions", {"n": 9}, 9.0, "项", "表C.1-4"),
]


@pytest.mark.parametrize(("indicator", "inputs", "value", "unit", "formula"), CASES, ids=[c[4] for c in CASES])
def test_formula_hand_computed(indicator, inputs, value, unit, formula):
    r = calc(indicator, inputs)
    assert r.value == pytest.approx(value, rel=1e-12)
    assert r.unit == unit
    assert r.formula == formula
    assert r.steps and all(isinstance(s, str) for s in r.steps)
    assert set(r.inputs) >= {k for k in inputs if k not in ("unit",)} - {"N1", "N2", "t1", "t2"}


def test_every_annex_b_formula_is_covered():
    covered = {c[4] for c in CASES}
    assert {f"B.{i}" for i in range(1, 28)} <= covered


def test_equation_numbers_shift_after_b24():
    assert calc("B.27", {"S": 1, "A": 1}).equation == "B.28"
    assert calc("building_coefficient", {"a1": 1, "A": 2}).equation == "B.27"
    assert "B.25" in calc("capacity_per_land", {"N": 10, "A": 5}).equation


@pytest.mark.parametrize("name", ["工业用水重复利用率", "水重复利用率", "B.10", "b10", "water_reuse_rate"])
def test_indicator_names(name):
    assert calc(name, {"V": 1000, "Vr": 9000}).value == pytest.approx(90.0)


def test_unit_conversion_of_inputs():
    r = calc("energy_per_value", {"E": "500000 kgce", "G": "2000万元"})
    assert r.value == pytest.approx(0.25)
    assert r.inputs["E"].given.startswith("500,000 kgce")
    assert calc("energy_per_value", {"E": "500 tce", "G": "0.2亿元"}).value == pytest.approx(0.25)
    assert calc("energy_per_value", {"E": 500, "G": "20000000 元"}).value == pytest.approx(0.25)
    assert calc("energy_per_product", {"E": 500, "Q": "0.1万吨"}).unit == "tce/t"
    # water: 1 t of water = 1 m3
    assert calc("water_reuse_rate", {"V": "1000 t", "Vr": "9000 m3"}).value == pytest.approx(90.0)


def test_renewable_in_kwh_uses_calorific_equivalent():
    # 1,000,000 kWh x 0.1229 kgce/kWh = 122.9 tce; 122.9 / 1229 = 10 %
    r = calc("renewable_energy_rate", {"Ere": "100万kWh", "E": 1229})
    assert r.value == pytest.approx(10.0)
    assert r.confidence == "M"


def test_comprehensive_energy_from_table():
    # 1,000,000 kWh x 0.1229 = 122.9 tce; 100 t raw coal x 0.7143 kgce/kg = 71.43 tce
    r = calc("comprehensive_energy", {"electricity": "100万kWh", "原煤": "100 t"})
    assert r.value == pytest.approx(194.33)
    assert r.unit == "tce"
    assert r.confidence == "M"
    assert any("当量值" in s for s in r.steps)


def test_equivalent_value_needs_stated_coefficient():
    with pytest.raises(InputError) as e:
        calc("comprehensive_energy", {"electricity": "100万kWh", "basis": "等价值"})
    assert e.value.field == "energy.electricity_equivalent"
    r = calc("comprehensive_energy", {"electricity": "100万kWh", "basis": "等价值", "electricity_equivalent": 0.3})
    assert r.value == pytest.approx(300.0)


def test_natural_gas_disagreement_is_stated_and_overridable():
    from assistant.scoring.energy import comprehensive_energy

    r = comprehensive_energy([{"type": "natural_gas", "quantity": 1000, "unit": "m3"}])
    assert r.value == pytest.approx(1.2143)
    assert any("1.1000～1.3300" in n for n in r.notes)
    r2 = comprehensive_energy([{"type": "natural_gas", "quantity": 1000, "unit": "m3"}], overrides={"natural_gas": 1.33})
    assert r2.value == pytest.approx(1.33)
    r3 = comprehensive_energy([{"type": "fresh_water", "quantity": 1000, "unit": "t"}])
    assert r3.value == pytest.approx(0.2571) and r3.confidence == "L"


def test_feedstock_energy_not_counted():
    from assistant.scoring.energy import comprehensive_energy

    r = comprehensive_energy([{"type": "coke", "quantity": 10, "unit": "t"},
                              {"type": "coke", "quantity": 5, "unit": "t", "feedstock": True}])
    assert r.value == pytest.approx(9.714)


def test_co2_from_grid_factor_and_direct():
    # 1,000,000 kWh = 1000 MWh x 0.5366 tCO2/MWh (2022 national) = 536.6 t; + 100 t direct
    r = calc("co2_emissions", {"purchased_electricity": "100万kWh", "year": 2022, "direct": 100})
    assert r.value == pytest.approx(636.6)
    assert r.confidence == "M"
    r2 = calc("co2_emissions", {"purchased_electricity": 1000000, "grid_factor": 0.5, "heat": 100})
    assert r2.value == pytest.approx(500 + 11.0)  # heat 100 GJ x 0.11 tCO2/GJ
    r3 = calc("co2_emissions", {"purchased_electricity": 1000000, "year": 2022, "region": "华东"})
    assert r3.value == pytest.approx(561.7)


def test_fuel_emission_factor_units():
    from assistant.scoring.energy import co2_emissions

    r = co2_emissions({}, [{"type": "natural_gas", "quantity": "100万m3", "emission_factor": "21.62 tCO2/万m3"}])
    assert r.value == pytest.approx(2162.0)
    r2 = co2_emissions({}, [{"type": "natural_gas", "quantity": 1000000, "unit": "m3", "emission_factor": "2.162 kgCO2/m3"}])
    assert r2.value == pytest.approx(2162.0)


@pytest.mark.parametrize(("indicator", "inputs", "field", "words"), [
    ("water_reuse_rate", {"V": 0, "Vr": 0}, "V", "分母为零"),
    ("water_reuse_rate", {"V": -5, "Vr": 10}, "V", "负数"),
    ("water_reuse_rate", {"V": 100}, "Vr", "缺少输入 Vr"),
    ("energy_per_product", {"E": "5 m3", "Q": 1}, "E", "单位"),
    ("energy_per_value", {"E": 5, "G": "3 t"}, "G", "单位"),
    ("energy_per_product", {"E": 5, "Q": 0}, "Q", "分母为零"),
    ("plot_ratio", {"S": 100, "S_high": 200, "A": 10}, "S_high", "不应大于"),
    ("solid_waste_utilisation_rate", {"Zr": 100, "Z": 50}, "Zr", "大于"),
    ("renewable_energy_rate", {"Ere": 300, "E": 200}, "Ere", "重复计算"),
    ("co2_emissions", {"purchased_electricity": 1000, "year": 2019}, "carbon.grid_factor", "没有 2019 年"),
    ("comprehensive_energy", {"unobtainium": "5 t"}, "type", "未知能源品种"),
    ("不存在的指标", {}, "indicator", "未知指标"),
    ("water_reuse_rate", {"V": "abc", "Vr": 1}, "V", "无法解析"),
])
def test_clear_errors_name_the_field(indicator, inputs, field, words):
    with pytest.raises(InputError) as e:
        calc(indicator, inputs)
    assert e.value.field == field
    assert words in str(e.value)
