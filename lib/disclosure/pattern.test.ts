import { describe, expect, it } from "vitest";
import { fillPattern, parsePattern, slotsOf } from "./pattern";

const values: Record<string, string | null> = { a: "甲", b: "乙", none: null };
const fill = (p: string) => fillPattern(p, (name) => values[name] ?? null);

describe("sentence patterns", () => {
  it("fills placeholders and keeps the text around them", () => {
    expect(fill("{a}和{b}。")).toBe("甲和乙。");
  });

  it("drops an optional part whose placeholder is absent, and keeps it otherwise", () => {
    expect(fill("{a}[，{none}]。")).toBe("甲。");
    expect(fill("{a}[，{b}]。")).toBe("甲，乙。");
    expect(fill("[{a}[{none}]{b}]")).toBe("甲乙");
  });

  it("is absent as a whole when a required placeholder is absent", () => {
    expect(fill("{a}{none}")).toBeNull();
  });

  it("reads variants and dotted names", () => {
    const p = parsePattern("{change:noRate}{abroad.actual}");
    expect(p.ok && slotsOf(p.nodes)).toEqual([{ name: "change", variant: "noRate" }, { name: "abroad.actual" }]);
  });

  it("says what is wrong with a pattern that does not parse", () => {
    expect(parsePattern("{a")).toEqual({ ok: false, error: "第1个字符处的“{”没有对应的“}”" });
    expect(parsePattern("a}")).toEqual({ ok: false, error: "第2个字符处的“}”没有对应的“{”" });
    expect(parsePattern("[{a}")).toEqual({ ok: false, error: "“[”没有对应的“]”" });
    expect(parsePattern("{a}]")).toEqual({ ok: false, error: "第4个字符处的“]”没有对应的“[”" });
    expect(parsePattern("{数字}")).toEqual({ ok: false, error: "占位符“{数字}”的写法不正确" });
  });
});
