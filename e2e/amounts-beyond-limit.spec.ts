import { expect, test } from "@playwright/test";
import { asc, eq } from "drizzle-orm";
import * as t from "../db/schema";
import { FUNCTION_MONEY_FIELDS } from "../lib/disclosure/report-data";
import { MAX_FEN } from "../lib/money";
import { pageAs } from "./support/auth";
import { createReport, createWorld, e2eDb, WORLD_PASSWORD } from "./support/world";

/**
 * A report whose amounts add up beyond exact arithmetic — 274 lines with every amount at the 1000亿元
 * single-amount cap, stored before the section limit existed. Every page of it used to answer 500 and
 * the exports 503, so the clerk could not even open the grid to repair it.
 */
test("a report with amounts beyond the limit still opens everywhere, and says what to fix", async ({ browser }) => {
  const world = await createWorld("超限");
  const reportId = createReport(world, 2020, "empty");
  const items = e2eDb()
    .select({ code: t.functionSubjects.code })
    .from(t.functionSubjects)
    .where(eq(t.functionSubjects.level, "item"))
    .orderBy(asc(t.functionSubjects.code))
    .limit(274)
    .all();
  e2eDb().transaction((tx) => {
    for (const { code } of items)
      tx.insert(t.functionLines)
        .values({ reportId, subjectCode: code, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, MAX_FEN])) })
        .run();
  });
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  const base = `/reports/${reportId}`;

  expect((await page.goto(base))?.status()).toBe(200);
  await expect(page.getByTestId("checks-summary")).toContainText("错误 1 项");
  await expect(page.getByText(/“收入支出（功能分类）”的金额合计.*超过10万亿元的上限/).first()).toBeVisible();

  expect((await page.goto(`${base}/function-lines`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "收入支出（功能分类）" })).toBeVisible();
  await expect(page.getByText("超出上限").first()).toBeVisible();

  for (const path of ["checks", "explanations"]) expect((await page.goto(`${base}/${path}`))?.status(), path).toBe(200);

  expect((await page.goto(`${base}/preview`))?.status()).toBe(200);
  await expect(page.getByText(/无法生成公开文本/)).toBeVisible();

  for (const kind of ["pdf", "xlsx"]) {
    const response = await page.request.get(`${base}/export/${kind}`);
    expect(response.status(), kind).toBe(422);
    expect(await response.text()).toMatch(/无法生成公开文本/);
  }
  await page.context().close();
});
