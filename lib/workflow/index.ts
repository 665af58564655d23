/**
 * The report workflow as a state machine: draft → submitted → approved → published, with 退回
 * (submitted or approved → draft, with a comment) and 撤回 (the submitter takes back a submitted
 * report). Who may do what comes from lib/access; which transition is possible from which state, and
 * the rules about the submitter, live here. Pure.
 */
import { decide, type Action, type Actor } from "../access";
import { REPORT_STATUS_LABELS, type ReportStatus } from "../domain";

export const TRANSITIONS = {
  submit: { from: ["draft"], to: "submitted", permission: "report.submit", label: "提交审核" },
  withdraw: { from: ["submitted"], to: "draft", permission: "report.withdraw", label: "撤回" },
  return: { from: ["submitted", "approved"], to: "draft", permission: "report.return", label: "退回修改" },
  approve: { from: ["submitted"], to: "approved", permission: "report.approve", label: "审核通过" },
  publish: { from: ["approved"], to: "published", permission: "report.publish", label: "公开发布" },
} as const satisfies Record<
  string,
  { from: readonly ReportStatus[]; to: ReportStatus; permission: Action; label: string }
>;

export type TransitionAction = keyof typeof TRANSITIONS;
export const TRANSITION_ACTIONS = Object.keys(TRANSITIONS) as TransitionAction[];

export interface WorkflowReport {
  status: ReportStatus;
  departmentId: number;
  submittedById: number | null;
}

export type TransitionDecision = { allowed: true; to: ReportStatus } | { allowed: false; reason: string };

export function decideTransition(
  actor: Actor,
  action: TransitionAction,
  report: WorkflowReport,
  comment = "",
): TransitionDecision {
  const t = TRANSITIONS[action];
  const access = decide(actor, t.permission, { departmentId: report.departmentId });
  if (!access.allowed) return access;
  if (!(t.from as readonly ReportStatus[]).includes(report.status)) {
    return { allowed: false, reason: `报告当前为“${REPORT_STATUS_LABELS[report.status]}”，不能${t.label}` };
  }
  if (action === "withdraw" && report.submittedById !== actor.id) {
    return { allowed: false, reason: "只有提交人可以撤回" };
  }
  if (action === "approve" && report.submittedById === actor.id) {
    return { allowed: false, reason: "不能审核通过自己提交的报告" };
  }
  if (action === "return" && comment.trim() === "") {
    return { allowed: false, reason: "退回须填写意见" };
  }
  return { allowed: true, to: t.to };
}

/** The transitions this user could make now (退回 offered without its comment yet). */
export function availableTransitions(actor: Actor, report: WorkflowReport): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((a) => decideTransition(actor, a, report, a === "return" ? "（意见）" : "").allowed);
}
