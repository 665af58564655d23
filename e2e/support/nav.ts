import type { Page } from "@playwright/test";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A link of the report's side navigation by its section title. A part with 审核 errors carries their
 * count ("部门概况 2处错误" to a screen reader), so the title alone is matched, with or without it.
 */
export const sectionLink = (page: Page, title: string) =>
  page
    .getByRole("navigation", { name: "报告各部分" })
    .getByRole("link", { name: new RegExp(`^${escape(title)}(\\s*\\d+\\s*处错误)?$`) });
