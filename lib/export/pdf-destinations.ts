/**
 * On which page each named destination of a PDF lies — read from the PDF that Chromium prints, whose
 * internal links (the 目录's `<a href="#part-1">`) become named destinations in the catalog's /Dests
 * dictionary, each pointing at its page. This is how the 目录 gets its page numbers: the document is
 * printed with the 目录's slots empty, where every heading landed is read from that file, and the
 * numbers are printed on their own and drawn over it (lib/export/pdf.ts, lib/export/pdf-overlay.ts).
 *
 * A deliberately small reader of what Chromium (Skia) writes: plain objects, a page tree, a /Dests
 * dictionary. Anything else (object streams, a /Names tree, a damaged file) gives null, and the PDF keeps
 * its 目录 without numbers rather than with wrong ones. Pure.
 */

/** Destination name → 1-based page number, or null when the PDF is not laid out as expected. */
export function destinationPages(pdf: Uint8Array): Map<string, number> | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  if (!text.startsWith("%PDF-") || /\/Type\s*\/ObjStm/.test(text)) return null;
  const objects = new Map<string, string>();
  // An object's dictionary: up to its stream (whose bytes are never parsed) or its end.
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)(?:\bstream[\r\n]|\bendobj\b)/g))
    objects.set(m[1]!, m[2]!);
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const root = catalog && /\/Pages\s+(\d+) 0 R/.exec(catalog)?.[1];
  const dests = catalog && /\/Dests\s+(\d+) 0 R/.exec(catalog)?.[1];
  if (!root || !dests) return null;

  const order: string[] = [];
  const walk = (id: string, depth: number): boolean => {
    const body = objects.get(id);
    if (!body || depth > 32) return false;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1];
      if (kids === undefined) return false;
      return [...kids.matchAll(/(\d+) 0 R/g)].every((k) => walk(k[1]!, depth + 1));
    }
    if (!/\/Type\s*\/Page\b/.test(body)) return false;
    order.push(id);
    return true;
  };
  if (!walk(root, 0)) return null;
  const pageOf = new Map(order.map((id, i) => [id, i + 1]));

  const out = new Map<string, number>();
  for (const m of (objects.get(dests) ?? "").matchAll(/\/((?:[^\s/[\]<>()#]|#[0-9A-Fa-f]{2})+)\s*\[\s*(\d+) 0 R/g)) {
    const name = m[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const page = pageOf.get(m[2]!);
    if (page === undefined) return null;
    out.set(name, page);
  }
  return out;
}
