/**
 * The lists that must agree about which tables hold a report's data (db/report-tables.ts), checked
 * against the migrated database itself: every table with a `report_id` (or hanging off such a table)
 * must be known, copied by a 修订, frozen by triggers once the report is published, and read by the
 * report loader. A new table added to the schema and forgotten by any of them fails here.
 */
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import { getDb } from "../../db";
import { REPORT_CHILD_TABLES, REPORT_CONTENT_TABLES, REPORT_HISTORY_TABLES } from "../../db/report-tables";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { loadReportData } from "../../lib/reports/load-report-data";
import { startRevision } from "../../lib/reports/start-revision";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let reportId: number;
const nameOf = (table: SQLiteTable) => getTableConfig(table).name;
const CONTENT = REPORT_CONTENT_TABLES.map(nameOf);
const CHILDREN = REPORT_CHILD_TABLES.map((c) => ({ name: nameOf(c.table), parent: nameOf(c.parent), via: c.via }));
const HISTORY = REPORT_HISTORY_TABLES.map(nameOf);

function columnsOf(table: string): string[] {
  return db.$client
    .prepare(`SELECT name FROM pragma_table_info(?)`)
    .all(table)
    .map((r) => (r as { name: string }).name);
}

/** Row count of a table for one report (children through their parent). */
function countFor(table: string, id: number): number {
  const child = CHILDREN.find((c) => c.name === table);
  const sqlText = child
    ? `SELECT count(*) AS n FROM "${table}" WHERE "${child.via}" IN (SELECT id FROM "${child.parent}" WHERE report_id = ?)`
    : `SELECT count(*) AS n FROM "${table}" WHERE report_id = ?`;
  return (db.$client.prepare(sqlText).get(id) as { n: number }).n;
}

beforeAll(async () => {
  db = await useTempDatabase();
  const u = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  clerk = { id: u.id, role: u.role, departmentId: u.departmentId };
  reportId = db.select().from(t.reports).get()!.id;
  // The demo has rows in every content table but finding_notes and carried_facts: give it one of each.
  db.insert(t.findingNotes).values({ reportId, findingKey: "R-PROJ-RATE:印刷费", text: "说明。" }).run();
  db.insert(t.carriedFacts).values({ reportId, group: "quantities", fromYear: 2019, priorJson: "{}" }).run();
});

describe("every table that holds report data is known", () => {
  it("each table with a report_id is content or history, and each table referring to a content table is a child", () => {
    const tables = db.$client
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
      )
      .all()
      .map((r) => (r as { name: string }).name);
    const withReportId = tables.filter((name) => columnsOf(name).includes("report_id"));
    expect([...withReportId].sort()).toEqual([...CONTENT, ...HISTORY].sort());
    const referring = tables.filter((name) =>
      db.$client
        .prepare(`SELECT "table" AS target FROM pragma_foreign_key_list(?)`)
        .all(name)
        .some((fk) => CONTENT.includes((fk as { target: string }).target) && !columnsOf(name).includes("report_id")),
    );
    expect(referring.sort()).toEqual(CHILDREN.map((c) => c.name).sort());
  });

  it("the demo report has rows in every content and child table (so the checks below mean something)", () => {
    for (const table of [...CONTENT, ...CHILDREN.map((c) => c.name)])
      expect(countFor(table, reportId), table).toBeGreaterThan(0);
  });
});

describe("the report loader reads every content table", () => {
  it("loadReportData queries each of them (finding_notes are read by the 审核 checks)", () => {
    const client = getDb().$client;
    const seen: string[] = [];
    const prepare = client.prepare.bind(client);
    client.prepare = ((source: string) => {
      seen.push(source);
      return prepare(source);
    }) as typeof client.prepare;
    try {
      loadReportData(clerk, reportId);
    } finally {
      client.prepare = prepare;
    }
    const read = (table: string) => seen.some((s) => new RegExp(`from "${table}"`, "i").test(s));
    const expected = [...CONTENT.filter((n) => n !== "finding_notes"), ...CHILDREN.map((c) => c.name)];
    expect(expected.filter((table) => !read(table))).toEqual([]);
  });
});

describe("a 修订 copies every content table, and publication freezes every one", () => {
  let revisionId: number;

  it("a published report refuses insert, update and delete on each content and child table", () => {
    db.$client.prepare(`UPDATE reports SET status = 'published' WHERE id = ?`).run(reportId);
    for (const table of [...CONTENT, ...CHILDREN.map((c) => c.name)]) {
      const child = CHILDREN.find((c) => c.name === table);
      const where = child
        ? `"${child.via}" IN (SELECT id FROM "${child.parent}" WHERE report_id = ${reportId})`
        : `report_id = ${reportId}`;
      const first = columnsOf(table).find((c) => c !== "id" && c !== "report_id" && c !== child?.via)!;
      const frozen = /published and frozen/;
      expect(() => db.$client.exec(`UPDATE "${table}" SET "${first}" = "${first}" WHERE ${where}`), table).toThrow(
        frozen,
      );
      expect(() => db.$client.exec(`DELETE FROM "${table}" WHERE ${where}`), table).toThrow(frozen);
      expect(() => db.$client.exec(`INSERT INTO "${table}" SELECT * FROM "${table}" WHERE ${where}`), table).toThrow(
        frozen,
      );
    }
  });

  it("startRevision copies every row of every content and child table", () => {
    revisionId = startRevision(clerk, reportId).id;
    for (const table of [...CONTENT, ...CHILDREN.map((c) => c.name)]) {
      expect(countFor(table, revisionId), table).toBe(countFor(table, reportId));
    }
  });

  it("no row of a draft can be moved into a published report: the triggers check the new values too", () => {
    const frozen = /published and frozen/;
    for (const table of CONTENT) {
      expect(
        () => db.$client.prepare(`UPDATE "${table}" SET report_id = ? WHERE report_id = ?`).run(reportId, revisionId),
        table,
      ).toThrow(frozen);
    }
    for (const child of CHILDREN) {
      const target = db.$client
        .prepare(`SELECT id FROM "${child.parent}" WHERE report_id = ? LIMIT 1`)
        .get(reportId) as {
        id: number;
      };
      expect(
        () =>
          db.$client
            .prepare(
              `UPDATE "${child.name}" SET "${child.via}" = ? WHERE "${child.via}" IN (SELECT id FROM "${child.parent}" WHERE report_id = ?)`,
            )
            .run(target.id, revisionId),
        child.name,
      ).toThrow(frozen);
    }
  });

  it("the supersede exception names every other column of reports (a new column is frozen too)", () => {
    const trigger = (
      db.$client
        .prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'reports_frozen_update'`)
        .get() as {
        sql: string;
      }
    ).sql;
    const unchecked = columnsOf("reports").filter(
      (c) => c !== "status" && c !== "superseded_at" && !trigger.includes(`NEW.${c} IS OLD.${c}`),
    );
    expect(unchecked).toEqual([]);
  });

  it("a published report's only change is to superseded, with nothing else but the time it was", () => {
    const frozen = /published and frozen/;
    const run = (sqlText: string) => () => db.$client.prepare(sqlText).run(reportId);
    const other = db.select().from(t.users).where(eq(t.users.username, "supervisor")).get()!.id;
    expect(run(`UPDATE reports SET status = 'superseded', approved_by_id = ${other} WHERE id = ?`)).toThrow(frozen);
    expect(run(`UPDATE reports SET status = 'superseded', updated_at = 1 WHERE id = ?`)).toThrow(frozen);
    expect(run(`UPDATE reports SET status = 'superseded', previous_revision_id = id WHERE id = ?`)).toThrow(frozen);
    expect(run(`UPDATE reports SET status = 'draft' WHERE id = ?`)).toThrow(frozen);
    expect(run(`UPDATE reports SET status = 'superseded' WHERE id = ?`)).toThrow(frozen); // without its time
    expect(run(`UPDATE reports SET status = 'superseded', superseded_at = 1700000000000 WHERE id = ?`)).not.toThrow();
    expect(run(`UPDATE reports SET status = 'published', superseded_at = NULL WHERE id = ?`)).toThrow(frozen);
  });
});
