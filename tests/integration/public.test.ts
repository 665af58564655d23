import { beforeAll, describe, expect, it } from "vitest";
import { departmentCodeParam, getPublished, listPublished } from "../../lib/public/published";
import { useTempDatabase } from "../support/temp-db";

beforeAll(async () => {
  await useTempDatabase();
});

describe("the public side", () => {
  it("never shows a draft", () => {
    expect(getPublished("101001", 2020)).toBeNull(); // the demo report is a draft
    expect(listPublished()).toEqual([]);
  });

  it("reads department codes from the URL safely", () => {
    expect(departmentCodeParam("101001")).toBe("101001");
    expect(departmentCodeParam("%")).toBeNull(); // a malformed escape is a 404, not a crash
    expect(departmentCodeParam("..%2F..")).toBeNull();
    expect(departmentCodeParam("x".repeat(41))).toBeNull();
  });
});
