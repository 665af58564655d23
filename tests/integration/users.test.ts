import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { authenticate, LOCK_MINUTES, MAX_FAILURES } from "../../lib/auth/authenticate";
import { AccessDeniedError, ValidationError } from "../../lib/errors";
import { createUser, listUsers, resetPassword, setUserActive, updateUser } from "../../lib/users/users";
import { ZCreateUser, ZResetPassword } from "../../lib/users/users.schema";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let admin: Actor;
let deptId: number;
const version = (id: number) => db.select().from(t.users).where(eq(t.users.id, id)).get()!.sessionVersion;

beforeAll(async () => {
  db = await useTempDatabase();
  const a = db.select().from(t.users).where(eq(t.users.username, "admin")).get()!;
  admin = { id: a.id, role: a.role, departmentId: a.departmentId };
  deptId = a.departmentId!;
});

describe("user administration", () => {
  it("only admins manage users", async () => {
    const clerk: Actor = { id: 1, role: "clerk", departmentId: deptId };
    expect(() => listUsers(clerk)).toThrow(AccessDeniedError);
    await expect(
      createUser(clerk, {
        username: "x1",
        displayName: "某人",
        role: "admin",
        departmentId: null,
        password: "Password1",
      }),
    ).rejects.toThrow(AccessDeniedError);
  });

  it("never returns password hashes in lists", () => {
    const { rows } = listUsers(admin);
    expect(rows.map((r) => r.username)).toEqual(["admin", "clerk", "shclerk", "shsupervisor", "supervisor"]);
    expect(JSON.stringify(rows)).not.toMatch(/argon2/);
  });

  it("the schema says what is wrong with a new user, in Chinese", () => {
    const r = ZCreateUser.safeParse({
      username: "a b",
      displayName: "",
      role: "clerk",
      departmentId: null,
      password: "abcdefgh",
    });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      username: "用户名只能包含字母、数字、下划线、点和连字符",
      displayName: "请填写姓名",
      password: "密码须同时包含字母和数字",
    });
    const noDept = ZCreateUser.safeParse({
      username: "abc",
      displayName: "某",
      role: "clerk",
      departmentId: null,
      password: "Kaishi2021",
    });
    expect(noDept.error?.issues[0]).toMatchObject({
      path: ["departmentId"],
      message: "填报员和审核员必须属于一个部门",
    });
  });

  it("creates a user who can log in; a duplicate username is refused", async () => {
    const { id } = await createUser(admin, {
      username: "wang",
      displayName: "王五",
      role: "clerk",
      departmentId: deptId,
      password: "Kaishi2021",
    });
    expect(await authenticate(db, "wang", "Kaishi2021")).toMatchObject({ id, displayName: "王五" });
    await expect(
      createUser(admin, {
        username: "wang",
        displayName: "另一个",
        role: "clerk",
        departmentId: deptId,
        password: "Kaishi2021",
      }),
    ).rejects.toThrow(new ValidationError("用户名“wang”已被使用", "username"));
    const stored = db.select().from(t.users).where(eq(t.users.id, id)).get()!;
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("ends a user's sessions when the role changes, the user is disabled, or the password is reset", async () => {
    const { id } = await createUser(admin, {
      username: "li",
      displayName: "李四",
      role: "clerk",
      departmentId: deptId,
      password: "Kaishi2021",
    });
    const v0 = version(id);
    updateUser(admin, { id, displayName: "李四", role: "clerk", departmentId: deptId });
    expect(version(id)).toBe(v0); // nothing that matters changed
    updateUser(admin, { id, displayName: "李四", role: "supervisor", departmentId: deptId });
    expect(version(id)).toBe(v0 + 1);
    setUserActive(admin, { id, active: false });
    expect(version(id)).toBe(v0 + 2);
    expect(await authenticate(db, "li", "Kaishi2021")).toBeNull();
    setUserActive(admin, { id, active: true });
    await resetPassword(admin, { id, password: "Xinmima2022" });
    expect(version(id)).toBe(v0 + 4);
    expect(await authenticate(db, "li", "Kaishi2021")).toBeNull();
    expect(await authenticate(db, "li", "Xinmima2022")).not.toBeNull();
    const audit = db
      .select()
      .from(t.auditLog)
      .all()
      .filter((a) => a.field.startsWith("users[li]"));
    expect(audit.map((a) => a.action)).toEqual([
      "user.create",
      "user.update",
      "user.disable",
      "user.enable",
      "user.reset_password",
    ]);
    expect(audit[1]).toMatchObject({ field: "users[li].role", oldValue: "clerk", newValue: "supervisor" });
  });

  it("an admin cannot lock themselves out", () => {
    expect(() => setUserActive(admin, { id: admin.id, active: false })).toThrow(ValidationError);
    expect(() =>
      updateUser(admin, { id: admin.id, displayName: "管理员", role: "clerk", departmentId: deptId }),
    ).toThrow("不能取消自己的系统管理员角色");
  });
});

describe("password policy", () => {
  const newUser = (username: string, password: string) =>
    ZCreateUser.safeParse({ username, displayName: "某人", role: "clerk", departmentId: deptId, password });
  const messageOf = (r: ReturnType<typeof newUser>) => r.error?.issues.find((i) => i.path[0] === "password")?.message;

  it("refuses a password that is the user name, or contains it", () => {
    expect(messageOf(newUser("zhang3", "zhang3zhang3"))).toBe("密码不能包含用户名");
    expect(messageOf(newUser("wang2021", "Wang2021"))).toBe("密码不能包含用户名");
    expect(messageOf(newUser("lisi", "lisi2021abc"))).toBe("密码不能包含用户名");
    expect(newUser("lisi", "Kaishi2021").success).toBe(true);
  });

  it("refuses common passwords, whatever their case and punctuation", () => {
    for (const password of ["password1", "Password1", "P@ssw0rd", "Passw0rd!", "qwerty123", "Aa123456", "woaini1314"])
      expect(messageOf(newUser("zhao", password)), password).toBe("该密码过于常见，容易被猜中，请换一个");
  });

  it("a reset refuses the same, checked against the user's own name on the server", async () => {
    const { id } = await createUser(admin, {
      username: "sun2021",
      displayName: "孙",
      role: "clerk",
      departmentId: deptId,
      password: "Kaishi2021",
    });
    await expect(resetPassword(admin, { id, password: "Sun2021x" })).rejects.toThrow(
      new ValidationError("密码不能包含用户名", "password"),
    );
    await expect(resetPassword(admin, { id, password: "password1" })).rejects.toThrow(ValidationError);
    expect(ZResetPassword.safeParse({ id, password: "Password123" }).success).toBe(false);
    expect(await authenticate(db, "sun2021", "Kaishi2021")).not.toBeNull();
  });
});

describe("login lockout", () => {
  it(`locks an account for ${LOCK_MINUTES} minutes after ${MAX_FAILURES} wrong passwords`, async () => {
    await createUser(admin, {
      username: "zhou",
      displayName: "周",
      role: "clerk",
      departmentId: deptId,
      password: "Kaishi2021",
    });
    const start = new Date("2021-03-01T01:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) expect(await authenticate(db, "zhou", "wrong-pass", start)).toBeNull();
    // Even the right password is refused while locked …
    expect(await authenticate(db, "zhou", "Kaishi2021", new Date(start.getTime() + 60_000))).toBeNull();
    // … and works again once the lock has passed.
    const later = new Date(start.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect(await authenticate(db, "zhou", "Kaishi2021", later)).not.toBeNull();
  });

  it("answers an unknown username like a wrong password", async () => {
    expect(await authenticate(db, "nobody", "whatever1")).toBeNull();
  });
});
