import "server-only";
import { and, eq } from "drizzle-orm";
import { explanations } from "../../../db/schema";
import type { Actor } from "../../access";
import { explanationSlots, type ExplanationSlot } from "../../disclosure/slots";
import { ValidationError } from "../../errors";
import { resolveTemplate } from "../../templates/resolve";
import { loadReportData } from "../load-report-data";
import { saveSection, type FieldChange } from "./save-section";
import type { TExplanations } from "./explanations.schema";

/**
 * Every place the report's template prints a reason or purpose the figures call for, and every reason
 * saved that is no longer printed (stale), with the figures and the text written so far.
 */
export function getExplanationsForm(
  actor: Actor,
  reportId: number,
): { slots: ExplanationSlot[]; initial: TExplanations } {
  const data = loadReportData(actor, reportId);
  const slots = explanationSlots(data, resolveTemplate(data.report.templateId));
  return { slots, initial: { items: slots.map((s) => ({ slot: s.key, text: data.explanations[s.key] ?? "" })) } };
}

/**
 * Saves the reasons. Only the report's own slots (those its figures call for, as the form lists them)
 * are stored: an invented key would be text no page ever shows.
 */
export function saveExplanations(actor: Actor, reportId: number, version: number, input: TExplanations) {
  return saveSection(actor, reportId, "explanations", version, ({ tx }) => {
    const data = loadReportData(actor, reportId);
    const slots = new Set(explanationSlots(data, resolveTemplate(data.report.templateId)).map((s) => s.key));
    const unknown = input.items.findIndex((item) => !slots.has(item.slot));
    if (unknown >= 0)
      throw new ValidationError(
        `说明位置“${input.items[unknown]!.slot}”不属于本报告，请刷新页面后重新填写`,
        `items.${unknown}.slot`,
      );
    const before = new Map(
      tx
        .select()
        .from(explanations)
        .where(eq(explanations.reportId, reportId))
        .all()
        .map((e) => [e.slot, e.text]),
    );
    const changes: FieldChange[] = [];
    for (const { slot, text } of input.items) {
      const old = before.get(slot) ?? "";
      if (old === text) continue;
      if (text === "")
        tx.delete(explanations)
          .where(and(eq(explanations.reportId, reportId), eq(explanations.slot, slot)))
          .run();
      else
        tx.insert(explanations)
          .values({ reportId, slot, text })
          .onConflictDoUpdate({ target: [explanations.reportId, explanations.slot], set: { text } })
          .run();
      changes.push({ field: `explanations[${slot}]`, oldValue: old || null, newValue: text || null });
    }
    return changes;
  });
}
