"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { saveProfileAction } from "@/app/(app)/reports/[id]/actions";
import type { TProfile, TProfileInput } from "@/lib/reports/sections/profile.schema";
import { Field, TextInput } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { ListEditor } from "./list-editor";
import { useUndoableRemove } from "./undo-remove";
import type { CarriedNotice } from "@/lib/reports/sections/carried";
import { CarriedNoticeBox } from "./carried-notice";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const profileResolver = lazyZodResolver(() => import("@/lib/reports/sections/profile.schema").then((m) => m.ZProfile));

const toCount = (v: string | undefined) => {
  const n = Number((v ?? "").trim() || "0");
  return Number.isInteger(n) && n >= 0 ? n : null;
};

export function ProfileForm({
  initial,
  carried,
  ...frame
}: SectionFrameProps & {
  initial: TProfileInput;
  /** Last year's profile still to confirm (待确认), if any. */
  carried: CarriedNotice | null;
}) {
  const form = useForm<TProfileInput, unknown, TProfile>({
    resolver: profileResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const duties = useFieldArray({ control, name: "duties" });
  const internal = useFieldArray({ control, name: "internalOrgs" });
  const additional = useFieldArray({ control, name: "additionalOrgs" });
  const subordinate = useFieldArray({ control, name: "subordinateUnits" });
  const staffing = useFieldArray({ control, name: "staffing" });
  const staffValues = useWatch({ control, name: "staffing" }) ?? [];
  const undoable = useUndoableRemove();
  const { shell } = useSectionSave(form, frame, (p) => saveProfileAction({ ...p, reportId: frame.reportId }));

  const total = (key: "authorized" | "actual") => {
    let sum = 0;
    for (const row of staffValues) {
      const n = toCount(row?.[key]);
      if (n === null) return "—";
      sum += n;
    }
    return String(sum);
  };

  return (
    <SectionShell {...shell}>
      {carried && <CarriedNoticeBox notice={carried} form={form} canEdit={frame.canEdit} />}
      {undoable.bar}
      <ListEditor
        legend="一、部门职责"
        count={duties.fields.length}
        addLabel="添加一条职责"
        onAdd={() => duties.append({ text: "" })}
        onRemove={(i) => undoable.remove(duties, form.getValues(`duties.${i}`), i, `职责第${i + 1}条`)}
        onMove={duties.move}
        error={errors.duties?.message}
        renderRow={(i) => (
          <Field id={`duty-${i}`} label={`职责（${i + 1}）`} error={errors.duties?.[i]?.text?.message}>
            <TextArea
              id={`duty-${i}`}
              rows={2}
              error={errors.duties?.[i]?.text?.message}
              {...register(`duties.${i}.text`)}
            />
          </Field>
        )}
      />
      <Field id="dutiesSupplement" label="职责补充说明（如下属单位的职责）" error={errors.dutiesSupplement?.message}>
        <TextArea
          id="dutiesSupplement"
          rows={4}
          error={errors.dutiesSupplement?.message}
          {...register("dutiesSupplement")}
        />
      </Field>

      <ListEditor
        legend="二、机构设置：机关内设机构"
        count={internal.fields.length}
        addLabel="添加内设机构"
        onAdd={() => internal.append({ name: "" })}
        onRemove={(i) => undoable.remove(internal, form.getValues(`internalOrgs.${i}`), i, `内设机构第${i + 1}条`)}
        onMove={internal.move}
        renderRow={(i) => (
          <Field id={`internal-${i}`} label={`内设机构${i + 1}`} error={errors.internalOrgs?.[i]?.name?.message}>
            <TextInput
              id={`internal-${i}`}
              error={errors.internalOrgs?.[i]?.name?.message}
              {...register(`internalOrgs.${i}.name`)}
            />
          </Field>
        )}
      />
      <ListEditor
        legend="另设机构（如机关党支部）"
        count={additional.fields.length}
        addLabel="添加另设机构"
        onAdd={() => additional.append({ name: "" })}
        onRemove={(i) => undoable.remove(additional, form.getValues(`additionalOrgs.${i}`), i, `另设机构第${i + 1}条`)}
        onMove={additional.move}
        renderRow={(i) => (
          <Field id={`additional-${i}`} label={`另设机构${i + 1}`} error={errors.additionalOrgs?.[i]?.name?.message}>
            <TextInput
              id={`additional-${i}`}
              error={errors.additionalOrgs?.[i]?.name?.message}
              {...register(`additionalOrgs.${i}.name`)}
            />
          </Field>
        )}
      />
      <ListEditor
        legend="下属单位"
        count={subordinate.fields.length}
        addLabel="添加下属单位"
        onAdd={() => subordinate.append({ name: "", category: "" })}
        onRemove={(i) =>
          undoable.remove(subordinate, form.getValues(`subordinateUnits.${i}`), i, `下属单位第${i + 1}条`)
        }
        onMove={subordinate.move}
        renderRow={(i) => (
          <div className="grid gap-3 md:grid-cols-[3fr_1fr]">
            <Field
              id={`sub-${i}-name`}
              label={`下属单位${i + 1}名称`}
              error={errors.subordinateUnits?.[i]?.name?.message}
            >
              <TextInput
                id={`sub-${i}-name`}
                error={errors.subordinateUnits?.[i]?.name?.message}
                {...register(`subordinateUnits.${i}.name`)}
              />
            </Field>
            <Field id={`sub-${i}-category`} label="单位类型" error={errors.subordinateUnits?.[i]?.category?.message}>
              <TextInput
                id={`sub-${i}-category`}
                placeholder="如：公益一类"
                error={errors.subordinateUnits?.[i]?.category?.message}
                {...register(`subordinateUnits.${i}.category`)}
              />
            </Field>
          </div>
        )}
      />

      <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">核定编制与实有人数（截至年底）</legend>
        <div
          className="relative overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label="核定编制与实有人数（可左右滚动）"
        >
          <table className="w-full text-sm">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  编制类别
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  核定编制（名）
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  实有人员称谓
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  实有人数（人）
                </th>
                <th scope="col">
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {staffing.fields.map((row, i) => {
                const e = errors.staffing?.[i];
                const cell = (
                  name: "category" | "authorized" | "actualLabel" | "actual",
                  label: string,
                  numeric = false,
                ) => (
                  <td className="py-1 pr-2 align-top">
                    <label htmlFor={`staff-${i}-${name}`} className="sr-only">{`第${i + 1}行${label}`}</label>
                    <TextInput
                      id={`staff-${i}-${name}`}
                      inputMode={numeric ? "numeric" : undefined}
                      className={numeric ? "w-24 text-right" : undefined}
                      error={e?.[name]?.message}
                      {...register(`staffing.${i}.${name}`)}
                    />
                    {e?.[name]?.message && (
                      <p id={`staff-${i}-${name}-error`} className="mt-1 text-xs text-red-700">
                        {e[name]?.message}
                      </p>
                    )}
                  </td>
                );
                return (
                  <tr key={row.id}>
                    {cell("category", "编制类别")}
                    {cell("authorized", "核定编制", true)}
                    {cell("actualLabel", "实有人员称谓")}
                    {cell("actual", "实有人数", true)}
                    <td className="py-1 align-top">
                      <Button
                        type="button"
                        variant="ghost"
                        onClick={() =>
                          undoable.remove(staffing, form.getValues(`staffing.${i}`), i, `编制第${i + 1}行`)
                        }
                        aria-label={`删除第${i + 1}行编制`}
                      >
                        删除
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr className="border-t border-slate-200 font-medium">
                <td className="py-2">合计</td>
                <td className="py-2 pr-6 text-right tabular" data-testid="staffing-authorized-total">
                  {total("authorized")}
                </td>
                <td />
                <td className="py-2 pr-6 text-right tabular" data-testid="staffing-actual-total">
                  {total("actual")}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          onClick={() => staffing.append({ category: "", authorized: "0", actualLabel: "", actual: "0" })}
        >
          添加编制类别
        </Button>
      </fieldset>
    </SectionShell>
  );
}
