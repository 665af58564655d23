/**
 * How long a session lives, and what ends it (docs/decisions/010-sessions-and-login.md):
 * - idle: the session cookie expires SESSION_IDLE_HOURS after the last request that renewed it;
 * - absolute: SESSION_ABSOLUTE_HOURS after the password was checked, whatever the activity — renewing
 *   the cookie never moves this;
 * - at once: logout, disabling the user, a new role, department or password all bump the user's session
 *   version, and a token carrying an older version is no session (nor renewed).
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { preparedQuery } from "../../db/prepared";
import { users } from "../../db/schema";
import { bumpSessionVersion } from "./authenticate";

export const SESSION_IDLE_HOURS = 8;
export const SESSION_ABSOLUTE_HOURS = 12;

/** What the session JWT carries besides next-auth's own claims. */
export interface SessionClaims {
  /** User id. */
  uid?: string;
  /** The user's session version when the password was checked. */
  sv?: number;
  /** When the password was checked (ms since the epoch): the start of the absolute lifetime. */
  authAt?: number;
}

/** The claims of a new session, right after the password was checked. */
export function claimsAtSignIn(user: { id: string; sessionVersion: number }, now: Date = new Date()): SessionClaims {
  return { uid: user.id, sv: user.sessionVersion, authAt: now.getTime() };
}

/**
 * The user id of claims inside their absolute lifetime, or null: claims without a session version or a
 * sign-in time, past SESSION_ABSOLUTE_HOURS, or with a malformed user id are no session, whoever's they are.
 */
export function sessionUserId(claims: SessionClaims, now: Date = new Date()): number | null {
  if (typeof claims.authAt !== "number" || typeof claims.sv !== "number") return null;
  const age = now.getTime() - claims.authAt;
  if (age < -60_000 || age > SESSION_ABSOLUTE_HOURS * 3_600_000) return null;
  const id = Number(claims.uid);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Whether a token is still a session: inside its absolute lifetime, of an active user, at the user's
 * current session version. A token failing this is neither accepted nor renewed.
 */
export function sessionIsCurrent(db: Db, claims: SessionClaims, now: Date = new Date()): boolean {
  const id = sessionUserId(claims, now);
  if (id === null) return false;
  const user = preparedQuery(db, "session-is-current", () =>
    db
      .select({ active: users.active, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, sql.placeholder("id")))
      .prepare(),
  ).get({ id });
  return !!user && user.active && user.sessionVersion === claims.sv;
}

/** Logout: every session of the user ends, not only this browser's cookie. */
export function endSessions(db: Db, claims: SessionClaims | null | undefined): void {
  const id = Number(claims?.uid);
  if (Number.isSafeInteger(id) && id > 0) bumpSessionVersion(db, id);
}
