import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "../../../db";
import { reports, sectionSaves, users } from "../../../db/schema";
import type { Actor } from "../../access";
import { writeAudit, type AuditEntry } from "../../audit/write-audit";
import { AccessDeniedError, SectionConflictError, ValidationError } from "../../errors";
import { formatDateTime } from "../../format-date";
import { getReport, type ReportHeader } from "../get-report";
import { loadReportData } from "../load-report-data";
import { AMOUNT_SECTIONS, amountLimitProblems } from "../../disclosure/limits";
import { type EntrySectionKey } from "../../domain";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * What one optimistic lock covers: an entry section, or a finer part of one that colleagues edit
 * apart — each 绩效自评 project, the 说明 of 审核 warnings.
 */
export type SectionLock = EntrySectionKey | "findingNotes" | `performance:project:${number}`;

export const projectLock = (projectId: number): SectionLock => `performance:project:${projectId}`;

/** The entry section whose amounts a save under a lock may change (a project's and a new project's: 绩效). */
function amountSectionOf(lock: SectionLock | null): EntrySectionKey | null {
  if (lock === null || lock.startsWith("performance:")) return "performance";
  return lock === "findingNotes" ? null : (lock as EntrySectionKey);
}

export interface SectionWriteContext {
  tx: Tx;
  report: ReportHeader;
  now: Date;
}

/** Audit entries without actor and report, which saveSection fills in. */
export type FieldChange = Omit<AuditEntry, "actorId" | "reportId" | "action">;

/** A section's current version (0 when it was never saved). */
export function sectionVersion(db: Pick<Db, "select">, reportId: number, section: SectionLock): number {
  return (
    db
      .select({ version: sectionSaves.version })
      .from(sectionSaves)
      .where(and(eq(sectionSaves.reportId, reportId), eq(sectionSaves.section, section)))
      .get()?.version ?? 0
  );
}

/**
 * Moves a section's version from `baseVersion` to the next, recording who saved when; refuses with a
 * SectionConflictError naming who saved in between when the section is no longer at `baseVersion`.
 * Returns the new version. Runs inside the caller's transaction.
 */
export function claimSection(
  tx: Tx,
  reportId: number,
  section: SectionLock,
  baseVersion: number,
  actorId: number,
  now: Date,
): number {
  const where = and(eq(sectionSaves.reportId, reportId), eq(sectionSaves.section, section));
  const moved =
    baseVersion === 0
      ? tx
          .insert(sectionSaves)
          .values({ reportId, section, version: 1, savedById: actorId, savedAt: now })
          .onConflictDoNothing()
          .returning({ version: sectionSaves.version })
          .get()
      : tx
          .update(sectionSaves)
          .set({ version: sql`${sectionSaves.version} + 1`, savedById: actorId, savedAt: now })
          .where(and(where, eq(sectionSaves.version, baseVersion)))
          .returning({ version: sectionSaves.version })
          .get();
  if (moved) return moved.version;
  const current = tx
    .select({ version: sectionSaves.version, savedAt: sectionSaves.savedAt, by: users.displayName })
    .from(sectionSaves)
    .leftJoin(users, eq(users.id, sectionSaves.savedById))
    .where(where)
    .get();
  const savedBy = current?.by ?? "其他用户";
  const savedAt = current ? formatDateTime(current.savedAt) : "刚才";
  throw new SectionConflictError(
    `${savedBy}已于${savedAt}保存了这一部分的新修改。您的输入仍在页面上：请逐项选择保留您的还是对方的内容，再保存。`,
    { version: current?.version ?? 0, savedBy, savedAt },
  );
}

/**
 * The one way a report's data changes. In one transaction it: checks the actor may edit this
 * report (department scope, clerk, draft); moves the section's version from the one the user's edit
 * was based on to the next — refusing when someone saved this section in between (no lost update),
 * while saves of other sections never collide; lets the section write its rows; refuses a section whose
 * amounts now add up beyond the limit of exact arithmetic (lib/disclosure/limits.ts — the schemas
 * catch most of it, this catches what adds up across saves, such as projects saved one by one); and
 * writes an audit entry per changed field. `section` null is a write that locks no section (it claims
 * its own, as a new project does). The report's own version and last-change stamp move on every save.
 */
export function saveSection(
  actor: Actor,
  reportId: number,
  section: SectionLock | null,
  baseVersion: number,
  write: (ctx: SectionWriteContext) => FieldChange[],
): { version: number; changes: number } {
  const report = getReport(actor, reportId, "report.edit");
  const now = new Date();
  return getDb().transaction((tx) => {
    // Taking the write lock first: nothing else can save between the checks below and the write.
    const draft = tx
      .update(reports)
      .set({ version: sql`${reports.version} + 1`, updatedAt: now, updatedById: actor.id })
      .where(and(eq(reports.id, reportId), eq(reports.status, "draft")))
      .returning({ id: reports.id })
      .get();
    if (!draft) throw new AccessDeniedError("报告已不是草稿状态，不能修改。");
    const version = section === null ? 0 : claimSection(tx, reportId, section, baseVersion, actor.id, now);
    const changes = write({ tx, report, now });
    const amounts = amountSectionOf(section);
    if (amounts !== null && AMOUNT_SECTIONS.has(amounts)) {
      // The same connection: the report as this transaction has just written it.
      const problem = amountLimitProblems(loadReportData(actor, reportId)).find((p) => p.section === amounts);
      if (problem) throw new ValidationError(problem.message);
    }
    writeAudit(
      tx,
      changes.map((c) => ({ ...c, actorId: actor.id, reportId, action: "report.update" })),
      now,
    );
    return { version, changes: changes.length };
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
