"""More profile subjects: per-energy quantities, standard coal and emission factors, product output
values and conversion factors, three-year output value, evaluation year, elliptical pollutant words."""

from __future__ import annotations

from . import refdata
from .errors import InputError, ScoringError
from .lexicon import Lexicon, Subject
from .profile import FactoryProfile
from .units import convert, fmt, parse_quantity

YEAR_TERMS = ("评价年", "评价年度", "统计年度", "报告年度", "核算年度", "评价期", "统计期")


def _q(qid: str, name: str, value: float, unit: str, how: str = "画像填报值", **kw: object) -> Subject:
    return Subject(id=qid, name=name, role="value", value=value, unit=unit, how=how, reference="画像", **kw)  # type: ignore[arg-type]


def _short_names(name: str) -> list[str]:
    out = [name]
    if "计算机" in name:
        out.append(name.replace("计算机", "机"))
    if len(name) >= 4 and name.endswith(("电脑", "计算机")):
        out.append(name[:-2] if name.endswith("电脑") else name[:-3])
    return [n for n in dict.fromkeys(out) if len(n) >= 2]


def _site(lex: Lexicon, p: FactoryProfile) -> None:
    """'研发办公楼 8 层、层高 3.8 m': a building of the land table by its name; the industry code by the
    industry's name ('GB/T 4754 中的 3911 计算机整机制造')."""
    for f in (p.land.floors if p.land else []) or []:
        if len(f.name) >= 2:
            # '电解车间按两层计' is B.27's counting rule, not the building's storeys
            lex.add(f.name, _q(f"floor_storeys:{f.name}", f"{f.name}层数", float(f.storeys), "层", context_none=["按", "计容"]))
            lex.add(f.name, _q(f"floor_height:{f.name}", f"{f.name}层高", float(f.height), "m"))
    ind = p.basics.industry
    if ind is not None and str(ind.code).isdigit() and ind.name:
        lex.add(ind.name, _q("industry_code", f"{ind.name}行业代码", float(ind.code), "",
                             context_any=["4754", "行业代码", "行业类别", "所属行业", "代码"], constant=True))  # also named after it


def add_profile_extras(lex: Lexicon, p: FactoryProfile) -> None:
    _energies(lex, p)
    _products(lex, p)
    _site(lex, p)
    _indirect(lex, p)
    if p.retrofit and p.retrofit.output_value_3y is not None:
        try:
            g3 = convert(*_num(p.retrofit.output_value_3y), "万元")
            s = _q("retrofit_output_value_3y", "近三年工业总产值", g3, "万元")
            for t in ("同期产值", "近三年产值", "近三年工业总产值", "近三年总产值", "三年产值", "同期工业总产值",
                      "近三年累计产值", "近三年累计工业总产值", "三年累计产值", "近3年产值", "近3年累计产值"):
                lex.add(t, s)
        except (InputError, ScoringError):
            pass
    year = _q("evaluation_year", "评价年", float(p.basics.year), "年")
    for t in YEAR_TERMS:
        lex.add(t, year)
    aliases = refdata.catalog()["pollutant_aliases"]
    for pol in p.pollutants:
        names = aliases.get(pol.name, [pol.name])
        for part, verb in (("generated", "产生"), ("discharged", "排放")):
            raw = getattr(pol, part)
            if raw is None:
                continue
            try:
                v = convert(*_num(raw, "t"), "t")
            except InputError:
                continue
            s = _q(f"pollutant_{part}:{pol.name}:bare", f"{pol.name}{verb}量", v, "t", context_any=list(names))
            lex.add(f"{verb}量", s)  # 'VOCs产生量48 t，排放量15 t': the pollutant named in the sentence


def _num(raw: object, default_unit: str = "万元") -> tuple[float, str]:
    value, unit = parse_quantity(raw, "value")  # type: ignore[arg-type]
    return value, unit or default_unit


def _energies(lex: Lexicon, p: FactoryProfile) -> None:
    for i, row in enumerate(p.energy.table):
        try:
            eid, info = refdata.energy_type(row.type)
            value, unit = parse_quantity(row.quantity, f"energy.table[{i}].quantity")
            unit = unit or row.unit or info["unit"]
            amount = convert(value, unit, info["unit"])
        except InputError:
            continue
        coef = row.coefficient or (p.energy.electricity_equivalent if eid == "electricity" and p.energy.electricity_basis == "等价值"
                                   else info["coefficient"])
        names = [n for n in {info["name"], *info.get("aliases", [])} if len(n) >= 2]
        qty = _q(f"energy_qty:{eid}", f"{info['name']}消耗量", amount, info["unit"], no_slip=True)
        tce = _q(f"energy_tce:{eid}", f"{info['name']}折标准煤量", amount * float(coef or 0) / 1000, "tce",
                 how=f"{amount:g} {info['unit']} × {coef} kgce/{info['unit']} ÷ 1000", no_slip=True)
        for n in names:
            for t in (n, f"{n}用量", f"{n}消耗", f"{n}消耗量", f"{n}消费量"):
                lex.add(t, qty)
            for t in (n, f"{n}折标", f"{n}折合", f"{n}折标准煤", f"{n}折标煤"):
                lex.add(t, tce)
        if row.emission_factor is not None:
            try:
                fv, fu = parse_quantity(row.emission_factor, f"energy.table[{i}].emission_factor")
            except InputError:
                continue
            ef = _q(f"emission_factor:{eid}", f"{info['name']}排放因子", fv, fu, context_any=names)
            for n in names:
                lex.add(f"{n}排放因子", ef)
            lex.add("排放因子", ef)


def _products(lex: Lexicon, p: FactoryProfile) -> None:
    from .compute import output_value
    try:
        total = output_value(p)
    except (InputError, ScoringError):
        return
    alts: list[tuple[float, str]] = []
    for prod in p.products:
        names = _short_names(prod.name)
        if prod.output_value is not None:
            try:
                v = convert(*_num(prod.output_value), "万元")
            except InputError:
                continue
            alts.append((v, f"{prod.name}产值"))
            s = _q(f"output_value:{prod.id}", f"{prod.name}产值", v, "万元")
            for n in names:
                lex.add(f"{n}产值", s)
        if prod.capacity is not None:  # '台式机产能 150 万台': the product's own capacity, not the total N
            try:
                cap = _q(f"capacity:{prod.id}", f"{prod.name}产能", float(_num(prod.capacity)[0]), prod.unit)
                for n in names:
                    for t in (f"{n}产能", f"{n}年产能", f"{n}设计产能"):
                        lex.add(t, cap)
            except (InputError, ScoringError, TypeError, ValueError):
                pass
        factor = prod.standard_factor if prod.standard_factor is not None else prod.time_quota
        if factor is not None:
            alt = [(float(prod.time_quota), "工时定额")] if prod.time_quota not in (None, factor) else []
            f = _q(f"standard_factor:{prod.id}", f"{prod.name}换算系数", float(factor), "",
                   context_any=["系数", "定额", "折算"], alternatives=alt)  # type: ignore[arg-type]
            for n in names:
                for t in (n, f"{n}换算系数", f"{n}折算系数", f"{n}的换算系数", f"{n}的工时定额换算系数"):
                    lex.add(t, f)
    if len(p.products) > 1 and alts:
        # Bare '产值' next to a product's name may be that product's output value.
        bare = _q("output_value", "工业总产值", total, "万元", alternatives=alts)
        for t in ("产值", "年产值"):
            lex.terms[t] = [bare, *[s for s in lex.terms.get(t, []) if s.id != "output_value"]]


def _indirect(lex: Lexicon, p: FactoryProfile) -> None:
    """The indirect emission of purchased electricity (kWh × the profile's grid factor), which reports
    state as a part of the total ('其中外购电力间接排放24.60万吨')."""
    from .quantities import _grid_subject, quantities
    try:
        q = quantities(p)
        kwh = (convert(*_num(p.carbon.purchased_electricity, "kWh"), "kWh") if p.carbon.purchased_electricity is not None
               else q["purchased_electricity"].value)
        gf = _grid_subject(p)
    except (InputError, ScoringError, KeyError):
        return
    s = _q("indirect_emission", "外购电力间接排放量", kwh * gf.value / 1000, "tCO2",
           f"{fmt(kwh)} kWh × {fmt(gf.value)} tCO2/MWh ÷ 1000（{gf.how}）", confidence=gf.confidence)
    for t in ("外购电力间接排放", "外购电力排放", "外购电排放", "间接排放", "电力间接排放", "外购电力碳排放", "间接排放量",
              "外购电力产生的排放", "外购电力的间接排放"):
        lex.add(t, s)
