import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { AccessDeniedError, ValidationError } from "../../lib/errors";
import { getChecks, saveFindingNotes } from "../../lib/reports/checks";
import { listComments } from "../../lib/reports/comments";
import { getReport } from "../../lib/reports/get-report";
import { getDisclosure } from "../../lib/reports/get-disclosure";
import { loadReportData } from "../../lib/reports/load-report-data";
import { diffReports } from "../../lib/reports/report-diff";
import { getFunctionLinesForm, saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { saveGlossary } from "../../lib/reports/sections/glossary";
import { startRevision } from "../../lib/reports/start-revision";
import { sha256, transitionReport, verifySnapshot } from "../../lib/reports/transition-report";
import { getPublished, listPublished } from "../../lib/public/published";
import { sectionVersion } from "../../lib/reports/sections/save-section";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let supervisor: Actor;
let reportId: number;
const user = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};
const status = (id = reportId) => getReport(clerk, id).status;
const NOTES = [
  { key: "R-PROJ-RATE:印刷费", text: "部分资料改为电子版印发，印制数量减少。" },
  { key: "R-PROJ-GRADE:印刷费", text: "按国家评分标准71分为“中”，以公开文本为准。" },
];

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = user("clerk");
  supervisor = user("supervisor");
  reportId = db.select().from(t.reports).get()!.id;
});

describe("the year's workflow through the data layer", () => {
  it("refuses submission while a warning has no 说明, then accepts it", () => {
    expect(() => transitionReport(clerk, reportId, "submit")).toThrow(
      new ValidationError("不能提交：有2项审核警告尚未填写说明。请在“审核”页查看。"),
    );
    saveFindingNotes(clerk, reportId, sectionVersion(db, reportId, "findingNotes"), NOTES);
    expect(getChecks(clerk, reportId).notes).toEqual(Object.fromEntries(NOTES.map((n) => [n.key, n.text])));
    transitionReport(clerk, reportId, "submit");
    expect(status()).toBe("submitted");
    expect(getReport(clerk, reportId).submittedById).toBe(clerk.id);
  });

  it("a submitted report cannot be edited", () => {
    const input = ZFunctionLines.parse(getFunctionLinesForm(clerk, reportId));
    expect(() => saveFunctionLines(clerk, reportId, sectionVersion(db, reportId, "functionLines"), input)).toThrow(
      AccessDeniedError,
    );
  });

  it("退回 needs a comment and leaves it in the thread; the clerk resubmits; approve; publish", () => {
    expect(() => transitionReport(supervisor, reportId, "return", " ")).toThrow("退回须填写意见");
    transitionReport(supervisor, reportId, "return", "请核对公用经费。");
    expect(status()).toBe("draft");
    expect(listComments(clerk, reportId).rows).toMatchObject([
      { kind: "return", body: "请核对公用经费。", authorName: "李科长" },
    ]);
    transitionReport(clerk, reportId, "submit");
    expect(() => transitionReport(clerk, reportId, "approve")).toThrow(AccessDeniedError);
    transitionReport(supervisor, reportId, "approve");
    expect(() => transitionReport(supervisor, reportId, "approve")).toThrow("报告当前为“已审核”，不能审核通过");
    transitionReport(supervisor, reportId, "publish");
    expect(status()).toBe("published");
    const audit = db
      .select()
      .from(t.auditLog)
      .where(eq(t.auditLog.reportId, reportId))
      .all()
      .filter((a) => a.action === "report.transition");
    expect(audit.map((a) => [a.oldValue, a.newValue?.replace(/，SHA-256 .*）$/, "）")])).toEqual([
      ["草稿", "已提交（提交审核）"],
      ["已提交", "草稿（退回修改：请核对公用经费。）"],
      ["草稿", "已提交（提交审核）"],
      ["已提交", "已审核（审核通过）"],
      ["已审核", "已公开（公开发布）"],
    ]);
  });

  it("the snapshot is the built disclosure and its SHA-256 verifies", () => {
    const row = db.select().from(t.reports).where(eq(t.reports.id, reportId)).get()!;
    expect(row.snapshotSha256).toBe(sha256(row.snapshotJson!));
    expect(verifySnapshot(clerk, reportId)).toBe(true);
    expect(getDisclosure(clerk, reportId).document.title).toBe("中共兰州市委机构编制委员会办公室2020年度部门决算公开");
    expect(getPublished("101001", 2020)?.sha256).toBe(row.snapshotSha256);
    expect(listPublished().rows).toMatchObject([{ departmentCode: "101001", year: 2020, revision: 1 }]);
  });

  it("a published report cannot be changed through any data function", () => {
    const input = ZFunctionLines.parse(getFunctionLinesForm(clerk, reportId));
    const version = getReport(clerk, reportId).version;
    expect(() => saveFunctionLines(clerk, reportId, version, input)).toThrow(AccessDeniedError);
    expect(() => saveGlossary(clerk, reportId, version, { entries: [] })).toThrow(AccessDeniedError);
    expect(() => saveFindingNotes(clerk, reportId, version, [])).toThrow(AccessDeniedError);
    expect(() => transitionReport(supervisor, reportId, "return", "再改改")).toThrow(
      "报告当前为“已公开”，不能退回修改",
    );
  });

  it("nor by direct SQL: the database refuses (triggers)", () => {
    const sql = (q: string) => () => db.$client.prepare(q).run(reportId);
    expect(sql("UPDATE reports SET snapshot_json = '{}' WHERE id = ?")).toThrow(/frozen/);
    expect(sql("UPDATE reports SET status = 'draft' WHERE id = ?")).toThrow(/frozen/);
    expect(sql("DELETE FROM reports WHERE id = ?")).toThrow(/frozen/);
    expect(sql("UPDATE function_lines SET basic_general_budget = 1 WHERE report_id = ?")).toThrow(/frozen/);
    expect(sql("DELETE FROM explanations WHERE report_id = ?")).toThrow(/frozen/);
    expect(sql("INSERT INTO economic_lines (report_id, subject_code, amount) VALUES (?, '30101', 5)")).toThrow(
      /frozen/,
    );
    expect(() => db.$client.prepare("UPDATE project_indicators SET score_hundredths = 0").run()).toThrow(/frozen/);
    expect(verifySnapshot(clerk, reportId)).toBe(true);
  });

  it("a revision copies every figure; its diff lists exactly what changed; publishing it supersedes the original", () => {
    const { id: revisionId } = startRevision(clerk, reportId);
    expect(() => startRevision(clerk, reportId)).toThrow("本年度已有进行中的修订（第1次修订），请先完成它。");
    const revision = getReport(clerk, revisionId);
    expect(revision).toMatchObject({ status: "draft", revision: 2, previousRevisionId: reportId });
    const original = loadReportData(clerk, reportId);
    const copy = loadReportData(clerk, revisionId);
    expect(diffReports(original, copy)).toEqual([]);
    expect(copy.projects.flatMap((p) => p.indicators)).toEqual(original.projects.flatMap((p) => p.indicators));

    const input = ZFunctionLines.parse(getFunctionLinesForm(clerk, revisionId));
    input.lines[2]!.basicGeneralBudget += 100_000; // 2013150 事业运行 +1,000.00 元
    input.lines[2]!.incomeGeneralBudget += 100_000;
    saveFunctionLines(clerk, revisionId, sectionVersion(db, revisionId, "functionLines"), input);
    expect(diffReports(original, loadReportData(clerk, revisionId))).toEqual([
      {
        section: "收入支出（功能分类）",
        label: "2013150 事业运行：财政拨款收入·一般公共预算",
        old: "280,600.00元",
        new: "281,600.00元",
      },
      {
        section: "收入支出（功能分类）",
        label: "2013150 事业运行：一般公共预算财政拨款·基本支出",
        old: "280,600.00元",
        new: "281,600.00元",
      },
    ]);

    // The economic lines must follow for the rules to pass; 30201 办公费 takes the 1,000 元.
    const econ = db
      .select()
      .from(t.economicLines)
      .where(eq(t.economicLines.reportId, revisionId))
      .all()
      .find((e) => e.subjectCode === "30201")!;
    db.update(t.economicLines)
      .set({ amount: econ.amount + 100_000 })
      .where(eq(t.economicLines.id, econ.id))
      .run();
    transitionReport(clerk, revisionId, "submit");
    transitionReport(supervisor, revisionId, "approve");
    transitionReport(supervisor, revisionId, "publish");
    expect(status(reportId)).toBe("superseded");
    expect(status(revisionId)).toBe("published");
    expect(verifySnapshot(clerk, reportId)).toBe(true);
    const published = getPublished("101001", 2020)!;
    expect(published.revision).toBe(2);
    expect(JSON.stringify(published.document)).toContain("2020年度收、支总计878.46万元。");
    expect(listPublished().rows).toHaveLength(1);
  });
});
