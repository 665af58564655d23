/**
 * A first look at server-action requests (POST with a Next-Action header), in proxy.ts, before Next.js
 * decodes them: what Next.js would answer with a 500 — a foreign Origin, a body over the limit, a body
 * that is not JSON or is nested absurdly deep — is refused here with the 4xx it deserves and a
 * one-line reason. Everything that passes is still parsed by zod in the action (lib/action.ts).
 */

/** The largest server-action body (as next.config.ts's serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 4 * 1024 * 1024;
/** Deeper JSON than any form of this app sends. */
export const MAX_JSON_DEPTH = 32;

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The deepest nesting of arrays and objects in a JSON text (without parsing it). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Whether the Origin a browser sent names this host (requests without one are not from a browser form). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A refusal for a server-action request that cannot be a valid one, or null to let it through. */
export async function refuseBadAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!sameOrigin(request)) return refuse(403, "跨站请求被拒绝。");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT) return refuse(413, "提交的内容过大。");
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("text/plain")) {
    // Forms posted with files or without JavaScript are multipart or urlencoded: Next.js decodes them,
    // but a chunked one (no Content-Length) over the limit would make it fail with a 500.
    if (request.headers.get("content-length") === null && (await request.arrayBuffer()).byteLength > ACTION_BODY_LIMIT)
      return refuse(413, "提交的内容过大。");
    return null;
  }
  const body = await request.text();
  if (Buffer.byteLength(body) > ACTION_BODY_LIMIT) return refuse(413, "提交的内容过大。");
  if (jsonDepth(body) > MAX_JSON_DEPTH) return refuse(400, "提交的内容格式不正确。");
  try {
    if (!Array.isArray(JSON.parse(body))) return refuse(400, "提交的内容格式不正确。");
  } catch {
    return refuse(400, "提交的内容格式不正确。");
  }
  return null;
}
