/**
 * Lists that grow with use are read a page at a time, with their filters in SQL: the audit log,
 * comments, reports, users, departments and the public list. No page holds more than MAX_PAGE_SIZE rows.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { writeAudit } from "../../lib/audit/write-audit";
import { MAX_PAGE_SIZE, pageQueryOf } from "../../lib/paging";
import { auditQueryOf, listAudit } from "../../lib/reports/audit";
import { addComment, listComments } from "../../lib/reports/comments";
import { listReports, reportListQueryOf } from "../../lib/reports/list-reports";
import { listUsers, userListQueryOf } from "../../lib/users/users";
import { departmentListQueryOf, listDepartments } from "../../lib/departments/departments";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let admin: Actor;
let reportId: number;
const actor = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = actor("clerk");
  admin = actor("admin");
  reportId = db.select().from(t.reports).get()!.id;
  db.transaction((tx) => {
    writeAudit(
      tx,
      Array.from({ length: 5000 }, (_, i) => ({
        actorId: clerk.id,
        reportId,
        action: "report.update",
        field:
          i % 2
            ? `function_lines[20131${String(i % 100).padStart(2, "0")}].basicGeneralBudget`
            : `economic_lines[30101].amount`,
        oldValue: `${i}.00`,
        newValue: i === 4321 ? "100%_literal" : `${i + 1}.00`,
      })),
      new Date("2021-01-01T00:00:00Z"),
    );
  });
});

describe("the audit log", () => {
  it("answers one page, newest first, with the total", () => {
    const first = listAudit(clerk, reportId, auditQueryOf({}));
    expect(first.rows).toHaveLength(50);
    expect(first.total).toBeGreaterThanOrEqual(5000);
    expect(first.pageCount).toBe(Math.ceil(first.total / 50));
    const last = listAudit(clerk, reportId, auditQueryOf({ page: String(first.pageCount) }));
    expect(last.rows.length).toBe(first.total - (first.pageCount - 1) * 50);
    expect(listAudit(clerk, reportId, auditQueryOf({ page: String(first.pageCount + 5) })).rows).toEqual([]);
  });

  it("never more than the page size cap, whatever the query string asks", () => {
    expect(listAudit(clerk, reportId, auditQueryOf({ size: "1000000" })).rows).toHaveLength(50);
    expect(listAudit(clerk, reportId, auditQueryOf({ size: String(MAX_PAGE_SIZE) })).rows).toHaveLength(MAX_PAGE_SIZE);
    expect(pageQueryOf({ page: ["3", "9"], size: "-4" })).toEqual({ page: 3, size: 50 });
    expect(pageQueryOf({ page: "1e9", size: "abc" })).toEqual({ page: 1, size: 50 });
  });

  it("filters by type, part and text in SQL, with LIKE wildcards taken literally", () => {
    expect(listAudit(clerk, reportId, auditQueryOf({ part: "economic_lines" })).total).toBe(2500);
    expect(listAudit(clerk, reportId, auditQueryOf({ part: "function_lines", q: "2013107" })).total).toBe(50);
    expect(listAudit(clerk, reportId, auditQueryOf({ action: "report.transition" })).total).toBe(0);
    expect(listAudit(clerk, reportId, auditQueryOf({ q: "%_" })).rows.map((r) => r.newValue)).toEqual(["100%_literal"]);
    // An unknown filter is ignored rather than an error.
    expect(
      listAudit(clerk, reportId, auditQueryOf({ part: "users' OR 1=1 --", action: ["x", "y"] })).total,
    ).toBeGreaterThanOrEqual(5000);
  });
});

describe("comments", () => {
  it("come 20 a page, newest first", () => {
    for (let i = 1; i <= 45; i++) addComment(clerk, reportId, `意见${i}`);
    const first = listComments(clerk, reportId);
    expect(first.rows.map((c) => c.body).slice(0, 2)).toEqual(["意见45", "意见44"]);
    expect(first.total).toBe(45);
    expect(listComments(clerk, reportId, { page: 3, size: 20 }).rows.map((c) => c.body)).toEqual([
      "意见5",
      "意见4",
      "意见3",
      "意见2",
      "意见1",
    ]);
  });
});

describe("reports and users", () => {
  it("filter reports by year and status in SQL, within the actor's scope", () => {
    expect(listReports(clerk, reportListQueryOf({ year: "2020" })).total).toBe(1);
    expect(listReports(clerk, reportListQueryOf({ year: "2019" })).total).toBe(0);
    expect(listReports(clerk, reportListQueryOf({ status: "published" })).total).toBe(0);
    expect(listReports(clerk, reportListQueryOf({ status: "draft" })).rows).toHaveLength(1);
    expect(listReports(admin, reportListQueryOf({ q: "兰州" })).total).toBeGreaterThanOrEqual(1);
    expect(
      listReports(admin, reportListQueryOf({ q: "上海" })).rows.every((r) => r.departmentName.includes("上海")),
    ).toBe(true);
  });

  it("filter users by name, role and state, a page at a time", () => {
    db.transaction((tx) => {
      for (let i = 0; i < 130; i++)
        tx.insert(t.users)
          .values({
            username: `bulk${String(i).padStart(3, "0")}`,
            displayName: "批量用户",
            role: "clerk",
            departmentId: clerk.departmentId,
            passwordHash: "x",
            active: i % 10 !== 0,
          })
          .run();
    });
    const all = listUsers(admin, userListQueryOf({ q: "bulk" }));
    expect(all.total).toBe(130);
    expect(all.rows).toHaveLength(50);
    expect(listUsers(admin, userListQueryOf({ q: "bulk", state: "disabled" })).total).toBe(13);
    expect(listUsers(admin, userListQueryOf({ role: "admin" })).rows.map((u) => u.username)).toEqual(["admin"]);
    expect(listUsers(admin, userListQueryOf({ q: "bulk", page: "3" })).rows.map((u) => u.username)[0]).toBe("bulk100");
  });

  it("search departments by code, name or region, a page at a time, with their units and users counted", () => {
    db.transaction((tx) => {
      for (let i = 0; i < 120; i++)
        tx.insert(t.departments)
          .values({
            code: `P${String(i).padStart(3, "0")}`,
            name: `分页测试局${i}`,
            shortName: `分页${i}`,
            region: i % 2 ? "天水市" : "酒泉市",
          })
          .run();
    });
    const first = listDepartments(admin, departmentListQueryOf({ q: "分页测试" }));
    expect(first.total).toBe(120);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({ code: "P000", unitCount: 0, userCount: 0 });
    expect(listDepartments(admin, departmentListQueryOf({ q: "分页测试", page: "3" })).rows.map((d) => d.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => `P${100 + i}`),
    );
    expect(listDepartments(admin, departmentListQueryOf({ q: "天水" })).total).toBe(60);
    expect(listDepartments(admin, departmentListQueryOf({ size: "1000" })).rows.length).toBeLessThanOrEqual(
      MAX_PAGE_SIZE,
    );
    const demo = listDepartments(admin, departmentListQueryOf({ q: "101001" })).rows[0]!;
    expect(demo.unitCount).toBe(db.select().from(t.units).where(eq(t.units.departmentId, demo.id)).all().length);
    expect(demo.userCount).toBe(db.select().from(t.users).where(eq(t.users.departmentId, demo.id)).all().length);
    expect(demo.userCount).toBeGreaterThan(0);
    expect(() => listDepartments(clerk, departmentListQueryOf({}))).toThrow();
  });
});
