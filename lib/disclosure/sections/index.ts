/** Every section kind the builder knows, by the name a template uses. */
import type { SectionKind } from "../template";
import { list } from "../values";
import { basic, expense, fiscal, generalBudget, income, total } from "./finance";
import { COMMON_PLACEHOLDERS, ITEM_PLACEHOLDERS, type SectionKindDef } from "./kind";
import { agencyOperating, assets, govFund, procurement, stateCapital } from "./other";
import { performanceDepartment, performanceManagement, performanceResults, performanceWork } from "./performance";
import { profileDuties, profileOrganisations, profileUnits } from "./profile";
import { threePublic } from "./three-public";

const tables: SectionKindDef = {
  label: "决算表（表目录和各表）",
  placeholders: {},
  lists: {
    tables: {
      title: "表名",
      number: "表号，如 决算公开01表（模板未设表号时不成立）",
      emptyStatement: "表中无数据时的说明（有数据时不成立）",
    },
  },
  values: ({ tables }) => ({
    values: {
      tables: list(
        tables.map((t) => ({
          title: t.title,
          number: t.number || null,
          emptyStatement: t.empty ? t.emptyStatement || null : null,
        })),
      ),
    },
  }),
};

const glossary: SectionKindDef = {
  label: "名词解释",
  placeholders: {},
  lists: { glossary: { term: "名词", definition: "解释" } },
  values: ({ data }) => ({
    values: { glossary: list(data.glossary.map((g) => ({ term: g.term, definition: g.definition }))) },
  }),
};

const group: SectionKindDef = {
  label: "分组（其下各部分以（一）（二）…编号）",
  placeholders: {},
  values: () => ({ values: {} }),
};

export const SECTION_KIND_DEFS: Record<SectionKind, SectionKindDef> = {
  "profile.duties": profileDuties,
  "profile.organisations": profileOrganisations,
  "profile.units": profileUnits,
  tables,
  total,
  income,
  expense,
  fiscal,
  generalBudget,
  basic,
  threePublic,
  agencyOperating,
  procurement,
  assets,
  govFund,
  stateCapital,
  "performance.work": performanceWork,
  "performance.results": performanceResults,
  "performance.department": performanceDepartment,
  "performance.management": performanceManagement,
  glossary,
  group,
};

export { COMMON_PLACEHOLDERS, ITEM_PLACEHOLDERS };
export type { SectionContext, SectionKindDef } from "./kind";
