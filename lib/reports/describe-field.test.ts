import { describe, expect, it } from "vitest";
import { describeSlotKey } from "../disclosure/slot-keys";
import { describeField } from "./describe-field";

const names: Record<string, string> = { "205": "教育支出", "2013101": "行政运行", "30101": "基本工资" };
const nameOf = (code: string) => names[code];

describe("audit entries in words", () => {
  it("names a 说明 by what it explains", () => {
    expect(describeField("explanations[generalBudget.205.budget]", nameOf)).toBe(
      "说明：一般公共预算财政拨款支出 · 教育支出 · 预算差异原因",
    );
    expect(describeSlotKey("threePublic.reception.yoy")).toBe("公务接待费 · 与上年相比的变化原因");
    expect(describeSlotKey("basic.personnel.yoy")).toBe("人员经费 · 与上年相比的变化原因");
    expect(describeSlotKey("generalBudget.2013101.purpose", nameOf)).toBe(
      "一般公共预算财政拨款支出 · 2013101 行政运行 · 主要用于",
    );
    expect(describeSlotKey("no.such.key")).toBe("no.such.key");
    expect(describeSlotKey("govFund.2013101.budget", nameOf)).toBe(
      "政府性基金预算财政拨款支出 · 2013101 行政运行 · 预算差异原因",
    );
  });

  it("names a 审核 说明 by its rule and subject", () => {
    expect(describeField("finding_notes[R-PROJ-RATE:印刷费]", nameOf)).toBe("审核说明：项目预算执行率低于90% · 印刷费");
  });

  it("names amounts by subject and column, lists by item", () => {
    expect(describeField("function_lines[2013101].basicGeneralBudget", nameOf)).toBe(
      "功能分类 2013101 行政运行：一般公共预算财政拨款·基本支出",
    );
    expect(describeField("economic_lines[30101].amount", nameOf)).toBe("经济分类 30101 基本工资：本年决算数");
    expect(describeField("function_subjects@2024[2013901]")).toBe("2024年支出功能分类科目表：2013901");
    expect(describeField("carried_facts[quantities]")).toBe("取自上年的“三公”经费实物量");
    expect(describeField("three_public[reception].actual")).toBe("“三公”经费 公务接待费：决算数");
    expect(describeField("profile.duties[2]")).toBe("部门概况：部门职责第2条");
    expect(describeField("glossary[3]")).toBe("名词解释 第3条");
    expect(describeField("projects[印刷费].budget")).toBe("绩效自评 项目 “印刷费”：全年预算数");
    expect(describeField("reports.noGovFundActivity")).toBe("报告：本部门无政府性基金预算财政拨款收支");
  });

  it("never shows a stored key where it has words for it", () => {
    for (const key of [
      "explanations[total.yoy]",
      "finding_notes[R-CARRY:2013101:GeneralBudget]",
      "other_matters.procurementSme",
      "three_public_quantities.abroadGroups",
      "vehicle_counts.ministerial",
    ]) {
      expect(describeField(key, nameOf)).not.toMatch(/[a-z]{3,}/i);
    }
  });
});
