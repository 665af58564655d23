import { describe, expect, it } from "vitest";
import { describeBands, formatPoints, gradeFor, NATIONAL_BANDS } from "./grades";

describe("grade bands", () => {
  it.each([
    [10000, "优"],
    [9000, "优"],
    [8999, "良"],
    [8000, "良"],
    [7999, "中"],
    [7100, "中"], // the seed's 印刷费: 71 is 中 under the national bands, not 良
    [6000, "中"],
    [5999, "差"],
    [0, "差"],
  ])("%d hundredths → %s", (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
  it("no score, no grade", () => {
    expect(gradeFor(null)).toBeNull();
  });
  it("uses a template's own bands", () => {
    const bands = [...NATIONAL_BANDS.filter((b) => b.grade !== "良"), { grade: "良", min: 7000 }];
    expect(gradeFor(7100, bands)).toBe("良");
  });
  it("formats points without trailing zeros", () => {
    expect([9800, 9850, 7125, 10000, 0, -50, -1250].map(formatPoints)).toEqual([
      "98",
      "98.5",
      "71.25",
      "100",
      "0",
      "-0.5",
      "-12.5",
    ]);
  });

  it("describes a template's bands for the entry page", () => {
    expect(describeBands(NATIONAL_BANDS)).toBe("优≥90，良≥80，中≥60，差<60");
    expect(
      describeBands([
        { grade: "合格", min: 6000 },
        { grade: "优", min: 9000 },
        { grade: "不合格", min: 0 },
        { grade: "良", min: 8000 },
      ]),
    ).toBe("优≥90，良≥80，合格≥60，不合格<60");
  });
});
