import { describe, expect, it } from "vitest";
import { destinationPages } from "./pdf-destinations";
import { overlayPages } from "./pdf-overlay";

type Obj = string | { dict: string; data: string };

/** A PDF as Chromium writes one: the objects, one classic xref table, a trailer. */
function pdfOf(objects: Record<number, Obj>, trailer = "/Root 1 0 R"): Buffer {
  let text = "%PDF-1.4\n%\u00e2\u00e3\n";
  const at = new Map<number, number>();
  const ids = Object.keys(objects).map(Number);
  for (const id of ids) {
    at.set(id, text.length);
    const o = objects[id]!;
    text +=
      typeof o === "string"
        ? `${id} 0 obj\n${o}\nendobj\n`
        : `${id} 0 obj\n${o.dict} stream\n${o.data}\nendstream\nendobj\n`;
  }
  const size = Math.max(...ids) + 1;
  const xref = text.length;
  text += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++)
    text += at.has(id) ? `${String(at.get(id)).padStart(10, "0")} 00000 n \n` : "0000000000 65535 f \n";
  text += `trailer\n<</Size ${size}\n${trailer}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, "latin1");
}

const stream = (data: string, extra = "") => ({ dict: `<<${extra}/Length ${data.length}>>`, data });

/** A document of three pages: text on each, a link on the second, named destinations, an /XObject on the third. */
const BASE: Record<number, Obj> = {
  1: "<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>",
  2: "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R 5 0 R]>>",
  3: "<</Type /Page\n/Resources <</Font <</F1 6 0 R>>>>\n/MediaBox [0 0 595 842]\n/Contents 7 0 R\n/Parent 2 0 R>>",
  4: "<</Type /Page\n/Resources 10 0 R\n/MediaBox [0 0 595 842]\n/Annots [11 0 R]\n/Contents 8 0 R\n/Parent 2 0 R>>",
  5: "<</Type /Page\n/Resources <</XObject <</X1 12 0 R>>>>\n/MediaBox [0 0 595 842]\n/Contents 13 0 R\n/Parent 2 0 R>>",
  6: "<</Type /Font\n/Subtype /Type3>>",
  7: stream("BT /F1 12 Tf (cover) Tj ET"),
  8: stream("BT /F1 12 Tf (contents) Tj ET"),
  9: "<</part-1 [5 0 R /XYZ 0 842 0]>>",
  10: "<</Font <</F1 6 0 R>>>>",
  11: "<</Type /Annot\n/Subtype /Link\n/Rect [45.6 735.3 550.1 751.4]\n/Dest /part-1>>",
  12: stream("0 0 m"),
  13: stream("/X1 Do"),
};

/** The numbers of the first two pages: its own font under the same name /F1, a link where the base's is. */
const OVERLAY: Record<number, Obj> = {
  1: "<</Type /Catalog\n/Pages 2 0 R>>",
  2: "<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>",
  3: "<</Type /Page\n/Resources <</Font <</F1 5 0 R>>>>\n/MediaBox [0 0 595 842]\n/Contents 6 0 R\n/Parent 2 0 R>>",
  4: "<</Type /Page\n/Resources <</Font <</F1 5 0 R>>\n/ExtGState <</G1 8 0 R>>>>\n/MediaBox [0 0 595 842]\n/Annots [9 0 R]\n/Contents 7 0 R\n/Parent 2 0 R>>",
  5: "<</Type /Font\n/Subtype /Type3\n/CharProcs <</d3 10 0 R>>\n/Resources <</ExtGState <</G1 8 0 R>>>>>>",
  6: stream("", "/Filter /FlateDecode"),
  7: stream("BT /F1 12 Tf (3) Tj ET", "/Filter /FlateDecode"),
  8: "<</ca 1>>",
  9: "<</Type /Annot\n/Subtype /Link\n/Rect [45.6 735.3 550.1 751.4]\n/Dest /part-1>>",
  10: stream("500 0 d0 0 0 m 1 1 l f"),
};

/** The objects of a PDF, the last version of each (an incremental update's come after the original's). */
function objects(pdf: Buffer): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of pdf.toString("latin1").matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g))
    out.set(Number(m[1]), m[2]!);
  return out;
}

describe("overlayPages", () => {
  it("appends the overlay's pages as forms drawn over the base's first pages, leaving the base bytes as they were", () => {
    const base = pdfOf(BASE);
    const result = overlayPages(base, pdfOf(OVERLAY))!;
    expect(result.pages).toBe(2);
    const pdf = result.pdf;
    expect(pdf.subarray(0, base.length).equals(base)).toBe(true);
    const text = pdf.toString("latin1");
    expect(text).toMatch(/trailer\n<<\/Size (\d+) \/Root 1 0 R \/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
    expect(Number(/\/Prev (\d+)/.exec(text)![1])).toBe(Number(/startxref\n(\d+)/.exec(base.toString("latin1"))![1]));

    const objs = objects(pdf);
    // The second page: its own content inside q…Q, then the overlay's form, named in its resources; its link kept.
    const page = objs.get(4)!;
    const [open, own, draw] = [.../\/Contents \[(\d+) 0 R (\d+) 0 R (\d+) 0 R\]/.exec(page)!].slice(1).map(Number);
    expect(own).toBe(8);
    expect(objs.get(open!)).toMatch(/stream\nq\n\nendstream/);
    expect(objs.get(draw!)).toMatch(/stream\n\nQ\nq \/JuesuanOverlay Do Q\n\nendstream/);
    expect(page).toContain("/Annots [11 0 R]");
    expect(page).toContain("/Parent 2 0 R");
    const form = Number(/\/XObject <<\/JuesuanOverlay (\d+) 0 R>>/.exec(page)![1]);
    // The base page's resources were an object of their own: read, and written into the page with the form.
    expect(page).toContain("/Font <</F1 6 0 R>>");
    expect(objs.get(form)).toMatch(
      /^<<\/Type \/XObject \/Subtype \/Form \/BBox \[0 0 595 842\] \/Resources <<\/Font <<\/F1 (\d+) 0 R>>\n\/ExtGState <<\/G1 (\d+) 0 R>>>> \/Filter \/FlateDecode \/Length 22>> stream\nBT \/F1 12 Tf \(3\) Tj ET\nendstream$/,
    );
    // The overlay's font, its glyph and its graphics state, copied under new numbers past the base's.
    const [font, gs] = [.../\/F1 (\d+) 0 R>>\n\/ExtGState <<\/G1 (\d+) 0 R/.exec(objs.get(form)!)!]
      .slice(1)
      .map(Number);
    expect(font).toBeGreaterThanOrEqual(14);
    expect(objs.get(font!)).toMatch(/\/CharProcs <<\/d3 (\d+) 0 R>>/);
    const glyph = Number(/\/d3 (\d+) 0 R/.exec(objs.get(font!)!)![1]);
    expect(objs.get(glyph)).toContain("500 0 d0 0 0 m 1 1 l f");
    expect(objs.get(font!)).toContain(`/ExtGState <</G1 ${gs} 0 R>>`);
    expect(objs.get(gs!)).toBe("<</ca 1>>");
    // The third page is not touched; the named destinations still lead to it.
    expect(objs.get(5)).toBe(BASE[5]);
    expect(destinationPages(pdf)).toEqual(new Map([["part-1", 3]]));
  });

  it("keeps the xref entries exactly 20 bytes and pointing at their objects", () => {
    const pdf = overlayPages(pdfOf(BASE), pdfOf(OVERLAY))!.pdf;
    const text = pdf.toString("latin1");
    const section = text.slice(text.lastIndexOf("\nxref\n"));
    let checked = 0;
    for (const sub of section.matchAll(/(\d+) (\d+)\n((?:\d{10} \d{5} n \n)+)/g)) {
      const entries = sub[3]!.match(/.{20}/gs)!;
      expect(entries).toHaveLength(Number(sub[2]));
      entries.forEach((e, k) => {
        const id = Number(sub[1]) + k;
        expect(text.startsWith(`${id} 0 obj`, Number(e.slice(0, 10)))).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(8);
  });

  it("adds the form to an /XObject dictionary the page already has", () => {
    const overlay = { ...OVERLAY, 2: "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R 11 0 R]>>" } as Record<number, Obj>;
    overlay[11] = "<</Type /Page\n/Resources <<>>\n/MediaBox [0 0 595 842]\n/Contents 6 0 R\n/Parent 2 0 R>>";
    const page = objects(overlayPages(pdfOf(BASE), pdfOf(overlay))!.pdf).get(5)!;
    expect(page).toMatch(/\/XObject <<\/X1 12 0 R\n\/JuesuanOverlay \d+ 0 R>>/);
  });

  it("refuses pages whose links do not lie where the base's do", () => {
    const moved = { ...OVERLAY, 9: "<</Type /Annot\n/Subtype /Link\n/Rect [45.6 733.9 550.1 750.4]\n/Dest /part-1>>" };
    expect(overlayPages(pdfOf(BASE), pdfOf(moved))).toBeNull();
    const elsewhere = {
      ...OVERLAY,
      9: "<</Type /Annot\n/Subtype /Link\n/Rect [45.6 735.3 550.1 751.4]\n/Dest /part-2>>",
    };
    expect(overlayPages(pdfOf(BASE), pdfOf(elsewhere))).toBeNull();
    const none = { ...OVERLAY, 4: OVERLAY[4]!.toString().replace("/Annots [9 0 R]\n", "") };
    expect(overlayPages(pdfOf(BASE), pdfOf(none))).toBeNull();
    // No link on either side: nothing shows the pages are laid out alike.
    const base = { ...BASE, 4: BASE[4]!.toString().replace("/Annots [11 0 R]\n", "") };
    expect(overlayPages(pdfOf(base), pdfOf(none))).toBeNull();
    // Annotations written inline are not read.
    const inline = (o: Record<number, Obj>, id: number, ref: string) => ({
      ...o,
      [id]: o[id]!.toString().replace(`/Annots [${ref}]`, "/Annots [<</Subtype /Link /Rect [0 0 1 1]>>]"),
    });
    expect(overlayPages(pdfOf(inline(BASE, 4, "11 0 R")), pdfOf(inline(OVERLAY, 4, "9 0 R")))).toBeNull();
    // Off by less than a hundredth of a point: the same place.
    const rounding = {
      ...OVERLAY,
      9: "<</Type /Annot\n/Subtype /Link\n/Rect [45.601 735.3 550.1 751.4]\n/Dest /part-1>>",
    };
    expect(overlayPages(pdfOf(BASE), pdfOf(rounding))).not.toBeNull();
  });

  it("gives null for what it does not read rather than a damaged file", () => {
    const base = pdfOf(BASE);
    const overlay = pdfOf(OVERLAY);
    expect(overlayPages(base, base.subarray(0, base.length - 30))).toBeNull(); // cut off
    expect(
      overlayPages(Buffer.from(base.toString("latin1").replace("xref\n0 14", "xref\n0 x"), "latin1"), overlay),
    ).toBeNull();
    expect(overlayPages(pdfOf(BASE, "/Root 1 0 R\n/Prev 10"), overlay)).toBeNull(); // updated before
    expect(overlayPages(base, pdfOf({ ...OVERLAY, 7: { dict: "<</Length 12 0 R>>", data: "x" } }))).toBeNull();
    expect(overlayPages(base, pdfOf({ ...OVERLAY, 5: "<</Type /Font\n/CharProcs <</d3 99 0 R>>>>" }))).toBeNull(); // no object 99
    expect(
      overlayPages(
        base,
        pdfOf({ ...OVERLAY, 3: OVERLAY[3]!.toString().replace("/Contents 6 0 R", "/Contents [6 0 R 7 0 R]") }),
      ),
    ).toBeNull();
    // More pages than the base has.
    const long: Record<number, Obj> = { ...OVERLAY, 2: "<</Type /Pages\n/Count 4\n/Kids [3 0 R 3 0 R 3 0 R 3 0 R]>>" };
    expect(overlayPages(base, pdfOf(long))).toBeNull();
    expect(overlayPages(base, Buffer.from("not a pdf"))).toBeNull();
    // A stream whose "stream" keyword ends in a bare CR (not allowed) — here a glyph the overlay's font
    // needs: refused, not copied without its data.
    const cr = Buffer.from(
      overlay.toString("latin1").replace("<</Length 22>> stream\n500", "<</Length 22>> stream\r500"),
      "latin1",
    );
    expect(cr.equals(overlay)).toBe(false);
    expect(overlayPages(base, cr)).toBeNull();
    // Decoding parameters that refer to other objects are not followed.
    expect(
      overlayPages(base, pdfOf({ ...OVERLAY, 7: stream("BT ET", "/Filter /FlateDecode /DecodeParms 8 0 R") })),
    ).toBeNull();
    // The base page's /Contents naming an array object where streams belong.
    expect(overlayPages(pdfOf({ ...BASE, 8: "[7 0 R]" }), overlay)).toBeNull();
  });
});
