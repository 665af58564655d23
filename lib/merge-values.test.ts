import { describe, expect, it } from "vitest";
import { mergeValues, removedRows, resolveConflicts } from "./merge-values";

const line = (subjectCode: string, basic = "", project = "") => ({ subjectCode, basic, project });
const KEYS = { lines: "subjectCode" };

describe("mergeValues", () => {
  it("takes each side's change to different fields, with no conflict", () => {
    const base = { lines: [line("2013101", "1.00", "2.00")], note: "a" };
    const mine = { lines: [line("2013101", "9.00", "2.00")], note: "a" };
    const theirs = { lines: [line("2013101", "1.00", "5.00")], note: "b" };
    const r = mergeValues(base, mine, theirs, KEYS);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ lines: [line("2013101", "9.00", "5.00")], note: "b" });
    expect(r.takenFromTheirs).toBe(2);
  });

  it("reports the same field changed on both sides, left at mine until chosen", () => {
    const base = { lines: [line("2013101", "1.00")] };
    const mine = { lines: [line("2013101", "2.00")] };
    const theirs = { lines: [line("2013101", "3.00")] };
    const r = mergeValues(base, mine, theirs, KEYS);
    expect(r.conflicts).toEqual([
      {
        key: "lines[2013101].basic",
        path: "lines.0.basic",
        minePath: "lines.0.basic",
        theirsPath: "lines.0.basic",
        mine: "2.00",
        theirs: "3.00",
      },
    ]);
    expect(resolveConflicts(r.merged, r.conflicts, () => "theirs", KEYS)).toEqual(theirs);
    expect(resolveConflicts(r.merged, r.conflicts, () => "mine", KEYS)).toEqual(mine);
  });

  it("matches rows by key, not by position, when a colleague added a row", () => {
    const base = { lines: [line("2013101", "1.00")] };
    const mine = { lines: [line("2013101", "7.00")] };
    const theirs = { lines: [line("2010301", "4.00"), line("2013101", "1.00")] };
    const r = mergeValues(base, mine, theirs, KEYS);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ lines: [line("2013101", "7.00"), line("2010301", "4.00")] });
  });

  it("keeps rows I added and drops rows they removed that I did not touch", () => {
    const base = { lines: [line("2013101", "1.00"), line("2050803", "2.00")] };
    const mine = { lines: [line("2013101", "1.00"), line("2050803", "2.00"), line("2210201", "3.00")] };
    const theirs = { lines: [line("2013101", "1.00")] };
    const r = mergeValues(base, mine, theirs, KEYS);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ lines: [line("2013101", "1.00"), line("2210201", "3.00")] });
  });

  it("a row removed on one side and changed on the other is a conflict about the whole row", () => {
    const base = { lines: [line("2013101", "1.00"), line("2050803", "2.00")] };
    const mine = { lines: [line("2013101", "1.00")] }; // I removed 2050803
    const theirs = { lines: [line("2013101", "1.00"), line("2050803", "8.00")] }; // they changed it
    const r = mergeValues(base, mine, theirs, KEYS);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ key: "lines[2050803]", mine: undefined, theirs: line("2050803", "8.00") });
    expect(resolveConflicts(r.merged, r.conflicts, () => "mine", KEYS)).toEqual(mine);
    expect(resolveConflicts(r.merged, r.conflicts, () => "theirs", KEYS)).toEqual(theirs);

    const r2 = mergeValues(base, theirs, mine, KEYS); // the other way round
    expect(r2.conflicts[0]).toMatchObject({ key: "lines[2050803]", mine: line("2050803", "8.00"), theirs: undefined });
    expect(resolveConflicts(r2.merged, r2.conflicts, () => "theirs", KEYS)).toEqual(mine);
  });

  it("merges nested objects and arrays without a key by position", () => {
    const base = { vehicles: { a: "1", b: "2" }, duties: [{ text: "x" }] };
    const mine = { vehicles: { a: "5", b: "2" }, duties: [{ text: "x" }, { text: "y" }] };
    const theirs = { vehicles: { a: "1", b: "3" }, duties: [{ text: "z" }] };
    const r = mergeValues(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ vehicles: { a: "5", b: "3" }, duties: [{ text: "z" }, { text: "y" }] });
  });

  it("nothing changed on their side: mine as it is", () => {
    const base = { lines: [line("2013101", "1.00")], flag: false };
    const mine = { lines: [line("2013101", "2.00")], flag: true };
    expect(mergeValues(base, mine, base, KEYS)).toEqual({ merged: mine, conflicts: [], takenFromTheirs: 0 });
  });
});

describe("removedRows", () => {
  it("lists the rows of the base that are gone", () => {
    const base = { lines: [line("2013101"), line("2050803")] };
    expect(removedRows(base, { lines: [line("2050803")] }, "lines", "subjectCode")).toEqual([line("2013101")]);
  });
});
