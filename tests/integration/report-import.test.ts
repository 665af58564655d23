/**
 * 导入Excel end to end on a temp database: the template of a report's current data imports as “no
 * change”; a random report written into the template and imported into the demo draft gives that
 * report's figures to the 分 and the same nine tables; a bad cell or a colleague's save in between
 * changes nothing; cancel changes nothing; the 300-line workbook's time is measured.
 */
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { catalogFor } from "../../lib/catalog";
import { addLocalSubject } from "../../lib/catalogs/local-subjects";
import { buildDisclosure } from "../../lib/disclosure/build";
import { buildTables } from "../../lib/disclosure/tables";
import { renderXlsx } from "../../lib/export/xlsx";
import type { ReportData } from "../../lib/disclosure/report-data";
import {
  applyReportImport,
  cancelReportImport,
  getReportImport,
  previewReportImport,
  recheckReportImport,
} from "../../lib/imports/import-report";
import { IMPORT_SECTIONS } from "../../lib/imports/layouts";
import { describeProblem } from "../../lib/imports/read-tables";
import { buildImportTemplate, writeImportTemplate } from "../../lib/imports/template";
import { loadReportData } from "../../lib/reports/load-report-data";
import { getFunctionLinesForm, saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { sectionVersion } from "../../lib/reports/sections/save-section";
import { resolveTemplate } from "../../lib/templates/resolve";
import { demoReportData } from "../support/demo-report";
import { randomReport } from "../support/random-report";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let supervisor: Actor;
let reportId: number;

const userByName = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};
const catalogs = () => ({ function: catalogFor("function", 2020), economic: catalogFor("economic", 2020) });
const auditCount = () => db.select().from(t.auditLog).all().length;

/** A report's data with its version stamps dropped (they move on every save). */
const content = (d: ReportData) => ({ ...d, report: { ...d.report, version: 0 } });

/** The imported sections of `data`, in a comparable shape. */
function importedParts(d: ReportData) {
  return {
    functionLines: [...d.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    economicLines: d.economicLines
      .filter((l) => l.amount !== 0 || l.priorYearAmount !== 0)
      .sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    threePublic: d.threePublic,
    projects: d.projects.map(
      ({ id: _id, goal: _g, effect: _e, problems: _p, nextSteps: _n, fundSource: _f, ...p }) => p,
    ),
  };
}

async function importBytes(bytes: Uint8Array, section: (typeof IMPORT_SECTIONS)[number] | null = null) {
  const preview = await previewReportImport(clerk, { reportId, section, fileName: "导入.xlsx", bytes });
  if (!preview.ok) throw new Error(preview.errors.join("; "));
  return { id: preview.id, view: getReportImport(clerk, reportId, preview.id) };
}

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = userByName("clerk");
  supervisor = userByName("supervisor");
  reportId = db.select().from(t.reports).get()!.id;
});

describe("the template of a report's own data", () => {
  it("imports as no change at all, for every section and for the whole workbook", async () => {
    const before = content(loadReportData(clerk, reportId));
    for (const section of [...IMPORT_SECTIONS, null]) {
      const { bytes } = await buildImportTemplate(clerk, reportId, section);
      const { id, view } = await importBytes(bytes, section);
      expect(view.plan.problems.map(describeProblem), String(section)).toEqual([]);
      expect(
        view.plan.sections.flatMap((s) => s.changes),
        String(section),
      ).toEqual([]);
      applyReportImport(clerk, { reportId, importId: id });
    }
    expect(content(loadReportData(clerk, reportId))).toEqual(before);
  });
});

describe("a published report's Excel (the nine tables) through the upload path", () => {
  // Before the random reports below replace the demo figures (whole 0.01万元, as the tables print them).
  it("is recognised as such, previewed without problems, and applied: the line-item tables stay the same", async () => {
    const data = loadReportData(clerk, reportId);
    const template = resolveTemplate(data.report.templateId);
    const lineTables = (d: ReportData) =>
      buildTables(d, template)
        .filter((t) => !["incomeExpenseSummary", "fiscalSummary"].includes(t.kind))
        .map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    const before = lineTables(data);
    const xlsx = await renderXlsx(buildDisclosure(data, template));
    const { id, view } = await importBytes(new Uint8Array(xlsx));
    expect(view.plan.problems.map(describeProblem)).toEqual([]);
    expect(view.plan.sections.map((s) => s.section)).toEqual(["functionLines", "economicLines", "threePublic"]);
    applyReportImport(clerk, { reportId, importId: id });
    expect(lineTables(loadReportData(clerk, reportId))).toEqual(before);
  });
});

describe("export → import → build: the same figures and tables to the 分", () => {
  const cases: [string, () => ReportData][] = [
    ["the demo report", demoReportData],
    ...[1, 2, 3].map((seed): [string, () => ReportData] => [
      `random report ${seed}`,
      () => randomReport(seed, { projects: 3 }),
    ]),
    ["a report of huge amounts", () => randomReport(7, { amounts: "huge", lines: 40 })],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const source = make();
      source.projects.forEach((p, i) => {
        if (i === 0)
          p.indicators = [
            {
              level1: "产出指标",
              level2: "数量指标",
              level3: `指标${i}`,
              targetValue: "≥1",
              actualValue: "1",
              weightHundredths: 2000,
              scoreHundredths: 1850,
              deviationReason: "",
            },
          ];
      });
      const bytes = await writeImportTemplate(source, [...IMPORT_SECTIONS], catalogs());
      const { id, view } = await importBytes(new Uint8Array(bytes));
      expect(view.plan.problems.map(describeProblem)).toEqual([]);
      applyReportImport(clerk, { reportId, importId: id });
      const loaded = loadReportData(clerk, reportId);
      expect(importedParts(loaded)).toEqual(importedParts(source));
      // The tables built from the imported sections equal the source's, cell by cell.
      const template = resolveTemplate(source.report.templateId);
      const rebuilt: ReportData = {
        ...source,
        functionLines: loaded.functionLines,
        economicLines: loaded.economicLines,
        threePublic: loaded.threePublic,
      };
      expect(JSON.stringify(buildTables(rebuilt, template))).toBe(JSON.stringify(buildTables(source, template)));
    });
  }
});

describe("all or nothing", () => {
  it("one bad cell: the preview names it, apply is refused, nothing changes", async () => {
    const { bytes } = await buildImportTemplate(clerk, reportId, "functionLines");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("功能分类")!;
    sheet.getCell("C5").value = 1;
    sheet.getCell("D6").value = "十二元";
    const before = content(loadReportData(clerk, reportId));
    const audits = auditCount();
    const { id, view } = await importBytes(new Uint8Array(await wb.xlsx.writeBuffer()), "functionLines");
    expect(view.plan.problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^工作表“功能分类”第6行D列：“政府性基金预算”的“十二元”不是有效金额：请填写数字金额。$/),
    ]);
    expect(() => applyReportImport(clerk, { reportId, importId: id })).toThrow(/还有问题，不能导入/);
    expect(content(loadReportData(clerk, reportId))).toEqual(before);
    expect(auditCount()).toBe(audits);
  });

  it("a colleague's save after the preview refuses the whole import; cancel changes nothing", async () => {
    const { bytes } = await buildImportTemplate(clerk, reportId, null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet("功能分类")!.getCell("C5").value = 4321.09;
    wb.getWorksheet("三公经费")!.getCell("C4").value = 1;
    const changed = new Uint8Array(await wb.xlsx.writeBuffer());
    const first = await importBytes(changed);
    expect(first.view.plan.sections.map((s) => [s.section, s.changes.length])).toEqual([
      ["functionLines", 1],
      ["economicLines", 0],
      ["threePublic", 1],
      ["performance", 0],
    ]);
    const fl = first.view.plan.sections[0]!.changes[0]!;
    expect(fl).toMatchObject({
      kind: "changed",
      fields: [{ label: "本年收入/财政拨款收入/一般公共预算", new: "4,321.09" }],
    });
    // Someone saves the 三公 page in between: the import (which also covers 功能分类) changes nothing.
    saveFunctionLines(
      clerk,
      reportId,
      sectionVersion(db, reportId, "functionLines"),
      ZFunctionLines.parse(getFunctionLinesForm(clerk, reportId)),
    );
    const before = content(loadReportData(clerk, reportId));
    expect(() => applyReportImport(clerk, { reportId, importId: first.id })).toThrow(
      /预览之后.*导入未进行，报告没有任何改变/,
    );
    expect(content(loadReportData(clerk, reportId))).toEqual(before);
    const second = await importBytes(changed);
    cancelReportImport(clerk, { reportId, importId: second.id });
    expect(content(loadReportData(clerk, reportId))).toEqual(before);
    expect(() => applyReportImport(clerk, { reportId, importId: second.id })).toThrow(/已取消/);
    // Neither a cancelled nor an applied import keeps the uploaded file.
    const kept = (id: number) =>
      db.select().from(t.reportImports).where(eq(t.reportImports.id, id)).get()!.file.byteLength;
    expect(kept(second.id)).toBe(0);
    // A supervisor may not import.
    await expect(
      previewReportImport(supervisor, { reportId, section: null, fileName: "a.xlsx", bytes: changed }),
    ).rejects.toThrow();
  });

  it("an unknown code: added to the year's catalog from the preview, then the file is read again", async () => {
    const { bytes } = await buildImportTemplate(clerk, reportId, "functionLines");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet("功能分类")!.addRow(["2010196", "导入新项", 100]);
    const { id, view } = await importBytes(new Uint8Array(await wb.xlsx.writeBuffer()), "functionLines");
    expect(view.plan.problems.map((p) => p.unknownSubject)).toEqual([{ code: "2010196", name: "导入新项" }]);
    addLocalSubject(clerk, { reportId, code: "2010196", name: "导入新项" });
    const again = await recheckReportImport(clerk, { reportId, importId: id });
    if (!again.ok) throw new Error(again.errors.join());
    const next = getReportImport(clerk, reportId, again.id);
    expect(next.plan.problems).toEqual([]);
    expect(next.plan.sections[0]!.changes).toMatchObject([{ kind: "added", key: "2010196" }]);
    expect(getReportImport(clerk, reportId, id).cancelledAt).not.toBeNull();
    applyReportImport(clerk, { reportId, importId: again.id });
    expect(db.select().from(t.reportImports).where(eq(t.reportImports.id, again.id)).get()!.file.byteLength).toBe(0);
    expect(
      loadReportData(clerk, reportId).functionLines.find((l) => l.subjectCode === "2010196")?.incomeGeneralBudget,
    ).toBe(10000);
  });
});

describe("a 300-line workbook", () => {
  it("is read, previewed and applied within seconds (time printed)", async () => {
    const source = randomReport(300, { lines: 300, projects: 10 });
    // The random report makes up 项 beyond the catalog's: a clerk adds them (as from the preview) first.
    const known = new Set(catalogFor("function", 2020).map((s) => s.code));
    for (const l of source.functionLines) {
      if (!known.has(l.subjectCode))
        addLocalSubject(clerk, { reportId, code: l.subjectCode, name: source.functionSubjects[l.subjectCode]!.name });
    }
    const bytes = new Uint8Array(await writeImportTemplate(source, [...IMPORT_SECTIONS], catalogs()));
    const started = performance.now();
    const { id, view } = await importBytes(bytes);
    const previewed = performance.now();
    expect(view.plan.problems).toEqual([]);
    applyReportImport(clerk, { reportId, importId: id });
    const applied = performance.now();
    console.warn(
      `300-line workbook (${bytes.byteLength} bytes): preview ${Math.round(previewed - started)} ms, apply ${Math.round(applied - previewed)} ms`,
    );
    expect(loadReportData(clerk, reportId).functionLines).toHaveLength(300);
    expect(applied - started).toBeLessThan(20_000);
  });
});
