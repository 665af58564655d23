import "server-only";
import { eq } from "drizzle-orm";
import { threePublicAmounts, threePublicQuantities } from "../../../db/schema";
import type { Actor } from "../../access";
import { loadReportData } from "../load-report-data";
import { auditMoney, moneyText } from "./money-text";
import { settleCarried } from "./carried";
import { diffRecord, saveSection } from "./save-section";
import { type TThreePublic, type TThreePublicInput } from "./three-public.schema";
import { QUANTITY_FIELDS } from "./columns";
import { THREE_PUBLIC_ITEMS } from "../../domain";

export function getThreePublicForm(actor: Actor, reportId: number): TThreePublicInput {
  const { threePublic } = loadReportData(actor, reportId);
  return {
    confirmCarried: false,
    amounts: THREE_PUBLIC_ITEMS.map((item) => {
      const a = threePublic.amounts[item];
      return {
        item,
        initialBudget: moneyText(a.initialBudget),
        actual: moneyText(a.actual),
        priorYear: moneyText(a.priorYear),
      };
    }),
    quantities: Object.fromEntries(
      QUANTITY_FIELDS.map(([k]) => [k, String(threePublic.quantities[k])]),
    ) as TThreePublicInput["quantities"],
  };
}

export function saveThreePublic(actor: Actor, reportId: number, version: number, input: TThreePublic) {
  return saveSection(actor, reportId, "threePublic", version, ({ tx }) => {
    const before = new Map(
      tx
        .select()
        .from(threePublicAmounts)
        .where(eq(threePublicAmounts.reportId, reportId))
        .all()
        .map((a) => [a.item, a]),
    );
    const changes = [];
    for (const { item, ...amounts } of input.amounts) {
      tx.insert(threePublicAmounts)
        .values({ reportId, item, ...amounts })
        .onConflictDoUpdate({ target: [threePublicAmounts.reportId, threePublicAmounts.item], set: amounts })
        .run();
      changes.push(...diffRecord(`three_public[${item}]`, before.get(item), amounts, (_k, v) => auditMoney(v)));
    }
    const quantitiesBefore = tx
      .select()
      .from(threePublicQuantities)
      .where(eq(threePublicQuantities.reportId, reportId))
      .get();
    tx.insert(threePublicQuantities)
      .values({ reportId, ...input.quantities })
      .onConflictDoUpdate({ target: threePublicQuantities.reportId, set: input.quantities })
      .run();
    const quantityChanges = diffRecord("three_public_quantities", quantitiesBefore, input.quantities);
    changes.push(
      ...quantityChanges,
      ...settleCarried(tx, reportId, "quantities", {
        confirmed: input.confirmCarried,
        changed: quantityChanges.length > 0,
      }),
    );
    return changes;
  });
}
