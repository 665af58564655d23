import "server-only";
import { and, asc, count, eq, or } from "drizzle-orm";
import { getDb } from "../../db";
import { departments, users } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { bumpSessionVersion } from "../auth/authenticate";
import { hashPassword } from "../auth/password";
import { writeAudit } from "../audit/write-audit";
import { listUntilWrite } from "../reports/derived";
import { NotFoundError, ValidationError } from "../errors";
import type { TCreateUser, TResetPassword, TSetUserActive, TUpdateUser } from "./users.schema";
import { passwordProblem } from "./password-policy";
import { ROLES, ROLE_LABELS, type Role } from "../domain";
import { contains, limitOffset, pageQueryOf, paged, zParam, type PageQuery, type Paged } from "../paging";

/** A user as the admin pages see it: never the password hash. */
export interface UserListItem {
  id: number;
  username: string;
  displayName: string;
  role: (typeof users.$inferSelect)["role"];
  departmentId: number | null;
  departmentName: string | null;
  active: boolean;
  lastLoginAt: Date | null;
}

const listColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  departmentId: users.departmentId,
  departmentName: departments.name,
  active: users.active,
  lastLoginAt: users.lastLoginAt,
};

export interface UserListQuery extends PageQuery {
  /** Text in the username, the name or the department's name ("" for any). */
  q: string;
  role: Role | null;
  active: boolean | null;
}

/** The users page's query string, parsed: unknown filters are ignored, bad numbers give page 1. */
export function userListQueryOf(params: Record<string, unknown>): UserListQuery {
  const role = zParam(20).parse(params.role) as Role;
  const state = zParam(10).parse(params.state);
  return {
    ...pageQueryOf(params),
    q: zParam(100).parse(params.q),
    role: ROLES.includes(role) ? role : null,
    active: state === "active" ? true : state === "disabled" ? false : null,
  };
}

/** One page of the users, by username, filtered in SQL, kept until the next write; for admins. */
export function listUsers(actor: Actor, query: UserListQuery = userListQueryOf({})): Paged<UserListItem> {
  assertCan(actor, "admin.users");
  return listUntilWrite(`users:${JSON.stringify(query)}`, () => readUsersPage(query));
}

function readUsersPage(query: UserListQuery): Paged<UserListItem> {
  const where = and(
    query.role !== null ? eq(users.role, query.role) : undefined,
    query.active !== null ? eq(users.active, query.active) : undefined,
    query.q
      ? or(contains(users.username, query.q), contains(users.displayName, query.q), contains(departments.name, query.q))
      : undefined,
  );
  const db = getDb();
  const { limit, offset } = limitOffset(query);
  const rows = db
    .select(listColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(limit)
    .offset(offset)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(where)
      .get()?.n ?? 0;
  return paged(rows, total, query);
}

export function getUser(actor: Actor, id: number): UserListItem {
  assertCan(actor, "admin.users");
  const row = getDb()
    .select(listColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id))
    .get();
  if (!row) throw new NotFoundError("用户不存在");
  return row;
}

/** The password policy again on the server, where a reset knows whose password it is. */
function assertPasswordAcceptable(password: string, username: string) {
  const problem = passwordProblem(password, username);
  if (problem) throw new ValidationError(problem, "password");
}

function assertDepartmentExists(departmentId: number | null) {
  if (departmentId === null) return;
  const found = getDb().select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId)).get();
  if (!found) throw new ValidationError("所选部门不存在", "departmentId");
}

export async function createUser(actor: Actor, input: TCreateUser): Promise<{ id: number }> {
  assertCan(actor, "admin.users");
  assertDepartmentExists(input.departmentId);
  const db = getDb();
  const exists = db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
  if (exists) throw new ValidationError(`用户名“${input.username}”已被使用`, "username");
  assertPasswordAcceptable(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const { password: _password, ...fields } = input;
    const created = tx
      .insert(users)
      .values({ ...fields, passwordHash })
      .returning({ id: users.id })
      .get();
    writeAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      field: `users[${input.username}]`,
      newValue: `${input.displayName}（${ROLE_LABELS[input.role]}）`,
    });
    return created;
  });
}

export function updateUser(actor: Actor, input: TUpdateUser): void {
  assertCan(actor, "admin.users");
  assertDepartmentExists(input.departmentId);
  const db = getDb();
  db.transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, input.id)).get();
    if (!before) throw new NotFoundError("用户不存在");
    if (before.id === actor.id && input.role !== "admin") {
      throw new ValidationError("不能取消自己的系统管理员角色", "role");
    }
    tx.update(users)
      .set({
        displayName: input.displayName,
        role: input.role,
        departmentId: input.departmentId,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.id))
      .run();
    const changes = (["displayName", "role", "departmentId"] as const).filter((k) => before[k] !== input[k]);
    writeAudit(
      tx,
      changes.map((k) => ({
        actorId: actor.id,
        action: "user.update",
        field: `users[${before.username}].${k}`,
        oldValue: String(before[k] ?? ""),
        newValue: String(input[k] ?? ""),
      })),
    );
    // A new role or department changes what the user may do: end their sessions now.
    if (changes.includes("role") || changes.includes("departmentId")) bumpSessionVersion(tx, input.id);
  });
}

export function setUserActive(actor: Actor, input: TSetUserActive): void {
  assertCan(actor, "admin.users");
  if (input.id === actor.id && !input.active) throw new ValidationError("不能停用自己的账号");
  getDb().transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, input.id)).get();
    if (!before) throw new NotFoundError("用户不存在");
    if (before.active === input.active) return;
    tx.update(users)
      .set({ active: input.active, failedLoginCount: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .run();
    bumpSessionVersion(tx, input.id);
    writeAudit(tx, {
      actorId: actor.id,
      action: input.active ? "user.enable" : "user.disable",
      field: `users[${before.username}].active`,
      oldValue: String(before.active),
      newValue: String(input.active),
    });
  });
}

export async function resetPassword(actor: Actor, input: TResetPassword): Promise<void> {
  assertCan(actor, "admin.users");
  const target = getDb().select({ username: users.username }).from(users).where(eq(users.id, input.id)).get();
  if (!target) throw new NotFoundError("用户不存在");
  assertPasswordAcceptable(input.password, target.username);
  const passwordHash = await hashPassword(input.password);
  getDb().transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, input.id)).get();
    if (!before) throw new NotFoundError("用户不存在");
    tx.update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .run();
    bumpSessionVersion(tx, input.id);
    writeAudit(tx, { actorId: actor.id, action: "user.reset_password", field: `users[${before.username}].password` });
  });
}
