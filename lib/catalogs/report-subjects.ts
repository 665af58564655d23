import "server-only";
import type { Actor } from "../access";
import { listFunctionItems } from "../catalog";
import { catalogDataOf, sha256 } from "../reports/derived";
import { getReport } from "../reports/get-report";

/**
 * The 支出功能分类 项 of a report's year, for its 功能分类 page to look subjects up in (the 添加科目
 * picker, a pasted code the grid lacks): fetched by the page when it has loaded rather than sent with
 * it (GET /reports/[id]/subjects). Whoever may see the report may read it. The JSON and its ETag are
 * made once per catalog change.
 */
export function reportFunctionSubjects(actor: Actor, reportId: number): { json: string; etag: string } {
  const report = getReport(actor, reportId);
  return catalogDataOf("functionItemsJson", report.year, (year) => {
    const json = JSON.stringify(listFunctionItems(year));
    return { json, etag: `"${sha256(json).slice(0, 32)}"` };
  });
}
