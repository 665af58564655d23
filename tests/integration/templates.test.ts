/**
 * Templates as data an administrator manages: choosing a report's template by region and year,
 * deriving, saving versions, importing and exporting, and changing a draft's template without losing
 * anything — through the data layer, with access checked.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { buildDisclosure, documentText } from "../../lib/disclosure/build";
import { AccessDeniedError, NotFoundError, ValidationError } from "../../lib/errors";
import { createReport } from "../../lib/reports/create-report";
import { getReport } from "../../lib/reports/get-report";
import { loadReportData } from "../../lib/reports/load-report-data";
import { setReportTemplate } from "../../lib/reports/set-report-template";
import { transitionReport } from "../../lib/reports/transition-report";
import { resolveTemplate } from "../../lib/templates/resolve";
import {
  chooseTemplate,
  deriveTemplate,
  getTemplate,
  importTemplate,
  listTemplates,
  saveTemplateVersion,
} from "../../lib/templates/templates";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const actor = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("choosing a new report's template", () => {
  it("takes the region's template for the year, or the region's nearest earlier one", () => {
    expect(chooseTemplate("上海市", 2024).id).toBe("shanghai-2024");
    expect(chooseTemplate("上海市", 2026).id).toBe("shanghai-2024");
    expect(chooseTemplate("甘肃省兰州市", 2021).id).toBe("lanzhou-2020");
  });

  it("falls back to the nearest earlier built-in template, never another region's", () => {
    expect(chooseTemplate("", 2025).id).toBe("shanghai-2024");
    expect(chooseTemplate("四川省成都市", 2022).id).toBe("lanzhou-2020");
    expect(chooseTemplate("上海市", 2019).id).toBe("lanzhou-2020"); // before every template: the earliest
  });

  it("a Shanghai clerk's 2025 report takes shanghai-2024 and its glossary", () => {
    const shclerk = actor("shclerk");
    const { id } = createReport(shclerk, { year: 2025 });
    expect(getReport(shclerk, id).templateId).toBe("shanghai-2024");
    const glossary = db.select().from(t.glossaryEntries).where(eq(t.glossaryEntries.reportId, id)).all();
    expect(glossary.map((g) => g.term)).toEqual(resolveTemplate("shanghai-2024").glossary.map((g) => g.term));
  });
});

describe("administering templates", () => {
  const admin = () => actor("admin");

  it("only an admin lists, derives and edits templates", () => {
    expect(() => listTemplates(actor("clerk"))).toThrow(AccessDeniedError);
    expect(() =>
      deriveTemplate(actor("supervisor"), {
        fromId: "shanghai-2024",
        id: "x-2025",
        name: "x",
        region: "x",
        year: 2025,
      }),
    ).toThrow(AccessDeniedError);
    expect(listTemplates(admin()).map((x) => [x.id, x.builtIn, x.reportCount])).toEqual([
      ["lanzhou-2020", true, 1],
      ["shanghai-2024", true, 2],
    ]);
  });

  it("derives a 2025 template as version 1, based on its source; the id must be new", () => {
    const derived = deriveTemplate(admin(), {
      fromId: "shanghai-2024",
      id: "shanghai-2025",
      name: "2025年度部门决算公开（上海）",
      region: "上海市",
      year: 2025,
    });
    expect(derived).toMatchObject({
      id: "shanghai-2025",
      version: 1,
      year: 2025,
      basedOn: { id: "shanghai-2024", version: 1 },
    });
    expect(() =>
      deriveTemplate(admin(), { fromId: "lanzhou-2020", id: "shanghai-2025", name: "x", region: "x", year: 2025 }),
    ).toThrow(new ValidationError("模板编号“shanghai-2025”已被使用", "id"));
    expect(chooseTemplate("上海市", 2025).id).toBe("shanghai-2025");
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.action, "template.derive")).all();
    expect(audit).toHaveLength(1);
  });

  it("saves an edit as the next version; a draft on the template prints the new wording", () => {
    const shclerk = actor("shclerk");
    const draft = db.select({ id: t.reports.id }).from(t.reports).where(eq(t.reports.year, 2025)).get()!.id;
    setReportTemplate(shclerk, draft, getReport(shclerk, draft).version, "shanghai-2025");
    const edited = structuredClone(getTemplate(admin(), "shanghai-2025"));
    edited.parts[2]!.sections[0]!.title = "收入支出决算总体情况";
    const result = saveTemplateVersion(admin(), "shanghai-2025", edited);
    expect(result).toMatchObject({ ok: true, template: { version: 2 } });
    const text = documentText(buildDisclosure(loadReportData(shclerk, draft), resolveTemplate("shanghai-2025")));
    expect(text).toContain("一、收入支出决算总体情况");
  });

  it("refuses an invalid edit with its problems, and never edits a built-in template", () => {
    const broken = structuredClone(getTemplate(admin(), "shanghai-2025"));
    broken.title = "{department}{nonsense}";
    expect(saveTemplateVersion(admin(), "shanghai-2025", broken)).toEqual({
      ok: false,
      errors: ["文档标题：没有占位符{nonsense}"],
      issues: [{ path: ["title"], message: "文档标题：没有占位符{nonsense}" }],
    });
    expect(getTemplate(admin(), "shanghai-2025").version).toBe(2);
    expect(() => saveTemplateVersion(admin(), "shanghai-2024", getTemplate(admin(), "shanghai-2024"))).toThrow(
      "内置模板不能修改",
    );
    expect(() => getTemplate(admin(), "nowhere")).toThrow(NotFoundError);
  });

  it("imports an exported template as a new one, or as the next version of its id; refuses bad files", () => {
    const exported = JSON.stringify({
      ...getTemplate(admin(), "shanghai-2025"),
      id: "pudong-2025",
      region: "上海市浦东新区",
    });
    expect(importTemplate(admin(), exported)).toMatchObject({ ok: true, template: { id: "pudong-2025", version: 1 } });
    expect(importTemplate(admin(), exported)).toMatchObject({ ok: true, template: { id: "pudong-2025", version: 2 } });
    expect(importTemplate(admin(), "{not json")).toEqual({
      ok: false,
      errors: ["文件不是有效的 JSON（请选择从本系统导出的模板文件）"],
    });
    expect(importTemplate(admin(), JSON.stringify(getTemplate(admin(), "lanzhou-2020")))).toMatchObject({
      ok: false,
      errors: [expect.stringContaining("内置模板")],
    });
    const missing = JSON.parse(exported) as Record<string, unknown>;
    delete missing.parts;
    expect(importTemplate(admin(), JSON.stringify({ ...missing, id: "broken-2025" }))).toMatchObject({
      ok: false,
      errors: [expect.stringContaining("部分")],
    });
  });
});

describe("changing a draft's template", () => {
  it("changes the layout only: every figure, text and reason stays", () => {
    const shclerk = actor("shclerk");
    const reportId = db
      .select({ id: t.reports.id })
      .from(t.reports)
      .innerJoin(t.departments, eq(t.departments.id, t.reports.departmentId))
      .where(eq(t.reports.year, 2024))
      .get()!.id;
    const before = loadReportData(shclerk, reportId);
    const { version } = setReportTemplate(shclerk, reportId, before.report.version, "lanzhou-2020");
    const after = loadReportData(shclerk, reportId);
    expect({ ...after, report: { ...after.report, templateId: "x", version: 0 } }).toEqual({
      ...before,
      report: { ...before.report, templateId: "x", version: 0 },
    });
    expect(after.report.templateId).toBe("lanzhou-2020");
    setReportTemplate(shclerk, reportId, version, "shanghai-2024");
  });

  it("is refused for another department, a supervisor, an unknown template, and a report that is not a draft", () => {
    const reportId = db.select({ id: t.reports.id }).from(t.reports).where(eq(t.reports.year, 2020)).get()!.id;
    const clerk = actor("clerk");
    expect(() => setReportTemplate(actor("shclerk"), reportId, 1, "shanghai-2024")).toThrow(NotFoundError);
    expect(() => setReportTemplate(actor("supervisor"), reportId, 1, "shanghai-2024")).toThrow(AccessDeniedError);
    expect(() => setReportTemplate(clerk, reportId, getReport(clerk, reportId).version, "nowhere")).toThrow(
      new ValidationError("公开模板“nowhere”不存在", "templateId"),
    );
    db.insert(t.findingNotes)
      .values([
        { reportId, findingKey: "R-PROJ-RATE:印刷费", text: "说明。" },
        { reportId, findingKey: "R-PROJ-GRADE:印刷费", text: "说明。" },
      ])
      .run();
    transitionReport(clerk, reportId, "submit");
    expect(() => setReportTemplate(clerk, reportId, getReport(clerk, reportId).version, "shanghai-2024")).toThrow(
      AccessDeniedError,
    );
    // The admin may change a draft of any department, but not this submitted one either.
    expect(() =>
      setReportTemplate(actor("admin"), reportId, getReport(clerk, reportId).version, "shanghai-2024"),
    ).toThrow(AccessDeniedError);
  });
});
