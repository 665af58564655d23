/**
 * Data the report's template cannot print: a 功能分类 类 missing from the template's 支出 rows, or an
 * 经济分类 类 missing from table 06's column groups. Its amount would be in the 合计 but in no row — the
 * printed table would contradict itself — so these are errors. Pure.
 */
import { economicFormCodes } from "../disclosure/economic-rows";
import { FUNCTION_MONEY_FIELDS } from "../disclosure/report-data";
import { type Rule, w } from "./rule";

export const TEMPLATE_FIT_RULES: Rule[] = [
  {
    id: "R-CLASS",
    severity: "error",
    section: "functionLines",
    title: "功能分类科目所属的类在公开模板中有对应的行",
    check: (d, { template }) => {
      const classes = new Set(template.expenseClasses.map((c) => c.code));
      return d.functionLines
        .map((l, i) => ({ l, i, cls: l.subjectCode.slice(0, 3) }))
        .filter(({ l, cls }) => !classes.has(cls) && FUNCTION_MONEY_FIELDS.some((f) => l[f] !== 0))
        .map(({ l, i, cls }) => ({
          key: `R-CLASS:${l.subjectCode}`,
          message: `科目${l.subjectCode}${d.functionSubjects[l.subjectCode]?.name ?? ""}属于${cls}类“${d.functionSubjects[cls]?.name ?? "（科目表中没有此类）"}”，公开模板“${template.name}”的支出按类列示中没有这一类，它的金额会计入合计却不出现在任何一行。请核对科目编码，或请管理员在模板中增加该类。`,
          field: `lines.${i}.subjectCode`,
        }));
    },
  },
  {
    id: "R-ECON-CLASS",
    severity: "error",
    section: "economicLines",
    title: "经济分类科目所属的类在基本支出表中有对应的列",
    check: (d, { template }) => {
      const table = template.tables.find((t) => t.kind === "generalBudgetBasic");
      if (!table) return [];
      const printedClasses = new Set((table.economicGroups ?? []).flat());
      // The row in the 经济分类 form, which lists the catalog's 款, not only the saved lines.
      const rows = economicFormCodes(
        d.economicSubjects,
        d.economicLines.map((e) => e.subjectCode),
      );
      return d.economicLines
        .map((e) => ({ e, i: rows.indexOf(e.subjectCode), cls: e.subjectCode.slice(0, 3) }))
        .filter(({ e, cls }) => (e.amount !== 0 || e.priorYearAmount !== 0) && !printedClasses.has(cls))
        .map(({ e, i, cls }) => ({
          key: `R-ECON-CLASS:${e.subjectCode}`,
          message: `经济分类${e.subjectCode}${d.economicSubjects[e.subjectCode]?.name ?? ""}（${w(e.amount)}）属于${cls}类“${d.economicSubjects[cls]?.name ?? ""}”，公开模板“${template.name}”的${table.title}没有这一类的栏目，合计会与分项不符。请核对科目，或请管理员在模板中增加该类。`,
          field: `lines.${i}.amount`,
        }));
    },
  },
];
