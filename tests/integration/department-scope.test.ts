import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { AccessDeniedError, NotFoundError, ValidationError } from "../../lib/errors";
import { createReport } from "../../lib/reports/create-report";
import { getReport } from "../../lib/reports/get-report";
import { loadReportData } from "../../lib/reports/load-report-data";
import { listReports } from "../../lib/reports/list-reports";
import { useTempDatabase } from "../support/temp-db";
import type { Role } from "../../lib/domain";

let db: Db;
let deptA: number;
let deptB: number;
let reportA: number;
let reportB: number;
const as = (role: Role, departmentId: number | null, id = 999): Actor => ({ id, role, departmentId });

beforeAll(async () => {
  db = await useTempDatabase();
  deptA = db.select().from(t.departments).get()!.id;
  reportA = db.select().from(t.reports).get()!.id;
  deptB = db
    .insert(t.departments)
    .values({ code: "202002", name: "兰州市审计局", shortName: "市审计局" })
    .returning()
    .get().id;
  const clerkB = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  reportB = createReport(as("clerk", deptB, clerkB.id), { year: 2020 }).id;
});

describe("a user of department A and department B's report, through the data layer", () => {
  it("lists only the user's own department's reports", () => {
    expect(listReports(as("clerk", deptA)).rows.map((r) => r.id)).toEqual([reportA]);
    expect(listReports(as("supervisor", deptB)).rows.map((r) => r.id)).toEqual([reportB]);
    expect(listReports(as("clerk", null)).rows).toEqual([]);
  });

  it("cannot open another department's report (it is not found, not merely forbidden)", () => {
    expect(() => getReport(as("clerk", deptB), reportA)).toThrow(NotFoundError);
    expect(() => getReport(as("supervisor", deptB), reportA)).toThrow(NotFoundError);
    expect(() => loadReportData(as("clerk", deptB), reportA)).toThrow(NotFoundError);
    expect(getReport(as("clerk", deptA), reportA).departmentName).toBe("中共兰州市委机构编制委员会办公室");
  });

  it("lets the admin see every department's reports", () => {
    const all = listReports(as("admin", null)).rows.map((r) => r.id);
    expect(all).toEqual(expect.arrayContaining([reportA, reportB]));
    expect(all).toHaveLength(db.select().from(t.reports).all().length);
    expect(getReport(as("admin", null), reportB).departmentName).toBe("兰州市审计局");
  });

  it("checks the action too: a supervisor may view but not edit", () => {
    expect(() => getReport(as("supervisor", deptA), reportA, "report.edit")).toThrow(AccessDeniedError);
    expect(getReport(as("clerk", deptA), reportA, "report.edit").status).toBe("draft");
  });
});

describe("新建年度报告", () => {
  it("refuses a second report of the same department and year, next to the year", () => {
    try {
      createReport(as("clerk", deptA), { year: 2020 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe("本部门2020年度的决算报告已存在，请在列表中打开它");
      expect((error as ValidationError).field).toBe("year");
    }
  });

  it("is for clerks with a department only", () => {
    expect(() => createReport(as("supervisor", deptA), { year: 2019 })).toThrow(AccessDeniedError);
    expect(() => createReport(as("admin", null), { year: 2019 })).toThrow(ValidationError);
  });

  it("starts an empty draft with the template's glossary and an audit entry", () => {
    const clerk = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
    const { id } = createReport(as("clerk", deptA, clerk.id), { year: 2019 });
    const report = getReport(as("clerk", deptA), id);
    // No template of the department's region for 2019, nor a built-in one as early: the earliest built-in.
    expect(report).toMatchObject({ year: 2019, revision: 1, status: "draft", version: 1, templateId: "lanzhou-2020" });
    expect(db.select().from(t.glossaryEntries).where(eq(t.glossaryEntries.reportId, id)).all()).toHaveLength(17);
    expect(db.select().from(t.threePublicAmounts).where(eq(t.threePublicAmounts.reportId, id)).all()).toHaveLength(4);
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.reportId, id)).all();
    expect(audit).toMatchObject([{ action: "report.create", actorId: clerk.id, newValue: "2019年度" }]);
  });
});
