import { describe, expect, it } from "vitest";
import type { CatalogEntry } from "./catalog-rows";
import { diffCatalogs, resolveCarry, suggestMappings, type CarryCatalogs } from "./changes";

const e = (code: string, name: string): CatalogEntry => ({
  code,
  name,
  level: code.length === 3 ? "class" : code.length === 5 ? "section" : "item",
  parentCode: code.length > 3 ? code.slice(0, -2) : null,
});

const Y2023 = [
  e("201", "一般公共服务支出"),
  e("20138", "市场监督管理事务"),
  e("2013801", "行政运行"),
  e("2013850", "事业运行"),
  e("20131", "党委办公厅（室）及相关机构事务"),
  e("2013101", "行政运行"),
  e("2013199", "其他党委办公厅（室）及相关机构事务支出"),
  e("208", "社会保障和就业支出"),
  e("20802", "民政管理事务"),
  e("2080208", "基层政权建设和社区治理"),
];
const Y2024 = [
  e("201", "一般公共服务支出"),
  e("20138", "市场监督管理事务"),
  e("2013801", "行政运行"),
  e("2013850", "事业运行（市场监管）"),
  e("20131", "党委办公厅（室）及相关机构事务"),
  e("2013101", "行政运行"),
  e("20139", "社会工作事务"),
  e("2013901", "行政运行"),
  e("2013950", "事业运行"),
  e("2013999", "其他社会工作事务支出"),
  e("208", "社会保障和就业支出"),
  e("20802", "民政管理事务"),
  e("2080299", "基层政权建设和社区治理"),
];

describe("the changes between two years' catalogs", () => {
  it("lists added, removed and renamed, each with its code, and counts the unchanged", () => {
    const c = diffCatalogs(Y2023, Y2024);
    expect(c.added.map((x) => x.code)).toEqual(["20139", "2013901", "2013950", "2013999", "2080299"]);
    expect(c.removed.map((x) => x.code)).toEqual(["2013199", "2080208"]);
    expect(c.renamed).toEqual([{ code: "2013850", level: "item", before: "事业运行", after: "事业运行（市场监管）" }]);
    expect(c.unchanged).toBe(7);
  });

  it("is empty between a catalog and itself, and all added against nothing", () => {
    expect(diffCatalogs(Y2024, Y2024)).toMatchObject({ added: [], removed: [], renamed: [], unchanged: Y2024.length });
    expect(diffCatalogs([], Y2024).added).toHaveLength(Y2024.length);
  });
});

describe("suggested code mappings", () => {
  it("a code unchanged under a new name, and a name (with its 类 and 款) unchanged under a new code", () => {
    expect(suggestMappings(Y2023, Y2024)).toEqual([
      {
        fromCode: "2013850",
        fromName: "事业运行",
        toCode: "2013850",
        toName: "事业运行（市场监管）",
        level: "item",
        reason: "renamed",
      },
      {
        fromCode: "2080208",
        fromName: "基层政权建设和社区治理",
        toCode: "2080299",
        toName: "基层政权建设和社区治理",
        level: "item",
        reason: "renumbered",
      },
    ]);
  });

  it("matches a renumbered 款's 项 by the names of the path, not by the name alone (行政运行 is everywhere)", () => {
    const before = [
      e("201", "一般公共服务支出"),
      e("20138", "市场监督管理事务"),
      e("2013801", "行政运行"),
      e("2013802", "一般行政管理事务"),
    ];
    const after = [
      e("201", "一般公共服务支出"),
      e("20140", "市场监督管理事务"),
      e("2014001", "行政运行"),
      e("2014002", "一般行政管理事务"),
      e("20141", "新事务"),
      e("2014101", "行政运行"),
    ];
    expect(suggestMappings(before, after).map((s) => [s.fromCode, s.toCode])).toEqual([
      ["20138", "20140"],
      ["2013801", "2014001"],
      ["2013802", "2014002"],
    ]);
  });

  it("suggests nothing where two new codes share the name, or two removed codes would map to one", () => {
    const before = [
      e("201", "A"),
      e("20101", "B"),
      e("2010101", "其他支出"),
      e("20102", "C"),
      e("2010201", "其他支出"),
    ];
    const after = [e("201", "A"), e("20103", "D"), e("2010301", "其他支出"), e("20104", "E"), e("2010401", "其他支出")];
    expect(suggestMappings(before, after).filter((s) => s.level === "item")).toEqual([]);
    const twoToOne = [e("201", "A"), e("20103", "D"), e("2010301", "其他支出")];
    expect(suggestMappings(before, twoToOne).filter((s) => s.level === "item")).toEqual([]);
  });

  it("a name alone is not enough: 行政运行 moved to another 款 of another name is not suggested", () => {
    const before = [e("201", "A"), e("20101", "B"), e("2010101", "行政运行")];
    const after = [e("201", "A"), e("20102", "C"), e("2010201", "行政运行")];
    expect(suggestMappings(before, after)).toEqual([]);
  });

  it("does not suggest across levels", () => {
    expect(
      suggestMappings([e("201", "A"), e("20101", "X")], [e("201", "A"), e("20102", "B"), e("2010201", "X")]),
    ).toEqual([]);
  });
});

describe("where last year's code goes this year", () => {
  const catalogs = (over: Partial<CarryCatalogs> = {}): CarryCatalogs => {
    const suggestions = new Map(suggestMappings(Y2023, Y2024).map((s) => [s.fromCode, s]));
    return {
      before: new Map(Y2023.map((x) => [x.code, x.name])),
      after: new Map(Y2024.map((x) => [x.code, x.name])),
      decisions: new Map(),
      suggestions,
      ...over,
    };
  };

  it("an unchanged code stays", () => {
    expect(resolveCarry("2013101", catalogs())).toEqual({ ok: true, code: "2013101" });
  });

  it("a renumbered code goes where the admin confirmed; until then it is listed with the suggestion", () => {
    expect(resolveCarry("2080208", catalogs())).toEqual({
      ok: false,
      reason: "本年科目表中没有这个编码",
      suggestion: "建议对应为2080299基层政权建设和社区治理，待管理员确认",
    });
    const confirmed = catalogs({
      decisions: new Map([["2080208", { fromCode: "2080208", toCode: "2080299", decision: "confirmed" as const }]]),
    });
    expect(resolveCarry("2080208", confirmed)).toEqual({ ok: true, code: "2080299" });
  });

  it("a renamed code is carried once confirmed as the same subject, and listed while it is not", () => {
    expect(resolveCarry("2013850", catalogs())).toMatchObject({
      ok: false,
      reason: "科目名称已由“事业运行”改为“事业运行（市场监管）”，管理员尚未确认是否为同一科目",
    });
    const confirmed = catalogs({
      decisions: new Map([["2013850", { fromCode: "2013850", toCode: "2013850", decision: "confirmed" as const }]]),
    });
    expect(resolveCarry("2013850", confirmed)).toEqual({ ok: true, code: "2013850" });
  });

  it("a code the admin said has no successor, a removed code without one, a confirmed target since removed", () => {
    const rejected = catalogs({
      decisions: new Map([["2080208", { fromCode: "2080208", toCode: "2080208", decision: "rejected" as const }]]),
    });
    expect(resolveCarry("2080208", rejected)).toEqual({
      ok: false,
      reason: "管理员已确认本年科目表中没有与之对应的科目",
    });
    expect(resolveCarry("2013199", catalogs())).toEqual({ ok: false, reason: "本年科目表中没有这个编码" });
    const gone = catalogs({
      decisions: new Map([["2013199", { fromCode: "2013199", toCode: "2013198", decision: "confirmed" as const }]]),
    });
    expect(resolveCarry("2013199", gone)).toEqual({ ok: false, reason: "管理员确认的对应科目2013198不在本年科目表中" });
  });
});
