"use server";

import { revalidatePath } from "next/cache";
import { withUser } from "@/lib/action";
import { createReport } from "@/lib/reports/create-report";
import { ZCreateReport } from "@/lib/reports/create-report.schema";

export const createReportAction = withUser(ZCreateReport, (user, input) => {
  const created = createReport(user, input);
  revalidatePath("/reports");
  return created;
});
