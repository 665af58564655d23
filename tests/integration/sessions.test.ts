/**
 * When a session ends (lib/auth/session-policy.ts): logout ends every session of the user, a session has
 * an absolute lifetime that renewing never moves, and disabling a user ends theirs.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import {
  claimsAtSignIn,
  endSessions,
  SESSION_ABSOLUTE_HOURS,
  sessionIsCurrent,
  type SessionClaims,
} from "../../lib/auth/session-policy";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const user = (username: string) => db.select().from(t.users).where(eq(t.users.username, username)).get()!;
const signIn = (username: string, at = new Date()): SessionClaims => {
  const u = user(username);
  return claimsAtSignIn({ id: String(u.id), sessionVersion: u.sessionVersion }, at);
};
const HOUR = 3_600_000;

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("sessions", () => {
  it("a fresh session is current", () => {
    expect(sessionIsCurrent(db, signIn("clerk"))).toBe(true);
  });

  it("logout ends every session of the user: this browser's and any other", () => {
    const here = signIn("supervisor");
    const elsewhere = signIn("supervisor");
    endSessions(db, here);
    expect(sessionIsCurrent(db, here)).toBe(false);
    expect(sessionIsCurrent(db, elsewhere)).toBe(false);
    expect(sessionIsCurrent(db, signIn("supervisor"))).toBe(true);
  });

  it(`ends ${SESSION_ABSOLUTE_HOURS} hours after the password was checked, however often it was used`, () => {
    const start = new Date("2024-03-01T08:00:00+08:00");
    const claims = signIn("clerk", start);
    const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
    expect(sessionIsCurrent(db, claims, at(SESSION_ABSOLUTE_HOURS - 0.01))).toBe(true);
    expect(sessionIsCurrent(db, claims, at(SESSION_ABSOLUTE_HOURS + 0.01))).toBe(false);
  });

  it("a token without its sign-in time, or with a forged user id, is no session", () => {
    const { authAt: _a, ...old } = signIn("clerk");
    expect(sessionIsCurrent(db, old)).toBe(false);
    expect(sessionIsCurrent(db, { ...signIn("clerk"), uid: "1 OR 1=1" })).toBe(false);
    expect(sessionIsCurrent(db, { ...signIn("clerk"), uid: "999999" })).toBe(false);
  });

  it("disabling the user ends the session", () => {
    const claims = signIn("admin");
    db.update(t.users).set({ active: false }).where(eq(t.users.username, "admin")).run();
    expect(sessionIsCurrent(db, claims)).toBe(false);
    db.update(t.users).set({ active: true }).where(eq(t.users.username, "admin")).run();
    expect(sessionIsCurrent(db, claims)).toBe(true);
  });
});
