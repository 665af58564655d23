import "server-only";
import { and, asc, count, eq, ne, notInArray } from "drizzle-orm";
import { getDb } from "../../db";
import { departments, reports, units, users } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit, type AuditEntry } from "../audit/write-audit";
import { NotFoundError, ValidationError } from "../errors";
import { type TDepartment } from "./departments.schema";
import { UNIT_NATURE_LABELS } from "../domain";

export interface DepartmentListItem {
  id: number;
  code: string;
  name: string;
  shortName: string;
  region: string;
  unitCount: number;
  userCount: number;
}

export function listDepartments(actor: Actor): DepartmentListItem[] {
  assertCan(actor, "admin.departments");
  const db = getDb();
  const unitCounts = new Map(
    db
      .select({ id: units.departmentId, n: count() })
      .from(units)
      .groupBy(units.departmentId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  const userCounts = new Map(
    db
      .select({ id: users.departmentId, n: count() })
      .from(users)
      .groupBy(users.departmentId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      shortName: departments.shortName,
      region: departments.region,
    })
    .from(departments)
    .orderBy(asc(departments.code))
    .all()
    .map((d) => ({ ...d, unitCount: unitCounts.get(d.id) ?? 0, userCount: userCounts.get(d.id) ?? 0 }));
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
