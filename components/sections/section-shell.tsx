"use client";

import { type ReactNode, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { SectionShellState } from "./use-section-form";

/**
 * The frame of every entry section: a form whose fields are disabled when the user may not edit; the
 * offer of an unsaved browser draft and the comparison after a colleague's save at the top; and a save
 * bar that stays at the bottom of the window, with the save result shown beside its button.
 */
export function SectionShell({
  children,
  canEdit,
  readOnlyReason,
  pending,
  message,
  dirty,
  formRef,
  onSubmit,
  draftOffer,
  onRestoreDraft,
  onDiscardDraft,
  conflict,
  onChoose,
  onChooseAll,
  onResolve,
}: SectionShellState & { children: ReactNode }) {
  // A success fades after a while; an error stays until the next save.
  const [faded, setFaded] = useState<typeof message>();
  useEffect(() => {
    if (message?.kind !== "success") return;
    const timer = window.setTimeout(() => setFaded(message), 8000);
    return () => window.clearTimeout(timer);
  }, [message]);
  const shownMessage = message === faded ? undefined : message;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {!canEdit && (
        <p role="status" className="rounded-md border border-slate-200 bg-slate-100 px-3 py-2 text-sm text-slate-700">
          只读：{readOnlyReason ?? "您不能修改本报告。"}
        </p>
      )}
      {draftOffer && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="draft-offer"
        >
          <span>发现未保存的修改（{draftOffer.savedAt}）</span>
          <Button type="button" onClick={onRestoreDraft}>
            恢复
          </Button>
          <Button type="button" variant="secondary" onClick={onDiscardDraft}>
            丢弃
          </Button>
        </div>
      )}
      {conflict && (
        <section
          id="section-conflict"
          tabIndex={-1}
          aria-labelledby="section-conflict-title"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900"
        >
          <h2 id="section-conflict-title" className="font-semibold">
            {conflict.savedBy}于{conflict.savedAt}保存了这一部分：以下{conflict.items.length}处双方都改了
          </h2>
          <p className="mt-1 text-slate-700">
            逐项选择保留哪一个，再点“按所选保存”。其余修改（您的和对方的）都已保留，无需重新输入。
          </p>
          <div className="relative mt-2 max-w-full overflow-x-auto">
            <table className="text-sm">
              <caption className="sr-only">双方修改对比</caption>
              <thead>
                <tr className="text-left text-slate-700">
                  <th scope="col" className="px-2 py-1 font-medium">
                    内容
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    我的修改
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    {conflict.savedBy}的修改
                  </th>
                </tr>
              </thead>
              <tbody>
                {conflict.items.map((item, i) => (
                  <tr key={item.key} className="border-t border-amber-200 align-top" data-testid="conflict-item">
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {item.label}
                    </th>
                    {(["mine", "theirs"] as const).map((side) => (
                      <td key={side} className="px-2 py-1">
                        <label className="flex items-start gap-2">
                          <input
                            type="radio"
                            name={`conflict-${i}`}
                            checked={conflict.choices[item.key] === side}
                            onChange={() => onChoose(item.key, side)}
                            className="mt-1"
                          />
                          <span className="whitespace-pre-wrap break-all tabular">
                            <span className="sr-only">{side === "mine" ? "保留我的：" : "保留对方的："}</span>
                            {item[side]}
                          </span>
                        </label>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" onClick={onResolve} pending={pending} pendingText="正在保存…">
              按所选保存
            </Button>
            <Button type="button" variant="secondary" onClick={() => onChooseAll("mine")}>
              全部保留我的
            </Button>
            <Button type="button" variant="secondary" onClick={() => onChooseAll("theirs")}>
              全部保留对方的
            </Button>
          </div>
        </section>
      )}
      <fieldset disabled={!canEdit} className="flex min-w-0 flex-col gap-6">
        {children}
      </fieldset>
      {canEdit && (
        <div className="sticky bottom-0 z-40 -mx-2 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-2 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.05)]">
          <Button type="submit" pending={pending} pendingText="正在保存…" aria-keyshortcuts="Control+S">
            保存
          </Button>
          <span className="text-xs text-slate-600">{dirty ? "有未保存的修改（已暂存在本浏览器）" : "Ctrl+S 保存"}</span>
          {shownMessage && (
            <p
              role={shownMessage.kind === "error" ? "alert" : "status"}
              data-testid="save-message"
              className={`rounded-md border px-3 py-1.5 text-sm shadow-sm ${shownMessage.kind === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800"}`}
            >
              {shownMessage.text}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
