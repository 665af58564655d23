"use server";

import { revalidatePath } from "next/cache";
import { withUser } from "@/lib/action";
import { saveProfile } from "@/lib/reports/sections/profile";
import { ZSaveProfile } from "@/lib/reports/sections/profile.schema";
import { saveFunctionLines } from "@/lib/reports/sections/function-lines";
import { ZSaveFunctionLines } from "@/lib/reports/sections/function-lines.schema";
import { saveEconomicLines } from "@/lib/reports/sections/economic-lines";
import { ZSaveEconomicLines } from "@/lib/reports/sections/economic-lines.schema";
import { saveThreePublic } from "@/lib/reports/sections/three-public";
import { ZSaveThreePublic } from "@/lib/reports/sections/three-public.schema";
import { saveOtherMatters } from "@/lib/reports/sections/other-matters";
import { ZSaveOtherMatters } from "@/lib/reports/sections/other-matters.schema";
import { saveFunds } from "@/lib/reports/sections/funds";
import { ZSaveFunds } from "@/lib/reports/sections/funds.schema";
import { deleteProject, savePerformanceSummary, saveProject } from "@/lib/reports/sections/performance";
import { ZDeleteProject, ZSavePerformanceSummary, ZSaveProject } from "@/lib/reports/sections/performance.schema";
import { saveExplanations } from "@/lib/reports/sections/explanations";
import { ZSaveExplanations } from "@/lib/reports/sections/explanations.schema";
import { saveGlossary } from "@/lib/reports/sections/glossary";
import { ZSaveGlossary } from "@/lib/reports/sections/glossary.schema";

/** After a save, every page of the report shows the new figures. */
function saved(reportId: number, result: { version: number }) {
  revalidatePath(`/reports/${reportId}`, "layout");
  return { version: result.version };
}

export const saveProfileAction = withUser(ZSaveProfile, (user, { reportId, version, ...input }) =>
  saved(reportId, saveProfile(user, reportId, version, input)),
);

export const saveFunctionLinesAction = withUser(ZSaveFunctionLines, (user, { reportId, version, ...input }) =>
  saved(reportId, saveFunctionLines(user, reportId, version, input)),
);

export const saveEconomicLinesAction = withUser(ZSaveEconomicLines, (user, { reportId, version, ...input }) =>
  saved(reportId, saveEconomicLines(user, reportId, version, input)),
);

export const saveThreePublicAction = withUser(ZSaveThreePublic, (user, { reportId, version, ...input }) =>
  saved(reportId, saveThreePublic(user, reportId, version, input)),
);

export const saveOtherMattersAction = withUser(ZSaveOtherMatters, (user, { reportId, version, ...input }) =>
  saved(reportId, saveOtherMatters(user, reportId, version, input)),
);

export const saveFundsAction = withUser(ZSaveFunds, (user, { reportId, version, ...input }) =>
  saved(reportId, saveFunds(user, reportId, version, input)),
);

export const saveProjectAction = withUser(ZSaveProject, (user, { reportId, version, ...input }) => {
  const result = saveProject(user, reportId, version, input);
  revalidatePath(`/reports/${reportId}`, "layout");
  return { version: result.version, projectId: result.projectId };
});

export const deleteProjectAction = withUser(ZDeleteProject, (user, { reportId, version, projectId }) =>
  saved(reportId, deleteProject(user, reportId, version, projectId)),
);

export const savePerformanceSummaryAction = withUser(ZSavePerformanceSummary, (user, { reportId, version, ...input }) =>
  saved(reportId, savePerformanceSummary(user, reportId, version, input)),
);

export const saveExplanationsAction = withUser(ZSaveExplanations, (user, { reportId, version, ...input }) =>
  saved(reportId, saveExplanations(user, reportId, version, input)),
);

export const saveGlossaryAction = withUser(ZSaveGlossary, (user, { reportId, version, ...input }) =>
  saved(reportId, saveGlossary(user, reportId, version, input)),
);
