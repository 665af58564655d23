"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyCatalogImportAction } from "@/app/(app)/admin/catalogs/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/** Applies a previewed catalog file, in one transaction; then back to the catalog of that year. */
export function ApplyImportButton({ importId, label, back }: { importId: number; label: string; back: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const apply = () =>
    startTransition(async () => {
      const result = await applyCatalogImportAction({ importId });
      if (!result.ok) return setError(result.error);
      const d = result.data;
      router.push(`${back}&imported=${d.added}-${d.removed}-${d.renamed}`);
    });
  return (
    <div className="flex flex-col gap-2">
      <FormMessage kind="error">{error}</FormMessage>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={apply} pending={pending} pendingText="正在导入…">
          确认导入{label}
        </Button>
        <Link href={back} className={buttonClass("secondary")}>
          放弃，返回科目表
        </Link>
      </div>
    </div>
  );
}
