/**
 * The second demo department: 上海市示例局, a fictitious Shanghai municipal bureau with two units (本级,
 * a 行政单位, and 信息中心, a 公益二类事业单位), and its 2024 draft on the shanghai-2024 template. Its figures
 * are composed to exercise the 2024 layout — 项 lines in two 类 (201 and 208), carry-overs at the start
 * and the end of the year, 事业收入 and 其他收入 spent partly from non-appropriated funds, a 三公 budget
 * without spending (因公出国), projects in each grade (优, 良, 合格, 不合格), no 政府性基金 or 国有资本经营
 * — and every total adds up to the 分. The 2024 golden test (tests/golden/disclosure-2024-golden.test.ts)
 * asserts the document built from it, sentence shape by sentence shape.
 */
import {
  EMPTY_OTHER_MATTERS,
  EMPTY_PERFORMANCE,
  FUNCTION_MONEY_FIELDS,
  type FunctionLine,
  type Project,
} from "../../lib/disclosure/report-data";
import { SHANGHAI_2024 } from "../../lib/disclosure/templates/shanghai-2024";
import type { UnitNature } from "../../lib/domain";
import { wan } from "../../lib/money";
import type { ReportContent } from "./write-report-content";

export const shanghaiDemo = {
  department: { code: "310001", name: "上海市示例局", shortName: "示例局", region: "上海市" },
  units: [
    { name: "上海市示例局（本级）", nature: "administrative" as UnitNature, category: "" },
    { name: "上海市示例局信息中心", nature: "institution" as UnitNature, category: "公益二类" },
  ],
  users: [
    { username: "shclerk", displayName: "周填报", role: "clerk" as const },
    { username: "shsupervisor", displayName: "吴审核", role: "supervisor" as const },
  ],
  year: 2024,
  templateId: SHANGHAI_2024.id,
};

const line = (
  subjectCode: string,
  amounts: Partial<Record<(typeof FUNCTION_MONEY_FIELDS)[number], string>>,
): FunctionLine => {
  const l = { subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, 0])) } as FunctionLine;
  for (const [field, value] of Object.entries(amounts)) l[field as keyof typeof amounts] = wan(value);
  return l;
};

const indicator = (
  level1: string,
  level2: string,
  level3: string,
  targetValue: string,
  actualValue: string,
  weight: number,
  score: number,
  deviationReason = "",
) => ({
  level1,
  level2,
  level3,
  targetValue,
  actualValue,
  weightHundredths: weight * 100,
  scoreHundredths: Math.round(score * 100),
  deviationReason,
});

const project = (
  id: number,
  name: string,
  budget: string,
  executed: string,
  score: number,
  declaredGrade: string,
  texts: { effect: string; problems?: string; nextSteps?: string },
  indicators: Project["indicators"],
): Project => ({
  id,
  name,
  fundSource: "general_budget",
  initialBudget: wan(budget),
  budget: wan(budget),
  executed: wan(executed),
  scoreHundredths: score,
  declaredGrade,
  goal: `按期完成${name}，保障本局履职需要。`,
  effect: texts.effect,
  problems: texts.problems ?? "",
  nextSteps: texts.nextSteps ?? "",
  indicators,
});

/** The 2024 report's content. */
export function shanghaiDemoContent(): ReportContent {
  return {
    summary: {
      institutionFundUsed: 0,
      surplusDistribution: 0,
      // 上年收入支出总计 1,350.26 and 上年财政拨款收入支出总计 1,301.20 (from the 2023 disclosure).
      priorYearGrandTotal: wan("1350.26"),
      priorYearFiscalGrandTotal: wan("1301.20"),
    },
    profile: {
      duties: [
        "贯彻执行国家和本市有关示例工作的法律、法规、规章和方针政策，起草本市示例工作地方性法规、政府规章草案。",
        "拟订本市示例工作发展规划和年度计划，并组织实施。",
        "负责本市示例工作的监督管理和统计分析，发布相关信息。",
        "完成市委、市政府交办的其他任务。",
      ],
      dutiesSupplement: "",
      organisations: [
        { kind: "internal", name: "办公室", category: "" },
        { kind: "internal", name: "规划处", category: "" },
        { kind: "internal", name: "监督管理处", category: "" },
        { kind: "subordinate", name: "上海市示例局信息中心", category: "公益二类" },
      ],
      staffing: [
        { category: "行政编制", authorized: 42, actualLabel: "行政在职人员", actual: 40 },
        { category: "事业编制", authorized: 15, actualLabel: "事业在职人员", actual: 14 },
      ],
    },
    functionLines: [
      // 201 一般公共服务支出 / 20103 政府办公厅（室）及相关机构事务
      line("2010301", {
        incomeGeneralBudget: "820.45",
        basicGeneralBudget: "820.45",
        initialBudgetGeneralBudget: "800.00",
        priorYearTotal: "790.12",
        priorYearGeneralBudget: "790.12",
      }),
      // 项目: 年初结转 12.00 + 本年拨款 150.00 − 支出 156.30 = 年末结转 5.70
      line("2010302", {
        carryStartGeneralBudget: "12.00",
        incomeGeneralBudget: "150.00",
        projectGeneralBudget: "156.30",
        carryEndGeneralBudget: "5.70",
        initialBudgetGeneralBudget: "180.00",
        priorYearTotal: "170.00",
        priorYearGeneralBudget: "170.00",
      }),
      // 信息中心: 拨款 210.18; 事业收入 35.50 and 其他收入 4.20, of which 30.00 spent; 8.00 + 39.70 − 30.00 = 17.70 carried.
      line("2010350", {
        incomeGeneralBudget: "210.18",
        basicGeneralBudget: "210.18",
        incomeBusiness: "35.50",
        incomeOther: "4.20",
        basicOtherFunds: "30.00",
        carryStartOther: "8.00",
        carryEndOther: "17.70",
        initialBudgetGeneralBudget: "205.00",
        priorYearTotal: "226.66",
        priorYearGeneralBudget: "198.66",
      }),
      // 208 社会保障和就业支出 / 20805 行政事业单位养老支出
      line("2080505", {
        incomeGeneralBudget: "96.34",
        basicGeneralBudget: "96.34",
        initialBudgetGeneralBudget: "95.00",
        priorYearTotal: "92.10",
        priorYearGeneralBudget: "92.10",
      }),
      line("2080506", {
        incomeGeneralBudget: "48.17",
        basicGeneralBudget: "48.17",
        initialBudgetGeneralBudget: "47.50",
        priorYearTotal: "46.05",
        priorYearGeneralBudget: "46.05",
      }),
    ],
    // 一般公共预算财政拨款基本支出 1,175.14 = 人员经费 1,067.88 + 公用经费 107.26.
    economicLines: [
      ["30101", "312.40", "305.20"],
      ["30102", "298.76", "290.10"],
      ["30103", "45.20", "44.00"],
      ["30107", "120.33", "116.80"],
      ["30108", "96.34", "92.10"],
      ["30109", "48.17", "46.05"],
      ["30110", "52.18", "50.40"],
      ["30113", "75.60", "73.90"],
      ["30302", "18.90", "18.35"],
      ["30201", "25.30", "26.10"],
      ["30207", "6.84", "7.02"],
      ["30211", "9.12", "8.75"],
      ["30215", "3.20", "3.60"],
      ["30216", "4.50", "4.10"],
      ["30217", "1.05", "1.36"],
      ["30228", "14.60", "14.20"],
      ["30231", "5.12", "5.80"],
      ["30299", "30.00", "33.47"],
      ["31002", "7.53", "6.20"],
    ].map(([subjectCode, amount, prior]) => ({
      subjectCode: subjectCode!,
      amount: wan(amount!),
      priorYearAmount: wan(prior!),
    })),
    threePublic: {
      amounts: {
        // A budget without spending: 因公出国（境）费 5.00 planned, nothing spent.
        abroad: { initialBudget: wan("5.00"), actual: 0, priorYear: wan("3.20") },
        vehicle_purchase: { initialBudget: 0, actual: 0, priorYear: 0 },
        vehicle_operation: { initialBudget: wan("6.00"), actual: wan("5.12"), priorYear: wan("5.80") },
        reception: { initialBudget: wan("2.00"), actual: wan("1.05"), priorYear: wan("1.36") },
      },
      quantities: {
        abroadGroups: 0,
        abroadPeople: 0,
        vehiclesPurchased: 0,
        vehiclesHeld: 3,
        receptionBatches: 12,
        receptionPeople: 96,
        foreignAffairsBatches: 0,
        foreignAffairsPeople: 0,
        overseasBatches: 0,
        overseasPeople: 0,
      },
    },
    otherMatters: {
      ...EMPTY_OTHER_MATTERS,
      // 机关运行经费: the 公用经费 of the 行政 本级 only (信息中心 is a 事业单位).
      agencyOperatingCost: wan("88.40"),
      agencyOperatingCostPrior: wan("92.15"),
      meetingCost: wan("3.20"),
      meetingCostPrior: wan("3.60"),
      trainingCost: wan("4.50"),
      trainingCostPrior: wan("4.10"),
      procurementTotal: wan("120.00"),
      procurementGoods: wan("80.00"),
      procurementWorks: 0,
      procurementServices: wan("40.00"),
      procurementSme: wan("96.00"),
      procurementSmallMicro: wan("60.00"),
      procurementReservedSme: wan("100.00"),
      procurementReservedSmallMicro: wan("60.00"),
      procurementSmeWonReserved: wan("96.00"),
      procurementSmallMicroWonReserved: wan("60.00"),
      procurementSmeWonOther: 0,
      vehiclesTotal: 3,
      otherVehiclePurpose: "机关日常公务保障",
      equipmentOver1m: 1,
    },
    vehicleCounts: {
      ministerial: 0,
      principal_leader: 0,
      confidential: 0,
      emergency: 0,
      law_enforcement: 2,
      special_technical: 0,
      retired_cadre: 0,
      other: 1,
    },
    // One project in each grade of 优 / 良 / 合格 / 不合格; executed 58.90 + 36.00 + 22.40 + 39.00 = 156.30, all of 项目支出.
    projects: [
      project(
        1,
        "政务信息系统运维",
        "60.00",
        "58.90",
        9550,
        "优",
        { effect: "系统全年稳定运行，业务办理效率明显提升。" },
        [
          indicator("产出指标", "质量指标", "系统可用率", "≥99%", "99.8%", 50, 50),
          indicator("效益指标", "社会效益指标", "网上办理率", "≥90%", "93%", 30, 28),
          indicator("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "95%", 10, 8),
        ],
      ),
      project(
        2,
        "档案数字化",
        "40.00",
        "36.00",
        8600,
        "良",
        { effect: "完成历史档案数字化3.2万卷。", problems: "部分批次验收滞后。" },
        [
          indicator("产出指标", "数量指标", "数字化档案卷数", "≥3.5万卷", "3.2万卷", 50, 42, "部分档案需修复后扫描"),
          indicator("效益指标", "社会效益指标", "档案查询时间缩短", "明显缩短", "明显缩短", 30, 28),
        ],
      ),
      project(
        3,
        "业务培训",
        "30.00",
        "22.40",
        7200,
        "合格",
        {
          effect: "完成业务培训6期。",
          problems: "培训计划执行率偏低。",
          nextSteps: "下一步将合理安排培训计划，提高预算执行率。",
        },
        [
          indicator("产出指标", "数量指标", "培训期数", "≥8期", "6期", 50, 38, "两期培训因场地调整取消"),
          indicator("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "88%", 10, 8),
        ],
      ),
      project(
        4,
        "宣传资料印制",
        "50.00",
        "39.00",
        5500,
        "不合格",
        {
          effect: "印制宣传资料2万份。",
          problems: "绩效目标设定不够合理，资料发放覆盖面不足。",
          nextSteps: "下一步将科学设定绩效目标，加强过程管理。",
        },
        [
          indicator("产出指标", "数量指标", "印制数量", "≥4万份", "2万份", 50, 25, "改为电子版发布"),
          indicator("效益指标", "社会效益指标", "公众知晓率", "≥80%", "62%", 30, 20, "发放渠道有限"),
        ],
      ),
    ],
    performance: {
      ...EMPTY_PERFORMANCE,
      managementSystems:
        "本局制定了《上海市示例局预算绩效管理实施办法》《上海市示例局项目支出绩效自评工作规程》等预算绩效管理制度。",
      managementMechanism:
        "建立了“预算编制有目标、预算执行有监控、预算完成有评价、评价结果有反馈、反馈结果有应用”的全过程预算绩效管理工作机制。",
      targetProjects: 4,
      targetAmount: wan("180.00"),
      trackedProjects: 2,
      trackedAmount: wan("100.00"),
      problemsFound: 5,
      problemsFixed: 3,
      problemsFixing: 2,
    },
    glossary: SHANGHAI_2024.glossary.map((g) => ({ ...g })),
    explanations: {
      "total.yoy": "人员经费正常增长以及信息化运维项目支出增加",
      "fiscal.yoy": "人员经费正常增长以及信息化运维项目支出增加",
      "generalBudget.yoy": "人员经费正常增长以及信息化运维项目支出增加",
      "generalBudget.budget": "年中追加人员经费",
      "generalBudget.2010301.budget": "年中追加人员经费",
      "generalBudget.2010302.budget": "部分培训和宣传项目压缩执行",
      "generalBudget.2010350.budget": "信息中心人员增加",
      "generalBudget.2080505.budget": "缴费基数调整",
      "generalBudget.2080506.budget": "缴费基数调整",
      "generalBudget.2010301.purpose": "保障本局机关日常运转和履职支出",
      "generalBudget.2010302.purpose": "政务信息系统运维、档案数字化、业务培训和宣传资料印制等项目",
      "generalBudget.2010350.purpose": "保障信息中心日常运转",
      "generalBudget.2080505.purpose": "机关事业单位基本养老保险缴费",
      "generalBudget.2080506.purpose": "机关事业单位职业年金缴费",
      "threePublic.total.budget": "严格执行厉行节约规定，年度内未安排因公出国（境）",
      "threePublic.total.yoy": "未安排因公出国（境）团组，公务接待批次减少",
      "threePublic.abroad.yoy": "年度内未安排因公出国（境）团组",
      "threePublic.vehicle.yoy": "车辆维修费用减少",
      "threePublic.reception.yoy": "公务接待批次减少",
      "agencyOperatingCost.yoy": "严格控制一般性支出",
    },
  };
}
