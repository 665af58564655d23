/**
 * The whole domain schema of 部门决算公开编制系统.
 *
 * Conventions
 * - Money columns are INTEGER 分 (1 元 = 100 分, 1 万元 = 1,000,000 分). Never REAL.
 * - Scores and weights of performance evaluation are INTEGER hundredths of a point (98.5 分 → 9850).
 * - Timestamps are INTEGER milliseconds since the epoch; they are shown in Asia/Shanghai.
 * - Everything that belongs to one report hangs off `reports.id` with ON DELETE CASCADE, so a
 *   revision is a copy of these rows under a new report id.
 * - Identifiers follow the glossary in docs/glossary-of-terms.md (中文 term → identifier).
 */
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  CARRIED_GROUPS,
  CATALOG_KINDS,
  CATALOG_SOURCES,
  COMMENT_KINDS,
  MAPPING_DECISIONS,
  MAPPING_REASONS,
  ORG_KINDS,
  REPORT_STATUSES,
  ROLES,
  SUBJECT_LEVELS,
  SUBJECT_SOURCES,
  THREE_PUBLIC_ITEMS,
  UNIT_NATURES,
  VEHICLE_CATEGORIES,
} from "../lib/domain";

const money = (name: string) => integer(name).notNull().default(0);
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------------------------------------
// Organisation and people

export const departments = sqliteTable(
  "departments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** 部门编码, used in public URLs: /disclosures/[code]/[year]. */
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    /** 简称 used in sentences, e.g. 市委编办. */
    shortName: text("short_name").notNull().default(""),
    /** 地区, e.g. 上海市: a new report takes the disclosure template of its department's region. */
    region: text("region").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The public list browsed by region (1,000 departments, no ANALYZE): a region's page 3 → 0.5 ms,
  // its count 2 → 0.2 ms, the regions that have a published report 3 → 0.2 ms.
  (t) => [index("departments_region_idx").on(t.region)],
);

export const units = sqliteTable(
  "units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    nature: text("nature", { enum: UNIT_NATURES }).notNull(),
    /** 事业单位类别, e.g. 公益一类; empty for 行政 units. */
    category: text("category").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("units_department_idx").on(t.departmentId)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** Every clerk and supervisor belongs to one department; an admin may belong to none. */
    departmentId: integer("department_id").references(() => departments.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** Bumped when the user is disabled, changes role/department or password: ends every session. */
    sessionVersion: integer("session_version").notNull().default(1),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("users_department_idx").on(t.departmentId)],
);

// ---------------------------------------------------------------------------------------------
// Catalogs (支出功能分类 / 支出经济分类): one list of subjects per catalog year. The 2020 lists ship in
// db/catalogs/*.csv; an admin imports a later year's official file; a year without its own catalog uses
// the latest earlier one (docs/decisions/015-catalogs-per-year.md).

/** The catalog years that exist, per kind, and how each came to be. */
export const subjectCatalogs = sqliteTable(
  "subject_catalogs",
  {
    kind: text("kind", { enum: CATALOG_KINDS }).notNull(),
    year: integer("year").notNull(),
    source: text("source", { enum: CATALOG_SOURCES }).notNull(),
    /** For a derived catalog: the year it was copied from; for an import: the year it was compared with. */
    basedOnYear: integer("based_on_year"),
    /** The imported file's name. */
    fileName: text("file_name").notNull().default(""),
    updatedById: integer("updated_by_id").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);

const subjectColumns = {
  /** The catalog year the subject belongs to. */
  year: integer("year").notNull(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  level: text("level", { enum: SUBJECT_LEVELS }).notNull(),
  parentCode: text("parent_code"),
  /** The official catalog, an admin by hand, or a clerk while entering (then unconfirmed until confirmedAt). */
  source: text("source", { enum: SUBJECT_SOURCES }).notNull().default("catalog"),
  addedById: integer("added_by_id").references(() => users.id),
  /** The report being entered when a clerk added the subject. */
  addedInReportId: integer("added_in_report_id"),
  addedAt: integer("added_at", { mode: "timestamp_ms" }),
  confirmedById: integer("confirmed_by_id").references(() => users.id),
  confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
};

export const functionSubjects = sqliteTable("function_subjects", subjectColumns, (t) => [
  primaryKey({ columns: [t.year, t.code] }),
  index("function_subjects_parent_idx").on(t.year, t.parentCode),
]);

export const economicSubjects = sqliteTable("economic_subjects", subjectColumns, (t) => [
  primaryKey({ columns: [t.year, t.code] }),
  index("economic_subjects_parent_idx").on(t.year, t.parentCode),
]);

/**
 * An admin's decision about a code of the previous catalog year when 上年决算数 are carried into `year`:
 * it continues as `toCode` (confirmed), or it is not the same subject (rejected). Suggestions are
 * computed from the two catalogs (lib/catalogs/changes.ts); only decisions are stored.
 */
export const subjectCodeMappings = sqliteTable(
  "subject_code_mappings",
  {
    kind: text("kind", { enum: CATALOG_KINDS }).notNull(),
    /** The catalog year the codes are carried into (from the year before). */
    year: integer("year").notNull(),
    fromCode: text("from_code").notNull(),
    toCode: text("to_code").notNull(),
    reason: text("reason", { enum: MAPPING_REASONS }).notNull(),
    decision: text("decision", { enum: MAPPING_DECISIONS }).notNull(),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year, t.fromCode] })],
);

/**
 * An uploaded catalog file between its preview and its application: the parsed rows and the changes
 * the admin was shown, so what is applied is exactly what was previewed.
 */
export const catalogImports = sqliteTable(
  "catalog_imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: CATALOG_KINDS }).notNull(),
    year: integer("year").notNull(),
    fileName: text("file_name").notNull(),
    /** The subjects read from the file: [{ code, name, level, parentCode }]. */
    rowsJson: text("rows_json").notNull(),
    /** The change preview shown to the admin (added, removed, renamed against the year before). */
    changesJson: text("changes_json").notNull(),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    appliedAt: integer("applied_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("catalog_imports_created_idx").on(t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Reports

export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: integer("year").notNull(),
    revision: integer("revision").notNull().default(1),
    status: text("status", { enum: REPORT_STATUSES }).notNull().default("draft"),
    /** Optimistic lock: every write names the version it read and increments it. */
    version: integer("version").notNull().default(1),
    /**
     * Disclosure template (layout of the document), e.g. "shanghai-2024": a built-in template or one an
     * admin derived (disclosure_templates). A draft follows the template's latest version; the
     * published snapshot records the id and version it was built with.
     */
    templateId: text("template_id").notNull(),
    /** The revision this one revises (修订), if any. */
    previousRevisionId: integer("previous_revision_id").references((): AnySQLiteColumn => reports.id),
    /** 本部门无政府性基金预算财政拨款收支 — stated explicitly by the clerk. */
    noGovFundActivity: integer("no_gov_fund_activity", { mode: "boolean" }).notNull().default(false),
    /** 本部门无国有资本经营预算财政拨款支出 — stated explicitly by the clerk. */
    noStateCapitalActivity: integer("no_state_capital_activity", { mode: "boolean" }).notNull().default(false),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedById: integer("updated_by_id").references(() => users.id),
    updatedAt: updatedAt(),
    submittedById: integer("submitted_by_id").references(() => users.id),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    returnedById: integer("returned_by_id").references(() => users.id),
    returnedAt: integer("returned_at", { mode: "timestamp_ms" }),
    approvedById: integer("approved_by_id").references(() => users.id),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
    publishedById: integer("published_by_id").references(() => users.id),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    supersededAt: integer("superseded_at", { mode: "timestamp_ms" }),
    /** The frozen disclosure document model (JSON) of a published revision. */
    snapshotJson: text("snapshot_json"),
    snapshotSha256: text("snapshot_sha256"),
  },
  (t) => [
    uniqueIndex("reports_department_year_revision_uq").on(t.departmentId, t.year, t.revision),
    index("reports_status_idx").on(t.status),
    // The lists sort, filter and count from these two indexes, reading from the table only the rows
    // of the page shown: a report's row is large (a published one carries its snapshot), and at 5,000
    // reports a count or a sort that read the table took 9–18 ms, one page of the file per report;
    // from the indexes it takes 1–4 ms.
    // The public list and its count: published reports, newest year first.
    index("reports_status_year_idx").on(t.status, t.year, t.departmentId, t.revision, t.publishedAt),
    // The reports list: newest year first, filtered by status or template (lib/reports/list-reports.ts).
    index("reports_year_revision_idx").on(t.year, t.revision, t.departmentId, t.status, t.templateId),
  ],
);

/**
 * One row (id 1) whose `version` moves whenever what the public side shows may change: a report becomes
 * or stops being published, or a department's code, name or region changes, or a department goes. The
 * database's triggers move it (migration 0011), whatever the app does; the kept public list is current
 * while it is unchanged (lib/public/page-cache.ts), however many unrelated rows are saved meanwhile.
 */
export const publicChanges = sqliteTable("public_changes", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull().default(0),
});

/** Report-level amounts that belong to no line. */
export const reportSummaries = sqliteTable("report_summaries", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  /** 用事业基金弥补收支差额. */
  institutionFundUsed: money("institution_fund_used"),
  /** 结余分配 (may be negative only as a correction). */
  surplusDistribution: money("surplus_distribution"),
  /** 上年收入支出总计 (for 一、收入支出决算总体情况说明). */
  priorYearGrandTotal: money("prior_year_grand_total"),
  /** 上年财政拨款收入支出总计 (for 四、财政拨款收入支出决算总体情况说明). */
  priorYearFiscalGrandTotal: money("prior_year_fiscal_grand_total"),
});

/** 第一部分 部门概况: 部门职责. */
export const reportProfiles = sqliteTable("report_profiles", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  /** 部门职责, ordered list (JSON array of strings, one duty each, without the （一） numbering). */
  dutiesJson: text("duties_json").notNull().default("[]"),
  /** Free text after the list (e.g. the duties of a subordinate unit). */
  dutiesSupplement: text("duties_supplement").notNull().default(""),
});

/** 二、机构设置: 内设机构, 另设 items (机关党支部), 下属单位. */
export const reportOrganisations = sqliteTable(
  "report_organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ORG_KINDS }).notNull(),
    name: text("name").notNull(),
    /** For 下属单位: its type, e.g. 公益一类. */
    category: text("category").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("report_organisations_report_idx").on(t.reportId)],
);

/** 核定编制情况: one row per 编制 category. */
export const staffingRows = sqliteTable(
  "staffing_rows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** 编制类别, e.g. 行政编制 / 工勤编制 / 事业编制. */
    category: text("category").notNull(),
    /** 核定. */
    authorized: integer("authorized").notNull().default(0),
    /** How the actual headcount is named in the text, e.g. 行政在职人员 / 下属事业单位在职人员. */
    actualLabel: text("actual_label").notNull().default(""),
    /** 实有, at year end. */
    actual: integer("actual").notNull().default(0),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("staffing_rows_report_idx").on(t.reportId)],
);

/**
 * 功能分类 lines: one row per 项-level 支出功能分类 subject. Tables 01–05, 08 and 09 are aggregations of
 * these rows; 政府性基金 and 国有资本经营 lines are the same rows' fund columns (see
 * docs/decisions/003-one-line-per-subject.md).
 */
export const functionLines = sqliteTable(
  "function_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    subjectCode: text("subject_code").notNull(),
    // 本年收入 by source
    incomeGeneralBudget: money("income_general_budget"), // 一般公共预算财政拨款收入
    incomeGovFund: money("income_gov_fund"), // 政府性基金预算财政拨款收入
    incomeStateCapital: money("income_state_capital"), // 国有资本经营预算财政拨款收入
    incomeSuperiorSubsidy: money("income_superior_subsidy"), // 上级补助收入
    incomeBusiness: money("income_business"), // 事业收入
    incomeOperating: money("income_operating"), // 经营收入
    incomeFromSubsidiary: money("income_from_subsidiary"), // 附属单位上缴收入
    incomeOther: money("income_other"), // 其他收入
    // 本年支出: 基本支出 / 项目支出 by fund source
    basicGeneralBudget: money("basic_general_budget"),
    projectGeneralBudget: money("project_general_budget"),
    basicGovFund: money("basic_gov_fund"),
    projectGovFund: money("project_gov_fund"),
    basicStateCapital: money("basic_state_capital"),
    projectStateCapital: money("project_state_capital"),
    basicOtherFunds: money("basic_other_funds"), // 非财政拨款资金
    projectOtherFunds: money("project_other_funds"),
    remitToSuperior: money("remit_to_superior"), // 上缴上级支出
    operatingExpense: money("operating_expense"), // 经营支出
    subsidyToSubsidiary: money("subsidy_to_subsidiary"), // 对附属单位补助支出
    // 年初 / 年末结转和结余 by fund source
    carryStartGeneralBudget: money("carry_start_general_budget"),
    carryStartGovFund: money("carry_start_gov_fund"),
    carryStartStateCapital: money("carry_start_state_capital"),
    carryStartOther: money("carry_start_other"),
    carryEndGeneralBudget: money("carry_end_general_budget"),
    carryEndGovFund: money("carry_end_gov_fund"),
    carryEndStateCapital: money("carry_end_state_capital"),
    carryEndOther: money("carry_end_other"),
    // 年初预算数 by fund source
    initialBudgetGeneralBudget: money("initial_budget_general_budget"),
    initialBudgetGovFund: money("initial_budget_gov_fund"),
    initialBudgetStateCapital: money("initial_budget_state_capital"),
    // 全年预算数 (adjusted budget) of 一般公共预算财政拨款, optional: for templates that compare with it
    adjustedBudgetGeneralBudget: money("adjusted_budget_general_budget"),
    // 上年决算数
    priorYearTotal: money("prior_year_total"), // 上年本年支出合计
    priorYearGeneralBudget: money("prior_year_general_budget"), // 上年一般公共预算财政拨款支出
    priorYearGovFund: money("prior_year_gov_fund"),
    priorYearStateCapital: money("prior_year_state_capital"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("function_lines_report_subject_uq").on(t.reportId, t.subjectCode)],
);

/** 一般公共预算财政拨款基本支出 per 经济分类 款 (table 06), with 上年决算数. */
export const economicLines = sqliteTable(
  "economic_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    subjectCode: text("subject_code").notNull(),
    amount: money("amount"),
    priorYearAmount: money("prior_year_amount"),
  },
  (t) => [uniqueIndex("economic_lines_report_subject_uq").on(t.reportId, t.subjectCode)],
);

/** “三公”经费 amounts, one row per item. */
export const threePublicAmounts = sqliteTable(
  "three_public_amounts",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    item: text("item", { enum: THREE_PUBLIC_ITEMS }).notNull(),
    initialBudget: money("initial_budget"), // 年初预算数
    actual: money("actual"), // 决算数
    priorYear: money("prior_year"), // 上年决算数
  },
  (t) => [primaryKey({ columns: [t.reportId, t.item] })],
);

/** “三公”经费 实物量. */
export const threePublicQuantities = sqliteTable("three_public_quantities", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  abroadGroups: integer("abroad_groups").notNull().default(0), // 因公出国（境）团组
  abroadPeople: integer("abroad_people").notNull().default(0), // 人次
  vehiclesPurchased: integer("vehicles_purchased").notNull().default(0), // 公务用车购置辆数
  vehiclesHeld: integer("vehicles_held").notNull().default(0), // 公务用车保有量
  receptionBatches: integer("reception_batches").notNull().default(0), // 国内公务接待批次
  receptionPeople: integer("reception_people").notNull().default(0),
  foreignAffairsBatches: integer("foreign_affairs_batches").notNull().default(0), // 其中：外事接待
  foreignAffairsPeople: integer("foreign_affairs_people").notNull().default(0),
  overseasBatches: integer("overseas_batches").notNull().default(0), // 其中：国（境）外公务接待
  overseasPeople: integer("overseas_people").notNull().default(0),
});

/** 其他事项: 机关运行经费 (会议费, 培训费), 政府采购, 国有资产. */
export const otherMatters = sqliteTable("other_matters", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  agencyOperatingCost: money("agency_operating_cost"), // 机关运行经费
  agencyOperatingCostPrior: money("agency_operating_cost_prior"),
  meetingCost: money("meeting_cost"), // 会议费
  meetingCostPrior: money("meeting_cost_prior"),
  trainingCost: money("training_cost"), // 培训费
  trainingCostPrior: money("training_cost_prior"),
  procurementTotal: money("procurement_total"), // 政府采购支出合计
  procurementGoods: money("procurement_goods"),
  procurementWorks: money("procurement_works"),
  procurementServices: money("procurement_services"),
  procurementSme: money("procurement_sme"), // 授予中小企业合同金额
  procurementSmallMicro: money("procurement_small_micro"), // 其中：授予小微企业合同金额
  // 政府采购 reserved for SMEs (the 2024 layouts): 面向中小企业预留项目预算金额, 其中面向小微企业预留,
  // 预留项目中中小企业中标（成交）金额, 预留给小微企业的项目中小微企业中标金额, 其他项目中中小企业中标金额.
  procurementReservedSme: money("procurement_reserved_sme"),
  procurementReservedSmallMicro: money("procurement_reserved_small_micro"),
  procurementSmeWonReserved: money("procurement_sme_won_reserved"),
  procurementSmallMicroWonReserved: money("procurement_small_micro_won_reserved"),
  procurementSmeWonOther: money("procurement_sme_won_other"),
  vehiclesTotal: integer("vehicles_total").notNull().default(0), // 共有车辆
  otherVehiclePurpose: text("other_vehicle_purpose").notNull().default(""), // 其他用车主要用于…
  generalEquipmentOver500k: integer("general_equipment_over_500k").notNull().default(0), // 单价50万元（含）以上通用设备
  specialEquipmentOver1m: integer("special_equipment_over_1m").notNull().default(0), // 单价100万元（含）以上专用设备
  /** 单价100万元（含）以上设备（不含车辆）: the one equipment figure of the 2024 layouts. */
  equipmentOver1m: integer("equipment_over_1m").notNull().default(0),
});

export const vehicleCounts = sqliteTable(
  "vehicle_counts",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    category: text("category", { enum: VEHICLE_CATEGORIES }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.category] })],
);

/** 绩效自评: projects. */
export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** 一般公共预算 / 政府性基金 …; the seed's projects are all 一般公共预算. */
    fundSource: text("fund_source").notNull().default("general_budget"),
    initialBudget: money("initial_budget"), // 年初预算数
    budget: money("budget"), // 全年预算数
    executed: money("executed"), // 全年执行数
    /** 自评得分 in hundredths of a point; null while not evaluated. */
    scoreHundredths: integer("score_hundredths"),
    /** The grade the clerk wrote on the 自评表 (the disclosure derives its own from the bands). */
    declaredGrade: text("declared_grade").notNull().default(""),
    goal: text("goal").notNull().default(""), // 年度总体目标
    effect: text("effect").notNull().default(""), // 实际完成情况 / 效果
    problems: text("problems").notNull().default(""), // 存在问题
    nextSteps: text("next_steps").notNull().default(""), // 下一步改进措施
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("projects_report_idx").on(t.reportId)],
);

export const projectIndicators = sqliteTable(
  "project_indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    level1: text("level1").notNull(), // 一级指标
    level2: text("level2").notNull(), // 二级指标
    level3: text("level3").notNull(), // 三级指标
    targetValue: text("target_value").notNull().default(""), // 年度指标值
    actualValue: text("actual_value").notNull().default(""), // 实际完成值
    weightHundredths: integer("weight_hundredths").notNull().default(0), // 分值
    scoreHundredths: integer("score_hundredths").notNull().default(0), // 得分
    deviationReason: text("deviation_reason").notNull().default(""), // 偏差原因分析及改进措施
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("project_indicators_project_idx").on(t.projectId)],
);

/** 第四部分: the department-level texts and evaluation. */
export const performanceSummaries = sqliteTable("performance_summaries", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  /** 一、预算绩效管理工作开展情况: the text after the generated counts. */
  workOverview: text("work_overview").notNull().default(""),
  /** 三、部门绩效评价结果: 自评结果 (e.g. 良好). */
  departmentGrade: text("department_grade").notNull().default(""),
  /** 三、部门绩效评价结果: the text after the generated opening. */
  departmentEvaluation: text("department_evaluation").notNull().default(""),
  // 预算绩效管理情况 (the 2024 layouts): the department's 制度, its working mechanism, and the counts.
  managementSystems: text("management_systems").notNull().default(""), // 预算绩效管理制度 (names)
  managementMechanism: text("management_mechanism").notNull().default(""), // 工作机制
  targetProjects: integer("target_projects").notNull().default(0), // 编报绩效目标的项目个数
  targetAmount: money("target_amount"), // 涉及预算金额
  trackedProjects: integer("tracked_projects").notNull().default(0), // 绩效跟踪评价的项目个数
  trackedAmount: money("tracked_amount"),
  /** 绩效自评 when the projects are not itemized (otherwise computed from them). */
  selfEvaluatedProjects: integer("self_evaluated_projects").notNull().default(0),
  selfEvaluatedAmount: money("self_evaluated_amount"),
  averageScoreHundredths: integer("average_score_hundredths"),
  /** Projects per grade when not itemized: JSON { "优": 3, "良": 1, … }. */
  gradeCountsJson: text("grade_counts_json").notNull().default("{}"),
  problemsFound: integer("problems_found").notNull().default(0), // 自评中发现问题
  problemsFixed: integer("problems_fixed").notNull().default(0), // 已完成整改
  problemsFixing: integer("problems_fixing").notNull().default(0), // 正在整改
});

/** 名词解释, per report (copied from the template's defaults when a report is created). */
export const glossaryEntries = sqliteTable(
  "glossary_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    term: text("term").notNull(),
    definition: text("definition").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("glossary_entries_report_idx").on(t.reportId)],
);

/** Reasons (主要原因…) keyed by the narrative slot they belong to, e.g. "total.yoy". */
export const explanations = sqliteTable(
  "explanations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    slot: text("slot").notNull(),
    text: text("text").notNull(),
  },
  (t) => [uniqueIndex("explanations_report_slot_uq").on(t.reportId, t.slot)],
);

/** The 说明 a clerk writes for a 审核 warning before submission. */
export const findingNotes = sqliteTable(
  "finding_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** Rule id plus the subject it is about, e.g. "W-PROJ-RATE:印刷费". */
    findingKey: text("finding_key").notNull(),
    text: text("text").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("finding_notes_report_key_uq").on(t.reportId, t.findingKey)],
);

/**
 * Each entry section's optimistic lock and last save (the row's existence drives 未填写 / 已填写).
 * `section` is an entry section key (functionLines …) or a finer scope that is locked on its own
 * (`performance:project:12`, `findingNotes`); no row means version 0, never saved.
 * See docs/decisions/014-never-lose-work.md.
 */
export const sectionSaves = sqliteTable(
  "section_saves",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    section: text("section").notNull(),
    /** Moved by every save of this section; a save names the version it was based on. */
    version: integer("version").notNull().default(1),
    savedById: integer("saved_by_id").references(() => users.id),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.section] })],
);

/**
 * Facts taken from the department's last published report when the report was created, still to be
 * confirmed (待确认): one row per group (profile, 实物量, 车辆和设备) while the clerk has neither confirmed
 * nor changed it. The values themselves are in the report's tables; `priorJson` keeps what was carried,
 * to show beside them. The disclosure does not print an unconfirmed group, and its section is not
 * 已填写 (docs/decisions/016-rollover-and-to-confirm.md).
 */
export const carriedFacts = sqliteTable(
  "carried_facts",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    group: text("fact_group", { enum: CARRIED_GROUPS }).notNull(),
    fromYear: integer("from_year").notNull(),
    priorJson: text("prior_json").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.group] })],
);

/** What the creation of a report took from an earlier published report: the rollover summary. */
export const rollovers = sqliteTable("rollovers", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  fromReportId: integer("from_report_id")
    .notNull()
    .references(() => reports.id),
  fromYear: integer("from_year").notNull(),
  /** lib/rollover/plan.ts RolloverSummary: carried, to confirm, not carried. */
  summaryJson: text("summary_json").notNull(),
  createdAt: createdAt(),
});

/**
 * An uploaded Excel workbook between its preview and its application to a report (导入Excel): what was
 * read from it, as the entry forms' inputs, with the section versions it was compared against, the
 * changes shown and the problems found — so what is applied is exactly what the clerk saw. Kept with
 * the report's history (never copied by a revision); previews left for a day are dropped.
 */
export const reportImports = sqliteTable(
  "report_imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** The entry section the upload was for, or null for a whole-report workbook. */
    section: text("section"),
    fileName: text("file_name").notNull(),
    /** The uploaded file itself (≤ 5 MB), read again after a subject is added from the preview. */
    file: blob("file", { mode: "buffer" }).notNull(),
    /** lib/imports/plan.ts ImportPlan: inputs, base versions, changes, problems. */
    planJson: text("plan_json").notNull(),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    appliedAt: integer("applied_at", { mode: "timestamp_ms" }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("report_imports_report_idx").on(t.reportId), index("report_imports_created_idx").on(t.createdAt)],
);

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: COMMENT_KINDS }).notNull().default("comment"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("comments_report_idx").on(t.reportId)],
);

/**
 * Disclosure templates an admin derived (the built-in ones are code: lib/disclosure/templates). Each
 * save is a new version; the definition is the template as JSON, validated when it is read.
 */
export const disclosureTemplates = sqliteTable(
  "disclosure_templates",
  {
    id: text("id").notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    region: text("region").notNull(),
    year: integer("year").notNull(),
    definitionJson: text("definition_json").notNull(),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    index("disclosure_templates_region_year_idx").on(t.region, t.year),
  ],
);

/**
 * Append-only audit log (UPDATE and DELETE are refused by triggers). `reportId` is null for
 * entries about users and departments.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorId: integer("actor_id"),
    reportId: integer("report_id"),
    /** e.g. "report.create", "report.update", "report.transition", "user.create". */
    action: text("action").notNull(),
    /** The entity and field changed, e.g. "function_lines[2013101].basicGeneralBudget". */
    field: text("field").notNull().default(""),
    oldValue: text("old_value"),
    newValue: text("new_value"),
  },
  (t) => [index("audit_log_report_idx").on(t.reportId, t.at)],
);
