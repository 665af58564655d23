import "server-only";
import { and, eq, gte, isNull } from "drizzle-orm";
import { getDb } from "../../db";
import { functionSubjects } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { addSubjectWithParents, subjectsOf, type CatalogItem } from "../catalog";
import type { TAddLocalSubject, TConfirmSubject } from "../catalog.schema";
import { NotFoundError } from "../errors";
import { getReport } from "../reports/get-report";

/**
 * 添加科目 from the 功能分类 grid when the year's catalog lacks the code: the clerk names the 项 and, when
 * the catalog lacks them too, its 款 and 类 — one step. The subjects join the report year's catalog
 * marked as added locally: entry accepts them at once, the admin sees them listed, and 审核 warns
 * until an admin confirms them (R-SUBJECT-LOCAL).
 */
export function addLocalSubject(actor: Actor, input: TAddLocalSubject): CatalogItem {
  const report = getReport(actor, input.reportId, "report.addSubject");
  getDb().transaction((tx) =>
    addSubjectWithParents(tx, "function", report.year, input, {
      actorId: actor.id,
      source: "clerk",
      reportId: report.id,
    }),
  );
  const names = new Map(
    subjectsOf("function", report.year, [input.code.slice(0, 3), input.code.slice(0, 5), input.code]).map((s) => [
      s.code,
      s,
    ]),
  );
  const item = names.get(input.code)!;
  return {
    code: item.code,
    name: item.name,
    path: `${names.get(input.code.slice(0, 3))?.name ?? ""} / ${names.get(input.code.slice(0, 5))?.name ?? ""}`,
    unconfirmed: true,
  };
}

/**
 * An admin confirms a subject a clerk added (its name corrected if need be), in its year and in the
 * later years that copied it. From then on it is an ordinary subject of the catalog.
 */
export function confirmLocalSubject(actor: Actor, input: TConfirmSubject): void {
  assertCan(actor, "catalog.confirm");
  const now = new Date();
  getDb().transaction((tx) => {
    const where = and(
      eq(functionSubjects.code, input.code),
      gte(functionSubjects.year, input.year),
      eq(functionSubjects.source, "clerk"),
      isNull(functionSubjects.confirmedAt),
    );
    const rows = tx.select().from(functionSubjects).where(where).all();
    if (!rows.some((r) => r.year === input.year))
      throw new NotFoundError(`${input.year}年科目表中没有待确认的科目${input.code}`);
    tx.update(functionSubjects).set({ name: input.name, confirmedById: actor.id, confirmedAt: now }).where(where).run();
    const before = rows.find((r) => r.year === input.year)!;
    writeAudit(
      tx,
      {
        actorId: actor.id,
        action: "catalog.confirm",
        field: `function_subjects@${input.year}[${input.code}]`,
        oldValue: before.name,
        newValue: input.name,
      },
      now,
    );
  });
}
