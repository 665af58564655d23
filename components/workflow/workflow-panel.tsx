"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { startRevisionAction, transitionAction } from "@/app/(app)/reports/[id]/workflow-actions";
import type { TransitionAction } from "@/lib/workflow";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";

const LABELS: Record<TransitionAction, string> = {
  submit: "提交审核",
  withdraw: "撤回",
  return: "退回修改",
  approve: "审核通过",
  publish: "公开发布",
};

const CONFIRM: Partial<Record<TransitionAction, string>> = {
  publish: "公开发布后，本报告及其公开文本将被冻结，不能再修改（如需更正须发起修订）。确定发布吗？",
  submit: "审核已通过。提交后将不能再修改数据，除非撤回或被退回。确定提交吗？",
};

/** The workflow actions this user has on this report now, and 修订 on a published one. */
export function WorkflowPanel({
  reportId,
  actions,
  canRevise,
  submitBlockers = [],
}: {
  reportId: number;
  actions: TransitionAction[];
  canRevise: boolean;
  /** Why the report cannot be submitted now (审核 errors, warnings without a 说明): said before asking. */
  submitBlockers?: string[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<string>();
  const [error, setError] = useState<string>();
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string>();
  const commentId = useId();

  const run = (action: TransitionAction) => {
    if (action === "return" && !comment.trim()) {
      setCommentError("退回须填写意见");
      return;
    }
    if (action === "submit" && submitBlockers.length > 0) {
      setError(`不能提交：${submitBlockers.join("")}请在“审核”页查看。`);
      return;
    }
    if (CONFIRM[action] && !window.confirm(CONFIRM[action])) return;
    setRunning(action);
    startTransition(async () => {
      const result = await transitionAction({ reportId, action, comment: action === "return" ? comment : "" });
      if (result.ok) {
        setError(undefined);
        setComment("");
        router.refresh();
      } else setError(result.error);
      setRunning(undefined);
    });
  };

  const revise = () =>
    startTransition(async () => {
      setRunning("revise");
      const result = await startRevisionAction({ reportId });
      setRunning(undefined);
      if (result.ok) router.push(`/reports/${result.data.id}`);
      else setError(result.error);
    });

  if (actions.length === 0 && !canRevise)
    return <p className="text-sm text-slate-600">当前没有您可以执行的流转操作。</p>;
  return (
    <div className="flex flex-col gap-3">
      <FormMessage kind="error">{error}</FormMessage>
      {actions.includes("return") && (
        <div className="flex max-w-xl flex-col gap-1">
          <label htmlFor={commentId} className="text-sm font-medium text-slate-700">
            退回意见
          </label>
          <TextArea
            id={commentId}
            rows={2}
            value={comment}
            error={commentError}
            onChange={(e) => {
              setComment(e.target.value);
              setCommentError(undefined);
            }}
          />
          {commentError && (
            <p id={`${commentId}-error`} className="text-sm text-red-700">
              {commentError}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <Button
            key={a}
            type="button"
            variant={a === "return" || a === "withdraw" ? "secondary" : "primary"}
            onClick={() => run(a)}
            pending={pending && running === a}
            pendingText="正在处理…"
            disabled={pending}
          >
            {LABELS[a]}
          </Button>
        ))}
        {canRevise && (
          <Button
            type="button"
            variant="secondary"
            onClick={revise}
            pending={pending && running === "revise"}
            pendingText="正在创建修订…"
            disabled={pending}
          >
            发起修订
          </Button>
        )}
      </div>
    </div>
  );
}
