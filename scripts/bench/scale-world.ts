/**
 * The city-scale database of `npm run bench`: N departments (1,000 by default) in ten regions, each with
 * a clerk and a supervisor and one report a year for five years — about 60 功能分类 lines, 40 经济分类
 * lines and 8 projects of 4 indicators each, every needed 说明 written — the first three years published
 * (with their frozen snapshots), the fourth mostly approved or submitted, the last a draft. Plus the
 * demo, a report of 100 功能分类 lines for the grid save, and about twenty audit entries per report.
 * Written straight into SQLite (seed code: no access checks, no audit of its own), in one transaction
 * per department: each content variant is written once into a scratch report, and every report's
 * content is copied from its variant's in SQL (INSERT … SELECT, one statement per table); the scratch
 * reports are removed at the end.
 */
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { openDatabase, type Db } from "../../db/connection";
import { REPORT_CONTENT_TABLES } from "../../db/report-tables";
import * as t from "../../db/schema";
import { unsafeWriteReportContent } from "../../db/seed/write-report-content";
import { prepareDatabase } from "../../db/setup";
import { hashPassword } from "../../lib/auth/password";
import { buildDisclosure } from "../../lib/disclosure/build";
import type { ReportData } from "../../lib/disclosure/report-data";
import { explanationSlots } from "../../lib/disclosure/slots";
import { LANZHOU_2020 } from "../../lib/disclosure/templates";
import type { ReportStatus } from "../../lib/domain";
import { sha256 } from "../../lib/reports/transition-report";
import { randomReport, rng } from "../../tests/support/random-report";

/** Bump when the world changes shape: a stored scale database of another version is made again. */
export const SCALE_WORLD_VERSION = 2;
export const SCALE_PASSWORD = "Bench@2026city";
export const YEARS = [2019, 2020, 2021, 2022, 2023] as const;

const REGIONS = ["兰州市", "天水市", "白银市", "酒泉市", "张掖市", "武威市", "定西市", "平凉市", "庆阳市", "陇南市"];
const BUREAUS = [
  "财政局",
  "教育局",
  "科学技术局",
  "工业和信息化局",
  "公安局",
  "民政局",
  "司法局",
  "人力资源和社会保障局",
  "自然资源局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "水务局",
  "农业农村局",
  "商务局",
  "文化和旅游局",
  "卫生健康委员会",
  "退役军人事务局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "体育局",
  "统计局",
  "医疗保障局",
  "林业和草原局",
  "城市管理局",
  "信访局",
  "机关事务管理局",
  "档案馆",
  "地方志办公室",
  "发展和改革委员会",
  "国有资产监督管理委员会",
  "民族宗教事务委员会",
  "供销合作社",
  "妇女联合会",
  "总工会",
  "共青团委员会",
  "科学技术协会",
  "文学艺术界联合会",
  "残疾人联合会",
  "红十字会",
  "工商业联合会",
  "气象局",
  "地震局",
  "粮食和物资储备局",
  "乡村振兴局",
  "数据局",
  "融媒体中心",
  "图书馆",
  "博物馆",
  "疾病预防控制中心",
  "中心医院",
  "第一中学",
  "职业技术学院",
  "广播电视台",
  "公共资源交易中心",
  "住房公积金管理中心",
  "社会保险事业管理局",
  "不动产登记中心",
  "园林绿化局",
  "消防救援支队",
  "人民防空办公室",
  "接待办公室",
  "政务服务中心",
  "投资促进局",
  "金融工作办公室",
  "外事办公室",
  "台湾事务办公室",
  "机构编制委员会办公室",
  "党校",
  "党史研究室",
  "老干部局",
  "宣传部",
  "组织部",
  "统一战线工作部",
  "政法委员会",
  "纪律检查委员会",
  "人民代表大会常务委员会办公厅",
  "政治协商会议办公厅",
  "人民政府办公室",
  "水文站",
  "农业技术推广中心",
  "畜牧兽医站",
  "动物疫病预防控制中心",
  "植物保护站",
  "种子管理站",
  "水土保持站",
  "防汛抗旱指挥部办公室",
  "交通运输综合执法支队",
  "公路管理段",
  "客运管理处",
  "市政工程管理处",
  "环境卫生管理处",
  "城市供水管理处",
  "燃气管理处",
  "殡葬管理所",
  "救助管理站",
  "福利院",
  "光荣院",
  "青少年活动中心",
];

export interface ScaleWorld {
  version: number;
  departments: number;
  reports: number;
  publishedReports: number;
  users: number;
  /** A draft of about 60 功能分类 lines, its clerk, and its department's code. */
  average: { reportId: number; clerk: string; lines: number };
  /** A draft of 100 功能分类 lines for the grid save, and its clerk. */
  gridSave: { reportId: number; clerk: string; lines: number };
  /** Drafts of other departments, for previews and PDFs of reports not seen before. */
  otherDrafts: number[];
  /** A published disclosure's address and region. */
  published: { departmentCode: string; year: number; region: string; departmentName: string };
  regions: string[];
}

const worldFile = (database: string) => `${database}.world.json`;

/** The stored world of a scale database, when it exists and is of this version. */
export function readScaleWorld(database: string): ScaleWorld | null {
  try {
    const world = JSON.parse(fs.readFileSync(worldFile(database), "utf8")) as ScaleWorld;
    return world.version === SCALE_WORLD_VERSION && fs.existsSync(database) ? world : null;
  } catch {
    return null;
  }
}

/** Statuses of a department's five years: three published, the fourth on its way, the last a draft. */
function statusOf(yearIndex: number, d: number): ReportStatus {
  if (yearIndex < 3) return "published";
  if (yearIndex === 3) return (["published", "approved", "submitted", "approved", "submitted"] as const)[d % 5]!;
  return "draft";
}

/** A report's content as the app would hold it: every needed 说明 written, 40 经济分类 lines, indicators. */
function reportContent(seed: number, lines: number, year: number, name: string, shortName: string): ReportData {
  const data = randomReport(seed, { lines, projects: 8 });
  const r = rng(seed ^ 0x5bd1e995);
  // Spread the 一般公共预算 基本支出 over 40 经济分类 款, exactly.
  const sections = Object.values(data.economicSubjects)
    .filter((s) => s.level === "section")
    .map((s) => s.code)
    .sort();
  const codes = sections.slice(0, 40);
  const total = data.functionLines.reduce((s, l) => s + l.basicGeneralBudget, 0);
  const weights = codes.map(() => 1 + r.int(100));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let left = total;
  data.economicLines = codes.map((subjectCode, i) => {
    const amount = i === codes.length - 1 ? left : Math.floor((total * weights[i]!) / weightSum);
    left -= amount;
    return { subjectCode, amount, priorYearAmount: r.fen() };
  });
  data.projects = data.projects.map((p, i) => ({
    ...p,
    name: `${shortName}重点项目${i + 1}`,
    goal: "保障部门履职，提升公共服务质量和效率。",
    effect: "项目按计划实施，完成了年度绩效目标。",
    problems: "个别指标设置不够细化。",
    nextSteps: "进一步完善绩效指标体系。",
    indicators: ["数量指标", "质量指标", "时效指标", "满意度指标"].map((level2, j) => ({
      level1: j < 3 ? "产出指标" : "满意度指标",
      level2,
      level3: `${level2}${j + 1}`,
      targetValue: "≥95%",
      actualValue: `${95 + r.int(5)}%`,
      weightHundredths: 2_500,
      scoreHundredths: 2_000 + r.int(500),
      deviationReason: "",
    })),
  }));
  data.report = { ...data.report, year, departmentName: name, departmentShortName: shortName };
  for (const slot of explanationSlots(data, LANZHOU_2020))
    if (slot.role === "reason" && slot.state === "needed")
      data.explanations[slot.key] = "主要原因是业务工作量变化及年度重点任务调整。";
  return data;
}

/** Placeholders the shared contents are built with, replaced by each department's names. */
const NAME = "〔部门全称〕";
const SHORT_NAME = "〔部门简称〕";

/**
 * The contents reports are drawn from: VARIANTS random reports of 56–68 lines, each with the snapshot
 * it publishes as (built once per year with placeholder names, which each department's names replace —
 * the same text buildDisclosure prints for that department, at a fraction of the cost of 3,000 builds).
 */
const VARIANTS = 48;

function contentVariants() {
  return Array.from({ length: VARIANTS }, (_, i) => {
    const data = reportContent(i + 1, 56 + (i % 13), 2020, NAME, SHORT_NAME);
    const snapshots = new Map<number, string>();
    return {
      data,
      snapshot(year: number): string {
        let json = snapshots.get(year);
        if (json === undefined) {
          json = JSON.stringify(buildDisclosure({ ...data, report: { ...data.report, year } }, LANZHOU_2020));
          snapshots.set(year, json);
        }
        return json;
      },
    };
  });
}

/**
 * The tables of a report's content keyed by report_id (db/report-tables.ts), but for what the scale
 * world makes apart: projects and their indicators (copied with new ids), and the review's and the
 * rollover's rows, which a generated report does not have.
 */
const APART: SQLiteTable[] = [t.projects, t.findingNotes, t.carriedFacts];
const CONTENT_TABLES = REPORT_CONTENT_TABLES.filter((table) => !APART.includes(table));

const columnsOf = (table: SQLiteTable, except: string[]) =>
  getTableConfig(table)
    .columns.map((c) => c.name)
    .filter((name) => !except.includes(name));

const q = (name: string) => `"${name}"`;

/** Statements that copy one report's content to another (the department's short name put in project names). */
function contentCopier(client: Db["$client"]) {
  const plain = CONTENT_TABLES.map((table) => {
    const { name } = getTableConfig(table);
    const cols = columnsOf(table, ["id", "report_id"]).map(q).join(", ");
    return client.prepare(
      `INSERT INTO ${q(name)} (report_id, ${cols}) SELECT ?, ${cols} FROM ${q(name)} WHERE report_id = ? ORDER BY rowid`,
    );
  });
  const projectCols = columnsOf(t.projects, ["id", "report_id", "name"]).map(q).join(", ");
  const projects = client.prepare(
    `INSERT INTO projects (report_id, name, ${projectCols}) SELECT ?, replace(name, ?, ?), ${projectCols} FROM projects WHERE report_id = ? ORDER BY id`,
  );
  const indicatorCols = columnsOf(t.projectIndicators, ["id", "project_id"]).map(q);
  const indicators = client.prepare(
    `INSERT INTO project_indicators (project_id, ${indicatorCols.join(", ")})
     SELECT np.id, ${indicatorCols.map((c) => `i.${c}`).join(", ")}
     FROM project_indicators i
     JOIN projects op ON op.id = i.project_id AND op.report_id = ?
     JOIN projects np ON np.report_id = ? AND np.sort_order = op.sort_order
     ORDER BY i.id`,
  );
  return (from: number, to: number, shortName: string) => {
    for (const statement of plain) statement.run(to, from);
    projects.run(to, SHORT_NAME, shortName, from);
    indicators.run(from, to);
  };
}

/**
 * Makes the scale database at `database` (replacing one there) and returns what the benchmark needs to
 * know about it; the world is also stored beside it (`<database>.world.json`).
 */
export async function createScaleDatabase(
  database: string,
  options: { departments: number; log?: (line: string) => void },
): Promise<ScaleWorld> {
  const log = options.log ?? (() => undefined);
  for (const suffix of ["", "-wal", "-shm", ".world.json"]) fs.rmSync(database + suffix, { force: true });
  const db: Db = openDatabase(database);
  try {
    await prepareDatabase(db, { demo: true });
    db.$client.pragma("synchronous = OFF"); // a generated file: no need to survive a power cut while written
    const passwordHash = await hashPassword(SCALE_PASSWORD);
    const variants = contentVariants();
    // Each variant written once, into a scratch report (removed at the end), for the copies.
    const adminId = db.select({ id: t.users.id }).from(t.users).where(eq(t.users.username, "admin")).get()!.id;
    const sources = db.transaction((tx) => {
      const scratch = tx
        .insert(t.departments)
        .values({ code: "SCRATCH", name: NAME, shortName: SHORT_NAME })
        .returning()
        .get();
      return variants.map((v, i) => {
        const reportId = tx
          .insert(t.reports)
          .values({ departmentId: scratch.id, year: 1900 + i, templateId: LANZHOU_2020.id, createdById: adminId })
          .returning({ id: t.reports.id })
          .get().id;
        unsafeWriteReportContent(tx, reportId, v.data);
        return reportId;
      });
    });
    const copyContent = contentCopier(db.$client);
    const started = Date.now();
    let reports = 0;
    let published = 0;
    let users = 0;
    const drafts: { reportId: number; clerk: string }[] = [];
    let firstPublished: ScaleWorld["published"] | null = null;
    for (let d = 0; d < options.departments; d++) {
      const region = REGIONS[d % REGIONS.length]!;
      const bureau = BUREAUS[Math.floor(d / REGIONS.length) % BUREAUS.length]!;
      const round = Math.floor(d / (REGIONS.length * BUREAUS.length));
      const name = `${region}${bureau}${round > 0 ? `（${round + 1}）` : ""}`;
      const shortName = bureau.replace(/(委员会|办公室|管理局|局)$/, "") || bureau;
      const code = `B${String(d + 1).padStart(4, "0")}`;
      db.transaction((tx) => {
        const dept = tx.insert(t.departments).values({ code, name, shortName, region }).returning().get();
        tx.insert(t.units)
          .values({ departmentId: dept.id, name: `${name}机关`, nature: "administrative" })
          .run();
        const [clerk, supervisor] = (["clerk", "supervisor"] as const).map(
          (role) =>
            tx
              .insert(t.users)
              .values({
                username: `${code.toLowerCase()}${role === "clerk" ? "c" : "s"}`,
                displayName: `${shortName}${role === "clerk" ? "填报员" : "审核员"}`,
                role,
                departmentId: dept.id,
                passwordHash,
              })
              .returning()
              .get().id,
        );
        users += 2;
        YEARS.forEach((year, yearIndex) => {
          const status = statusOf(yearIndex, d);
          const variant = (d * 7 + yearIndex * 3) % variants.length;
          const content = variants[variant]!;
          const data = content.data;
          const at = new Date(Date.UTC(year + 1, 3, 1 + (d % 28), 8));
          const reportId = tx
            .insert(t.reports)
            .values({
              departmentId: dept.id,
              year,
              templateId: LANZHOU_2020.id,
              createdById: clerk,
              createdAt: at,
              updatedById: clerk,
              updatedAt: at,
            })
            .returning({ id: t.reports.id })
            .get().id;
          copyContent(sources[variant]!, reportId, shortName);
          tx.insert(t.sectionSaves)
            .values(
              ["profile", "functionLines", "economicLines", "threePublic", "otherMatters"].map((section) => ({
                reportId,
                section,
                version: 1,
                savedById: clerk,
                savedAt: at,
              })),
            )
            .run();
          tx.insert(t.auditLog)
            .values(
              Array.from({ length: 20 }, (_, i) => ({
                at: new Date(at.getTime() + i * 60_000),
                actorId: clerk,
                reportId,
                action: i === 0 ? "report.create" : "report.update",
                field:
                  i === 0
                    ? ""
                    : `function_lines[${data.functionLines[i % data.functionLines.length]!.subjectCode}].basicGeneralBudget`,
                oldValue: i === 0 ? null : `${i}.00`,
                newValue: i === 0 ? `${name} ${year}年度` : `${i + 1}.00`,
              })),
            )
            .run();
          const stamps =
            status === "draft"
              ? {}
              : {
                  submittedById: clerk,
                  submittedAt: at,
                  ...(status !== "submitted" ? { approvedById: supervisor, approvedAt: at } : {}),
                };
          let snapshot = {};
          if (status === "published") {
            const json = content.snapshot(year).replaceAll(NAME, name).replaceAll(SHORT_NAME, shortName);
            snapshot = { publishedById: supervisor, publishedAt: at, snapshotJson: json, snapshotSha256: sha256(json) };
            published += 1;
            firstPublished ??= { departmentCode: code, year, region, departmentName: name };
          }
          tx.update(t.reports)
            .set({ status, version: 2, ...stamps, ...snapshot })
            .where(eq(t.reports.id, reportId))
            .run();
          if (status === "draft") drafts.push({ reportId, clerk: `${code.toLowerCase()}c` });
          reports += 1;
        });
      });
      if ((d + 1) % 100 === 0)
        log(
          `  ${d + 1}/${options.departments} 个部门，${reports} 份报告（${((Date.now() - started) / 1000).toFixed(0)} 秒）`,
        );
    }
    // The grid-save report: a department of its own with one draft of 100 功能分类 lines.
    const gridSave = db.transaction((tx) => {
      const dept = tx
        .insert(t.departments)
        .values({ code: "G0001", name: "兰州市网格保存测试局", shortName: "网格测试局", region: "兰州市" })
        .returning()
        .get();
      const clerk = tx
        .insert(t.users)
        .values({
          username: "gridclerk",
          displayName: "网格填报员",
          role: "clerk",
          departmentId: dept.id,
          passwordHash,
        })
        .returning()
        .get().id;
      users += 1;
      const data = reportContent(999_999, 100, 2023, dept.name, dept.shortName);
      const reportId = tx
        .insert(t.reports)
        .values({ departmentId: dept.id, year: 2023, templateId: LANZHOU_2020.id, createdById: clerk })
        .returning({ id: t.reports.id })
        .get().id;
      unsafeWriteReportContent(tx, reportId, data);
      reports += 1;
      return { reportId, clerk: "gridclerk", lines: data.functionLines.length };
    });
    db.transaction((tx) => {
      for (const id of sources) tx.delete(t.reports).where(eq(t.reports.id, id)).run(); // content cascades
      tx.delete(t.departments).where(eq(t.departments.code, "SCRATCH")).run();
    });
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.exec("ANALYZE");
    const averageIndex = Math.floor(drafts.length / 2);
    const average = drafts[averageIndex]!;
    const averageLines = db
      .select({ id: t.functionLines.id })
      .from(t.functionLines)
      .where(eq(t.functionLines.reportId, average.reportId))
      .all().length;
    const world: ScaleWorld = {
      version: SCALE_WORLD_VERSION,
      departments: options.departments,
      reports: reports + 2, // and the two demo reports
      publishedReports: published,
      users: users + 5,
      average: { ...average, lines: averageLines },
      gridSave,
      otherDrafts: drafts.filter((_, i) => i !== averageIndex).map((x) => x.reportId),
      published: firstPublished!,
      regions: REGIONS,
    };
    fs.writeFileSync(worldFile(database), JSON.stringify(world, null, 2));
    return world;
  } finally {
    db.$client.close();
  }
}
