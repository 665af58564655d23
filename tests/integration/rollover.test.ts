/**
 * Rollover: the department's published 2020 report → a new 2021 report, on a real database. Every carried
 * value is present with its mark, nothing is printed as 2021's fact before the clerk confirms it, progress
 * counts only what was entered, projects come with scores cleared, a renumbered subject goes through the
 * admin's mapping and an unmapped one is listed.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { catalogFor } from "../../lib/catalog";
import { applyCatalogImport, previewCatalogImport } from "../../lib/catalogs/import-catalog";
import { decideMapping, mappingOverview } from "../../lib/catalogs/mappings";
import { documentText } from "../../lib/disclosure/build";
import { ENTRY_SECTIONS } from "../../lib/domain";
import { NotFoundError } from "../../lib/errors";
import { getChecks } from "../../lib/reports/checks";
import { createReport } from "../../lib/reports/create-report";
import { getDisclosure } from "../../lib/reports/get-disclosure";
import { loadReportData } from "../../lib/reports/load-report-data";
import { getRollover } from "../../lib/reports/rollover";
import { savedSections } from "../../lib/reports/saved-sections";
import { carriedNotice } from "../../lib/reports/sections/carried";
import { getProfileForm, saveProfile } from "../../lib/reports/sections/profile";
import { ZProfile } from "../../lib/reports/sections/profile.schema";
import { sectionFilled } from "../../lib/reports/sections/status";
import { getThreePublicForm, saveThreePublic } from "../../lib/reports/sections/three-public";
import { ZThreePublic } from "../../lib/reports/sections/three-public.schema";
import { sectionVersion } from "../../lib/reports/sections/save-section";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let admin: Actor;
let priorId: number;
let reportId: number;
const userByName = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};
const printed = () => documentText(getDisclosure(clerk, reportId).document).join("\n");
const filledCount = () => {
  const data = loadReportData(clerk, reportId);
  const saved = savedSections(clerk, reportId);
  return ENTRY_SECTIONS.filter((s) => sectionFilled(s.key, data, saved)).map((s) => s.key);
};

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = userByName("clerk");
  admin = userByName("admin");
  priorId = db
    .select({ id: t.reports.id })
    .from(t.reports)
    .where(and(eq(t.reports.departmentId, clerk.departmentId!), eq(t.reports.year, 2020)))
    .get()!.id;
  db.update(t.reports).set({ status: "published" }).where(eq(t.reports.id, priorId)).run();
  // 2021's catalog: 2013102 一般行政管理事务 renumbered 2013110; 2080505 retired without a successor.
  const rows = catalogFor("function", 2020)
    .filter((s) => s.code !== "2013102" && s.code !== "2080505")
    .map((s) => `${s.code},${s.name}`);
  const csv = ["科目编码,科目名称", ...rows, "2013110,一般行政管理事务"].join("\n");
  const preview = await previewCatalogImport(admin, {
    kind: "function",
    year: 2021,
    fileName: "2021.csv",
    bytes: new TextEncoder().encode(csv),
  });
  if (!preview.ok) throw new Error(preview.errors.join());
  applyCatalogImport(admin, preview.id);
});

describe("the admin's code mapping", () => {
  it("is suggested for the renumbered subject and confirmed by the admin; the retired one stays open", () => {
    const overview = mappingOverview(admin, "function", 2021)!;
    expect(overview.fromYear).toBe(2020);
    expect(overview.suggestions.map((s) => [s.fromCode, s.toCode, s.reason])).toEqual([
      ["2013102", "2013110", "renumbered"],
    ]);
    expect(overview.open.map((o) => o.code)).toEqual(["2080505"]);
    decideMapping(admin, {
      kind: "function",
      year: 2021,
      fromCode: "2013102",
      toCode: "2013110",
      decision: "confirmed",
    });
    expect(mappingOverview(admin, "function", 2021)!.suggestions).toEqual([]);
    expect(() =>
      decideMapping(clerk, {
        kind: "function",
        year: 2021,
        fromCode: "2080505",
        toCode: "2080505",
        decision: "rejected",
      }),
    ).toThrow("填报员无权执行此操作");
    expect(() =>
      decideMapping(admin, {
        kind: "function",
        year: 2021,
        fromCode: "2080505",
        toCode: "2099999",
        decision: "confirmed",
      }),
    ).toThrow("2021年科目表中没有科目2099999");
  });
});

describe("published 2020 → new 2021 report", () => {
  it("is created from the published report, and opens on a rollover summary", () => {
    const created = createReport(clerk, { year: 2021 });
    reportId = created.id;
    expect(created.carriedFrom).toBe(priorId);
    const rollover = getRollover(clerk, reportId)!;
    expect(rollover.fromReportId).toBe(priorId);
    expect(rollover.pending).toEqual(["profile", "quantities", "assets"]);
    expect(rollover.summary.toConfirm.map((c) => c.label)).toEqual(["部门概况", "“三公”经费实物量", "车辆和设备"]);
    expect(rollover.summary.carried[0]).toMatch(/^功能分类：\d+个科目的上年决算数和年初结转和结余$/);
  });

  it("every carried value is present with its 待确认 mark and last year's value", () => {
    const prior = loadReportData(clerk, priorId);
    const next = loadReportData(clerk, reportId);
    expect(next.profile).toEqual(prior.profile);
    expect(next.threePublic.quantities).toEqual(prior.threePublic.quantities);
    expect(next.vehicleCounts).toEqual(prior.vehicleCounts);
    expect(next.otherMatters.vehiclesTotal).toBe(prior.otherMatters.vehiclesTotal);
    expect(next.toConfirm).toEqual([
      { group: "profile", fromYear: 2020 },
      { group: "quantities", fromYear: 2020 },
      { group: "assets", fromYear: 2020 },
    ]);
    const notice = carriedNotice(clerk, reportId, "profile")!;
    expect(notice.fromYear).toBe(2020);
    expect(notice.prior).toContainEqual({ label: "行政编制", value: "核定33名，行政在职人员30人" });
    expect(carriedNotice(clerk, reportId, "quantities")!.prior).toContainEqual({
      label: "公务用车保有量（辆）",
      value: String(prior.threePublic.quantities.vehiclesHeld),
    });
  });

  it("nothing carried is printed as 2021's fact before confirmation", () => {
    const all = printed();
    expect(all).not.toContain("实有行政在职人员30人");
    expect(all).not.toMatch(/公务用车保有量为\d+辆/);
    expect(all).not.toContain(loadReportData(clerk, priorId).profile.duties[0]!);
    expect(all).toContain("【待确认】部门概况（部门职责、机构设置、编制和实有人数）取自2020年度决算");
    const errors = getChecks(clerk, reportId).findings.filter((f) => f.ruleId === "R-CARRIED");
    expect(errors.map((f) => [f.key, f.section])).toEqual([
      ["R-CARRIED:profile", "profile"],
      ["R-CARRIED:quantities", "threePublic"],
      ["R-CARRIED:assets", "otherMatters"],
    ]);
  });

  it("progress counts only the glossary: 1/9", () => {
    expect(filledCount()).toEqual(["glossary"]);
  });

  it("projects are carried by name with indicators and 年度指标值, scores and 实际完成值 cleared", () => {
    const prior = loadReportData(clerk, priorId).projects;
    const next = loadReportData(clerk, reportId).projects;
    expect(next.map((p) => p.name)).toEqual(prior.map((p) => p.name));
    expect(next.every((p) => p.scoreHundredths === null && p.executed === 0 && p.budget === 0)).toBe(true);
    expect(next.flatMap((p) => p.indicators.map((i) => i.targetValue))).toEqual(
      prior.flatMap((p) => p.indicators.map((i) => i.targetValue)),
    );
    expect(next.flatMap((p) => p.indicators).every((i) => i.actualValue === "" && i.scoreHundredths === 0)).toBe(true);
  });

  it("the renumbered subject is carried through the mapping; the unmapped one is listed with its amount", () => {
    const prior = loadReportData(clerk, priorId);
    const next = loadReportData(clerk, reportId);
    const old = prior.functionLines.find((l) => l.subjectCode === "2013102")!;
    const codes = next.functionLines.map((l) => l.subjectCode);
    expect(codes).toContain("2013110");
    expect(codes).not.toContain("2013102");
    expect(codes).not.toContain("2080505");
    expect(next.functionLines.find((l) => l.subjectCode === "2013110")!.priorYearGeneralBudget).toBe(
      old.basicGeneralBudget + old.projectGeneralBudget,
    );
    const retired = prior.functionLines.find((l) => l.subjectCode === "2080505")!;
    expect(getRollover(clerk, reportId)!.summary.notCarried).toEqual([
      {
        kind: "function",
        code: "2080505",
        name: "机关事业单位基本养老保险缴费支出",
        amount: retired.basicGeneralBudget + retired.projectGeneralBudget,
        carryEnd: 0,
        reason: "本年科目表中没有这个编码",
      },
    ]);
  });

  it("saving 三公 amounts alone leaves the 实物量 to confirm; changing a 实物量 settles it", () => {
    const base = ZThreePublic.parse(getThreePublicForm(clerk, reportId));
    base.amounts[0]!.actual = 12_300;
    saveThreePublic(clerk, reportId, sectionVersion(db, reportId, "threePublic"), base);
    expect(loadReportData(clerk, reportId).toConfirm.map((c) => c.group)).toContain("quantities");
    expect(filledCount()).not.toContain("threePublic");
    const changed = ZThreePublic.parse(getThreePublicForm(clerk, reportId));
    changed.quantities.vehiclesHeld += 1;
    saveThreePublic(clerk, reportId, sectionVersion(db, reportId, "threePublic"), changed);
    expect(loadReportData(clerk, reportId).toConfirm.map((c) => c.group)).not.toContain("quantities");
    expect(printed()).toMatch(new RegExp(`公务用车保有量为${changed.quantities.vehiclesHeld}辆`));
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.field, "carried_facts[quantities]")).all();
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([["待确认（取自2020年度）", "已按本年修改"]]);
  });

  it("confirming the profile unchanged prints it as 2021's and counts the section", () => {
    const input = ZProfile.parse({ ...getProfileForm(clerk, reportId), confirmCarried: true });
    saveProfile(clerk, reportId, sectionVersion(db, reportId, "profile"), input);
    expect(printed()).toContain("截至2021年底市委编办实有行政在职人员30人");
    expect(filledCount()).toEqual(["profile", "threePublic", "glossary"]);
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.field, "carried_facts[profile]")).get();
    expect(audit).toMatchObject({ oldValue: "待确认（取自2020年度）", newValue: "已确认与上年相同", reportId });
    expect(carriedNotice(clerk, reportId, "profile")).toBeNull();
    expect(
      getChecks(clerk, reportId)
        .findings.filter((f) => f.ruleId === "R-CARRIED")
        .map((f) => f.key),
    ).toEqual(["R-CARRIED:assets"]);
  });

  it("a save of the profile that neither ticks nor changes anything does not confirm it", () => {
    const other = createReport(userByName("clerk"), { year: 2022 });
    const input = ZProfile.parse(getProfileForm(clerk, other.id));
    saveProfile(clerk, other.id, 0, input);
    expect(loadReportData(clerk, other.id).toConfirm.map((c) => c.group)).toContain("profile");
  });

  it("from a report two years back: the facts to confirm, no 上年决算数", () => {
    const later = db
      .select({ id: t.reports.id })
      .from(t.reports)
      .where(and(eq(t.reports.departmentId, clerk.departmentId!), eq(t.reports.year, 2022)))
      .get()!.id;
    const rollover = getRollover(clerk, later)!;
    expect(rollover.summary.consecutive).toBe(false);
    expect(rollover.summary.fromYear).toBe(2020);
    expect(loadReportData(clerk, later).functionLines).toEqual([]);
    expect(loadReportData(clerk, later).summary.priorYearGrandTotal).toBe(0);
  });

  it("another department's clerk sees neither the summary nor the carried values", () => {
    const other = userByName("shclerk");
    expect(() => getRollover(other, reportId)).toThrow(NotFoundError);
    expect(() => carriedNotice(other, reportId, "profile")).toThrow(NotFoundError);
  });

  it("the published 2020 report did not change", () => {
    expect(db.select().from(t.reports).where(eq(t.reports.id, priorId)).get()!.status).toBe("published");
    expect(loadReportData(clerk, priorId).toConfirm).toEqual([]);
  });
});
