/**
 * A clerk adds a 功能分类 项 the year's catalog lacks, from the grid, with its 款 and 类 in one step; the
 * admin sees it listed and confirms it; 审核 warns until then. Who may and who may not.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { catalogFor, catalogYear, listUnconfirmedSubjects, unknownFunctionItems } from "../../lib/catalog";
import { ZAddLocalSubject } from "../../lib/catalog.schema";
import { addLocalSubject, confirmLocalSubject } from "../../lib/catalogs/local-subjects";
import { reportFunctionSubjects } from "../../lib/catalogs/report-subjects";
import { AccessDeniedError, NotFoundError, ValidationError } from "../../lib/errors";
import { createReport } from "../../lib/reports/create-report";
import { loadReportData } from "../../lib/reports/load-report-data";
import { getChecks } from "../../lib/reports/checks";
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "../../lib/disclosure/report-data";
import { getFunctionLinesForm, saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { sectionVersion } from "../../lib/reports/sections/save-section";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let reportId: number;
let otherDepartmentClerk: Actor;
const userByName = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = userByName("clerk");
  reportId = createReport(clerk, { year: 2024 }).id;
  otherDepartmentClerk = userByName("shclerk");
});

describe("a clerk adds a missing subject from the grid", () => {
  it("a 项 whose 款 and 类 the catalog also lacks, named in one step, joins the year's catalog as added locally", () => {
    expect(() =>
      addLocalSubject(clerk, ZAddLocalSubject.parse({ reportId, code: "2359901", name: "应急管理事务" })),
    ).toThrow(new ValidationError("科目表中没有款23599，请填写它的名称", "sectionName"));
    expect(() =>
      addLocalSubject(
        clerk,
        ZAddLocalSubject.parse({ reportId, code: "2359901", name: "应急管理事务", sectionName: "其他应急支出" }),
      ),
    ).toThrow(new ValidationError("科目表中没有类235，请填写它的名称", "className"));
    const item = addLocalSubject(
      clerk,
      ZAddLocalSubject.parse({
        reportId,
        code: "2359901",
        name: "应急管理事务",
        sectionName: "其他应急支出",
        className: "应急支出",
      }),
    );
    expect(item).toEqual({ code: "2359901", name: "应急管理事务", path: "应急支出 / 其他应急支出", unconfirmed: true });
    expect(catalogYear("function", 2024)).toBe(2024);
    expect(unknownFunctionItems(["2359901"], 2024)).toEqual([]);
    expect(unknownFunctionItems(["2359901"], 2023)).toEqual(["2359901"]);
    const added = catalogFor("function", 2024).filter((s) => s.code.startsWith("235"));
    expect(added.map((s) => [s.code, s.source, s.unconfirmed])).toEqual([
      ["235", "clerk", true],
      ["23599", "clerk", true],
      ["2359901", "clerk", true],
    ]);
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.action, "catalog.addLocal")).all();
    expect(audit.map((a) => [a.reportId, a.field, a.newValue])).toEqual([
      [reportId, "function_subjects@2024[235]", "应急支出"],
      [reportId, "function_subjects@2024[23599]", "其他应急支出"],
      [reportId, "function_subjects@2024[2359901]", "应急管理事务"],
    ]);
  });

  it("a 项 under an existing 款 needs its name only; a code already there is refused", () => {
    expect(
      addLocalSubject(clerk, ZAddLocalSubject.parse({ reportId, code: "2013170", name: "机构编制信息化" })),
    ).toEqual({
      code: "2013170",
      name: "机构编制信息化",
      path: "一般公共服务支出 / 党委办公厅（室）及相关机构事务",
      unconfirmed: true,
    });
    expect(() => addLocalSubject(clerk, { reportId, code: "2013101", name: "x" })).toThrow(
      "科目编码2013101已在2024年科目表中（行政运行）",
    );
    expect(ZAddLocalSubject.safeParse({ reportId, code: "20131", name: "x" }).error?.issues[0]?.message).toBe(
      "项级科目编码为7位数字，如 2013999",
    );
  });

  it("the grid saves a line of it; 审核 warns until an admin confirms; the admin sees it listed", () => {
    const line = {
      ...(Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, 0])) as Record<FunctionMoneyField, number>),
      subjectCode: "2359901",
      incomeGeneralBudget: 10_000,
      basicGeneralBudget: 10_000,
    };
    saveFunctionLines(clerk, reportId, sectionVersion(db, reportId, "functionLines"), {
      ...ZFunctionLines.parse(getFunctionLinesForm(clerk, reportId)),
      lines: [line],
    });
    const data = loadReportData(clerk, reportId);
    expect(data.functionSubjects["2359901"]).toMatchObject({ name: "应急管理事务", addedLocally: true });
    const warnings = () => getChecks(clerk, reportId).findings.filter((f) => f.ruleId === "R-SUBJECT-LOCAL");
    expect(warnings().map((f) => f.key)).toEqual(["R-SUBJECT-LOCAL:2359901"]);
    const admin = userByName("admin");
    expect(listUnconfirmedSubjects(admin).map((s) => [s.year, s.code, s.reportId])).toEqual([
      [2024, "2013170", reportId],
      [2024, "235", reportId],
      [2024, "23599", reportId],
      [2024, "2359901", reportId],
    ]);
    for (const code of ["235", "23599"]) {
      const name = code === "235" ? "应急支出" : "其他应急支出";
      confirmLocalSubject(admin, { year: 2024, code, name });
    }
    expect(warnings().map((f) => f.key)).toEqual(["R-SUBJECT-LOCAL:2359901"]);
    confirmLocalSubject(admin, { year: 2024, code: "2359901", name: "应急管理事务（核定）" });
    expect(warnings()).toEqual([]);
    expect(loadReportData(clerk, reportId).functionSubjects["2359901"]?.name).toBe("应急管理事务（核定）");
    expect(listUnconfirmedSubjects(admin).map((s) => s.code)).toEqual(["2013170"]);
    expect(db.select().from(t.auditLog).where(eq(t.auditLog.action, "catalog.confirm")).all().at(-1)).toMatchObject({
      field: "function_subjects@2024[2359901]",
      oldValue: "应急管理事务",
      newValue: "应急管理事务（核定）",
    });
    expect(() => confirmLocalSubject(admin, { year: 2024, code: "2359901", name: "x" })).toThrow(NotFoundError);
  });
});

describe("who may not add or confirm a subject", () => {
  it("a clerk of another department does not even find the report; a supervisor may not add", () => {
    expect(() => addLocalSubject(otherDepartmentClerk, { reportId, code: "2013171", name: "越权" })).toThrow(
      NotFoundError,
    );
    expect(() => addLocalSubject(userByName("supervisor"), { reportId, code: "2013171", name: "x" })).toThrow(
      AccessDeniedError,
    );
    expect(() => addLocalSubject(userByName("admin"), { reportId, code: "2013171", name: "x" })).toThrow(
      AccessDeniedError,
    );
    expect(unknownFunctionItems(["2013171"], 2024)).toEqual(["2013171"]);
  });

  it("not into a report that is no longer a draft", () => {
    db.update(t.reports).set({ status: "submitted" }).where(eq(t.reports.id, reportId)).run();
    expect(() => addLocalSubject(clerk, { reportId, code: "2013171", name: "x" })).toThrow(AccessDeniedError);
    db.update(t.reports).set({ status: "draft" }).where(eq(t.reports.id, reportId)).run();
  });

  it("only an admin confirms", () => {
    expect(() => confirmLocalSubject(clerk, { year: 2024, code: "2013170", name: "x" })).toThrow(AccessDeniedError);
    expect(() => confirmLocalSubject(userByName("supervisor"), { year: 2024, code: "2013170", name: "x" })).toThrow(
      AccessDeniedError,
    );
    expect(() => listUnconfirmedSubjects(clerk)).toThrow(AccessDeniedError);
  });
});

describe("the 功能分类 page's catalog (fetched after the page loads)", () => {
  it("lists the year's 项 with their 类/款 path, a subject added from the grid, and changes its ETag when one is", () => {
    const before = reportFunctionSubjects(clerk, reportId);
    const items = JSON.parse(before.json) as { code: string; name: string; path: string; unconfirmed?: true }[];
    expect(items.length).toBe(catalogFor("function", 2024).filter((s) => s.level === "item").length);
    expect(items.find((i) => i.code === "2359901")).toMatchObject({ name: "应急管理事务（核定）" }); // as the admin confirmed it
    expect(reportFunctionSubjects(clerk, reportId)).toEqual(before); // the same answer while nothing changed
    addLocalSubject(clerk, { reportId, code: "2013172", name: "页面目录测试" });
    const after = reportFunctionSubjects(clerk, reportId);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.json)).toContainEqual(
      expect.objectContaining({ code: "2013172", name: "页面目录测试", unconfirmed: true }),
    );
  });

  it("is read by whoever may see the report, and not found by anyone else", () => {
    expect(() => reportFunctionSubjects(userByName("supervisor"), reportId)).not.toThrow();
    expect(() => reportFunctionSubjects(otherDepartmentClerk, reportId)).toThrow(NotFoundError);
  });
});
