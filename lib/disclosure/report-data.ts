import type { OrgKind, ReportStatus, SubjectLevel, ThreePublicItem, UnitNature, VehicleCategory } from "../domain";
/**
 * ReportData: everything one report holds, as plain typed data (amounts in 分). The disclosure
 * builder, the 审核 rules and the entry pages' derived figures are pure functions of it; the data
 * layer (lib/reports/load-report-data.ts) loads it with one query per table.
 */

export const FUNCTION_MONEY_FIELDS = [
  "incomeGeneralBudget",
  "incomeGovFund",
  "incomeStateCapital",
  "incomeSuperiorSubsidy",
  "incomeBusiness",
  "incomeOperating",
  "incomeFromSubsidiary",
  "incomeOther",
  "basicGeneralBudget",
  "projectGeneralBudget",
  "basicGovFund",
  "projectGovFund",
  "basicStateCapital",
  "projectStateCapital",
  "basicOtherFunds",
  "projectOtherFunds",
  "remitToSuperior",
  "operatingExpense",
  "subsidyToSubsidiary",
  "carryStartGeneralBudget",
  "carryStartGovFund",
  "carryStartStateCapital",
  "carryStartOther",
  "carryEndGeneralBudget",
  "carryEndGovFund",
  "carryEndStateCapital",
  "carryEndOther",
  "initialBudgetGeneralBudget",
  "initialBudgetGovFund",
  "initialBudgetStateCapital",
  "priorYearTotal",
  "priorYearGeneralBudget",
  "priorYearGovFund",
  "priorYearStateCapital",
] as const;
export type FunctionMoneyField = (typeof FUNCTION_MONEY_FIELDS)[number];

export type FunctionLine = { subjectCode: string } & Record<FunctionMoneyField, number>;

export interface EconomicLine {
  subjectCode: string;
  amount: number;
  priorYearAmount: number;
}

export interface Subject {
  code: string;
  name: string;
  level: SubjectLevel;
  parentCode: string | null;
}

export interface ThreePublicAmount {
  initialBudget: number;
  actual: number;
  priorYear: number;
}

export interface ThreePublicQuantities {
  abroadGroups: number;
  abroadPeople: number;
  vehiclesPurchased: number;
  vehiclesHeld: number;
  receptionBatches: number;
  receptionPeople: number;
  foreignAffairsBatches: number;
  foreignAffairsPeople: number;
  overseasBatches: number;
  overseasPeople: number;
}

export interface OtherMatters {
  agencyOperatingCost: number;
  agencyOperatingCostPrior: number;
  meetingCost: number;
  meetingCostPrior: number;
  trainingCost: number;
  trainingCostPrior: number;
  procurementTotal: number;
  procurementGoods: number;
  procurementWorks: number;
  procurementServices: number;
  procurementSme: number;
  procurementSmallMicro: number;
  vehiclesTotal: number;
  otherVehiclePurpose: string;
  generalEquipmentOver500k: number;
  specialEquipmentOver1m: number;
}

export interface ProjectIndicator {
  level1: string;
  level2: string;
  level3: string;
  targetValue: string;
  actualValue: string;
  weightHundredths: number;
  scoreHundredths: number;
  deviationReason: string;
}

export interface Project {
  id: number;
  name: string;
  fundSource: string;
  initialBudget: number;
  budget: number;
  executed: number;
  scoreHundredths: number | null;
  declaredGrade: string;
  goal: string;
  effect: string;
  problems: string;
  nextSteps: string;
  indicators: ProjectIndicator[];
}

export interface ReportData {
  report: {
    id: number;
    year: number;
    revision: number;
    status: ReportStatus;
    version: number;
    templateId: string;
    departmentName: string;
    departmentShortName: string;
    noGovFundActivity: boolean;
    noStateCapitalActivity: boolean;
  };
  units: { name: string; nature: UnitNature; category: string }[];
  summary: {
    institutionFundUsed: number;
    surplusDistribution: number;
    priorYearGrandTotal: number;
    priorYearFiscalGrandTotal: number;
  };
  profile: {
    duties: string[];
    dutiesSupplement: string;
    organisations: { kind: OrgKind; name: string; category: string }[];
    staffing: { category: string; authorized: number; actualLabel: string; actual: number }[];
  };
  functionLines: FunctionLine[];
  economicLines: EconomicLine[];
  /** 功能分类 catalog entries for every code used, with their parents (类 and 款). */
  functionSubjects: Record<string, Subject>;
  /** The whole 经济分类 catalog of the year (table 06 prints every 款). */
  economicSubjects: Record<string, Subject>;
  threePublic: { amounts: Record<ThreePublicItem, ThreePublicAmount>; quantities: ThreePublicQuantities };
  otherMatters: OtherMatters;
  vehicleCounts: Record<VehicleCategory, number>;
  projects: Project[];
  performance: { workOverview: string; departmentGrade: string; departmentEvaluation: string };
  glossary: { term: string; definition: string }[];
  explanations: Record<string, string>;
}
