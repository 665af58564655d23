/**
 * Facts a new year's report takes from the department's last published report as suggestions marked
 * 待确认: shown with the previous year's value, not printed as this year's fact, and their entry section
 * not 已填写 until the clerk confirms or changes them (docs/decisions/016-rollover-and-to-confirm.md).
 */
import type { EntrySectionKey } from "./entry-sections";

export const CARRIED_GROUPS = ["profile", "quantities", "assets"] as const;
export type CarriedGroup = (typeof CARRIED_GROUPS)[number];

export const CARRIED_GROUP_INFO: Record<CarriedGroup, { label: string; section: EntrySectionKey; what: string }> = {
  profile: { label: "部门概况", section: "profile", what: "部门职责、机构设置、编制和实有人数" },
  quantities: {
    label: "“三公”经费实物量",
    section: "threePublic",
    what: "出国团组和人次、公务用车购置数和保有量、接待批次和人次",
  },
  assets: {
    label: "车辆和设备",
    section: "otherMatters",
    what: "车辆数量（按用途）、其他用车用途、大额设备台（套）数",
  },
};

/** The carried groups an entry section holds. */
export const carriedGroupsOf = (section: EntrySectionKey): CarriedGroup[] =>
  CARRIED_GROUPS.filter((g) => CARRIED_GROUP_INFO[g].section === section);
