/**
 * What a template prints, as `kind:placeholder` (e.g. "procurement:reservedSme", "assets:equipmentOver1m",
 * "performance.management:targetProjects"): the entry pages show the fields the report's template
 * uses, and keep the others' values untouched.
 */
import { parsePattern, slotsOf } from "../pattern";
import type { DisclosureTemplate, SectionSpec } from "../template";

export function usedPlaceholders(template: DisclosureTemplate): Set<string> {
  const used = new Set<string>();
  const add = (kind: string, pattern: string) => {
    const p = parsePattern(pattern);
    if (p.ok) for (const s of slotsOf(p.nodes)) used.add(`${kind}:${s.name}`);
  };
  const walk = (s: SectionSpec) => {
    used.add(`${s.kind}:`);
    for (const b of s.blocks) {
      if (b.type === "unitsTable") continue;
      add(s.kind, b.text);
      if (b.type === "paragraphs" || b.type === "list") used.add(`${s.kind}:${b.each}`);
    }
    if (s.none) add(s.kind, s.none);
    for (const l of Object.values(s.lists)) add(s.kind, l.item);
    s.children?.forEach(walk);
  };
  template.parts.forEach((p) => p.sections.forEach(walk));
  return used;
}

/** Whether the template prints a section of this kind at all (`name` omitted) or this placeholder of it. */
export function templateUses(used: Set<string>, kind: string, name = ""): boolean {
  return used.has(`${kind}:${name}`);
}
