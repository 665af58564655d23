/**
 * One login attempt, as the Credentials provider makes it: the address's budget first (lib/auth/
 * address-limiter.ts), then the account's lockout and the password (lib/auth/authenticate.ts).
 */
import type { Db } from "../../db/connection";
import { AttemptLimiter, addressKey } from "./address-limiter";
import { authenticate, type AuthenticatedUser } from "./authenticate";

/** Failed logins one address (an IPv4 address or an IPv6 /64) may have in ADDRESS_WINDOW_MINUTES. */
export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_MINUTES = 15;

/** The process's limiter (kept on globalThis so that hot reload in development does not reset it). */
const g = globalThis as unknown as { __juesuanLoginLimiter?: AttemptLimiter };
const loginLimiter = (g.__juesuanLoginLimiter ??= new AttemptLimiter({
  max: ADDRESS_MAX_FAILURES,
  windowMs: ADDRESS_WINDOW_MINUTES * 60_000,
  maxAddresses: 50_000,
}));

export type LoginOutcome =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: "credentials" | "too_many_attempts" };

export async function attemptLogin(
  db: Db,
  attempt: { username: string; password: string; address: string },
  limiter: AttemptLimiter = loginLimiter,
  now: Date = new Date(),
): Promise<LoginOutcome> {
  const key = addressKey(attempt.address);
  if (!limiter.take(key, now.getTime())) return { ok: false, reason: "too_many_attempts" };
  const user = await authenticate(db, attempt.username, attempt.password, now);
  if (!user) return { ok: false, reason: "credentials" };
  limiter.giveBack(key);
  return { ok: true, user };
}
