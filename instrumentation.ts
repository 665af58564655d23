/**
 * Runs once when the server starts. In production it refuses to start without a usable AUTH_SECRET
 * (lib/auth/secret-check.ts): a missing or weak secret would let anyone forge a session.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const { refuseToStartWithoutUsableSecret } = await import("./lib/auth/secret-check");
    refuseToStartWithoutUsableSecret();
  }
}
