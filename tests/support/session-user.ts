import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { SessionUser } from "../../lib/auth/session";

/** The signed-in user `username` of a test database, as lib/auth/session gives it to pages and actions. */
export function sessionUserOf(db: Db, username: string): SessionUser {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  const d =
    u.departmentId === null ? null : db.select().from(t.departments).where(eq(t.departments.id, u.departmentId)).get()!;
  return {
    id: u.id,
    username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    departmentName: d?.name ?? null,
  };
}
