/** 第三部分: 财政拨款“三公”经费支出决算情况. */
import { slotKey } from "../slot-keys";
import { THREE_PUBLIC_ITEMS } from "../../domain";
import type { ThreePublicAmount } from "../report-data";
import { completion, group, list, printed, rate, shares, wan, type Values } from "../values";
import { budgetFigure, reasonFor, yoy, type SectionKindDef } from "./kind";

/** The groups a pattern names, with the slot names kept from the first version (threePublic.vehicle_purchase.yoy). */
const GROUPS = [
  ["total", "total"],
  ["abroad", "abroad"],
  ["vehicle", "vehicle"],
  ["vehiclePurchase", "vehicle_purchase"],
  ["vehicleOperation", "vehicle_operation"],
  ["reception", "reception"],
] as const;

const GROUP_VALUES = {
  budget: "预算数（年初预算）",
  actual: "支出决算",
  prior: "上年决算数",
  rate: "完成预算的比例（无预算时不成立）",
  share: "占“三公”经费决算合计的比例（因公出国、公务用车、公务接待三项）",
  change: "与上年的变化",
  reason: "与上年变化的主要原因",
  completion: "决算与预算的比较",
};

const GROUP_LABELS: Record<(typeof GROUPS)[number][0], string> = {
  total: "“三公”经费合计",
  abroad: "因公出国（境）费",
  vehicle: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
};

const QUANTITIES = {
  abroadGroups: "因公出国（境）团组数",
  abroadPeople: "因公出国（境）人次",
  vehiclesPurchased: "公务用车购置数（辆）",
  vehiclesHeld: "公务用车保有量（辆）",
  receptionBatches: "国内公务接待批次",
  receptionPeople: "国内公务接待人次",
  foreignAffairsBatches: "其中外事接待批次",
  foreignAffairsPeople: "其中外事接待人次",
  overseasBatches: "其中国（境）外公务接待批次",
  overseasPeople: "其中国（境）外公务接待人次",
} as const;

export const threePublic: SectionKindDef = {
  label: "“三公”经费支出决算情况（没有任何“三公”经费时只说明“无”）",
  facts: { group: "quantities", only: Object.keys(QUANTITIES) },
  placeholders: {
    ...Object.fromEntries(
      GROUPS.flatMap(([group]) =>
        Object.entries(GROUP_VALUES).map(([name, what]) => [`${group}.${name}`, `${GROUP_LABELS[group]}：${what}`]),
      ),
    ),
    ...QUANTITIES,
  },
  lists: {
    items: {
      label: "项目名称（因公出国（境）费、公务用车购置及运行维护费、公务接待费；没有决算数的不列）",
      actual: "支出决算",
      share: "占“三公”经费决算合计的比例",
    },
  },
  values: (ctx) => {
    const a = ctx.data.threePublic.amounts;
    const sum = (...xs: ThreePublicAmount[]): ThreePublicAmount => ({
      initialBudget: xs.reduce((s, x) => s + x.initialBudget, 0),
      actual: xs.reduce((s, x) => s + x.actual, 0),
      priorYear: xs.reduce((s, x) => s + x.priorYear, 0),
    });
    const vehicle = sum(a.vehicle_purchase, a.vehicle_operation);
    const amounts: Record<(typeof GROUPS)[number][0], ThreePublicAmount> = {
      total: sum(a.abroad, vehicle, a.reception),
      abroad: a.abroad,
      vehicle,
      vehiclePurchase: a.vehicle_purchase,
      vehicleOperation: a.vehicle_operation,
      reception: a.reception,
    };
    const [abroadShare, vehicleShare, receptionShare] = shares([a.abroad.actual, vehicle.actual, a.reception.actual]);
    const share: Partial<Record<string, string | null>> = {
      total: printed(amounts.total.actual) === 0 ? null : "100.00%",
      abroad: abroadShare,
      vehicle: vehicleShare,
      reception: receptionShare,
    };
    const values: Values = {};
    for (const [name, slotName] of GROUPS) {
      const x = amounts[name];
      const label = GROUP_LABELS[name];
      values[name] = group({
        budget: wan(x.initialBudget),
        actual: wan(x.actual),
        prior: wan(x.priorYear),
        rate: rate(x.actual, x.initialBudget),
        share: share[name] ?? null,
        ...yoy(ctx, slotKey(`threePublic.${slotName}`, "yoy"), label, x.actual, x.priorYear),
        completion: completion(
          x.actual,
          x.initialBudget,
          reasonFor(
            ctx,
            slotKey(`threePublic.${slotName}`, "budget"),
            `${label}：决算数与年初预算数的差异`,
            budgetFigure(x.actual, x.initialBudget),
            true,
          ),
        ),
      });
    }
    const present = (["abroad", "vehicle", "reception"] as const).filter((g) => printed(amounts[g].actual) !== 0);
    const presentShares = shares(present.map((g) => amounts[g].actual));
    values.items = list(
      present.map((g, i) => ({
        label: GROUP_LABELS[g],
        actual: wan(amounts[g].actual),
        share: presentShares[i] ?? null,
      })),
    );
    const q = ctx.data.threePublic.quantities;
    for (const key of Object.keys(QUANTITIES) as (keyof typeof QUANTITIES)[]) values[key] = String(q[key]);
    const empty = THREE_PUBLIC_ITEMS.every(
      (i) => a[i].actual === 0 && a[i].initialBudget === 0 && a[i].priorYear === 0,
    );
    const measures = ["initialBudget", "actual", "priorYear"] as const;
    return {
      values,
      empty,
      sums: measures.flatMap((m) => [
        {
          total: amounts.total[m],
          parts: [a.abroad[m], vehicle[m], a.reception[m]],
          uses: ["abroad", "vehicle", "reception", "items"],
        },
        {
          total: vehicle[m],
          parts: [a.vehicle_purchase[m], a.vehicle_operation[m]],
          uses: ["vehiclePurchase", "vehicleOperation"],
        },
      ]),
    };
  },
};
