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
