"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyImportAction, cancelImportAction } from "@/app/(app)/reports/[id]/import/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/**
 * 确认导入 (all or nothing, refused while the file has problems) or 取消 (nothing changes); then back
 * to the section's page, whose grid shows the figures.
 */
export function ImportDecision({
  reportId,
  importId,
  blocked,
  back,
}: {
  reportId: number;
  importId: number;
  /** Why the import cannot be applied (problems), or null. */
  blocked: string | null;
  back: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const apply = () =>
    startTransition(async () => {
      const result = await applyImportAction({ reportId, importId });
      if (!result.ok) return setError(result.error);
      router.push(`${back}?imported=${result.data.changes}`);
    });
  const cancel = () =>
    startTransition(async () => {
      const result = await cancelImportAction({ reportId, importId });
      if (!result.ok) return setError(result.error);
      router.push(back);
    });
  return (
    <div className="flex flex-col gap-2">
      <FormMessage kind="error">{error}</FormMessage>
      {blocked && <p className="text-sm text-red-800">{blocked}</p>}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={apply} pending={pending} pendingText="正在导入…" disabled={blocked !== null}>
          确认导入
        </Button>
        <Button type="button" variant="secondary" onClick={cancel} disabled={pending}>
          取消，不作任何改变
        </Button>
      </div>
    </div>
  );
}
