import "server-only";
import { eq } from "drizzle-orm";
import { reports } from "../../../db/schema";
import type { Actor } from "../../access";
import type { ReportData } from "../../disclosure/report-data";
import { ValidationError } from "../../errors";
import { loadReportData } from "../load-report-data";
import { saveSection } from "./save-section";
import type { TFunds } from "./funds.schema";

export interface FundLine {
  code: string;
  name: string;
  income: number;
  basic: number;
  project: number;
  carryStart: number;
  carryEnd: number;
  initialBudget: number;
}

/** The 政府性基金 and 国有资本经营 figures of the function lines (one source: decision 003). */
export function fundLines(data: ReportData) {
  const pick = (kind: "GovFund" | "StateCapital"): FundLine[] =>
    data.functionLines
      .map((l) => ({
        code: l.subjectCode,
        name: data.functionSubjects[l.subjectCode]?.name ?? "",
        income: l[`income${kind}`],
        basic: l[`basic${kind}`],
        project: l[`project${kind}`],
        carryStart: l[`carryStart${kind}`],
        carryEnd: l[`carryEnd${kind}`],
        initialBudget: l[`initialBudget${kind}`],
      }))
      .filter((l) => l.income || l.basic || l.project || l.carryStart || l.carryEnd || l.initialBudget);
  return { govFund: pick("GovFund"), stateCapital: pick("StateCapital") };
}

export function getFundsPage(actor: Actor, reportId: number) {
  const data = loadReportData(actor, reportId);
  return {
    initial: {
      noGovFundActivity: data.report.noGovFundActivity,
      noStateCapitalActivity: data.report.noStateCapitalActivity,
    },
    ...fundLines(data),
  };
}

export function saveFunds(actor: Actor, reportId: number, version: number, input: TFunds) {
  const lines = fundLines(loadReportData(actor, reportId));
  if (input.noGovFundActivity && lines.govFund.length > 0) {
    throw new ValidationError(
      "收入支出（功能分类）中已填有政府性基金数据，不能声明“本部门无此项收支”。",
      "noGovFundActivity",
    );
  }
  if (input.noStateCapitalActivity && lines.stateCapital.length > 0) {
    throw new ValidationError(
      "收入支出（功能分类）中已填有国有资本经营预算数据，不能声明“本部门无此项支出”。",
      "noStateCapitalActivity",
    );
  }
  return saveSection(actor, reportId, "funds", version, ({ tx, report }) => {
    tx.update(reports).set(input).where(eq(reports.id, reportId)).run();
    return (["noGovFundActivity", "noStateCapitalActivity"] as const)
      .filter((k) => report[k] !== input[k])
      .map((k) => ({ field: `reports.${k}`, oldValue: String(report[k]), newValue: String(input[k]) }));
  });
}
