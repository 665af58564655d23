/** 第一部分: the department's duties, its organisation, its units. */
import { flag, list, optionalText } from "../values";
import type { SectionKindDef } from "./kind";

export const profileDuties: SectionKindDef = {
  label: "部门职责（主要职能）",
  facts: { group: "profile" },
  placeholders: { supplement: "职责之后的补充文字（如下属单位的职责）" },
  lists: { duties: { text: "一项职责" } },
  values: ({ data }) => ({
    values: {
      duties: list(data.profile.duties.map((text) => ({ text }))),
      supplement: optionalText(data.profile.dutiesSupplement),
    },
  }),
};

const STAFFING_ITEM = {
  category: "编制类别",
  authorized: "核定编制数",
  actualLabel: "实有人员的称谓（未填时为编制类别）",
  actual: "实有人数",
};

export const profileOrganisations: SectionKindDef = {
  label: "机构设置（内设机构、下属事业单位、核定编制）",
  facts: { group: "profile" },
  placeholders: {
    hasInternal: "有内设机构时为空、否则不成立（用于可选部分）",
    noInternal: "没有内设机构时为空、否则不成立",
    internalCount: "内设机构个数",
    internalNames: "内设机构名称，以“、”分隔",
    additionalNames: "另设机构名称（如机关党支部），以“、”分隔",
    noSubordinates: "没有下属事业单位时为空、否则不成立",
    hasStaffing: "填有编制情况时为空、否则不成立",
    staffingSubject: "核定编制的主体：部门，或“部门及下属事业单位”",
    authorized: "核定编制合计（名）",
  },
  lists: {
    subordinates: { name: "下属单位名称", category: "单位类别，如公益一类" },
    staffing: STAFFING_ITEM,
    staffingActual: STAFFING_ITEM,
  },
  values: ({ data }) => {
    const { profile, report } = data;
    const internal = profile.organisations.filter((o) => o.kind === "internal").map((o) => o.name);
    const additional = profile.organisations.filter((o) => o.kind === "additional").map((o) => o.name);
    const subordinate = profile.organisations.filter((o) => o.kind === "subordinate");
    const staffing = list(
      profile.staffing.map((r) => ({
        category: r.category,
        authorized: String(r.authorized),
        actualLabel: r.actualLabel || r.category,
        actual: String(r.actual),
      })),
    );
    return {
      values: {
        hasInternal: flag(internal.length > 0),
        noInternal: flag(internal.length === 0),
        internalCount: String(internal.length),
        internalNames: internal.join("、"),
        additionalNames: additional.length ? additional.join("、") : null,
        subordinates: list(subordinate.map((u) => ({ name: u.name, category: u.category }))),
        noSubordinates: flag(subordinate.length === 0),
        hasStaffing: flag(profile.staffing.length > 0),
        staffingSubject: subordinate.length > 0 ? `${report.departmentName}及下属事业单位` : report.departmentName,
        authorized: String(profile.staffing.reduce((s, r) => s + r.authorized, 0)),
        staffing,
        staffingActual: staffing,
      },
    };
  },
};

export const profileUnits: SectionKindDef = {
  label: "部门决算单位构成（单位列表）",
  placeholders: {
    unitCount: "纳入决算的单位个数",
    hasSubordinateUnits: "除本级外还有下属单位时为空、否则不成立",
  },
  values: ({ data }) => ({
    values: {
      unitCount: String(Math.max(1, data.units.length)),
      hasSubordinateUnits: flag(data.units.length > 1),
    },
  }),
};
