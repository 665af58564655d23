import { describe, expect, it } from "vitest";
import { wan } from "../money";
import { budgetComparison, budgetPhrase, changePhrase, wanText } from "./phrases";

describe("changePhrase: direction words match the sign", () => {
  it("a fall", () => {
    expect(changePhrase(wan("878.36"), wan("884.6098"))).toBe("较上年决算数减少6.25万元，下降0.71%");
  });
  it("a rise", () => {
    expect(changePhrase(wan("773.56"), wan("768.30"))).toBe("较上年决算数增加5.26万元，增长0.68%");
  });
  it("no change says 持平, never “增加0.00万元”", () => {
    expect(changePhrase(0, 0)).toBe("与上年持平");
    expect(changePhrase(wan("1.03"), wan("1.03"))).toBe("与上年持平");
  });
  it("a change too small to print says 基本持平", () => {
    expect(changePhrase(4_000, 0)).toBe("与上年基本持平");
  });
  it("from nothing: the amount without a rate", () => {
    expect(changePhrase(wan("0.80"), 0)).toBe("较上年决算数增加0.80万元");
  });
  it("the seed's 培训费: 0.80 after 1.15 is a fall of 30.43%", () => {
    expect(changePhrase(wan("0.80"), wan("1.15"))).toBe("较上年决算数减少0.35万元，下降30.43%");
  });
  it("other bases and no rate", () => {
    expect(changePhrase(wan("1.03"), wan("2.87"), { basis: "较上年", withRate: false })).toBe("较上年减少1.84万元");
  });
});

describe("budgetPhrase", () => {
  it("gives the completion rate and the comparison", () => {
    expect(budgetPhrase(wan("763.19"), wan("396.91"))).toBe("完成年初预算的192.28%，决算数大于预算数");
    expect(budgetPhrase(wan("0.80"), wan("2.40"))).toBe("完成年初预算的33.33%，决算数小于预算数");
    expect(budgetPhrase(wan("5"), wan("5"))).toBe("完成年初预算的100.00%，决算数与预算数持平");
  });
  it("never divides by a zero budget", () => {
    expect(budgetPhrase(wan("3"), 0)).toBe("年初未安排预算");
    expect(budgetPhrase(0, 0)).toBe("年初未安排预算，无支出");
  });
  it("compares exactly", () => {
    expect(budgetComparison(1, 0)).toBe("决算数大于预算数");
    expect(budgetComparison(0, 1)).toBe("决算数小于预算数");
  });
  it("formats amounts in 万元", () => {
    expect(wanText(wan("13.2"))).toBe("13.20万元");
  });
});
