/**
 * The 2024 golden test: the Shanghai demo department's 2024 report (db/seed/demo-2024-shanghai.ts),
 * built with the shanghai-2024 template, follows the official FY2024 Shanghai template part by part,
 * section by section and table by table. One assertion per sentence shape of the template, with the
 * figures worked out by hand from the composed data (see the comments).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildDisclosure, documentText } from "../../lib/disclosure/build";
import type { DisclosureDocument, Table } from "../../lib/disclosure/model";
import { builtInTemplate } from "../../lib/disclosure/templates";
import { shanghaiReportData } from "../support/demo-report";

let doc: DisclosureDocument;
let text: string[];
let tables: Table[];

beforeAll(() => {
  doc = buildDisclosure(shanghaiReportData(), builtInTemplate("shanghai-2024")!);
  text = documentText(doc);
  tables = doc.parts.flatMap((p) =>
    p.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "table" && b.table.title ? [b.table] : []))),
  );
});

const has = (sentence: string) =>
  expect(
    text.some((t) => t.includes(sentence)),
    sentence,
  ).toBe(true);
const section = (title: string) => doc.parts.flatMap((p) => p.sections).find((s) => s.title === title)!;
const headers = (t: Table) => t.header.map((row) => row.map((c) => c.text));

describe("the 2024 Shanghai layout: parts, sections, tables", () => {
  it("has the cover and four parts, titled as the template titles them", () => {
    expect(doc.title).toBe("上海市示例局2024年度部门决算");
    expect(doc.cover).toEqual(["上海市示例局", "2024年度部门决算"]);
    expect(doc.parts.map((p) => p.title)).toEqual([
      "第一部分 上海市示例局概况",
      "第二部分 上海市示例局2024年度部门决算表",
      "第三部分 上海市示例局2024年度部门决算情况说明",
      "第四部分 名词解释",
    ]);
    expect(doc.templateId).toBe("shanghai-2024");
  });

  it("第一部分: 主要职能 and 部门决算单位构成 with the units in a table, 本级 first", () => {
    expect(doc.parts[0]!.sections.map((s) => s.title)).toEqual(["一、主要职能", "二、部门决算单位构成"]);
    has("从预算单位构成看，上海市示例局部门决算包括：上海市示例局本级决算、下属行政事业单位决算。");
    has("纳入上海市示例局2024年度部门决算编制范围的单位包括：");
    const units = section("二、部门决算单位构成").blocks.find((b) => b.kind === "table");
    expect(units?.kind === "table" && headers(units.table)).toEqual([["序号", "单位名称", "备注"]]);
    expect(units?.kind === "table" && units.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["1", "上海市示例局（本级）", "行政单位"],
      ["2", "上海市示例局信息中心", "公益二类"],
    ]);
  });

  it("第二部分 lists the nine tables by title, with the statement of each empty one", () => {
    const list = doc.parts[1]!.sections[0]!.blocks[0]!;
    expect(list.kind === "list" && list.items).toEqual([
      "一、收入支出决算总表",
      "二、收入决算表",
      "三、支出决算表",
      "四、财政拨款收入支出决算总表",
      "五、一般公共预算财政拨款支出决算表",
      "六、一般公共预算财政拨款基本支出决算表",
      "七、财政拨款“三公”经费支出决算表",
      "八、政府性基金预算财政拨款收入支出决算表，上海市示例局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
      "九、国有资本经营预算财政拨款收入支出决算表，上海市示例局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",
    ]);
  });

  it("第三部分 has the eleven sections in order, 机关运行经费 / 政府采购 / 国有资产 under 十一", () => {
    expect(doc.parts[2]!.sections.map((s) => s.title)).toEqual([
      "一、收入支出决算总体情况说明",
      "二、收入决算情况说明",
      "三、支出决算情况说明",
      "四、财政拨款收入支出决算总体情况说明",
      "五、一般公共预算财政拨款支出决算情况说明",
      "六、一般公共预算财政拨款基本支出决算情况说明",
      "七、财政拨款“三公”经费支出决算情况说明",
      "八、政府性基金预算财政拨款收入支出决算情况说明",
      "九、国有资本经营预算财政拨款收入支出决算情况说明",
      "十、预算绩效管理情况",
      "十一、其他重要事项的情况说明",
    ]);
    const eleven = section("十一、其他重要事项的情况说明")
      .blocks.filter((b) => b.kind === "heading")
      .map((b) => b.kind === "heading" && b.text);
    expect(eleven).toEqual(["（一）机关运行经费支出情况", "（二）政府采购支出情况", "（三）国有资产占有使用情况说明"]);
  });
});

describe("the sentence shapes of 第三部分, with the figures", () => {
  it("一: 收入支出总计, change against 2023 with the rate, 主要原因：", () => {
    // 1,364.84 income + 20.00 年初结转 = 1,384.84; 2023: 1,350.26 → +34.58, +2.56%.
    has(
      "上海市示例局2024年度收入支出总计1384.84万元。与2023年度相比，收入支出总计增加34.58万元，增长2.56%。主要原因：人员经费正常增长以及信息化运维项目支出增加。",
    );
  });

  it("二: 本年收入合计 with one combined 财政拨款收入 and the shares of the items with an amount", () => {
    // 1,325.14 + 35.50 + 4.20; shares 97.09 + 2.60 + 0.31 = 100.00; no 上级补助 / 经营 / 附属单位上缴: not listed.
    has(
      "本年收入合计1364.84万元，其中：财政拨款收入1325.14万元，占97.09%；事业收入35.50万元，占2.60%；其他收入4.20万元，占0.31%。",
    );
  });

  it("三: 本年支出合计 by 基本 and 项目支出", () => {
    // 基本 1,175.14 一般公共预算 + 30.00 事业收入 = 1,205.14; 项目 156.30.
    has("本年支出合计1361.44万元，其中：基本支出1205.14万元，占88.52%；项目支出156.30万元，占11.48%。");
  });

  it("四: 财政拨款收入支出总计 against 2023", () => {
    // 1,325.14 + 12.00 年初财政拨款结转 = 1,337.14; 2023: 1,301.20 → +35.94, +2.76%.
    has(
      "上海市示例局2024年度财政拨款收入支出总计1337.14万元。与2023年度相比，财政拨款收入支出总计增加35.94万元，增长2.76%。主要原因：",
    );
  });

  it("五（一）: 一般公共预算财政拨款支出, 占本年支出合计的, against 2023", () => {
    // 1,331.44 / 1,361.44 = 97.80%; 2023 1,296.93 → +34.51, +2.66%.
    expect(section("五、一般公共预算财政拨款支出决算情况说明").blocks[0]).toEqual({
      kind: "heading",
      text: "（一）一般公共预算财政拨款支出决算总体情况",
    });
    has(
      "一般公共预算财政拨款支出1331.44万元，占本年支出合计的97.80%。与2023年度相比，一般公共预算财政拨款支出增加34.51万元，增长2.66%。主要原因：",
    );
  });

  it("五（二）: the structure by 类, with （类） and the shares", () => {
    has("（二）一般公共预算财政拨款支出决算结构情况");
    has(
      "一般公共预算财政拨款支出1331.44万元，主要用于以下方面：一般公共服务支出（类）1186.93万元，占89.15%；社会保障和就业支出（类）144.51万元，占10.85%。",
    );
  });

  it("五（三）: 年初预算, 决算, 完成年初预算的, the reason of the difference, then one paragraph per 项", () => {
    // Budgets 800 + 180 + 205 + 95 + 47.50 = 1,327.50; 1,331.44 / 1,327.50 = 100.30%.
    has("（三）一般公共预算财政拨款支出决算具体情况");
    has(
      "一般公共预算财政拨款支出年初预算为1327.50万元，支出决算为1331.44万元，完成年初预算的100.30%。决算数大于预算数的主要原因：年中追加人员经费。其中：",
    );
    has(
      "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：保障本局机关日常运转和履职支出。年初预算为800.00万元，支出决算为820.45万元。决算数大于预算数的主要原因：年中追加人员经费。",
    );
    has(
      "2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。主要用于：政务信息系统运维、档案数字化、业务培训和宣传资料印制等项目。年初预算为180.00万元，支出决算为156.30万元。决算数小于预算数的主要原因：部分培训和宣传项目压缩执行。",
    );
    const items = section("五、一般公共预算财政拨款支出决算情况说明").blocks.filter(
      (b) => b.kind === "paragraph" && /^\d、/.test(b.text),
    );
    expect(items).toHaveLength(5); // every 项 of table 05
  });

  it("六: 人员经费 and 公用经费 with what they mainly include, no change from last year", () => {
    has(
      "一般公共预算财政拨款基本支出1175.14万元。其中：人员经费1067.88万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费；公用经费107.26万元，主要包括：办公费、邮电费、差旅费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费、其他商品和服务支出、办公设备购置。",
    );
  });

  it("七（一）: budget, 决算, completion for the total and each item; the reason; the change against 2023", () => {
    // 5.00 + 6.00 + 2.00 = 13.00; 0 + 5.12 + 1.05 = 6.17 (47.46%); 2023 3.20 + 5.80 + 1.36 = 10.36 → −4.19, −40.44%.
    has(
      // The reason follows the total it explains, before the items (after them it would read as the
      // last item's).
      "上海市示例局2024年度“三公”经费财政拨款预算为13.00万元，支出决算为6.17万元，完成预算的47.46%。决算数小于预算数的主要原因：严格执行厉行节约规定，年度内未安排因公出国（境）。其中：因公出国（境）费预算为5.00万元，支出决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费预算为6.00万元，支出决算为5.12万元，完成预算的85.33%；公务接待费预算为2.00万元，支出决算为1.05万元，完成预算的52.50%。",
    );
    has(
      "与2023年度相比，“三公”经费财政拨款支出决算减少4.19万元，下降40.44%。主要原因：未安排因公出国（境）团组，公务接待批次减少。",
    );
  });

  it("七（二）: the shares of the items with spending, then 1、2、3 with 团组, vehicles bought and held, 批次 and 人次", () => {
    // 5.12 / 6.17 = 82.98%, 1.05 / 6.17 = 17.02%; 因公出国 spent nothing: not listed.
    has(
      "2024年度“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算5.12万元，占82.98%；公务接待费支出决算1.05万元，占17.02%。具体情况如下：",
    );
    has("1、因公出国（境）费支出0.00万元。全年因公出国（境）团组0个，累计0人次。");
    has(
      "2、公务用车购置及运行维护费支出5.12万元。其中：公务用车购置费0.00万元，购置车辆0辆；公务用车运行维护费5.12万元。截至2024年12月31日，所属各预算单位开支财政拨款的公务用车保有量为3辆。",
    );
    has("3、公务接待费支出1.05万元。其中：国内公务接待支出1.05万元（含外宾接待支出），国内公务接待12批次，96人次。");
  });

  it("八 and 九: a department without 政府性基金 or 国有资本经营 says so", () => {
    has("上海市示例局2024年度无政府性基金预算财政拨款收入和支出。");
    has("上海市示例局2024年度无国有资本经营预算财政拨款收入和支出。");
  });

  it("十: 预算绩效管理 — 制度, 机制, the counts and amounts, the average score and the four grades 优/良/合格/不合格", () => {
    // Projects scored 95.50, 86, 72, 55: mean 77.125 → 77.13; one in each grade; budgets 60 + 40 + 30 + 50 = 180.00.
    has(
      "2024年度，上海市示例局编报绩效目标的项目4个，涉及预算金额180.00万元；开展绩效跟踪评价的项目2个，涉及预算金额100.00万元；开展绩效自评的项目4个，涉及预算金额180.00万元，平均得分77.13分（其中绩效评级为“优”的项目1个；绩效评级为“良”的项目1个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目1个。绩效自评中共发现问题5个，已经完成整改的3个，正在整改的2个）。",
    );
    has("本局制定了《上海市示例局预算绩效管理实施办法》《上海市示例局项目支出绩效自评工作规程》等预算绩效管理制度。");
  });

  it("十一（一）: 机关运行经费 against 2023", () => {
    has(
      "上海市示例局2024年度机关运行经费支出88.40万元。与2023年度相比，减少3.75万元，下降4.07%。主要原因：严格控制一般性支出。",
    );
  });

  it("十一（二）: 政府采购 with the five reserved-for-SME figures", () => {
    has(
      "2024年度，上海市示例局政府采购金额（以合同签订为准）为120.00万元，其中：货物采购金额80.00万元、工程采购金额0.00万元、服务采购金额40.00万元。",
    );
    has(
      "面向中小企业预留政府采购项目预算金额100.00万元，其中，面向小微企业预留政府采购项目预算金额60.00万元；在面向中小企业预留的政府采购项目中，中小企业中标（成交）金额96.00万元；在面向小微企业预留的政府采购项目中，小微企业中标（成交）金额60.00万元；在其他政府采购项目中，中小企业中标（成交）金额0.00万元。",
    );
  });

  it("十一（三）: vehicles by the 2024 categories and the one 100-万元 equipment figure", () => {
    has(
      "截至2024年12月31日，上海市示例局共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆，其他用车主要用于机关日常公务保障。单价100万元（含）以上设备（不含车辆）1台（套）。",
    );
  });
});

describe("the tables of the 2024 layout", () => {
  it("carry titles only: no 表号, no 编制单位, no 行次 or 栏次", () => {
    expect(tables.map((t) => t.title)).toEqual([
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算表",
      "财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款收入支出决算表",
    ]);
    for (const t of tables) {
      expect(t.number).toBe("");
      expect(t.organisation).toBe("");
      expect(headers(t).flat()).not.toContain("栏次");
      expect(headers(t).flat()).not.toContain("行次");
    }
  });

  it("01: 项目 | 决算数 on each side, 24 类, 使用非财政拨款结余, 总计 = 总计", () => {
    const t = tables[0]!;
    expect(headers(t)).toEqual([
      ["收入", "支出"],
      ["项目", "决算数", "项目", "决算数"],
    ]);
    const labels = t.rows.map((r) => r.cells[2]!.text);
    expect(labels).toContain("二十四、抗疫特别国债安排的支出");
    expect(labels).not.toContain("二十五、债务付息支出");
    expect(t.rows.map((r) => r.cells[0]!.text)).toContain("使用非财政拨款结余");
    const total = t.rows.at(-1)!;
    expect([total.cells[0]!.text, total.cells[1]!.text, total.cells[3]!.text]).toEqual(["总计", "1384.84", "1384.84"]);
  });

  it("02: one combined 财政拨款收入 column; 合计 first", () => {
    const t = tables[1]!;
    expect(headers(t)[0]).toEqual([
      "项目",
      "本年收入合计",
      "财政拨款收入",
      "上级补助收入",
      "事业收入",
      "经营收入",
      "附属单位上缴收入",
      "其他收入",
    ]);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(["合计", "1364.84", "1325.14", "", "35.50", "", "", "4.20"]);
  });

  it("05: 合计 | 基本支出 | 项目支出 with the 合计 row at the bottom", () => {
    const t = tables[4]!;
    expect(headers(t)).toEqual([["科目编码", "科目名称", "合计", "基本支出", "项目支出"]]);
    expect(t.rows[0]!.cells[0]!.text).toBe("201");
    expect(t.rows.at(-1)!.cells.map((c) => c.text)).toEqual(["合计", "1331.44", "1175.14", "156.30"]);
  });

  it("06: two column groups (301 + 303 | 302 + 310), every 款 printed, zero as 0.00", () => {
    const t = tables[5]!;
    expect(headers(t)).toEqual([["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]);
    const row = (code: string) => t.rows.find((r) => r.cells[0]!.text === code || r.cells[3]!.text === code)!;
    expect(row("30106").cells[2]!.text).toBe("0.00"); // 伙食补助费: none, printed 0.00
    expect(row("31002").cells[5]!.text).toBe("7.53");
    expect(t.rows.at(-1)!.cells.map((c) => c.text)).toEqual(["人员经费合计", "1067.88", "公用经费合计", "107.26"]);
  });

  it("07: the band 财政拨款“三公”经费 over 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 公务接待费, each with 预算数 | 决算数", () => {
    const t = tables[6]!;
    expect(headers(t)[0]).toEqual(["财政拨款“三公”经费"]);
    expect(headers(t)[1]).toEqual(["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"]);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual([
      "13.00",
      "6.17",
      "5.00",
      "",
      "6.00",
      "5.12",
      "",
      "",
      "6.00",
      "5.12",
      "2.00",
      "1.05",
    ]);
  });

  it("08 and 09 keep their layout with no data and say why; 09 is a 收入支出 table", () => {
    for (const t of [tables[7]!, tables[8]!]) {
      expect(t.rows).toEqual([]);
      expect(headers(t)[0]).toEqual(["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"]);
    }
    expect(tables[8]!.notes).toContain(
      "说明：上海市示例局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",
    );
  });

  it("each table carries its 注", () => {
    expect(tables[0]!.notes[0]).toBe("注：本表反映部门本年度的总收支和年末结转结余情况。");
    expect(tables[3]!.notes[0]).toBe("注：本表反映部门本年度财政拨款总收支和结转结余情况。");
    expect(tables[6]!.notes[0]).toBe("注：本表反映部门本年度“三公”经费支出预决算情况。");
  });
});

describe("第四部分 名词解释", () => {
  it("has the eleven terms of the template, in order, under one heading", () => {
    const glossary = doc.parts[3]!.sections;
    expect(glossary.map((s) => s.title)).toEqual([""]);
    const list = glossary[0]!.blocks[0]!;
    const terms =
      list.kind === "list" ? list.items.map((i) => i.replace(/^[一二三四五六七八九十]+、/, "").split("：")[0]) : [];
    expect(terms).toEqual([
      "财政拨款收入",
      "事业收入",
      "经营收入",
      "其他收入",
      "年初结转和结余",
      "年末结转和结余",
      "基本支出",
      "项目支出",
      "经营支出",
      "“三公”经费",
      "机关运行经费",
    ]);
  });
});
