/**
 * Validating a template when it loads: the shape (zod), then what zod cannot see — every placeholder of
 * every pattern is one the section offers, every phrase variant named exists, every list a block walks
 * is a list of its section, the options a kind needs are there. Each problem is one Chinese message
 * that says where it is (第3部分 · 第5节“…” · 第2段) and what is wrong.
 */
import { parsePattern, slotsOf } from "../pattern";
import { COMMON_PLACEHOLDERS, ITEM_PLACEHOLDERS, SECTION_KIND_DEFS } from "../sections";
import { PHRASE_KINDS, ZTemplate, type DisclosureTemplate, type PhraseKind, type SectionSpec } from "../template";

/** A problem of a template: the field it is in (a path into the template, for an editor) and the message. */
export interface TemplateIssue {
  path: (string | number)[];
  message: string;
}

export type TemplateValidation =
  { ok: true; template: DisclosureTemplate } | { ok: false; errors: string[]; issues: TemplateIssue[] };

const FIELD_NAMES: Record<string, string> = {
  id: "模板编号",
  version: "版本",
  name: "模板名称",
  region: "适用地区",
  year: "年度",
  title: "文档标题",
  cover: "封面",
  numbering: "编号格式",
  parts: "部分",
  sections: "节",
  blocks: "段",
  tables: "表",
  phrases: "句式",
  expenseClasses: "支出功能分类类级科目",
  gradeBands: "绩效等级",
  vehicleLabels: "车辆类别名称",
  glossary: "名词解释",
  options: "设置",
  lists: "列表句式",
  children: "下级节",
};

/** A zod path in words: parts.2.sections.4.title → 部分第3项 · 节第5项 · title. */
function describePath(path: PropertyKey[]): string {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    const name = FIELD_NAMES[key] ?? key;
    if (typeof next === "number") {
      out.push(`${name}第${next + 1}项`);
      i++;
    } else out.push(name);
  }
  return out.join(" · ") || "模板";
}

/** The phrase a placeholder is told with, by its name: …change, …completion, …reason. */
export function phraseKindOf(name: string): PhraseKind | null {
  const last = name.split(".").pop() ?? "";
  if (/^(c|.*C)hange$/.test(last)) return "change";
  if (/^completion$/.test(last)) return "completion";
  if (/^(r|.*R)eason$/.test(last)) return "reason";
  return null;
}

/** Placeholders each phrase shape may use. */
const PHRASE_SLOTS: Record<PhraseKind, Record<string, PhraseKind | null>> = {
  change: { amount: null, rate: null },
  completion: { rate: null, budget: null, actual: null, difference: "difference" },
  difference: { reason: "reason" },
  reason: { text: null },
};

export function validateTemplate(raw: unknown): TemplateValidation {
  const parsed = ZTemplate.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 50).map((i) => ({
      path: i.path.map((k) => (typeof k === "symbol" ? String(k) : k)),
      message: `${describePath(i.path)}：${i.message}`,
    }));
    return { ok: false, errors: issues.map((i) => i.message), issues };
  }
  const t = parsed.data;
  const issues: TemplateIssue[] = [];
  const fail = (path: TemplateIssue["path"], message: string) => issues.push({ path, message });
  const variantsOf = (kind: PhraseKind) => Object.keys(t.phrases[kind]);

  /** Checks one pattern against the names it may use (name → the phrase it is told with, or null). */
  const check = (
    path: TemplateIssue["path"],
    where: string,
    pattern: string,
    names: Record<string, PhraseKind | null>,
  ) => {
    const p = parsePattern(pattern);
    if (!p.ok) {
      fail(path, `${where}：${p.error}`);
      return;
    }
    for (const slot of slotsOf(p.nodes)) {
      if (!(slot.name in names)) {
        fail(path, `${where}：没有占位符{${slot.name}}`);
        continue;
      }
      const kind = names[slot.name];
      if (slot.variant && !kind) fail(path, `${where}：{${slot.name}}不是可以选择句式的占位符`);
      if (slot.variant && kind && !variantsOf(kind).includes(slot.variant)) {
        fail(path, `${where}：句式中没有名为“${slot.variant}”的${PHRASE_NAMES[kind]}变体`);
      }
    }
  };
  const namesFrom = (...records: Record<string, string>[]) =>
    Object.fromEntries(records.flatMap((r) => Object.keys(r)).map((n) => [n, phraseKindOf(n)])) as Record<
      string,
      PhraseKind | null
    >;

  for (const kind of PHRASE_KINDS) {
    for (const [variant, shape] of Object.entries(t.phrases[kind])) {
      for (const [branch, pattern] of Object.entries(shape as Record<string, string>)) {
        check(
          ["phrases", kind, variant, branch],
          `句式 · ${PHRASE_NAMES[kind]} · ${variant} · ${branch}`,
          pattern,
          PHRASE_SLOTS[kind],
        );
      }
    }
  }
  check(["title"], "文档标题", t.title, namesFrom(COMMON_PLACEHOLDERS));
  t.cover.forEach((line, i) => check(["cover", i], `封面第${i + 1}行`, line, namesFrom(COMMON_PLACEHOLDERS)));
  for (const [key, pattern] of Object.entries(t.numbering)) {
    check(["numbering", key], `编号格式 · ${key}`, pattern, { cn: null, title: null });
  }

  const checkSection = (path: TemplateIssue["path"], where: string, s: SectionSpec) => {
    const def = SECTION_KIND_DEFS[s.kind];
    const lists = def.lists ?? {};
    const sectionNames = namesFrom(COMMON_PLACEHOLDERS, def.placeholders);
    for (const name of Object.keys(s.lists)) {
      if (!(name in lists))
        fail([...path, "lists", name], `${where} · 列表句式“${name}”：这一节没有名为“${name}”的列表`);
      else
        check([...path, "lists", name, "item"], `${where} · 列表句式“${name}”`, s.lists[name]!.item, {
          ...sectionNames,
          ...namesFrom(ITEM_PLACEHOLDERS, lists[name]!),
        });
    }
    const inline = { ...sectionNames, ...Object.fromEntries(Object.keys(s.lists).map((n) => [n, null])) };
    s.blocks.forEach((b, i) => {
      const at = `${where} · 第${i + 1}段`;
      if (b.type === "heading" || b.type === "paragraph") check([...path, "blocks", i, "text"], at, b.text, inline);
      else if (b.type === "paragraphs" || b.type === "list") {
        const items = lists[b.each];
        if (!items) fail([...path, "blocks", i, "each"], `${at}：这一节没有名为“${b.each}”的列表`);
        else check([...path, "blocks", i, "text"], at, b.text, { ...inline, ...namesFrom(ITEM_PLACEHOLDERS, items) });
      }
    });
    if (s.none !== undefined) check([...path, "none"], `${where} · 无数据时的说明`, s.none, inline);
    if (s.kind === "income") {
      const sources = (s.options.incomeSources ?? []).map((x) => x.source);
      if (sources.length === 0) fail([...path, "options"], `${where}：请设置收入来源（设置 · incomeSources）`);
      if (sources.includes("fiscal") && sources.some((x) => ["generalBudget", "govFund", "stateCapital"].includes(x))) {
        fail(
          [...path, "options"],
          `${where}：收入来源中“财政拨款收入”与其中的一般公共预算、政府性基金、国有资本经营重复计算`,
        );
      }
    }
    if (s.kind === "expense" && (s.options.expenseKinds ?? []).length === 0) {
      fail([...path, "options"], `${where}：请设置支出类别（设置 · expenseKinds）`);
    }
    if (s.kind === "group") {
      if (!s.children?.length) fail([...path, "children"], `${where}：分组下至少要有一节`);
      s.children?.forEach((c, i) =>
        checkSection([...path, "children", i], `${where} · 下级第${i + 1}节“${c.title}”`, c),
      );
    } else if (s.children?.length) fail([...path, "children"], `${where}：只有“分组”才能有下级节`);
  };
  t.parts.forEach((part, p) => {
    check(["parts", p, "title"], `第${p + 1}部分标题`, part.title, namesFrom(COMMON_PLACEHOLDERS));
    part.sections.forEach((s, i) =>
      checkSection(
        ["parts", p, "sections", i],
        `第${p + 1}部分 · 第${i + 1}节“${s.title || SECTION_KIND_DEFS[s.kind].label}”`,
        s,
      ),
    );
  });

  const tableKinds = new Set<string>();
  t.tables.forEach((table, i) => {
    const at = `表第${i + 1}项“${table.title}”`;
    if (tableKinds.has(table.kind)) fail(["tables", i, "kind"], `${at}：同一种表出现了两次`);
    tableKinds.add(table.kind);
    check(["tables", i, "emptyStatement"], `${at} · 无数据说明`, table.emptyStatement, {
      department: null,
      year: null,
      short: null,
    });
    if (table.kind === "generalBudgetBasic") {
      const groups = table.economicGroups ?? [];
      if (groups.length === 0) fail(["tables", i, "economicGroups"], `${at}：请设置经济分类的列组（economicGroups）`);
      const bandGroups = (table.economicBands ?? []).reduce((s, b) => s + b.groups, 0);
      if (bandGroups > 0 && bandGroups !== groups.length)
        fail(
          ["tables", i, "economicBands"],
          `${at}：表头分组覆盖的列组数（${bandGroups}）与列组数（${groups.length}）不等`,
        );
    }
  });
  const codes = t.expenseClasses.map((c) => c.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate)
    fail(["expenseClasses", codes.lastIndexOf(duplicate), "code"], `支出功能分类类级科目：${duplicate}重复`);
  const grades = t.gradeBands.map((b) => b.grade);
  if (new Set(grades).size !== grades.length) fail(["gradeBands"], "绩效等级：等级名称重复");
  if (!t.gradeBands.some((b) => b.min === 0)) fail(["gradeBands"], "绩效等级：须有一个从0分起的等级（最低等级）");

  const kept = issues.slice(0, 50);
  return kept.length ? { ok: false, errors: kept.map((i) => i.message), issues: kept } : { ok: true, template: t };
}

const PHRASE_NAMES: Record<PhraseKind, string> = {
  change: "变化",
  completion: "预算完成",
  difference: "预算差异",
  reason: "原因",
};

/** Validates or throws with the messages (for built-in templates and stored ones). */
export function assertValidTemplate(raw: unknown): DisclosureTemplate {
  const v = validateTemplate(raw);
  if (!v.ok) throw new Error(`模板无效：\n${v.errors.join("\n")}`);
  return v.template;
}
