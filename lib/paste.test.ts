import { describe, expect, it } from "vitest";
import { isBlock, MAX_PASTE_ROWS, parseClipboardGrid, planPaste, type PasteTarget } from "./paste";
import { parseMoney } from "./money";

describe("parseClipboardGrid", () => {
  it("reads tab-separated rows as Excel copies them (CRLF, trailing newline)", () => {
    expect(parseClipboardGrid("1\t2\t3\r\n4\t5\t6\r\n")).toEqual({
      ok: true,
      rows: [
        ["1", "2", "3"],
        ["4", "5", "6"],
      ],
    });
  });
  it("keeps empty cells in place", () => {
    expect(parseClipboardGrid("1\t\t3\n\t5\t")).toEqual({
      ok: true,
      rows: [
        ["1", "", "3"],
        ["", "5", ""],
      ],
    });
  });
  it("reads quoted cells with tabs, newlines and doubled quotes", () => {
    expect(parseClipboardGrid('"a\tb"\t"line1\nline2"\t"say ""hi"""\n')).toEqual({
      ok: true,
      rows: [["a\tb", "line1\nline2", 'say "hi"']],
    });
  });
  it("takes a stray quote literally", () => {
    expect(parseClipboardGrid('12"3\t4')).toEqual({ ok: true, rows: [['12"3', "4"]] });
  });
  it("keeps thousands separators and full-width digits for the money parser, which accepts them", () => {
    const r = parseClipboardGrid("1,234.50\t１２３\n");
    expect(r).toEqual({ ok: true, rows: [["1,234.50", "１２３"]] });
    if (r.ok)
      expect(r.rows[0]!.map((c) => parseMoney(c))).toEqual([
        { ok: true, fen: 123450 },
        { ok: true, fen: 12300 },
      ]);
  });
  it("keeps a bad cell as it is, so the field marks it", () => {
    expect(parseClipboardGrid("12\tabc\t5")).toEqual({ ok: true, rows: [["12", "abc", "5"]] });
  });
  it(`refuses more than ${MAX_PASTE_ROWS} rows with a message, instead of freezing the page`, () => {
    const big = Array.from({ length: 10_000 }, (_, i) => `${i}\t1`).join("\n");
    expect(parseClipboardGrid(big)).toEqual({ ok: false, error: `一次最多粘贴${MAX_PASTE_ROWS}行，未粘贴。` });
  });
  it("refuses a megabyte of text", () => {
    expect(parseClipboardGrid("9".repeat(1_000_001)).ok).toBe(false);
  });
  it("an empty paste is no rows", () => {
    expect(parseClipboardGrid("")).toEqual({ ok: true, rows: [] });
  });
  it("tells a block from a single value", () => {
    expect(isBlock("123.45")).toBe(false);
    expect(isBlock("123.45\r\n")).toBe(false);
    expect(isBlock("1\t2")).toBe(true);
    expect(isBlock("1\n2")).toBe(true);
  });
});

describe("planPaste", () => {
  const rows = [
    { code: "2010301", name: "行政运行" },
    { code: "2013101", name: "行政运行" },
    { code: "2080505", name: "机关事业单位基本养老保险缴费支出" },
  ];
  const columns = [
    { field: "basic", label: "一般公共预算财政拨款·基本支出" },
    { field: "project", label: "一般公共预算财政拨款·项目支出" },
  ];
  const catalog: Record<string, string> = { "2210201": "住房公积金", "2050803": "培训支出" };
  const target = (over: Partial<PasteTarget> = {}): PasteTarget => ({
    rows,
    columns,
    anchor: { row: 0, col: 0 },
    addable: (code) => catalog[code] ?? null,
    unit: "yuan",
    ...over,
  });
  const grid = (text: string) => (parseClipboardGrid(text) as { ok: true; rows: string[][] }).rows;

  it("matches rows by a leading code column, wherever the block was pasted", () => {
    const plan = planPaste(grid("2080505\t7012345.60\t1\n2013101\t100\t\n"), target({ anchor: { row: 0, col: 0 } }));
    expect(plan).toMatchObject({ ok: true, matchedBy: "code", newRows: [] });
    if (!plan.ok) return;
    expect(plan.cells).toEqual([
      { row: 2, field: "basic", value: "7,012,345.60" },
      { row: 2, field: "project", value: "1.00" },
      { row: 1, field: "basic", value: "100.00" },
      { row: 1, field: "project", value: "" },
    ]);
  });

  it("skips a name column after the code, and reads the name in the code's cell", () => {
    const plan = planPaste(grid("2013101\t行政运行\t5\t6\n[2010301]行政运行\t7\t8\n"), target());
    // The second row's name sits in the code cell, so its amounts start one column earlier: still read.
    expect(plan.ok && plan.cells.map((c) => [c.row, c.field, c.value])).toEqual([
      [1, "basic", "5.00"],
      [1, "project", "6.00"],
      [0, "basic", "7.00"],
      [0, "project", "8.00"],
    ]);
  });

  it("adds catalog subjects the grid lacks and skips 类/款 subtotal rows", () => {
    const plan = planPaste(
      grid("221\t住房保障支出\t9\n22102\t住房改革支出\t9\n2210201\t住房公积金\t9\n合计\t\t9\n"),
      target(),
    );
    expect(plan).toMatchObject({
      ok: true,
      cells: [],
      newRows: [{ code: "2210201", name: "住房公积金", values: { basic: "9.00" } }],
      notes: ["已跳过类、款或合计行3行（由系统汇总）。"],
    });
  });

  it("starts at the amount column pasted into", () => {
    const plan = planPaste(grid("2013101\t42\n"), target({ anchor: { row: 0, col: 1 } }));
    expect(plan.ok && plan.cells).toEqual([{ row: 1, field: "project", value: "42.00" }]);
  });

  it("refuses a block that would put text into an amount, naming the cell", () => {
    expect(planPaste(grid("2013101\t12\tabc\n"), target())).toEqual({
      ok: false,
      error: "粘贴内容第1行第3格“abc”不是金额（将填入“2013101 行政运行 · 一般公共预算财政拨款·项目支出”），未粘贴。",
    });
    expect(planPaste(grid("一般公共预算\t项目\n"), target()).ok).toBe(false);
  });

  it("recognises codes in an empty grid by their length", () => {
    const plan = planPaste(grid("2210201\t1\n"), target({ rows: [], codeLength: 7 }));
    expect(plan).toMatchObject({
      ok: true,
      newRows: [{ code: "2210201", name: "住房公积金", values: { basic: "1.00" } }],
    });
  });

  it("refuses a code that is in no catalog", () => {
    expect(planPaste(grid("2013101\t1\n2999999\t2\n"), target())).toEqual({
      ok: false,
      error: "第2行的科目编码2999999不在本表的科目表中，未粘贴。",
    });
  });

  it("fills by position from the cell pasted into when there is no code column, and says what did not fit", () => {
    const plan = planPaste(grid("1\t2\t3\n4\t5\t6\n7\t8\t9\n"), target({ anchor: { row: 1, col: 0 } }));
    expect(plan).toMatchObject({
      ok: true,
      matchedBy: "position",
      notes: ["表格下方没有更多行，多出的1行未粘贴。", "右侧没有更多列，每行多出的1列未粘贴。"],
    });
    expect(plan.ok && plan.cells.map((c) => c.row)).toEqual([1, 1, 2, 2]);
  });

  it("an amount that looks like a code is an amount when the first column is not all codes", () => {
    const plan = planPaste(grid("2013101\t5\n12.50\t6\n"), target());
    expect(plan.ok && plan.matchedBy).toBe("position");
    expect(plan.ok && plan.cells[0]).toEqual({ row: 0, field: "basic", value: "2,013,101.00" });
  });

  it("matches rows by a leading column of names", () => {
    const plan = planPaste(grid("机关事业单位基本养老保险缴费支出\t3\n"), target());
    expect(plan.ok && plan.cells).toEqual([{ row: 2, field: "basic", value: "3.00" }]);
  });

  it("reads 万元 in 万元 mode, Excel's '-' for zero, and leaves a third decimal for the field to explain", () => {
    const plan = planPaste(grid("689.52\t-\n1.234\t\n"), target({ unit: "wan" }));
    expect(plan.ok && plan.cells.map((c) => c.value)).toEqual(["6,895,200.00", "", "12,340.00", ""]);
    const yuan = planPaste(grid("12.345\n"), target());
    expect(yuan.ok && yuan.cells[0]!.value).toBe("12.345");
  });
});
