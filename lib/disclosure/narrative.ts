/**
 * The sentences of 第一部分, 第三部分, 第四部分 and 名词解释, each computed from the data: amounts
 * exact in 分 and printed in 万元 with two decimals, percentages from exact values, direction words
 * from the sign, the clerk's reason appended where one was given, and a statement instead of a
 * sentence where a figure is absent. Pure.
 */
import { formatWan, percent } from "../money";
import { generalBudgetByClass, isPersonnelCode, keyFigures, sumField, type KeyFigures } from "./derive";
import { formatPoints, gradeFor } from "./grades";
import type { Block, Section } from "./model";
import { budgetComparison, changePhrase } from "./phrases";
import type { FunctionLine, ReportData, ThreePublicAmount } from "./report-data";
import { chineseNumber } from "./tables";
import type { DisclosureTemplate, ExplanationSectionKey } from "./templates";
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS } from "../domain";

const w = (fen: number) => `${formatWan(fen)}万元`;
const p = (x: string | null) => (x === null ? "" : `${x}%`);
const para = (text: string): Block => ({ kind: "paragraph", text });

/** “，主要原因是…” — or “，主要原因：一是…；二是…” for an enumerated reason; nothing without a reason. */
export function reasonClause(reason: string | undefined, lead = "主要原因"): string {
  const r = (reason ?? "").trim().replace(/[。；;，,\s]+$/u, "");
  if (!r) return "";
  return /^[一1][是、.]/.test(r) ? `，${lead}：${r}` : `，${lead}是${r}`;
}

/** “决算数大于预算数的主要原因是…” when the amounts differ. */
function budgetReason(actual: number, budget: number, reason: string | undefined): string {
  if (actual === budget) return "";
  const clause = reasonClause(reason, `${budgetComparison(actual, budget)}的主要原因`);
  return clause ? clause : `，${budgetComparison(actual, budget)}`;
}

/** “完成年初预算的60.59%，决算数小于预算数的主要原因是…” — nothing of the kind without a budget (N5). */
function completion(actual: number, budget: number, reason: string | undefined): string {
  const rate = percent(actual, budget);
  if (rate === null) return actual === 0 ? "" : "，年初未安排预算";
  return `，完成年初预算的${rate}%${budgetReason(actual, budget, reason)}`;
}

const sentence = (...parts: string[]) => `${parts.filter(Boolean).join("")}。`;

/** The completion clause as a sentence of its own: “完成年初预算的60.59%，决算数小于预算数的主要原因是…。” */
function completionSentence(actual: number, budget: number, reason: string | undefined): string {
  const clause = completion(actual, budget, reason);
  return clause ? `${clause.slice(1)}。` : "";
}

// ---------------------------------------------------------------------------------------------
// 第一部分 部门概况

export function profileSections(data: ReportData): Section[] {
  const { profile, report } = data;
  const short = report.departmentShortName || report.departmentName;
  const internal = profile.organisations.filter((o) => o.kind === "internal").map((o) => o.name);
  const additional = profile.organisations.filter((o) => o.kind === "additional").map((o) => o.name);
  const subordinate = profile.organisations.filter((o) => o.kind === "subordinate");
  const duties: Block[] = [
    { kind: "list", items: profile.duties.map((d, i) => `（${chineseNumber(i + 1)}）${d}`) },
    ...(profile.dutiesSupplement ? [para(profile.dutiesSupplement)] : []),
  ];

  const structure: Block[] = [{ kind: "heading", text: "（一）机关内设机构" }];
  structure.push(
    para(
      internal.length > 0
        ? `${short}内设职能科（室）${internal.length}个，即：${internal.join("、")}。${additional.length ? `另设${additional.join("、")}。` : ""}`
        : `${short}未设内设机构。`,
    ),
  );
  structure.push({ kind: "heading", text: "（二）下属事业单位" });
  structure.push(
    subordinate.length > 0 ? { kind: "list", items: subordinate.map((u) => u.name) } : para("本部门无下属事业单位。"),
  );

  const staffing = profile.staffing;
  if (staffing.length > 0) {
    const authorized = staffing.reduce((s, r) => s + r.authorized, 0);
    const who = subordinate.length > 0 ? `${report.departmentName}及下属事业单位` : report.departmentName;
    structure.push({ kind: "heading", text: "（三）核定编制情况" });
    structure.push(
      para(
        `${who}核定编制${authorized}名，其中：${staffing.map((r) => `${r.category}${r.authorized}名`).join("，")}。` +
          `截至${report.year}年底${short}实有${staffing.map((r) => `${r.actualLabel || r.category}${r.actual}人`).join("，")}。`,
      ),
    );
  }
  return [
    { id: "p1-duties", title: "一、部门职责", blocks: duties },
    { id: "p1-structure", title: "二、机构设置", blocks: structure },
  ];
}

// ---------------------------------------------------------------------------------------------
// 第三部分 决算情况说明

type SectionBuilder = (
  data: ReportData,
  template: DisclosureTemplate,
  k: KeyFigures,
) => { title: string; blocks: Block[] };

const EXPLANATION_SECTIONS: Record<ExplanationSectionKey, SectionBuilder> = {
  total: (data, _template, k) => {
    const y = data.report.year;
    const change = changePhrase(k.grandTotal, data.summary.priorYearGrandTotal);
    return {
      title: "收入支出决算总体情况说明",
      blocks: [
        para(
          `${y}年度收、支总计${w(k.grandTotal)}。` +
            sentence(`收、支总计${change}`, reasonClause(data.explanations["total.yoy"])),
        ),
      ],
    };
  },
  income: (data, _template, k) => {
    const sources: [string, number][] = [
      ["一般公共预算财政拨款收入", 0],
      ["政府性基金预算财政拨款收入", 0],
      ["国有资本经营预算财政拨款收入", 0],
      ["上级补助收入", 0],
      ["事业收入", 0],
      ["经营收入", 0],
      ["附属单位上缴收入", 0],
      ["其他收入", 0],
    ];
    for (const l of data.functionLines) {
      const v = [
        l.incomeGeneralBudget,
        l.incomeGovFund,
        l.incomeStateCapital,
        l.incomeSuperiorSubsidy,
        l.incomeBusiness,
        l.incomeOperating,
        l.incomeFromSubsidiary,
        l.incomeOther,
      ];
      v.forEach((x, i) => (sources[i]![1] += x));
    }
    const parts = sources
      .filter(([, v]) => v !== 0)
      .map(([label, v]) => `${label}${w(v)}，占${p(percent(v, k.incomeTotal))}`);
    return {
      title: "收入决算情况说明",
      blocks: [
        para(
          `${data.report.year}年度收入合计${w(k.incomeTotal)}${parts.length ? `，其中：${parts.join("；")}` : ""}。`,
        ),
      ],
    };
  },
  expense: (data, _template, k) => {
    const l = data.functionLines;
    const kinds: [string, number][] = [
      ["基本支出", k.basicTotal],
      ["项目支出", k.projectTotal],
      ["上缴上级支出", sumField(l, "remitToSuperior")],
      ["经营支出", sumField(l, "operatingExpense")],
      ["对附属单位补助支出", sumField(l, "subsidyToSubsidiary")],
    ];
    const parts = kinds
      .filter(([, v]) => v !== 0)
      .map(([label, v]) => `${label}${w(v)}，占${p(percent(v, k.expenseTotal))}`);
    return {
      title: "支出决算情况说明",
      blocks: [
        para(
          `${data.report.year}年度支出合计${w(k.expenseTotal)}${parts.length ? `，其中：${parts.join("；")}` : ""}。`,
        ),
      ],
    };
  },
  fiscal: (data, _template, k) => {
    const y = data.report.year;
    const prior = data.summary.priorYearFiscalGrandTotal;
    const delta = k.fiscalGrandTotal - prior;
    const rate = percent(Math.abs(delta), Math.abs(prior));
    const change =
      delta === 0
        ? `与${y - 1}年相比，财政拨款收、支总计持平`
        : `与${y - 1}年相比，财政拨款收、支总计各${delta > 0 ? "增加" : "减少"}${w(Math.abs(delta))}${rate === null ? "" : `，${delta > 0 ? "增长" : "下降"}${rate}%`}`;
    const reason = reasonClause(data.explanations["fiscal.yoy"]).replace(/^，/, "");
    return {
      title: "财政拨款收入支出决算总体情况说明",
      blocks: [para(`${y}年度财政拨款收、支总计${w(k.fiscalGrandTotal)}。${change}。${reason ? `${reason}。` : ""}`)],
    };
  },
  generalBudget: (data, template, k) => {
    const rows = generalBudgetByClass(data);
    const blocks: Block[] = [
      para(
        sentence(
          `${data.report.year}年度一般公共预算财政拨款支出${w(k.generalBudgetExpense)}，${changePhrase(k.generalBudgetExpense, k.generalBudgetPrior)}`,
          reasonClause(data.explanations["generalBudget.yoy"]).replace(/^，/, "。"),
        ) + (rows.length ? "主要用于以下几个方面：" : ""),
      ),
    ];
    if (template.explanationLevel === "class") {
      rows.forEach((r, i) => {
        const name = data.functionSubjects[r.code]?.name ?? r.code;
        const yoy = r.actual === r.prior ? "与上年持平" : changePhrase(r.actual, r.prior, { withRate: false });
        blocks.push(
          para(
            sentence(
              `${i + 1}.${name}年初预算数为${w(r.budget)}，支出决算为${w(r.actual)}，${yoy}`,
              completion(r.actual, r.budget, data.explanations[`generalBudget.${r.code}.budget`]),
            ),
          ),
        );
      });
    }
    return { title: "一般公共预算财政拨款支出决算情况说明", blocks };
  },
  basic: (data, _template, k) => {
    const names = (personnel: boolean) =>
      data.economicLines
        .filter((e) => e.amount !== 0 && isPersonnelCode(e.subjectCode) === personnel)
        .map((e) => data.economicSubjects[e.subjectCode]?.name ?? e.subjectCode)
        .join("、");
    const part = (label: string, amount: number, prior: number, slot: string, personnel: boolean) =>
      sentence(`${label}${w(amount)}，${changePhrase(amount, prior)}`, reasonClause(data.explanations[slot])) +
      (names(personnel) ? `${label}用途主要包括${names(personnel)}。` : "");
    return {
      title: "一般公共预算财政拨款基本支出决算情况说明",
      blocks: [
        para(
          `${data.report.year}年度一般公共预算财政拨款基本支出${w(k.generalBudgetBasic)}。其中：` +
            part("人员经费", k.personnel, k.personnelPrior, "basic.personnel.yoy", true) +
            part("公用经费", k.publicUse, k.publicUsePrior, "basic.public.yoy", false),
        ),
      ],
    };
  },
  threePublic: (data) => {
    const a = data.threePublic.amounts;
    const y = data.report.year;
    const sum = (...xs: ThreePublicAmount[]): ThreePublicAmount => ({
      initialBudget: xs.reduce((s, x) => s + x.initialBudget, 0),
      actual: xs.reduce((s, x) => s + x.actual, 0),
      priorYear: xs.reduce((s, x) => s + x.priorYear, 0),
    });
    const vehicle = sum(a.vehicle_purchase, a.vehicle_operation);
    const total = sum(a.abroad, vehicle, a.reception);
    const describe = (label: string, x: ThreePublicAmount, slot: string) =>
      sentence(
        `${label}年初预算数为${w(x.initialBudget)}，支出决算为${w(x.actual)}，${x.actual === x.priorYear ? "与上年持平" : changePhrase(x.actual, x.priorYear, { basis: "较上年", withRate: false })}`,
        reasonClause(data.explanations[`threePublic.${slot}.yoy`]),
      ) + completionSentence(x.actual, x.initialBudget, data.explanations[`threePublic.${slot}.budget`]);
    const q = data.threePublic.quantities;
    const nothing = THREE_PUBLIC_ITEMS.every(
      (i) => a[i].actual === 0 && a[i].initialBudget === 0 && a[i].priorYear === 0,
    );
    const blocks: Block[] = nothing
      ? [para(`本部门${y}年度无“三公”经费财政拨款支出。`)]
      : [
          { kind: "heading", text: "（一）“三公”经费财政拨款支出总体情况说明" },
          para(describe(`${y}年度“三公”经费支出`, total, "total")),
          { kind: "heading", text: "（二）“三公”经费财政拨款支出决算具体情况说明" },
          para(describe(`1.${THREE_PUBLIC_LABELS.abroad}`, a.abroad, "abroad")),
          para(describe(`2.${THREE_PUBLIC_LABELS.vehicle}`, vehicle, "vehicle")),
          para(describe(THREE_PUBLIC_LABELS.vehicle_purchase, a.vehicle_purchase, "vehicle_purchase")),
          para(describe(THREE_PUBLIC_LABELS.vehicle_operation, a.vehicle_operation, "vehicle_operation")),
          para(describe(`3.${THREE_PUBLIC_LABELS.reception}`, a.reception, "reception")),
          { kind: "heading", text: "（三）“三公”经费财政拨款支出决算实物量情况" },
          para(
            `${y}年度本部门因公出国（境）共计${q.abroadGroups}个团组，${q.abroadPeople}人；公务用车购置${q.vehiclesPurchased}辆，公务用车保有量为${q.vehiclesHeld}辆；` +
              `国内公务接待${q.receptionBatches}批次${q.receptionPeople}人，其中：外事接待${q.foreignAffairsBatches}批次，${q.foreignAffairsPeople}人；国（境）外公务接待${q.overseasBatches}批次，${q.overseasPeople}人。`,
          ),
        ];
    return { title: "一般公共预算财政拨款“三公”经费支出决算情况说明", blocks };
  },
  agencyOperating: (data) => {
    const o = data.otherMatters;
    const y = data.report.year;
    const hasAgencyUnits = data.units.length === 0 || data.units.some((u) => u.nature !== "institution");
    if (!hasAgencyUnits && o.agencyOperatingCost === 0) {
      return { title: "机关运行经费支出情况说明", blocks: [para(`本部门均为事业单位，${y}年度无机关运行经费支出。`)] };
    }
    const uses = data.economicLines
      .filter((e) => e.amount !== 0 && e.subjectCode.startsWith("302"))
      .map((e) => data.economicSubjects[e.subjectCode]?.name ?? e.subjectCode)
      .join("、");
    const item = (label: string, amount: number, prior: number, slot: string) =>
      sentence(`本年度${label}支出${w(amount)}，${changePhrase(amount, prior)}`, reasonClause(data.explanations[slot]));
    return {
      title: "机关运行经费支出情况说明",
      blocks: [
        para(
          `${y}年度本部门机关运行经费支出${w(o.agencyOperatingCost)}${uses ? `，机关运行经费主要用于开支${uses}` : ""}。` +
            sentence(
              `机关运行经费${changePhrase(o.agencyOperatingCost, o.agencyOperatingCostPrior)}`,
              reasonClause(data.explanations["agencyOperatingCost.yoy"]),
            ),
        ),
        para(
          `其中：${item("会议费", o.meetingCost, o.meetingCostPrior, "meetingCost.yoy")}${item("培训费", o.trainingCost, o.trainingCostPrior, "trainingCost.yoy")}`,
        ),
      ],
    };
  },
  procurement: (data) => {
    const o = data.otherMatters;
    const y = data.report.year;
    if (o.procurementTotal === 0)
      return { title: "政府采购支出情况说明", blocks: [para(`本部门${y}年度无政府采购支出。`)] };
    return {
      title: "政府采购支出情况说明",
      blocks: [
        para(
          `${y}年度本部门政府采购支出合计${w(o.procurementTotal)}，其中：政府采购货物支出${w(o.procurementGoods)}、政府采购工程支出${w(o.procurementWorks)}、政府采购服务支出${w(o.procurementServices)}。` +
            `授予中小企业合同金额${w(o.procurementSme)}，占政府采购支出总额的${p(percent(o.procurementSme, o.procurementTotal))}，其中：授予小微企业合同金额${w(o.procurementSmallMicro)}，占政府采购支出总额的${p(percent(o.procurementSmallMicro, o.procurementTotal))}。`,
        ),
      ],
    };
  },
  assets: (data) => {
    const o = data.otherMatters;
    const v = data.vehicleCounts;
    return {
      title: "国有资产占用情况说明",
      blocks: [
        para(
          `截至${data.report.year}年12月31日，本部门共有车辆${o.vehiclesTotal}辆，其中，副部（省）级及以上领导用车${v.ministerial}辆、主要领导干部用车${v.principal_leader}辆、机要通信用车${v.confidential}辆、应急保障用车${v.emergency}辆、执法执勤用车${v.law_enforcement}辆，特种专业技术用车${v.special_technical}辆，离退休干部用车${v.retired_cadre}辆，其他用车${v.other}辆` +
            (v.other > 0 && o.otherVehiclePurpose
              ? `，其他用车主要用于${o.otherVehiclePurpose.replace(/。$/, "")}`
              : "") +
            `。单价50万元（含）以上通用设备${o.generalEquipmentOver500k}台（套），单价100万元（含）以上专用设备${o.specialEquipmentOver1m}台（套）。`,
        ),
      ],
    };
  },
  govFund: (data) => fundSection(data, "GovFund"),
  stateCapital: (data) => fundSection(data, "StateCapital"),
};

const FUND_FIELDS = {
  GovFund: (l: FunctionLine) => ({
    spent: l.basicGovFund + l.projectGovFund,
    income: l.incomeGovFund,
    budget: l.initialBudgetGovFund,
  }),
  StateCapital: (l: FunctionLine) => ({
    spent: l.basicStateCapital + l.projectStateCapital,
    income: l.incomeStateCapital,
    budget: l.initialBudgetStateCapital,
  }),
};

function fundSection(data: ReportData, kind: "GovFund" | "StateCapital") {
  const y = data.report.year;
  const title = kind === "GovFund" ? "政府性基金预算财政拨款收支决算情况说明" : "国有资本经营预算财政拨款支出情况说明";
  const slot = kind === "GovFund" ? "govFund" : "stateCapital";
  const lines = data.functionLines
    .map((l) => ({ code: l.subjectCode, ...FUND_FIELDS[kind](l) }))
    .filter((l) => l.spent !== 0 || l.income !== 0 || l.budget !== 0);
  if (lines.length === 0) {
    return {
      title,
      blocks: [
        para(
          kind === "GovFund"
            ? `本部门${y}年度无政府性基金收入，也没有使用政府性基金安排的支出。`
            : `本部门${y}年度没有使用国有资本经营预算安排的支出。`,
        ),
      ],
    };
  }
  const total = lines.reduce((s, l) => s + l.spent, 0);
  const label = kind === "GovFund" ? "政府性基金预算财政拨款支出" : "国有资本经营预算财政拨款支出";
  return {
    title,
    blocks: [
      para(`${y}年度${label}${w(total)}。`),
      ...lines.map((l, i) => {
        const name = data.functionSubjects[l.code]?.name ?? "";
        return para(
          sentence(
            `${i + 1}.${l.code}${name}年初预算数为${w(l.budget)}，支出决算为${w(l.spent)}`,
            completion(l.spent, l.budget, data.explanations[`${slot}.${l.code}.budget`]),
          ),
        );
      }),
    ],
  };
}

export function explanationSections(
  data: ReportData,
  template: DisclosureTemplate,
  k: KeyFigures = keyFigures(data),
): Section[] {
  return template.sectionOrder.map((key, i) => {
    const built = EXPLANATION_SECTIONS[key](data, template, k);
    return { id: `p3-${key}`, title: `${chineseNumber(i + 1)}、${built.title}`, blocks: built.blocks };
  });
}

// ---------------------------------------------------------------------------------------------
// 第四部分 预算绩效管理情况

export function performanceSections(
  data: ReportData,
  template: DisclosureTemplate,
  k: KeyFigures = keyFigures(data),
): Section[] {
  const y = data.report.year;
  const projects = data.projects.filter((pr) => pr.scoreHundredths !== null);
  const executed = projects.reduce((s, pr) => s + pr.executed, 0);
  const byGrade = template.gradeBands.map((band) => ({ grade: band.grade, count: 0, fen: 0 }));
  for (const pr of projects) {
    const g = byGrade.find((x) => x.grade === gradeFor(pr.scoreHundredths, template.gradeBands))!;
    g.count += 1;
    g.fen += pr.executed;
  }
  const graded = byGrade.filter((g) => g.count > 0);
  const overview =
    projects.length === 0
      ? `本部门${y}年度未开展项目绩效自评。`
      : `根据预算绩效管理要求，本部门对${projects.length}个项目开展了绩效自评，涉及资金${w(executed)}。从评价情况来看，` +
        graded.map((g) => `评价结果为${g.grade}的项目${g.count}个，涉及资金${w(g.fen)}`).join("；") +
        "。";
  const results: Block[] = [];
  if (projects.length > 0) {
    const share = percent(executed, k.generalBudgetProject);
    results.push(
      para(
        `${y}年本部门共对${projects.length}个一般公共预算项目开展了绩效自评，涉及资金${w(executed)}${share === null ? "" : `，占一般公共预算项目支出总额的${share}%`}。`,
      ),
    );
    for (const pr of projects) {
      const rate = percent(pr.executed, pr.budget);
      results.push(
        para(
          `${pr.name}绩效目标自评综述：根据年初设定的绩效目标，项目自评得分${formatPoints(pr.scoreHundredths!)}分。项目全年预算数为${w(pr.budget)}，执行数为${w(pr.executed)}` +
            (rate === null ? "。" : `，完成预算的${rate}%。`) +
            [pr.effect, pr.problems, pr.nextSteps]
              .map((t) => t.trim())
              .filter(Boolean)
              .map((t) => (/[。！？]$/.test(t) ? t : `${t}。`))
              .join(""),
        ),
      );
    }
  }
  const perf = data.performance;
  const department: Block[] = perf.departmentGrade
    ? [
        para(
          `${y}年本部门开展了部门绩效自评，涉及预算支出${w(executed)}，自评结果为“${perf.departmentGrade}”。${perf.departmentEvaluation}`,
        ),
      ]
    : [para(perf.departmentEvaluation || `本部门${y}年度未开展部门绩效自评。`)];
  return [
    { id: "p4-work", title: "一、预算绩效管理工作开展情况", blocks: [para(overview + perf.workOverview)] },
    { id: "p4-results", title: "二、绩效自评结果", blocks: results.length ? results : [para("无。")] },
    { id: "p4-department", title: "三、部门绩效评价结果", blocks: department },
  ];
}

export function glossarySection(data: ReportData): Section {
  return {
    id: "p5-glossary",
    title: "名词解释",
    blocks: [
      { kind: "list", items: data.glossary.map((g, i) => `${chineseNumber(i + 1)}、${g.term}：${g.definition}`) },
    ],
  };
}
