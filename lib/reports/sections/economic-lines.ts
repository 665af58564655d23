import "server-only";
import { eq } from "drizzle-orm";
import { economicLines } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import type { Actor } from "../../access";
import { listEconomicSections, unknownEconomicSections } from "../../catalog";
import { economicFormCodes } from "../../disclosure/economic-rows";
import { keyFigures } from "../../disclosure/derive";
import { ValidationError } from "../../errors";
import { loadReportData } from "../load-report-data";
import { auditMoney, moneyText } from "./money-text";
import { diffRecord, saveSection, type FieldChange } from "./save-section";
import type { TEconomicLines, TEconomicLinesInput } from "./economic-lines.schema";

export interface EconomicRow {
  code: string;
  name: string;
  classCode: string;
  className: string;
}

/**
 * The form shows every 款 of the catalog (the fixed rows of table 06), filled where the report has
 * an amount, plus the 一般公共预算财政拨款基本支出 of the function grid to compare with.
 */
export function getEconomicLinesForm(actor: Actor, reportId: number) {
  const data = loadReportData(actor, reportId);
  // In the order a 审核 finding names its rows by (economicFormCodes): the 款 by code, then unknown codes.
  const sections = new Map(listEconomicSections(data.report.year).map((c) => [c.code, c]));
  const catalog: EconomicRow[] = economicFormCodes(
    data.economicSubjects,
    data.economicLines.map((l) => l.subjectCode),
  ).map((code) => sections.get(code) ?? { code, name: "（不在科目表中）", classCode: code.slice(0, 3), className: "" });
  const byCode = new Map(data.economicLines.map((l) => [l.subjectCode, l]));
  const initial: TEconomicLinesInput = {
    lines: catalog.map((c) => ({
      subjectCode: c.code,
      amount: moneyText(byCode.get(c.code)?.amount ?? 0),
      priorYearAmount: moneyText(byCode.get(c.code)?.priorYearAmount ?? 0),
    })),
  };
  return { initial, rows: catalog, functionBasicGeneralBudget: keyFigures(data).generalBudgetBasic };
}

export function saveEconomicLines(actor: Actor, reportId: number, version: number, input: TEconomicLines) {
  return saveSection(actor, reportId, "economicLines", version, ({ tx, report }) => {
    const used = input.lines.filter((l) => l.amount !== 0 || l.priorYearAmount !== 0);
    const unknown = unknownEconomicSections(
      used.map((l) => l.subjectCode),
      report.year,
    );
    if (unknown.length > 0) {
      const index = input.lines.findIndex((l) => l.subjectCode === unknown[0]);
      throw new ValidationError(`科目编码${unknown[0]}不在${report.year}年经济分类科目表中`, `lines.${index}.amount`);
    }
    const before = new Map(
      tx
        .select()
        .from(economicLines)
        .where(eq(economicLines.reportId, reportId))
        .all()
        .map((l) => [l.subjectCode, l]),
    );
    tx.delete(economicLines).where(eq(economicLines.reportId, reportId)).run();
    const changes: FieldChange[] = [];
    insertRows(
      tx,
      economicLines,
      used.map((line) => ({ reportId, ...line })),
    );
    for (const line of used) {
      const { subjectCode, ...amounts } = line;
      changes.push(
        ...diffRecord(`economic_lines[${subjectCode}]`, before.get(subjectCode), amounts, (_k, v) => auditMoney(v)),
      );
    }
    const kept = new Set(used.map((l) => l.subjectCode));
    for (const [code, old] of before) {
      if (!kept.has(code)) {
        changes.push(
          ...diffRecord(`economic_lines[${code}]`, old, { amount: 0, priorYearAmount: 0 }, (_k, v) => auditMoney(v)),
        );
      }
    }
    return changes;
  });
}
