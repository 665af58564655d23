import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, type Actor, assertCan, can, decide, reportScope } from ".";
import { AccessDeniedError } from "../errors";
import { REPORT_STATUSES, type Role } from "../domain";

const OWN = 1;
const OTHER = 2;
const actor = (role: Role, departmentId: number | null = OWN): Actor => ({ id: 10, role, departmentId });

/**
 * The whole matrix as a table: for each role and action, whether it is allowed on the actor's own
 * department and on another department. "—" marks actions that are not about a department.
 */
type Row = [Action, own: boolean, other: boolean];
const EXPECTED: Record<Role, Row[]> = {
  clerk: [
    ["report.view", true, false],
    ["report.create", true, false],
    ["report.edit", true, false],
    ["report.submit", true, false],
    ["report.withdraw", true, false],
    ["report.return", false, false],
    ["report.approve", false, false],
    ["report.publish", false, false],
    ["report.revise", true, false],
    ["report.comment", true, false],
    ["report.export", true, false],
    ["report.audit", true, false],
    ["report.template", true, false],
    ["report.addSubject", true, false],
    ["admin.users", false, false],
    ["admin.departments", false, false],
    ["admin.catalogs", false, false],
    ["catalog.import", false, false],
    ["catalog.confirm", false, false],
    ["admin.templates", false, false],
  ],
  supervisor: [
    ["report.view", true, false],
    ["report.create", false, false],
    ["report.edit", false, false],
    ["report.submit", false, false],
    ["report.withdraw", false, false],
    ["report.return", true, false],
    ["report.approve", true, false],
    ["report.publish", true, false],
    ["report.revise", false, false],
    ["report.comment", true, false],
    ["report.export", true, false],
    ["report.audit", true, false],
    ["report.template", false, false],
    ["report.addSubject", false, false],
    ["admin.users", false, false],
    ["admin.departments", false, false],
    ["admin.catalogs", false, false],
    ["catalog.import", false, false],
    ["catalog.confirm", false, false],
    ["admin.templates", false, false],
  ],
  admin: [
    ["report.view", true, true],
    ["report.create", false, false],
    ["report.edit", false, false],
    ["report.submit", false, false],
    ["report.withdraw", false, false],
    ["report.return", false, false],
    ["report.approve", false, false],
    ["report.publish", false, false],
    ["report.revise", false, false],
    ["report.comment", false, false],
    ["report.export", true, true],
    ["report.audit", true, true],
    ["report.template", true, true],
    ["report.addSubject", false, false],
    ["admin.users", true, true],
    ["admin.departments", true, true],
    ["admin.catalogs", true, true],
    ["catalog.import", true, true],
    ["catalog.confirm", true, true],
    ["admin.templates", true, true],
  ],
};

describe("access matrix", () => {
  it("the table covers every role × action", () => {
    for (const rows of Object.values(EXPECTED)) {
      expect(rows.map(([a]) => a).sort()).toEqual([...ACTIONS].sort());
    }
  });

  for (const [role, rows] of Object.entries(EXPECTED) as [Role, Row[]][]) {
    describe(role, () => {
      it.each(rows)("%s: own department %s, other department %s", (action, own, other) => {
        expect(can(actor(role), action, { departmentId: OWN, status: "draft" })).toBe(own);
        expect(can(actor(role), action, { departmentId: OTHER, status: "draft" })).toBe(other);
      });
    });
  }

  it("department-scoped actions need a target", () => {
    expect(decide(actor("clerk"), "report.view")).toEqual({ allowed: false, reason: "未指定部门" });
  });

  it("a user without a department acts on no department's reports", () => {
    expect(can(actor("clerk", null), "report.view", { departmentId: OWN })).toBe(false);
    expect(reportScope(actor("clerk", null))).toEqual({ kind: "none" });
  });

  it("editing is only for drafts", () => {
    for (const status of REPORT_STATUSES) {
      expect(can(actor("clerk"), "report.edit", { departmentId: OWN, status })).toBe(status === "draft");
      expect(can(actor("clerk"), "report.template", { departmentId: OWN, status })).toBe(status === "draft");
      expect(can(actor("clerk"), "report.addSubject", { departmentId: OWN, status })).toBe(status === "draft");
      expect(can(actor("admin"), "report.template", { departmentId: OTHER, status })).toBe(status === "draft");
    }
    expect(decide(actor("clerk"), "report.edit", { departmentId: OWN, status: "submitted" })).toEqual({
      allowed: false,
      reason: "报告已不是草稿状态，不能修改",
    });
  });

  it("says why in Chinese and throws AccessDeniedError from assertCan", () => {
    expect(decide(actor("supervisor"), "report.edit", { departmentId: OWN })).toEqual({
      allowed: false,
      reason: "审核员无权执行此操作",
    });
    expect(decide(actor("clerk"), "report.view", { departmentId: OTHER })).toEqual({
      allowed: false,
      reason: "只能处理本部门的报告",
    });
    expect(() => assertCan(actor("clerk"), "admin.users")).toThrow(AccessDeniedError);
    expect(() => assertCan(actor("admin"), "admin.users")).not.toThrow();
  });

  it("scopes report lists to the department, or to all for admins", () => {
    expect(reportScope(actor("clerk"))).toEqual({ kind: "department", departmentId: OWN });
    expect(reportScope(actor("supervisor", OTHER))).toEqual({ kind: "department", departmentId: OTHER });
    expect(reportScope(actor("admin", null))).toEqual({ kind: "all" });
  });
});
