/**
 * A per-address budget of failed logins, in memory (the app is one process on one SQLite file). An
 * attempt takes one unit of the address's budget before the password is checked — so parallel
 * attempts cannot all pass — and a successful login gives its unit back. When the budget is spent,
 * every attempt from the address is refused unchecked until its window ends.
 */

export interface LimiterOptions {
  /** Failures an address may have in one window. */
  max: number;
  windowMs: number;
  /** At most this many addresses are remembered (oldest windows are forgotten first). */
  maxAddresses: number;
}

export class AttemptLimiter {
  private readonly windows = new Map<string, { used: number; endsAt: number }>();

  constructor(private readonly options: LimiterOptions) {}

  /** Takes one attempt from the address's budget; false (and nothing taken) when it is spent. */
  take(address: string, now: number = Date.now()): boolean {
    let window = this.windows.get(address);
    if (window && window.endsAt <= now) {
      this.windows.delete(address);
      window = undefined;
    }
    if (!window) {
      this.forgetIfFull(now);
      window = { used: 0, endsAt: now + this.options.windowMs };
      this.windows.set(address, window);
    }
    if (window.used >= this.options.max) return false;
    window.used += 1;
    return true;
  }

  /** Gives back the attempt a successful login took. */
  giveBack(address: string): void {
    const window = this.windows.get(address);
    if (window && window.used > 0) window.used -= 1;
  }

  get size(): number {
    return this.windows.size;
  }

  private forgetIfFull(now: number) {
    if (this.windows.size < this.options.maxAddresses) return;
    for (const [key, w] of this.windows) if (w.endsAt <= now) this.windows.delete(key);
    // Still full: forget the oldest windows (a Map iterates in insertion order).
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.options.maxAddresses) break;
      this.windows.delete(key);
    }
  }
}

/**
 * The key an address is limited under: IPv4 as is (also when IPv4-mapped in IPv6), IPv6 by its /64
 * network — one subscriber usually holds a whole /64, so its single addresses cost nothing to rotate.
 */
export function addressKey(address: string): string {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(":")) return a || "unknown";
  const [head = "", tail = ""] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = a.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (TRUSTED_PROXY_HOPS, default 0).
 * With 0, proxy.ts drops whatever X-Forwarded-For a client sent, and Next.js fills in the socket's
 * address: the header then holds exactly the peer's address.
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/** The client's address as the nearest trusted hop saw it. */
export function clientAddress(headers: Headers, hops: number = trustedProxyHops()): string {
  const list = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list[list.length - Math.max(hops, 1)] ?? list[0] ?? "unknown";
}
