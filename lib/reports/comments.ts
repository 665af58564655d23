import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import { comments, users } from "../../db/schema";
import type { Actor } from "../access";
import { limitOffset, paged, type PageQuery, type Paged } from "../paging";
import { getReport } from "./get-report";

export interface CommentItem {
  id: number;
  kind: "comment" | "return";
  body: string;
  authorName: string;
  createdAt: Date;
}

/** A comment as the overview shows it, with its author's name (joined from users). */
const COMMENT_COLUMNS = {
  id: comments.id,
  kind: comments.kind,
  body: comments.body,
  authorName: users.displayName,
  createdAt: comments.createdAt,
};

/** Comments shown per page of a report's overview. */
export const COMMENTS_PAGE_SIZE = 20;

/** One page of a report's comments (退回 reasons among them), newest first. */
export function listComments(
  actor: Actor,
  reportId: number,
  query: PageQuery = { page: 1, size: COMMENTS_PAGE_SIZE },
): Paged<CommentItem> {
  getReport(actor, reportId);
  const db = getDb();
  const { limit, offset } = limitOffset(query);
  const rows = db
    .select(COMMENT_COLUMNS)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.reportId, reportId))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(comments).where(eq(comments.reportId, reportId)).get()?.n ?? 0;
  return paged(rows, total, query);
}

/** The newest comment of a kind — the 退回 reason the overview's 已退回 banner quotes — or null. */
export function latestComment(actor: Actor, reportId: number, kind: CommentItem["kind"]): CommentItem | null {
  getReport(actor, reportId);
  return (
    getDb()
      .select(COMMENT_COLUMNS)
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(eq(comments.reportId, reportId), eq(comments.kind, kind)))
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(1)
      .get() ?? null
  );
}

export function addComment(actor: Actor, reportId: number, body: string): { id: number } {
  getReport(actor, reportId, "report.comment");
  return getDb()
    .insert(comments)
    .values({ reportId, authorId: actor.id, kind: "comment", body })
    .returning({ id: comments.id })
    .get();
}
