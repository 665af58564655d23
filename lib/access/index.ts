/**
 * The access policy — the one place where who-may-do-what is decided.
 *
 * Permissions are data: a typed list of actions and a role → actions matrix. On top of the matrix
 * come two conditions: department scope (clerks and supervisors act only on their own department;
 * admins see every department) and, for editing, the report's status (only drafts change).
 * The workflow (lib/workflow) adds which transition is possible from which state.
 *
 * This module is pure: pages, server actions, route handlers and the data layer all call it.
 */
import { AccessDeniedError } from "../errors";
import { ROLE_LABELS, type ReportStatus, type Role } from "../domain";

export const ACTIONS = [
  "report.view", // 查看报告及其数据
  "report.create", // 新建年度报告
  "report.edit", // 填报：修改草稿中的数字和文字
  "report.submit", // 提交审核
  "report.withdraw", // 撤回（提交人收回已提交的报告）
  "report.return", // 退回
  "report.approve", // 审核通过
  "report.publish", // 公开发布
  "report.revise", // 对已公开的报告发起修订
  "report.comment", // 发表意见
  "report.export", // 下载 PDF / Excel
  "report.audit", // 查看审计日志
  "report.template", // 更换草稿的公开模板
  "report.addSubject", // 填报时把科目表缺少的项级科目添加到本年度科目表（待管理员确认）
  "admin.users", // 用户管理
  "admin.departments", // 部门与单位管理
  "admin.catalogs", // 科目表管理：查看、逐个添加、导出
  "catalog.import", // 导入一个年度的科目表文件
  "catalog.confirm", // 确认填报时添加的科目、确认上年→本年的科目编码对应
  "admin.templates", // 公开模板管理
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions that concern one department's reports (and so are scoped to it). */
const DEPARTMENT_SCOPED: ReadonlySet<Action> = new Set(ACTIONS.filter((a) => a.startsWith("report.")));

export const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  clerk: new Set<Action>([
    "report.view",
    "report.create",
    "report.edit",
    "report.submit",
    "report.withdraw",
    "report.revise",
    "report.comment",
    "report.export",
    "report.audit",
    "report.template",
    "report.addSubject",
  ]),
  supervisor: new Set<Action>([
    "report.view",
    "report.return",
    "report.approve",
    "report.publish",
    "report.comment",
    "report.export",
    "report.audit",
  ]),
  admin: new Set<Action>([
    "report.view",
    "report.export",
    "report.audit",
    "report.template",
    "admin.users",
    "admin.departments",
    "admin.catalogs",
    "catalog.import",
    "catalog.confirm",
    "admin.templates",
  ]),
};

/** Roles whose report actions reach every department. */
const ALL_DEPARTMENTS: ReadonlySet<Role> = new Set<Role>(["admin"]);

export interface Actor {
  id: number;
  role: Role;
  departmentId: number | null;
}

/** What an action is done to: a department (e.g. creating its report) or one report. */
export interface Target {
  departmentId: number;
  status?: ReportStatus;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };

export function decide(actor: Actor, action: Action, target?: Target): Decision {
  if (!ROLE_ACTIONS[actor.role].has(action)) {
    return { allowed: false, reason: `${ROLE_LABELS[actor.role]}无权执行此操作` };
  }
  if (DEPARTMENT_SCOPED.has(action)) {
    if (!target) return { allowed: false, reason: "未指定部门" };
    if (!ALL_DEPARTMENTS.has(actor.role) && actor.departmentId !== target.departmentId) {
      return { allowed: false, reason: "只能处理本部门的报告" };
    }
  }
  if (
    (action === "report.edit" || action === "report.template" || action === "report.addSubject") &&
    target?.status !== undefined &&
    target.status !== "draft"
  ) {
    return { allowed: false, reason: "报告已不是草稿状态，不能修改" };
  }
  return ALLOW;
}

export function can(actor: Actor, action: Action, target?: Target): boolean {
  return decide(actor, action, target).allowed;
}

export function assertCan(actor: Actor, action: Action, target?: Target): void {
  const decision = decide(actor, action, target);
  if (!decision.allowed) throw new AccessDeniedError(decision.reason);
}

/**
 * The departments whose reports an actor may list: "all", or exactly one id. Data functions put
 * this into their SQL WHERE, so a list can never include another department's report.
 */
export function reportScope(
  actor: Actor,
): { kind: "all" } | { kind: "department"; departmentId: number } | { kind: "none" } {
  if (!ROLE_ACTIONS[actor.role].has("report.view")) return { kind: "none" };
  if (ALL_DEPARTMENTS.has(actor.role)) return { kind: "all" };
  if (actor.departmentId === null) return { kind: "none" };
  return { kind: "department", departmentId: actor.departmentId };
}
