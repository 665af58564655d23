/**
 * AUTH_SECRET signs and encrypts every session: with a missing, short or well-known one anybody could
 * forge a session. The production server refuses to start with one (instrumentation.ts) and says how
 * to make a good one; `npm run demo` generates one into .env.local.
 */

/** Shorter than this many characters is too short to be a random secret (32 random bytes are 43 in base64url). */
const MIN_SECRET_LENGTH = 32;

/** Words of the placeholders in examples and templates (found case-insensitively, ignoring punctuation). */
const PLACEHOLDER_WORDS = [
  "changeme",
  "changethis",
  "replaceme",
  "replacethis",
  "yoursecret",
  "putyour",
  "todo",
  "example",
];

const HOW_TO_FIX =
  "请生成一个随机密钥并写入环境变量 AUTH_SECRET 或 .env.local，例如：\n" +
  `  echo "AUTH_SECRET=$(openssl rand -base64 32)" >> .env.local\n` +
  "（npm run demo 会在首次运行时自动生成。）";

/** Why this AUTH_SECRET must not be used, or null when it may. */
export function authSecretProblem(secret: string | undefined): string | null {
  if (!secret || secret.trim() === "") return "未设置 AUTH_SECRET。";
  if (secret.length < MIN_SECRET_LENGTH)
    return `AUTH_SECRET 太短（${secret.length} 个字符，至少需要 ${MIN_SECRET_LENGTH} 个）。`;
  const plain = secret.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (PLACEHOLDER_WORDS.some((w) => plain.includes(w))) return "AUTH_SECRET 是示例中的占位值，任何人都可能知道。";
  if (new Set(secret).size < 10) return "AUTH_SECRET 的字符过于单一，不像随机生成的密钥。";
  return null;
}

/** Ends the process with the reason and the fix when AUTH_SECRET is not usable (instrumentation.ts). */
export function refuseToStartWithoutUsableSecret(secret: string | undefined = process.env.AUTH_SECRET): void {
  const problem = authSecretProblem(secret);
  if (!problem) return;
  console.error(`\n✖ 拒绝启动：${problem}\n${HOW_TO_FIX}\n`);
  process.exit(1);
}
