import "server-only";
import { createHash } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "../../db";
import { comments, reports } from "../../db/schema";
import type { Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { AccessDeniedError, ConflictError, ValidationError } from "../errors";
import { submissionBlockers } from "../rules";
import { decideTransition, TRANSITIONS, type TransitionAction } from "../workflow";
import { getChecks } from "./checks";
import { buildReportDisclosure } from "./get-disclosure";
import { getReport } from "./get-report";
import { loadReportData } from "./load-report-data";
import { REPORT_STATUS_LABELS } from "../domain";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Moves a report through the workflow. In one transaction: the status changes only from the state
 * the user saw (no double submit), who and when are recorded, a 退回 leaves its comment in the
 * thread, the audit log gets the transition; publishing freezes the built disclosure as the snapshot
 * with its SHA-256 and supersedes the earlier published revision.
 */
export function transitionReport(
  actor: Actor,
  reportId: number,
  action: TransitionAction,
  comment = "",
): { status: string } {
  const report = getReport(actor, reportId);
  const decision = decideTransition(actor, action, report, comment);
  if (!decision.allowed) throw new AccessDeniedError(decision.reason);

  if (action === "submit") {
    const { findings, notes } = getChecks(actor, reportId);
    const blockers = submissionBlockers(findings, notes);
    if (blockers.length > 0) throw new ValidationError(`不能提交：${blockers.join("")}请在“审核”页查看。`);
  }
  let snapshot: { json: string; hash: string } | null = null;
  if (action === "publish") {
    const data = loadReportData(actor, reportId);
    const json = JSON.stringify(buildReportDisclosure(data));
    snapshot = { json, hash: sha256(json) };
  }

  const now = new Date();
  const from = report.status;
  const to = decision.to;
  const stamp =
    action === "submit"
      ? { submittedById: actor.id, submittedAt: now }
      : action === "return"
        ? { returnedById: actor.id, returnedAt: now }
        : action === "approve"
          ? { approvedById: actor.id, approvedAt: now }
          : action === "publish"
            ? {
                publishedById: actor.id,
                publishedAt: now,
                snapshotJson: snapshot!.json,
                snapshotSha256: snapshot!.hash,
              }
            : {};
  getDb().transaction((tx) => {
    const moved = tx
      .update(reports)
      .set({ status: to, version: sql`${reports.version} + 1`, updatedAt: now, updatedById: actor.id, ...stamp })
      .where(and(eq(reports.id, reportId), eq(reports.status, from)))
      .returning({ id: reports.id })
      .get();
    if (!moved) throw new ConflictError("报告状态已被他人改变，请刷新页面后再操作。");
    if (action === "return")
      tx.insert(comments).values({ reportId, authorId: actor.id, kind: "return", body: comment.trim() }).run();
    if (action === "publish") {
      const older = tx
        .update(reports)
        .set({ status: "superseded", supersededAt: now })
        .where(
          and(
            eq(reports.departmentId, report.departmentId),
            eq(reports.year, report.year),
            eq(reports.status, "published"),
            ne(reports.id, reportId),
          ),
        )
        .returning({ id: reports.id, revision: reports.revision })
        .all();
      for (const o of older) {
        writeAudit(
          tx,
          {
            actorId: actor.id,
            reportId: o.id,
            action: "report.transition",
            field: "status",
            oldValue: REPORT_STATUS_LABELS.published,
            newValue: REPORT_STATUS_LABELS.superseded,
          },
          now,
        );
      }
    }
    writeAudit(
      tx,
      {
        actorId: actor.id,
        reportId,
        action: "report.transition",
        field: "status",
        oldValue: REPORT_STATUS_LABELS[from],
        newValue: `${REPORT_STATUS_LABELS[to]}（${TRANSITIONS[action].label}${comment.trim() ? `：${comment.trim()}` : ""}${snapshot ? `，SHA-256 ${snapshot.hash}` : ""}）`,
      },
      now,
    );
  });
  return { status: to };
}

/** Whether a published report's stored snapshot still matches its SHA-256. */
export function verifySnapshot(actor: Actor, reportId: number): boolean {
  getReport(actor, reportId);
  const row = getDb()
    .select({ json: reports.snapshotJson, hash: reports.snapshotSha256 })
    .from(reports)
    .where(eq(reports.id, reportId))
    .get();
  return !!row?.json && !!row.hash && sha256(row.json) === row.hash;
}
