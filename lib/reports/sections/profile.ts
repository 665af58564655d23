import "server-only";
import { eq } from "drizzle-orm";
import { reportOrganisations, reportProfiles, staffingRows } from "../../../db/schema";
import type { Actor } from "../../access";
import { loadReportData } from "../load-report-data";
import { settleCarried } from "./carried";
import { diffList, saveSection, type FieldChange } from "./save-section";
import type { TProfile, TProfileInput } from "./profile.schema";

export function getProfileForm(actor: Actor, reportId: number): TProfileInput {
  const { profile } = loadReportData(actor, reportId);
  const of = (kind: string) => profile.organisations.filter((o) => o.kind === kind);
  return {
    confirmCarried: false,
    duties: profile.duties.map((text) => ({ text })),
    dutiesSupplement: profile.dutiesSupplement,
    internalOrgs: of("internal").map(({ name }) => ({ name })),
    additionalOrgs: of("additional").map(({ name }) => ({ name })),
    subordinateUnits: of("subordinate").map(({ name, category }) => ({ name, category })),
    staffing: profile.staffing.map((s) => ({
      category: s.category,
      authorized: String(s.authorized),
      actualLabel: s.actualLabel,
      actual: String(s.actual),
    })),
  };
}

export function saveProfile(actor: Actor, reportId: number, version: number, input: TProfile) {
  return saveSection(actor, reportId, "profile", version, ({ tx }) => {
    const before = tx.select().from(reportProfiles).where(eq(reportProfiles.reportId, reportId)).get();
    const orgsBefore = tx
      .select()
      .from(reportOrganisations)
      .where(eq(reportOrganisations.reportId, reportId))
      .orderBy(reportOrganisations.sortOrder)
      .all();
    const staffBefore = tx
      .select()
      .from(staffingRows)
      .where(eq(staffingRows.reportId, reportId))
      .orderBy(staffingRows.sortOrder)
      .all();
    const duties = input.duties.map((d) => d.text);
    tx.insert(reportProfiles)
      .values({ reportId, dutiesJson: JSON.stringify(duties), dutiesSupplement: input.dutiesSupplement })
      .onConflictDoUpdate({
        target: reportProfiles.reportId,
        set: { dutiesJson: JSON.stringify(duties), dutiesSupplement: input.dutiesSupplement },
      })
      .run();
    const orgs = [
      ...input.internalOrgs.map((o) => ({ kind: "internal" as const, name: o.name, category: "" })),
      ...input.additionalOrgs.map((o) => ({ kind: "additional" as const, name: o.name, category: "" })),
      ...input.subordinateUnits.map((o) => ({ kind: "subordinate" as const, ...o })),
    ];
    tx.delete(reportOrganisations).where(eq(reportOrganisations.reportId, reportId)).run();
    orgs.forEach((o, sortOrder) =>
      tx
        .insert(reportOrganisations)
        .values({ reportId, ...o, sortOrder })
        .run(),
    );
    tx.delete(staffingRows).where(eq(staffingRows.reportId, reportId)).run();
    input.staffing.forEach((s, sortOrder) =>
      tx
        .insert(staffingRows)
        .values({ reportId, ...s, sortOrder })
        .run(),
    );

    const dutiesBefore: string[] = before ? (JSON.parse(before.dutiesJson) as string[]) : [];
    const changes: FieldChange[] = [
      ...diffList("profile.duties", dutiesBefore, duties, (d) => d),
      ...(before?.dutiesSupplement !== input.dutiesSupplement && (before || input.dutiesSupplement)
        ? [
            {
              field: "profile.dutiesSupplement",
              oldValue: before?.dutiesSupplement ?? "",
              newValue: input.dutiesSupplement,
            },
          ]
        : []),
      ...diffList(
        "profile.organisations",
        orgsBefore,
        orgs,
        (o) => `${o.kind}:${o.name}${o.category ? `（${o.category}）` : ""}`,
      ),
      ...diffList(
        "profile.staffing",
        staffBefore,
        input.staffing,
        (s) => `${s.category} 核定${s.authorized} ${s.actualLabel || "实有"}${s.actual}`,
      ),
    ];
    return [
      ...changes,
      ...settleCarried(tx, reportId, "profile", { confirmed: input.confirmCarried, changed: changes.length > 0 }),
    ];
  });
}
