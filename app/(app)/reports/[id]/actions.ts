"use server";

import { withSectionSave, withUser } from "@/lib/action";
import { getProfileForm, saveProfile } from "@/lib/reports/sections/profile";
import { ZSaveProfile } from "@/lib/reports/sections/profile.schema";
import { getFunctionLinesForm, saveFunctionLines } from "@/lib/reports/sections/function-lines";
import { ZSaveFunctionLines } from "@/lib/reports/sections/function-lines.schema";
import { getEconomicLinesForm, saveEconomicLines } from "@/lib/reports/sections/economic-lines";
import { ZSaveEconomicLines } from "@/lib/reports/sections/economic-lines.schema";
import { getThreePublicForm, saveThreePublic } from "@/lib/reports/sections/three-public";
import { ZSaveThreePublic } from "@/lib/reports/sections/three-public.schema";
import { getOtherMattersForm, saveOtherMatters } from "@/lib/reports/sections/other-matters";
import { ZSaveOtherMatters } from "@/lib/reports/sections/other-matters.schema";
import { getFundsPage, saveFunds } from "@/lib/reports/sections/funds";
import { ZSaveFunds } from "@/lib/reports/sections/funds.schema";
import {
  deleteProject,
  getPerformancePage,
  getProjectForm,
  savePerformanceSummary,
  saveProject,
} from "@/lib/reports/sections/performance";
import { ZDeleteProject, ZSavePerformanceSummary, ZSaveProject } from "@/lib/reports/sections/performance.schema";
import { getExplanationsForm, saveExplanations } from "@/lib/reports/sections/explanations";
import { ZSaveExplanations } from "@/lib/reports/sections/explanations.schema";
import { getGlossaryForm, saveGlossary } from "@/lib/reports/sections/glossary";
import { ZSaveGlossary } from "@/lib/reports/sections/glossary.schema";
import { ZAddLocalSubject } from "@/lib/catalog.schema";
import { addLocalSubject } from "@/lib/catalogs/local-subjects";

// No action here revalidates: a section form shows what it saved as soon as the data is written and
// then refreshes the page once, in the background (components/sections/use-section-form.tsx, decision
// 020); deleting a project goes on to the project list, which is rendered anew.

export const saveProfileAction = withSectionSave(
  ZSaveProfile,
  (user, { reportId, version, ...input }) => saveProfile(user, reportId, version, input),
  (user, { reportId }) => getProfileForm(user, reportId),
);

export const saveFunctionLinesAction = withSectionSave(
  ZSaveFunctionLines,
  (user, { reportId, version, ...input }) => saveFunctionLines(user, reportId, version, input),
  (user, { reportId }) => getFunctionLinesForm(user, reportId),
);

export const saveEconomicLinesAction = withSectionSave(
  ZSaveEconomicLines,
  (user, { reportId, version, ...input }) => saveEconomicLines(user, reportId, version, input),
  (user, { reportId }) => getEconomicLinesForm(user, reportId).initial,
);

export const saveThreePublicAction = withSectionSave(
  ZSaveThreePublic,
  (user, { reportId, version, ...input }) => saveThreePublic(user, reportId, version, input),
  (user, { reportId }) => getThreePublicForm(user, reportId),
);

export const saveOtherMattersAction = withSectionSave(
  ZSaveOtherMatters,
  (user, { reportId, version, ...input }) => saveOtherMatters(user, reportId, version, input),
  (user, { reportId }) => getOtherMattersForm(user, reportId).initial,
);

export const saveFundsAction = withSectionSave(
  ZSaveFunds,
  (user, { reportId, version, ...input }) => saveFunds(user, reportId, version, input),
  (user, { reportId }) => getFundsPage(user, reportId).initial,
);

export const saveProjectAction = withSectionSave(
  ZSaveProject,
  (user, { reportId, version, ...input }) => saveProject(user, reportId, version, input),
  (user, { reportId, projectId }) => getProjectForm(user, reportId, projectId),
);

export const deleteProjectAction = withUser(ZDeleteProject, (user, { reportId, version, projectId }) =>
  deleteProject(user, reportId, version, projectId),
);

export const savePerformanceSummaryAction = withSectionSave(
  ZSavePerformanceSummary,
  (user, { reportId, version, ...input }) => savePerformanceSummary(user, reportId, version, input),
  (user, { reportId }) => getPerformancePage(user, reportId).summary,
);

export const saveExplanationsAction = withSectionSave(
  ZSaveExplanations,
  (user, { reportId, version, ...input }) => saveExplanations(user, reportId, version, input),
  (user, { reportId }) => getExplanationsForm(user, reportId).initial,
);

export const saveGlossaryAction = withSectionSave(
  ZSaveGlossary,
  (user, { reportId, version, ...input }) => saveGlossary(user, reportId, version, input),
  (user, { reportId }) => getGlossaryForm(user, reportId),
);

/** 添加科目 from the 功能分类 grid: a 项 the year's catalog lacks, with its missing 款 and 类 (待管理员确认). */
export const addLocalSubjectAction = withUser(ZAddLocalSubject, (user, input) => addLocalSubject(user, input));
