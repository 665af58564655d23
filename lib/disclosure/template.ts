/**
 * A disclosure template is data: everything that differs between one year's or one region's
 * 部门决算公开 and another's — the parts and their numbering, which sections and tables exist and in
 * which order, their titles, every sentence shape, the phrases that tell a change or a budget
 * difference, the table layouts, the year's expenditure 类, the grade bands, the glossary, the vehicle
 * names — is a field here. The builder (lib/disclosure/build.ts) knows how to compute each kind of
 * section and table; it never asks which template it is rendering.
 *
 * Templates are validated with zod when they load (built-in or derived by an admin): a missing field, an
 * unknown section kind, a placeholder the section does not offer or a phrase variant the template does not
 * define is refused with a message naming where it is (validateTemplate).
 */
import { plainText } from "../text";
import { z } from "zod";
import { VEHICLE_CATEGORIES } from "../domain";
import { parsePattern } from "./pattern";

/** A sentence pattern (lib/disclosure/pattern.ts); checked for syntax here and for placeholders below. */
export const ZPattern = z
  .string({ error: "请填写句式" })
  .overwrite(plainText)
  .max(4000, { error: "句式过长（最多4000字）" })
  .superRefine((text, ctx) => {
    const parsed = parsePattern(text);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: `句式有误：${parsed.error}` });
  });

const ZLabel = z.string().overwrite(plainText).max(200, { error: "最多200字" });

// ---------------------------------------------------------------------------------------------
// Phrases: how a change, a budget completion, a difference and a reason are told.

/** A year-over-year change: placeholders {amount} (the change, 万元) and {rate} (absent on a zero base). */
const ZChangeShape = z.object({ up: ZPattern, down: ZPattern, flat: ZPattern });
/** 决算 against a budget: {rate}, {budget}, {actual}, and {difference} (told by a difference variant). */
const ZCompletionShape = z.object({ withBudget: ZPattern, noBudget: ZPattern, none: ZPattern });
/** 决算数大于/小于/等于预算数: {reason} (the clerk's reason, told by a reason variant). */
const ZDifferenceShape = z.object({ over: ZPattern, under: ZPattern, equal: ZPattern });
/** The clerk's reason: {text}; `enumerated` is used when it starts “一是…” or “1.”. */
const ZReasonShape = z.object({ plain: ZPattern, enumerated: ZPattern });

const variants = <T extends z.ZodType>(shape: T) =>
  z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: "变体名只能用英文字母和数字" }), shape)
    .refine((r) => "default" in r, { error: "须有名为 default 的变体" });

export const ZPhrases = z.object({
  change: variants(ZChangeShape),
  completion: variants(ZCompletionShape),
  difference: variants(ZDifferenceShape),
  reason: variants(ZReasonShape),
});
export type Phrases = z.infer<typeof ZPhrases>;
export const PHRASE_KINDS = ["change", "completion", "difference", "reason"] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Sections: a kind (what the builder computes), a title, and blocks written in patterns.

export const SECTION_KINDS = [
  "profile.duties",
  "profile.organisations",
  "profile.units",
  "tables",
  "total",
  "income",
  "expense",
  "fiscal",
  "generalBudget",
  "basic",
  "threePublic",
  "agencyOperating",
  "procurement",
  "assets",
  "govFund",
  "stateCapital",
  "performance.work",
  "performance.results",
  "performance.department",
  "performance.management",
  "glossary",
  "group",
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const ZBlock = z.discriminatedUnion("type", [
  /** A sub-heading such as （一）…; left out when it fills to nothing. */
  z.object({ type: z.literal("heading"), text: ZPattern }),
  /** A paragraph; left out when it fills to nothing. */
  z.object({ type: z.literal("paragraph"), text: ZPattern }),
  /** One paragraph per item of a list of the section (e.g. one per 项 in 五（三）). */
  z.object({ type: z.literal("paragraphs"), each: z.string().min(1), text: ZPattern }),
  /** A list, one line per item (e.g. the 部门职责). */
  z.object({ type: z.literal("list"), each: z.string().min(1), text: ZPattern }),
  /** The table of the department's units (序号 | 单位名称 | 备注). */
  z.object({ type: z.literal("unitsTable") }),
]);
export type Block = z.infer<typeof ZBlock>;

/** A list told inside a sentence: each item in `item`, joined with `separator`. */
export const ZListShape = z.object({ item: ZPattern, separator: z.string().max(10) });

const ZIncomeSource = z.object({
  source: z.enum([
    "fiscal",
    "generalBudget",
    "govFund",
    "stateCapital",
    "superiorSubsidy",
    "business",
    "operating",
    "fromSubsidiary",
    "other",
  ]),
  label: ZLabel.min(1),
});
const ZExpenseKind = z.object({
  kind: z.enum(["basic", "project", "remitToSuperior", "operating", "subsidyToSubsidiary"]),
  label: ZLabel.min(1),
});

/** Options of the kinds that have them. */
export const ZSectionOptions = z
  .object({
    /** income: which sources 二 names, in order (财政拨款 combined, or its three parts). */
    incomeSources: z.array(ZIncomeSource).optional(),
    /** expense: which kinds of spending 三 names, in order. */
    expenseKinds: z.array(ZExpenseKind).optional(),
    /** generalBudget: the level 五 explains at (类 or 项), and the budget it compares with. */
    level: z.enum(["class", "item"]).optional(),
    budgetBasis: z.enum(["initial", "adjusted"]).optional(),
    /** profile.units: the title when the department is a single unit (e.g. 机构设置). */
    singleUnitTitle: ZLabel.optional(),
  })
  .strict();

export interface SectionSpec {
  kind: SectionKind;
  /** The title without its number; "" for none. */
  title: string;
  /** Whether the title carries the part's running number (一、二、…). */
  numbered: boolean;
  blocks: Block[];
  /** Said instead of the blocks when the section has nothing to tell (no 三公, no 基金 …). */
  none?: string;
  lists: Record<string, z.infer<typeof ZListShape>>;
  options: z.infer<typeof ZSectionOptions>;
  /** group: sections told under this one, as （一）（二）…. */
  children?: SectionSpec[];
}

export const ZSection: z.ZodType<SectionSpec> = z.lazy(() =>
  z
    .object({
      kind: z.enum(SECTION_KINDS, { error: "未知的部分类型" }),
      title: ZLabel,
      numbered: z.boolean(),
      blocks: z.array(ZBlock),
      none: ZPattern.optional(),
      lists: z.record(z.string(), ZListShape),
      options: ZSectionOptions,
      children: z.array(ZSection).optional(),
    })
    .strict(),
);

export const ZPart = z.object({ title: ZPattern, sections: z.array(ZSection) }).strict();
export type PartSpec = z.infer<typeof ZPart>;

// ---------------------------------------------------------------------------------------------
// Tables

export const TABLE_KINDS = [
  "incomeExpenseSummary",
  "income",
  "expense",
  "fiscalSummary",
  "generalBudgetExpense",
  "generalBudgetBasic",
  "threePublic",
  "govFund",
  "stateCapital",
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export const ZTable = z
  .object({
    kind: z.enum(TABLE_KINDS, { error: "未知的表格类型" }),
    title: ZLabel.min(1, { error: "请填写表名" }),
    /** The table's number label, e.g. 决算公开01表; "" prints none. */
    number: ZLabel,
    /** Whether 编制单位：… is printed above the table. */
    organisation: z.boolean(),
    /** 行次 columns (the two 总表). */
    rowNumbers: z.boolean(),
    /** The 栏次 row under the header. */
    columnNumbers: z.boolean(),
    /** Where the 合计 row of a 类/款/项 table stands. */
    totalPosition: z.enum(["top", "bottom"]),
    /** How a zero amount is printed. */
    zero: z.enum(["blank", "zero"]),
    /** The 注 under the table. */
    note: ZLabel,
    /** The statement under an empty table (and in the table list): {department}, {year}. */
    emptyStatement: ZPattern,
    /** The label of the first money column of 支出 tables (小计 or 合计). */
    subtotalLabel: ZLabel,
    /** 01: the balancing row of the income side (用事业基金弥补收支差额 / 使用非财政拨款结余). */
    balancingLabel: ZLabel.optional(),
    /** 05: a band “本年支出” over its money columns, or none. */
    band: ZLabel.optional(),
    /** 06: the column groups (经济分类 类 codes each) and the bands over them. */
    economicGroups: z.array(z.array(z.string().regex(/^\d{3}$/, { error: "经济分类类级编码应为3位" }))).optional(),
    economicBands: z.array(z.object({ label: ZLabel, groups: z.number().int().min(1) })).optional(),
    /** 07: 预算数/决算数 blocks first (byMeasure) or each item's pair (byItem); the vehicle column's name. */
    arrangement: z.enum(["byMeasure", "byItem"]).optional(),
    vehicleLabel: ZLabel.optional(),
    vehicleOperationLabel: ZLabel.optional(),
    /** 01 and 04: the label of the amount columns (金额 / 决算数). */
    amountLabel: ZLabel.optional(),
    /** 09: only 本年支出 (expense), or like 08 with 结转 and 收入 (incomeExpense). */
    shape: z.enum(["expense", "incomeExpense"]).optional(),
  })
  .strict();
export type TableSpec = z.infer<typeof ZTable>;

// ---------------------------------------------------------------------------------------------
// The template

/** The 尾差 notes of templates stored before the field existed (the wording of the 2020 and 2024 templates). */
export const DEFAULT_ROUNDING_NOTES = {
  table: "注：本表金额单位为万元，按四舍五入保留两位小数，合计数与分项之和的尾差系四舍五入所致。",
  text: "注：本部分金额单位为万元，按四舍五入保留两位小数，分项之和与合计的尾差系四舍五入所致。",
};

export const ZTemplate = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { error: "模板编号只能用小写字母、数字和“-”，2到64个字符" }),
    version: z.number().int().min(1),
    name: ZLabel.min(1, { error: "请填写模板名称" }),
    region: ZLabel.min(1, { error: "请填写适用地区" }),
    year: z.number().int().min(2015).max(2100),
    /** The template it was derived from. */
    basedOn: z.object({ id: z.string(), version: z.number().int() }).nullable(),
    unit: z.literal("万元"),
    /** The document's title, and the lines of its cover. */
    title: ZPattern,
    cover: z.array(ZPattern),
    numbering: z
      .object({
        /** The title of a part: {cn} its number in Chinese, {title}. */
        part: ZPattern,
        /** A numbered section's title: {cn}, {title}. */
        section: ZPattern,
        /** A sub-section of a group: {cn}, {title}. */
        subsection: ZPattern,
      })
      .strict(),
    parts: z.array(ZPart).min(1, { error: "至少要有一个部分" }),
    tables: z.array(ZTable),
    phrases: ZPhrases,
    /** The expenditure 类 of the year, printed as the rows of tables 01 and 04 (zero or not). */
    expenseClasses: z
      .array(z.object({ code: z.string().regex(/^\d{3}$/, { error: "类级科目编码应为3位数字" }), name: ZLabel.min(1) }))
      .min(1),
    /** 绩效 grades, best first; a score at a band's `min` (hundredths of a point) is in it. */
    gradeBands: z
      .array(z.object({ grade: ZLabel.min(1), min: z.number().int().min(0).max(10_000) }))
      .min(1, { error: "至少要有一个等级" }),
    /** Names of the vehicle categories (entry form and text). */
    vehicleLabels: z.object(
      Object.fromEntries(VEHICLE_CATEGORIES.map((c) => [c, ZLabel.min(1)])) as Record<
        (typeof VEHICLE_CATEGORIES)[number],
        z.ZodString
      >,
    ),
    /** Whether the charts are printed (三、五). */
    charts: z.boolean(),
    /**
     * The 尾差 notes: under a table whose printed total differs from the sum of its printed parts, and
     * at the end of a section whose sentences do (docs/decisions/008-printed-figures.md).
     */
    // Added after templates were first stored: a stored template without it gets the common wording, so
    // every field added later must have a default (docs/decisions/007-templates-as-data.md).
    roundingNotes: z
      .object({ table: ZLabel.min(1), text: ZLabel.min(1) })
      .strict()
      .default(DEFAULT_ROUNDING_NOTES),
    /** The 名词解释 a new report starts with. */
    glossary: z.array(z.object({ term: ZLabel.min(1), definition: z.string().overwrite(plainText).min(1).max(4000) })),
  })
  .strict();

export type DisclosureTemplate = z.infer<typeof ZTemplate>;
/** A template as stored or imported: fields added since it was written may be missing (they have defaults). */
export type DisclosureTemplateInput = z.input<typeof ZTemplate>;
