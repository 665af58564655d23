/**
 * Talking to the app over HTTP as a browser does: signing in through Auth.js's credentials endpoint,
 * calling server actions by their id (from the build's manifest) and reading their result from the
 * RSC response.
 */
import fs from "node:fs";
import path from "node:path";
import { appDir } from "./server";

/** The cookies a response sets, as a Cookie header value. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");

export interface LoginResult {
  /** The session cookie ("name=value"), when signed in. */
  cookie: string | null;
  /** Auth.js's error code when refused: "credentials" (the generic one) or "too_many_attempts". */
  code: string | null;
}

/** Signs in with username and password through /api/auth/callback/credentials. */
export async function login(
  base: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<LoginResult> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const csrfCookie = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, ...headers },
    body: new URLSearchParams({ username, password, csrfToken, callbackUrl: "/reports" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => /^(__Secure-)?authjs\.session-token=./.test(c));
  const location = response.headers.get("location") ?? "";
  const code = session ? null : (new URL(location, base).searchParams.get("code") ?? "unknown");
  return { cookie: session ?? null, code };
}

/** Server action ids of the built app, by exported name (from .next/server/server-reference-manifest.json). */
export function actionIds(dir = path.join(appDir(), ".next")): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.node).flatMap(([id, entry]) => (entry.exportedName ? [[entry.exportedName, id]] : [])),
  );
}

/** The body of a server-action request: its arguments as React sends plain data. */
export const actionBody = (args: unknown[]) => JSON.stringify(args);

export const actionHeaders = (actionId: string, cookie: string | null) => ({
  "next-action": actionId,
  "content-type": "text/plain;charset=UTF-8",
  accept: "text/x-component",
  ...(cookie ? { cookie } : {}),
});

/**
 * The value a server action returned, from its RSC response: row 0 names the row of the result
 * (`"a":"$@1"`), which holds it as JSON. Undefined when there is none (a redirect, an error page).
 */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = /^\$@([0-9a-f]+)$/.exec(root?.a ?? "")?.[1];
    return ref === undefined ? undefined : JSON.parse(rows.get(ref) ?? "null");
  } catch {
    return undefined;
  }
}

/** Calls a server action on a page, as the holder of `cookie`; returns the status and the result. */
export async function callAction(
  base: string,
  page: string,
  actionId: string,
  args: unknown[],
  cookie: string | null,
  headers: Record<string, string> = {},
): Promise<{ status: number; result: unknown }> {
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { ...actionHeaders(actionId, cookie), ...headers },
    body: actionBody(args),
  });
  return { status: response.status, result: actionResult(await response.text()) };
}
