import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "../access";
import { catalogFor } from "../catalog";
import { formatPoints } from "../disclosure/grades";
import type { ReportData } from "../disclosure/report-data";
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS } from "../domain";
import { formatYuan } from "../money";
import { neutralise } from "../export/xlsx";
import { loadReportData } from "../reports/load-report-data";
import { getReport } from "../reports/get-report";
import {
  ECONOMIC_LAYOUT,
  FUNCTION_COLUMNS,
  IMPORT_SECTION_LABELS,
  IMPORT_SECTIONS,
  INDICATOR_LAYOUT,
  PROJECT_LAYOUT,
  QUANTITY_LAYOUT,
  QUANTITY_ROWS,
  THREE_PUBLIC_LAYOUT,
  type ImportSection,
} from "./layouts";

/** An amount as the number Excel shows in 元 (blank for 0): from its exact decimal text. */
const yuanCell = (fen: number) => (fen === 0 ? null : Number(formatYuan(fen, { grouping: false })));
const MONEY_FORMAT = "#,##0.00";
const BOLD = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

function titleRows(sheet: ExcelJS.Worksheet, title: string, width: number) {
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, Math.max(width, 2));
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.addRow(["单位：元"]);
}

function styleHeader(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

function textColumn(sheet: ExcelJS.Worksheet, col: number) {
  sheet.getColumn(col).numFmt = "@";
}

function functionSheet(workbook: ExcelJS.Workbook, year: number, data: ReportData) {
  const sheet = workbook.addWorksheet("功能分类", { views: [{ state: "frozen", xSplit: 2, ySplit: 4 }] });
  const width = 2 + FUNCTION_COLUMNS.length;
  titleRows(sheet, `${year}年度 收入支出决算（按支出功能分类科目）导入模板`, width);
  const groups = sheet.addRow(["科目编码", "科目名称", ...FUNCTION_COLUMNS.map((c) => c.group)]);
  const headers = sheet.addRow(["科目编码", "科目名称", ...FUNCTION_COLUMNS.map((c) => c.header)]);
  sheet.mergeCells(3, 1, 4, 1);
  sheet.mergeCells(3, 2, 4, 2);
  let start = 0;
  FUNCTION_COLUMNS.forEach((c, i) => {
    const next = FUNCTION_COLUMNS[i + 1];
    if (next?.group === c.group) return;
    if (i > start) sheet.mergeCells(3, 3 + start, 3, 3 + i);
    start = i + 1;
  });
  styleHeader(groups);
  styleHeader(headers);
  const names = data.functionSubjects;
  for (const line of data.functionLines) {
    sheet.addRow([
      line.subjectCode,
      neutralise(names[line.subjectCode]?.name ?? ""),
      ...FUNCTION_COLUMNS.map((c) => yuanCell(line[c.field])),
    ]);
  }
  textColumn(sheet, 1);
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 28;
  for (let c = 3; c <= width; c++) {
    sheet.getColumn(c).width = 14;
    sheet.getColumn(c).numFmt = MONEY_FORMAT;
  }
}

function economicSheet(
  workbook: ExcelJS.Workbook,
  year: number,
  data: ReportData,
  rows: { code: string; name: string }[],
) {
  const sheet = workbook.addWorksheet("经济分类", { views: [{ state: "frozen", ySplit: 3 }] });
  titleRows(sheet, `${year}年度 一般公共预算财政拨款基本支出（按经济分类科目）导入模板`, 4);
  styleHeader(sheet.addRow(ECONOMIC_LAYOUT.columns.map((c) => c.header)));
  const byCode = new Map(data.economicLines.map((l) => [l.subjectCode, l]));
  for (const s of rows) {
    const line = byCode.get(s.code);
    sheet.addRow([s.code, s.name, yuanCell(line?.amount ?? 0), yuanCell(line?.priorYearAmount ?? 0)]);
  }
  textColumn(sheet, 1);
  sheet.getColumn(2).width = 30;
  for (const c of [3, 4]) {
    sheet.getColumn(c).width = 16;
    sheet.getColumn(c).numFmt = MONEY_FORMAT;
  }
}

function threePublicSheet(workbook: ExcelJS.Workbook, year: number, data: ReportData) {
  const sheet = workbook.addWorksheet("三公经费");
  titleRows(sheet, `${year}年度 “三公”经费导入模板`, 4);
  styleHeader(sheet.addRow(THREE_PUBLIC_LAYOUT.columns.map((c) => c.header)));
  for (const item of THREE_PUBLIC_ITEMS) {
    const a = data.threePublic.amounts[item];
    sheet.addRow([THREE_PUBLIC_LABELS[item], yuanCell(a.initialBudget), yuanCell(a.actual), yuanCell(a.priorYear)]);
  }
  sheet.addRow([]);
  styleHeader(sheet.addRow(QUANTITY_LAYOUT.columns.map((c) => c.header)));
  for (const q of QUANTITY_ROWS) sheet.addRow([q.label, data.threePublic.quantities[q.key]]);
  sheet.getColumn(1).width = 36;
  for (const c of [2, 3, 4]) {
    sheet.getColumn(c).width = 16;
    sheet.getColumn(c).numFmt = MONEY_FORMAT;
  }
}

function performanceSheets(workbook: ExcelJS.Workbook, year: number, data: ReportData) {
  const projects = workbook.addWorksheet("绩效项目", { views: [{ state: "frozen", ySplit: 3 }] });
  titleRows(projects, `${year}年度 绩效自评项目导入模板`, PROJECT_LAYOUT.columns.length);
  styleHeader(projects.addRow(PROJECT_LAYOUT.columns.map((c) => c.header)));
  for (const p of data.projects) {
    projects.addRow([
      neutralise(p.name),
      yuanCell(p.initialBudget),
      yuanCell(p.budget),
      yuanCell(p.executed),
      p.scoreHundredths === null ? null : formatPoints(p.scoreHundredths),
      neutralise(p.declaredGrade),
    ]);
  }
  projects.getColumn(1).width = 36;
  for (const c of [2, 3, 4]) {
    projects.getColumn(c).width = 16;
    projects.getColumn(c).numFmt = MONEY_FORMAT;
  }
  projects.getColumn(5).numFmt = "@";
  const indicators = workbook.addWorksheet("绩效指标", { views: [{ state: "frozen", ySplit: 1 }] });
  styleHeader(indicators.addRow(INDICATOR_LAYOUT.columns.map((c) => c.header)));
  for (const p of data.projects) {
    for (const i of p.indicators) {
      indicators.addRow(
        [
          p.name,
          i.level1,
          i.level2,
          i.level3,
          i.targetValue,
          i.actualValue,
          formatPoints(i.weightHundredths),
          formatPoints(i.scoreHundredths),
          i.deviationReason,
        ].map(neutralise),
      );
    }
  }
  for (const c of [7, 8]) indicators.getColumn(c).numFmt = "@";
  indicators.getColumn(1).width = 30;
  indicators.getColumn(4).width = 24;
}

function instructions(workbook: ExcelJS.Workbook, year: number, sections: ImportSection[]) {
  const sheet = workbook.addWorksheet("说明");
  const lines = [
    `${year}年度决算数据导入模板 · 说明`,
    "",
    `本工作簿包含：${sections.map((s) => IMPORT_SECTION_LABELS[s]).join("、")}。已填入报告的当前数据，修改或粘贴后在系统中“导入Excel”。`,
    "1. 金额单位为元，最多两位小数；若整张表按万元填写，请把第2行改为“单位：万元”（或在列标题中注明“（万元）”），最多六位小数，系统精确换算到分。",
    "2. 列按标题文字识别，顺序可以调整；可以保留标题行、空行和其他列。表中没有的列不导入（保留系统中的数）；表中没有的行（科目、项目）会被删除。",
    "3. 功能分类填7位项级科目编码，经济分类填5位款级编码（数字或文本均可）；类、款行和“合计”“小计”行不导入，只核对是否等于所属各行之和。",
    "4. 公式不会在系统中计算：请在 Excel 中保存后再上传（保存时 Excel 会记下公式的结果）。",
    "5. 上传后先显示预览：新增、修改、删除的每一行及新旧数值，以及每个问题所在的工作表、行和列。确认导入才会保存；有问题时不能导入，取消则不作任何改变。",
    "6. 科目表中没有的功能分类科目编码，可在预览中一键添加到本年度科目表（待管理员确认）。",
    "7. 文件限 .xlsx，不超过5 MB，每张工作表不超过5000行。参考科目表见“参考-科目表”工作表。",
  ];
  for (const line of lines) sheet.addRow([line]);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getColumn(1).width = 120;
}

function catalogSheet(workbook: ExcelJS.Workbook, catalogs: TemplateCatalogs, sections: ImportSection[]) {
  const sheet = workbook.addWorksheet("参考-科目表");
  styleHeader(sheet.addRow(["科目类别", "科目编码", "科目名称", "级次"]));
  const level = { class: "类", section: "款", item: "项" } as const;
  if (sections.includes("functionLines")) {
    for (const s of catalogs.function) sheet.addRow(["支出功能分类", s.code, s.name, level[s.level]]);
  }
  if (sections.includes("economicLines")) {
    for (const s of catalogs.economic) sheet.addRow(["支出经济分类", s.code, s.name, level[s.level]]);
  }
  textColumn(sheet, 2);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(3).width = 36;
}

export interface TemplateCatalogs {
  function: { code: string; name: string; level: "class" | "section" | "item" }[];
  economic: { code: string; name: string; level: "class" | "section" | "item" }[];
}

/** The template workbook of some sections for a report's data (no database: tests write one from any data). */
export async function writeImportTemplate(
  data: ReportData,
  sections: ImportSection[],
  catalogs: TemplateCatalogs,
): Promise<Buffer> {
  const year = data.report.year;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "部门决算公开编制系统";
  const economicRows = catalogs.economic.filter((s) => s.level === "section");
  for (const s of sections) {
    if (s === "functionLines") functionSheet(workbook, year, data);
    if (s === "economicLines") economicSheet(workbook, year, data, economicRows);
    if (s === "threePublic") threePublicSheet(workbook, year, data);
    if (s === "performance") performanceSheets(workbook, year, data);
  }
  instructions(workbook, year, sections);
  if (sections.includes("functionLines") || sections.includes("economicLines"))
    catalogSheet(workbook, catalogs, sections);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * 下载导入模板: an .xlsx of one section (or, `section` null, of every importable section) with the
 * report's current data filled in, Chinese headers as the reader finds them, amounts in 元, a 说明 sheet
 * and the year's catalog as a reference sheet. Whoever may see the report may download it.
 */
export async function buildImportTemplate(
  actor: Actor,
  reportId: number,
  section: ImportSection | null,
): Promise<{ fileName: string; bytes: Buffer }> {
  const report = getReport(actor, reportId);
  const data = loadReportData(actor, reportId);
  const sections = section ? [section] : [...IMPORT_SECTIONS];
  const bytes = await writeImportTemplate(data, sections, {
    function: catalogFor("function", report.year),
    economic: catalogFor("economic", report.year),
  });
  const label = section ? IMPORT_SECTION_LABELS[section].replace(/[“”（）]/g, "") : "全部";
  return { fileName: `${report.year}年${label}导入模板.xlsx`, bytes };
}
