/**
 * A database for the load and growth tests: migrated, catalogs and demo loaded, plus `clerks`
 * departments each with a clerk and `reportsPerClerk` draft reports holding the demo's content.
 */
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../../db/connection";
import * as t from "../../db/schema";
import { demoContent } from "../../db/seed/demo-2020";
import { unsafeWriteReportContent } from "../../db/seed/write-report-content";
import { prepareDatabase } from "../../db/setup";
import { hashPassword } from "../../lib/auth/password";

export const WORLD_PASSWORD = "Fuzai@2026x";

export interface ReliabilityWorld {
  clerks: { username: string; id: number; reports: number[] }[];
}

export async function prepareReliabilityDatabase(
  file: string,
  options: { clerks: number; reportsPerClerk: number },
): Promise<ReliabilityWorld> {
  const db: Db = openDatabase(file);
  try {
    await prepareDatabase(db, { demo: true });
    const passwordHash = await hashPassword(WORLD_PASSWORD);
    const clerks: ReliabilityWorld["clerks"] = [];
    for (let c = 0; c < options.clerks; c++) {
      db.transaction((tx) => {
        const dept = tx
          .insert(t.departments)
          .values({ code: `L${String(c).padStart(3, "0")}`, name: `负载测试局${c}`, shortName: `测试${c}` })
          .returning()
          .get();
        const username = `load${c}`;
        const user = tx
          .insert(t.users)
          .values({ username, displayName: `填报员${c}`, role: "clerk", departmentId: dept.id, passwordHash })
          .returning()
          .get();
        const reports: number[] = [];
        for (let r = 0; r < options.reportsPerClerk; r++) {
          const id = tx
            .insert(t.reports)
            .values({ departmentId: dept.id, year: 2020 - r, templateId: "2020", createdById: user.id })
            .returning({ id: t.reports.id })
            .get().id;
          unsafeWriteReportContent(tx, id, demoContent());
          reports.push(id);
        }
        clerks.push({ username, id: user.id, reports });
      });
    }
    return { clerks };
  } finally {
    db.$client.close();
  }
}

/** The demo clerk's report (for the growth and attack tests). */
export function demoReportId(db: Db): number {
  const clerk = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  return db.select().from(t.reports).where(eq(t.reports.departmentId, clerk.departmentId!)).get()!.id;
}
