/**
 * shanghai-2024: the official Shanghai template of the FY2024 部门决算 (附件2：部门决算模板) — four
 * parts; eleven explanation sections, 绩效 told as section 十 and 机关运行经费 / 政府采购 / 国有资产 grouped
 * under 十一; 五 explained by 项 with 主要用于; tables by title only (no 表号, 编制单位, 行次, 栏次), table 05's
 * 合计 at the bottom, table 06 in two column groups with zeros printed, table 09 a 收入支出 table; the
 * grades 优/良/合格/不合格; the reserved-for-SME procurement figures; the 2024 vehicle categories and one
 * 100-万元 equipment figure; the department's units listed in a table.
 */
import type { DisclosureTemplate } from "../template";
import { each, h, lines, p, section, table } from "./builders";
import { EXPENSE_CLASSES_2020 } from "./lanzhou-2020";

/** The 24 expenditure 类 of the 2024 table 01 (the 2020 list without 债务还本支出 and 债务付息支出). */
const EXPENSE_CLASSES_2024 = EXPENSE_CLASSES_2020.filter(([code]) => code !== "231" && code !== "232");

const layout = {
  number: "",
  organisation: false,
  rowNumbers: false,
  columnNumbers: false,
  totalPosition: "top" as const,
  zero: "blank" as const,
  emptyStatement: "{department}本年度没有相关收入和支出，故本表无数据。",
  subtotalLabel: "合计",
};

/** A 项 told as 五（三）, 八 and 九 tell it: its 类, 款 and 项, its budget, its 决算, the reason of a difference. */
const itemLine = (amount: string, purpose: boolean) =>
  `{n}、{className}（类）{sectionName}（款）{itemName}（项）。${purpose ? "[主要用于：{purpose}。]" : ""}年初预算为{budget}，支出决算为${amount}。{completion}`;

export const SHANGHAI_2024: DisclosureTemplate = {
  id: "shanghai-2024",
  version: 1,
  name: "2024年度部门决算公开（上海）",
  region: "上海市",
  year: 2024,
  basedOn: null,
  unit: "万元",
  title: "{department}{year}年度部门决算",
  cover: ["{department}", "{year}年度部门决算"],
  numbering: { part: "第{cn}部分 {title}", section: "{cn}、{title}", subsection: "（{cn}）{title}" },
  parts: [
    {
      title: "{department}概况",
      sections: [
        section("profile.duties", "主要职能", [lines("duties", "（{cn}）{text}"), p("[{supplement}]")]),
        section(
          "profile.units",
          "部门决算单位构成",
          [
            p(
              "从预算单位构成看，{department}部门决算包括：{department}本级决算[{hasSubordinateUnits}、下属行政事业单位决算]。",
            ),
            p("纳入{department}{year}年度部门决算编制范围的单位包括："),
            { type: "unitsTable" },
          ],
          { options: { singleUnitTitle: "机构设置" } },
        ),
      ],
    },
    {
      title: "{department}{year}年度部门决算表",
      sections: [section("tables", "", [lines("tables", "{cn}、{title}[，{emptyStatement}]")], { numbered: false })],
    },
    {
      title: "{department}{year}年度部门决算情况说明",
      sections: [
        section("total", "收入支出决算总体情况说明", [
          p("{department}{year}年度收入支出总计{grandTotal}。与{priorYear}年度相比，收入支出总计{change}[{reason}]。"),
        ]),
        section("income", "收入决算情况说明", [p("本年收入合计{incomeTotal}[，其中：{items}]。")], {
          lists: { items: { item: "{label}{amount}[，占{share}]", separator: "；" } },
          options: {
            incomeSources: [
              { source: "fiscal", label: "财政拨款收入" },
              { source: "superiorSubsidy", label: "上级补助收入" },
              { source: "business", label: "事业收入" },
              { source: "operating", label: "经营收入" },
              { source: "fromSubsidiary", label: "附属单位上缴收入" },
              { source: "other", label: "其他收入" },
            ],
          },
        }),
        section("expense", "支出决算情况说明", [p("本年支出合计{expenseTotal}[，其中：{items}]。")], {
          lists: { items: { item: "{label}{amount}[，占{share}]", separator: "；" } },
          options: {
            expenseKinds: [
              { kind: "basic", label: "基本支出" },
              { kind: "project", label: "项目支出" },
              { kind: "remitToSuperior", label: "上缴上级支出" },
              { kind: "operating", label: "经营支出" },
              { kind: "subsidyToSubsidiary", label: "对附属单位补助支出" },
            ],
          },
        }),
        section("fiscal", "财政拨款收入支出决算总体情况说明", [
          p(
            "{department}{year}年度财政拨款收入支出总计{fiscalGrandTotal}。与{priorYear}年度相比，财政拨款收入支出总计{change}[{reason}]。",
          ),
        ]),
        section(
          "generalBudget",
          "一般公共预算财政拨款支出决算情况说明",
          [
            h("（一）一般公共预算财政拨款支出决算总体情况"),
            p(
              "一般公共预算财政拨款支出{amount}[，占本年支出合计的{shareOfExpense}]。与{priorYear}年度相比，一般公共预算财政拨款支出{change}[{reason}]。",
            ),
            h("（二）一般公共预算财政拨款支出决算结构情况"),
            p("一般公共预算财政拨款支出{amount}[，主要用于以下方面：{classes}]。"),
            h("（三）一般公共预算财政拨款支出决算具体情况"),
            p(
              "一般公共预算财政拨款支出年初预算为{budget}，支出决算为{amount}[，完成年初预算的{rate}]。{completion}[{hasDetails}其中：]",
            ),
            each("details", itemLine("{actual}", true)),
          ],
          {
            lists: { classes: { item: "{name}（类）{amount}[，占{share}]", separator: "；" } },
            options: { level: "item", budgetBasis: "initial" },
          },
        ),
        section("basic", "一般公共预算财政拨款基本支出决算情况说明", [
          p(
            "一般公共预算财政拨款基本支出{amount}。其中：人员经费{personnel}[，主要包括：{personnelItems}]；公用经费{publicUse}[，主要包括：{publicItems}]。",
          ),
        ]),
        section(
          "threePublic",
          "财政拨款“三公”经费支出决算情况说明",
          [
            h("（一）“三公”经费财政拨款支出决算总体情况说明"),
            p(
              "{department}{year}年度“三公”经费财政拨款预算为{total.budget}，支出决算为{total.actual}[，完成预算的{total.rate}]。{total.completion}其中：因公出国（境）费预算为{abroad.budget}，支出决算为{abroad.actual}[，完成预算的{abroad.rate}]；公务用车购置及运行维护费预算为{vehicle.budget}，支出决算为{vehicle.actual}[，完成预算的{vehicle.rate}]；公务接待费预算为{reception.budget}，支出决算为{reception.actual}[，完成预算的{reception.rate}]。",
            ),
            p(
              "与{priorYear}年度相比，“三公”经费财政拨款支出决算{total.change}[{total.reason}]。其中：因公出国（境）费{abroad.change}[{abroad.reason}]；公务用车购置及运行维护费{vehicle.change}[{vehicle.reason}]；公务接待费{reception.change}[{reception.reason}]。",
            ),
            h("（二）“三公”经费财政拨款支出决算具体情况说明"),
            p("[{year}年度“三公”经费财政拨款支出决算中，{items}。]具体情况如下："),
            p(
              "1、因公出国（境）费支出{abroad.actual}。全年因公出国（境）团组{abroadGroups}个，累计{abroadPeople}人次。",
            ),
            p(
              "2、公务用车购置及运行维护费支出{vehicle.actual}。其中：公务用车购置费{vehiclePurchase.actual}，购置车辆{vehiclesPurchased}辆；公务用车运行维护费{vehicleOperation.actual}。截至{year}年12月31日，所属各预算单位开支财政拨款的公务用车保有量为{vehiclesHeld}辆。",
            ),
            p(
              "3、公务接待费支出{reception.actual}。其中：国内公务接待支出{reception.actual}（含外宾接待支出），国内公务接待{receptionBatches}批次，{receptionPeople}人次。",
            ),
          ],
          {
            none: "{department}{year}年度无“三公”经费财政拨款支出。",
            lists: { items: { item: "{label}支出决算{actual}[，占{share}]", separator: "；" } },
          },
        ),
        section(
          "govFund",
          "政府性基金预算财政拨款收入支出决算情况说明",
          [
            p(
              "{department}{year}年度政府性基金预算财政拨款年初结转和结余{carryStart}，本年收入{income}，本年支出{spent}，年末结转和结余{carryEnd}。[{hasDetails}其中：]",
            ),
            each("lines", itemLine("{spent}", false)),
          ],
          { none: "{department}{year}年度无政府性基金预算财政拨款收入和支出。" },
        ),
        section(
          "stateCapital",
          "国有资本经营预算财政拨款收入支出决算情况说明",
          [
            p(
              "{department}{year}年度国有资本经营预算财政拨款年初结转和结余{carryStart}，本年收入{income}，本年支出{spent}，年末结转和结余{carryEnd}。[{hasDetails}其中：]",
            ),
            each("lines", itemLine("{spent}", false)),
          ],
          { none: "{department}{year}年度无国有资本经营预算财政拨款收入和支出。" },
        ),
        section(
          "performance.management",
          "预算绩效管理情况",
          [
            p(
              "[{systems}][{mechanism}]{year}年度，{department}编报绩效目标的项目{targetProjects}个，涉及预算金额{targetAmount}；开展绩效跟踪评价的项目{trackedProjects}个，涉及预算金额{trackedAmount}；开展绩效自评的项目{selfProjects}个，涉及预算金额{selfAmount}[，平均得分{averageScore}分]（其中{grades}。绩效自评中共发现问题{problemsFound}个，已经完成整改的{problemsFixed}个，正在整改的{problemsFixing}个）。",
            ),
          ],
          { lists: { grades: { item: "绩效评级为“{grade}”的项目{count}个", separator: "；" } } },
        ),
        section("group", "其他重要事项的情况说明", [], {
          children: [
            section(
              "agencyOperating",
              "机关运行经费支出情况",
              [p("{department}{year}年度机关运行经费支出{amount}。与{priorYear}年度相比，{change}[{reason}]。")],
              { none: "{department}{year}年度无机关运行经费支出。" },
            ),
            section(
              "procurement",
              "政府采购支出情况",
              [
                p(
                  "{year}年度，{department}政府采购金额（以合同签订为准）为{total}，其中：货物采购金额{goods}、工程采购金额{works}、服务采购金额{services}。面向中小企业预留政府采购项目预算金额{reservedSme}，其中，面向小微企业预留政府采购项目预算金额{reservedSmallMicro}；在面向中小企业预留的政府采购项目中，中小企业中标（成交）金额{smeWonReserved}；在面向小微企业预留的政府采购项目中，小微企业中标（成交）金额{smallMicroWonReserved}；在其他政府采购项目中，中小企业中标（成交）金额{smeWonOther}。",
                ),
              ],
              { none: "{department}{year}年度无政府采购支出。" },
            ),
            section("assets", "国有资产占有使用情况说明", [
              p(
                "截至{year}年12月31日，{department}共有车辆{vehicles}辆，其中：部级领导干部用车{ministerial}辆、主要领导干部用车{principalLeader}辆、机要通信用车{confidential}辆、应急保障用车{emergency}辆、执法执勤用车{lawEnforcement}辆、特种专业技术用车{specialTechnical}辆、离退休干部用车{retiredCadre}辆、其他用车{other}辆[，其他用车主要用于{otherPurpose}]。单价100万元（含）以上设备（不含车辆）{equipmentOver1m}台（套）。",
              ),
            ]),
          ],
        }),
      ],
    },
    {
      title: "名词解释",
      sections: [section("glossary", "", [lines("glossary", "{cn}、{term}：{definition}")], { numbered: false })],
    },
  ],
  tables: [
    table("incomeExpenseSummary", "收入支出决算总表", layout, "注：本表反映部门本年度的总收支和年末结转结余情况。", {
      balancingLabel: "使用非财政拨款结余",
      amountLabel: "决算数",
    }),
    table("income", "收入决算表", layout, "注：本表反映部门本年度取得的各项收入情况。"),
    table("expense", "支出决算表", layout, "注：本表反映部门本年度各项支出情况。"),
    table("fiscalSummary", "财政拨款收入支出决算总表", layout, "注：本表反映部门本年度财政拨款总收支和结转结余情况。", {
      amountLabel: "决算数",
    }),
    table(
      "generalBudgetExpense",
      "一般公共预算财政拨款支出决算表",
      { ...layout, totalPosition: "bottom" },
      "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
    ),
    table(
      "generalBudgetBasic",
      "一般公共预算财政拨款基本支出决算表",
      { ...layout, zero: "zero" },
      "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
      {
        economicGroups: [
          ["301", "303"],
          ["302", "310"],
        ],
        economicBands: [],
      },
    ),
    table(
      "threePublic",
      "财政拨款“三公”经费支出决算表",
      { ...layout, emptyStatement: "{department}本年度没有财政拨款“三公”经费支出，故本表无数据。" },
      "注：本表反映部门本年度“三公”经费支出预决算情况。",
      {
        arrangement: "byItem",
        band: "财政拨款“三公”经费",
        vehicleLabel: "公务用车购置及运行维护费",
        vehicleOperationLabel: "公务用车运行维护费",
      },
    ),
    table(
      "govFund",
      "政府性基金预算财政拨款收入支出决算表",
      { ...layout, emptyStatement: "{department}本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。" },
      "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
    ),
    table(
      "stateCapital",
      "国有资本经营预算财政拨款收入支出决算表",
      { ...layout, emptyStatement: "{department}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。" },
      "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。",
      { shape: "incomeExpense" },
    ),
  ],
  phrases: {
    change: {
      default: { up: "增加{amount}[，增长{rate}]", down: "减少{amount}[，下降{rate}]", flat: "持平" },
    },
    completion: {
      default: { withBudget: "{difference}", noBudget: "", none: "" },
    },
    difference: {
      default: {
        over: "[决算数大于预算数的主要原因：{reason:text}。]",
        under: "[决算数小于预算数的主要原因：{reason:text}。]",
        equal: "",
      },
    },
    reason: {
      default: { plain: "。主要原因：{text}", enumerated: "。主要原因：{text}" },
      text: { plain: "{text}", enumerated: "{text}" },
    },
  },
  expenseClasses: EXPENSE_CLASSES_2024.map(([code, name]) => ({ code, name })),
  gradeBands: [
    { grade: "优", min: 9000 },
    { grade: "良", min: 8000 },
    { grade: "合格", min: 6000 },
    { grade: "不合格", min: 0 },
  ],
  vehicleLabels: {
    ministerial: "部级领导干部用车",
    principal_leader: "主要领导干部用车",
    confidential: "机要通信用车",
    emergency: "应急保障用车",
    law_enforcement: "执法执勤用车",
    special_technical: "特种专业技术用车",
    retired_cadre: "离退休干部用车",
    other: "其他用车",
  },
  roundingNotes: {
    table: "注：本表金额单位为万元，按四舍五入保留两位小数，合计数与分项之和的尾差系四舍五入所致。",
    text: "注：本部分金额单位为万元，按四舍五入保留两位小数，分项之和与合计的尾差系四舍五入所致。",
  },
  charts: false,
  glossary: [
    {
      term: "财政拨款收入",
      definition:
        "指单位从同级财政部门取得的财政预算资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
    },
    { term: "事业收入", definition: "指事业单位开展专业业务活动及其辅助活动取得的收入。" },
    { term: "经营收入", definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。" },
    { term: "其他收入", definition: "指单位取得的除上述收入以外的各项收入。" },
    { term: "年初结转和结余", definition: "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。" },
    {
      term: "年末结转和结余",
      definition:
        "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金。",
    },
    { term: "基本支出", definition: "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。" },
    { term: "项目支出", definition: "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。" },
    { term: "经营支出", definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。" },
    {
      term: "“三公”经费",
      definition:
        "指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税、牌照费）及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）费用。",
    },
    {
      term: "机关运行经费",
      definition: "指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
    },
  ],
};
