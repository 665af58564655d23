import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import {
  departmentCodeParam,
  getPublished,
  listPublished,
  publishedQueryOf,
  publishedRegions,
} from "../../lib/public/published";
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

describe("the public list by region", () => {
  /** Departments of three regions, and one without: published reports, and drafts that must not count. */
  beforeAll(() => {
    const published = (departmentId: number, year: number) => ({
      departmentId,
      year,
      templateId: "lanzhou-2020",
      status: "published" as const,
      publishedAt: new Date(Date.UTC(year + 1, 5, 1)),
      snapshotJson: "{}",
      snapshotSha256: `sha-${departmentId}-${year}`,
    });
    db.transaction((tx) => {
      const dept = (code: string, name: string, region: string) =>
        tx.insert(t.departments).values({ code, name, shortName: name, region }).returning().get().id;
      for (let i = 0; i < 3; i++) {
        const id = dept(`TS00${i}`, `天水市地区测试${i}局`, "天水市");
        for (const year of [2019, 2020]) tx.insert(t.reports).values(published(id, year)).run();
      }
      const jq = dept("JQ001", "酒泉市地区测试局", "酒泉市");
      tx.insert(t.reports).values(published(jq, 2020)).run();
      // The same words in another region's department: a search must not cross the region.
      const jq2 = dept("JQ002", "天水市地区测试驻酒泉办", "酒泉市");
      tx.insert(t.reports).values(published(jq2, 2019)).run();
      // A region whose only report is a draft, and a department without a region.
      const by = dept("BY001", "白银市地区测试局", "白银市");
      tx.insert(t.reports).values({ departmentId: by, year: 2020, templateId: "lanzhou-2020" }).run();
      const none = dept("NR001", "无地区测试局", "");
      tx.insert(t.reports).values(published(none, 2020)).run();
    });
  });

  const list = (params: Record<string, unknown>) => listPublished(publishedQueryOf(params));

  it("lists only the regions that have a published report, once each, in pinyin order", () => {
    const regions = publishedRegions();
    expect(regions).toEqual(expect.arrayContaining(["天水市", "酒泉市"]));
    expect(regions).not.toContain("白银市"); // a draft is not a disclosure
    expect(regions).not.toContain("");
    expect(new Set(regions).size).toBe(regions.length);
    expect(regions.indexOf("酒泉市")).toBeLessThan(regions.indexOf("天水市")); // jiu before tian
    expect(regions).toEqual([...regions].sort(new Intl.Collator("zh-CN").compare));
  });

  it("filters by region in SQL: the count and the pages are of that region only", () => {
    const all = list({ region: "天水市" });
    expect(all.total).toBe(6);
    expect(all.rows.every((r) => r.region === "天水市")).toBe(true);
    expect(all.rows.map((r) => `${r.year}/${r.departmentCode}`)).toEqual([
      "2020/TS000",
      "2020/TS001",
      "2020/TS002",
      "2019/TS000",
      "2019/TS001",
      "2019/TS002",
    ]);
    // LIMIT and OFFSET apply after the region: full pages of it, and the total of it.
    const second = list({ region: "天水市", size: "4", page: "2" });
    expect(second).toMatchObject({ total: 6, page: 2, pageCount: 2 });
    expect(second.rows.map((r) => `${r.year}/${r.departmentCode}`)).toEqual(["2019/TS001", "2019/TS002"]);
    expect(list({ region: "酒泉市" }).rows.map((r) => r.departmentCode)).toEqual(["JQ001", "JQ002"]);
  });

  it("combines the region with the year and the name", () => {
    expect(list({ region: "天水市", year: "2019" }).rows.map((r) => r.departmentCode)).toEqual([
      "TS000",
      "TS001",
      "TS002",
    ]);
    expect(list({ region: "酒泉市", year: "2019" }).rows.map((r) => r.departmentCode)).toEqual(["JQ002"]);
    // 天水市 in the name of a 酒泉市 department: found by the name alone, not within 天水市's region.
    expect(list({ q: "驻酒泉" }).total).toBe(1);
    expect(list({ q: "驻酒泉", region: "天水市" }).total).toBe(0);
    expect(list({ q: "天水市地区测试", region: "酒泉市" }).rows.map((r) => r.departmentCode)).toEqual(["JQ002"]);
    expect(list({ q: "测试1", region: "天水市", year: "2020" }).rows.map((r) => r.departmentCode)).toEqual(["TS001"]);
  });

  it("shows nothing, and fails nothing, for a region that has no published report or does not exist", () => {
    for (const region of ["白银市", "没有这个地区", "天水", "天水%", "_水市", "' OR 1=1 --", "天水市\u0000"])
      expect(list({ region }), region).toMatchObject({ rows: [], total: 0, pageCount: 1 }); // exact, no wildcards
    // Surrounding spaces are trimmed like every filter's; a repeated parameter takes the first.
    expect(list({ region: " 天水市 " }).total).toBe(6);
    expect(list({ region: ["酒泉市", "天水市"] }).total).toBe(2);
    // Anything that is not a short string is no filter at all.
    expect(publishedQueryOf({ region: { x: 1 } }).region).toBe("");
    expect(publishedQueryOf({ region: "天".repeat(101) }).region).toBe("");
  });

  it("shows every department's region, and an empty one for a department without", () => {
    const rows = list({ size: "100" }).rows;
    expect(rows.find((r) => r.departmentCode === "NR001")).toMatchObject({ region: "" });
    expect(rows.find((r) => r.departmentCode === "JQ001")).toMatchObject({ region: "酒泉市" });
  });
});
