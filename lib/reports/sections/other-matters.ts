import "server-only";
import { eq } from "drizzle-orm";
import { otherMatters, vehicleCounts } from "../../../db/schema";
import type { Actor } from "../../access";
import { keyFigures } from "../../disclosure/derive";
import { loadReportData } from "../load-report-data";
import { auditMoney, moneyText } from "./money-text";
import { settleCarried } from "./carried";
import { diffRecord, saveSection } from "./save-section";
import { type TOtherMatters, type TOtherMattersInput } from "./other-matters.schema";
import { OTHER_MONEY_FIELDS } from "./columns";
import { VEHICLE_CATEGORIES, type VehicleCategory } from "../../domain";
import { templateUses, usedPlaceholders } from "../../disclosure/templates/uses";
import { resolveTemplate } from "../../templates/resolve";

/** Which of the page's fields the report's template prints, and how it names the vehicle categories. */
export interface OtherMattersLayout {
  smeAwarded: boolean;
  smeReserved: boolean;
  equipmentTwo: boolean;
  equipmentOne: boolean;
  vehicleLabels: Record<VehicleCategory, string>;
}

/** The form's values, the 公用经费 that 机关运行经费 is checked against, and the template's layout. */
export function getOtherMattersForm(
  actor: Actor,
  reportId: number,
): { initial: TOtherMattersInput; publicUse: number; layout: OtherMattersLayout } {
  const data = loadReportData(actor, reportId);
  const { otherMatters: o, vehicleCounts: v } = data;
  const initial: TOtherMattersInput = {
    confirmCarried: false,
    ...(Object.fromEntries(OTHER_MONEY_FIELDS.map(([k]) => [k, moneyText(o[k])])) as Pick<
      TOtherMattersInput,
      (typeof OTHER_MONEY_FIELDS)[number][0]
    >),
    vehiclesTotal: String(o.vehiclesTotal),
    vehicles: Object.fromEntries(VEHICLE_CATEGORIES.map((c) => [c, String(v[c])])) as TOtherMattersInput["vehicles"],
    otherVehiclePurpose: o.otherVehiclePurpose,
    generalEquipmentOver500k: String(o.generalEquipmentOver500k),
    specialEquipmentOver1m: String(o.specialEquipmentOver1m),
    equipmentOver1m: String(o.equipmentOver1m),
  };
  const template = resolveTemplate(data.report.templateId);
  const used = usedPlaceholders(template);
  return {
    initial,
    publicUse: keyFigures(data).publicUse,
    layout: {
      // The 2020 layouts tell 授予中小企业 with its share; the 2024 ones the five reserved-for-SME figures.
      smeAwarded: templateUses(used, "procurement", "sme") || templateUses(used, "procurement", "smallMicro"),
      smeReserved: templateUses(used, "procurement", "reservedSme"),
      equipmentTwo:
        templateUses(used, "assets", "generalEquipmentOver500k") ||
        templateUses(used, "assets", "specialEquipmentOver1m"),
      equipmentOne: templateUses(used, "assets", "equipmentOver1m"),
      vehicleLabels: template.vehicleLabels,
    },
  };
}

const MONEY_KEYS = new Set<string>(OTHER_MONEY_FIELDS.map(([k]) => k));
/** The audit fields of the vehicles and equipment (the `assets` group carried from last year). */
const ASSET_FIELDS = new Set(
  ["vehiclesTotal", "otherVehiclePurpose", "generalEquipmentOver500k", "specialEquipmentOver1m", "equipmentOver1m"].map(
    (k) => `other_matters.${k}`,
  ),
);

export function saveOtherMatters(actor: Actor, reportId: number, version: number, input: TOtherMatters) {
  return saveSection(actor, reportId, "otherMatters", version, ({ tx }) => {
    const { vehicles, confirmCarried, ...values } = input;
    const before = tx.select().from(otherMatters).where(eq(otherMatters.reportId, reportId)).get();
    tx.insert(otherMatters)
      .values({ reportId, ...values })
      .onConflictDoUpdate({ target: otherMatters.reportId, set: values })
      .run();
    const changes = diffRecord("other_matters", before, values, (k, v) =>
      MONEY_KEYS.has(k) ? auditMoney(v) : String(v ?? ""),
    );
    const vehiclesBefore = Object.fromEntries(
      tx
        .select()
        .from(vehicleCounts)
        .where(eq(vehicleCounts.reportId, reportId))
        .all()
        .map((r) => [r.category, r.count]),
    );
    for (const category of VEHICLE_CATEGORIES) {
      tx.insert(vehicleCounts)
        .values({ reportId, category, count: vehicles[category] })
        .onConflictDoUpdate({
          target: [vehicleCounts.reportId, vehicleCounts.category],
          set: { count: vehicles[category] },
        })
        .run();
    }
    changes.push(...diffRecord("vehicle_counts", vehiclesBefore, vehicles));
    const assetChanges = changes.filter(
      (c) => (c.field ?? "").startsWith("vehicle_counts") || ASSET_FIELDS.has(c.field ?? ""),
    );
    changes.push(
      ...settleCarried(tx, reportId, "assets", { confirmed: confirmCarried, changed: assetChanges.length > 0 }),
    );
    return changes;
  });
}
