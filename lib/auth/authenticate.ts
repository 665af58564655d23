/**
 * Checking a username and password, with lockout: after MAX_FAILURES wrong passwords in a row the
 * account is locked for LOCK_MINUTES. The caller shows one generic message whatever went wrong, so
 * nobody learns which usernames exist or that an account is locked.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { users } from "../../db/schema";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export interface AuthenticatedUser {
  id: number;
  displayName: string;
  sessionVersion: number;
}

export async function authenticate(
  db: Db,
  username: string,
  password: string,
  now: Date = new Date(),
): Promise<AuthenticatedUser | null> {
  const user = db.select().from(users).where(eq(users.username, username.trim())).get();
  if (!user) {
    await verifyAgainstDummy(password);
    return null;
  }
  const locked = user.lockedUntil !== null && user.lockedUntil.getTime() > now.getTime();
  const ok = await verifyPassword(user.passwordHash, password);
  if (!user.active || locked) return null;
  if (!ok) {
    const failures = user.failedLoginCount + 1;
    db.update(users)
      .set({
        failedLoginCount: failures >= MAX_FAILURES ? 0 : failures,
        lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : user.lockedUntil,
      })
      .where(eq(users.id, user.id))
      .run();
    return null;
  }
  db.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id)).run();
  return { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion };
}

/** Ends every session of a user at once (disable, role, department or password change). */
export function bumpSessionVersion(db: Pick<Db, "update">, userId: number): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
}
