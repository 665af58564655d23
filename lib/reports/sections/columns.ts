/**
 * The entry sections' columns and fields with their headings in the 决算 forms: plain data, without zod,
 * so the pages' client code can show them without loading the schemas (which load on demand,
 * components/forms/lazy-resolver.ts).
 */
import type { FunctionMoneyField } from "../../disclosure/report-data";

/** The columns of the 功能分类 grid, in tabs, with the 决算 forms' headings. */
export const FUNCTION_COLUMN_GROUPS: {
  key: string;
  title: string;
  columns: { field: FunctionMoneyField; group: string; header: string }[];
}[] = [
  {
    key: "income",
    title: "本年收入",
    columns: [
      { field: "incomeGeneralBudget", group: "财政拨款收入", header: "一般公共预算" },
      { field: "incomeGovFund", group: "财政拨款收入", header: "政府性基金预算" },
      { field: "incomeStateCapital", group: "财政拨款收入", header: "国有资本经营预算" },
      { field: "incomeSuperiorSubsidy", group: "其他来源", header: "上级补助收入" },
      { field: "incomeBusiness", group: "其他来源", header: "事业收入" },
      { field: "incomeOperating", group: "其他来源", header: "经营收入" },
      { field: "incomeFromSubsidiary", group: "其他来源", header: "附属单位上缴收入" },
      { field: "incomeOther", group: "其他来源", header: "其他收入" },
    ],
  },
  {
    key: "expense",
    title: "本年支出",
    columns: [
      { field: "basicGeneralBudget", group: "一般公共预算财政拨款", header: "基本支出" },
      { field: "projectGeneralBudget", group: "一般公共预算财政拨款", header: "项目支出" },
      { field: "basicGovFund", group: "政府性基金预算财政拨款", header: "基本支出" },
      { field: "projectGovFund", group: "政府性基金预算财政拨款", header: "项目支出" },
      { field: "basicStateCapital", group: "国有资本经营预算财政拨款", header: "基本支出" },
      { field: "projectStateCapital", group: "国有资本经营预算财政拨款", header: "项目支出" },
      { field: "basicOtherFunds", group: "非财政拨款资金", header: "基本支出" },
      { field: "projectOtherFunds", group: "非财政拨款资金", header: "项目支出" },
      { field: "remitToSuperior", group: "其他支出", header: "上缴上级支出" },
      { field: "operatingExpense", group: "其他支出", header: "经营支出" },
      { field: "subsidyToSubsidiary", group: "其他支出", header: "对附属单位补助支出" },
    ],
  },
  {
    key: "carry",
    title: "结转和结余",
    columns: [
      { field: "carryStartGeneralBudget", group: "年初结转和结余", header: "一般公共预算" },
      { field: "carryStartGovFund", group: "年初结转和结余", header: "政府性基金" },
      { field: "carryStartStateCapital", group: "年初结转和结余", header: "国有资本经营" },
      { field: "carryStartOther", group: "年初结转和结余", header: "非财政拨款" },
      { field: "carryEndGeneralBudget", group: "年末结转和结余", header: "一般公共预算" },
      { field: "carryEndGovFund", group: "年末结转和结余", header: "政府性基金" },
      { field: "carryEndStateCapital", group: "年末结转和结余", header: "国有资本经营" },
      { field: "carryEndOther", group: "年末结转和结余", header: "非财政拨款" },
    ],
  },
  {
    key: "budget",
    title: "年初预算与上年决算",
    columns: [
      { field: "initialBudgetGeneralBudget", group: "年初预算数", header: "一般公共预算" },
      { field: "initialBudgetGovFund", group: "年初预算数", header: "政府性基金" },
      { field: "initialBudgetStateCapital", group: "年初预算数", header: "国有资本经营" },
      { field: "adjustedBudgetGeneralBudget", group: "全年预算数（选填）", header: "一般公共预算" },
      { field: "priorYearTotal", group: "上年决算数", header: "本年支出合计" },
      { field: "priorYearGeneralBudget", group: "上年决算数", header: "一般公共预算财政拨款支出" },
      { field: "priorYearGovFund", group: "上年决算数", header: "政府性基金预算财政拨款支出" },
      { field: "priorYearStateCapital", group: "上年决算数", header: "国有资本经营预算财政拨款支出" },
    ],
  },
];

export const QUANTITY_FIELDS = [
  ["abroadGroups", "因公出国（境）团组数（个）"],
  ["abroadPeople", "因公出国（境）人次（人）"],
  ["vehiclesPurchased", "公务用车购置数（辆）"],
  ["vehiclesHeld", "公务用车保有量（辆）"],
  ["receptionBatches", "国内公务接待批次（批）"],
  ["receptionPeople", "国内公务接待人次（人）"],
  ["foreignAffairsBatches", "其中：外事接待批次（批）"],
  ["foreignAffairsPeople", "其中：外事接待人次（人）"],
  ["overseasBatches", "其中：国（境）外公务接待批次（批）"],
  ["overseasPeople", "其中：国（境）外公务接待人次（人）"],
] as const;

export const OTHER_MONEY_FIELDS = [
  ["agencyOperatingCost", "机关运行经费"],
  ["agencyOperatingCostPrior", "机关运行经费（上年决算数）"],
  ["meetingCost", "会议费"],
  ["meetingCostPrior", "会议费（上年决算数）"],
  ["trainingCost", "培训费"],
  ["trainingCostPrior", "培训费（上年决算数）"],
  ["procurementTotal", "政府采购支出合计"],
  ["procurementGoods", "其中：政府采购货物支出"],
  ["procurementWorks", "其中：政府采购工程支出"],
  ["procurementServices", "其中：政府采购服务支出"],
  ["procurementSme", "授予中小企业合同金额"],
  ["procurementSmallMicro", "其中：授予小微企业合同金额"],
  ["procurementReservedSme", "面向中小企业预留政府采购项目预算金额"],
  ["procurementReservedSmallMicro", "其中：面向小微企业预留政府采购项目预算金额"],
  ["procurementSmeWonReserved", "面向中小企业预留的项目中，中小企业中标（成交）金额"],
  ["procurementSmallMicroWonReserved", "面向小微企业预留的项目中，小微企业中标（成交）金额"],
  ["procurementSmeWonOther", "其他政府采购项目中，中小企业中标（成交）金额"],
] as const;
