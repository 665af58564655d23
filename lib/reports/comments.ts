import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import { comments, users } from "../../db/schema";
import type { Actor } from "../access";
import { getReport } from "./get-report";

export interface CommentItem {
  id: number;
  kind: "comment" | "return";
  body: string;
  authorName: string;
  createdAt: Date;
}

export function listComments(actor: Actor, reportId: number): CommentItem[] {
  getReport(actor, reportId);
  return getDb()
    .select({
      id: comments.id,
      kind: comments.kind,
      body: comments.body,
      authorName: users.displayName,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.reportId, reportId))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}

export function addComment(actor: Actor, reportId: number, body: string): { id: number } {
  getReport(actor, reportId, "report.comment");
  return getDb()
    .insert(comments)
    .values({ reportId, authorId: actor.id, kind: "comment", body })
    .returning({ id: comments.id })
    .get();
}
