import "server-only";
import { eq, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "../../db";
import { preparedQuery } from "../../db/prepared";
import { departments, users } from "../../db/schema";
import type { Actor } from "../access";
import { sessionUserId } from "./session-policy";
import { readSessionClaims } from "./session-token";
import type { Role } from "../domain";

/** The signed-in user as every page and action sees it (never the password hash). */
export interface SessionUser extends Actor {
  username: string;
  displayName: string;
  role: Role;
  departmentName: string | null;
}

const userQuery = (db: Db) =>
  preparedQuery(db, "session-user", () =>
    db
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        departmentId: users.departmentId,
        departmentName: departments.name,
        active: users.active,
        sessionVersion: users.sessionVersion,
      })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.id, sql.placeholder("id")))
      .prepare(),
  );

/**
 * The current user, read from the database on every request: a session past its absolute lifetime, whose
 * user is disabled, or whose session version is older than the user's, is no session (the rules of
 * lib/auth/session-policy.ts; the cookie is read by lib/auth/session-token.ts).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims(await headers());
  const id = claims ? sessionUserId(claims) : null;
  if (id === null) return null;
  const row = userQuery(getDb()).get({ id });
  if (!row || !row.active || row.sessionVersion !== claims?.sv) return null;
  const { active: _active, sessionVersion: _sv, ...user } = row;
  return user;
});

/** For pages: the current user, or off to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
