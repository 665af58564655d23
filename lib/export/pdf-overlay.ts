/**
 * Draws the pages of one PDF over the first pages of another, as an incremental update: the base file's
 * bytes stay as they are, and what changes is appended after them (new objects, a new version of each
 * page drawn on, an xref section pointing back to the old one). This is how the 目录 gets its page
 * numbers in one full print (lib/export/pdf.ts): the document is printed once with the 目录's number
 * slots empty, the pages its headings landed on are read from that file, and a print of the front
 * matter that paints nothing but the numbers — laid out exactly as the document's first pages — is
 * drawn over it.
 *
 * The overlay is drawn only where its pages are laid out as the base's: every link on each page must lie
 * where the base page's does, to a hundredth of a point, and there must be at least one.
 *
 * Each overlay page becomes a form XObject with its own resources, so its names (/F1, /G3…) never meet
 * the base page's. The base page's content is wrapped in q…Q so that nothing it leaves set moves the
 * overlay. Links, destinations and the page tree are untouched.
 *
 * A deliberately small reader of what Chromium (Skia) writes: one classic xref table, pages with a
 * single content stream, direct stream lengths. Anything else gives null, and the caller keeps the base
 * file as it was. Pure.
 */

interface PdfFile {
  bytes: Uint8Array;
  /** The bytes as latin1: one character per byte, so string offsets are byte offsets. */
  text: string;
  offsets: Map<number, number>;
  trailer: string;
  startxref: number;
  size: number;
}

interface PdfObject {
  /** The object's value: for a stream, its dictionary. */
  value: string;
  /** A stream's data, as byte offsets into the file. */
  data?: { start: number; end: number };
}

/** The pages of `overlay` drawn over the same-numbered pages of `base`, or null (see above). */
export function overlayPages(base: Uint8Array, overlay: Uint8Array): { pdf: Buffer; pages: number } | null {
  const into = readPdf(base);
  const from = readPdf(overlay);
  if (!into || !from) return null;
  const basePages = pageIds(into);
  const overPages = pageIds(from);
  if (!basePages || !overPages || overPages.length === 0 || overPages.length > basePages.length) return null;

  const out: Array<{ id: number; body: string; data?: Uint8Array }> = [];
  let next = into.size;
  /** Overlay object id → its id in the base file and the object read, for every object an overlay page needs. */
  const moved = new Map<number, { id: number; obj: PdfObject }>();
  const renumber = (s: string) =>
    s.replace(/\b(\d+)\s+(\d+)\s+R\b/g, (_, id: string) => `${moved.get(Number(id))?.id ?? -1} 0 R`);

  let anchors = 0;
  for (let i = 0; i < overPages.length; i++) {
    const page = objectAt(from, overPages[i]!);
    const target = objectAt(into, basePages[i]!);
    const pageLinks = page && links(from, page);
    if (!pageLinks || !target || !sameLinks(pageLinks, links(into, target))) return null;
    anchors += pageLinks.length;
    const resources = resolved(from, entry(page.value, "Resources"));
    const contents = refId(entry(page.value, "Contents"));
    const box = entry(page.value, "MediaBox");
    const stream = contents === null ? null : objectAt(from, contents);
    if (resources === null || !box?.startsWith("[") || !stream?.data) return null;

    // Everything the overlay page's resources reach, copied under new numbers.
    const pending = [...refsIn(resources)];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (moved.has(id)) continue;
      const obj = objectAt(from, id);
      if (!obj) return null;
      moved.set(id, { id: next++, obj });
      pending.push(...refsIn(obj.value));
    }

    const streamDict = dictEntries(stream.value);
    const decoding = streamDict?.filter((e) => e.key === "Filter" || e.key === "DecodeParms" || e.key === "Length");
    if (!decoding || decoding.some((e) => refsIn(e.value).next().done === false)) return null; // no references here
    const form = next++;
    out.push({
      id: form,
      body: `<</Type /XObject /Subtype /Form /BBox ${box} /Resources ${renumber(resources)}${decoding.map((e) => ` /${e.key} ${e.value}`).join("")}>>`,
      data: from.bytes.subarray(stream.data.start, stream.data.end),
    });

    // The base page, drawn as before inside q…Q, then the overlay.
    const baseResources = resolved(into, entry(target.value, "Resources"));
    const baseContents = entry(target.value, "Contents");
    const contentsList = baseContents?.startsWith("[") ? baseContents.slice(1, -1).trim() : baseContents;
    // Every entry of /Contents a stream of content (not, say, a reference to an array).
    const contentIds = contentsList === null ? [] : [...refsIn(contentsList)];
    if (
      baseResources === null ||
      contentsList === null ||
      contentIds.length === 0 ||
      contentsList.replace(/\d+\s+\d+\s+R/g, "").trim() !== "" ||
      contentIds.some((id) => !objectAt(into, id)?.data)
    )
      return null;
    const withForm = addXObject(baseResources, OVERLAY_NAME, `${form} 0 R`);
    if (withForm === null) return null;
    const open = next++;
    const draw = next++;
    out.push({ id: open, body: "<</Length 2>>", data: latin1("q\n") });
    const call = `\nQ\nq /${OVERLAY_NAME} Do Q\n`; // a line break first: the page's stream may not end in one
    out.push({ id: draw, body: `<</Length ${call.length}>>`, data: latin1(call) });
    const pageValue = replaceEntries(target.value, {
      Resources: withForm,
      Contents: `[${open} 0 R ${contentsList} ${draw} 0 R]`,
    });
    if (pageValue === null) return null;
    out.push({ id: basePages[i]!, body: pageValue });
  }
  if (anchors === 0) return null; // nothing showed that the pages are laid out alike
  for (const { id, obj } of moved.values()) {
    out.push({ id, body: renumber(obj.value), data: obj.data && from.bytes.subarray(obj.data.start, obj.data.end) });
  }

  return { pdf: appendUpdate(into, out, next), pages: overPages.length };
}

/** The name the overlay form has in each base page's resources. */
const OVERLAY_NAME = "JuesuanOverlay";

const latin1 = (s: string) => Buffer.from(s, "latin1");

function appendUpdate(file: PdfFile, objects: Array<{ id: number; body: string; data?: Uint8Array }>, size: number) {
  const parts: Buffer[] = [Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)];
  let offset = file.bytes.byteLength;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  if (file.text[file.text.length - 1] !== "\n") push(latin1("\n"));
  const at = new Map<number, number>();
  for (const o of objects.sort((a, b) => a.id - b.id)) {
    at.set(o.id, offset);
    if (o.data) {
      push(latin1(`${o.id} 0 obj\n${o.body} stream\n`));
      push(Buffer.from(o.data.buffer, o.data.byteOffset, o.data.byteLength));
      push(latin1("\nendstream\nendobj\n"));
    } else push(latin1(`${o.id} 0 obj\n${o.body}\nendobj\n`));
  }
  // The xref section: one subsection per run of consecutive ids, each entry exactly 20 bytes.
  const ids = [...at.keys()];
  let xref = "xref\n";
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    xref += `${ids[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(at.get(ids[k]!)).padStart(10, "0")} 00000 n \n`;
    i = j + 1;
  }
  const keep = (dictEntries(file.trailer) ?? [])
    .filter((e) => e.key === "Root" || e.key === "Info" || e.key === "ID")
    .map((e) => `/${e.key} ${e.value}`)
    .join(" ");
  const xrefAt = offset;
  push(latin1(`${xref}trailer\n<</Size ${size} ${keep} /Prev ${file.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** The file's objects by its xref table, or null when it is not one classic, complete table. */
function readPdf(bytes: Uint8Array): PdfFile | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!text.startsWith("%PDF-")) return null;
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) return null;
  const startxref = Number(tail[1]);
  const xref = /xref\s+/y;
  xref.lastIndex = startxref;
  if (!xref.test(text)) return null;
  const offsets = new Map<number, number>();
  const line = /(\d+) (\d+)\s*[\r\n]+|(\d{10}) (\d{5}) ([nf])\s?[\r\n]+|trailer\s*/y;
  line.lastIndex = xref.lastIndex;
  let id = 0;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[1] !== undefined) id = Number(m[1]);
    else if (m[3] !== undefined) {
      if (m[5] === "n") offsets.set(id, Number(m[3]));
      id++;
    } else {
      const end = valueEnd(text, line.lastIndex);
      if (end === null) return null;
      const trailer = text.slice(line.lastIndex, end).trim();
      const size = Number(entry(trailer, "Size"));
      if (entry(trailer, "Prev") !== null || !Number.isSafeInteger(size)) return null;
      return { bytes, text, offsets, trailer, startxref, size };
    }
  }
  return null;
}

function objectAt(file: PdfFile, id: number): PdfObject | null {
  const at = file.offsets.get(id);
  if (at === undefined) return null;
  const head = /(\d+)\s+(\d+)\s+obj\s*/y;
  head.lastIndex = at;
  const m = head.exec(file.text);
  if (!m || Number(m[1]) !== id) return null;
  const end = valueEnd(file.text, head.lastIndex);
  if (end === null) return null;
  const value = file.text.slice(head.lastIndex, end).trim();
  const keyword = /\s*stream/y;
  keyword.lastIndex = end;
  if (!keyword.test(file.text)) return { value };
  const stream = /\r\n|\n/y; // the only ends of line allowed after "stream"
  stream.lastIndex = keyword.lastIndex;
  if (!stream.test(file.text)) return null;
  const length = Number(entry(value, "Length"));
  const start = stream.lastIndex;
  if (!Number.isSafeInteger(length) || !/^\s*endstream/.test(file.text.slice(start + length, start + length + 12)))
    return null;
  return { value, data: { start, end: start + length } };
}

/** The ids of the pages, in order, by the catalog's page tree. */
function pageIds(file: PdfFile): number[] | null {
  const root = objectAt(file, refId(entry(file.trailer, "Root")) ?? -1);
  const tree = root && refId(entry(root.value, "Pages"));
  if (tree === null || tree === undefined) return null;
  const out: number[] = [];
  const walk = (id: number, depth: number): boolean => {
    const node = objectAt(file, id);
    if (!node || depth > 32) return false;
    const type = entry(node.value, "Type");
    if (type === "/Page") return out.push(id) > 0;
    const kids = entry(node.value, "Kids");
    if (type !== "/Pages" || !kids?.startsWith("[")) return false;
    return [...refsIn(kids)].every((kid) => walk(kid, depth + 1));
  };
  return walk(tree, 0) ? out : null;
}

/** A page's links: where each lies and where it leads. Null when an annotation cannot be read. */
function links(file: PdfFile, page: PdfObject): Array<{ rect: number[]; dest: string }> | null {
  const annots = resolvedArray(file, entry(page.value, "Annots"));
  if (annots === null || !/^\[\s*(?:\d+\s+\d+\s+R\s*)*\]$/.test(annots)) return null; // annotations inline: not read
  const out: Array<{ rect: number[]; dest: string }> = [];
  for (const ref of refsIn(annots)) {
    const annot = objectAt(file, ref);
    if (!annot) return null;
    if (entry(annot.value, "Subtype") !== "/Link") continue;
    const rect = entry(annot.value, "Rect");
    if (!rect?.startsWith("[")) return null;
    out.push({ rect: rect.slice(1, -1).trim().split(/\s+/).map(Number), dest: entry(annot.value, "Dest") ?? "" });
  }
  return out;
}

/** The same links in the same places, to a hundredth of a point. */
const sameLinks = (a: ReturnType<typeof links>, b: ReturnType<typeof links>) =>
  a !== null &&
  b !== null &&
  a.length === b.length &&
  a.every(
    (l, i) =>
      l.dest === b[i]!.dest && l.rect.length === 4 && l.rect.every((v, j) => Math.abs(v - b[i]!.rect[j]!) < 0.01),
  );

/** An array written inline or as an object of its own; no entry is an empty array. */
function resolvedArray(file: PdfFile, value: string | null): string | null {
  if (value === null) return "[]";
  const id = refId(value);
  const array = id === null ? value : (objectAt(file, id)?.value ?? "");
  return array.startsWith("[") ? array : null;
}

/** A value as written inline: an indirect dictionary is read, anything else returned as is. */
function resolved(file: PdfFile, value: string | null): string | null {
  const id = refId(value);
  if (id === null) return value?.startsWith("<<") ? value : null;
  const obj = objectAt(file, id);
  return obj && !obj.data && obj.value.startsWith("<<") ? obj.value : null;
}

/** `resources` with `name` → `ref` added to its /XObject dictionary (made when there is none). */
function addXObject(resources: string, name: string, ref: string): string | null {
  const xobjects = entry(resources, "XObject");
  if (xobjects === null) return replaceEntries(resources, { XObject: `<</${name} ${ref}>>` });
  if (!xobjects.startsWith("<<")) return null; // an indirect /XObject dictionary: not what Chromium writes
  const inner = replaceEntries(xobjects, { [name]: ref });
  return inner && replaceEntries(resources, { XObject: inner });
}

const refId = (value: string | null): number | null => {
  const m = value === null ? null : /^(\d+)\s+\d+\s+R$/.exec(value);
  return m ? Number(m[1]) : null;
};

function* refsIn(value: string): Generator<number> {
  for (const m of value.matchAll(/\b(\d+)\s+(\d+)\s+R\b/g)) yield Number(m[1]);
}

/** The value of `key` in a dictionary's top level, as text, or null. */
function entry(dict: string, key: string): string | null {
  return dictEntries(dict)?.find((e) => e.key === key)?.value ?? null;
}

/** A dictionary's top-level entries, or null when it is not a dictionary. */
function dictEntries(dict: string): Array<{ key: string; value: string }> | null {
  if (!dict.startsWith("<<") || !dict.endsWith(">>")) return null;
  const out: Array<{ key: string; value: string }> = [];
  const key = /\s*\/((?:[^\s/[\]<>(){}%]|#[0-9A-Fa-f]{2})+)/y;
  let at = 2;
  for (;;) {
    const ws = /\s*/y;
    ws.lastIndex = at;
    ws.test(dict);
    if (dict.startsWith(">>", ws.lastIndex)) return ws.lastIndex === dict.length - 2 ? out : null;
    key.lastIndex = at;
    const k = key.exec(dict);
    if (!k) return null;
    const end = valueEnd(dict, key.lastIndex);
    if (end === null) return null;
    out.push({ key: k[1]!, value: dict.slice(key.lastIndex, end).trim() });
    at = end;
  }
}

/** A dictionary with some entries' values replaced (or added at its end). */
function replaceEntries(dict: string, values: Record<string, string>): string | null {
  const entries = dictEntries(dict);
  if (!entries) return null;
  const seen = new Set<string>();
  const body = entries.map((e) => {
    if (!(e.key in values)) return `/${e.key} ${e.value}`;
    seen.add(e.key);
    return `/${e.key} ${values[e.key]}`;
  });
  for (const [k, v] of Object.entries(values)) if (!seen.has(k)) body.push(`/${k} ${v}`);
  return `<<${body.join("\n")}>>`;
}

/**
 * Where the PDF value starting at `from` (after white space) ends: a dictionary, an array, a string, a
 * name, a number, an indirect reference or a keyword. Null when it runs off the text.
 */
function valueEnd(text: string, from: number): number | null {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i >= text.length) return null;
  const c = text[i]!;
  if (c === "<" && text[i + 1] === "<") {
    i += 2;
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith(">>", i)) return i + 2;
      const end = valueEnd(text, i);
      if (end === null) return null;
      i = end;
    }
  }
  if (c === "[") {
    i++;
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] === "]") return i + 1;
      const end = valueEnd(text, i);
      if (end === null) return null;
      i = end;
    }
  }
  if (c === "(") {
    let depth = 0;
    for (; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (text[i] === "(") depth++;
      else if (text[i] === ")" && --depth === 0) return i + 1;
    }
    return null;
  }
  if (c === "<") {
    const close = text.indexOf(">", i);
    return close < 0 ? null : close + 1;
  }
  if (c === "/") {
    const name = /\/(?:[^\s/[\]<>(){}%]|#[0-9A-Fa-f]{2})*/y;
    name.lastIndex = i;
    name.test(text);
    return name.lastIndex;
  }
  const ref = /\d+\s+\d+\s+R\b/y;
  ref.lastIndex = i;
  if (ref.test(text)) return ref.lastIndex;
  const token = /[+\-.\w]+/y;
  token.lastIndex = i;
  return token.test(text) ? token.lastIndex : null;
}
