import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "../../../db";
import { reports, sectionSaves, users } from "../../../db/schema";
import type { Actor } from "../../access";
import { writeAudit, type AuditEntry } from "../../audit/write-audit";
import { AccessDeniedError, ConflictError, ValidationError } from "../../errors";
import { formatDateTime } from "../../format-date";
import { getReport, type ReportHeader } from "../get-report";
import { loadReportData } from "../load-report-data";
import { AMOUNT_SECTIONS, amountLimitProblems } from "../../disclosure/limits";
import { type EntrySectionKey } from "../../domain";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface SectionWriteContext {
  tx: Tx;
  report: ReportHeader;
  now: Date;
}

/** Audit entries without actor and report, which saveSection fills in. */
export type FieldChange = Omit<AuditEntry, "actorId" | "reportId" | "action">;

/**
 * The one way a report's data changes. In one transaction it: checks the actor may edit this
 * report (department scope, clerk, draft); moves the report's version from the one the user's edit
 * was based on to the next — refusing when someone saved in between (no lost update); lets the
 * section write its rows; refuses a section whose amounts now add up beyond the limit of exact
 * arithmetic (lib/disclosure/limits.ts — the schemas catch most of it, this catches what adds up
 * across saves, such as projects saved one by one); and writes an audit entry per changed field.
 */
export function saveSection(
  actor: Actor,
  reportId: number,
  baseVersion: number,
  /** The entry section saved (marks it 已填写); null for writes that belong to no section. */
  section: EntrySectionKey | null,
  write: (ctx: SectionWriteContext) => FieldChange[],
): { version: number; changes: number } {
  const report = getReport(actor, reportId, "report.edit");
  const now = new Date();
  return getDb().transaction((tx) => {
    const moved = tx
      .update(reports)
      .set({ version: sql`${reports.version} + 1`, updatedAt: now, updatedById: actor.id })
      .where(and(eq(reports.id, reportId), eq(reports.version, baseVersion), eq(reports.status, "draft")))
      .returning({ version: reports.version })
      .get();
    if (!moved) {
      const current = tx
        .select({
          status: reports.status,
          version: reports.version,
          updatedAt: reports.updatedAt,
          by: users.displayName,
        })
        .from(reports)
        .leftJoin(users, eq(users.id, reports.updatedById))
        .where(eq(reports.id, reportId))
        .get();
      if (current && current.status !== "draft") throw new AccessDeniedError("报告已不是草稿状态，不能修改。");
      throw new ConflictError(
        `保存失败：${current?.by ?? "其他用户"}已于${current ? formatDateTime(current.updatedAt) : "刚才"}保存了本报告的新修改（您编辑的是第${baseVersion}版，当前为第${current?.version ?? "?"}版）。您的输入仍保留在页面上，请记下需要的内容后刷新页面，在最新数据上重新修改。`,
      );
    }
    const changes = write({ tx, report, now });
    if (section !== null && AMOUNT_SECTIONS.has(section)) {
      // The same connection: the report as this transaction has just written it.
      const problem = amountLimitProblems(loadReportData(actor, reportId)).find((p) => p.section === section);
      if (problem) throw new ValidationError(problem.message);
    }
    writeAudit(
      tx,
      changes.map((c) => ({ ...c, actorId: actor.id, reportId, action: "report.update" })),
      now,
    );
    if (section !== null) {
      tx.insert(sectionSaves)
        .values({ reportId, section, savedById: actor.id, savedAt: now })
        .onConflictDoUpdate({
          target: [sectionSaves.reportId, sectionSaves.section],
          set: { savedById: actor.id, savedAt: now },
        })
        .run();
    }
    return { version: moved.version, changes: changes.length };
  });
}

/** The changes between two versions of one record, field by field, as audit entries. */
export function diffRecord<T extends Record<string, unknown>>(
  prefix: string,
  before: { [K in keyof T]?: unknown } | undefined,
  after: T,
  format: (key: keyof T & string, value: unknown) => string = (_k, v) => String(v ?? ""),
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const old = before?.[key];
    if (old === after[key]) continue;
    if (before === undefined && (after[key] === 0 || after[key] === "" || after[key] === false)) continue;
    out.push({
      field: `${prefix}.${key}`,
      oldValue: before === undefined ? null : format(key, old),
      newValue: format(key, after[key]),
    });
  }
  return out;
}

/** The changes of an ordered list, position by position, each item described as text. */
export function diffList<T, U>(
  field: string,
  before: T[],
  after: U[],
  describe: (item: T | U) => string,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const old = i < before.length ? describe(before[i]!) : null;
    const now = i < after.length ? describe(after[i]!) : null;
    if (old !== now) out.push({ field: `${field}[${i + 1}]`, oldValue: old, newValue: now });
  }
  return out;
}
