import type { Db } from "./connection";

/**
 * A query run on nearly every request, built and compiled once per connection instead of on every
 * call. Drizzle builds a query's SQL from its builder on each call and better-sqlite3 compiles it
 * again: about 0.2 ms each, against 0.01 ms for running it prepared. A signed-in page runs four or
 * five of these (the session, the user, the report's header) before it does anything else.
 *
 * `key` names the query; `prepare` builds it with `sql.placeholder` for the values that change.
 * Keyed by connection, so a test's or a script's own database gets its own statements.
 */
const kept = new WeakMap<Db, Map<string, unknown>>();

export function preparedQuery<Q>(db: Db, key: string, prepare: (db: Db) => Q): Q {
  let forDb = kept.get(db);
  if (!forDb) kept.set(db, (forDb = new Map()));
  let query = forDb.get(key) as Q | undefined;
  if (query === undefined) forDb.set(key, (query = prepare(db)));
  return query;
}
