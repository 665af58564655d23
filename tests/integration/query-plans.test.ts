/**
 * The lists read a page's rows, not the whole reports table. A report's row is large (a published
 * one carries its frozen snapshot), so SQLite keeps about one row per page of the file: a list that
 * counted or sorted by reading the table read 5,000 pages at a city's scale (9–18 ms per request,
 * in a server that serves one request at a time). These tests record the SQL each list runs and
 * check its plan: every access to `reports` is from a covering index or by id.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import { listPublished, publishedQueryOf, publishedRegions } from "../../lib/public/published";
import { listReports, reportListQueryOf } from "../../lib/reports/list-reports";
import { sessionUserOf } from "../support/session-user";
import { recordSql } from "../support/sql-recorder";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const actor = (username: string) => sessionUserOf(db, username);

beforeAll(async () => {
  db = await useTempDatabase();
});

interface Plan {
  sql: string;
  steps: string[];
}

/**
 * The SELECTs `run` sends to the app's connection, each with its query plan for the parameters it was
 * run with (a plan can depend on them where the database has statistics).
 */
function plansOf(run: () => void): Plan[] {
  const client = getDb().$client;
  return recordSql(run)
    .ran.filter((s) => /^\s*select/i.test(s.sql))
    .map(({ sql, params }) => {
      const rows = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      return { sql, steps: rows.map((r) => r.detail) };
    });
}

/**
 * Steps that read rows of `reports` from the table other than by id — or, for a clerk (`scoped`),
 * other than one department's reports (one row per year and revision, a handful).
 */
function tableReads(plans: Plan[], scoped = false): string[] {
  return plans
    .flatMap((p) => p.steps)
    .filter((step) => /^(SCAN|SEARCH) "?reports"?\b/.test(step))
    .filter((step) => !/COVERING INDEX|INTEGER PRIMARY KEY/.test(step))
    .filter((step) => !(scoped && /\(department_id=\?/.test(step)));
}

describe("the lists read only their page's rows of the reports table", () => {
  it("the reports list, with and without each filter, as an administrator and as a clerk", () => {
    const queries = [
      {},
      { page: "3" },
      { q: "编办" },
      { year: "2020" },
      { status: "published" },
      { status: "draft", year: "2024", q: "上海" },
    ];
    for (const who of ["admin", "clerk"])
      for (const q of queries) {
        const plans = plansOf(() => listReports(actor(who), reportListQueryOf(q)));
        expect(plans.length, `${who} ${JSON.stringify(q)}`).toBeGreaterThanOrEqual(2);
        expect(
          tableReads(plans, who === "clerk"),
          `${who} ${JSON.stringify(q)}: ${plans.map((p) => p.steps).join(" | ")}`,
        ).toEqual([]);
      }
  });

  it("the public list, its filters and its regions", () => {
    for (const q of [{}, { page: "2" }, { q: "编办" }, { year: "2020" }, { region: "甘肃省兰州市" }]) {
      const plans = plansOf(() => listPublished(publishedQueryOf(q)));
      expect(plans.length, JSON.stringify(q)).toBeGreaterThanOrEqual(2);
      expect(tableReads(plans), `${JSON.stringify(q)}: ${plans.map((p) => p.steps).join(" | ")}`).toEqual([]);
    }
    const plans = plansOf(() => publishedRegions());
    expect(plans.length).toBeGreaterThanOrEqual(1);
    expect(tableReads(plans), plans.map((p) => p.steps).join(" | ")).toEqual([]);
  });

  it("still answers the newest year first, then the later revision, then by department code, page by page", () => {
    const templateId = db.select().from(t.reports).get()!.templateId;
    db.transaction((tx) => {
      for (const code of ["990003", "990001", "990002"]) {
        const id = tx
          .insert(t.departments)
          .values({ code, name: `排序${code}` })
          .returning()
          .get().id;
        for (const [year, revision] of [
          [2021, 1],
          [2022, 1],
          [2022, 2],
        ] as const)
          tx.insert(t.reports).values({ departmentId: id, year, revision, templateId }).run();
      }
    });
    const admin = actor("admin");
    const all = listReports(admin, reportListQueryOf({ size: "100" })).rows;
    const code = new Map(
      db
        .select()
        .from(t.departments)
        .all()
        .map((d) => [d.id, d.code]),
    );
    const expected = [...all].sort(
      (a, b) =>
        b.year - a.year ||
        b.revision - a.revision ||
        code.get(a.departmentId)!.localeCompare(code.get(b.departmentId)!),
    );
    expect(all.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(all.filter((r) => r.year === 2022).map((r) => `${code.get(r.departmentId)}/${r.revision}`)).toEqual([
      "990001/2",
      "990002/2",
      "990003/2",
      "990001/1",
      "990002/1",
      "990003/1",
    ]);
    const pages = [1, 2, 3, 4, 5].flatMap(
      (page) => listReports(admin, reportListQueryOf({ size: "2", page: String(page) })).rows,
    );
    expect(pages.map((r) => r.id)).toEqual(all.slice(0, 10).map((r) => r.id));
  });
});
