/** 单位性质: 行政单位 / 参照公务员法管理的事业单位 / 事业单位. 机关运行经费 belongs to the first two only. */
export const UNIT_NATURES = ["administrative", "civil_service_managed", "institution"] as const;
export type UnitNature = (typeof UNIT_NATURES)[number];

export const UNIT_NATURE_LABELS: Record<UnitNature, string> = {
  administrative: "行政单位",
  civil_service_managed: "参照公务员法管理事业单位",
  institution: "事业单位",
};

/** Kinds of organisation listed in 第一部分 机构设置: 内设机构, 另设 (e.g. 机关党支部), 下属单位. */
export const ORG_KINDS = ["internal", "additional", "subordinate"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
