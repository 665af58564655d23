/**
 * The demo report (db/seed/demo-2020.ts) as ReportData, without a database: the same content the
 * seed writes, with the catalog entries the loader would add. tests/integration/demo-seed.test.ts
 * checks that loading the seeded report gives exactly this.
 */
import fs from "node:fs";
import path from "node:path";
import { parseCatalogCsv } from "../../db/catalogs";
import { demo, demoContent } from "../../db/seed/demo-2020";
import { shanghaiDemo, shanghaiDemoContent } from "../../db/seed/demo-2024-shanghai";
import type { ReportData, Subject } from "../../lib/disclosure/report-data";

const catalog = (file: string) =>
  parseCatalogCsv(fs.readFileSync(path.join(import.meta.dirname, "../../db/catalogs", file), "utf8"));

export function demoReportData(): ReportData {
  const content = demoContent();
  const codes = new Set(
    content.functionLines.flatMap((l) => [l.subjectCode, l.subjectCode.slice(0, 5), l.subjectCode.slice(0, 3)]),
  );
  const record = (rows: Subject[]) => Object.fromEntries(rows.map((s) => [s.code, s]));
  return {
    report: {
      id: 1,
      year: demo.year,
      revision: 1,
      status: "draft",
      version: 1,
      templateId: demo.templateId,
      departmentName: demo.department.name,
      departmentShortName: demo.department.shortName,
      noGovFundActivity: demo.noGovFundActivity,
      noStateCapitalActivity: demo.noStateCapitalActivity,
    },
    units: demo.units.map((u) => ({ ...u })),
    functionSubjects: record(catalog("function-subjects-2020.csv").filter((s) => codes.has(s.code))),
    economicSubjects: record(catalog("economic-subjects-2020.csv")),
    ...content,
    // The loader reads lines in code order.
    functionLines: [...content.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    economicLines: [...content.economicLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    toConfirm: [],
  };
}

/** The Shanghai demo's 2024 report (db/seed/demo-2024-shanghai.ts) as ReportData, without a database. */
export function shanghaiReportData(): ReportData {
  const content = shanghaiDemoContent();
  const codes = new Set(
    content.functionLines.flatMap((l) => [l.subjectCode, l.subjectCode.slice(0, 5), l.subjectCode.slice(0, 3)]),
  );
  const record = (rows: Subject[]) => Object.fromEntries(rows.map((s) => [s.code, s]));
  return {
    report: {
      id: 2,
      year: shanghaiDemo.year,
      revision: 1,
      status: "draft",
      version: 1,
      templateId: shanghaiDemo.templateId,
      departmentName: shanghaiDemo.department.name,
      departmentShortName: shanghaiDemo.department.shortName,
      noGovFundActivity: true,
      noStateCapitalActivity: true,
    },
    units: shanghaiDemo.units.map((u) => ({ ...u })),
    functionSubjects: record(catalog("function-subjects-2020.csv").filter((s) => codes.has(s.code))),
    economicSubjects: record(catalog("economic-subjects-2020.csv")),
    ...content,
    functionLines: [...content.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    economicLines: [...content.economicLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    toConfirm: [],
  };
}
