import "server-only";
import { and, count, desc, eq, max } from "drizzle-orm";
import { getDb } from "../../db";
import { disclosureTemplates, reports } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import type { DisclosureTemplate } from "../disclosure/template";
import { BUILT_IN_TEMPLATES, builtInTemplate, canonicalTemplateId } from "../disclosure/templates";
import { validateTemplate } from "../disclosure/templates/validate";
import { NotFoundError, ValidationError } from "../errors";
import { resolveTemplate, storedTemplate } from "./resolve";
import type { TDeriveTemplate } from "./templates.schema";

export interface TemplateSummary {
  id: string;
  version: number;
  name: string;
  region: string;
  year: number;
  builtIn: boolean;
  basedOn: { id: string; version: number } | null;
  /** Reports that use it (drafts follow its latest version). */
  reportCount: number;
}

/** The latest version of every template, built-in first, then by region and year. */
function latestTemplates(): DisclosureTemplate[] {
  const db = getDb();
  const stored = db
    .select({ id: disclosureTemplates.id, version: max(disclosureTemplates.version) })
    .from(disclosureTemplates)
    .groupBy(disclosureTemplates.id)
    .all()
    .flatMap((r) => {
      const t = storedTemplate(r.id, r.version ?? undefined);
      return t ? [t] : [];
    });
  return [...BUILT_IN_TEMPLATES.map((t) => builtInTemplate(t.id)!), ...stored];
}

/** Every template with how many reports use it; for the administrator. */
export function listTemplates(actor: Actor): TemplateSummary[] {
  assertCan(actor, "admin.templates");
  const usage = new Map(
    getDb()
      .select({ id: reports.templateId, n: count() })
      .from(reports)
      .groupBy(reports.templateId)
      .all()
      .map((r) => [canonicalTemplateId(r.id), r.n]),
  );
  return latestTemplates().map((t) => ({
    id: t.id,
    version: t.version,
    name: t.name,
    region: t.region,
    year: t.year,
    builtIn: BUILT_IN_TEMPLATES.some((b) => b.id === t.id),
    basedOn: t.basedOn,
    reportCount: usage.get(t.id) ?? 0,
  }));
}

/** Templates a report may be switched to (names only; any signed-in user may read them). */
export function templateChoices(): { id: string; name: string; region: string; year: number }[] {
  return latestTemplates().map((t) => ({ id: t.id, name: t.name, region: t.region, year: t.year }));
}

/** The regions templates exist for, for the department form. */
export function templateRegions(): string[] {
  return [...new Set(latestTemplates().map((t) => t.region))].sort();
}

/**
 * The template a new report of a department takes: its region's template for that year, or the
 * region's nearest earlier one. A region without a template of its own (or a department without a
 * region) takes the nearest earlier built-in template — never another region's derived one — and a
 * year before every built-in template takes the earliest.
 */
export function chooseTemplate(region: string, year: number): DisclosureTemplate {
  const byYearDesc = (a: DisclosureTemplate, b: DisclosureTemplate) => b.year - a.year;
  const regional = latestTemplates()
    .filter((t) => region !== "" && t.region === region && t.year <= year)
    .sort(byYearDesc);
  if (regional[0]) return regional[0];
  const builtIns = BUILT_IN_TEMPLATES.map((t) => builtInTemplate(t.id)!);
  return (
    builtIns.filter((t) => t.year <= year).sort(byYearDesc)[0] ?? [...builtIns].sort((a, b) => a.year - b.year)[0]!
  );
}

/** The latest version of a template, for editing or export. */
export function getTemplate(actor: Actor, id: string): DisclosureTemplate {
  assertCan(actor, "admin.templates");
  const template = builtInTemplate(id) ?? storedTemplate(id);
  if (!template) throw new NotFoundError(`模板“${id}”不存在`);
  return template;
}

function nextVersion(id: string): number {
  const row = getDb()
    .select({ v: max(disclosureTemplates.version) })
    .from(disclosureTemplates)
    .where(eq(disclosureTemplates.id, id))
    .get();
  return (row?.v ?? 0) + 1;
}

function insertVersion(actor: Actor, template: DisclosureTemplate, action: string, note: string): DisclosureTemplate {
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(disclosureTemplates)
      .values({
        id: template.id,
        version: template.version,
        name: template.name,
        region: template.region,
        year: template.year,
        definitionJson: JSON.stringify(template),
        createdById: actor.id,
      })
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action,
      field: `disclosure_templates[${template.id}]`,
      newValue: `第${template.version}版：${template.name}（${template.region}，${template.year}年度）${note}`,
    });
  });
  return template;
}

/** 派生: a new template (version 1) copied from an existing one, for another year or region. */
export function deriveTemplate(actor: Actor, input: TDeriveTemplate): DisclosureTemplate {
  assertCan(actor, "admin.templates");
  const source = resolveTemplate(input.fromId);
  if (builtInTemplate(input.id) || storedTemplate(input.id)) {
    throw new ValidationError(`模板编号“${input.id}”已被使用`, "id");
  }
  const derived = validateTemplate({
    ...structuredClone(source),
    id: input.id,
    version: 1,
    name: input.name,
    region: input.region,
    year: input.year,
    basedOn: { id: source.id, version: source.version },
  });
  if (!derived.ok) throw new ValidationError(derived.errors.join("；"));
  return insertVersion(actor, derived.template, "template.derive", `，派生自${source.id}第${source.version}版`);
}

/**
 * Saves an edited template as its next version. Built-in templates are not edited (derive one);
 * the id stays the template's id. Returns the problems when the template is not valid.
 */
export function saveTemplateVersion(
  actor: Actor,
  id: string,
  raw: unknown,
): { ok: true; template: DisclosureTemplate } | { ok: false; errors: string[] } {
  assertCan(actor, "admin.templates");
  if (builtInTemplate(id)) throw new ValidationError("内置模板不能修改，请先派生一个新模板再编辑。");
  if (!storedTemplate(id)) throw new NotFoundError(`模板“${id}”不存在`);
  const object = typeof raw === "object" && raw !== null ? raw : {};
  const v = validateTemplate({ ...object, id, version: nextVersion(id) });
  if (!v.ok) return v;
  return { ok: true, template: insertVersion(actor, v.template, "template.update", "") };
}

/**
 * 导入: a template from a JSON file — a new template (version 1), or the next version of a derived
 * one with the same id. Built-in ids are refused.
 */
export function importTemplate(
  actor: Actor,
  json: string,
): { ok: true; template: DisclosureTemplate } | { ok: false; errors: string[] } {
  assertCan(actor, "admin.templates");
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, errors: ["文件不是有效的 JSON（请选择从本系统导出的模板文件）"] };
  }
  const id = typeof raw === "object" && raw !== null && "id" in raw ? String((raw as { id: unknown }).id) : "";
  if (builtInTemplate(id))
    return { ok: false, errors: [`“${id}”是内置模板的编号；请在文件中改用新的模板编号后再导入`] };
  const v = validateTemplate({ ...(raw as object), version: nextVersion(id) });
  if (!v.ok) return v;
  return { ok: true, template: insertVersion(actor, v.template, "template.import", "（导入）") };
}

/** How many reports use a template (the template page says who a change reaches). */
export function templateUsage(actor: Actor, id: string): { drafts: number; others: number } {
  assertCan(actor, "admin.templates");
  const rows = getDb()
    .select({ status: reports.status, n: count() })
    .from(reports)
    .where(and(eq(reports.templateId, id)))
    .groupBy(reports.status)
    .all();
  const drafts = rows.find((r) => r.status === "draft")?.n ?? 0;
  return { drafts, others: rows.reduce((s, r) => s + r.n, 0) - drafts };
}

/** The versions of a derived template, newest first. */
export function templateVersions(actor: Actor, id: string) {
  assertCan(actor, "admin.templates");
  return getDb()
    .select({ version: disclosureTemplates.version, createdAt: disclosureTemplates.createdAt })
    .from(disclosureTemplates)
    .where(eq(disclosureTemplates.id, id))
    .orderBy(desc(disclosureTemplates.version))
    .all();
}
