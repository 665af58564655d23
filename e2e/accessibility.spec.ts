import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ANONYMOUS, pageAs } from "./support/auth";
import { createPublishedReport, createReport, createWorld, WORLD_PASSWORD, type World } from "./support/world";

/**
 * axe-core on the pages a clerk, a supervisor and the public use most: no serious or critical
 * violation (WCAG 2.1 A and AA rules). Each violation is printed with its nodes, so a failure says
 * what to fix.
 */
let world: World;
let draftId: number;
let publishedYear: number;
test.beforeAll(async () => {
  world = await createWorld("无障碍");
  draftId = createReport(world, 2020, "demo");
  publishedYear = 2019;
  createPublishedReport(world, publishedYear);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const counts = results.violations.reduce<Record<string, number>>((acc, v) => {
    acc[v.impact ?? "unknown"] = (acc[v.impact ?? "unknown"] ?? 0) + v.nodes.length;
    return acc;
  }, {});
  console.log(`axe ${new URL(page.url()).pathname}: ${JSON.stringify(counts)}`);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const [name, path] of [
  ["the overview", ""],
  ["the 功能分类 entry page", "/function-lines"],
  ["the 审核 page", "/checks"],
  ["the preview", "/preview"],
] as const) {
  test(`${name} has no serious or critical axe violation`, async ({ browser }) => {
    const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
    await page.goto(`/reports/${draftId}${path}`);
    await expect(page.locator("main h1").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
}

test("the public report has no serious or critical axe violation", async ({ browser }) => {
  const context = await browser.newContext(ANONYMOUS);
  const page = await context.newPage();
  await page.goto(`/disclosures/${world.code}/${publishedYear}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test("the public list, all and by region, has no serious or critical axe violation", async ({ browser }) => {
  const region = `无障碍区${Date.now().toString(36)}`;
  createPublishedReport(await createWorld("无障碍地区", { region }), 2020);
  const context = await browser.newContext(ANONYMOUS);
  const page = await context.newPage();
  for (const path of ["/disclosures", `/disclosures?region=${encodeURIComponent(region)}`]) {
    await page.goto(path);
    await expect(page.getByLabel("地区", { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
  await context.close();
});
