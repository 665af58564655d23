import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { SectionSaveState } from "./use-section-form";

/**
 * The frame of every entry section: a form whose fields are disabled when the user may not edit,
 * with the save button and the save messages at the top and bottom.
 */
export function SectionShell({
  canEdit,
  readOnlyReason,
  state,
  onSubmit,
  children,
}: {
  canEdit: boolean;
  readOnlyReason?: string;
  state: SectionSaveState;
  onSubmit: (event?: React.BaseSyntheticEvent) => void;
  children: ReactNode;
}) {
  const bar = (
    <div className="flex flex-wrap items-center gap-3">
      {canEdit && (
        <Button type="submit" pending={state.pending} pendingText="正在保存…">
          保存
        </Button>
      )}
      <span className="text-xs text-slate-500">数据版本 {state.version}</span>
    </div>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {!canEdit && (
        <p role="status" className="rounded-md border border-slate-200 bg-slate-100 px-3 py-2 text-sm text-slate-700">
          只读：{readOnlyReason ?? "您不能修改本报告。"}
        </p>
      )}
      <FormMessage kind="error">{state.error}</FormMessage>
      <FormMessage kind="success">{state.success}</FormMessage>
      {canEdit && bar}
      <fieldset disabled={!canEdit} className="flex min-w-0 flex-col gap-6">
        {children}
      </fieldset>
      {canEdit && bar}
    </form>
  );
}
