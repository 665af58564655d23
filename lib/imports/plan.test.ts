import { describe, expect, it } from "vitest";
import { demoReportData } from "../../tests/support/demo-report";
import { planImport } from "./plan";
import type { ImportRead } from "./read-import";

const data = demoReportData();
const first = data.functionLines[0]!;
const versions = (lock: string) => ({ functionLines: 4, economicLines: 2, threePublic: 1 })[lock] ?? 9;

describe("the plan of an import", () => {
  it("功能分类: added, changed and removed rows with old and new values; absent columns keep their figures", () => {
    const read: ImportRead = {
      problems: [],
      functionLines: {
        sheet: "功能分类",
        columns: ["basicGeneralBudget"],
        lines: [
          {
            row: 5,
            code: first.subjectCode,
            name: "行政运行",
            values: { basicGeneralBudget: first.basicGeneralBudget + 1 },
          },
          { row: 6, code: "2010101", name: "行政运行", values: { basicGeneralBudget: 123456 } },
        ],
      },
    };
    const plan = planImport(read, data, versions);
    const section = plan.sections[0]!;
    expect(section.changes.find((c) => c.key === first.subjectCode)).toEqual({
      kind: "changed",
      key: first.subjectCode,
      label: `${first.subjectCode} 行政运行`,
      fields: [
        {
          label: "本年支出/一般公共预算财政拨款/基本支出",
          old: (first.basicGeneralBudget / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
          new: ((first.basicGeneralBudget + 1) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
        },
      ],
    });
    expect(section.changes.find((c) => c.key === "2010101")).toMatchObject({
      kind: "added",
      fields: [{ label: "本年支出/一般公共预算财政拨款/基本支出", old: "", new: "1,234.56" }],
    });
    const removed = section.changes.filter((c) => c.kind === "removed").map((c) => c.key);
    expect(removed).toEqual(data.functionLines.slice(1).map((l) => l.subjectCode));
    expect(plan.inputs.functionLines!.version).toBe(4);
    // The changed line keeps its other columns as they were; the new one has zeros there.
    const kept = plan.inputs.functionLines!.input.lines[0]!;
    expect(kept.projectGeneralBudget).toBe(first.projectGeneralBudget === 0 ? "" : expect.any(String));
    expect(kept.incomeGeneralBudget).toBe(
      first.incomeGeneralBudget === 0
        ? ""
        : (first.incomeGeneralBudget / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
    );
    expect(plan.inputs.functionLines!.input.lines[1]!.incomeGeneralBudget).toBe("");
  });

  it("the same figures plan no change; 三公 and 绩效 keep what the sheet does not state", () => {
    const read: ImportRead = {
      problems: [],
      functionLines: {
        sheet: "功能分类",
        columns: ["basicGeneralBudget"],
        lines: data.functionLines.map((l, i) => ({
          row: i + 5,
          code: l.subjectCode,
          name: "",
          values: { basicGeneralBudget: l.basicGeneralBudget },
        })),
      },
      threePublic: { sheet: "三公经费", columns: ["actual"], amounts: { reception: { actual: 1 } }, quantities: null },
      performance: {
        sheet: "绩效项目",
        projects: data.projects.map((p, i) => ({ row: i + 4, name: p.name, values: {}, indicators: null })),
      },
    };
    const plan = planImport(read, data, versions);
    expect(plan.sections.map((s) => [s.section, s.changes.length])).toEqual([
      ["functionLines", 0],
      ["threePublic", 1],
      ["performance", 0],
    ]);
    expect(plan.sections[1]!.changes[0]).toMatchObject({
      key: "reception",
      fields: [{ label: "本年决算数", new: "0.01" }],
    });
    const reception = plan.inputs.threePublic!.input.amounts.find((a) => a.item === "reception")!;
    expect(reception.initialBudget).toBe(
      data.threePublic.amounts.reception.initialBudget === 0 ? "" : expect.stringMatching(/^\d/),
    );
    expect(plan.inputs.performance!.save.map((s) => s.input.indicators.length)).toEqual(
      data.projects.map((p) => p.indicators.length),
    );
    expect(plan.inputs.performance!.remove).toEqual([]);
  });
});
