import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { departmentCodeParam, getPublished, listPublished } from "../../lib/public/published";
import { saveFindingNotes } from "../../lib/reports/checks";
import { getReport } from "../../lib/reports/get-report";
import { startRevision } from "../../lib/reports/start-revision";
import { transitionReport } from "../../lib/reports/transition-report";
import { sectionVersion } from "../../lib/reports/sections/save-section";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let reportId: number;
const actor = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

beforeAll(async () => {
  db = await useTempDatabase();
  reportId = db.select().from(t.reports).get()!.id;
});

describe("the public side", () => {
  it("never shows a draft, even one that carries a snapshot", () => {
    // A snapshot on a draft cannot come from the app; written by hand, it must still stay private.
    db.update(t.reports).set({ snapshotJson: "{}", snapshotSha256: "x" }).where(eq(t.reports.id, reportId)).run();
    expect(getPublished("101001", 2020)).toBeNull();
    expect(listPublished().rows).toEqual([]);
    db.update(t.reports).set({ snapshotJson: null, snapshotSha256: null }).where(eq(t.reports.id, reportId)).run();
  });

  it("shows a published report, and after a revision is published only the revision", () => {
    const clerk = actor("clerk");
    const supervisor = actor("supervisor");
    saveFindingNotes(clerk, reportId, sectionVersion(db, reportId, "findingNotes"), [
      { key: "R-PROJ-RATE:印刷费", text: "部分资料改为电子版印发。" },
      { key: "R-PROJ-GRADE:印刷费", text: "按国家评分标准为“中”。" },
    ]);
    for (const [who, action] of [
      [clerk, "submit"],
      [supervisor, "approve"],
      [supervisor, "publish"],
    ] as const) {
      transitionReport(who, reportId, action);
    }
    // The frozen snapshot records the template and the version it was printed with.
    expect(getPublished("101001", 2020)).toMatchObject({
      year: 2020,
      revision: 1,
      document: { templateId: "lanzhou-2020", templateVersion: 1 },
    });
    const revisionId = startRevision(clerk, reportId).id;
    for (const [who, action] of [
      [clerk, "submit"],
      [supervisor, "approve"],
      [supervisor, "publish"],
    ] as const) {
      transitionReport(who, revisionId, action);
    }
    // The first revision still has its snapshot, but it is superseded: never shown.
    expect(getReport(clerk, reportId)).toMatchObject({ status: "superseded" });
    expect(getPublished("101001", 2020)).toMatchObject({ revision: 2 });
    expect(listPublished().rows.map((p) => p.revision)).toEqual([2]);
  });

  it("reads department codes from the URL safely", () => {
    expect(departmentCodeParam("101001")).toBe("101001");
    expect(departmentCodeParam("%")).toBeNull(); // a malformed escape is a 404, not a crash
    expect(departmentCodeParam("..%2F..")).toBeNull();
    expect(departmentCodeParam("x".repeat(41))).toBeNull();
  });
});
