/**
 * Runs once when the server starts. In production it refuses to start without a usable AUTH_SECRET
 * (lib/auth/secret-check.ts): a missing or weak secret would let anyone forge a session.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { authSecretProblem, HOW_TO_FIX } = await import("./lib/auth/secret-check");
  const problem = authSecretProblem(process.env.AUTH_SECRET);
  if (!problem) return;
  console.error(`\n✖ 拒绝启动：${problem}\n${HOW_TO_FIX}\n`);
  process.exit(1);
}
