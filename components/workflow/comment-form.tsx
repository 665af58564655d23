"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { addCommentAction } from "@/app/(app)/reports/[id]/workflow-actions";
import type { TComment } from "@/lib/reports/workflow.schema";
import { applyResult } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";

const commentResolver = lazyZodResolver(() => import("@/lib/reports/workflow.schema").then((m) => m.ZComment));

export function CommentForm({ reportId }: { reportId: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const form = useForm<TComment>({ resolver: commentResolver, defaultValues: { reportId, body: "" } });
  const message = form.formState.errors.body?.message;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await addCommentAction(values);
      if (applyResult(form, result, setError)) {
        form.reset({ reportId, body: "" });
      }
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-2">
      <FormMessage kind="error">{error}</FormMessage>
      <Field id="comment-body" label="发表意见" error={message}>
        <TextArea id="comment-body" rows={2} error={message} {...form.register("body")} />
      </Field>
      <div>
        <Button type="submit" variant="secondary" pending={pending} pendingText="正在发送…">
          发送
        </Button>
      </div>
    </form>
  );
}
