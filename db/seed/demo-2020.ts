/**
 * The demo data: the 2020 部门决算 of 中共兰州市委机构编制委员会办公室, entered at line-item level so
 * that every figure of its published disclosure (tests/fixtures/2020-lanzhou-bianban-juesuan.txt)
 * can be derived from it.
 *
 * All amounts are written in 万元 as they appear in the disclosure and converted exactly to 分 by
 * `wan()`. Where the disclosure gives only a total, the breakdown below is ours — plausible and
 * adding up to the 分 — and is marked “(chosen)”:
 *
 * - 功能分类 项 lines: the disclosure gives 类 totals only (763.19 / 0.80 / 44.95 / 37.21 / 32.21,
 *   基本 832.75, 项目 45.61). The 项 split (chosen) follows the 经济分类 split below, so that e.g.
 *   2210201 住房公积金 = 30113 住房公积金 and 2050803 培训支出 = 30216 培训费.
 * - 年初预算数 per 项 (chosen) add up to the 类 budgets the text gives (396.91 / 2.40 / 41.32 /
 *   34.30 / 32.71).
 * - 上年决算数 per 项 (chosen) give the 类 changes the text prints (−9.26 / +0.36 / −1.06 / +3.04 /
 *   +0.68). Those printed changes add up to −6.24 while the text's total change is −6.25: the
 *   2019 figures were not whole hundreds of 元. Two lines therefore carry 元-level precision
 *   (2013101: 692.1651, 2080505: 43.7149) so that every 类 change rounds as printed and the total
 *   change is −6.2498 → 6.25 (0.71%).
 * - 经济分类 款 lines (chosen): the text lists which 款 were used; amounts add up to 人员经费 773.56
 *   and 公用经费 59.19 (上年: 768.30 and 63.67, from the printed +5.26 / +0.68% and −4.48 / −7.04%).
 * - 培训费 上年 is 1.15: the disclosure prints “减少0.35万元，下降79.55%”, which cannot both be
 *   true; 0.80 + 0.35 = 1.15 and 0.35 / 1.15 = 30.43%. 教育支出 上年 0.44 is the 类 figure (+0.36).
 * - Indicator rows of the projects (chosen): the disclosure gives only each project's total score;
 *   the rows below (执行率 10 分 + 产出 50 + 效益 30 + 满意度 10) add up to it.
 */
import {
  EMPTY_OTHER_MATTERS,
  EMPTY_PERFORMANCE,
  FUNCTION_MONEY_FIELDS,
  type FunctionLine,
} from "../../lib/disclosure/report-data";
import { wan } from "../../lib/money";
import type { ReportContent } from "./write-report-content";
import { GLOSSARY_2020 } from "../../lib/disclosure/templates/glossary-2020";
import type { ThreePublicItem, UnitNature, VehicleCategory } from "../../lib/domain";

export interface DemoFunctionLine {
  code: string;
  basic: number; // 一般公共预算财政拨款 基本支出
  project: number; // 一般公共预算财政拨款 项目支出
  initialBudget: number; // 年初预算数 (一般公共预算)
  priorYear: number; // 上年决算数 (一般公共预算财政拨款支出 = 本年支出合计 for this department)
}

const line = (code: string, basic: string, project: string, initialBudget: string, priorYear: string) => ({
  code,
  basic: wan(basic),
  project: wan(project),
  initialBudget: wan(initialBudget),
  priorYear: wan(priorYear),
});

const econ = (code: string, amount: string, priorYear: string) => ({
  code,
  amount: wan(amount),
  priorYear: wan(priorYear),
});

export const DEMO_PASSWORD = "Juesuan@2020";

export const demo = {
  department: {
    code: "101001",
    name: "中共兰州市委机构编制委员会办公室",
    shortName: "市委编办",
  },
  units: [
    { name: "中共兰州市委机构编制委员会办公室机关", nature: "administrative" as UnitNature, category: "" },
    { name: "中共兰州市委机构编制委员会办公室电子政务中心", nature: "institution" as UnitNature, category: "公益一类" },
  ],
  users: [
    { username: "clerk", displayName: "张会计", role: "clerk" as const },
    { username: "supervisor", displayName: "李科长", role: "supervisor" as const },
    { username: "admin", displayName: "系统管理员", role: "admin" as const },
  ],
  year: 2020,
  templateId: "lanzhou-2020",

  profile: {
    duties: [
      "贯彻落实机构编制工作政策法规和制度。",
      "在市委编委领导下，负责全市各级党政机关，人大政协，监委、各民主党派机关、群团组织机关的机构编制管理工作。",
      "根据中央、中央编委、中央编办和省委、省委编委、省委编办以及市委、市委编委的统一安排部署，研究起草市级机构改革方案，指导协调县区机构改革及机构编制管理工作。",
      "研究提出全市各类处级机构设置和调整的意见，按照程序报请市委编委、市委研究同意后，报省委编委审批。",
      "审核全市各类处级机构的职能配置、内设机构和人员编制规定。",
      "协调市委和市级国家机关各部门的职能配置及调整，统筹各部门之间、各部门与县区之间的职责分工，组织实施职能转变的相关工作。",
      "审核市级党政机关及垂直管理机构、统一管理机构、双重领导以市直部门领导为主的机构、派驻机构的机构设置、人员编制和领导职数，管理县区人员编制总额，审核市区（县）科级行政机构设置，实施党政机构限额管理。",
      "审核市人大、市政协、市监委和市一级民主党派机关、群团组织机关的机构设置、人员编制和领导职数。",
      "研究起草事业单位管理体制和机构改革方案，审核市委、市政府直属事业单位的机构编制方案，审批部门所属事业单位的机构编制（在决定前报市委组织部主要领导审批），审核县区科级事业单位的设置，负责事业单位登记管理工作，指导协调县区事业单位机构编制管理工作。",
      "对各县区各部门执行机构编制政策法规情况进行监督检查。",
      "完成市委和市委编委交办的其他任务。",
    ],
    dutiesSupplement:
      "中共兰州市委机构编制委员会办公室电子政务中心为市委编办下属公益一类事业单位。中共兰州市委机构编制委员会办公室电子政务中心主要职责有:研究拟订全市机构编制部门电子政务发展规划并组织实施;负责市委编办机关电子政务和信息化建设日常工作;负责市委编办办公自动化和网站建设;负责机构编制管理方面网上相关信息的分析工作;负责全市机构编制实名制管理信息化工作;负责机关事业单位网上域名的注册管理工作，协调全市机构编制部门电子政务和信息化建设工作；承办全市机构编制统计的数据汇总、统计分析及培训等工作。",
    internalOrgs: [
      "综合科",
      "市直党政群机关机构编制科",
      "市直事业机构编制科",
      "区县机构编制科",
      "机构编制督查科",
      "事业单位改革科",
      "事业单位登记管理科（兰州市事业单位登记管理局）",
      "党政群机关社会信用代码管理科",
    ],
    additionalOrgs: ["机关党支部"],
    subordinateUnits: [{ name: "中共兰州市委机构编制委员会办公室电子政务中心", category: "公益一类" }],
    staffing: [
      { category: "行政编制", authorized: 33, actualLabel: "行政在职人员", actual: 30 },
      { category: "工勤编制", authorized: 4, actualLabel: "工勤人员", actual: 4 },
      { category: "事业编制", authorized: 8, actualLabel: "下属事业单位在职人员", actual: 8 },
    ],
  },

  /** 用事业基金弥补收支差额, 结余分配, and the prior year's grand totals (text 一 and 四). */
  summary: {
    institutionFundUsed: wan("0"),
    surplusDistribution: wan("0"),
    priorYearGrandTotal: wan("884.6098"),
    priorYearFiscalGrandTotal: wan("884.6098"),
  },

  /**
   * All income and expenditure is 一般公共预算财政拨款; income per line equals its expenditure and
   * there is no carry-over, so 收、支总计 = 878.36.
   */
  functionLines: [
    // 201 一般公共服务支出: 763.19 (基本 717.58 + 项目 45.61); 年初预算 396.91; 上年 772.4549
    line("2013101", "689.52", "0", "340.00", "692.1651"), // 行政运行 (机关)
    line("2013150", "28.06", "0", "20.11", "27.65"), // 事业运行 (电子政务中心)
    line("2013102", "0", "45.61", "36.80", "52.6398"), // 一般行政管理事务 (the seven projects)
    // 205 教育支出: 0.80; 年初预算 2.40; 上年 0.44
    line("2050803", "0.80", "0", "2.40", "0.44"), // 培训支出
    // 208 社会保障和就业支出: 44.95; 年初预算 41.32; 上年 46.0149
    line("2080501", "2.26", "0", "2.00", "2.30"), // 行政单位离退休
    line("2080505", "42.69", "0", "39.32", "43.7149"), // 机关事业单位基本养老保险缴费支出
    // 210 卫生健康支出: 37.21; 年初预算 34.30; 上年 34.17
    line("2101101", "28.12", "0", "26.00", "25.80"), // 行政单位医疗
    line("2101102", "2.05", "0", "1.90", "1.92"), // 事业单位医疗
    line("2101103", "7.04", "0", "6.40", "6.45"), // 公务员医疗补助
    // 221 住房保障支出: 32.21; 年初预算 32.71; 上年 31.53
    line("2210201", "32.21", "0", "32.71", "31.53"), // 住房公积金
  ] satisfies DemoFunctionLine[],

  /** 一般公共预算财政拨款基本支出 by 经济分类 款 (table 06). */
  economicLines: [
    // 人员经费 773.56 (上年 768.30)
    econ("30101", "186.40", "184.20"), // 基本工资
    econ("30102", "248.65", "245.10"), // 津贴补贴
    econ("30103", "121.30", "119.80"), // 奖金
    econ("30106", "8.64", "8.40"), // 伙食补助费
    econ("30108", "42.69", "43.71"), // 机关事业单位基本养老保险缴费
    econ("30110", "30.17", "29.72"), // 职工基本医疗保险缴费
    econ("30111", "7.04", "6.45"), // 公务员医疗补助缴费
    econ("30112", "1.30", "1.28"), // 其他社会保障缴费
    econ("30113", "32.21", "31.53"), // 住房公积金
    econ("30199", "92.78", "95.71"), // 其他工资福利支出
    econ("30302", "2.26", "2.30"), // 退休费
    econ("30309", "0.12", "0.10"), // 奖励金
    // 公用经费 59.19 (上年 63.67)
    econ("30201", "12.36", "13.10"), // 办公费
    econ("30207", "3.85", "4.02"), // 邮电费
    econ("30211", "4.62", "6.85"), // 差旅费
    econ("30216", "0.80", "1.15"), // 培训费
    econ("30228", "8.93", "8.60"), // 工会经费
    econ("30229", "4.47", "4.30"), // 福利费
    econ("30231", "1.03", "2.87"), // 公务用车运行维护费
    econ("30239", "18.72", "18.20"), // 其他交通费用
    econ("30299", "4.41", "4.58"), // 其他商品和服务支出
  ],

  threePublic: {
    amounts: [
      { item: "abroad", initialBudget: wan("0"), actual: wan("0"), priorYear: wan("0") },
      { item: "vehicle_purchase", initialBudget: wan("0"), actual: wan("0"), priorYear: wan("0") },
      { item: "vehicle_operation", initialBudget: wan("1.70"), actual: wan("1.03"), priorYear: wan("2.87") },
      { item: "reception", initialBudget: wan("0"), actual: wan("0"), priorYear: wan("0") },
    ] satisfies { item: ThreePublicItem; initialBudget: number; actual: number; priorYear: number }[],
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
    agencyOperatingCost: wan("56.79"),
    agencyOperatingCostPrior: wan("60.80"),
    meetingCost: wan("0"),
    meetingCostPrior: wan("0"),
    trainingCost: wan("0.80"),
    trainingCostPrior: wan("1.15"),
    procurementTotal: wan("13.20"),
    procurementGoods: wan("13.20"),
    procurementWorks: wan("0"),
    procurementServices: wan("0"),
    procurementSme: wan("0"),
    procurementSmallMicro: wan("0"),
    vehiclesTotal: 1,
    otherVehiclePurpose: "机关正常运转",
    generalEquipmentOver500k: 0,
    specialEquipmentOver1m: 0,
  },
  vehicleCounts: [
    { category: "ministerial", count: 0 },
    { category: "principal_leader", count: 0 },
    { category: "confidential", count: 0 },
    { category: "emergency", count: 0 },
    { category: "law_enforcement", count: 0 },
    { category: "special_technical", count: 0 },
    { category: "retired_cadre", count: 0 },
    { category: "other", count: 1 },
  ] satisfies { category: VehicleCategory; count: number }[],

  /** 政府性基金 and 国有资本经营: the department has none, and says so. */
  noGovFundActivity: true,
  noStateCapitalActivity: true,

  projects: [
    {
      name: "办公设备购置",
      budget: wan("14.15"),
      executed: wan("13.49"),
      score: 9800,
      declaredGrade: "优",
      effect: "项目在保证单位正常运转，改善工作条件，提高工作效率等方面效果较好，满意度较高。",
      problems: "预算执行进度有待加强。",
      nextSteps: "下一步将加强预算执行督促力度，通过精准复核、定期检查等措施，提高预算执行率，切实防止资金沉淀。",
      // 执行率 95.34% → 9.53 of 10; indicators 88.47
      indicators: [
        ["产出指标", "数量指标", "购置办公设备数量", "≥30台（套）", "30台（套）", 5000, 5000, ""],
        [
          "效益指标",
          "社会效益指标",
          "办公条件改善",
          "明显改善",
          "较好改善",
          3000,
          2847,
          "部分设备到货较晚，已督促供应商按期交付",
        ],
        ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%", "95%", 1000, 1000, ""],
      ],
    },
    {
      name: "人才工作经费",
      budget: wan("3.60"),
      executed: wan("3.60"),
      score: 10000,
      declaredGrade: "优",
      effect: "项目在解决年轻干部住房、改善生活环境等方面效果较好，满意度较高。",
      problems: "",
      nextSteps: "",
      indicators: [
        ["产出指标", "数量指标", "保障人才住房人数", "≥3人", "3人", 5000, 5000, ""],
        ["效益指标", "社会效益指标", "年轻干部生活环境改善", "改善", "改善", 3000, 3000, ""],
        ["满意度指标", "服务对象满意度指标", "受益干部满意度", "≥90%", "98%", 1000, 1000, ""],
      ],
    },
    {
      name: "业务经费",
      budget: wan("8.10"),
      executed: wan("8.10"),
      score: 10000,
      declaredGrade: "优",
      effect: "项目在保证单位正常运转，改善工作条件，提高工作效率等方面效果较好，满意度较高。",
      problems: "",
      nextSteps: "",
      indicators: [
        ["产出指标", "质量指标", "机构编制业务按时办结率", "100%", "100%", 5000, 5000, ""],
        ["效益指标", "社会效益指标", "保障机构编制工作正常运转", "有效保障", "有效保障", 3000, 3000, ""],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "96%", 1000, 1000, ""],
      ],
    },
    {
      name: "档案整理",
      budget: wan("2"),
      executed: wan("2"),
      score: 10000,
      declaredGrade: "优",
      effect: "项目在方便历史档案的收集整理、登记及查询等方面效果较好，方便干部职工工作满意度较高。",
      problems: "",
      nextSteps: "",
      indicators: [
        ["产出指标", "数量指标", "整理档案卷数", "≥2000卷", "2100卷", 5000, 5000, ""],
        ["效益指标", "社会效益指标", "档案查询便利程度", "提高", "提高", 3000, 3000, ""],
        ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%", "97%", 1000, 1000, ""],
      ],
    },
    {
      name: "网络运行维护",
      budget: wan("4"),
      executed: wan("4"),
      score: 10000,
      declaredGrade: "优",
      effect:
        "项目在保证单位门户网站正常运转，保证系统和网络安全等方面的效果较显著，方便社会各界更好的了解机构编制事项。",
      problems: "",
      nextSteps: "",
      indicators: [
        ["产出指标", "时效指标", "门户网站及系统全年正常运行", "≥99%", "99.5%", 5000, 5000, ""],
        ["效益指标", "社会效益指标", "网络安全事件", "0起", "0起", 3000, 3000, ""],
        ["满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "95%", 1000, 1000, ""],
      ],
    },
    {
      name: "中文域名注册管理费",
      budget: wan("8"),
      executed: wan("8"),
      score: 10000,
      declaredGrade: "优",
      effect: "项目在保障全市实名制库正常运行，机构编制数据的准确性、真实性方面发挥了重要作用。",
      problems: "",
      nextSteps: "",
      indicators: [
        ["产出指标", "数量指标", "注册管理党政机关中文域名", "≥800个", "826个", 5000, 5000, ""],
        ["效益指标", "社会效益指标", "实名制库数据准确率", "≥98%", "99%", 3000, 3000, ""],
        ["满意度指标", "服务对象满意度指标", "用户单位满意度", "≥90%", "95%", 1000, 1000, ""],
      ],
    },
    {
      name: "印刷费",
      budget: wan("16.84"),
      executed: wan("6.42"),
      score: 7100,
      declaredGrade: "良",
      effect: "项目在保证单位正常运转，提高工作效率等方面效果较好，满意度较高",
      problems: "预算执行进度有待加强。",
      nextSteps: "下一步将加强预算执行督促力度，提高预算执行率，切实防止资金沉淀。",
      // 执行率 38.12% → 3.81 of 10; indicators 67.19
      indicators: [
        [
          "产出指标",
          "数量指标",
          "印制机构编制资料",
          "≥5000册",
          "2000册",
          5000,
          3519,
          "部分资料改为电子版印发，印制数量减少",
        ],
        [
          "效益指标",
          "社会效益指标",
          "保障机构编制工作开展",
          "有效保障",
          "基本保障",
          3000,
          2200,
          "印制计划调整，下一步按实际需要编制预算",
        ],
        ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "92%", 1000, 1000, ""],
      ],
    },
  ].map((p) => ({
    ...p,
    initialBudget: p.budget,
    goal: `按期完成${p.name}项目，保障机构编制工作正常开展。`,
    indicators: p.indicators.map(
      ([level1, level2, level3, targetValue, actualValue, weightHundredths, scoreHundredths, deviationReason]) => ({
        level1: level1 as string,
        level2: level2 as string,
        level3: level3 as string,
        targetValue: targetValue as string,
        actualValue: actualValue as string,
        weightHundredths: weightHundredths as number,
        scoreHundredths: scoreHundredths as number,
        deviationReason: deviationReason as string,
      }),
    ),
  })),

  performance: {
    workOverview:
      "全年一级项目和二级项目绩效目标总体基本完成。2020年本部门项目立项程序规范，项目内容与本单位职能定位相符；绩效目标设定合理，绩效指标较为细化；财政资金足额、及时到位；项目业务管理制度较健全，制度执行较有效，支撑条件具备。项目财务管理制度较健全，资金使用较合规，资金拨付有较完整的审批程序和手续；项目工作完成较及时，项目质量达标情况较好，项目成本控制情况较好，切实保障了机构编制工作的稳定运转，基本达到了预定的目标。",
    departmentGrade: "良好",
    departmentEvaluation:
      "从评价情况来看，一是财政资金使用严格按照已有财务管理制度执行，财务管理制度健全，资金运行规范，资金使用手续完整、符合国家财经法规和财务管理制度、不存在截留、挤占、挪用、虚列支出等情况。二是政府采购严格按照《中华人民共和国政府采购法》执行，严格执行采购程序，依法进行备案和审批，采购手续完备。三是完成部门履职预期目标及各项指标。四是着力加强预算编制管理，进一步提高预算编制的科学性、合理性、严谨性和可控性；要着力加强绩效评价运用，进一步细化部门个性化指标，更全面系统地运用绩效评价指标，注重履职所产生的社会影响，进一步提高履职能力；要着力对项目支出进行优化整合，加快资金执行进度，充分开展项目绩效评价，对资金使用率不高的项目经费进行优化整合。2021年本部门将继续加快项目的实施进度，严格按照合同要求执行，督促项目主管科室抓好项目的实施。",
  },

  /**
   * 主要原因 texts, keyed by narrative slot (see lib/disclosure/slots.ts once the engine exists):
   * `<subject>.yoy` explains a change from 上年决算数, `<subject>.budget` a 决算 ≠ 年初预算.
   */
  explanations: {
    "total.yoy": "2020年较2019年减少信息化项目费用",
    "fiscal.yoy": "2020年较2019年减少信息化项目费用",
    "generalBudget.yoy": "2020年较2019年减少信息化项目费用",
    "generalBudget.201.budget":
      "一是人员增加、工资的正常晋级晋档以及社保等各种保险基数调整等；二是2020年各类奖金未纳入年初预算",
    "generalBudget.205.budget": "该笔资金主要用于支付继续教育学习费用",
    "generalBudget.208.budget": "2020年社保缴费基数调整",
    "generalBudget.210.budget": "医疗保险基数调整",
    "generalBudget.221.budget": "有人员调出我单位",
    "basic.personnel.yoy": "工资的正常晋级晋档以及社保等各种保险基数调整等",
    "basic.public.yoy": "差旅费及“三公”经费减少",
    "threePublic.total.yoy":
      "市委编办下属事业单位及原兰州市事业单位登记管理局公务车辆已上交市机关事务管理局，因此2020年未下达公务用车经费",
    "threePublic.total.budget": "根据过“紧日子”的要求，市委编办减少车辆的出车频次，节约成本，降低费用",
    "threePublic.vehicle.yoy":
      "市委编办下属事业单位及原兰州市事业单位登记管理局公务车辆已上交市机关事务管理局，因此2020年未下达公务用车经费",
    "threePublic.vehicle.budget": "根据过“紧日子”的要求，市委编办减少车辆的出车频次，节约成本，降低费用",
    "threePublic.vehicle_operation.yoy":
      "市委编办下属事业单位及原兰州市事业单位登记管理局公务车辆已上交市机关事务管理局，因此2020年未下达公务用车经费",
    "threePublic.vehicle_operation.budget": "根据过“紧日子”的要求，市委编办减少车辆的出车频次，节约成本，降低费用",
    "agencyOperatingCost.yoy": "根据过“紧日子”的要求，市委编办减少经费开支，节约成本，降低费用",
    "trainingCost.yoy": "该笔资金主要用于支付继续教育学习费用",
  } as Record<string, string>,

  glossary: GLOSSARY_2020,
};

export type DemoData = typeof demo;

const zeroLine = (subjectCode: string): FunctionLine =>
  ({ subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, 0])) }) as FunctionLine;

/** The demo report's content in the shape the engine reads (and the seed writes). */
export function demoContent(): ReportContent {
  const orgs = [
    ...demo.profile.internalOrgs.map((name) => ({ kind: "internal" as const, name, category: "" })),
    ...demo.profile.additionalOrgs.map((name) => ({ kind: "additional" as const, name, category: "" })),
    ...demo.profile.subordinateUnits.map((u) => ({ kind: "subordinate" as const, ...u })),
  ];
  return {
    summary: { ...demo.summary },
    profile: {
      duties: [...demo.profile.duties],
      dutiesSupplement: demo.profile.dutiesSupplement,
      organisations: orgs,
      staffing: demo.profile.staffing.map((s) => ({ ...s })),
    },
    functionLines: demo.functionLines.map((l) => ({
      ...zeroLine(l.code),
      incomeGeneralBudget: l.basic + l.project,
      basicGeneralBudget: l.basic,
      projectGeneralBudget: l.project,
      initialBudgetGeneralBudget: l.initialBudget,
      priorYearTotal: l.priorYear,
      priorYearGeneralBudget: l.priorYear,
    })),
    economicLines: demo.economicLines.map((e) => ({
      subjectCode: e.code,
      amount: e.amount,
      priorYearAmount: e.priorYear,
    })),
    threePublic: {
      amounts: Object.fromEntries(
        demo.threePublic.amounts.map(({ item, ...a }) => [item, a]),
      ) as ReportContent["threePublic"]["amounts"],
      quantities: { ...demo.threePublic.quantities },
    },
    otherMatters: { ...EMPTY_OTHER_MATTERS, ...demo.otherMatters },
    vehicleCounts: Object.fromEntries(
      demo.vehicleCounts.map((v) => [v.category, v.count]),
    ) as ReportContent["vehicleCounts"],
    projects: demo.projects.map(({ score, ...p }, i) => ({
      id: i + 1,
      fundSource: "general_budget",
      ...p,
      scoreHundredths: score,
    })),
    performance: { ...EMPTY_PERFORMANCE, ...demo.performance },
    glossary: demo.glossary.map((g) => ({ ...g })),
    explanations: { ...demo.explanations },
  };
}
