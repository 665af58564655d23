import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../../db/connection";

/**
 * Exported files kept on disk, named by the SHA-256 of the document they print, so a document is
 * rendered once: a published snapshot's PDF and XLSX are stored for good (`published/`, named by the
 * snapshot's SHA-256), a draft's per version of its content (`drafts/`, the newest MAX_DRAFT_FILES
 * kept). Concurrent requests for a file being rendered wait for that one render. The directory sits
 * beside the database (`<database dir>/exports`); deleting it only costs re-rendering.
 */
export const MAX_DRAFT_FILES = 200;

/** Bump when the PDF or XLSX layout changes, so drafts are rendered again (published files stay as published). */
const RENDERER = "r1";

export type FileClass = "published" | "drafts";

const inFlight = new Map<string, Promise<Buffer>>();

export function exportsDir(): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ databasePath())), "exports");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The file of `key` (a SHA-256) and `ext`: from disk when rendered before, else rendered once —
 * however many requests ask at the same time — and stored.
 */
export async function cachedFile(
  fileClass: FileClass,
  key: string,
  ext: string,
  render: () => Promise<Buffer>,
): Promise<Buffer> {
  if (!/^[0-9a-f]{64}$/.test(key) || !/^[a-z]+$/.test(ext)) throw new Error("cachedFile: not a SHA-256 key");
  const dir = path.join(exportsDir(), fileClass);
  const file = path.join(dir, `${key}.${RENDERER}.${ext}`);
  const pending = inFlight.get(file);
  if (pending) return pending;
  const work = (async () => {
    try {
      return await fs.promises.readFile(file);
    } catch {
      const body = await render();
      await fs.promises.mkdir(dir, { recursive: true });
      // Written whole, then renamed: a reader never sees half a file, and a crash leaves no bad one.
      const tmp = `${file}.${randomUUID()}.tmp`;
      await fs.promises.writeFile(tmp, body);
      await fs.promises.rename(tmp, file);
      if (fileClass === "drafts") await pruneDrafts(dir);
      return body;
    }
  })();
  inFlight.set(file, work);
  try {
    return await work;
  } finally {
    inFlight.delete(file);
  }
}

/** Keeps the newest MAX_DRAFT_FILES draft files (and removes temporary files a crash left behind). */
async function pruneDrafts(dir: string) {
  const names = await fs.promises.readdir(dir);
  const stale = Date.now() - 3_600_000;
  const files = await Promise.all(
    names.map(async (name) => ({ name, stat: await fs.promises.stat(path.join(dir, name)).catch(() => null) })),
  );
  const done = files
    .filter((f) => f.stat && !f.name.endsWith(".tmp"))
    .sort((a, b) => b.stat!.mtimeMs - a.stat!.mtimeMs);
  const remove = [
    ...done.slice(MAX_DRAFT_FILES),
    ...files.filter((f) => f.name.endsWith(".tmp") && f.stat && f.stat.mtimeMs < stale),
  ];
  await Promise.all(remove.map((f) => fs.promises.rm(path.join(dir, f.name), { force: true })));
}
