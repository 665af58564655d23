/** 绩效: the 2020 part of its own (工作开展、自评结果、部门评价) and the 2024 section 预算绩效管理情况. */
import { formatPoints, gradeFor } from "../grades";
import type { ReportData } from "../report-data";
import type { DisclosureTemplate } from "../template";
import { flag, list, optionalText, rate, wan } from "../values";
import type { SectionKindDef } from "./kind";

/** The projects that were evaluated (have a score). */
const evaluated = (data: ReportData) => data.projects.filter((p) => p.scoreHundredths !== null);

/** Projects per grade of the template, with their executed amounts. */
function byGrade(data: ReportData, template: DisclosureTemplate) {
  const grades = template.gradeBands.map((b) => ({ grade: b.grade, count: 0, fen: 0 }));
  for (const p of evaluated(data)) {
    const g = grades.find((x) => x.grade === gradeFor(p.scoreHundredths, template.gradeBands));
    if (g) {
      g.count += 1;
      g.fen += p.executed;
    }
  }
  return grades;
}

const sentenceEnd = (t: string) => (/[。！？]$/.test(t) ? t : `${t}。`);

export const performanceWork: SectionKindDef = {
  label: "预算绩效管理工作开展情况（项目自评概况）",
  placeholders: {
    hasProjects: "有自评项目时为空、否则不成立",
    noProjects: "没有自评项目时为空、否则不成立",
    projectCount: "开展自评的项目个数",
    executed: "自评项目涉及资金（执行数合计）",
    workOverview: "填报员填写的工作开展情况",
  },
  lists: { grades: { grade: "等级", count: "项目个数", amount: "涉及资金" } },
  values: ({ data, template }) => {
    const projects = evaluated(data);
    return {
      values: {
        hasProjects: flag(projects.length > 0),
        noProjects: flag(projects.length === 0),
        projectCount: String(projects.length),
        executed: wan(projects.reduce((s, p) => s + p.executed, 0)),
        grades: list(
          byGrade(data, template)
            .filter((g) => g.count > 0)
            .map((g) => ({ grade: g.grade, count: String(g.count), amount: wan(g.fen) })),
        ),
        workOverview: optionalText(data.performance.workOverview),
      },
      sums: [
        {
          total: projects.reduce((s, p) => s + p.executed, 0),
          parts: byGrade(data, template).map((g) => g.fen),
          uses: ["grades"],
        },
      ],
    };
  },
};

export const performanceResults: SectionKindDef = {
  label: "绩效自评结果（逐个项目；没有自评项目时只说明“无”）",
  placeholders: {
    projectCount: "开展自评的项目个数",
    executed: "涉及资金（执行数合计）",
    shareOfProject: "占一般公共预算项目支出总额的比例",
  },
  lists: {
    projects: {
      name: "项目名称",
      score: "自评得分",
      grade: "按评分标准的等级",
      budget: "全年预算数",
      executed: "全年执行数",
      rate: "完成预算的比例",
      texts: "效果、问题和下一步措施",
    },
  },
  values: ({ data, k, template }) => {
    const projects = evaluated(data);
    const executed = projects.reduce((s, p) => s + p.executed, 0);
    return {
      values: {
        projectCount: String(projects.length),
        executed: wan(executed),
        shareOfProject: rate(executed, k.generalBudgetProject),
        projects: list(
          projects.map((p) => ({
            name: p.name,
            score: formatPoints(p.scoreHundredths!),
            grade: gradeFor(p.scoreHundredths, template.gradeBands),
            budget: wan(p.budget),
            executed: wan(p.executed),
            rate: rate(p.executed, p.budget),
            texts: optionalText(
              [p.effect, p.problems, p.nextSteps]
                .map((t) => t.trim())
                .filter(Boolean)
                .map(sentenceEnd)
                .join(""),
            ),
          })),
        ),
      },
      empty: projects.length === 0,
      sums: [{ total: executed, parts: projects.map((p) => p.executed), uses: ["projects"] }],
    };
  },
};

export const performanceDepartment: SectionKindDef = {
  label: "部门绩效评价结果（没有时只说明“无”）",
  placeholders: {
    hasGrade: "填写了部门自评结果时为空、否则不成立",
    departmentGrade: "部门自评结果，如“良好”",
    departmentEvaluation: "填报员填写的部门评价",
    executed: "自评项目涉及资金（执行数合计）",
  },
  values: ({ data }) => {
    const p = data.performance;
    return {
      values: {
        hasGrade: flag(p.departmentGrade.trim() !== ""),
        departmentGrade: optionalText(p.departmentGrade),
        departmentEvaluation: optionalText(p.departmentEvaluation),
        executed: wan(evaluated(data).reduce((s, x) => s + x.executed, 0)),
      },
      empty: !p.departmentGrade.trim() && !p.departmentEvaluation.trim(),
    };
  },
};

/** Mean of scores in hundredths, rounded half-up to a hundredth (exact integers). */
function meanScore(scores: number[]): number | null {
  if (scores.length === 0) return null;
  const total = scores.reduce((s, x) => s + x, 0);
  return Math.floor((2 * total + scores.length) / (2 * scores.length));
}

export const performanceManagement: SectionKindDef = {
  label: "预算绩效管理情况（制度、机制、目标、跟踪评价、自评）",
  placeholders: {
    systems: "预算绩效管理制度（填报员填写）",
    mechanism: "工作机制（填报员填写）",
    targetProjects: "编报绩效目标的项目个数",
    targetAmount: "编报绩效目标的项目涉及预算金额",
    trackedProjects: "开展绩效跟踪评价的项目个数",
    trackedAmount: "开展绩效跟踪评价的项目涉及预算金额",
    selfProjects: "开展绩效自评的项目个数（逐项填报时按项目计算）",
    selfAmount: "开展绩效自评的项目涉及预算金额（逐项填报时为全年预算数合计）",
    averageScore: "自评平均得分（逐项填报时按项目计算）",
    problemsFound: "自评中发现的问题个数",
    problemsFixed: "已完成整改的问题个数",
    problemsFixing: "正在整改的问题个数",
  },
  lists: { grades: { grade: "等级（按模板的评分标准，全部列出）", count: "项目个数" } },
  values: ({ data, template }) => {
    const p = data.performance;
    const projects = evaluated(data);
    const itemized = projects.length > 0;
    const average = itemized ? meanScore(projects.map((x) => x.scoreHundredths!)) : p.averageScoreHundredths;
    const grades = itemized
      ? byGrade(data, template).map((g) => ({ grade: g.grade, count: String(g.count) }))
      : template.gradeBands.map((b) => ({ grade: b.grade, count: String(p.gradeCounts[b.grade] ?? 0) }));
    return {
      values: {
        systems: optionalText(p.managementSystems),
        mechanism: optionalText(p.managementMechanism),
        targetProjects: String(p.targetProjects),
        targetAmount: wan(p.targetAmount),
        trackedProjects: String(p.trackedProjects),
        trackedAmount: wan(p.trackedAmount),
        selfProjects: String(itemized ? projects.length : p.selfEvaluatedProjects),
        selfAmount: wan(itemized ? projects.reduce((s, x) => s + x.budget, 0) : p.selfEvaluatedAmount),
        averageScore: average === null ? null : formatPoints(average),
        grades: list(grades),
        problemsFound: String(p.problemsFound),
        problemsFixed: String(p.problemsFixed),
        problemsFixing: String(p.problemsFixing),
      },
    };
  },
};
