import "server-only";
import { eq } from "drizzle-orm";
import { glossaryEntries } from "../../../db/schema";
import type { Actor } from "../../access";
import { loadReportData } from "../load-report-data";
import { diffList, saveSection } from "./save-section";
import type { TGlossary } from "./glossary.schema";

export function getGlossaryForm(actor: Actor, reportId: number): TGlossary {
  return { entries: loadReportData(actor, reportId).glossary };
}

export function saveGlossary(actor: Actor, reportId: number, version: number, input: TGlossary) {
  return saveSection(actor, reportId, "glossary", version, ({ tx }) => {
    const before = tx
      .select()
      .from(glossaryEntries)
      .where(eq(glossaryEntries.reportId, reportId))
      .orderBy(glossaryEntries.sortOrder)
      .all();
    tx.delete(glossaryEntries).where(eq(glossaryEntries.reportId, reportId)).run();
    input.entries.forEach((e, sortOrder) =>
      tx
        .insert(glossaryEntries)
        .values({ reportId, ...e, sortOrder })
        .run(),
    );
    return diffList("glossary", before, input.entries, (e) => `${e.term}：${e.definition}`);
  });
}
