/**
 * A guard in front of the .xlsx reader: an .xlsx is a zip, and a small zip can inflate to gigabytes.
 * Before exceljs (through JSZip) inflates anything, this reads the zip's central directory — the
 * declared uncompressed size of every entry — and refuses a file whose entries are too many, too large
 * or compressed beyond any real spreadsheet; then it inflates each entry once with a hard output cap
 * (zlib's maxOutputLength), so a file that lies about its sizes is refused too, having produced at most
 * the cap. Pure Node, no dependencies.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** The most uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** The most entries. */
  maxEntries: number;
  /** The highest ratio of uncompressed to compressed size of one entry larger than 1 MB. */
  maxRatio: number;
}

export const XLSX_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 100 * 1024 * 1024, maxEntries: 2_000, maxRatio: 200 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** null when the zip is within the limits; else a Chinese reason. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = XLSX_ZIP_LIMITS): string | null {
  const broken = "文件无法作为 Excel（.xlsx）读取，可能已损坏。";
  const bomb = "文件解压后过大（或压缩比异常），不像是一份报表，已拒绝读取。";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return broken;
  const entries = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || dirOffset === 0xffffffff) return bomb; // zip64: no spreadsheet of 5 MB needs it
  if (entries > limits.maxEntries) return bomb;
  if (dirOffset + dirSize > bytes.byteLength) return broken;
  const found: { method: number; compressed: number; size: number; local: number }[] = [];
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL) return broken;
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const local = view.getUint32(p + 42, true);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return bomb;
    total += size;
    if (total > limits.maxTotalBytes) return bomb;
    if (size > 1024 * 1024 && size > compressed * limits.maxRatio) return bomb;
    if (method !== 0 && method !== 8) return broken;
    found.push({ method, compressed, size, local });
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  // The declared sizes may lie: inflate each entry with its declared size as a hard cap.
  for (const e of found) {
    if (e.local + 30 > bytes.byteLength || view.getUint32(e.local, true) !== LOCAL) return broken;
    const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    if (start + e.compressed > bytes.byteLength) return broken;
    if (e.method === 0) {
      if (e.compressed !== e.size) return broken;
      continue;
    }
    try {
      const out = inflateRawSync(bytes.subarray(start, start + e.compressed), { maxOutputLength: Math.max(1, e.size) });
      if (out.byteLength !== e.size) return broken;
    } catch (error) {
      return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? bomb : broken;
    }
  }
  return null;
}
