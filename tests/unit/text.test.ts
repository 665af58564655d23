import { describe, expect, it } from "vitest";
import { plainText } from "../../lib/text";

describe("plainText", () => {
  it("drops control characters but tab and line breaks, and replaces lone surrogates", () => {
    expect(plainText("a\u0000b\u0007c\u001b[31md\u007fe\u0085f")).toBe("abc[31mdef");
    expect(plainText("第一行\r\n第二行\t制表")).toBe("第一行\r\n第二行\t制表");
    expect(plainText("\ud800x\udfff")).toBe("\ufffdx\ufffd");
    expect(plainText("𠮷野家 ０１２")).toBe("𠮷野家 ０１２");
  });
});
