/** 第三部分: 机关运行经费, 政府采购, 国有资产, 政府性基金, 国有资本经营. */
import { slotKey } from "../slot-keys";
import { VEHICLE_CATEGORIES } from "../../domain";
import type { FunctionLine } from "../report-data";
import { completion, flag, list, optionalText, printed, rate, wan, type Values } from "../values";
import { budgetFigure, reasonFor, yoy, type SectionKindDef } from "./kind";

export const agencyOperating: SectionKindDef = {
  label: "机关运行经费支出情况（没有时只说明“无”）",
  placeholders: {
    amount: "机关运行经费支出",
    prior: "上年机关运行经费",
    change: "与上年的变化",
    reason: "变化的主要原因",
    uses: "主要用于的经济科目（302 商品和服务支出中有金额的款），以“、”分隔",
    meeting: "会议费",
    meetingChange: "会议费与上年的变化",
    meetingReason: "会议费变化的主要原因",
    training: "培训费",
    trainingChange: "培训费与上年的变化",
    trainingReason: "培训费变化的主要原因",
    allInstitutions: "部门全部由事业单位组成时为空、否则不成立",
  },
  values: (ctx) => {
    const { data } = ctx;
    const o = data.otherMatters;
    const uses = data.economicLines
      .filter((e) => printed(e.amount) !== 0 && e.subjectCode.startsWith("302"))
      .map((e) => data.economicSubjects[e.subjectCode]?.name ?? e.subjectCode);
    const amount = yoy(
      ctx,
      slotKey("agencyOperatingCost", "yoy"),
      "机关运行经费",
      o.agencyOperatingCost,
      o.agencyOperatingCostPrior,
    );
    const meeting = yoy(ctx, slotKey("meetingCost", "yoy"), "会议费", o.meetingCost, o.meetingCostPrior);
    const training = yoy(ctx, slotKey("trainingCost", "yoy"), "培训费", o.trainingCost, o.trainingCostPrior);
    const allInstitutions = data.units.length > 0 && data.units.every((u) => u.nature === "institution");
    const empty = [
      o.agencyOperatingCost,
      o.agencyOperatingCostPrior,
      o.meetingCost,
      o.meetingCostPrior,
      o.trainingCost,
      o.trainingCostPrior,
    ].every((x) => printed(x) === 0);
    return {
      values: {
        amount: wan(o.agencyOperatingCost),
        prior: wan(o.agencyOperatingCostPrior),
        ...amount,
        uses: uses.length ? uses.join("、") : null,
        meeting: wan(o.meetingCost),
        meetingChange: meeting.change,
        meetingReason: meeting.reason,
        training: wan(o.trainingCost),
        trainingChange: training.change,
        trainingReason: training.reason,
        allInstitutions: flag(allInstitutions),
      },
      empty,
    };
  },
};

export const procurement: SectionKindDef = {
  label: "政府采购支出情况（没有时只说明“无”）",
  placeholders: {
    total: "政府采购支出合计（合同金额）",
    goods: "货物",
    works: "工程",
    services: "服务",
    sme: "授予中小企业合同金额",
    smeShare: "授予中小企业合同金额占政府采购支出总额的比例",
    smallMicro: "其中授予小微企业合同金额",
    smallMicroShare: "授予小微企业合同金额占政府采购支出总额的比例",
    reservedSme: "面向中小企业预留政府采购项目预算金额",
    reservedSmallMicro: "其中面向小微企业预留政府采购项目预算金额",
    smeWonReserved: "面向中小企业预留的项目中中小企业中标（成交）金额",
    smallMicroWonReserved: "面向小微企业预留的项目中小微企业中标（成交）金额",
    smeWonOther: "其他政府采购项目中中小企业中标（成交）金额",
  },
  values: ({ data }) => {
    const o = data.otherMatters;
    return {
      values: {
        total: wan(o.procurementTotal),
        goods: wan(o.procurementGoods),
        works: wan(o.procurementWorks),
        services: wan(o.procurementServices),
        sme: wan(o.procurementSme),
        smeShare: rate(o.procurementSme, o.procurementTotal),
        smallMicro: wan(o.procurementSmallMicro),
        smallMicroShare: rate(o.procurementSmallMicro, o.procurementTotal),
        reservedSme: wan(o.procurementReservedSme),
        reservedSmallMicro: wan(o.procurementReservedSmallMicro),
        smeWonReserved: wan(o.procurementSmeWonReserved),
        smallMicroWonReserved: wan(o.procurementSmallMicroWonReserved),
        smeWonOther: wan(o.procurementSmeWonOther),
      },
      empty: printed(o.procurementTotal) === 0,
      sums: [
        {
          total: o.procurementTotal,
          parts: [o.procurementGoods, o.procurementWorks, o.procurementServices],
          uses: ["goods", "works", "services"],
        },
      ],
    };
  },
};

const VEHICLE_NAMES: Record<(typeof VEHICLE_CATEGORIES)[number], string> = {
  ministerial: "ministerial",
  principal_leader: "principalLeader",
  confidential: "confidential",
  emergency: "emergency",
  law_enforcement: "lawEnforcement",
  special_technical: "specialTechnical",
  retired_cadre: "retiredCadre",
  other: "other",
};

export const assets: SectionKindDef = {
  label: "国有资产占用（占有使用）情况",
  facts: { group: "assets" },
  placeholders: {
    vehicles: "车辆总数",
    ministerial: "部级（副部（省）级及以上）领导用车数",
    principalLeader: "主要领导干部用车数",
    confidential: "机要通信用车数",
    emergency: "应急保障用车数",
    lawEnforcement: "执法执勤用车数",
    specialTechnical: "特种专业技术用车数",
    retiredCadre: "离退休干部用车数",
    other: "其他用车数",
    otherPurpose: "其他用车主要用于（有其他用车且填写了用途时）",
    generalEquipmentOver500k: "单价50万元（含）以上通用设备台（套）数",
    specialEquipmentOver1m: "单价100万元（含）以上专用设备台（套）数",
    equipmentOver1m: "单价100万元（含）以上设备（不含车辆）台（套）数",
  },
  values: ({ data }) => {
    const o = data.otherMatters;
    const v = data.vehicleCounts;
    const values: Values = {
      vehicles: String(o.vehiclesTotal),
      otherPurpose: v.other > 0 ? optionalText(o.otherVehiclePurpose.replace(/。$/, "")) : null,
      generalEquipmentOver500k: String(o.generalEquipmentOver500k),
      specialEquipmentOver1m: String(o.specialEquipmentOver1m),
      equipmentOver1m: String(o.equipmentOver1m),
    };
    for (const c of VEHICLE_CATEGORIES) values[VEHICLE_NAMES[c]] = String(v[c]);
    return { values };
  },
};

const FUND = {
  govFund: {
    label: "政府性基金预算财政拨款",
    spent: (l: FunctionLine) => l.basicGovFund + l.projectGovFund,
    income: (l: FunctionLine) => l.incomeGovFund,
    budget: (l: FunctionLine) => l.initialBudgetGovFund,
    carryStart: (l: FunctionLine) => l.carryStartGovFund,
    carryEnd: (l: FunctionLine) => l.carryEndGovFund,
  },
  stateCapital: {
    label: "国有资本经营预算财政拨款",
    spent: (l: FunctionLine) => l.basicStateCapital + l.projectStateCapital,
    income: (l: FunctionLine) => l.incomeStateCapital,
    budget: (l: FunctionLine) => l.initialBudgetStateCapital,
    carryStart: (l: FunctionLine) => l.carryStartStateCapital,
    carryEnd: (l: FunctionLine) => l.carryEndStateCapital,
  },
};

function fundKind(kind: keyof typeof FUND): SectionKindDef {
  const f = FUND[kind];
  return {
    label: `${f.label}收入支出决算情况（没有时只说明“无”）`,
    placeholders: {
      income: "本年收入",
      spent: "本年支出",
      carryStart: "年初结转和结余",
      carryEnd: "年末结转和结余",
      budget: "年初预算数",
      hasDetails: "有逐项说明时为空、否则不成立",
    },
    lists: {
      lines: {
        code: "项级科目编码",
        name: "项名称",
        className: "所属类名称",
        sectionName: "所属款名称",
        itemName: "项名称",
        income: "本年收入",
        spent: "本年支出",
        carryStart: "年初结转和结余",
        carryEnd: "年末结转和结余",
        budget: "年初预算数",
        rate: "完成年初预算的比例",
        completion: "决算与年初预算的比较",
      },
    },
    values: (ctx) => {
      const { data } = ctx;
      const name = (code: string) => data.functionSubjects[code]?.name ?? "";
      const all = data.functionLines
        .map((l) => ({
          code: l.subjectCode,
          spent: f.spent(l),
          income: f.income(l),
          budget: f.budget(l),
          carryStart: f.carryStart(l),
          carryEnd: f.carryEnd(l),
        }))
        .filter((l) => [l.spent, l.income, l.budget, l.carryStart, l.carryEnd].some((x) => x !== 0));
      // The 项 told one by one are those spent or budgeted; income and 结转 are told in total.
      const lines = all.filter((l) => l.spent !== 0 || l.budget !== 0);
      const total = (key: "spent" | "income" | "budget" | "carryStart" | "carryEnd") =>
        all.reduce((s, l) => s + l[key], 0);
      return {
        values: {
          income: wan(total("income")),
          spent: wan(total("spent")),
          carryStart: wan(total("carryStart")),
          carryEnd: wan(total("carryEnd")),
          budget: wan(total("budget")),
          hasDetails: flag(lines.length > 0),
          lines: list(
            lines.map((l) => ({
              code: l.code,
              name: name(l.code),
              className: name(l.code.slice(0, 3)),
              sectionName: name(l.code.slice(0, 5)),
              itemName: name(l.code),
              income: wan(l.income),
              spent: wan(l.spent),
              carryStart: wan(l.carryStart),
              carryEnd: wan(l.carryEnd),
              budget: wan(l.budget),
              rate: rate(l.spent, l.budget),
              completion: completion(
                l.spent,
                l.budget,
                reasonFor(
                  ctx,
                  slotKey(kind, "budget", l.code),
                  `${l.code} ${name(l.code)}：${f.label}支出决算数与年初预算数的差异`,
                  budgetFigure(l.spent, l.budget),
                  true,
                ),
              ),
            })),
          ),
        },
        empty: all.length === 0,
        sums: [{ total: total("spent"), parts: lines.map((l) => l.spent), uses: ["lines"] }],
      };
    },
  };
}

export const govFund = fundKind("govFund");
export const stateCapital = fundKind("stateCapital");
