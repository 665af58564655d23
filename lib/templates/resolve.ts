import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import { disclosureTemplates } from "../../db/schema";
import type { DisclosureTemplate } from "../disclosure/template";
import { builtInTemplate, canonicalTemplateId } from "../disclosure/templates";
import { assertValidTemplate } from "../disclosure/templates/validate";

const parsed = new Map<string, DisclosureTemplate>();

/** A stored template's version, validated once per process. */
export function storedTemplate(id: string, version?: number): DisclosureTemplate | undefined {
  const db = getDb();
  const row =
    version === undefined
      ? db
          .select({ version: disclosureTemplates.version, json: disclosureTemplates.definitionJson })
          .from(disclosureTemplates)
          .where(eq(disclosureTemplates.id, id))
          .orderBy(desc(disclosureTemplates.version))
          .get()
      : db
          .select({ version: disclosureTemplates.version, json: disclosureTemplates.definitionJson })
          .from(disclosureTemplates)
          .where(eq(disclosureTemplates.id, id))
          .all()
          .find((r) => r.version === version);
  if (!row) return undefined;
  const key = `${id}@${row.version}`;
  let template = parsed.get(key);
  if (!template) {
    template = assertValidTemplate(JSON.parse(row.json));
    parsed.set(key, template);
  }
  return template;
}

/**
 * The template a report is printed with: a built-in one, or the latest version of one an admin derived.
 * A report names no template that does not exist (reports reference templates by id); if one did, that
 * is a fault of the data, not of the user.
 */
export function resolveTemplate(id: string): DisclosureTemplate {
  const template = builtInTemplate(id) ?? storedTemplate(canonicalTemplateId(id));
  if (!template) throw new Error(`公开模板“${id}”不存在`);
  return template;
}
