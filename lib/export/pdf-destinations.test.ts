import { describe, expect, it } from "vitest";
import { destinationPages } from "./pdf-destinations";

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}`);

/** The shape Chromium writes: a catalog with /Pages and /Dests, a nested page tree. */
const CHROMIUM_LIKE = `1 0 obj
<</Type /Catalog
/Pages 2 0 R
/Dests 9 0 R>>
endobj
2 0 obj
<</Type /Pages
/Count 3
/Kids [3 0 R 4 0 R]>>
endobj
3 0 obj
<</Type /Pages
/Count 2
/Kids [5 0 R 6 0 R]
/Parent 2 0 R>>
endobj
4 0 obj
<</Type /Pages
/Count 1
/Kids [7 0 R]
/Parent 2 0 R>>
endobj
5 0 obj
<</Type /Page
/Parent 3 0 R>>
endobj
6 0 obj
<</Type /Page
/Contents 8 0 R
/Parent 3 0 R>>
endobj
7 0 obj
<</Type /Page
/Parent 4 0 R>>
endobj
8 0 obj
<</Length 12>> stream
endobj 3 0 R
endstream
endobj
9 0 obj
<</part-1 [6 0 R /XYZ 6 814.91998 0]
/part1-1-profile-duties [6 0 R /XYZ 6 770.66998 0]
/table#2D01 [7 0 R /XYZ 6 823.91998 0]>>
endobj
`;

describe("destinationPages", () => {
  it("reads each destination's page through a nested page tree, names decoded", () => {
    expect(destinationPages(pdf(CHROMIUM_LIKE))).toEqual(
      new Map([
        ["part-1", 2],
        ["part1-1-profile-duties", 2],
        ["table-01", 3],
      ]),
    );
  });

  it("gives null, not wrong numbers, for what it does not understand", () => {
    expect(destinationPages(new TextEncoder().encode("not a pdf"))).toBeNull();
    expect(destinationPages(pdf(CHROMIUM_LIKE.replace("/Dests 9 0 R", "")))).toBeNull(); // no /Dests
    expect(destinationPages(pdf(`${CHROMIUM_LIKE}10 0 obj\n<</Type /ObjStm>>\nendobj\n`))).toBeNull();
    expect(destinationPages(pdf(CHROMIUM_LIKE.replace("[6 0 R /XYZ", "[66 0 R /XYZ")))).toBeNull(); // no such page
    expect(destinationPages(pdf(CHROMIUM_LIKE.replace("/Kids [7 0 R]", "/Kids [2 0 R]")))).toBeNull(); // a cycle
  });
});
