import { beforeAll, describe, expect, it } from "vitest";
import { demoReportData, shanghaiReportData } from "../../tests/support/demo-report";
import { LANZHOU_2020, SHANGHAI_2024 } from "../disclosure/templates";
import { economicFormCodes } from "../disclosure/economic-rows";
import type { DisclosureTemplate } from "../disclosure/template";
import type { ReportData } from "../disclosure/report-data";
import { keyFigures } from "../disclosure/derive";
import { FUNCTION_MONEY_FIELDS } from "../disclosure/report-data";
import { formatWan } from "../money";
import { ENTRY_SECTIONS } from "../domain";
import { RULES, runRules, submissionBlockers, type Finding } from ".";

let demo: ReportData;
const copy = () => structuredClone(demo);
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);
const only = (ruleId: string, d: ReportData, template: DisclosureTemplate = LANZHOU_2020) =>
  runRules(d, template).filter((f) => f.ruleId === ruleId);

beforeAll(() => {
  demo = demoReportData();
});

describe("the demo report", () => {
  it("has no error, and exactly the warnings its data deserves", () => {
    const findings = runRules(demo, LANZHOU_2020);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.key])).toEqual([
      // 印刷费 executed 6.42 of 16.84 (38.12%): below 90%, a reason is due.
      ["R-PROJ-RATE", "R-PROJ-RATE:印刷费"],
      // 印刷费 scored 71, which the national bands make 中; its 自评表 says 良.
      ["R-PROJ-GRADE", "R-PROJ-GRADE:印刷费"],
    ]);
    expect(findings[0]!.message).toBe("项目“印刷费”全年预算数16.84万元，执行数6.42万元，执行率38.12%，低于90%。");
    expect(findings[1]!.message).toBe(
      "项目“印刷费”自评得分71分，按评分标准应为“中”，自评表填写的是“良”；公开文本按“中”统计。",
    );
  });

  it("the Shanghai demo has no error under its template, only its two low execution rates", () => {
    expect(runRules(shanghaiReportData(), SHANGHAI_2024).map((f) => [f.ruleId, f.severity])).toEqual([
      ["R-PROJ-RATE", "warning"],
      ["R-PROJ-RATE", "warning"],
    ]);
  });

  it("every rule has a unique id, a severity, an entry section to fix it in and a title", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    const sections: string[] = ENTRY_SECTIONS.map((s) => s.key);
    for (const r of RULES) {
      expect(r.id).toMatch(/^R-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(["error", "warning"]).toContain(r.severity);
      expect(sections).toContain(r.section);
      expect(r.title).toMatch(/[\u4e00-\u9fff]{4}/);
    }
  });
});

describe("each rule fails when its data is wrong, with the figures in the message", () => {
  it("R-CARRY: 年初 + 收入 − 支出 = 年末 per fund", () => {
    const d = copy();
    d.functionLines[0]!.carryEndGeneralBudget = 100_000;
    expect(only("R-CARRY", d)).toMatchObject([
      {
        severity: "error",
        key: "R-CARRY:2013101:GeneralBudget",
        field: "lines.0.carryEndGeneralBudget",
        message:
          "科目2013101一般公共预算财政拨款：年初结转和结余0.00万元 + 本年收入689.52万元 − 本年支出689.52万元 = 0.00万元，但年末结转和结余填的是0.10万元。",
      },
    ]);
  });

  it("R-BALANCE: 收入总计 = 支出总计", () => {
    const d = copy();
    d.summary.institutionFundUsed = 1_000_000;
    expect(only("R-BALANCE", d)[0]?.message).toContain("相差10,000.00元");
  });

  it("R-ECON-BASIC: 经济分类 = 功能分类 基本支出", () => {
    const d = copy();
    d.economicLines[0]!.amount += 1;
    expect(only("R-ECON-BASIC", d)[0]?.message).toBe(
      "经济分类基本支出合计832.75万元（人员经费773.56万元 + 公用经费59.19万元）与功能分类中一般公共预算财政拨款基本支出832.75万元不等，相差0.01元。",
    );
  });

  it("R-3P-OVER: 三公 决算 over 预算 is a warning", () => {
    const d = copy();
    d.threePublic.amounts.vehicle_operation.actual = 2_000_000;
    expect(only("R-3P-OVER", d)).toMatchObject([
      {
        severity: "warning",
        message: "公务用车运行维护费决算2.00万元超过年初预算1.70万元（完成年初预算的117.65%），请说明原因。",
      },
    ]);
  });

  it("R-3P-T6: 三公 决算 below the 经济分类 item", () => {
    const d = copy();
    d.threePublic.amounts.vehicle_operation.actual = 1_000_000;
    expect(only("R-3P-T6", d)[0]?.message).toBe(
      "基本支出经济分类30231中公务用车运行维护费1.03万元，大于“三公”经费中公务用车运行维护费决算1.00万元。",
    );
  });

  it("R-AGENCY: 机关运行经费 ≤ 公用经费", () => {
    const d = copy();
    d.otherMatters.agencyOperatingCost = 60_000_000;
    expect(only("R-AGENCY", d)[0]?.message).toBe("机关运行经费60.00万元超过一般公共预算财政拨款公用经费59.19万元。");
  });

  it("R-PROCUREMENT: parts = total, 中小企业 ≤ total, 小微 ≤ 中小", () => {
    const d = copy();
    d.otherMatters.procurementServices = 10_000;
    d.otherMatters.procurementSme = 20_000_000;
    d.otherMatters.procurementSmallMicro = 30_000_000;
    expect(only("R-PROCUREMENT", d).map((f) => f.key)).toEqual([
      "R-PROCUREMENT:parts",
      "R-PROCUREMENT:sme",
      "R-PROCUREMENT:micro",
    ]);
  });

  it("R-VEHICLES and R-VEHICLES-3P: vehicle counts add up and agree with 保有量", () => {
    const d = copy();
    d.vehicleCounts.law_enforcement = 2;
    expect(only("R-VEHICLES", d)[0]?.message).toBe("各类车辆之和为3辆，与车辆总数1辆不符。");
    d.otherMatters.vehiclesTotal = 3;
    expect(only("R-VEHICLES", d)).toEqual([]);
    expect(only("R-VEHICLES-3P", d)[0]).toMatchObject({
      severity: "warning",
      message: "国有资产中车辆总数3辆，与“三公”经费实物量中公务用车保有量1辆不一致。",
    });
  });

  it("R-STAFF: 实有 above 核定 is a warning", () => {
    const d = copy();
    d.profile.staffing[1]!.actual = 5;
    expect(only("R-STAFF", d)).toMatchObject([
      { severity: "warning", message: "工勤编制实有5人，超过核定编制4名。", field: "staffing.1.actual" },
    ]);
  });

  it("R-PROJ-OVER: 执行数 > 预算数 is an error", () => {
    const d = copy();
    d.projects[1]!.executed = d.projects[1]!.budget + 1;
    expect(only("R-PROJ-OVER", d)).toMatchObject([{ severity: "error", key: "R-PROJ-OVER:人才工作经费" }]);
  });

  it("R-PROJ-RATE and R-PROJ-GRADE pass when the project is in order", () => {
    const d = copy();
    const printing = d.projects.find((p) => p.name === "印刷费")!;
    printing.executed = printing.budget;
    printing.declaredGrade = "中";
    expect(only("R-PROJ-RATE", d)).toEqual([]);
    expect(only("R-PROJ-GRADE", d)).toEqual([]);
  });

  it("R-REASON: a slot that needs a reason has one", () => {
    const d = copy();
    delete d.explanations["trainingCost.yoy"];
    expect(only("R-REASON", d)).toMatchObject([
      {
        severity: "error",
        field: "trainingCost.yoy",
        message:
          "机关运行经费支出情况说明：培训费：与上年相比的变化（0.80万元，较上年决算数减少0.35万元，下降30.43%）尚未填写主要原因。",
      },
    ]);
  });

  it("R-NEGATIVE and R-CATALOG", () => {
    const d = copy();
    d.functionLines[1]!.incomeOther = -5;
    d.functionLines.push({ ...structuredClone(d.functionLines[0]!), subjectCode: "2059998" });
    d.economicLines.push({ subjectCode: "30298", amount: 0, priorYearAmount: 0 });
    expect(ids(runRules(d, LANZHOU_2020))).toEqual(expect.arrayContaining(["R-NEGATIVE", "R-CATALOG"]));
    expect(only("R-CATALOG", d).map((f) => f.message)).toEqual([
      "功能分类科目2059998不在2020年科目表的项级科目中。",
      "经济分类科目30298不在2020年科目表的款级科目中。",
    ]);
  });

  it("R-SUBJECT-LOCAL warns about a line whose 项, 款 or 类 a clerk added and no admin confirmed yet", () => {
    const d = copy();
    const line = { ...structuredClone(d.functionLines[0]!), subjectCode: "2013999" };
    d.functionLines.push(line);
    d.functionSubjects["20139"] = { code: "20139", name: "社会工作事务", level: "section", parentCode: "201" };
    d.functionSubjects["2013999"] = {
      code: "2013999",
      name: "其他社会工作事务支出",
      level: "item",
      parentCode: "20139",
      addedLocally: true,
    };
    expect(only("R-SUBJECT-LOCAL", d)).toEqual([
      {
        ruleId: "R-SUBJECT-LOCAL",
        severity: "warning",
        section: "functionLines",
        key: "R-SUBJECT-LOCAL:2013999",
        message:
          "科目2013999“其他社会工作事务支出”是填报时添加到2020年科目表的，尚待管理员确认。请核对编码和名称与财政部门发布的科目表一致；管理员确认后此警告消失。",
        field: `lines.${d.functionLines.length - 1}.subjectCode`,
      },
    ]);
    // A confirmed 项 under a 款 still awaiting confirmation is warned about through its 款.
    delete d.functionSubjects["2013999"]!.addedLocally;
    d.functionSubjects["20139"]!.addedLocally = true;
    expect(only("R-SUBJECT-LOCAL", d).map((f) => f.message)).toEqual([
      "科目20139“社会工作事务”是填报时添加到2020年科目表的，尚待管理员确认。请核对编码和名称与财政部门发布的科目表一致；管理员确认后此警告消失。",
    ]);
  });

  it("R-SUBJECT-LOCAL is silent once every subject used is in the catalog as confirmed", () => {
    const d = copy();
    d.functionLines.push({ ...structuredClone(d.functionLines[0]!), subjectCode: "2013999" });
    d.functionSubjects["20139"] = { code: "20139", name: "社会工作事务", level: "section", parentCode: "201" };
    d.functionSubjects["2013999"] = {
      code: "2013999",
      name: "其他社会工作事务支出",
      level: "item",
      parentCode: "20139",
    };
    // Unconfirmed subjects no line uses do not matter either.
    d.functionSubjects["2013998"] = {
      code: "2013998",
      name: "未用",
      level: "item",
      parentCode: "20139",
      addedLocally: true,
    };
    expect(only("R-SUBJECT-LOCAL", d)).toEqual([]);
  });

  it("R-CARRIED: an error per group still to confirm, in the group's section, pointing at the confirm box", () => {
    const d = copy();
    d.toConfirm = [
      { group: "profile", fromYear: 2019 },
      { group: "assets", fromYear: 2019 },
    ];
    const found = only("R-CARRIED", d);
    expect(found.map((f) => [f.key, f.severity, f.section, f.field])).toEqual([
      ["R-CARRIED:profile", "error", "profile", "confirmCarried"],
      ["R-CARRIED:assets", "error", "otherMatters", "confirmCarried"],
    ]);
    expect(found[0]!.message).toBe(
      "部门概况（部门职责、机构设置、编制和实有人数）取自2019年度决算，尚待确认：请逐项核对，与上年相同的勾选“与上年相同，确认沿用”后保存，不同的按本年情况修改后保存。确认前公开文本不列示这些内容。",
    );
    expect(submissionBlockers(runRules(d, LANZHOU_2020), {})).toContain("有2项审核错误，须改正后才能提交。");
  });

  it("R-CARRIED is silent once everything is confirmed", () => {
    expect(only("R-CARRIED", copy())).toEqual([]);
  });

  it("rules over carried facts wait for their confirmation instead of judging last year's values", () => {
    const d = copy();
    d.profile.staffing[0]!.actual = d.profile.staffing[0]!.authorized + 1;
    d.otherMatters.vehiclesTotal += 1;
    expect(ids(runRules(d, LANZHOU_2020))).toEqual(expect.arrayContaining(["R-STAFF", "R-VEHICLES", "R-VEHICLES-3P"]));
    d.toConfirm = [
      { group: "profile", fromYear: 2019 },
      { group: "assets", fromYear: 2019 },
    ];
    const found = ids(runRules(d, LANZHOU_2020));
    expect(found).not.toContain("R-STAFF");
    expect(found).not.toContain("R-VEHICLES");
    expect(found).not.toContain("R-VEHICLES-3P");
  });

  it("R-FUNDS-DECLARED", () => {
    const d = copy();
    d.functionLines[0]!.incomeGovFund = 100;
    expect(only("R-FUNDS-DECLARED", d)[0]?.key).toBe("R-FUNDS-DECLARED:GovFund");
  });
});

describe("completeness and plausibility", () => {
  /** A report as 新建报告 leaves it: nothing entered. */
  const empty = (): ReportData => {
    const d = copy();
    d.functionLines = [];
    d.economicLines = [];
    d.profile = { duties: [], dutiesSupplement: "", organisations: [], staffing: [] };
    d.projects = [];
    d.explanations = {};
    d.summary.priorYearGrandTotal = 0;
    d.summary.priorYearFiscalGrandTotal = 0;
    return d;
  };

  it("an empty report does not pass: no 科目, no 部门职责, no 机构设置 are errors and block submission", () => {
    const findings = runRules(empty(), LANZHOU_2020).filter((f) => f.severity === "error");
    expect(findings.map((f) => f.key)).toEqual(
      expect.arrayContaining(["R-NO-LINES", "R-PROFILE:duties", "R-PROFILE:organisations"]),
    );
    expect(findings.find((f) => f.key === "R-NO-LINES")!.message).toBe(
      "尚未填列任何功能分类科目：2020年度的收入、支出都按项级科目填列，公开的九张表都由它们汇总。",
    );
    expect(submissionBlockers(findings, {})[0]).toMatch(/^有\d+项审核错误/);
    expect(only("R-NO-LINES", demo)).toEqual([]);
    expect(only("R-PROFILE", demo)).toEqual([]);
  });

  it("R-NO-INCOME and R-NO-EXPENSE: lines whose income or spending is all zero", () => {
    const d = copy();
    for (const l of d.functionLines) for (const f of FUNCTION_MONEY_FIELDS) if (f.startsWith("income")) l[f] = 0;
    expect(only("R-NO-INCOME", d)).toMatchObject([
      {
        severity: "error",
        message: `已填列${d.functionLines.length}个科目，但本年收入合计为0.00万元。请在功能分类中填列各项收入。`,
      },
    ]);
    expect(only("R-NO-EXPENSE", d)).toEqual([]);
    const e = copy();
    for (const l of e.functionLines) {
      l.basicGeneralBudget = 0;
      l.projectGeneralBudget = 0;
      l.basicOtherFunds = 0;
      l.projectOtherFunds = 0;
    }
    expect(only("R-NO-EXPENSE", e)[0]!.message).toBe(
      `已填列${e.functionLines.length}个科目，本年收入合计${formatWan(keyFigures(e).incomeTotal)}万元，但本年支出合计为0.00万元。请在功能分类中填列基本支出和项目支出。`,
    );
    expect(only("R-NO-INCOME", e)).toEqual([]);
  });

  it("R-MAGNITUDE: a total more than ten times above or below last year's asks to confirm the unit", () => {
    const d = copy();
    const k = keyFigures(d);
    d.summary.priorYearGrandTotal = k.grandTotal * 100; // typed in 万元 where 元 was meant … or the reverse
    expect(only("R-MAGNITUDE", d)).toMatchObject([{ severity: "warning", key: "R-MAGNITUDE" }]);
    expect(only("R-MAGNITUDE", d)[0]!.message).toContain("不到上年的十分之一");
    d.summary.priorYearGrandTotal = Math.floor(k.grandTotal / 100);
    expect(only("R-MAGNITUDE", d)[0]!.message).toContain("是上年的100倍以上");
    d.summary.priorYearGrandTotal = k.grandTotal * 10; // exactly ten times: still plausible
    expect(only("R-MAGNITUDE", d)).toEqual([]);
    d.summary.priorYearGrandTotal = 0; // a new department: nothing to compare with
    expect(only("R-MAGNITUDE", d)).toEqual([]);
    expect(only("R-MAGNITUDE", demo)).toEqual([]);
  });

  it("R-CLASS: a 项 under a 类 the template does not list", () => {
    const d = copy();
    d.functionLines.push({ ...structuredClone(d.functionLines[0]!), subjectCode: "2310101" });
    d.functionSubjects["231"] = { code: "231", name: "债务还本支出", level: "class", parentCode: null };
    expect(only("R-CLASS", d, LANZHOU_2020)).toEqual([]);
    expect(only("R-CLASS", d, SHANGHAI_2024)).toMatchObject([
      { severity: "error", key: "R-CLASS:2310101", field: `lines.${d.functionLines.length - 1}.subjectCode` },
    ]);
    expect(only("R-CLASS", d, SHANGHAI_2024)[0]!.message).toContain("属于231类“债务还本支出”");
  });

  it("R-ECON-CLASS: an 经济分类 款 under a 类 that table 06 has no columns for", () => {
    const d = copy();
    d.economicLines.push({ subjectCode: "39999", amount: 0, priorYearAmount: 0 });
    expect(only("R-ECON-CLASS", d, SHANGHAI_2024)).toEqual([]); // nothing to print
    d.economicLines.at(-1)!.amount = 12_345;
    expect(only("R-ECON-CLASS", d, LANZHOU_2020)).toEqual([]); // 兰州 prints 399
    const [finding] = only("R-ECON-CLASS", d, SHANGHAI_2024);
    expect(finding).toMatchObject({ severity: "error", key: "R-ECON-CLASS:39999" });
    // Its link names the row of the 经济分类 form, which lists every 款 of the catalog, then unknown codes.
    const rows = economicFormCodes(
      d.economicSubjects,
      d.economicLines.map((e) => e.subjectCode),
    );
    expect(finding!.field).toBe(`lines.${rows.indexOf("39999")}.amount`);
    expect(rows.indexOf("39999")).toBeGreaterThan(d.economicLines.length - 1);
  });

  it("R-SCORE: scores outside 0–100", () => {
    const d = copy();
    d.projects[0]!.scoreHundredths = 10_000;
    expect(only("R-SCORE", d)).toEqual([]);
    d.projects[0]!.scoreHundredths = -50;
    d.performance.averageScoreHundredths = 10_050;
    expect(only("R-SCORE", d).map((f) => f.message)).toEqual([
      `项目“${d.projects[0]!.name}”的自评得分-0.5分不在0到100之间。`,
      "自评项目平均分100.5分不在0到100之间。",
    ]);
  });

  it("R-PROJ-SHARE: 自评 projects executing more than the 一般公共预算 项目支出", () => {
    const d = copy();
    const k = keyFigures(d);
    expect(only("R-PROJ-SHARE", d)).toEqual([]);
    d.projects[0]!.budget = k.generalBudgetProject * 4;
    d.projects[0]!.executed = k.generalBudgetProject * 4;
    expect(only("R-PROJ-SHARE", d)).toMatchObject([{ severity: "error" }]);
    expect(only("R-PROJ-SHARE", d)[0]!.message).toMatch(
      /超过一般公共预算财政拨款项目支出.*占一般公共预算项目支出总额的\d+\.\d{2}%/,
    );
  });

  it("R-AGENCY-UNITS: 机关运行经费 in a department made only of 事业单位", () => {
    const d = copy();
    expect(only("R-AGENCY-UNITS", d)).toEqual([]);
    d.units = d.units.map((u) => ({ ...u, nature: "institution" }));
    expect(only("R-AGENCY-UNITS", d)).toMatchObject([{ severity: "error", field: "agencyOperatingCost" }]);
    d.otherMatters.agencyOperatingCost = 0;
    expect(only("R-AGENCY-UNITS", d)).toEqual([]);
  });

  it("R-TEXT: placeholders and doubled punctuation in any free text, with where and what", () => {
    const d = copy();
    d.profile.duties[1] = "负责XX工作";
    d.glossary[0]!.definition = "指……";
    d.explanations["total.yoy"] = "人员增加。。";
    d.otherMatters.otherVehiclePurpose = "用于保障机关运转，，";
    const findings = only("R-TEXT", d);
    expect(findings.map((f) => [f.section, f.field])).toEqual([
      ["profile", "duties.1.text"],
      ["otherMatters", "otherVehiclePurpose"],
      ["explanations", "total.yoy"],
      ["glossary", "entries.0.definition"],
    ]);
    expect(findings[0]!.message).toBe("部门职责第2条中有未替换的占位内容“XX”：“负责XX工作”。请填写实际内容。");
    expect(findings[2]!.message).toBe(
      "说明“收入支出总计 · 与上年相比的变化原因”中有重复的标点“。。”：“人员增加。。”。",
    );
    expect(only("R-TEXT", demo)).toEqual([]);
    expect(only("R-TEXT", shanghaiReportData())).toEqual([]);
  });
});

describe("submission blockers", () => {
  it("an error blocks; a warning blocks until it has a 说明", () => {
    const findings = runRules(demo, LANZHOU_2020);
    expect(submissionBlockers(findings, {})).toEqual(["有2项审核警告尚未填写说明。"]);
    expect(
      submissionBlockers(findings, { "R-PROJ-RATE:印刷费": "部分资料改为电子版", "R-PROJ-GRADE:印刷费": "  " }),
    ).toEqual(["有1项审核警告尚未填写说明。"]);
    expect(submissionBlockers(findings, { "R-PROJ-RATE:印刷费": "x", "R-PROJ-GRADE:印刷费": "y" })).toEqual([]);
    const d = copy();
    d.summary.institutionFundUsed = 1;
    expect(
      submissionBlockers(runRules(d, LANZHOU_2020), { "R-PROJ-RATE:印刷费": "x", "R-PROJ-GRADE:印刷费": "y" }),
    ).toEqual(["有1项审核错误，须改正后才能提交。"]);
  });
});
