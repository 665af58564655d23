/** The server log stays readable whatever cookies and passwords strangers send. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CredentialsSignin, JWTSessionError } from "@auth/core/errors";
import { logAuthError } from "../../lib/auth/auth-log";

afterEach(() => vi.restoreAllMocks());

function captured(run: () => void) {
  const lines: string[] = [];
  const keep = (...args: unknown[]) =>
    void lines.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(" "));
  vi.spyOn(console, "error").mockImplementation(keep);
  vi.spyOn(console, "warn").mockImplementation(keep);
  run();
  return lines.join("\n");
}

describe("logAuthError", () => {
  it("a forged session cookie leaves one line, without a stack", () => {
    const cause = Object.assign(new Error("Invalid Compact JWE\n    at decrypt (jose.js:1:1)"), {
      code: "ERR_JWE_INVALID",
    });
    // next-auth wraps the decryption error it caught (the constructor's types only name the string form).
    const out = captured(() => logAuthError(new (JWTSessionError as unknown as new (e: Error) => Error)(cause)));
    expect(out).toBe("session cookie rejected: ERR_JWE_INVALID Invalid Compact JWE");
  });

  it("a wrong password leaves nothing", () => {
    expect(captured(() => logAuthError(new CredentialsSignin()))).toBe("");
  });

  it("anything else is logged in full", () => {
    expect(captured(() => logAuthError(new Error("database is locked")))).toMatch(/database is locked\n\s+at /);
  });
});
