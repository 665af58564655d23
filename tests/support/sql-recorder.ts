import { getDb } from "../../db";

export interface SqlRun {
  sql: string;
  params: unknown[];
}

/**
 * What `run` asks of the app's connection: each statement it compiles, and each time it runs one of
 * them (with its parameters). A statement compiled before — a query kept prepared (db/prepared.ts), the
 * cache's stamp — is not seen running.
 */
export function recordSql(run: () => void): { compiled: string[]; ran: SqlRun[] } {
  const client = getDb().$client;
  const compiled: string[] = [];
  const ran: SqlRun[] = [];
  const prepare = client.prepare;
  client.prepare = ((source: string) => {
    const statement = prepare.call(client, source);
    compiled.push(source);
    for (const method of ["all", "get", "run", "iterate"] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => {
          ran.push({ sql: source, params });
          return original(...params);
        },
      });
    }
    return statement;
  }) as typeof client.prepare;
  try {
    run();
  } finally {
    client.prepare = prepare;
  }
  return { compiled, ran };
}
