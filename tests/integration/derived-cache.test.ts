/**
 * What is kept between requests (lib/reports/derived.ts) is never stale and never crosses an access
 * boundary: a report's data is read again after any write — by the app's connection, by another
 * connection, and not kept from inside a transaction that rolled back — and the access check is made
 * on every call, kept data or not.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { NotFoundError, ValidationError } from "../../lib/errors";
import { memoDocumentHtml } from "../../lib/reports/derived";
import { getChecks } from "../../lib/reports/checks";
import { getDisclosure } from "../../lib/reports/get-disclosure";
import { loadReportData } from "../../lib/reports/load-report-data";
import { saveSection, sectionVersion } from "../../lib/reports/sections/save-section";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let outsider: Actor;
let reportId: number;

const userByName = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

/** 其他收入 of the report's first 功能分类 line, as stored. */
const firstLine = () =>
  db
    .select()
    .from(t.functionLines)
    .where(eq(t.functionLines.reportId, reportId))
    .orderBy(t.functionLines.subjectCode)
    .get()!;

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = userByName("clerk");
  outsider = userByName("shclerk");
  reportId = db.select().from(t.reports).where(eq(t.reports.departmentId, clerk.departmentId!)).get()!.id;
});

describe("a report's kept data", () => {
  it("is the same object while nothing is written, and read again after a save through the app", () => {
    const before = loadReportData(clerk, reportId);
    expect(loadReportData(clerk, reportId)).toBe(before);
    const line = firstLine();
    saveSection(clerk, reportId, "functionLines", sectionVersion(db, reportId, "functionLines"), ({ tx }) => {
      tx.update(t.functionLines)
        .set({ incomeOther: line.incomeOther + 100 })
        .where(eq(t.functionLines.id, line.id))
        .run();
      return [];
    });
    const after = loadReportData(clerk, reportId);
    expect(after).not.toBe(before);
    const code = line.subjectCode;
    expect(after.functionLines.find((l) => l.subjectCode === code)!.incomeOther).toBe(line.incomeOther + 100);
    expect(after.report.version).toBe(before.report.version + 1);
  });

  it("is read again after another connection writes (a script, a restore)", () => {
    expect(getDb().$client).not.toBe(db.$client); // the test's own connection is another one
    const kept = loadReportData(clerk, reportId);
    const line = firstLine();
    db.update(t.functionLines)
      .set({ incomeOther: line.incomeOther + 1 })
      .where(eq(t.functionLines.id, line.id))
      .run();
    const fresh = loadReportData(clerk, reportId);
    expect(fresh).not.toBe(kept);
    expect(fresh.functionLines.find((l) => l.subjectCode === line.subjectCode)!.incomeOther).toBe(line.incomeOther + 1);
  });

  it("is not kept from inside a transaction that rolled back", () => {
    const line = firstLine();
    expect(() =>
      saveSection(clerk, reportId, "functionLines", sectionVersion(db, reportId, "functionLines"), ({ tx }) => {
        tx.update(t.functionLines).set({ incomeOther: 777_00 }).where(eq(t.functionLines.id, line.id)).run();
        // What the save itself reads is its own uncommitted write…
        expect(
          loadReportData(clerk, reportId).functionLines.find((l) => l.subjectCode === line.subjectCode)!.incomeOther,
        ).toBe(777_00);
        throw new ValidationError("refused after writing");
      }),
    ).toThrow(ValidationError);
    // …and after the rollback nobody sees it.
    expect(firstLine().incomeOther).toBe(line.incomeOther);
    const data = loadReportData(clerk, reportId);
    expect(data.functionLines.find((l) => l.subjectCode === line.subjectCode)!.incomeOther).toBe(line.incomeOther);
    expect(getDisclosure(clerk, reportId).document).toBe(getDisclosure(clerk, reportId).document);
  });

  it("is checked for access on every call: kept data is not found for another department's clerk", () => {
    loadReportData(clerk, reportId);
    expect(() => loadReportData(outsider, reportId)).toThrow(NotFoundError);
    expect(() => getDisclosure(outsider, reportId)).toThrow(NotFoundError);
    expect(() => getChecks(outsider, reportId)).toThrow(NotFoundError);
  });

  it("gives a new document and new HTML when the data changes, the same ones when it does not", () => {
    const first = memoDocumentHtml(getDisclosure(clerk, reportId).document);
    expect(memoDocumentHtml(getDisclosure(clerk, reportId).document)).toEqual(first);
    db.update(t.departments).set({ name: "改名后的部门" }).where(eq(t.departments.id, clerk.departmentId!)).run();
    const renamed = memoDocumentHtml(getDisclosure(clerk, reportId).document);
    expect(renamed.key).not.toBe(first.key);
    expect(renamed.html).toContain("改名后的部门");
  });
});
