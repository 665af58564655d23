"use server";

import { revalidatePath } from "next/cache";
import { withUser } from "@/lib/action";
import { ZApplyCatalogImport, ZConfirmSubject, ZDecideMapping } from "@/lib/catalog.schema";
import { applyCatalogImport } from "@/lib/catalogs/import-catalog";
import { confirmLocalSubject } from "@/lib/catalogs/local-subjects";
import { decideMapping } from "@/lib/catalogs/mappings";

export const applyCatalogImportAction = withUser(ZApplyCatalogImport, (user, { importId }) => {
  const applied = applyCatalogImport(user, importId);
  revalidatePath("/admin/catalogs");
  return {
    kind: applied.kind,
    year: applied.year,
    added: applied.changes.added.length,
    removed: applied.changes.removed.length,
    renamed: applied.changes.renamed.length,
  };
});

export const confirmSubjectAction = withUser(ZConfirmSubject, (user, input) => {
  confirmLocalSubject(user, input);
  revalidatePath("/admin/catalogs");
});

export const decideMappingAction = withUser(ZDecideMapping, (user, input) => {
  decideMapping(user, input);
  revalidatePath("/admin/catalogs");
});
