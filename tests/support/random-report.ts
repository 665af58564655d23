/**
 * Random but internally consistent report data, for property tests: every fund's 年末结转和结余 is
 * its 年初 + 收入 − 支出, the 经济分类 lines add up to the 一般公共预算 基本支出, and the subjects come
 * from the real catalogs.
 */
import fs from "node:fs";
import path from "node:path";
import { parseCatalogCsv } from "../../db/catalogs";
import {
  EMPTY_OTHER_MATTERS,
  EMPTY_PERFORMANCE,
  FUNCTION_MONEY_FIELDS,
  type FunctionLine,
  type FunctionMoneyField,
  type ReportData,
  type Subject,
} from "../../lib/disclosure/report-data";
import { THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES } from "../../lib/domain";

const catalog = (file: string) =>
  parseCatalogCsv(fs.readFileSync(path.join(import.meta.dirname, "../../db/catalogs", file), "utf8"));
const FUNCTION = catalog("function-subjects-2020.csv");
const ECONOMIC = catalog("economic-subjects-2020.csv");
const ITEMS = FUNCTION.filter((s) => s.level === "item");
const ECONOMIC_SECTIONS = ECONOMIC.filter((s) => s.level === "section");

/**
 * How amounts are drawn: `normal` up to ~10 million 元 with odd 分; `boundary` on the 万元 rounding
 * edge (…4,999 / 5,000 / 5,001 分 past a whole 0.01万元); `huge` up to 2 billion 元 an amount; `tiny` a few 元,
 * printing as 0.00 or 0.01万元.
 */
export type AmountStyle = "normal" | "boundary" | "huge" | "tiny";

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
export function rng(seed: number, style: AmountStyle = "normal") {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const draw: Record<AmountStyle, () => number> = {
    normal: () => Math.floor(next() * 1_000_000_000),
    boundary: () => Math.floor(next() * 1_000) * 10_000 + [4_999, 5_000, 5_001, 0][Math.floor(next() * 4)]!,
    // Up to 20亿元 an amount: 300 lines of them stay far inside the per-column limit of a report.
    huge: () => Math.floor(next() * 200_000_000_000),
    tiny: () => Math.floor(next() * 30_000),
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * (max + 1)),
    /** An amount in 分 of the report's style, zero a third of the time. */
    fen: () => (next() < 0.33 ? 0 : draw[style]()),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

const toRecord = (xs: { code: string; name: string; level: Subject["level"]; parentCode: string | null }[]) =>
  Object.fromEntries(xs.map((s) => [s.code, s]));

export interface RandomReportOptions {
  lines?: number;
  projects?: number;
  amounts?: AmountStyle;
  /** Columns left empty in every line (e.g. no 项目支出 at all). */
  zeroFields?: readonly FunctionMoneyField[];
}

export function randomReport(seed: number, options: RandomReportOptions = {}): ReportData {
  const r = rng(seed, options.amounts);
  const zero = new Set(options.zeroFields ?? []);
  const count = options.lines ?? 1 + r.int(30);
  const codes = new Set<string>();
  while (codes.size < Math.min(count, ITEMS.length)) codes.add(r.pick(ITEMS).code);
  // Larger reports than the catalog's 项 list: made-up 项 under real 款 (named 测试项NN).
  const synthetic: Subject[] = [];
  const sections = FUNCTION.filter((s) => s.level === "section");
  while (codes.size < count) {
    const section = r.pick(sections);
    const code = `${section.code}${String(60 + r.int(38)).padStart(2, "0")}`;
    if (codes.has(code) || ITEMS.some((i) => i.code === code)) continue;
    codes.add(code);
    synthetic.push({ code, name: `测试项${code.slice(5)}`, level: "item", parentCode: section.code });
  }
  const lines: FunctionLine[] = [...codes].sort().map((subjectCode) => {
    const l = { subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, 0])) } as FunctionLine;
    for (const f of FUNCTION_MONEY_FIELDS) if (!f.startsWith("carryEnd") && !zero.has(f)) l[f] = r.fen();
    // Balance each fund: 年初 large enough that 年末 = 年初 + 收入 − 支出 is not negative.
    const balance = (
      income: number,
      spent: number,
      start: "carryStartGeneralBudget" | "carryStartGovFund" | "carryStartStateCapital" | "carryStartOther",
      end: "carryEndGeneralBudget" | "carryEndGovFund" | "carryEndStateCapital" | "carryEndOther",
    ) => {
      l[start] = Math.max(l[start], spent - income);
      l[end] = l[start] + income - spent;
    };
    balance(
      l.incomeGeneralBudget,
      l.basicGeneralBudget + l.projectGeneralBudget,
      "carryStartGeneralBudget",
      "carryEndGeneralBudget",
    );
    balance(l.incomeGovFund, l.basicGovFund + l.projectGovFund, "carryStartGovFund", "carryEndGovFund");
    balance(
      l.incomeStateCapital,
      l.basicStateCapital + l.projectStateCapital,
      "carryStartStateCapital",
      "carryEndStateCapital",
    );
    balance(
      l.incomeSuperiorSubsidy + l.incomeBusiness + l.incomeOperating + l.incomeFromSubsidiary + l.incomeOther,
      l.basicOtherFunds + l.projectOtherFunds + l.remitToSuperior + l.operatingExpense + l.subsidyToSubsidiary,
      "carryStartOther",
      "carryEndOther",
    );
    return l;
  });
  // 经济分类: split the 一般公共预算 基本支出 over random 款, exactly.
  let remaining = lines.reduce((s, l) => s + l.basicGeneralBudget, 0);
  const economic = new Map<string, number>();
  while (remaining > 0) {
    const code = r.pick(ECONOMIC_SECTIONS).code;
    const part = economic.size > 8 ? remaining : Math.min(remaining, Math.floor(r.next() * remaining) + 1);
    economic.set(code, (economic.get(code) ?? 0) + part);
    remaining -= part;
  }
  const functionSubjects = toRecord([
    ...FUNCTION.filter((s) => [...codes].some((c) => c.startsWith(s.code))),
    ...synthetic,
  ]);
  const projects = Array.from({ length: options.projects ?? r.int(8) }, (_, i) => {
    const budget = r.fen();
    return {
      id: i + 1,
      name: `项目${i + 1}`,
      fundSource: "general_budget",
      initialBudget: budget,
      budget,
      executed: Math.min(budget, r.fen()),
      scoreHundredths: r.next() < 0.1 ? null : r.int(10_000),
      declaredGrade: "",
      goal: "",
      effect: "效果较好。",
      problems: "",
      nextSteps: "",
      indicators: [],
    };
  });
  const amount = () => ({ initialBudget: r.fen(), actual: r.fen(), priorYear: r.fen() });
  return {
    report: {
      id: seed,
      year: 2020,
      revision: 1,
      status: "draft",
      version: 1,
      templateId: "lanzhou-2020",
      departmentName: "测试部门",
      departmentShortName: "测试部门",
      noGovFundActivity: false,
      noStateCapitalActivity: false,
    },
    units: [{ name: "机关", nature: "administrative", category: "" }],
    summary: {
      institutionFundUsed: 0,
      surplusDistribution: 0,
      priorYearGrandTotal: r.fen(),
      priorYearFiscalGrandTotal: r.fen(),
    },
    profile: {
      duties: ["职责一"],
      dutiesSupplement: "",
      organisations: [{ kind: "internal", name: "综合科", category: "" }],
      staffing: [{ category: "行政编制", authorized: 10, actualLabel: "行政在职人员", actual: 9 }],
    },
    functionLines: lines,
    economicLines: [...economic].map(([subjectCode, amt]) => ({ subjectCode, amount: amt, priorYearAmount: r.fen() })),
    functionSubjects,
    economicSubjects: toRecord(ECONOMIC),
    threePublic: {
      amounts: Object.fromEntries(THREE_PUBLIC_ITEMS.map((i) => [i, amount()])) as ReportData["threePublic"]["amounts"],
      quantities: {
        abroadGroups: 0,
        abroadPeople: 0,
        vehiclesPurchased: 0,
        vehiclesHeld: 1,
        receptionBatches: 0,
        receptionPeople: 0,
        foreignAffairsBatches: 0,
        foreignAffairsPeople: 0,
        overseasBatches: 0,
        overseasPeople: 0,
      },
    },
    otherMatters: {
      ...EMPTY_OTHER_MATTERS,
      agencyOperatingCost: r.fen(),
      agencyOperatingCostPrior: r.fen(),
      meetingCost: r.fen(),
      meetingCostPrior: r.fen(),
      trainingCost: r.fen(),
      trainingCostPrior: r.fen(),
      procurementTotal: 0,
      procurementGoods: 0,
      procurementWorks: 0,
      procurementServices: 0,
      procurementSme: 0,
      procurementSmallMicro: 0,
      vehiclesTotal: 1,
      otherVehiclePurpose: "机关正常运转",
      generalEquipmentOver500k: 0,
      specialEquipmentOver1m: 0,
    },
    vehicleCounts: Object.fromEntries(
      VEHICLE_CATEGORIES.map((c) => [c, c === "other" ? 1 : 0]),
    ) as ReportData["vehicleCounts"],
    projects,
    performance: { ...EMPTY_PERFORMANCE, departmentGrade: "良好" },
    glossary: [{ term: "基本支出", definition: "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。" }],
    explanations: {},
    toConfirm: [],
  };
}
