import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import { formatWan, wan } from "../../lib/money";
import { loadReportData } from "../../lib/reports/load-report-data";
import { demoReportData } from "../support/demo-report";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let reportId: number;

beforeAll(async () => {
  db = await useTempDatabase();
  reportId = db.select({ id: t.reports.id }).from(t.reports).get()!.id;
});

const f = t.functionLines;

describe("the demo seed reproduces the 2020 disclosure's figures to the 分", () => {
  it("is a 2020 draft of the Lanzhou department (the first report) and a 2024 draft of the Shanghai one", () => {
    const rows = db
      .select({
        year: t.reports.year,
        status: t.reports.status,
        department: t.departments.name,
        region: t.departments.region,
        template: t.reports.templateId,
      })
      .from(t.reports)
      .innerJoin(t.departments, eq(t.departments.id, t.reports.departmentId))
      .orderBy(t.reports.id)
      .all();
    expect(rows).toEqual([
      {
        year: 2020,
        status: "draft",
        department: "中共兰州市委机构编制委员会办公室",
        region: "甘肃省兰州市",
        template: "lanzhou-2020",
      },
      { year: 2024, status: "draft", department: "上海市示例局", region: "上海市", template: "shanghai-2024" },
    ]);
    const users = db.select({ username: t.users.username, role: t.users.role }).from(t.users).orderBy(t.users.id).all();
    expect(users).toEqual([
      { username: "clerk", role: "clerk" },
      { username: "supervisor", role: "supervisor" },
      { username: "admin", role: "admin" },
      { username: "shclerk", role: "clerk" },
      { username: "shsupervisor", role: "supervisor" },
    ]);
  });

  it("has the 类 totals of section 五: 763.19 / 0.80 / 44.95 / 37.21 / 32.21", () => {
    const byClass = db
      .select({
        cls: sql<string>`substr(${f.subjectCode}, 1, 3)`,
        total: sql<number>`sum(${f.basicGeneralBudget} + ${f.projectGeneralBudget})`,
        budget: sql<number>`sum(${f.initialBudgetGeneralBudget})`,
        prior: sql<number>`sum(${f.priorYearGeneralBudget})`,
      })
      .from(f)
      .where(eq(f.reportId, reportId))
      .groupBy(sql`substr(${f.subjectCode}, 1, 3)`)
      .orderBy(sql`1`)
      .all();
    expect(byClass.map((r) => [r.cls, r.total, r.budget])).toEqual([
      ["201", wan("763.19"), wan("396.91")],
      ["205", wan("0.80"), wan("2.40")],
      ["208", wan("44.95"), wan("41.32")],
      ["210", wan("37.21"), wan("34.30")],
      ["221", wan("32.21"), wan("32.71")],
    ]);
    // The printed year-over-year changes, rounded half-up to 0.01万元 from the exact 分.
    expect(byClass.map((r) => formatWan(r.total - r.prior))).toEqual(["-9.26", "0.36", "-1.06", "3.04", "0.68"]);
  });

  it("totals 878.36 with 基本 832.75 and 项目 45.61, and the total change rounds to −6.25", () => {
    const totals = db
      .select({
        income: sql<number>`sum(${f.incomeGeneralBudget})`,
        basic: sql<number>`sum(${f.basicGeneralBudget})`,
        project: sql<number>`sum(${f.projectGeneralBudget})`,
        prior: sql<number>`sum(${f.priorYearGeneralBudget})`,
      })
      .from(f)
      .where(eq(f.reportId, reportId))
      .get()!;
    expect(totals.income).toBe(wan("878.36"));
    expect(totals.basic).toBe(wan("832.75"));
    expect(totals.project).toBe(wan("45.61"));
    expect(totals.basic + totals.project).toBe(wan("878.36"));
    expect(totals.prior - (totals.basic + totals.project)).toBe(wan("6.2498"));
    const summary = db.select().from(t.reportSummaries).where(eq(t.reportSummaries.reportId, reportId)).get()!;
    expect(summary.priorYearGrandTotal).toBe(totals.prior);
  });

  it("splits 基本支出 into 人员经费 773.56 and 公用经费 59.19 by 经济分类", () => {
    const lines = db.select().from(t.economicLines).where(eq(t.economicLines.reportId, reportId)).all();
    const personnel = lines.filter((l) => /^30[13]/.test(l.subjectCode));
    const publicUse = lines.filter((l) => !/^30[13]/.test(l.subjectCode));
    const sum = (ls: typeof lines, k: "amount" | "priorYearAmount") => ls.reduce((s, l) => s + l[k], 0);
    expect(sum(personnel, "amount")).toBe(wan("773.56"));
    expect(sum(publicUse, "amount")).toBe(wan("59.19"));
    expect(sum(personnel, "priorYearAmount")).toBe(wan("768.30"));
    expect(sum(publicUse, "priorYearAmount")).toBe(wan("63.67"));
    // Every 款 used is in the catalog.
    const catalog = new Set(
      db
        .select({ code: t.economicSubjects.code })
        .from(t.economicSubjects)
        .all()
        .map((r) => r.code),
    );
    expect(lines.filter((l) => !catalog.has(l.subjectCode))).toEqual([]);
  });

  it("uses only function subjects of the catalog, at 项 level", () => {
    const codes = db.select({ code: f.subjectCode }).from(f).where(eq(f.reportId, reportId)).all();
    const items = new Set(
      db
        .select({ code: t.functionSubjects.code })
        .from(t.functionSubjects)
        .where(eq(t.functionSubjects.level, "item"))
        .all()
        .map((r) => r.code),
    );
    expect(codes.filter((c) => !items.has(c.code))).toEqual([]);
  });

  it("has the seven projects of 45.61, 三公 1.03 of 1.70, 机关运行经费 56.79 and staffing 45 = 33 + 4 + 8", () => {
    const ps = db.select().from(t.projects).where(eq(t.projects.reportId, reportId)).all();
    expect(ps).toHaveLength(7);
    expect(ps.reduce((s, p) => s + p.executed, 0)).toBe(wan("45.61"));
    expect(ps.find((p) => p.name === "印刷费")).toMatchObject({
      budget: wan("16.84"),
      executed: wan("6.42"),
      scoreHundredths: 7100,
    });
    const indicators = db.select().from(t.projectIndicators).all();
    for (const p of ps) {
      const rows = indicators.filter((i) => i.projectId === p.id);
      // 执行率 is worth 10 points (capped at 100%), the indicators the other 90.
      const rateScore = Math.round((Math.min(p.executed, p.budget) * 1000) / p.budget);
      expect(rows.reduce((s, i) => s + i.scoreHundredths, 0) + rateScore).toBe(p.scoreHundredths);
    }
    const threePublic = db.select().from(t.threePublicAmounts).where(eq(t.threePublicAmounts.reportId, reportId)).all();
    expect(threePublic.reduce((s, a) => s + a.actual, 0)).toBe(wan("1.03"));
    expect(threePublic.reduce((s, a) => s + a.initialBudget, 0)).toBe(wan("1.70"));
    const other = db.select().from(t.otherMatters).where(eq(t.otherMatters.reportId, reportId)).get()!;
    expect(other).toMatchObject({
      agencyOperatingCost: wan("56.79"),
      trainingCost: wan("0.80"),
      trainingCostPrior: wan("1.15"),
      procurementTotal: wan("13.20"),
    });
    const staffing = db.select().from(t.staffingRows).where(eq(t.staffingRows.reportId, reportId)).all();
    expect(staffing.map((s) => [s.category, s.authorized, s.actual])).toEqual([
      ["行政编制", 33, 30],
      ["工勤编制", 4, 4],
      ["事业编制", 8, 8],
    ]);
    expect(db.select().from(t.glossaryEntries).where(eq(t.glossaryEntries.reportId, reportId)).all()).toHaveLength(17);
  });

  it("seeds only once: a second run on a non-empty database adds nothing", async () => {
    const { seedDemoIfEmpty } = await import("../../db/seed/seed-demo");
    expect(await seedDemoIfEmpty(db)).toEqual({ seeded: false });
    expect(db.select().from(t.reports).all()).toHaveLength(2);
  });

  it("keeps the audit log append-only, even for direct SQL", () => {
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
  });
});

describe("the seeded report loads back as the demo content", () => {
  it("loadReportData gives exactly the pure fixture the unit tests use (tests/support/demo-report.ts)", () => {
    const clerk = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
    const loaded = loadReportData({ id: clerk.id, role: clerk.role, departmentId: clerk.departmentId }, reportId);
    const expected = demoReportData();
    expect({ ...loaded, report: { ...loaded.report, id: 1 } }).toEqual(expected);
  });
});
