"use server";

import { revalidatePath } from "next/cache";
import { withUser } from "@/lib/action";
import { saveProfile } from "@/lib/reports/sections/profile";
import { ZSaveProfile } from "@/lib/reports/sections/profile.schema";

/** After a save, every page of the report shows the new figures. */
function saved(reportId: number, result: { version: number }) {
  revalidatePath(`/reports/${reportId}`, "layout");
  return { version: result.version };
}

export const saveProfileAction = withUser(ZSaveProfile, (user, { reportId, version, ...input }) =>
  saved(reportId, saveProfile(user, reportId, version, input)),
);
