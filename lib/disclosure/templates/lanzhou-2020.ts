/**
 * lanzhou-2020: the FY2020 layout as the 2020 disclosure of 兰州市委编办 shows it (the demo and the
 * golden test): five parts, twelve explanation sections, 五 explained by 类 against 年初预算 with the
 * change from last year, 绩效 as a part of its own, tables numbered 决算公开01表…09表 with 编制单位,
 * 行次 and 栏次, the national grade bands.
 */
import { NATIONAL_BANDS } from "../grades";
import type { DisclosureTemplate } from "../template";
import { each, h, lines, p, section, table } from "./builders";
import { GLOSSARY_2020 } from "./glossary-2020";

export const EXPENSE_CLASSES_2020: [string, string][] = [
  ["201", "一般公共服务支出"],
  ["202", "外交支出"],
  ["203", "国防支出"],
  ["204", "公共安全支出"],
  ["205", "教育支出"],
  ["206", "科学技术支出"],
  ["207", "文化旅游体育与传媒支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["211", "节能环保支出"],
  ["212", "城乡社区支出"],
  ["213", "农林水支出"],
  ["214", "交通运输支出"],
  ["215", "资源勘探工业信息等支出"],
  ["216", "商业服务业等支出"],
  ["217", "金融支出"],
  ["219", "援助其他地区支出"],
  ["220", "自然资源海洋气象等支出"],
  ["221", "住房保障支出"],
  ["222", "粮油物资储备支出"],
  ["223", "国有资本经营预算支出"],
  ["224", "灾害防治及应急管理支出"],
  ["229", "其他支出"],
  ["231", "债务还本支出"],
  ["232", "债务付息支出"],
  ["234", "抗疫特别国债安排的支出"],
];

const NO_DATA = "本部门无相关数据，故本表无数据。";
const layout = {
  number: "",
  organisation: true,
  rowNumbers: false,
  columnNumbers: true,
  totalPosition: "top" as const,
  zero: "blank" as const,
  emptyStatement: NO_DATA,
  subtotalLabel: "小计",
};

/** One “三公” item told as 2020 tells it: budget, 决算, change from last year, completion of the budget. */
const threePublicItem = (label: string, g: string) =>
  p(
    `${label}年初预算数为{${g}.budget}，支出决算为{${g}.actual}，{${g}.change:lastYear}[{${g}.reason}]。{${g}.completion:sentence}`,
  );

export const LANZHOU_2020: DisclosureTemplate = {
  id: "lanzhou-2020",
  version: 1,
  name: "2020年度部门决算公开（兰州）",
  region: "甘肃省兰州市",
  year: 2020,
  basedOn: null,
  unit: "万元",
  title: "{department}{year}年度部门决算公开",
  cover: ["{department}", "{year}年度部门决算公开"],
  numbering: { part: "第{cn}部分  {title}", section: "{cn}、{title}", subsection: "（{cn}）{title}" },
  parts: [
    {
      title: "部门概况",
      sections: [
        section("profile.duties", "部门职责", [lines("duties", "（{cn}）{text}"), p("[{supplement}]")]),
        section(
          "profile.organisations",
          "机构设置",
          [
            h("（一）机关内设机构"),
            p(
              "[{hasInternal}{short}内设职能科（室）{internalCount}个，即：{internalNames}。[另设{additionalNames}。]][{noInternal}{short}未设内设机构。]",
            ),
            h("（二）下属事业单位"),
            lines("subordinates", "{name}"),
            p("[{noSubordinates}本部门无下属事业单位。]"),
            h("[{hasStaffing}（三）核定编制情况]"),
            p(
              "[{hasStaffing}{staffingSubject}核定编制{authorized}名，其中：{staffing}。截至{year}年底{short}实有{staffingActual}。]",
            ),
          ],
          {
            lists: {
              staffing: { item: "{category}{authorized}名", separator: "，" },
              staffingActual: { item: "{actualLabel}{actual}人", separator: "，" },
            },
          },
        ),
      ],
    },
    {
      title: "{year}年度部门决算表",
      sections: [
        section("tables", "", [lines("tables", "{cn}、{title}（见{number}）[，{emptyStatement}]")], {
          numbered: false,
        }),
      ],
    },
    {
      title: "{year}年度部门决算情况说明",
      sections: [
        section("total", "收入支出决算总体情况说明", [
          p("{year}年度收、支总计{grandTotal}。收、支总计{change}[{reason}]。"),
        ]),
        section("income", "收入决算情况说明", [p("{year}年度收入合计{incomeTotal}[，其中：{items}]。")], {
          lists: { items: { item: "{label}{amount}[，占{share}]", separator: "；" } },
          options: {
            incomeSources: [
              { source: "generalBudget", label: "一般公共预算财政拨款收入" },
              { source: "govFund", label: "政府性基金预算财政拨款收入" },
              { source: "stateCapital", label: "国有资本经营预算财政拨款收入" },
              { source: "superiorSubsidy", label: "上级补助收入" },
              { source: "business", label: "事业收入" },
              { source: "operating", label: "经营收入" },
              { source: "fromSubsidiary", label: "附属单位上缴收入" },
              { source: "other", label: "其他收入" },
            ],
          },
        }),
        section("expense", "支出决算情况说明", [p("{year}年度支出合计{expenseTotal}[，其中：{items}]。")], {
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
            "{year}年度财政拨款收、支总计{fiscalGrandTotal}。与{priorYear}年相比，财政拨款收、支总计{change:each}。[{reason:standalone}]",
          ),
        ]),
        section(
          "generalBudget",
          "一般公共预算财政拨款支出决算情况说明",
          [
            p(
              "{year}年度一般公共预算财政拨款支出{amount}，{change}[{reason:sentence}]。[{hasDetails}主要用于以下几个方面：]",
            ),
            each("details", "{n}.{name}年初预算数为{budget}，支出决算为{actual}，{change:noRate}{completion}。"),
          ],
          { options: { level: "class", budgetBasis: "initial" } },
        ),
        section("basic", "一般公共预算财政拨款基本支出决算情况说明", [
          p(
            "{year}年度一般公共预算财政拨款基本支出{amount}。其中：人员经费{personnel}，{personnelChange}[{personnelReason}]。[人员经费用途主要包括{personnelItems}。]公用经费{publicUse}，{publicChange}[{publicReason}]。[公用经费用途主要包括{publicItems}。]",
          ),
        ]),
        section(
          "threePublic",
          "一般公共预算财政拨款“三公”经费支出决算情况说明",
          [
            h("（一）“三公”经费财政拨款支出总体情况说明"),
            threePublicItem("{year}年度“三公”经费支出", "total"),
            h("（二）“三公”经费财政拨款支出决算具体情况说明"),
            threePublicItem("1.因公出国（境）费", "abroad"),
            threePublicItem("2.公务用车购置及运行维护费", "vehicle"),
            threePublicItem("公务用车购置费", "vehiclePurchase"),
            threePublicItem("公务用车运行维护费", "vehicleOperation"),
            threePublicItem("3.公务接待费", "reception"),
            h("（三）“三公”经费财政拨款支出决算实物量情况"),
            p(
              "{year}年度本部门因公出国（境）共计{abroadGroups}个团组，{abroadPeople}人；公务用车购置{vehiclesPurchased}辆，公务用车保有量为{vehiclesHeld}辆；国内公务接待{receptionBatches}批次{receptionPeople}人，其中：外事接待{foreignAffairsBatches}批次，{foreignAffairsPeople}人；国（境）外公务接待{overseasBatches}批次，{overseasPeople}人。",
            ),
          ],
          { none: "本部门{year}年度无“三公”经费财政拨款支出。" },
        ),
        section(
          "agencyOperating",
          "机关运行经费支出情况说明",
          [
            p(
              "{year}年度本部门机关运行经费支出{amount}[，机关运行经费主要用于开支{uses}]。机关运行经费{change}[{reason}]。",
            ),
            p(
              "其中：本年度会议费支出{meeting}，{meetingChange}[{meetingReason}]。本年度培训费支出{training}，{trainingChange}[{trainingReason}]。",
            ),
          ],
          { none: "[{allInstitutions}本部门均为事业单位，]本部门{year}年度无机关运行经费支出。" },
        ),
        section(
          "procurement",
          "政府采购支出情况说明",
          [
            p(
              "{year}年度本部门政府采购支出合计{total}，其中：政府采购货物支出{goods}、政府采购工程支出{works}、政府采购服务支出{services}。授予中小企业合同金额{sme}，占政府采购支出总额的{smeShare}，其中：授予小微企业合同金额{smallMicro}，占政府采购支出总额的{smallMicroShare}。",
            ),
          ],
          { none: "本部门{year}年度无政府采购支出。" },
        ),
        section("assets", "国有资产占用情况说明", [
          p(
            "截至{year}年12月31日，本部门共有车辆{vehicles}辆，其中，副部（省）级及以上领导用车{ministerial}辆、主要领导干部用车{principalLeader}辆、机要通信用车{confidential}辆、应急保障用车{emergency}辆、执法执勤用车{lawEnforcement}辆，特种专业技术用车{specialTechnical}辆，离退休干部用车{retiredCadre}辆，其他用车{other}辆[，其他用车主要用于{otherPurpose}]。单价50万元（含）以上通用设备{generalEquipmentOver500k}台（套），单价100万元（含）以上专用设备{specialEquipmentOver1m}台（套）。",
          ),
        ]),
        section(
          "govFund",
          "政府性基金预算财政拨款收支决算情况说明",
          [
            p(
              "{year}年度政府性基金预算财政拨款年初结转和结余{carryStart}，本年收入{income}，本年支出{spent}，年末结转和结余{carryEnd}。[{hasDetails}其中：]",
            ),
            each("lines", "{n}.{code}{name}年初预算数为{budget}，支出决算为{spent}{completion}。"),
          ],
          { none: "本部门{year}年度无政府性基金收入，也没有使用政府性基金安排的支出。" },
        ),
        section(
          "stateCapital",
          "国有资本经营预算财政拨款支出情况说明",
          [
            p(
              "{year}年度国有资本经营预算财政拨款年初结转和结余{carryStart}，本年收入{income}，本年支出{spent}，年末结转和结余{carryEnd}。[{hasDetails}其中：]",
            ),
            each("lines", "{n}.{code}{name}年初预算数为{budget}，支出决算为{spent}{completion}。"),
          ],
          { none: "本部门{year}年度没有使用国有资本经营预算安排的支出。" },
        ),
      ],
    },
    {
      title: "预算绩效管理情况",
      sections: [
        section(
          "performance.work",
          "预算绩效管理工作开展情况",
          [
            p(
              "[{hasProjects}根据预算绩效管理要求，本部门对{projectCount}个项目开展了绩效自评，涉及资金{executed}。从评价情况来看，{grades}。][{noProjects}本部门{year}年度未开展项目绩效自评。][{workOverview}]",
            ),
          ],
          { lists: { grades: { item: "评价结果为{grade}的项目{count}个，涉及资金{amount}", separator: "；" } } },
        ),
        section(
          "performance.results",
          "绩效自评结果",
          [
            p(
              "{year}年本部门共对{projectCount}个一般公共预算项目开展了绩效自评，涉及资金{executed}[，占一般公共预算项目支出总额的{shareOfProject}]。",
            ),
            each(
              "projects",
              "{name}绩效目标自评综述：根据年初设定的绩效目标，项目自评得分{score}分。项目全年预算数为{budget}，执行数为{executed}[，完成预算的{rate}]。[{texts}]",
            ),
          ],
          { none: "无。" },
        ),
        section(
          "performance.department",
          "部门绩效评价结果",
          [
            p(
              "[{hasGrade}{year}年本部门开展了部门绩效自评，涉及预算支出{executed}，自评结果为“{departmentGrade}”。][{departmentEvaluation}]",
            ),
          ],
          { none: "本部门{year}年度未开展部门绩效自评。" },
        ),
      ],
    },
    {
      title: "名词解释",
      sections: [section("glossary", "", [lines("glossary", "{cn}、{term}：{definition}")], { numbered: false })],
    },
  ],
  tables: [
    table(
      "incomeExpenseSummary",
      "收入支出决算总表",
      { ...layout, number: "决算公开01表", rowNumbers: true },
      "注：本表反映部门本年度的总收支和年末结转结余情况。",
      {
        balancingLabel: "用事业基金弥补收支差额",
        amountLabel: "金额",
      },
    ),
    table("income", "收入决算表", { ...layout, number: "决算公开02表" }, "注：本表反映部门本年度取得的各项收入情况。"),
    table("expense", "支出决算表", { ...layout, number: "决算公开03表" }, "注：本表反映部门本年度各项支出情况。"),
    table(
      "fiscalSummary",
      "财政拨款收入支出决算总表",
      { ...layout, number: "决算公开04表", rowNumbers: true },
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
      { amountLabel: "金额" },
    ),
    table(
      "generalBudgetExpense",
      "一般公共预算财政拨款支出决算表",
      { ...layout, number: "决算公开05表" },
      "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
      { band: "本年支出" },
    ),
    table(
      "generalBudgetBasic",
      "一般公共预算财政拨款基本支出决算表",
      { ...layout, number: "决算公开06表", columnNumbers: false },
      "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
      {
        economicGroups: [["301", "303"], ["302"], ["307", "309", "310", "311", "312", "313", "399"]],
        economicBands: [
          { label: "人员经费", groups: 1 },
          { label: "公用经费", groups: 2 },
        ],
      },
    ),
    table(
      "threePublic",
      "一般公共预算财政拨款“三公”经费支出决算表",
      {
        ...layout,
        number: "决算公开07表",
        emptyStatement: "本部门{year}年度没有财政拨款“三公”经费支出，故本表无数据。",
      },
      "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
      { arrangement: "byMeasure", vehicleLabel: "公务用车购置及运行费", vehicleOperationLabel: "公务用车运行费" },
    ),
    table(
      "govFund",
      "政府性基金预算财政拨款收入支出决算表",
      { ...layout, number: "决算公开08表" },
      "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
    ),
    table(
      "stateCapital",
      "国有资本经营预算财政拨款支出决算表",
      { ...layout, number: "决算公开09表", subtotalLabel: "合计" },
      "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
      { shape: "expense" },
    ),
  ],
  phrases: {
    change: {
      default: {
        up: "较上年决算数增加{amount}[，增长{rate}]",
        down: "较上年决算数减少{amount}[，下降{rate}]",
        flat: "与上年持平",
      },
      noRate: { up: "较上年决算数增加{amount}", down: "较上年决算数减少{amount}", flat: "与上年持平" },
      lastYear: { up: "较上年增加{amount}", down: "较上年减少{amount}", flat: "与上年持平" },
      each: { up: "各增加{amount}[，增长{rate}]", down: "各减少{amount}[，下降{rate}]", flat: "持平" },
    },
    completion: {
      default: { withBudget: "，完成年初预算的{rate}{difference}", noBudget: "，年初未安排预算", none: "" },
      sentence: { withBudget: "完成年初预算的{rate}{difference}。", noBudget: "年初未安排预算。", none: "" },
    },
    difference: {
      default: { over: "，决算数大于预算数[{reason:budget}]", under: "，决算数小于预算数[{reason:budget}]", equal: "" },
    },
    reason: {
      default: { plain: "，主要原因是{text}", enumerated: "，主要原因：{text}" },
      sentence: { plain: "。主要原因是{text}", enumerated: "。主要原因：{text}" },
      standalone: { plain: "主要原因是{text}。", enumerated: "主要原因：{text}。" },
      budget: { plain: "的主要原因是{text}", enumerated: "的主要原因：{text}" },
    },
  },
  expenseClasses: EXPENSE_CLASSES_2020.map(([code, name]) => ({ code, name })),
  gradeBands: NATIONAL_BANDS.map((b) => ({ ...b })),
  vehicleLabels: {
    ministerial: "副部（省）级及以上领导用车",
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
  charts: true,
  glossary: GLOSSARY_2020.map((g) => ({ ...g })),
};
