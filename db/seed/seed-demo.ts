/**
 * Writes the demo data (db/seed/demo-2020.ts) into an empty database: the demo department and its
 * units, the three demo users, and the 2020 report as a draft holding every figure and text.
 */
import { count } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../connection";
import * as t from "../schema";
import { demo, demoContent, DEMO_PASSWORD } from "./demo-2020";
import { unsafeWriteReportContent } from "./write-report-content";
import type { Role } from "../../lib/domain";

export async function seedDemoIfEmpty(db: Db): Promise<{ seeded: boolean; reportId?: number }> {
  const [{ n } = { n: 0 }] = db.select({ n: count() }).from(t.departments).all();
  if (n > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const reportId = db.transaction((tx) => {
    const dept = tx.insert(t.departments).values(demo.department).returning().get();
    demo.units.forEach((u, i) =>
      tx
        .insert(t.units)
        .values({ ...u, departmentId: dept.id, sortOrder: i })
        .run(),
    );
    const userIds = Object.fromEntries(
      demo.users.map((u) => [
        u.role,
        tx
          .insert(t.users)
          .values({ ...u, passwordHash, departmentId: dept.id })
          .returning()
          .get().id,
      ]),
    ) as Record<Role, number>;

    const report = tx
      .insert(t.reports)
      .values({
        departmentId: dept.id,
        year: demo.year,
        templateId: demo.templateId,
        noGovFundActivity: demo.noGovFundActivity,
        noStateCapitalActivity: demo.noStateCapitalActivity,
        createdById: userIds.clerk,
        updatedById: userIds.clerk,
      })
      .returning()
      .get();
    const reportId = report.id;

    unsafeWriteReportContent(tx, reportId, demoContent());
    tx.insert(t.auditLog)
      .values({
        at: new Date(),
        actorId: userIds.clerk,
        reportId,
        action: "report.create",
        field: "",
        newValue: `${demo.department.name} ${demo.year}年度（演示数据）`,
      })
      .run();
    return reportId;
  });
  return { seeded: true, reportId };
}
