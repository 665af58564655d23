import type BetterSqlite3 from "better-sqlite3";

const compiled = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** `{ changes, version }` of a stamp query, compiled once per connection (~0.01 ms a call). */
function stamp(client: BetterSqlite3.Database, query: string): string {
  let forClient = compiled.get(client);
  if (!forClient) compiled.set(client, (forClient = new Map()));
  let statement = forClient.get(query);
  if (!statement) forClient.set(query, (statement = client.prepare(query)));
  const { changes, version } = statement.get() as { changes: number | null; version: number };
  return `${changes ?? "none"}:${version}`;
}

/**
 * A stamp that moves with every write to the database: the connection's `total_changes()` (every row
 * it inserted, updated or deleted, triggers included) and `PRAGMA data_version` (which moves when
 * another connection — a script, a restore — commits). What was read under one stamp is current while
 * the stamp is unchanged.
 */
export const writeStamp = (client: BetterSqlite3.Database) =>
  stamp(client, "SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version");

/**
 * A stamp that moves when what the public side shows may change: `public_changes.version` (moved by the
 * database's triggers when a report is published or superseded, or a department renamed, moved to another
 * region or removed: migration 0011) and `PRAGMA data_version` (any commit by another connection — a
 * script, a restore — whose writes the app did not see). A clerk's save through the app moves neither.
 */
export const publicStamp = (client: BetterSqlite3.Database) =>
  stamp(
    client,
    "SELECT (SELECT version FROM public_changes WHERE id = 1) AS changes, data_version AS version FROM pragma_data_version",
  );
