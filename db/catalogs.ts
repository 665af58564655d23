/**
 * Loads the built-in catalog year (2020) of the 支出功能分类 and 支出经济分类 from the CSV files in
 * db/catalogs/ (copied from the reference material: code,name,level,parent). Subjects already present
 * are left as they are, so an admin's additions and edits survive; missing ones are added. Later years
 * are imported by an admin from the official files (lib/catalogs/import-catalog.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./connection";
import { economicSubjects, functionSubjects, subjectCatalogs } from "./schema";
import { type SubjectLevel } from "../lib/domain";

const LEVELS: Record<string, SubjectLevel> = { 类: "class", 款: "section", 项: "item" };

export interface CatalogRow {
  code: string;
  name: string;
  level: SubjectLevel;
  parentCode: string | null;
}

export function parseCatalogCsv(text: string): CatalogRow[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const [header, ...rows] = lines;
  if (header?.trim() !== "code,name,level,parent") throw new Error(`科目表表头不正确：${header}`);
  return rows.map((line, i) => {
    const [code = "", name = "", levelText = "", parent = ""] = line.split(",").map((c) => c.trim());
    const level = LEVELS[levelText];
    if (!/^\d{3,7}$/.test(code) || !name || !level) throw new Error(`科目表第${i + 2}行无法识别：${line}`);
    return { code, name, level, parentCode: parent || null };
  });
}

const CATALOG_DIR = path.resolve(process.cwd(), "db/catalogs");

export function loadCatalogs(db: Db, year = 2020): { functionCount: number; economicCount: number } {
  const fn = parseCatalogCsv(fs.readFileSync(path.join(CATALOG_DIR, `function-subjects-${year}.csv`), "utf8"));
  const ec = parseCatalogCsv(fs.readFileSync(path.join(CATALOG_DIR, `economic-subjects-${year}.csv`), "utf8"));
  db.transaction((tx) => {
    for (const row of fn) {
      tx.insert(functionSubjects)
        .values({ ...row, year })
        .onConflictDoNothing()
        .run();
    }
    for (const row of ec) {
      tx.insert(economicSubjects)
        .values({ ...row, year })
        .onConflictDoNothing()
        .run();
    }
    for (const kind of ["function", "economic"] as const) {
      tx.insert(subjectCatalogs).values({ kind, year, source: "builtin" }).onConflictDoNothing().run();
    }
  });
  return { functionCount: fn.length, economicCount: ec.length };
}
