/**
 * Writes the demo data (db/seed/demo-2020.ts) into an empty database: the demo department and its
 * units, the three demo users, and the 2020 report as a draft holding every figure and text.
 */
import { count } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../connection";
import * as t from "../schema";
import { demo, DEMO_PASSWORD } from "./demo-2020";

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
    ) as Record<t.Role, number>;

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

    tx.insert(t.reportSummaries)
      .values({ reportId, ...demo.summary })
      .run();
    tx.insert(t.reportProfiles)
      .values({
        reportId,
        dutiesJson: JSON.stringify(demo.profile.duties),
        dutiesSupplement: demo.profile.dutiesSupplement,
      })
      .run();
    const orgs = [
      ...demo.profile.internalOrgs.map((name) => ({ kind: "internal" as const, name, category: "" })),
      ...demo.profile.additionalOrgs.map((name) => ({ kind: "additional" as const, name, category: "" })),
      ...demo.profile.subordinateUnits.map((u) => ({ kind: "subordinate" as const, ...u })),
    ];
    orgs.forEach((o, i) =>
      tx
        .insert(t.reportOrganisations)
        .values({ reportId, ...o, sortOrder: i })
        .run(),
    );
    demo.profile.staffing.forEach((s, i) =>
      tx
        .insert(t.staffingRows)
        .values({ reportId, ...s, sortOrder: i })
        .run(),
    );

    demo.functionLines.forEach((l, i) =>
      tx
        .insert(t.functionLines)
        .values({
          reportId,
          subjectCode: l.code,
          incomeGeneralBudget: l.basic + l.project,
          basicGeneralBudget: l.basic,
          projectGeneralBudget: l.project,
          initialBudgetGeneralBudget: l.initialBudget,
          priorYearTotal: l.priorYear,
          priorYearGeneralBudget: l.priorYear,
          sortOrder: i,
        })
        .run(),
    );
    for (const e of demo.economicLines) {
      tx.insert(t.economicLines)
        .values({ reportId, subjectCode: e.code, amount: e.amount, priorYearAmount: e.priorYear })
        .run();
    }
    for (const a of demo.threePublic.amounts)
      tx.insert(t.threePublicAmounts)
        .values({ reportId, ...a })
        .run();
    tx.insert(t.threePublicQuantities)
      .values({ reportId, ...demo.threePublic.quantities })
      .run();
    tx.insert(t.otherMatters)
      .values({ reportId, ...demo.otherMatters })
      .run();
    for (const v of demo.vehicleCounts)
      tx.insert(t.vehicleCounts)
        .values({ reportId, ...v })
        .run();

    demo.projects.forEach((p, i) => {
      const { indicators, score, ...fields } = p;
      const project = tx
        .insert(t.projects)
        .values({ reportId, ...fields, scoreHundredths: score, sortOrder: i })
        .returning()
        .get();
      indicators.forEach((ind, j) =>
        tx
          .insert(t.projectIndicators)
          .values({ projectId: project.id, ...ind, sortOrder: j })
          .run(),
      );
    });
    tx.insert(t.performanceSummaries)
      .values({ reportId, ...demo.performance })
      .run();
    demo.glossary.forEach((g, i) =>
      tx
        .insert(t.glossaryEntries)
        .values({ reportId, ...g, sortOrder: i })
        .run(),
    );
    for (const [slot, text] of Object.entries(demo.explanations)) {
      tx.insert(t.explanations).values({ reportId, slot, text }).run();
    }
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
