"""The outlines of the two report kinds: section ids, titles and the clauses each section rests on.

The self-evaluation outline follows corpus/guides/self-evaluation-report-guide.md (sections 2-6); the
third-party outline follows its section 7.2 (overview, process and methods, basic requirements,
indicators, conclusion, practices and highlights, suggestions, references) with the two tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import ConfigError

STD = "GB/T 36132-2025"
GUIDE = "自评价报告编写指南"


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str
    clauses: tuple[str, ...] = ()      # citation keys the section cites when they are indexed
    indicator_class: str = ""         # first-level indicator (scheme class name) of the section


# First-level indicators of GB/T 36132-2025 4.3 with the computed indicators (assistant.scoring ids)
# each one reports; the scheme's classes decide which of them are scored.
INDICATOR_CLASSES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("energy", "能源低碳化", "4.3.1", ("comprehensive_energy", "energy_per_product", "energy_per_value",
                                     "co2_emissions", "co2_per_product", "co2_per_value", "renewable_energy_rate",
                                     "platform_functions")),
    ("resource", "资源高效化", "4.3.2", ("raw_material_per_product", "raw_material_per_value", "water_per_product",
                                       "water_per_value", "water_reuse_rate", "solid_waste_utilisation_rate")),
    ("clean", "生产洁净化", "4.3.3", ("retrofit_investment_share", "wastewater_generated_per_product",
                                    "wastewater_generated_per_value", "wastewater_discharged_per_product",
                                    "wastewater_discharged_per_value", "waste_gas_generated_per_product",
                                    "waste_gas_generated_per_value", "waste_gas_discharged_per_product",
                                    "waste_gas_discharged_per_value", "pollutant_generated_per_product",
                                    "pollutant_generated_per_value", "pollutant_discharged_per_product",
                                    "pollutant_discharged_per_value")),
    ("product", "产品绿色化", "4.3.4", ()),
    ("land", "用地集约化", "4.3.5", ("capacity_per_land", "output_value_per_land", "building_coefficient",
                                   "plot_ratio")),
)
_NUMERALS = "一二三四五六七八九十"


def _indicator_specs(first: int) -> list[SectionSpec]:
    return [SectionSpec(sid, f"{_NUMERALS[first + i]}、{name}", (f"{STD}§{clause}",), name)
            for i, (sid, name, clause, _) in enumerate(INDICATOR_CLASSES)]


SELF_EVALUATION: tuple[SectionSpec, ...] = (
    SectionSpec("basic", "一、工厂基本情况", (f"{GUIDE}§2.3", f"{GUIDE}§3.2")),
    SectionSpec("requirements", "二、基本要求符合情况", (f"{STD}§4.2",)),
    *_indicator_specs(2),
    SectionSpec("scoring", "八、自评价得分表与总分", (f"{STD}§5.2", f"{STD}§6.1", f"{STD}§6.2")),
    SectionSpec("highlights", "九、亮点", ()),
    SectionSpec("next-steps", "十、存在问题与下一步工作", (f"{GUIDE}§5",)),
)

THIRD_PARTY: tuple[SectionSpec, ...] = (
    SectionSpec("overview", "一、概述", (f"{GUIDE}§7.2",)),
    SectionSpec("process", "二、评价过程和方法", (f"{GUIDE}§7.3",)),
    SectionSpec("requirements", "三、基本要求符合情况", (f"{STD}§4.2",)),
    SectionSpec("indicators", "四、指标评价", (f"{STD}§4.3", f"{STD}§5.2")),
    SectionSpec("conclusion", "五、评价结论", (f"{STD}§6.1", f"{STD}§6.2")),
    SectionSpec("practices", "六、主要做法和亮点", ()),
    SectionSpec("suggestions", "七、持续创建绿色工厂的建议", (f"{GUIDE}§5",)),
    SectionSpec("references", "八、参考资料", ()),
)
OUTLINES: dict[str, tuple[SectionSpec, ...]] = {"self-evaluation": SELF_EVALUATION, "third-party": THIRD_PARTY}


def specs(kind: str) -> tuple[SectionSpec, ...]:
    """The section specs of ``kind``; ConfigError (one line, naming the kind) when unknown."""
    if kind not in OUTLINES:
        raise ConfigError(f"未知报告类型 {kind!r}（可用：{'、'.join(OUTLINES)}）")
    return OUTLINES[kind]


def outline(kind: str) -> list[tuple[str, str]]:
    """``[(id, title), ...]`` of the report ``kind`` ('self-evaluation' or 'third-party')."""
    return [(s.id, s.title) for s in specs(kind)]


def select(kind: str, sections: list[str] | None) -> list[SectionSpec]:
    """The specs of ``sections`` (all when None), in outline order; ConfigError on an unknown id."""
    all_specs = specs(kind)
    if not sections:
        return list(all_specs)
    known = [s.id for s in all_specs]
    unknown = [s for s in sections if s not in known]
    if unknown:
        raise ConfigError(f"报告类型 {kind} 没有章节 {'、'.join(unknown)}（可用：{'、'.join(known)}）")
    return [s for s in all_specs if s.id in sections]
