/**
 * The built-in disclosure templates (data, validated when first used). Templates an admin derives live
 * in the database (lib/templates) and are validated the same way.
 */
import type { DisclosureTemplate } from "../template";
import { LANZHOU_2020 } from "./lanzhou-2020";
import { SHANGHAI_2024 } from "./shanghai-2024";
import { assertValidTemplate } from "./validate";

export const BUILT_IN_TEMPLATES: readonly DisclosureTemplate[] = [LANZHOU_2020, SHANGHAI_2024];

/** Ids of the first version, read as today's: reports published before templates had names. */
const LEGACY_IDS: Record<string, string> = { "2020": LANZHOU_2020.id };

export const canonicalTemplateId = (id: string) => LEGACY_IDS[id] ?? id;

const validated = new Map<string, DisclosureTemplate>();

/** A built-in template by id (validated once), or undefined. */
export function builtInTemplate(id: string): DisclosureTemplate | undefined {
  const canonical = canonicalTemplateId(id);
  const cached = validated.get(canonical);
  if (cached) return cached;
  const raw = BUILT_IN_TEMPLATES.find((t) => t.id === canonical);
  if (!raw) return undefined;
  const template = assertValidTemplate(raw);
  validated.set(canonical, template);
  return template;
}

export { LANZHOU_2020, SHANGHAI_2024 };
