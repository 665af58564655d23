/**
 * The short versions of `npm run test:load` and `npm run test:crash` (the long ones run 60 s and 20
 * kills): no request fails under load and no acknowledged save is lost; a writer killed at random leaves
 * an intact database holding every save it acknowledged.
 */
import { describe, expect, it } from "vitest";
import { runCrashTest } from "../../scripts/crash-test";
import { runLoadTest } from "../../scripts/load-test";

describe("under load", () => {
  it("50 connections for 10 s of previews and saves by five clerks: no error, every acknowledged save stored", async () => {
    const r = await runLoadTest({ durationSeconds: 10, connections: 50, clerks: 5 });
    console.log(`load: ${JSON.stringify(r)}`);
    expect(r.errorSamples).toEqual([]);
    expect(r.errors).toBe(0);
    expect(r.savesAcknowledged).toBeGreaterThan(0);
    expect(r.previews).toBeGreaterThan(0);
    expect(r.savesMissing).toBe(0);
  });
});

describe("killed while saving", () => {
  it("5 SIGKILLs at random moments: integrity_check ok, every acknowledged save there", async () => {
    const r = await runCrashTest({ kills: 5 });
    console.log(`crash: ${JSON.stringify({ ...r, integrity: [...new Set(r.integrity)] })}`);
    expect(r.kills).toBe(5);
    expect(r.integrityFailures).toBe(0);
    expect(r.acknowledged).toBeGreaterThan(0);
    expect(r.missing).toBe(0);
  });
});
