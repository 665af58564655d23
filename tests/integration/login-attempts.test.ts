/**
 * Guessing passwords: the lockout holds against parallel guesses (the attempt is counted in SQL before the
 * password is checked), and one address cannot try more than its share, whatever names it tries.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import { AttemptLimiter, addressKey, clientAddress } from "../../lib/auth/address-limiter";
import { authenticate, MAX_FAILURES } from "../../lib/auth/authenticate";
import { ADDRESS_MAX_FAILURES, ADDRESS_WINDOW_MINUTES, attemptLogin } from "../../lib/auth/login-attempt";
import { hashPassword } from "../../lib/auth/password";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const PASSWORD = "Kaishi2021";

async function newUser(username: string) {
  const deptId = db.select().from(t.departments).get()!.id;
  db.insert(t.users)
    .values({
      username,
      displayName: username,
      role: "clerk",
      departmentId: deptId,
      passwordHash: await hashPassword(PASSWORD),
    })
    .run();
}
const row = (username: string) => db.select().from(t.users).where(eq(t.users.username, username)).get()!;

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("the account lockout under parallel guesses", () => {
  for (const parallel of [20, 60]) {
    it(`${parallel} parallel wrong passwords lock the account, and then the right one is refused`, async () => {
      const name = `guess${parallel}`;
      await newUser(name);
      const results = await Promise.all(
        Array.from({ length: parallel }, (_, i) => authenticate(db, name, `wrong-${i}`)),
      );
      expect(results.every((r) => r === null)).toBe(true);
      expect(row(name).lockedUntil?.getTime()).toBeGreaterThan(Date.now());
      expect(await authenticate(db, name, PASSWORD)).toBeNull();
    });
  }

  it(`parallel guesses mixed with the right password: at most ${MAX_FAILURES} are checked, the rest refused unchecked`, async () => {
    await newUser("mixed");
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 15 ? PASSWORD : `wrong-${i}`));
    const results = await Promise.all(guesses.map((g) => authenticate(db, "mixed", g)));
    // The right password was the 16th attempt: beyond the five the lockout allows, so refused too.
    expect(results.filter((r) => r !== null)).toEqual([]);
  });
});

describe("the per-address limit", () => {
  const limiter = () =>
    new AttemptLimiter({ max: ADDRESS_MAX_FAILURES, windowMs: ADDRESS_WINDOW_MINUTES * 60_000, maxAddresses: 1000 });

  it("25 failures against different names from one address, then the right password: refused from there, not elsewhere", async () => {
    await newUser("honest");
    const l = limiter();
    const from = (address: string, username: string, password: string) =>
      attemptLogin(db, { username, password, address }, l);
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => from("203.0.113.7", `name${i}`, "guess-123")),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "too_many_attempts")).toHaveLength(25 - ADDRESS_MAX_FAILURES);
    expect(await from("203.0.113.7", "honest", PASSWORD)).toEqual({ ok: false, reason: "too_many_attempts" });
    expect(await from("198.51.100.1", "honest", PASSWORD)).toMatchObject({ ok: true });
  });

  it("successful logins give their attempt back, so a busy office is never blocked by them", async () => {
    const l = limiter();
    for (let i = 0; i < ADDRESS_MAX_FAILURES + 5; i++)
      expect(await attemptLogin(db, { username: "honest", password: PASSWORD, address: "192.0.2.1" }, l)).toMatchObject(
        { ok: true },
      );
  });

  it("the budget comes back when the window ends", () => {
    const l = limiter();
    const t0 = Date.now();
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) expect(l.take("a", t0)).toBe(true);
    expect(l.take("a", t0 + 1000)).toBe(false);
    expect(l.take("a", t0 + ADDRESS_WINDOW_MINUTES * 60_000)).toBe(true);
  });

  it("remembers a bounded number of addresses", () => {
    const l = new AttemptLimiter({ max: 1, windowMs: 60_000, maxAddresses: 100 });
    for (let i = 0; i < 10_000; i++) l.take(`10.0.${i >> 8}.${i & 255}`);
    expect(l.size).toBeLessThanOrEqual(100);
  });

  it("limits IPv6 by /64 and IPv4-mapped addresses as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe(addressKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("takes the address the nearest trusted hop saw, never one a client wrote first", () => {
    const h = (xff: string) => new Headers({ "x-forwarded-for": xff });
    expect(clientAddress(h("127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(h("1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(h("1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });
});
