/**
 * Figures derived from line items — the sums every table, sentence and rule starts from. Pure; all
 * amounts in 分.
 */
import type { FunctionLine, FunctionMoneyField, ReportData } from "./report-data";

export function sumField(lines: readonly FunctionLine[], field: FunctionMoneyField): number {
  let total = 0;
  for (const line of lines) total += line[field];
  return total;
}

export function sumFields(lines: readonly FunctionLine[], fields: readonly FunctionMoneyField[]): number {
  let total = 0;
  for (const line of lines) for (const f of fields) total += line[f];
  return total;
}

export const INCOME_FIELDS = [
  "incomeGeneralBudget",
  "incomeGovFund",
  "incomeStateCapital",
  "incomeSuperiorSubsidy",
  "incomeBusiness",
  "incomeOperating",
  "incomeFromSubsidiary",
  "incomeOther",
] as const satisfies readonly FunctionMoneyField[];
export const BASIC_FIELDS = [
  "basicGeneralBudget",
  "basicGovFund",
  "basicStateCapital",
  "basicOtherFunds",
] as const satisfies readonly FunctionMoneyField[];
export const PROJECT_FIELDS = [
  "projectGeneralBudget",
  "projectGovFund",
  "projectStateCapital",
  "projectOtherFunds",
] as const satisfies readonly FunctionMoneyField[];
export const OTHER_EXPENSE_FIELDS = [
  "remitToSuperior",
  "operatingExpense",
  "subsidyToSubsidiary",
] as const satisfies readonly FunctionMoneyField[];
export const EXPENSE_FIELDS = [...BASIC_FIELDS, ...PROJECT_FIELDS, ...OTHER_EXPENSE_FIELDS] as const;

/** 经济分类 类 whose 款 are 人员经费 (the rest of 基本支出 is 公用经费). */
export const PERSONNEL_CLASSES = ["301", "303"] as const;
export const isPersonnelCode = (code: string) => (PERSONNEL_CLASSES as readonly string[]).includes(code.slice(0, 3));

/** The 类 (3 digits) of a 项 code. */
export const classOf = (code: string) => code.slice(0, 3);

export interface KeyFigures {
  incomeTotal: number; // 本年收入合计
  expenseTotal: number; // 本年支出合计
  basicTotal: number; // 基本支出
  projectTotal: number; // 项目支出
  carryStartTotal: number; // 年初结转和结余
  carryEndTotal: number; // 年末结转和结余
  grandTotal: number; // 收入总计 (= 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余)
  fiscalIncomeTotal: number; // 财政拨款收入
  fiscalCarryStart: number; // 年初财政拨款结转和结余
  fiscalGrandTotal: number; // 财政拨款收入支出总计
  generalBudgetExpense: number; // 一般公共预算财政拨款支出
  generalBudgetBasic: number;
  generalBudgetProject: number;
  generalBudgetPrior: number; // 上年一般公共预算财政拨款支出
  personnel: number; // 人员经费
  publicUse: number; // 公用经费
  personnelPrior: number;
  publicUsePrior: number;
}

/** One pass over the lines with plain property reads: this runs for every sentence and table. */
export function keyFigures(data: ReportData): KeyFigures {
  let incomeTotal = 0;
  let fiscalIncomeTotal = 0;
  let basicTotal = 0;
  let projectTotal = 0;
  let otherExpense = 0;
  let carryStartTotal = 0;
  let fiscalCarryStart = 0;
  let carryEndTotal = 0;
  let generalBudgetBasic = 0;
  let generalBudgetProject = 0;
  let generalBudgetPrior = 0;
  for (const l of data.functionLines) {
    const fiscal = l.incomeGeneralBudget + l.incomeGovFund + l.incomeStateCapital;
    fiscalIncomeTotal += fiscal;
    incomeTotal +=
      fiscal + l.incomeSuperiorSubsidy + l.incomeBusiness + l.incomeOperating + l.incomeFromSubsidiary + l.incomeOther;
    basicTotal += l.basicGeneralBudget + l.basicGovFund + l.basicStateCapital + l.basicOtherFunds;
    projectTotal += l.projectGeneralBudget + l.projectGovFund + l.projectStateCapital + l.projectOtherFunds;
    otherExpense += l.remitToSuperior + l.operatingExpense + l.subsidyToSubsidiary;
    const fiscalStart = l.carryStartGeneralBudget + l.carryStartGovFund + l.carryStartStateCapital;
    fiscalCarryStart += fiscalStart;
    carryStartTotal += fiscalStart + l.carryStartOther;
    carryEndTotal += l.carryEndGeneralBudget + l.carryEndGovFund + l.carryEndStateCapital + l.carryEndOther;
    generalBudgetBasic += l.basicGeneralBudget;
    generalBudgetProject += l.projectGeneralBudget;
    generalBudgetPrior += l.priorYearGeneralBudget;
  }
  let personnel = 0;
  let publicUse = 0;
  let personnelPrior = 0;
  let publicUsePrior = 0;
  for (const e of data.economicLines) {
    if (isPersonnelCode(e.subjectCode)) {
      personnel += e.amount;
      personnelPrior += e.priorYearAmount;
    } else {
      publicUse += e.amount;
      publicUsePrior += e.priorYearAmount;
    }
  }
  return {
    incomeTotal,
    expenseTotal: basicTotal + projectTotal + otherExpense,
    basicTotal,
    projectTotal,
    carryStartTotal,
    carryEndTotal,
    grandTotal: incomeTotal + data.summary.institutionFundUsed + carryStartTotal,
    fiscalIncomeTotal,
    fiscalCarryStart,
    fiscalGrandTotal: fiscalIncomeTotal + fiscalCarryStart,
    generalBudgetExpense: generalBudgetBasic + generalBudgetProject,
    generalBudgetBasic,
    generalBudgetProject,
    generalBudgetPrior,
    personnel,
    publicUse,
    personnelPrior,
    publicUsePrior,
  };
}

/** 一般公共预算财政拨款 figures per 功能分类 类 (the level section 五 of the 2020 template explains). */
export function generalBudgetByClass(data: ReportData) {
  const map = new Map<
    string,
    { code: string; actual: number; basic: number; project: number; budget: number; prior: number }
  >();
  for (const l of data.functionLines) {
    const code = classOf(l.subjectCode);
    const row = map.get(code) ?? { code, actual: 0, basic: 0, project: 0, budget: 0, prior: 0 };
    row.basic += l.basicGeneralBudget;
    row.project += l.projectGeneralBudget;
    row.actual += l.basicGeneralBudget + l.projectGeneralBudget;
    row.budget += l.initialBudgetGeneralBudget;
    row.prior += l.priorYearGeneralBudget;
    map.set(code, row);
  }
  return [...map.values()]
    .filter((r) => r.actual !== 0 || r.budget !== 0 || r.prior !== 0)
    .sort((a, b) => a.code.localeCompare(b.code));
}
