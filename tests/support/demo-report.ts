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

type Content = ReturnType<typeof demoContent> | ReturnType<typeof shanghaiDemoContent>;

/** A seeded demo as the loader gives it: its catalog entries, its lines in code order. */
function seededReportData(
  id: number,
  seed: typeof demo | typeof shanghaiDemo,
  content: Content,
  activity: { noGovFundActivity: boolean; noStateCapitalActivity: boolean },
): ReportData {
  const codes = new Set(
    content.functionLines.flatMap((l) => [l.subjectCode, l.subjectCode.slice(0, 5), l.subjectCode.slice(0, 3)]),
  );
  const record = (rows: Subject[]) => Object.fromEntries(rows.map((s) => [s.code, s]));
  return {
    report: {
      id,
      year: seed.year,
      revision: 1,
      status: "draft",
      version: 1,
      templateId: seed.templateId,
      departmentName: seed.department.name,
      departmentShortName: seed.department.shortName,
      noGovFundActivity: activity.noGovFundActivity,
      noStateCapitalActivity: activity.noStateCapitalActivity,
    },
    units: seed.units.map((u) => ({ ...u })),
    functionSubjects: record(catalog("function-subjects-2020.csv").filter((s) => codes.has(s.code))),
    economicSubjects: record(catalog("economic-subjects-2020.csv")),
    ...content,
    // The loader reads lines in code order.
    functionLines: [...content.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    economicLines: [...content.economicLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    toConfirm: [],
  };
}

export const demoReportData = (): ReportData => seededReportData(1, demo, demoContent(), demo);

/** The Shanghai demo's 2024 report (db/seed/demo-2024-shanghai.ts) as ReportData, without a database. */
export const shanghaiReportData = (): ReportData =>
  seededReportData(2, shanghaiDemo, shanghaiDemoContent(), { noGovFundActivity: true, noStateCapitalActivity: true });
