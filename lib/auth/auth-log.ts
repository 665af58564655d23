/**
 * What next-auth's errors leave in the server log. A wrong password is not an error of the system and
 * leaves nothing; a session cookie that does not decrypt (forged, truncated, or signed with an old
 * AUTH_SECRET) is one line — anyone can send one, so a stack trace each time would flood the log;
 * anything else is logged in full.
 */
export function logAuthError(error: Error): void {
  const type = (error as { type?: string }).type ?? error.name;
  if (type === "CredentialsSignin") return;
  if (type === "JWTSessionError") {
    logRejectedSessionCookie((error.cause as { err?: unknown } | undefined)?.err);
    return;
  }
  console.error(error);
}

/** The one line a session cookie that does not decrypt leaves, with why (jose's code and first line). */
export function logRejectedSessionCookie(cause: unknown): void {
  const err =
    typeof cause === "object" && cause !== null
      ? (cause as { code?: string; name?: string; message?: string })
      : undefined;
  const detail = `${err?.code ?? err?.name ?? ""} ${(err?.message ?? "").split("\n")[0]}`.trim();
  console.warn(`session cookie rejected${detail ? `: ${detail.slice(0, 200)}` : ""}`);
}
