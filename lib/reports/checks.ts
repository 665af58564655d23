import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db";
import { preparedQuery } from "../../db/prepared";
import { findingNotes } from "../../db/schema";
import type { Actor } from "../access";
import type { ReportData } from "../disclosure/report-data";
import { resolveTemplate } from "../templates/resolve";
import { ValidationError } from "../errors";
import { runRules, type Finding } from "../rules";
import { memoFindings } from "./derived";
import { getReport } from "./get-report";
import { loadReportData } from "./load-report-data";
import { saveSection } from "./sections/save-section";

export interface Checks {
  findings: Finding[];
  /** 说明 written for warnings, by finding key. */
  notes: Record<string, string>;
}

/**
 * The 审核 findings of a report's current data, with the 说明 written for its warnings. A page that
 * has already loaded the data passes it in.
 */
export function getChecks(actor: Actor, reportId: number, loaded?: ReportData): Checks {
  if (loaded && loaded.report.id !== reportId) throw new Error("getChecks: data of another report");
  if (loaded) getReport(actor, reportId); // the access check loadReportData would have made
  const data = loaded ?? loadReportData(actor, reportId);
  const template = resolveTemplate(data.report.templateId);
  const findings = memoFindings(data, template, () => runRules(data, template));
  const db = getDb();
  const rows = preparedQuery(db, "finding-notes", () =>
    db
      .select({ findingKey: findingNotes.findingKey, text: findingNotes.text })
      .from(findingNotes)
      .where(eq(findingNotes.reportId, sql.placeholder("reportId")))
      .prepare(),
  ).all({ reportId });
  return { findings, notes: Object.fromEntries(rows.map((r) => [r.findingKey, r.text])) };
}

/** Saves the 说明 of warnings (only for warnings the report has now). */
export function saveFindingNotes(
  actor: Actor,
  reportId: number,
  version: number,
  notes: { key: string; text: string }[],
) {
  getReport(actor, reportId, "report.edit");
  const { findings } = getChecks(actor, reportId);
  const warningKeys = new Set(findings.filter((f) => f.severity === "warning").map((f) => f.key));
  const unknown = notes.find((n) => !warningKeys.has(n.key));
  if (unknown) throw new ValidationError("该审核警告已不存在，请刷新页面。");
  return saveSection(actor, reportId, "findingNotes", version, ({ tx }) => {
    const keys = notes.map((n) => n.key);
    const before = new Map(
      (keys.length
        ? tx
            .select()
            .from(findingNotes)
            .where(and(eq(findingNotes.reportId, reportId), inArray(findingNotes.findingKey, keys)))
            .all()
        : []
      ).map((r) => [r.findingKey, r.text]),
    );
    const changes = [];
    for (const { key, text } of notes) {
      const old = before.get(key) ?? "";
      if (old === text) continue;
      if (text === "")
        tx.delete(findingNotes)
          .where(and(eq(findingNotes.reportId, reportId), eq(findingNotes.findingKey, key)))
          .run();
      else
        tx.insert(findingNotes)
          .values({ reportId, findingKey: key, text })
          .onConflictDoUpdate({
            target: [findingNotes.reportId, findingNotes.findingKey],
            set: { text, updatedAt: new Date() },
          })
          .run();
      changes.push({ field: `finding_notes[${key}]`, oldValue: old || null, newValue: text || null });
    }
    return changes;
  });
}
