/** The production server's AUTH_SECRET check (instrumentation.ts); tests/reliability starts one to see it refuse. */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { authSecretProblem } from "../../lib/auth/secret-check";

describe("authSecretProblem", () => {
  it("refuses a missing, short, placeholder or monotonous secret", () => {
    expect(authSecretProblem(undefined)).toMatch(/未设置/);
    expect(authSecretProblem("  ")).toMatch(/未设置/);
    expect(authSecretProblem("abc123")).toMatch(/太短/);
    expect(authSecretProblem("please-change-me-before-going-live-2024")).toMatch(/占位值/);
    expect(authSecretProblem("YOUR_SECRET_HERE_0123456789abcdefghij")).toMatch(/占位值/);
    expect(authSecretProblem("a".repeat(64))).toMatch(/单一/);
    expect(authSecretProblem("0123456701234567012345670123456701234567")).toMatch(/单一/);
  });

  it("accepts what `npm run demo` generates and what the e2e tests use", () => {
    expect(authSecretProblem(crypto.randomBytes(32).toString("base64url"))).toBeNull();
    expect(authSecretProblem(crypto.randomBytes(32).toString("base64"))).toBeNull();
    expect(authSecretProblem("e2e-secret-not-for-production-0123456789")).toBeNull();
  });
});
