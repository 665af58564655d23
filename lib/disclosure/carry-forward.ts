/**
 * Rollover: what a new year's report takes from the department's latest published report. Pure.
 *
 * - 上年决算数 by subject, 年初结转和结余 from the 年末 balances, the prior-year figures of 三公 and 其他事项 —
 *   only when the published report is of the year just before; codes go through the code mappings
 *   (lib/catalogs/changes.ts resolveCarry) and an amount whose code goes nowhere is listed, never
 *   dropped silently.
 * - The profile (职责, 机构, 编制和实有人数), the 三公 实物量 and the vehicles and equipment: carried as
 *   suggestions to confirm (待确认), whatever their year — see docs/decisions/016-rollover-and-to-confirm.md.
 * - 绩效 projects by name, with their goal, indicators, 分值 and 年度指标值; scores, 实际完成值, amounts and
 *   the year's texts cleared.
 * - The glossary as it was.
 */
import {
  CARRIED_GROUP_INFO,
  CARRIED_GROUPS,
  type CarriedGroup,
  type ThreePublicItem,
  type VehicleCategory,
} from "../domain";
import { THREE_PUBLIC_ITEMS } from "../domain";
import { resolveCarry, type CarryCatalogs } from "../catalogs/changes";
import { EXPENSE_FIELDS, keyFigures } from "./derive";
import {
  FUNCTION_MONEY_FIELDS,
  type EconomicLine,
  type FunctionLine,
  type Project,
  type ReportData,
  type ThreePublicQuantities,
} from "./report-data";

/** The vehicles and equipment of 国有资产占用情况 (the `assets` group). */
export interface CarriedAssets {
  vehicleCounts: Record<VehicleCategory, number>;
  vehiclesTotal: number;
  otherVehiclePurpose: string;
  generalEquipmentOver500k: number;
  specialEquipmentOver1m: number;
  equipmentOver1m: number;
}

export interface CarriedValues {
  profile: ReportData["profile"];
  quantities: ThreePublicQuantities;
  assets: CarriedAssets;
}

/** A carried project: what is kept of last year's (its id is the new report's business). */
export type CarriedProject = Omit<Project, "id">;

/** An amount of last year that could not be carried, and why. */
export interface NotCarried {
  kind: "function" | "economic";
  code: string;
  name: string;
  /** 上年支出合计 of the subject (for an economic line: its amount). */
  amount: number;
  /** 年末结转和结余 of the subject (功能分类 only). */
  carryEnd: number;
  reason: string;
  suggestion?: string;
}

/** What the rollover summary page tells the clerk. */
export interface RolloverSummary {
  fromYear: number;
  year: number;
  /** Whether the published report is of the year just before (else no 上年决算数 are carried). */
  consecutive: boolean;
  /** What was carried, one line each. */
  carried: string[];
  /** The groups carried as suggestions, to confirm. */
  toConfirm: { group: CarriedGroup; label: string; what: string }[];
  /** Amounts that could not be carried, by subject. */
  notCarried: NotCarried[];
  /** What is not carried at all, and why. */
  notes: string[];
}

export interface RolloverPlan {
  functionLines: FunctionLine[];
  economicLines: EconomicLine[];
  summary: { priorYearGrandTotal: number; priorYearFiscalGrandTotal: number };
  threePublicPrior: Record<ThreePublicItem, number>;
  otherPrior: { agencyOperatingCostPrior: number; meetingCostPrior: number; trainingCostPrior: number };
  /** The suggestions, written into the report and marked 待确认. */
  suggestions: CarriedValues;
  projects: CarriedProject[];
  glossary: ReportData["glossary"];
  report: RolloverSummary;
}

const zeroLine = (subjectCode: string): FunctionLine =>
  ({ subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, 0])) }) as FunctionLine;

/** Why a code could not be carried, with the suggestion if there is one. */
const why = (t: { reason: string; suggestion?: string }) => ({
  reason: t.reason,
  ...(t.suggestion ? { suggestion: t.suggestion } : {}),
});

/** The fields of a 功能分类 line that a rollover fills (上年决算数, 年初结转和结余); everything else is this year's. */
export const CARRIED_LINE_FIELDS = [
  "priorYearTotal",
  "priorYearGeneralBudget",
  "priorYearGovFund",
  "priorYearStateCapital",
  "carryStartGeneralBudget",
  "carryStartGovFund",
  "carryStartStateCapital",
  "carryStartOther",
] as const;

/** A line of last year as this year's carried line: 上年决算数 and 年初结转和结余, nothing else. */
function carriedLine(l: FunctionLine, code: string): FunctionLine {
  return {
    ...zeroLine(code),
    priorYearTotal: EXPENSE_FIELDS.reduce((s, f) => s + l[f], 0),
    priorYearGeneralBudget: l.basicGeneralBudget + l.projectGeneralBudget,
    priorYearGovFund: l.basicGovFund + l.projectGovFund,
    priorYearStateCapital: l.basicStateCapital + l.projectStateCapital,
    carryStartGeneralBudget: l.carryEndGeneralBudget,
    carryStartGovFund: l.carryEndGovFund,
    carryStartStateCapital: l.carryEndStateCapital,
    carryStartOther: l.carryEndOther,
  };
}

export function carriedValues(prior: ReportData): CarriedValues {
  const o = prior.otherMatters;
  return {
    profile: structuredClone(prior.profile),
    quantities: { ...prior.threePublic.quantities },
    assets: {
      vehicleCounts: { ...prior.vehicleCounts },
      vehiclesTotal: o.vehiclesTotal,
      otherVehiclePurpose: o.otherVehiclePurpose,
      generalEquipmentOver500k: o.generalEquipmentOver500k,
      specialEquipmentOver1m: o.specialEquipmentOver1m,
      equipmentOver1m: o.equipmentOver1m,
    },
  };
}

export function planRollover(
  prior: ReportData,
  year: number,
  catalogs: { function: CarryCatalogs; economic: CarryCatalogs },
): RolloverPlan {
  const fromYear = prior.report.year;
  const consecutive = fromYear === year - 1;
  const notCarried: NotCarried[] = [];
  const notes: string[] = [];
  const carried: string[] = [];

  // 功能分类: 上年决算数 and 年初结转和结余, through the code mappings; several old codes may merge into one.
  const lines = new Map<string, FunctionLine>();
  const economicLines = new Map<string, EconomicLine>();
  if (consecutive) {
    for (const l of prior.functionLines) {
      const target = resolveCarry(l.subjectCode, catalogs.function);
      if (!target.ok) {
        notCarried.push({
          kind: "function",
          code: l.subjectCode,
          name: prior.functionSubjects[l.subjectCode]?.name ?? "",
          amount: EXPENSE_FIELDS.reduce((s, f) => s + l[f], 0),
          carryEnd: l.carryEndGeneralBudget + l.carryEndGovFund + l.carryEndStateCapital + l.carryEndOther,
          ...why(target),
        });
        continue;
      }
      const next = carriedLine(l, target.code);
      const merged = lines.get(target.code);
      if (merged) for (const f of CARRIED_LINE_FIELDS) merged[f] += next[f];
      else lines.set(target.code, next);
    }
    for (const e of prior.economicLines.filter((x) => x.amount !== 0)) {
      const target = resolveCarry(e.subjectCode, catalogs.economic);
      if (!target.ok) {
        notCarried.push({
          kind: "economic",
          code: e.subjectCode,
          name: prior.economicSubjects[e.subjectCode]?.name ?? "",
          amount: e.amount,
          carryEnd: 0,
          ...why(target),
        });
        continue;
      }
      const merged = economicLines.get(target.code);
      if (merged) merged.priorYearAmount += e.amount;
      else economicLines.set(target.code, { subjectCode: target.code, amount: 0, priorYearAmount: e.amount });
    }
    carried.push(
      `功能分类：${lines.size}个科目的上年决算数和年初结转和结余`,
      `经济分类：${economicLines.size}个科目的上年决算数`,
      "“三公”经费、机关运行经费、会议费、培训费的上年决算数，上年收入支出总计",
    );
  } else {
    notes.push(
      `最近一次公开的是${fromYear}年度决算，不是${year - 1}年度的：上年决算数和年初结转和结余没有结转，请按${year - 1}年度决算填列。`,
    );
  }

  const k = keyFigures(prior);
  const projects: CarriedProject[] = prior.projects.map((p) => ({
    name: p.name,
    fundSource: p.fundSource,
    initialBudget: 0,
    budget: 0,
    executed: 0,
    scoreHundredths: null,
    declaredGrade: "",
    goal: p.goal,
    effect: "",
    problems: "",
    nextSteps: "",
    indicators: p.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      targetValue: i.targetValue,
      actualValue: "",
      weightHundredths: i.weightHundredths,
      scoreHundredths: 0,
      deviationReason: "",
    })),
  }));
  if (projects.length > 0) {
    carried.push(
      `绩效自评项目${projects.length}个（${projects.map((p) => p.name).join("、")}）：名称、年度目标、绩效指标、分值和年度指标值；预算数、执行数、得分、实际完成值和偏差原因已清空`,
    );
  }
  if (prior.glossary.length > 0) carried.push(`名词解释${prior.glossary.length}条`);
  notes.push("部门绩效评价、预算绩效管理情况和各项说明（主要原因）每年重新填写，没有结转。");

  return {
    functionLines: [...lines.values()].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    economicLines: [...economicLines.values()].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    summary: consecutive
      ? { priorYearGrandTotal: k.grandTotal, priorYearFiscalGrandTotal: k.fiscalGrandTotal }
      : { priorYearGrandTotal: 0, priorYearFiscalGrandTotal: 0 },
    threePublicPrior: Object.fromEntries(
      THREE_PUBLIC_ITEMS.map((i) => [i, consecutive ? prior.threePublic.amounts[i].actual : 0]),
    ) as Record<ThreePublicItem, number>,
    otherPrior: consecutive
      ? {
          agencyOperatingCostPrior: prior.otherMatters.agencyOperatingCost,
          meetingCostPrior: prior.otherMatters.meetingCost,
          trainingCostPrior: prior.otherMatters.trainingCost,
        }
      : { agencyOperatingCostPrior: 0, meetingCostPrior: 0, trainingCostPrior: 0 },
    suggestions: carriedValues(prior),
    projects,
    glossary: prior.glossary.map((g) => ({ ...g })),
    report: {
      fromYear,
      year,
      consecutive,
      carried,
      toConfirm: CARRIED_GROUPS.map((group) => ({
        group,
        label: CARRIED_GROUP_INFO[group].label,
        what: CARRIED_GROUP_INFO[group].what,
      })),
      notCarried,
      notes,
    },
  };
}
