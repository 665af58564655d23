/**
 * Browser drafts of entry pages: what a clerk typed and has not saved, kept in localStorage per user,
 * report and section, with the section version and values it was based on — so a reload, a crash,
 * Back or a new login loses nothing, and a draft made on an older version can be merged (lib/merge-values).
 */

export interface DraftKey {
  userId: number;
  section: string;
}

export interface Draft {
  /** When it was last written (ms since the epoch). */
  savedAt: number;
  /** The section version the edit started from. */
  baseVersion: number;
  /** The values the edit started from (the server's at baseVersion). */
  base: Record<string, unknown>;
  values: Record<string, unknown>;
}

const PREFIX = "juesuan.draft.v1";
const MAX_AGE_MS = 60 * 24 * 3600 * 1000;

export const draftStorageKey = (key: DraftKey, reportId: number) =>
  `${PREFIX}:${key.userId}:${reportId}:${key.section}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

export function readDraft(storageKey: string): Draft | null {
  const raw = storage()?.getItem(storageKey);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    return typeof draft.savedAt === "number" && draft.values ? draft : null;
  } catch {
    return null;
  }
}

/** Writes a draft; when the browser's quota is full, drops the oldest other drafts and tries again. */
export function writeDraft(storageKey: string, draft: Draft): boolean {
  const s = storage();
  if (!s) return false;
  const text = JSON.stringify(draft);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      s.setItem(storageKey, text);
      return true;
    } catch {
      const others = draftKeys(s)
        .filter((k) => k !== storageKey)
        .map((k) => ({ k, at: readDraft(k)?.savedAt ?? 0 }))
        .sort((a, b) => a.at - b.at);
      if (others.length === 0) return false;
      s.removeItem(others[0]!.k);
    }
  }
  return false;
}

export function removeDraft(storageKey: string) {
  storage()?.removeItem(storageKey);
}

function draftKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(`${PREFIX}:`)) keys.push(k);
  }
  return keys;
}

/** Forgets drafts nobody came back to for two months. */
export function pruneDrafts(now = Date.now()) {
  const s = storage();
  if (!s) return;
  for (const k of draftKeys(s)) {
    const d = readDraft(k);
    if (!d || now - d.savedAt > MAX_AGE_MS) s.removeItem(k);
  }
}
