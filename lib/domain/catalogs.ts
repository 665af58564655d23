/**
 * The two subject catalogs (政府收支分类科目) and where a subject of a year's catalog came from. A year's
 * catalog is its own list of subjects; a year without one uses the latest earlier year's
 * (docs/decisions/015-catalogs-per-year.md).
 */
export const CATALOG_KINDS = ["function", "economic"] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export const CATALOG_KIND_LABELS: Record<CatalogKind, string> = {
  function: "支出功能分类",
  economic: "支出经济分类",
};

/** The deepest level a catalog has: 功能分类 类/款/项 (3/5/7 digits), 经济分类 类/款 (3/5). */
export const CATALOG_CODE_LENGTHS: Record<CatalogKind, readonly number[]> = {
  function: [3, 5, 7],
  economic: [3, 5],
};

/** How a year's catalog came to be: the file shipped with the app, an admin's import, or a copy of an earlier year. */
export const CATALOG_SOURCES = ["builtin", "import", "derived"] as const;
export type CatalogSource = (typeof CATALOG_SOURCES)[number];

export const CATALOG_SOURCE_LABELS: Record<CatalogSource, string> = {
  builtin: "内置",
  import: "导入",
  derived: "沿用",
};

/**
 * Who put a subject into a year's catalog: the official catalog (file or built in), an admin by hand,
 * or a clerk while entering (added locally: listed for the admin and warned about in 审核 until an admin
 * confirms it).
 */
export const SUBJECT_SOURCES = ["catalog", "admin", "clerk"] as const;
export type SubjectSource = (typeof SUBJECT_SOURCES)[number];

export const SUBJECT_SOURCE_LABELS: Record<SubjectSource, string> = {
  catalog: "科目表",
  admin: "管理员添加",
  clerk: "填报时添加",
};

/** An admin's decision on a code of last year's catalog: carried to this code, or not the same subject. */
export const MAPPING_DECISIONS = ["confirmed", "rejected"] as const;
export type MappingDecision = (typeof MAPPING_DECISIONS)[number];

/** Why a code of last year's catalog is suggested to map to a code of this year's. */
export const MAPPING_REASONS = ["renamed", "renumbered", "manual"] as const;
export type MappingReason = (typeof MAPPING_REASONS)[number];

export const MAPPING_REASON_LABELS: Record<MappingReason, string> = {
  renamed: "编码未变、名称改变",
  renumbered: "名称未变、编码改变",
  manual: "管理员指定",
};
