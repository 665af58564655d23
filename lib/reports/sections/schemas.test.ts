import { describe, expect, it } from "vitest";
import { demo, demoContent } from "../../../db/seed/demo-2020";
import { FUNCTION_MONEY_FIELDS } from "../../disclosure/report-data";
import { formatYuan } from "../../money";
import { ZEconomicLines } from "./economic-lines.schema";
import { MAX_ROWS, MAX_TEXT } from "./fields";
import { ZFunctionLines } from "./function-lines.schema";
import { FUNCTION_COLUMN_GROUPS } from "./columns";
import { ZGlossary } from "./glossary.schema";
import { ZOtherMatters } from "./other-matters.schema";
import { ZProject } from "./performance.schema";
import { ZProfile } from "./profile.schema";
import { ZThreePublic } from "./three-public.schema";

/** How a form shows an amount: 元 with separators, empty for 0. */
const text = (fen: number) => (fen === 0 ? "" : formatYuan(fen));

const demoFunctionLines = () => ({
  lines: demo.functionLines.map((l) => {
    const line = Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, ""])) as Record<string, string>;
    line.incomeGeneralBudget = text(l.basic + l.project);
    line.basicGeneralBudget = text(l.basic);
    line.projectGeneralBudget = text(l.project);
    line.initialBudgetGeneralBudget = text(l.initialBudget);
    line.priorYearGeneralBudget = text(l.priorYear);
    return { subjectCode: l.code, ...line } as { subjectCode: string } & Record<string, string>;
  }),
  institutionFundUsed: "",
  surplusDistribution: "",
  priorYearGrandTotal: text(demo.summary.priorYearGrandTotal),
  priorYearFiscalGrandTotal: text(demo.summary.priorYearFiscalGrandTotal),
});

/** The message zod gives at a path, or undefined. */
function messageAt(
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  path: string,
) {
  return result.error?.issues.find((i) => i.path.map(String).join(".") === path)?.message;
}

describe("功能分类 schema", () => {
  it("accepts the demo data and gives back exact 分", () => {
    const r = ZFunctionLines.safeParse(demoFunctionLines());
    expect(r.success).toBe(true);
    const total = r.data!.lines.reduce((s, l) => s + l.basicGeneralBudget + l.projectGeneralBudget, 0);
    expect(total).toBe(878_360_000);
    expect(r.data!.priorYearGrandTotal).toBe(884_609_800);
  });

  it.each([
    ["-5", "金额不能为负数"],
    ["1.234", "金额最多保留两位小数（到分）"],
    ["abc", "请填写数字金额"],
    ["1e3", "请填写普通数字，不支持科学计数法（如 1e3）"],
    ["12,34", "千分位逗号位置不正确"],
  ])("refuses %s in a cell with “%s” at that cell", (bad, message) => {
    const input = demoFunctionLines();
    input.lines[2]!.basicGeneralBudget = bad;
    expect(messageAt(ZFunctionLines.safeParse(input), "lines.2.basicGeneralBudget")).toBe(message);
  });

  it("takes full-width digits and separators, as pasted from Excel", () => {
    const input = demoFunctionLines();
    input.lines[0]!.incomeOther = "１，２３４．５";
    input.lines[0]!.incomeBusiness = "1,234.5";
    const r = ZFunctionLines.safeParse(input);
    expect(r.data?.lines[0]).toMatchObject({ incomeOther: 123_450, incomeBusiness: 123_450 });
  });

  it("refuses a malformed or repeated subject code", () => {
    const input = demoFunctionLines();
    input.lines[1]!.subjectCode = "20131";
    expect(messageAt(ZFunctionLines.safeParse(input), "lines.1.subjectCode")).toBe(
      "科目编码应为7位项级编码，如 2013101",
    );
    const dup = demoFunctionLines();
    dup.lines[3]!.subjectCode = dup.lines[0]!.subjectCode;
    expect(messageAt(ZFunctionLines.safeParse(dup), "lines.3.subjectCode")).toBe("科目2013101重复（与第1行相同）");
  });

  it("allows a negative 结余分配 (a correction) but no other negative amount", () => {
    const input = { ...demoFunctionLines(), surplusDistribution: "-100.00" };
    expect(ZFunctionLines.safeParse(input).data?.surplusDistribution).toBe(-10_000);
    expect(messageAt(ZFunctionLines.safeParse({ ...input, institutionFundUsed: "-1" }), "institutionFundUsed")).toBe(
      "金额不能为负数",
    );
  });

  it(`refuses more than ${MAX_ROWS} rows (a 10⁴-row paste)`, () => {
    const base = demoFunctionLines();
    const line = base.lines[0]!;
    const input = {
      ...base,
      lines: Array.from({ length: 10_000 }, (_, i) => ({ ...line, subjectCode: String(2000000 + i) })),
    };
    expect(messageAt(ZFunctionLines.safeParse(input), "lines")).toBe(`最多${MAX_ROWS}个科目`);
  });
});

describe("经济分类 schema", () => {
  it("accepts the demo data", () => {
    const input = {
      lines: demo.economicLines.map((e) => ({
        subjectCode: e.code,
        amount: text(e.amount),
        priorYearAmount: text(e.priorYear),
      })),
    };
    const r = ZEconomicLines.safeParse(input);
    expect(r.success).toBe(true);
    expect(r.data!.lines.reduce((s, l) => s + l.amount, 0)).toBe(832_750_000);
  });
  it("refuses bad amounts at the cell", () => {
    const r = ZEconomicLines.safeParse({ lines: [{ subjectCode: "30101", amount: "十万", priorYearAmount: "-3" }] });
    expect(messageAt(r, "lines.0.amount")).toBe("请填写数字金额");
    expect(messageAt(r, "lines.0.priorYearAmount")).toBe("金额不能为负数");
  });
});

describe("部门概况 schema", () => {
  const profile = () => ({
    duties: demo.profile.duties.map((t) => ({ text: t })),
    dutiesSupplement: demo.profile.dutiesSupplement,
    internalOrgs: demo.profile.internalOrgs.map((name) => ({ name })),
    additionalOrgs: demo.profile.additionalOrgs.map((name) => ({ name })),
    subordinateUnits: demo.profile.subordinateUnits,
    staffing: demo.profile.staffing.map((s) => ({ ...s, authorized: String(s.authorized), actual: String(s.actual) })),
  });
  it("accepts the demo data", () => {
    const r = ZProfile.safeParse(profile());
    expect(r.success).toBe(true);
    expect(r.data!.staffing.reduce((s, x) => s + x.authorized, 0)).toBe(45);
  });
  it("refuses a 1 MB text, an empty duty and a headcount that is not a whole number", () => {
    const input = profile();
    input.dutiesSupplement = "编".repeat(1_000_000);
    input.duties[0]!.text = "  ";
    input.staffing[0]!.authorized = "33.5";
    input.staffing[1]!.actual = "四";
    const r = ZProfile.safeParse(input);
    expect(messageAt(r, "dutiesSupplement")).toBe(`最多${MAX_TEXT}个字`);
    expect(messageAt(r, "duties.0.text")).toBe("请填写职责内容，或删除此行");
    expect(messageAt(r, "staffing.0.authorized")).toBe("请填写不小于0的整数");
    expect(messageAt(r, "staffing.1.actual")).toBe("请填写不小于0的整数");
  });
});

describe("“三公”经费 and 其他事项 schemas", () => {
  it("accept the demo data", () => {
    const tp = ZThreePublic.safeParse({
      amounts: demo.threePublic.amounts.map((a) => ({
        item: a.item,
        initialBudget: text(a.initialBudget),
        actual: text(a.actual),
        priorYear: text(a.priorYear),
      })),
      quantities: Object.fromEntries(Object.entries(demo.threePublic.quantities).map(([k, v]) => [k, String(v)])),
    });
    expect(tp.success).toBe(true);
    expect(tp.data!.amounts.find((a) => a.item === "vehicle_operation")).toMatchObject({
      initialBudget: 1_700_000,
      actual: 1_030_000,
    });
    const o = demoContent().otherMatters;
    const om = ZOtherMatters.safeParse({
      ...Object.fromEntries(
        Object.entries(o).map(([k, v]) => [
          k,
          typeof v === "number" && !k.startsWith("vehicles") && !/equipment/i.test(k) ? text(v) : String(v),
        ]),
      ),
      vehicles: Object.fromEntries(demo.vehicleCounts.map((v) => [v.category, String(v.count)])),
    });
    expect(om.success).toBe(true);
    expect(om.data).toMatchObject({ agencyOperatingCost: 56_790_000, trainingCostPrior: 1_150_000, vehiclesTotal: 1 });
  });
  it("refuse bad input with messages", () => {
    const r = ZThreePublic.safeParse({
      amounts: [
        { item: "abroad", initialBudget: "x", actual: "", priorYear: "" },
        { item: "vehicle_purchase", initialBudget: "", actual: "", priorYear: "" },
        { item: "vehicle_operation", initialBudget: "", actual: "1.001", priorYear: "" },
        { item: "reception", initialBudget: "", actual: "", priorYear: "" },
      ],
      quantities: {
        abroadGroups: "-1",
        abroadPeople: "",
        vehiclesPurchased: "",
        vehiclesHeld: "",
        receptionBatches: "",
        receptionPeople: "",
        foreignAffairsBatches: "",
        foreignAffairsPeople: "",
        overseasBatches: "",
        overseasPeople: "",
      },
    });
    expect(messageAt(r, "amounts.0.initialBudget")).toBe("请填写数字金额");
    expect(messageAt(r, "amounts.2.actual")).toBe("金额最多保留两位小数（到分）");
    expect(messageAt(r, "quantities.abroadGroups")).toBe("请填写不小于0的整数");
  });
});

describe("项目绩效自评 schema", () => {
  const project = (i: number) => {
    const p = demo.projects[i]!;
    return {
      projectId: null,
      name: p.name,
      initialBudget: text(p.initialBudget),
      budget: text(p.budget),
      executed: text(p.executed),
      score: String(p.score / 100),
      declaredGrade: p.declaredGrade as "优",
      goal: p.goal,
      effect: p.effect,
      problems: p.problems,
      nextSteps: p.nextSteps,
      indicators: p.indicators.map((x) => ({
        ...x,
        weight: String(x.weightHundredths / 100),
        score: String(x.scoreHundredths / 100),
      })),
    };
  };
  it("accepts every demo project", () => {
    for (let i = 0; i < demo.projects.length; i++) expect(ZProject.safeParse(project(i)).success).toBe(true);
    expect(ZProject.safeParse(project(0)).data?.indicators[1]?.score).toBe(2847);
  });
  it("refuses a score over 100, an indicator score over its weight, and a missing name", () => {
    const input = project(6);
    input.score = "101";
    input.name = "";
    const r = ZProject.safeParse(input);
    expect(messageAt(r, "score")).toBe("分数不能超过100");
    expect(messageAt(r, "name")).toBe("请填写项目名称");
    // Checks across fields run once every field reads.
    const over = project(6);
    over.indicators[0]!.score = "60";
    expect(messageAt(ZProject.safeParse(over), "indicators.0.score")).toBe("得分不能超过分值");
  });
});

describe("名词解释 schema", () => {
  it("accepts the template glossary and refuses an empty term", () => {
    expect(ZGlossary.safeParse({ entries: demo.glossary }).success).toBe(true);
    expect(messageAt(ZGlossary.safeParse({ entries: [{ term: "", definition: "x" }] }), "entries.0.term")).toBe(
      "请填写名词，或删除此行",
    );
  });
});

describe("the 功能分类 grid's columns", () => {
  it("show every amount of a line exactly once (a new field cannot be saved without a column to type it in)", () => {
    const shown = FUNCTION_COLUMN_GROUPS.flatMap((g) => g.columns.map((c) => c.field));
    expect([...shown].sort()).toEqual([...FUNCTION_MONEY_FIELDS].sort());
  });
});
