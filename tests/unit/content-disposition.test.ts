/**
 * Download file names (RFC 6266 with the RFC 8187 `filename*`): whatever a department is called, the
 * header names one file, the plain `filename` is a clean quoted string, and `filename*` carries the
 * exact UTF-8 name.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentDisposition } from "../../lib/export/file-name";

/** The parameters of a Content-Disposition value, parsed by RFC 6266's grammar (no leniency). */
function parse(header: string): { type: string; params: [string, string][] } {
  const m =
    /^(attachment|inline)((?:;\s*[A-Za-z*]+=(?:"(?:[^"\\\p{Cc}]|\\[\x20-\x7e])*"|[A-Za-z0-9!#$&+\-.^_`|~%']+))*)$/u.exec(
      header,
    );
  if (!m) throw new Error(`not a valid Content-Disposition: ${header}`);
  const params = [...m[2]!.matchAll(/;\s*([A-Za-z*]+)=("(?:[^"\\]|\\.)*"|[^;\s]+)/g)].map(
    (p) => [p[1]!, p[2]!] as [string, string],
  );
  return { type: m[1]!, params };
}

describe("contentDisposition", () => {
  it("a quote in a department name cannot add a parameter", () => {
    const header = contentDisposition('evil"; filename="evil.exe_2020年度部门决算公开.pdf');
    const { type, params } = parse(header);
    expect(type).toBe("attachment");
    expect(params.map(([k]) => k)).toEqual(["filename", "filename*"]);
    expect(params[0]![1]).not.toContain('evil.exe"');
    expect(decodeURIComponent(params[1]![1].replace(/^UTF-8''/, ""))).toBe(
      "evil_; filename=_evil.exe_2020年度部门决算公开.pdf",
    );
  });

  it("keeps a Chinese name exact in filename*", () => {
    const { params } = parse(contentDisposition("中共兰州市委机构编制委员会办公室_2020年度部门决算公开.xlsx"));
    expect(params[1]![1]).toBe(
      `UTF-8''${encodeURIComponent("中共兰州市委机构编制委员会办公室_2020年度部门决算公开.xlsx")}`,
    );
  });

  it("any name gives a header of exactly two well-formed parameters", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom("\uD800", "\uDC00", '"', "\\"),
            fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
          ),
          maxLength: 80,
        }),
        (name) => {
          const { params } = parse(contentDisposition(`${name}.pdf`));
          expect(params.map(([k]) => k)).toEqual(["filename", "filename*"]);
          const exact = decodeURIComponent(params[1]![1].replace(/^UTF-8''/, ""));
          expect(exact).not.toMatch(/[\p{Cc}"\\/]/u);
          expect(exact.endsWith(".pdf")).toBe(true);
        },
      ),
    );
  });
});
