import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../../db";
import { carriedFacts } from "../../../db/schema";
import type { Actor } from "../../access";
import type { CarriedAssets, CarriedValues } from "../../disclosure/carry-forward";
import type { ReportData, ThreePublicQuantities } from "../../disclosure/report-data";
import { CARRIED_GROUP_INFO, ORG_KINDS, VEHICLE_CATEGORIES, VEHICLE_LABELS, type CarriedGroup } from "../../domain";
import { getReport } from "../get-report";
import type { FieldChange, Tx } from "./save-section";
import { QUANTITY_FIELDS } from "./columns";

/**
 * Carried facts still to confirm (待确认) in an entry section: what the form shows above the fields
 * (last year's values, one line each), and how a save settles them — the clerk ticked “与上年相同，确认沿用”,
 * or changed the group's values. See docs/decisions/016-rollover-and-to-confirm.md.
 */
export interface CarriedNotice {
  group: CarriedGroup;
  label: string;
  fromYear: number;
  /** Last year's values as “label：value” lines. */
  prior: { label: string; value: string }[];
}

const ORG_LABELS: Record<(typeof ORG_KINDS)[number], string> = {
  internal: "内设机构",
  additional: "另设机构",
  subordinate: "下属单位",
};

/** Last year's values of a group, as lines to show beside this year's. Pure. */
export function describeCarried<G extends CarriedGroup>(
  group: G,
  prior: CarriedValues[G],
): { label: string; value: string }[] {
  if (group === "profile") {
    const p = prior as ReportData["profile"];
    return [
      { label: "部门职责", value: p.duties.length ? `${p.duties.length}条` : "（无）" },
      ...ORG_KINDS.map((k) => {
        const orgs = p.organisations.filter((o) => o.kind === k);
        return {
          label: ORG_LABELS[k],
          value: orgs.length
            ? orgs.map((o) => (o.category ? `${o.name}（${o.category}）` : o.name)).join("、")
            : "（无）",
        };
      }),
      ...(p.staffing.length
        ? p.staffing.map((s) => ({
            label: s.category,
            value: `核定${s.authorized}名，${s.actualLabel || "实有"}${s.actual}人`,
          }))
        : [{ label: "编制和实有人数", value: "（无）" }]),
    ];
  }
  if (group === "quantities") {
    const q = prior as ThreePublicQuantities;
    return QUANTITY_FIELDS.map(([k, label]) => ({ label, value: String(q[k]) }));
  }
  const a = prior as CarriedAssets;
  return [
    { label: "车辆总数（辆）", value: String(a.vehiclesTotal) },
    ...VEHICLE_CATEGORIES.filter((c) => a.vehicleCounts[c] !== 0).map((c) => ({
      label: `${VEHICLE_LABELS[c]}（辆）`,
      value: String(a.vehicleCounts[c]),
    })),
    ...(a.otherVehiclePurpose ? [{ label: "其他用车主要用于", value: a.otherVehiclePurpose }] : []),
    { label: "单价50万元（含）以上通用设备（台/套）", value: String(a.generalEquipmentOver500k) },
    { label: "单价100万元（含）以上专用设备（台/套）", value: String(a.specialEquipmentOver1m) },
    { label: "单价100万元（含）以上设备（不含车辆）（台/套）", value: String(a.equipmentOver1m) },
  ];
}

/** The group's notice for its entry page (within the actor's scope), or null when nothing is left to confirm. */
export function carriedNotice(actor: Actor, reportId: number, group: CarriedGroup): CarriedNotice | null {
  getReport(actor, reportId);
  const row = getDb()
    .select()
    .from(carriedFacts)
    .where(and(eq(carriedFacts.reportId, reportId), eq(carriedFacts.group, group)))
    .get();
  if (!row) return null;
  return {
    group,
    label: CARRIED_GROUP_INFO[group].label,
    fromYear: row.fromYear,
    prior: describeCarried(group, JSON.parse(row.priorJson) as CarriedValues[typeof group]),
  };
}

/**
 * Inside a section's save: a group still to confirm is settled when the clerk confirmed it or the
 * save changed it. Returns the audit entry of the settlement (none when it stays to confirm).
 */
export function settleCarried(
  tx: Tx,
  reportId: number,
  group: CarriedGroup,
  how: { confirmed: boolean; changed: boolean },
): FieldChange[] {
  const where = and(eq(carriedFacts.reportId, reportId), eq(carriedFacts.group, group));
  const row = tx.select().from(carriedFacts).where(where).get();
  if (!row || (!how.confirmed && !how.changed)) return [];
  tx.delete(carriedFacts).where(where).run();
  return [
    {
      field: `carried_facts[${group}]`,
      oldValue: `待确认（取自${row.fromYear}年度）`,
      newValue: how.changed ? "已按本年修改" : "已确认与上年相同",
    },
  ];
}
