import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import { auditLog, users } from "../../db/schema";
import type { Actor } from "../access";
import { getReport } from "./get-report";
import { FUNCTION_COLUMN_GROUPS } from "./sections/function-lines.schema";
import { OTHER_MONEY_FIELDS } from "./sections/other-matters.schema";

export interface AuditRow {
  id: number;
  at: Date;
  actorName: string;
  action: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "report.create": "创建",
  "report.update": "修改数据",
  "report.transition": "流转",
  "report.revise": "发起修订",
};

const TABLE_LABELS: Record<string, string> = {
  function_lines: "功能分类",
  economic_lines: "经济分类",
  three_public: "“三公”经费",
  three_public_quantities: "“三公”实物量",
  other_matters: "其他事项",
  vehicle_counts: "车辆",
  profile: "部门概况",
  projects: "绩效自评",
  performance: "部门绩效",
  explanations: "说明",
  glossary: "名词解释",
  report_summaries: "汇总数",
  finding_notes: "审核说明",
  reports: "报告",
  status: "状态",
};
const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(
    FUNCTION_COLUMN_GROUPS.flatMap((g) => g.columns.map((c) => [c.field, `${c.group}·${c.header}`])),
  ),
  ...Object.fromEntries(OTHER_MONEY_FIELDS),
  amount: "本年决算数",
  priorYearAmount: "上年决算数",
  initialBudget: "年初预算数",
  actual: "决算数",
  priorYear: "上年决算数",
  budget: "全年预算数",
  executed: "全年执行数",
  scoreHundredths: "自评得分",
};

/** "function_lines[2013101].basicGeneralBudget" → "功能分类 2013101：一般公共预算财政拨款·基本支出". */
export function describeField(field: string): string {
  const m = /^([a-z_]+)(?:\[([^\]]*)\])?(?:\.(.+))?$/.exec(field);
  if (!m) return field;
  const [, table = "", key, rest] = m;
  const head = TABLE_LABELS[table] ?? table;
  const tail = rest ? (FIELD_LABELS[rest] ?? rest) : "";
  return `${head}${key ? ` ${key}` : ""}${tail ? `：${tail}` : ""}`;
}

/** Every change and transition of a report, newest first. */
export function listAudit(actor: Actor, reportId: number): AuditRow[] {
  getReport(actor, reportId, "report.audit");
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.displayName,
      action: auditLog.action,
      field: auditLog.field,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.reportId, reportId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all()
    .map((r) => ({ ...r, actorName: r.actorName ?? "系统" }));
}
