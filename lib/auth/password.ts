/**
 * Password hashing with Argon2id (bcrypt would cut a password at 72 bytes — 24 Chinese characters).
 * Parameters are the OWASP 2023 minimum for Argon2id: 19 MiB memory, 2 iterations, 1 lane.
 */
import { hash, verify } from "@node-rs/argon2";

/** `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read: its value is 2. */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Same cost as a real verification, for unknown users, so timing does not reveal who exists. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
}
