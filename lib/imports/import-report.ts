import "server-only";
import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { getDb } from "../../db";
import { reportImports, users } from "../../db/schema";
import type { Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { catalogFor } from "../catalog";
import { NotFoundError, SectionConflictError, ValidationError } from "../errors";
import { getReport } from "../reports/get-report";
import { loadReportData } from "../reports/load-report-data";
import { ZEconomicLines } from "../reports/sections/economic-lines.schema";
import { saveEconomicLines } from "../reports/sections/economic-lines";
import { ZFunctionLines } from "../reports/sections/function-lines.schema";
import { saveFunctionLines } from "../reports/sections/function-lines";
import { ZProject } from "../reports/sections/performance.schema";
import { deleteProject, saveProject } from "../reports/sections/performance";
import { sectionVersion, type SectionLock } from "../reports/sections/save-section";
import { ZThreePublic } from "../reports/sections/three-public.schema";
import { saveThreePublic } from "../reports/sections/three-public";
import { readWorkbook } from "../spreadsheets/read-workbook";
import { IMPORT_SECTION_LABELS, type ImportSection } from "./layouts";
import { planImport, type ImportPlan } from "./plan";
import { readImport, type ImportRead } from "./read-import";
import { isOfficialWorkbook, readOfficialTables } from "./read-official";
import type { ImportProblem } from "./read-tables";

export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS_PER_SHEET = 5_000;

/** A preview as the page shows it. */
export interface ReportImportView {
  id: number;
  reportId: number;
  section: ImportSection | null;
  fileName: string;
  createdAt: Date;
  createdBy: string | null;
  appliedAt: Date | null;
  cancelledAt: Date | null;
  plan: Omit<ImportPlan, "inputs">;
}

type Path = PropertyKey[];

/**
 * The schema check of each section's input, as the entry forms would do it, with each issue turned
 * into a problem at the row it came from (the amount limit of a section, a duplicate, a required text).
 */
function schemaProblems(read: ImportRead, plan: ImportPlan): ImportProblem[] {
  const out: ImportProblem[] = [];
  const at = (sheet: string, row: number | null, message: string) => out.push({ sheet, row, column: null, message });
  const issues = (result: { success: boolean; error?: { issues: { path: Path; message: string }[] } }) =>
    result.success ? [] : (result.error?.issues ?? []);
  const { inputs } = plan;
  if (inputs.functionLines && read.functionLines) {
    for (const issue of issues(ZFunctionLines.safeParse(inputs.functionLines.input))) {
      const i = issue.path[0] === "lines" ? Number(issue.path[1]) : -1;
      at(read.functionLines.sheet, read.functionLines.lines[i]?.row ?? null, issue.message);
    }
  }
  if (inputs.economicLines && read.economicLines) {
    for (const issue of issues(ZEconomicLines.safeParse(inputs.economicLines.input))) {
      const i = issue.path[0] === "lines" ? Number(issue.path[1]) : -1;
      at(read.economicLines.sheet, read.economicLines.lines[i]?.row ?? null, issue.message);
    }
  }
  if (inputs.threePublic && read.threePublic) {
    for (const issue of issues(ZThreePublic.safeParse(inputs.threePublic.input)))
      at(read.threePublic.sheet, null, issue.message);
  }
  if (inputs.performance && read.performance) {
    inputs.performance.save.forEach((s, i) => {
      for (const issue of issues(ZProject.safeParse(s.input))) {
        const p = read.performance!.projects[i];
        at(read.performance!.sheet, p?.row ?? null, `项目“${s.input.name}”：${issue.message}`);
      }
    });
  }
  return out;
}

/** Reads a workbook and plans it against the report's current data (nothing is written). */
async function plan(
  actor: Actor,
  reportId: number,
  section: ImportSection | null,
  fileName: string,
  bytes: Uint8Array,
) {
  const report = getReport(actor, reportId, "report.edit");
  if (report.status !== "draft") throw new ValidationError("报告已不是草稿状态，不能导入。");
  const read = await readWorkbook(fileName, bytes, {
    maxBytes: MAX_IMPORT_FILE_BYTES,
    maxRowsPerSheet: MAX_IMPORT_ROWS_PER_SHEET,
    maxRowsTotal: MAX_IMPORT_ROWS_PER_SHEET * 20,
    tooManyRows: (sheet, max) => `工作表“${sheet}”超过${max}行，无法导入：请删去多余的行，或分开导入。`,
    allowCsv: section !== null,
  });
  if (!read.ok) return { ok: false as const, errors: [read.error] };
  const fn = catalogFor("function", report.year);
  const ec = catalogFor("economic", report.year);
  const ctx = {
    year: report.year,
    functionItems: new Set(fn.filter((s) => s.level === "item").map((s) => s.code)),
    economicSections: new Set(ec.filter((s) => s.level === "section").map((s) => s.code)),
  };
  // A whole-report upload may be the nine tables as this app exports them (a published report's Excel).
  const result =
    section === null && isOfficialWorkbook(read.sheets)
      ? readOfficialTables(read.sheets, ctx)
      : readImport(read.sheets, ctx, section ?? undefined);
  const db = getDb();
  const data = loadReportData(actor, reportId);
  const planned = planImport(result, data, (lock) => sectionVersion(db, reportId, lock as SectionLock));
  if (planned.problems.length === 0) planned.problems.push(...schemaProblems(result, planned));
  return { ok: true as const, plan: planned };
}

/**
 * 导入Excel, step 1: reads the uploaded workbook (one section's template, or a workbook with a sheet per
 * section) and stores what it would change, with every problem, for the clerk to look at. Nothing in
 * the report changes. A file that cannot be read at all gives the reason.
 */
export async function previewReportImport(
  actor: Actor,
  input: { reportId: number; section: ImportSection | null; fileName: string; bytes: Uint8Array },
): Promise<{ ok: true; id: number } | { ok: false; errors: string[] }> {
  const planned = await plan(actor, input.reportId, input.section, input.fileName, input.bytes);
  if (!planned.ok) return planned;
  const db = getDb();
  const day = new Date(Date.now() - 24 * 3600 * 1000);
  return db.transaction((tx) => {
    // Previews nobody applied within a day are dropped (the file with them).
    tx.delete(reportImports)
      .where(and(lt(reportImports.createdAt, day), isNull(reportImports.appliedAt)))
      .run();
    const row = tx
      .insert(reportImports)
      .values({
        reportId: input.reportId,
        section: input.section,
        fileName: input.fileName.slice(0, 200),
        file: Buffer.from(input.bytes),
        planJson: JSON.stringify(planned.plan),
        createdById: actor.id,
      })
      .returning({ id: reportImports.id })
      .get();
    return { ok: true as const, id: row.id };
  });
}

function stored(reportId: number, id: number) {
  const row = getDb()
    .select({ i: reportImports, by: users.displayName })
    .from(reportImports)
    .leftJoin(users, eq(users.id, reportImports.createdById))
    .where(and(eq(reportImports.id, id), eq(reportImports.reportId, reportId)))
    .get();
  if (!row) throw new NotFoundError("这次导入不存在或已过期，请重新上传文件。");
  return row;
}

/** A stored preview of one of the report's imports (whoever may see the report may see it). */
export function getReportImport(actor: Actor, reportId: number, id: number): ReportImportView {
  getReport(actor, reportId);
  const { i, by } = stored(reportId, id);
  const { inputs: _inputs, ...plan } = JSON.parse(i.planJson) as ImportPlan;
  return {
    id: i.id,
    reportId: i.reportId,
    section: i.section as ImportSection | null,
    fileName: i.fileName,
    createdAt: i.createdAt,
    createdBy: by,
    appliedAt: i.appliedAt,
    cancelledAt: i.cancelledAt,
    plan,
  };
}

/**
 * Reads a preview's file again (after a missing subject was added to the catalog): a new preview, the
 * old one cancelled.
 */
export async function recheckReportImport(
  actor: Actor,
  input: { reportId: number; importId: number },
): Promise<{ ok: true; id: number } | { ok: false; errors: string[] }> {
  getReport(actor, input.reportId, "report.edit");
  const { i } = stored(input.reportId, input.importId);
  if (i.appliedAt || i.cancelledAt) throw new ValidationError("这次导入已经结束，请重新上传文件。");
  const result = await previewReportImport(actor, {
    reportId: input.reportId,
    section: i.section as ImportSection | null,
    fileName: i.fileName,
    bytes: new Uint8Array(i.file),
  });
  if (result.ok) {
    getDb()
      .update(reportImports)
      .set({ cancelledAt: new Date(), file: Buffer.alloc(0) })
      .where(and(eq(reportImports.id, i.id), isNull(reportImports.appliedAt)))
      .run();
  }
  return result;
}

/**
 * 导入Excel, step 2: applies a preview without problems, all or nothing, in one transaction: each
 * section through its own save (the entry forms' schema and data function: department scope, draft,
 * the section's version as of the preview — a colleague's save since then refuses the whole import —
 * the catalog check, the amount limits, an audit entry per changed field), plus one audit entry naming
 * the file.
 */
export function applyReportImport(actor: Actor, input: { reportId: number; importId: number }) {
  getReport(actor, input.reportId, "report.edit");
  const db = getDb();
  try {
    return db.transaction((tx) => {
      const i = tx
        .select()
        .from(reportImports)
        .where(and(eq(reportImports.id, input.importId), eq(reportImports.reportId, input.reportId)))
        .get();
      if (!i) throw new NotFoundError("这次导入不存在或已过期，请重新上传文件。");
      if (i.appliedAt) throw new ValidationError("这个文件已经导入过了。");
      if (i.cancelledAt) throw new ValidationError("这次导入已取消，请重新上传文件。");
      const plan = JSON.parse(i.planJson) as ImportPlan;
      if (plan.problems.length > 0) throw new ValidationError("文件中还有问题，不能导入：请改正后重新上传。");
      const { inputs } = plan;
      const { reportId } = input;
      let changes = 0;
      if (inputs.functionLines) {
        const parsed = ZFunctionLines.parse(inputs.functionLines.input);
        changes += saveFunctionLines(actor, reportId, inputs.functionLines.version, parsed).changes;
      }
      if (inputs.economicLines) {
        const parsed = ZEconomicLines.parse(inputs.economicLines.input);
        changes += saveEconomicLines(actor, reportId, inputs.economicLines.version, parsed).changes;
      }
      if (inputs.threePublic) {
        const parsed = ZThreePublic.parse(inputs.threePublic.input);
        changes += saveThreePublic(actor, reportId, inputs.threePublic.version, parsed).changes;
      }
      if (inputs.performance) {
        for (const r of inputs.performance.remove) {
          changes += deleteProject(actor, reportId, r.version, r.projectId).changes;
        }
        for (const s of inputs.performance.save) {
          changes += saveProject(actor, reportId, s.version, ZProject.parse(s.input)).changes;
        }
      }
      const now = new Date();
      // The file is not kept once its import is done (the plan, with every change shown, stays).
      tx.update(reportImports)
        .set({ appliedAt: now, file: Buffer.alloc(0) })
        .where(eq(reportImports.id, i.id))
        .run();
      const sections = plan.sections.map((s) => IMPORT_SECTION_LABELS[s.section]).join("、");
      writeAudit(
        tx,
        {
          actorId: actor.id,
          reportId,
          action: "report.import",
          field: "import",
          newValue: `导入Excel“${i.fileName}”：${sections}，${changes}处修改`,
        },
        now,
      );
      return { changes, sections: plan.sections.map((s) => s.section) };
    });
  } catch (error) {
    if (error instanceof SectionConflictError) {
      throw new ValidationError(
        `预览之后，${error.conflict.savedBy}于${error.conflict.savedAt}保存了报告的这一部分：导入未进行，报告没有任何改变。请重新上传文件，核对新的变化后再导入。`,
      );
    }
    throw error;
  }
}

/** 取消: the preview is closed; the report is unchanged. */
export function cancelReportImport(actor: Actor, input: { reportId: number; importId: number }): void {
  getReport(actor, input.reportId, "report.edit");
  const { i } = stored(input.reportId, input.importId);
  if (i.appliedAt) throw new ValidationError("这个文件已经导入，不能取消；如需恢复，请在页面上修改。");
  if (i.cancelledAt) return;
  getDb()
    .update(reportImports)
    .set({ cancelledAt: new Date(), file: Buffer.alloc(0) })
    .where(eq(reportImports.id, i.id))
    .run();
}

/** The report's latest imports (for the import page's list). */
export function recentReportImports(actor: Actor, reportId: number, limit = 5) {
  getReport(actor, reportId);
  return getDb()
    .select({
      id: reportImports.id,
      section: reportImports.section,
      fileName: reportImports.fileName,
      createdAt: reportImports.createdAt,
      appliedAt: reportImports.appliedAt,
      cancelledAt: reportImports.cancelledAt,
    })
    .from(reportImports)
    .where(eq(reportImports.reportId, reportId))
    .orderBy(desc(reportImports.id))
    .limit(limit)
    .all();
}
