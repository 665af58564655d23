/**
 * What every signed-in page reads before anything else — the session, the report's header, the 说明
 * of its findings — is compiled once per connection (db/prepared.ts), and still answers what the
 * database holds now, within the reader's department.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import { claimsAtSignIn, sessionIsCurrent } from "../../lib/auth/session-policy";
import { NotFoundError } from "../../lib/errors";
import { getChecks } from "../../lib/reports/checks";
import { getReport } from "../../lib/reports/get-report";
import { sessionUserOf } from "../support/session-user";
import { recordSql } from "../support/sql-recorder";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const actor = (username: string) => sessionUserOf(db, username);
const reportOf = (code: string) =>
  db
    .select({ id: t.reports.id })
    .from(t.reports)
    .innerJoin(t.departments, eq(t.departments.id, t.reports.departmentId))
    .where(eq(t.departments.code, code))
    .get()!.id;
const claimsOf = (username: string) => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return claimsAtSignIn({ id: String(u.id), sessionVersion: u.sessionVersion });
};

/** The statements `run` compiles on the app's connection. */
const compiledBy = (run: () => void) => recordSql(run).compiled;

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("the queries of every signed-in page", () => {
  it("are compiled once, not on every request", () => {
    const lanzhou = reportOf("101001");
    const shanghai = reportOf("310001");
    const page = (reportId: number, clerk: string) => {
      expect(sessionIsCurrent(getDb(), claimsOf(clerk))).toBe(true);
      expect(getReport(actor(clerk), reportId).id).toBe(reportId);
      expect(getReport(actor("admin"), reportId, "report.view").id).toBe(reportId);
      getChecks(actor(clerk), reportId);
    };
    // The first request compiles them; the checks also load and keep the report's data.
    expect(compiledBy(() => page(lanzhou, "clerk")).length).toBeGreaterThan(0);
    compiledBy(() => page(shanghai, "shclerk"));
    // Later requests, by other users of other departments, compile nothing.
    expect(compiledBy(() => page(lanzhou, "clerk"))).toEqual([]);
    expect(compiledBy(() => page(shanghai, "shclerk"))).toEqual([]);
  });

  it("still answer what the database holds now, and only within the reader's department", () => {
    const lanzhou = reportOf("101001");
    const shanghai = reportOf("310001");
    expect(getReport(actor("clerk"), lanzhou).status).toBe("draft");
    // Another connection writes (a script, another request): the next read sees it.
    db.update(t.reports).set({ status: "submitted" }).where(eq(t.reports.id, lanzhou)).run();
    expect(getReport(actor("clerk"), lanzhou).status).toBe("submitted");
    expect(getReport(actor("admin"), lanzhou).status).toBe("submitted");
    db.update(t.reports).set({ status: "draft" }).where(eq(t.reports.id, lanzhou)).run();

    // The same compiled query, with another department bound, finds nothing of Lanzhou's.
    expect(() => getReport(actor("shclerk"), lanzhou)).toThrow(NotFoundError);
    expect(() => getReport(actor("clerk"), shanghai)).toThrow(NotFoundError);
    expect(getReport(actor("shclerk"), shanghai).departmentCode).toBe("310001");

    // A session ended elsewhere is no session at the next request.
    const claims = claimsOf("supervisor");
    expect(sessionIsCurrent(getDb(), claims)).toBe(true);
    db.update(t.users)
      .set({ sessionVersion: claims.sv! + 1 })
      .where(eq(t.users.username, "supervisor"))
      .run();
    expect(sessionIsCurrent(getDb(), claims)).toBe(false);
  });
});
