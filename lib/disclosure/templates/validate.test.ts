import { describe, expect, it } from "vitest";
import type { DisclosureTemplate } from "../template";
import { BUILT_IN_TEMPLATES } from ".";
import { LANZHOU_2020 } from "./lanzhou-2020";
import { validateTemplate } from "./validate";

const copy = (): DisclosureTemplate => structuredClone(LANZHOU_2020);
const errorsOf = (raw: unknown) => {
  const v = validateTemplate(raw);
  return v.ok ? [] : v.errors;
};

describe("template validation", () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))("accepts the built-in template %s", (_id, template) => {
    expect(errorsOf(template)).toEqual([]);
  });

  it("refuses a template missing a field, naming the field", () => {
    const { name: _name, ...rest } = copy();
    expect(errorsOf(rest)).toEqual([expect.stringContaining("模板名称")]);
    const t = copy() as unknown as Record<string, unknown>;
    delete t.gradeBands;
    expect(errorsOf(t)).toEqual([expect.stringContaining("绩效等级")]);
  });

  it("refuses an unknown section kind, naming where it is", () => {
    const t = copy();
    (t.parts[2]!.sections[0] as { kind: string }).kind = "weather";
    expect(errorsOf(t)).toEqual([expect.stringMatching(/部分第3项 · 节第1项 · kind：未知的部分类型/)]);
  });

  it("refuses a placeholder the section does not offer", () => {
    const t = copy();
    t.parts[2]!.sections[0]!.blocks = [{ type: "paragraph", text: "{year}年度收、支总计{grandTotl}。" }];
    expect(errorsOf(t)).toEqual(["第3部分 · 第1节“收入支出决算总体情况说明” · 第1段：没有占位符{grandTotl}"]);
  });

  it("refuses a phrase variant the template does not define, and a variant on a plain value", () => {
    const t = copy();
    t.parts[2]!.sections[0]!.blocks = [{ type: "paragraph", text: "收、支总计{change:sideways}{grandTotal:big}。" }];
    expect(errorsOf(t)).toEqual([
      "第3部分 · 第1节“收入支出决算总体情况说明” · 第1段：句式中没有名为“sideways”的变化变体",
      "第3部分 · 第1节“收入支出决算总体情况说明” · 第1段：{grandTotal}不是可以选择句式的占位符",
    ]);
  });

  it("refuses a pattern that does not parse", () => {
    const t = copy();
    t.title = "{department}{year年度";
    expect(errorsOf(t)).toEqual([expect.stringMatching(/^文档标题：句式有误：.*“\{”没有对应的“\}”/)]);
  });

  it("refuses a list block over a list the section does not have", () => {
    const t = copy();
    t.parts[0]!.sections[0]!.blocks = [{ type: "list", each: "hobbies", text: "{text}" }];
    expect(errorsOf(t)).toEqual(["第1部分 · 第1节“部门职责” · 第1段：这一节没有名为“hobbies”的列表"]);
  });

  it("refuses income sources that count 财政拨款 twice", () => {
    const t = copy();
    t.parts[2]!.sections[1]!.options.incomeSources!.unshift({ source: "fiscal", label: "财政拨款收入" });
    expect(errorsOf(t)).toEqual([expect.stringContaining("重复计算")]);
  });

  it("refuses duplicate tables, 类 and grades, and grade bands without a lowest band", () => {
    const t = copy();
    t.tables.push(structuredClone(t.tables[0]!));
    t.expenseClasses.push({ code: "201", name: "一般公共服务支出" });
    t.gradeBands = [
      { grade: "优", min: 9000 },
      { grade: "优", min: 6000 },
    ];
    expect(errorsOf(t)).toEqual([
      "表第10项“收入支出决算总表”：同一种表出现了两次",
      "支出功能分类类级科目：201重复",
      "绩效等级：等级名称重复",
      "绩效等级：须有一个从0分起的等级（最低等级）",
    ]);
  });

  it("refuses an id an admin cannot type and a year out of range", () => {
    const t = copy();
    t.id = "Shanghai 2025";
    t.year = 1999;
    expect(errorsOf(t)).toEqual([
      expect.stringContaining("模板编号只能用小写字母、数字和“-”"),
      expect.stringContaining("年度"),
    ]);
  });
});
