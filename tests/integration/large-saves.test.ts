/**
 * Saves as large as the entry grids allow: every cell of 138 lines changed from an empty grid writes
 * 4,692 audit entries in one save (SQLite refuses statements with more than 32,766 variables, so they
 * are written in chunks).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { listFunctionItems } from "../../lib/catalog";
import { FUNCTION_MONEY_FIELDS } from "../../lib/disclosure/report-data";
import { createReport } from "../../lib/reports/create-report";
import { getReport } from "../../lib/reports/get-report";
import { saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let reportId: number;

beforeAll(async () => {
  db = await useTempDatabase();
  const u = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  clerk = { id: u.id, role: u.role, departmentId: u.departmentId };
  reportId = createReport(clerk, { year: 2019 }).id;
});

/** `count` lines of the year's catalog with every amount column set to `yuan`. */
function fullGrid(count: number, yuan: string) {
  const codes = listFunctionItems(2019)
    .slice(0, count)
    .map((i) => i.code);
  expect(codes).toHaveLength(count);
  return ZFunctionLines.parse({
    lines: codes.map((subjectCode) => ({
      subjectCode,
      ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, yuan])),
    })),
    institutionFundUsed: "",
    surplusDistribution: "",
    priorYearGrandTotal: "",
    priorYearFiscalGrandTotal: "",
  });
}

describe("a save of a whole grid", () => {
  it("138 lines × 34 columns from an empty grid are saved, with one audit entry per changed cell", () => {
    const before = db.select().from(t.auditLog).where(eq(t.auditLog.reportId, reportId)).all().length;
    const result = saveFunctionLines(clerk, reportId, getReport(clerk, reportId).version, fullGrid(138, "1.00"));
    expect(result.changes).toBe(138 * FUNCTION_MONEY_FIELDS.length);
    const after = db.select().from(t.auditLog).where(eq(t.auditLog.reportId, reportId)).all().length;
    expect(after - before).toBe(138 * FUNCTION_MONEY_FIELDS.length);
  });
});
