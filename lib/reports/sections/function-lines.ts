import "server-only";
import { eq } from "drizzle-orm";
import { functionLines, reportSummaries } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import type { Actor } from "../../access";
import { unknownFunctionItems } from "../../catalog";
import { FUNCTION_MONEY_FIELDS, type FunctionLine } from "../../disclosure/report-data";
import { ValidationError } from "../../errors";
import { loadReportData } from "../load-report-data";
import { auditMoney, moneyText } from "./money-text";
import { diffRecord, saveSection, type FieldChange } from "./save-section";
import type { TFunctionLines, TFunctionLinesInput } from "./function-lines.schema";

export function lineToInput(line: FunctionLine): TFunctionLinesInput["lines"][number] {
  return {
    subjectCode: line.subjectCode,
    ...(Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, moneyText(line[f])])) as Record<
      (typeof FUNCTION_MONEY_FIELDS)[number],
      string
    >),
  };
}

export function getFunctionLinesForm(actor: Actor, reportId: number): TFunctionLinesInput {
  const data = loadReportData(actor, reportId);
  return {
    lines: data.functionLines.map(lineToInput),
    institutionFundUsed: moneyText(data.summary.institutionFundUsed),
    surplusDistribution: moneyText(data.summary.surplusDistribution),
    priorYearGrandTotal: moneyText(data.summary.priorYearGrandTotal),
    priorYearFiscalGrandTotal: moneyText(data.summary.priorYearFiscalGrandTotal),
  };
}

export function saveFunctionLines(actor: Actor, reportId: number, version: number, input: TFunctionLines) {
  return saveSection(actor, reportId, "functionLines", version, ({ tx, report }) => {
    const unknown = unknownFunctionItems(
      input.lines.map((l) => l.subjectCode),
      report.year,
    );
    if (unknown.length > 0) {
      const index = input.lines.findIndex((l) => l.subjectCode === unknown[0]);
      throw new ValidationError(
        `科目编码${unknown[0]}不在${report.year}年功能分类科目表的项级科目中`,
        `lines.${index}.subjectCode`,
      );
    }
    const before = new Map(
      tx
        .select()
        .from(functionLines)
        .where(eq(functionLines.reportId, reportId))
        .all()
        .map((l) => [l.subjectCode, l]),
    );
    tx.delete(functionLines).where(eq(functionLines.reportId, reportId)).run();
    const changes: FieldChange[] = [];
    insertRows(
      tx,
      functionLines,
      input.lines.map((line, sortOrder) => ({ reportId, ...line, sortOrder })),
    );
    input.lines.forEach((line) => {
      const { subjectCode, ...amounts } = line;
      changes.push(
        ...diffRecord(`function_lines[${subjectCode}]`, before.get(subjectCode), amounts, (_k, v) => auditMoney(v)),
      );
    });
    const kept = new Set(input.lines.map((l) => l.subjectCode));
    for (const code of before.keys()) {
      if (!kept.has(code)) changes.push({ field: `function_lines[${code}]`, oldValue: "（整行）", newValue: null });
    }
    const { lines: _lines, ...summary } = input;
    const summaryBefore = tx.select().from(reportSummaries).where(eq(reportSummaries.reportId, reportId)).get();
    tx.insert(reportSummaries)
      .values({ reportId, ...summary })
      .onConflictDoUpdate({ target: reportSummaries.reportId, set: summary })
      .run();
    changes.push(...diffRecord("report_summaries", summaryBefore, summary, (_k, v) => auditMoney(v)));
    return changes;
  });
}
