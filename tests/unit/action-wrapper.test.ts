/**
 * withUser, the one wrapper of every server action: no session → a login message; input the schema
 * refuses → field messages and the data function never runs; a domain error → its message next to its
 * field; anything unexpected → a generic message that leaks nothing, and the error is logged.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "../../lib/auth/session";
import { ConflictError, SectionConflictError, ValidationError } from "../../lib/errors";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../../lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { withSectionSave, withUser } = await import("../../lib/action");

const CLERK: SessionUser = {
  id: 7,
  username: "clerk",
  displayName: "张会计",
  role: "clerk",
  departmentId: 1,
  departmentName: "示例部门",
};
const schema = z.object({ name: z.string().min(1, { error: "请填写名称" }) });

describe("withUser", () => {
  let logged: unknown[];
  beforeEach(() => {
    session.user = CLERK;
    logged = [];
    vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(...args));
  });
  afterEach(() => vi.restoreAllMocks());

  it("without a session answers with the login message and does not run the data function", async () => {
    session.user = null;
    const run = vi.fn();
    expect(await withUser(schema, run)({ name: "x" })).toEqual({ ok: false, error: "登录已失效，请重新登录。" });
    expect(run).not.toHaveBeenCalled();
  });

  it("passes the user and the parsed input, and returns the data", async () => {
    const run = vi.fn((user: SessionUser, input: { name: string }) => `${user.username}:${input.name}`);
    expect(await withUser(schema, run)({ name: "税务局" })).toEqual({ ok: true, data: "clerk:税务局" });
    expect(run).toHaveBeenCalledWith(CLERK, { name: "税务局" });
  });

  it("refuses bad input with a message per field, before the data function", async () => {
    const run = vi.fn();
    const result = await withUser(schema, run)({ name: "" });
    expect(result).toEqual({ ok: false, error: "请按提示修改标红的内容。", fieldErrors: { name: "请填写名称" } });
    expect(run).not.toHaveBeenCalled();
    // Not even an object: still a message, never a throw.
    expect(await withUser(schema, run)("garbage" as never)).toMatchObject({ ok: false });
  });

  it("turns a domain error into its message, next to its field when it names one", async () => {
    const field = withUser(schema, () => {
      throw new ValidationError("本部门2020年度的决算报告已存在", "year");
    });
    expect(await field({ name: "x" })).toEqual({
      ok: false,
      error: "本部门2020年度的决算报告已存在",
      fieldErrors: { year: "本部门2020年度的决算报告已存在" },
    });
    const plain = withUser(schema, () => {
      throw new ConflictError("报告已被他人修改");
    });
    expect(await plain({ name: "x" })).toEqual({ ok: false, error: "报告已被他人修改", fieldErrors: undefined });
    expect(logged).toEqual([]);
  });

  it("answers an unexpected error with a generic message that leaks nothing, and logs it", async () => {
    const secret = "SQLITE_ERROR: no such column password_hash at /srv/app/db";
    const result = await withUser(schema, () => {
      throw new Error(secret);
    })({ name: "x" });
    expect(result).toEqual({ ok: false, error: "系统暂时无法完成操作，请稍后重试；已保存的数据不受影响。" });
    expect(JSON.stringify(result)).not.toContain("password_hash");
    expect(logged.some((e) => e instanceof Error && e.message === secret)).toBe(true);
  });
});

describe("withSectionSave", () => {
  beforeEach(() => {
    session.user = CLERK;
  });
  const sectionSchema = z.object({ reportId: z.number(), note: z.string() });

  it("answers a colleague's earlier save with who, when, their version and the section's values now", async () => {
    const save = () => {
      throw new SectionConflictError("陈审核已于11月27日 10:00保存了这一部分的新修改。", {
        version: 4,
        savedBy: "陈审核",
        savedAt: "11月27日 10:00",
      });
    };
    const current = vi.fn(() => ({ note: "theirs" }));
    const result = await withSectionSave(sectionSchema, save, current)({ reportId: 3, note: "mine" });
    expect(result).toEqual({
      ok: false,
      error: "陈审核已于11月27日 10:00保存了这一部分的新修改。",
      conflict: { version: 4, savedBy: "陈审核", savedAt: "11月27日 10:00", theirs: { note: "theirs" } },
    });
    expect(current).toHaveBeenCalledWith(CLERK, { reportId: 3, note: "mine" });
  });

  it("loads nothing more when the save succeeds", async () => {
    const current = vi.fn();
    expect(await withSectionSave(sectionSchema, () => ({ version: 2 }), current)({ reportId: 3, note: "x" })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect(current).not.toHaveBeenCalled();
  });
});
