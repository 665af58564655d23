import { describe, expect, it } from "vitest";
import type { Actor } from "../access";
import { availableTransitions, decideTransition, TRANSITION_ACTIONS, type TransitionAction } from ".";
import { REPORT_STATUSES, type ReportStatus, type Role } from "../domain";

const DEPT = 1;
const CLERK: Actor = { id: 10, role: "clerk", departmentId: DEPT };
const OTHER_CLERK: Actor = { id: 11, role: "clerk", departmentId: DEPT };
const SUPERVISOR: Actor = { id: 20, role: "supervisor", departmentId: DEPT };
const ADMIN: Actor = { id: 30, role: "admin", departmentId: null };
const report = (status: ReportStatus, submittedById: number | null = CLERK.id) => ({
  status,
  departmentId: DEPT,
  submittedById,
});

/**
 * The whole machine as a table: for each state, which role may do which action (on a report of
 * their department, submitted by CLERK). Anything not listed is refused.
 */
const ALLOWED: Record<ReportStatus, Partial<Record<TransitionAction, Role[]>>> = {
  draft: { submit: ["clerk"] },
  submitted: { withdraw: ["clerk"], return: ["supervisor"], approve: ["supervisor"] },
  approved: { return: ["supervisor"], publish: ["supervisor"] },
  published: {},
  superseded: {},
};
const TARGET: Record<TransitionAction, ReportStatus> = {
  submit: "submitted",
  withdraw: "draft",
  return: "draft",
  approve: "approved",
  publish: "published",
};

describe("workflow state machine: every state × action × role", () => {
  for (const status of REPORT_STATUSES) {
    for (const action of TRANSITION_ACTIONS) {
      for (const actor of [CLERK, SUPERVISOR, ADMIN]) {
        const allowed = ALLOWED[status][action]?.includes(actor.role) ?? false;
        it(`${status} × ${action} × ${actor.role} → ${allowed ? TARGET[action] : "refused"}`, () => {
          const d = decideTransition(actor, action, report(status), "请补充说明");
          if (allowed) expect(d).toEqual({ allowed: true, to: TARGET[action] });
          else expect(d.allowed).toBe(false);
        });
      }
    }
  }
});

describe("the reasons given", () => {
  it("a role without the permission", () => {
    expect(decideTransition(CLERK, "approve", report("submitted"))).toEqual({
      allowed: false,
      reason: "填报员无权执行此操作",
    });
    expect(decideTransition(ADMIN, "publish", report("approved"))).toEqual({
      allowed: false,
      reason: "系统管理员无权执行此操作",
    });
  });
  it("the wrong state", () => {
    expect(decideTransition(SUPERVISOR, "publish", report("submitted"))).toEqual({
      allowed: false,
      reason: "报告当前为“已提交”，不能公开发布",
    });
    expect(decideTransition(CLERK, "submit", report("published"))).toEqual({
      allowed: false,
      reason: "报告当前为“已公开”，不能提交审核",
    });
  });
  it("another department", () => {
    expect(decideTransition({ ...SUPERVISOR, departmentId: 2 }, "approve", report("submitted"))).toEqual({
      allowed: false,
      reason: "只能处理本部门的报告",
    });
  });
  it("only the submitter withdraws", () => {
    expect(decideTransition(OTHER_CLERK, "withdraw", report("submitted"))).toEqual({
      allowed: false,
      reason: "只有提交人可以撤回",
    });
  });
  it("a supervisor cannot approve a report they submitted", () => {
    expect(decideTransition(SUPERVISOR, "approve", report("submitted", SUPERVISOR.id))).toEqual({
      allowed: false,
      reason: "不能审核通过自己提交的报告",
    });
  });
  it("退回 needs a comment", () => {
    expect(decideTransition(SUPERVISOR, "return", report("submitted"), "  ")).toEqual({
      allowed: false,
      reason: "退回须填写意见",
    });
  });
  it("lists the actions a user has now", () => {
    expect(availableTransitions(CLERK, report("draft"))).toEqual(["submit"]);
    expect(availableTransitions(SUPERVISOR, report("submitted"))).toEqual(["return", "approve"]);
    expect(availableTransitions(SUPERVISOR, report("approved"))).toEqual(["return", "publish"]);
    expect(availableTransitions(OTHER_CLERK, report("submitted"))).toEqual([]);
  });
});
