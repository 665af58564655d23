/**
 * Facts carried from last year and not yet confirmed (待确认) are never printed as this year's: the
 * sections that tell only them show a 待确认 note instead, the 三公 section keeps its amounts but not
 * its 实物量. Both built-in templates. Pure.
 */
import { describe, expect, it } from "vitest";
import { demoReportData, shanghaiReportData } from "../../tests/support/demo-report";
import { buildDisclosure, documentText } from "./build";
import type { ReportData } from "./report-data";
import { LANZHOU_2020, SHANGHAI_2024 } from "./templates";
import type { DisclosureTemplate } from "./template";
import { CARRIED_GROUPS, type CarriedGroup } from "../domain";

const text = (d: ReportData, template: DisclosureTemplate) => documentText(buildDisclosure(d, template)).join("\n");
const pending = (d: ReportData, groups: readonly CarriedGroup[] = CARRIED_GROUPS) => ({
  ...d,
  toConfirm: groups.map((group) => ({ group, fromYear: d.report.year - 1 })),
});

// The 2020 layout tells the staffing (实有…人); the Shanghai 2024 one does not.
describe.each([
  ["lanzhou-2020", demoReportData, LANZHOU_2020, true],
  ["shanghai-2024", shanghaiReportData, SHANGHAI_2024, false],
] as const)("under %s", (_id, data, template, tellsStaffing) => {
  it("confirmed: the duties, the 实物量 and the vehicles are printed (and the staffing where the layout tells it)", () => {
    const d = data();
    const all = text(d, template);
    expect(all).toContain(d.profile.duties[0]!.slice(0, 20));
    if (tellsStaffing) expect(all).toMatch(new RegExp(`实有.{0,12}${d.profile.staffing[0]!.actual}人`));
    expect(all).toMatch(/保有量为?\d+辆/);
    expect(all).not.toMatch(/待确认/);
  });

  it("to confirm: no duty, no staffing, no 实物量, no vehicle count is printed — a 待确认 note instead", () => {
    const d = data();
    const all = text(pending(d), template);
    for (const duty of d.profile.duties) expect(all).not.toContain(duty.slice(0, 20));
    expect(all).not.toMatch(/实有.{0,12}\d+人/);
    expect(all).not.toMatch(/保有量为?\d+辆/);
    expect(all).not.toMatch(/车辆\d+辆/);
    const year = d.report.year - 1;
    expect(all).toContain(`【待确认】部门概况（部门职责、机构设置、编制和实有人数）取自${year}年度决算`);
    expect(all).toContain(`【待确认】“三公”经费实物量`);
    expect(all).toContain(`【待确认】车辆和设备`);
  });

  it("only the unconfirmed group is held back: this year's 三公 amounts still print with the 实物量 to confirm", () => {
    const d = data();
    const before = documentText(buildDisclosure(d, template));
    const after = documentText(buildDisclosure(pending(d, ["quantities"]), template));
    expect(after.join("\n")).not.toMatch(/保有量为?\d+辆/);
    expect(after.join("\n")).toContain(d.profile.duties[0]!.slice(0, 20));
    // Every paragraph that does not tell a 实物量 is unchanged.
    const untouched = before.filter((t) => !/团组|保有量|批次/.test(t));
    expect(after).toEqual(expect.arrayContaining(untouched));
  });
});
