import type {
  CarriedGroup,
  OrgKind,
  ReportStatus,
  SubjectLevel,
  ThreePublicItem,
  UnitNature,
  VehicleCategory,
} from "../domain";
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
  "adjustedBudgetGeneralBudget",
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
  /** Added to the year's catalog by a clerk while entering, not yet confirmed by an admin. */
  addedLocally?: boolean;
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
  procurementReservedSme: number;
  procurementReservedSmallMicro: number;
  procurementSmeWonReserved: number;
  procurementSmallMicroWonReserved: number;
  procurementSmeWonOther: number;
  vehiclesTotal: number;
  otherVehiclePurpose: string;
  generalEquipmentOver500k: number;
  specialEquipmentOver1m: number;
  equipmentOver1m: number;
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

/** The department-level texts of 绩效 and the facts of 预算绩效管理 (the 2024 layouts). */
export interface PerformanceSummary {
  workOverview: string;
  departmentGrade: string;
  departmentEvaluation: string;
  managementSystems: string;
  managementMechanism: string;
  targetProjects: number;
  targetAmount: number;
  trackedProjects: number;
  trackedAmount: number;
  /** Entered when the projects are not itemized; otherwise computed from the projects. */
  selfEvaluatedProjects: number;
  selfEvaluatedAmount: number;
  averageScoreHundredths: number | null;
  gradeCounts: Record<string, number>;
  problemsFound: number;
  problemsFixed: number;
  problemsFixing: number;
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
  performance: PerformanceSummary;
  glossary: { term: string; definition: string }[];
  explanations: Record<string, string>;
  /**
   * Groups of facts carried from last year's published report that the clerk has not yet confirmed
   * (待确认): the disclosure does not print them as this year's facts, and 审核 asks for them.
   */
  toConfirm: { group: CarriedGroup; fromYear: number }[];
}

/** 其他事项 of a report that has entered none. */
export const EMPTY_OTHER_MATTERS: OtherMatters = {
  agencyOperatingCost: 0,
  agencyOperatingCostPrior: 0,
  meetingCost: 0,
  meetingCostPrior: 0,
  trainingCost: 0,
  trainingCostPrior: 0,
  procurementTotal: 0,
  procurementGoods: 0,
  procurementWorks: 0,
  procurementServices: 0,
  procurementSme: 0,
  procurementSmallMicro: 0,
  procurementReservedSme: 0,
  procurementReservedSmallMicro: 0,
  procurementSmeWonReserved: 0,
  procurementSmallMicroWonReserved: 0,
  procurementSmeWonOther: 0,
  vehiclesTotal: 0,
  otherVehiclePurpose: "",
  generalEquipmentOver500k: 0,
  specialEquipmentOver1m: 0,
  equipmentOver1m: 0,
};

/** 绩效 texts and facts of a report that has entered none. */
export const EMPTY_PERFORMANCE: PerformanceSummary = {
  workOverview: "",
  departmentGrade: "",
  departmentEvaluation: "",
  managementSystems: "",
  managementMechanism: "",
  targetProjects: 0,
  targetAmount: 0,
  trackedProjects: 0,
  trackedAmount: 0,
  selfEvaluatedProjects: 0,
  selfEvaluatedAmount: 0,
  averageScoreHundredths: null,
  gradeCounts: {},
  problemsFound: 0,
  problemsFixed: 0,
  problemsFixing: 0,
};
