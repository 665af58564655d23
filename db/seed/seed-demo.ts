/**
 * Writes the demo data into an empty database: the Lanzhou department of the real 2020 disclosure
 * (db/seed/demo-2020.ts) with its three users and its 2020 report, and the fictitious Shanghai
 * department (db/seed/demo-2024-shanghai.ts) with its clerk and supervisor and its 2024 report on the
 * shanghai-2024 template. Both reports are drafts holding every figure and text. The Lanzhou department
 * is written first, so its report is the first the demo clerk sees.
 */
import { count } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Role, UnitNature } from "../../lib/domain";
import type { Db } from "../connection";
import * as t from "../schema";
import { demo, demoContent, DEMO_PASSWORD } from "./demo-2020";
import { shanghaiDemo, shanghaiDemoContent } from "./demo-2024-shanghai";
import { unsafeWriteReportContent, type ReportContent } from "./write-report-content";

interface DemoDepartment {
  department: { code: string; name: string; shortName: string; region: string };
  units: { name: string; nature: UnitNature; category: string }[];
  users: { username: string; displayName: string; role: Role }[];
  year: number;
  templateId: string;
  noGovFundActivity: boolean;
  noStateCapitalActivity: boolean;
  content: ReportContent;
}

function seedDepartment(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  d: DemoDepartment,
  passwordHash: string,
): number {
  const dept = tx.insert(t.departments).values(d.department).returning().get();
  d.units.forEach((u, i) =>
    tx
      .insert(t.units)
      .values({ ...u, departmentId: dept.id, sortOrder: i })
      .run(),
  );
  const userIds = Object.fromEntries(
    d.users.map((u) => [
      u.role,
      tx
        .insert(t.users)
        .values({ ...u, passwordHash, departmentId: dept.id })
        .returning()
        .get().id,
    ]),
  ) as Partial<Record<Role, number>>;
  const report = tx
    .insert(t.reports)
    .values({
      departmentId: dept.id,
      year: d.year,
      templateId: d.templateId,
      noGovFundActivity: d.noGovFundActivity,
      noStateCapitalActivity: d.noStateCapitalActivity,
      createdById: userIds.clerk,
      updatedById: userIds.clerk,
    })
    .returning()
    .get();
  unsafeWriteReportContent(tx, report.id, d.content);
  tx.insert(t.auditLog)
    .values({
      at: new Date(),
      actorId: userIds.clerk ?? null,
      reportId: report.id,
      action: "report.create",
      field: "",
      newValue: `${d.department.name} ${d.year}年度（演示数据）`,
    })
    .run();
  return report.id;
}

export async function seedDemoIfEmpty(db: Db): Promise<{ seeded: boolean; reportId?: number }> {
  const [{ n } = { n: 0 }] = db.select({ n: count() }).from(t.departments).all();
  if (n > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const reportId = db.transaction((tx) => {
    const lanzhou = seedDepartment(
      tx,
      {
        department: { ...demo.department, region: "甘肃省兰州市" },
        units: demo.units,
        users: demo.users,
        year: demo.year,
        templateId: demo.templateId,
        noGovFundActivity: demo.noGovFundActivity,
        noStateCapitalActivity: demo.noStateCapitalActivity,
        content: demoContent(),
      },
      passwordHash,
    );
    seedDepartment(
      tx,
      { ...shanghaiDemo, noGovFundActivity: true, noStateCapitalActivity: true, content: shanghaiDemoContent() },
      passwordHash,
    );
    return lanzhou;
  });
  return { seeded: true, reportId };
}
