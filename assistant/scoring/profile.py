"""Factory profile: the data a factory gives for evaluation (YAML or JSON).

Quantities are numbers in the field's documented unit, or strings with a unit ('35万元',
'4.5亿 kWh', '1200 t'), which are converted and checked. The JSON Schema is generated from these
models (profile_json_schema) and shipped as corpus/examples/profile.schema.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ProfileError

Qty = float | str


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Industry(_M):
    code: str = Field(description="GB/T 4754-2017 国民经济行业分类代码，如 '3211'")
    name: str = Field(description="行业名称，如 '铜冶炼'")


Ownership = Literal["内资-国有", "内资-集体", "内资-民营", "中外合资", "港澳台", "外商独资"]


class Contact(_M):
    name: str = Field(description="申报工作联系人姓名")
    department: str = Field(default="", description="联系部门")
    phone: str = Field(default="", description="联系电话")
    email: str = Field(default="", description="电子邮箱")


class Basics(_M):
    name: str = Field(description="工厂名称（与营业执照一致）")
    industry: Industry
    province: str = ""
    region: str = Field(default="", description="电网区域（华北/东北/华东/华中/西北/南方/西南）或空")
    year: int = Field(description="评价年度")
    output_value: Qty | None = Field(default=None, description="工业总产值（万元）；缺省为各产品产值之和")
    note: str = ""
    # What application forms ask for (the report drafts read them; missing ones become 【待补充：…】).
    address: str | None = Field(default=None, description="工厂地址")
    main_products: str | None = Field(default=None, description="主要产品（申报表栏目）；缺省取 products 的名称")
    ownership: Ownership | None = Field(default=None, description="单位性质：内资-国有/内资-集体/内资-民营/中外合资/港澳台/外商独资")
    credit_code: str | None = Field(default=None, pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$",
                                    description="统一社会信用代码（18 位数字或大写字母）")
    legal_representative: str | None = Field(default=None, description="法定代表人")
    contact: Contact | None = Field(default=None, description="申报工作联系人")
    level: Literal["国家级", "省级", "市级"] | None = Field(default=None, description="申报级别")


class Product(_M):
    id: str
    name: str
    unit: str = Field(default="t", description="产品计量单位：t、台、件 ...")
    output: Qty = Field(description="合格产品产量（产品单位）")
    output_value: Qty | None = Field(default=None, description="产值（万元）")
    capacity: Qty | None = Field(default=None, description="年产能（产品单位）")
    time_quota: float | None = Field(default=None, description="单位产品时间定额 ti（h），用于 B.24 折算 ki = ti/t0")
    representative: bool = Field(default=False, description="代表产品（B.24 的 t0；单位产品指标的标准产品）")
    standard_factor: float | None = Field(default=None, description="折合标准产品系数（B.1 多产品时）")
    allocation: dict[str, float] = Field(default_factory=dict,
                                         description="按计量或分摊的份额（0-1）：energy, co2, raw_material, water, wastewater, waste_gas, pollutants")


class EnergyRow(_M):
    type: str = Field(description="能源品种：electricity/电力、natural_gas/天然气 ...（见 coefficients.yaml）")
    quantity: Qty
    unit: str = ""
    feedstock: bool = Field(default=False, description="用作原料的能源，不计入综合能耗")
    exported: bool = Field(default=False, description="外供能源，不计入综合能耗")
    coefficient: float | None = Field(default=None, description="覆盖默认折标系数（kgce/单位）")
    emission_factor: Qty | None = Field(default=None, description="燃料排放因子（用户给定），如 '2.162 kgCO2/m3'")
    note: str = ""


class Energy(_M):
    electricity_basis: Literal["当量值", "等价值"] = "当量值"
    electricity_equivalent: float | None = Field(default=None, description="当年电力等价值系数 kgce/kWh")
    coefficient_overrides: dict[str, float] = Field(default_factory=dict)
    table: list[EnergyRow]


class Carbon(_M):
    grid_factor: Qty | None = Field(default=None, description="覆盖电网排放因子（tCO2/MWh）")
    grid_factor_source: str = ""
    grid_region: str | None = None
    grid_year: int | None = None
    purchased_electricity: Qty | None = Field(default=None, description="外购电量 kWh；缺省 = 能源表电力 − 自发自用可再生电力")
    purchased_heat: Qty | None = Field(default=None, description="外购热力 GJ")
    direct_emissions: Qty | None = Field(default=None, description="直接排放 tCO2（如按 GB/T 32151 核算）")
    process_emissions: Qty | None = None


class RenewableItem(_M):
    category: Literal["self_generated", "market_green", "dedicated_line", "gec", "other"] = Field(
        description="自发自用 / 市场化购买绿电 / 专线供电（有结算凭证）/ 单独购买绿证 / 其他")
    quantity: Qty | None = Field(default=None, description="电量 kWh")
    certificates: float | None = Field(default=None, description="绿证张数（1 张 = 1 MWh）")
    evidence: str = ""


class Renewable(_M):
    electricity: list[RenewableItem] = Field(default_factory=list)
    other: Qty | None = Field(default=None, description="非电可再生能源（生物质、太阳能热等）tce")


class RawMaterials(_M):
    quantity: Qty = Field(description="原材料消耗量 t")
    description: str = ""


class Water(_M):
    withdrawal: Qty = Field(description="取水量 V（m3）")
    reused: Qty = Field(default=0.0, description="重复利用水量 Vr（m3）")


class Flow(_M):
    generated: Qty | None = None
    discharged: Qty | None = None


class Pollutant(_M):
    name: str = Field(description="如 SO2、NOx、COD、颗粒物、VOCs")
    generated: Qty | None = Field(default=None, description="产生量 t")
    discharged: Qty | None = Field(default=None, description="排放量 t")


class SolidWaste(_M):
    generated: Qty = Field(description="一般工业固体废物产生量 Z（t）")
    utilised: Qty = Field(description="综合利用量 Zr（t，不含外购）")
    prior_stock_utilised: Qty = Field(default=0.0, description="综合利用往年贮存量 Zw（t）")


class Floor(_M):
    name: str
    area: Qty = Field(description="每层建筑面积 m2")
    storeys: int = 1
    height: float = Field(description="层高 m；超过 8 m 的楼层计容积率时按两层计")


class Land(_M):
    area: Qty = Field(description="用地面积 A（m2，按土地证及界址）")
    buildings: Qty = Field(description="建筑物占地面积 m2")
    structures: Qty = 0.0
    yards: Qty = Field(default=0.0, description="露天堆场占地面积 m2")
    floors: list[Floor] = Field(default_factory=list)


class Retrofit(_M):
    investment_3y: Qty = Field(description="近三年绿色低碳改造投资（万元）")
    output_value_3y: Qty = Field(description="近三年工业总产值（万元）")
    projects: list[str] = Field(default_factory=list)


class Certificate(_M):
    standard: str
    certificate_no: str = ""
    body: str = ""
    valid_until: str = ""


class Declaration(_M):
    level: str | float = Field(description="定性指标的申报水平：方案 levels 中的名称或 0-1 的得分比例")
    evidence: list[str] = Field(default_factory=list)
    note: str = ""


class BasicRequirement(_M):
    met: bool
    evidence: list[str] = Field(default_factory=list)


class FactoryProfile(_M):
    schema_version: int = 1
    basics: Basics
    scheme: str | None = Field(default=None, description="默认评分方案 id，供 check 核对得分")
    products: list[Product] = Field(min_length=1)
    energy: Energy
    carbon: Carbon = Field(default_factory=Carbon)
    renewable: Renewable = Field(default_factory=Renewable)
    raw_materials: RawMaterials | None = None
    water: Water | None = None
    wastewater: Flow | None = None
    waste_gas: Flow | None = None
    pollutants: list[Pollutant] = Field(default_factory=list)
    solid_waste: SolidWaste | None = None
    land: Land | None = None
    retrofit: Retrofit | None = None
    platform_functions: list[str] | None = Field(default=None, description="已具备的能碳管理平台业务功能（12 项之中）")
    management_systems: list[Certificate] = Field(default_factory=list)
    basic_requirements: dict[str, BasicRequirement] = Field(default_factory=dict,
                                                            description="基本要求，键如 '4.2a'、'4.2b'、'4.2c'")
    declarations: dict[str, Declaration] = Field(default_factory=dict, description="定性指标申报与证据，键为方案指标 id")

    def representative(self) -> Product:
        for p in self.products:
            if p.representative:
                return p
        return self.products[0]


def load_profile(path: str | Path) -> FactoryProfile:
    """Load a YAML or JSON factory profile; errors name the offending field in Chinese."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"无法读取工厂画像文件 {p}：{exc.strerror or exc}") from None
    except ValueError:  # an embedded NUL byte in the name
        raise ProfileError(f"工厂画像文件名无效（含空字符）：{p!r}") from None
    except UnicodeDecodeError as exc:
        raise ProfileError(f"工厂画像 {p} 不是 UTF-8 文本（第 {exc.start} 字节无法解码）：请另存为 UTF-8 的 YAML 或 JSON") from None
    if "\x00" in text:
        raise ProfileError(f"工厂画像 {p} 含 NUL 字节：不是 YAML 或 JSON 文本")
    try:
        data: Any = json.loads(text) if p.suffix.lower() == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise ProfileError(f"工厂画像 {p} 格式错误：{exc}") from None
    return profile_from_dict(data, str(p))


def profile_from_dict(data: Any, origin: str = "画像") -> FactoryProfile:
    try:
        return FactoryProfile.model_validate(data)
    except ValidationError as exc:
        msgs = [f"{'.'.join(str(x) for x in e['loc'])}：{e['msg']}" for e in exc.errors()]
        raise ProfileError(f"工厂画像 {origin} 校验未通过：" + "；".join(msgs)) from None


def profile_json_schema() -> dict[str, Any]:
    schema = FactoryProfile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "绿色工厂评价 工厂画像（assistant.scoring FactoryProfile）"
    return schema
