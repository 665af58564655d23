/**
 * Checking a username and password, with lockout: after MAX_FAILURES wrong passwords in a row the
 * account is locked for LOCK_MINUTES. The caller shows one generic message whatever went wrong, so
 * nobody learns which usernames exist or that an account is locked.
 *
 * The attempt is counted before the password is checked, in one UPDATE … RETURNING: Argon2 runs
 * asynchronously, so a count read before the check and written back after it would let parallel
 * guesses all see the same count (20 parallel guesses used to leave the count at 3 and no lock).
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

/**
 * Counts one attempt for the user and says whether it may be checked: the first MAX_FAILURES attempts
 * since the last success (or since a lock ended) may; the one that reaches MAX_FAILURES sets the lock,
 * so every later attempt is refused unchecked until it ends. A success resets the count (`succeeded`).
 */
function countAttempt(db: Db, username: string, now: Date) {
  const at = now.getTime();
  const lockEnds = at + LOCK_MINUTES * 60_000;
  const lockOver = sql`(${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} <= ${at})`;
  return db
    .update(users)
    .set({
      failedLoginCount: sql`CASE WHEN ${lockOver} THEN 1 ELSE ${users.failedLoginCount} + 1 END`,
      lockedUntil: sql`CASE
        WHEN ${lockOver} THEN NULL
        WHEN ${users.lockedUntil} IS NULL AND ${users.failedLoginCount} + 1 >= ${MAX_FAILURES} THEN ${lockEnds}
        ELSE ${users.lockedUntil} END`,
    })
    .where(eq(users.username, username))
    .returning({
      id: users.id,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
      attempts: users.failedLoginCount,
    })
    .get();
}

export async function authenticate(
  db: Db,
  username: string,
  password: string,
  now: Date = new Date(),
): Promise<AuthenticatedUser | null> {
  const user = countAttempt(db, username.trim(), now);
  if (!user || !user.active || user.attempts > MAX_FAILURES) {
    // Unknown, disabled or locked: the same hashing time as a real check, and the same answer.
    await verifyAgainstDummy(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  db.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id)).run();
  return { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion };
}

/** Ends every session of a user at once (disable, role, department or password change, logout). */
export function bumpSessionVersion(db: Pick<Db, "update">, userId: number): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
}
