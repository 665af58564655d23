import "server-only";
import { and, asc, count, eq, ne, notInArray, or, sql } from "drizzle-orm";
import { getDb } from "../../db";
import { departments, reports, units } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit, type AuditEntry } from "../audit/write-audit";
import { listUntilWrite } from "../reports/derived";
import { NotFoundError, ValidationError } from "../errors";
import { type TDepartment } from "./departments.schema";
import { UNIT_NATURE_LABELS } from "../domain";
import { contains, limitOffset, pageQueryOf, paged, zParam, type PageQuery, type Paged } from "../paging";

export interface DepartmentListItem {
  id: number;
  code: string;
  name: string;
  shortName: string;
  region: string;
  unitCount: number;
  userCount: number;
}

export interface DepartmentListQuery extends PageQuery {
  /** Text in the code, the name, the short name or the region ("" for any). */
  q: string;
}

/** The departments page's query string, parsed: bad numbers give page 1. */
export function departmentListQueryOf(params: Record<string, unknown>): DepartmentListQuery {
  return { ...pageQueryOf(params), q: zParam(100).parse(params.q) };
}

/**
 * One page of the departments, by code, searched in SQL, with the number of units and users of each
 * (counted for the page's rows only), kept until the next write; for admins.
 */
export function listDepartments(
  actor: Actor,
  query: DepartmentListQuery = departmentListQueryOf({}),
): Paged<DepartmentListItem> {
  assertCan(actor, "admin.departments");
  return listUntilWrite(`departments:${JSON.stringify(query)}`, () => readDepartmentsPage(query));
}

function readDepartmentsPage(query: DepartmentListQuery): Paged<DepartmentListItem> {
  const db = getDb();
  const where = query.q
    ? or(
        contains(departments.code, query.q),
        contains(departments.name, query.q),
        contains(departments.shortName, query.q),
        contains(departments.region, query.q),
      )
    : undefined;
  const { limit, offset } = limitOffset(query);
  const rows = db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      shortName: departments.shortName,
      region: departments.region,
      // Spelled out: in a select from one table, drizzle writes columns without their table's name.
      unitCount: sql<number>`(SELECT count(*) FROM "units" u WHERE u."department_id" = "departments"."id")`,
      userCount: sql<number>`(SELECT count(*) FROM "users" u WHERE u."department_id" = "departments"."id")`,
    })
    .from(departments)
    .where(where)
    .orderBy(asc(departments.code))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(departments).where(where).get()?.n ?? 0;
  return paged(rows, total, query);
}

/** Departments as choices for a form (id and name only); for admins. */
export function departmentOptions(actor: Actor): { id: number; name: string }[] {
  assertCan(actor, "admin.users");
  return getDb()
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(asc(departments.code))
    .all();
}

export function getDepartment(actor: Actor, id: number): TDepartment & { hasReports: boolean } {
  assertCan(actor, "admin.departments");
  const db = getDb();
  const dept = db.select().from(departments).where(eq(departments.id, id)).get();
  if (!dept) throw new NotFoundError("部门不存在");
  const unitRows = db.select().from(units).where(eq(units.departmentId, id)).orderBy(asc(units.sortOrder)).all();
  const [{ n } = { n: 0 }] = db.select({ n: count() }).from(reports).where(eq(reports.departmentId, id)).all();
  return {
    id: dept.id,
    code: dept.code,
    name: dept.name,
    shortName: dept.shortName,
    region: dept.region,
    units: unitRows.map((u) => ({ id: u.id, name: u.name, nature: u.nature, category: u.category })),
    hasReports: n > 0,
  };
}

/** Creates a department or saves one, with its units, in one transaction. */
export function saveDepartment(actor: Actor, input: TDepartment): { id: number } {
  assertCan(actor, "admin.departments");
  const db = getDb();
  return db.transaction((tx) => {
    const clash = tx
      .select({ id: departments.id })
      .from(departments)
      .where(
        input.id === null
          ? eq(departments.code, input.code)
          : and(eq(departments.code, input.code), ne(departments.id, input.id)),
      )
      .get();
    if (clash) throw new ValidationError(`部门编码“${input.code}”已被使用`, "code");
    const audit: AuditEntry[] = [];
    let id: number;
    if (input.id === null) {
      id = tx
        .insert(departments)
        .values({ code: input.code, name: input.name, shortName: input.shortName, region: input.region })
        .returning()
        .get().id;
      audit.push({
        actorId: actor.id,
        action: "department.create",
        field: `departments[${input.code}]`,
        newValue: input.name,
      });
    } else {
      const before = tx.select().from(departments).where(eq(departments.id, input.id)).get();
      if (!before) throw new NotFoundError("部门不存在");
      id = before.id;
      tx.update(departments)
        .set({
          code: input.code,
          name: input.name,
          shortName: input.shortName,
          region: input.region,
          updatedAt: new Date(),
        })
        .where(eq(departments.id, id))
        .run();
      for (const k of ["code", "name", "shortName", "region"] as const) {
        if (before[k] !== input[k]) {
          audit.push({
            actorId: actor.id,
            action: "department.update",
            field: `departments[${before.code}].${k}`,
            oldValue: before[k],
            newValue: input[k],
          });
        }
      }
    }
    const existing = tx.select().from(units).where(eq(units.departmentId, id)).all();
    const keptIds = input.units.flatMap((u) => (u.id === null ? [] : [u.id]));
    for (const keptId of keptIds) {
      if (!existing.some((u) => u.id === keptId)) throw new ValidationError("单位不属于该部门，请刷新页面后重试");
    }
    const removed = existing.filter((u) => !keptIds.includes(u.id));
    if (removed.length > 0) {
      tx.delete(units)
        .where(and(eq(units.departmentId, id), keptIds.length ? notInArray(units.id, keptIds) : undefined))
        .run();
    }
    for (const u of removed) {
      audit.push({
        actorId: actor.id,
        action: "unit.delete",
        field: `departments[${input.code}].units`,
        oldValue: u.name,
      });
    }
    input.units.forEach((u, sortOrder) => {
      const values = { name: u.name, nature: u.nature, category: u.category, sortOrder };
      const describe = (v: { name: string; nature: keyof typeof UNIT_NATURE_LABELS; category: string }) =>
        `${v.name}（${UNIT_NATURE_LABELS[v.nature]}${v.category ? `，${v.category}` : ""}）`;
      if (u.id === null) {
        tx.insert(units)
          .values({ ...values, departmentId: id })
          .run();
        audit.push({
          actorId: actor.id,
          action: "unit.create",
          field: `departments[${input.code}].units`,
          newValue: describe(u),
        });
      } else {
        const before = existing.find((e) => e.id === u.id)!;
        tx.update(units)
          .set(values)
          .where(and(eq(units.id, u.id), eq(units.departmentId, id)))
          .run();
        if (describe(before) !== describe(u)) {
          audit.push({
            actorId: actor.id,
            action: "unit.update",
            field: `departments[${input.code}].units`,
            oldValue: describe(before),
            newValue: describe(u),
          });
        }
      }
    });
    writeAudit(tx, audit);
    return { id };
  });
}
