/**
 * The lists keep a page until the next write (listUntilWrite in lib/reports/derived.ts): the first page
 * of the public list, asked by every visitor, costs no SQL until something changes — and a change made
 * anywhere, by this process or another, shows on the next request. A kept page is never handed to a
 * reader of another scope.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import { AccessDeniedError } from "../../lib/errors";
import { listPublished, publishedQueryOf, publishedRegions } from "../../lib/public/published";
import { departmentListQueryOf, listDepartments } from "../../lib/departments/departments";
import { listReports, reportListQueryOf } from "../../lib/reports/list-reports";
import { listUsers, userListQueryOf } from "../../lib/users/users";
import { sessionUserOf } from "../support/session-user";
import { recordSql } from "../support/sql-recorder";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const actor = (username: string) => sessionUserOf(db, username);
const reportOf = (code: string) =>
  db
    .select({ id: t.reports.id, departmentId: t.reports.departmentId })
    .from(t.reports)
    .innerJoin(t.departments, eq(t.departments.id, t.reports.departmentId))
    .where(eq(t.departments.code, code))
    .get()!;

/** The statements `run` runs on the app's connection. */
const sqlSentBy = (run: () => void) => recordSql(run).ran.map((r) => r.sql);

beforeAll(async () => {
  db = await useTempDatabase();
  // The Lanzhou report published: the public list has a row and a region.
  db.update(t.reports)
    .set({ status: "published", publishedAt: new Date("2021-09-01T10:00:00+08:00") })
    .where(eq(t.reports.id, reportOf("101001").id))
    .run();
});

describe("a list's page is kept until the next write", () => {
  it("asked again, the public list, its regions and the lists of reports, users and departments send no SQL", () => {
    const ask = () => {
      listPublished(publishedQueryOf({}));
      publishedRegions();
      listReports(actor("admin"), reportListQueryOf({}));
      listUsers(actor("admin"), userListQueryOf({}));
      listDepartments(actor("admin"), departmentListQueryOf({}));
    };
    expect(sqlSentBy(ask).length).toBeGreaterThanOrEqual(9);
    expect(sqlSentBy(ask)).toEqual([]);
    // Shared between requests: no caller can change a kept page for the next reader.
    const kept = listPublished(publishedQueryOf({}));
    expect(() => (kept.rows as unknown[]).push({})).toThrow(TypeError);
    expect(() => (publishedRegions() as string[]).push("x")).toThrow(TypeError);
  });

  it("a write by another connection shows on the next request", () => {
    const before = listPublished(publishedQueryOf({})).rows;
    expect(before.map((r) => r.departmentName)).toEqual(["中共兰州市委机构编制委员会办公室"]);
    expect(publishedRegions()).toEqual(["甘肃省兰州市"]);

    // A script, a restore or another process: not this connection.
    db.update(t.departments).set({ region: "甘肃省白银市" }).where(eq(t.departments.code, "101001")).run();
    expect(listPublished(publishedQueryOf({})).rows[0]).toMatchObject({ region: "甘肃省白银市" });
    expect(publishedRegions()).toEqual(["甘肃省白银市"]);

    const { id } = reportOf("310001");
    db.update(t.reports).set({ status: "approved" }).where(eq(t.reports.id, id)).run();
    expect(listReports(actor("admin"), reportListQueryOf({})).rows.find((r) => r.id === id)?.status).toBe("approved");
  });

  it("a write through the app's own connection shows on the next request", () => {
    // Both kept first, at the current state of the database.
    expect(listPublished(publishedQueryOf({})).total).toBe(1);
    expect(publishedRegions()).not.toContain("上海市");
    const { id } = reportOf("310001");
    getDb().update(t.reports).set({ status: "published", publishedAt: new Date() }).where(eq(t.reports.id, id)).run();
    expect(listPublished(publishedQueryOf({})).total).toBe(2);
    expect(publishedRegions()).toContain("上海市");
  });

  it("a page kept for an administrator is not given to anyone else: the access check comes first", () => {
    const users = listUsers(actor("admin"), userListQueryOf({}));
    const departments = listDepartments(actor("admin"), departmentListQueryOf({}));
    expect(users.total).toBeGreaterThan(0);
    expect(departments.total).toBeGreaterThan(0);
    for (const who of ["clerk", "supervisor", "shclerk"]) {
      expect(() => listUsers(actor(who), userListQueryOf({}))).toThrow(AccessDeniedError);
      expect(() => listDepartments(actor(who), departmentListQueryOf({}))).toThrow(AccessDeniedError);
    }
  });

  it("a page kept for one department is never given to another, nor one kept for all to a clerk", () => {
    const query = reportListQueryOf({});
    const all = listReports(actor("admin"), query).rows;
    expect(new Set(all.map((r) => r.departmentId)).size).toBeGreaterThan(1);
    for (const clerk of ["clerk", "shclerk", "clerk", "shclerk"]) {
      const own = actor(clerk).departmentId;
      const rows = listReports(actor(clerk), query).rows;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.departmentId === own)).toBe(true);
    }
  });
});
