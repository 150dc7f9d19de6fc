"""``assistant profile init``: a commented profile template (YAML, one Chinese comment per field).

The template loads as it is (every required field has an empty or zero value), so a consultant can
draft at once and see every missing fact as a 【待补充：…】 placeholder.
"""

from __future__ import annotations

TEMPLATE = """\
# 绿色工厂评价 工厂画像模板（assistant profile init 生成）
# 填写说明：数量可写数字（按注释中的单位），也可写带单位的字符串，如 "35万元"、"4.5亿 kWh"、"1200 t"。
# 未填写的信息在报告草稿中显示为【待补充：…】，不会被编造。字段说明见 corpus/examples/profile.schema.json。
schema_version: 1               # 画像格式版本（保持为 1）
basics:                         # 基本信息（申报表“工厂基本信息”栏目）
  name: ""                      # 工厂名称（与营业执照一致）
  address:                      # 工厂地址
  industry:                     # 所属行业
    code: ""                    # 所属行业代码（GB/T 4754-2017 四位代码，如 "3211"）
    name: ""                    # 行业名称（如 铜冶炼）
  main_products:                # 主要产品（申报表栏目）；不填则取下方 products 的名称
  ownership:                    # 单位性质：内资-国有 / 内资-集体 / 内资-民营 / 中外合资 / 港澳台 / 外商独资
  credit_code:                  # 统一社会信用代码（18 位数字或大写字母）
  legal_representative:         # 法定代表人
  contact:                      # 申报工作联系人（不填则整项删除或留空）
    name: ""                    # 姓名
    department: ""              # 联系部门
    phone: ""                   # 联系电话
    email: ""                   # 电子邮箱
  level:                        # 申报级别：国家级 / 省级 / 市级
  province: ""                  # 所在省（自治区、直辖市）
  region: ""                    # 电网区域：华北/东北/华东/华中/西北/南方/西南
  year: 2025                    # 评价年度
  output_value:                 # 工业总产值（万元）；不填则为各产品产值之和
scheme:                         # 评分方案 id（assistant score --help 列出可用方案）；不填用 table-c1-example
products:                       # 产品（至少一项）
  - id: product1                # 产品标识（英文或拼音）
    name: ""                    # 产品名称
    unit: t                     # 计量单位：t、台、件 ...
    output: 0                   # 评价年度合格产品产量（产品单位）
    output_value:               # 产值（万元）
    capacity:                   # 年产能（产品单位），用于单位用地面积产能 B.24
    representative: true        # 代表产品（单位产品指标的标准产品）
energy:                         # 能源消耗（综合能耗按 GB/T 2589 折标）
  electricity_basis: 当量值     # 电力折标：当量值 / 等价值
  table:                        # 评价年度能源消耗表，每个品种一行
    - type: electricity         # 能源品种：electricity/电力、natural_gas/天然气、coke/焦炭、diesel/柴油 ...
      quantity: 0               # 消耗量
      unit: kWh                 # 单位
carbon:                         # 碳排放核算参数
  grid_region:                  # 电网排放因子所属区域（缺省同 basics.region）
renewable:                      # 可再生能源
  electricity: []               # 可再生能源电力：- {category: self_generated/market_green/dedicated_line/gec, quantity: "万kWh", evidence: 证据}
raw_materials:                  # 原材料：{quantity: 消耗量 t, description: 名称}
water:                          # 用水：{withdrawal: 取水量 m3, reused: 重复利用水量 m3}
wastewater:                     # 废水：{generated: 产生量 t, discharged: 排放量 t}
waste_gas:                      # 废气：{generated: 产生量 m3, discharged: 排放量 m3}
pollutants: []                  # 主要污染物：- {name: SO2, generated: 产生量 t, discharged: 排放量 t}
solid_waste:                    # 一般工业固体废物：{generated: 产生量 t, utilised: 综合利用量 t, prior_stock_utilised: 往年贮存利用量 t}
land:                           # 用地：{area: 用地面积 m2, buildings: 建筑物占地 m2, structures: 构筑物占地 m2, yards: 堆场 m2, floors: [...]}
retrofit:                       # 近三年绿色低碳改造：{investment_3y: 投资 万元, output_value_3y: 产值 万元, projects: [项目]}
platform_functions:             # 能碳管理平台已具备的业务功能（12 项之中），如 [能源查询, 碳排放核算]
management_systems: []          # 管理体系认证：- {standard: GB/T 19001, certificate_no: 证书编号, valid_until: 有效期}
basic_requirements: {}          # 基本要求：4.2a: {met: true, evidence: [证明材料]}，键为 4.2a、4.2b、4.2c
declarations: {}                # 定性指标申报：方案指标 id: {level: 符合/部分符合, evidence: [证明材料]}
"""


def profile_template() -> str:
    """The commented YAML profile template (valid as it is)."""
    return TEMPLATE
