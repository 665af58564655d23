"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm, useWatch } from "react-hook-form";
import { saveOtherMattersAction } from "@/app/(app)/reports/[id]/actions";
import { formatYuan, parseMoney } from "@/lib/money";
import type { TOtherMatters, TOtherMattersInput } from "@/lib/reports/sections/other-matters.schema";
import { OTHER_MONEY_FIELDS } from "@/lib/reports/sections/columns";
import { Field, TextInput } from "@/components/ui/field";
import { MoneyInput } from "./money-input";
import type { CarriedNotice } from "@/lib/reports/sections/carried";
import { CarriedNoticeBox } from "./carried-notice";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";
import { VEHICLE_CATEGORIES } from "@/lib/domain";
import type { OtherMattersLayout } from "@/lib/reports/sections/other-matters";

const otherMattersResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/other-matters.schema").then((m) => m.ZOtherMatters),
);

type MoneyKey = (typeof OTHER_MONEY_FIELDS)[number][0];

/** The money fields by group, as the report's template prints them (the others keep their values). */
function groups(layout: OtherMattersLayout): { legend: string; keys: MoneyKey[] }[] {
  return [
    {
      legend: "机关运行经费（行政单位和参公事业单位）",
      keys: [
        "agencyOperatingCost",
        "agencyOperatingCostPrior",
        "meetingCost",
        "meetingCostPrior",
        "trainingCost",
        "trainingCostPrior",
      ],
    },
    {
      legend: "政府采购",
      keys: [
        "procurementTotal",
        "procurementGoods",
        "procurementWorks",
        "procurementServices",
        ...(layout.smeAwarded ? (["procurementSme", "procurementSmallMicro"] as const) : []),
        ...(layout.smeReserved
          ? ([
              "procurementReservedSme",
              "procurementReservedSmallMicro",
              "procurementSmeWonReserved",
              "procurementSmallMicroWonReserved",
              "procurementSmeWonOther",
            ] as const)
          : []),
      ],
    },
  ];
}
const LABEL = Object.fromEntries(OTHER_MONEY_FIELDS) as Record<MoneyKey, string>;

export function OtherMattersForm({
  initial,
  publicUse,
  layout,
  carried,
  ...frame
}: SectionFrameProps & {
  initial: TOtherMattersInput;
  /** Last year's vehicles and equipment still to confirm (待确认), if any. */
  carried: CarriedNotice | null;
  /** 公用经费 of table 06, the ceiling of 机关运行经费. */
  publicUse: number;
  layout: OtherMattersLayout;
}) {
  const form = useForm<TOtherMattersInput, unknown, TOtherMatters>({
    resolver: otherMattersResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { shell } = useSectionSave(form, frame, (p) => saveOtherMattersAction({ ...p, reportId: frame.reportId }));
  const errors = form.formState.errors;
  const values = useWatch({ control: form.control }) as TOtherMattersInput;
  const fen = (k: MoneyKey) => {
    const r = parseMoney(values?.[k] ?? "");
    return r.ok ? r.fen : null;
  };
  const parts = [fen("procurementGoods"), fen("procurementWorks"), fen("procurementServices")];
  const partsSum = parts.some((p) => p === null) ? null : parts.reduce<number>((s, p) => s + (p ?? 0), 0);
  const total = fen("procurementTotal");
  const vehicleSum = VEHICLE_CATEGORIES.reduce((s, c) => s + (Number(values?.vehicles?.[c] || 0) || 0), 0);
  const agency = fen("agencyOperatingCost");

  return (
    <SectionShell {...shell}>
      {groups(layout).map((g) => (
        <fieldset key={g.legend} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">{g.legend}（元）</legend>
          {g.keys.map((k) => (
            <Field key={k} id={`om-${k}`} label={LABEL[k]} error={errors[k]?.message}>
              <MoneyInput id={`om-${k}`} form={form} name={k} error={errors[k]?.message} />
            </Field>
          ))}
          {g.keys.includes("agencyOperatingCost") && (
            <p className="text-sm text-slate-600 md:col-span-2" data-testid="agency-check">
              本年公用经费（经济分类）{formatYuan(publicUse)}元；机关运行经费
              {agency === null
                ? "暂不能核对。"
                : agency <= publicUse
                  ? "未超过公用经费。"
                  : `超过公用经费${formatYuan(agency - publicUse)}元，请核对。`}
            </p>
          )}
          {g.keys.includes("procurementTotal") && (
            <p className="text-sm text-slate-600 md:col-span-2" data-testid="procurement-check">
              货物、工程、服务之和：{partsSum === null ? "—" : `${formatYuan(partsSum)}元`}
              {partsSum !== null &&
                total !== null &&
                (partsSum === total ? "，与合计相符。" : `，与合计相差${formatYuan(partsSum - total)}元。`)}
            </p>
          )}
        </fieldset>
      ))}
      {carried && <CarriedNoticeBox notice={carried} form={form} canEdit={frame.canEdit} />}
      <fieldset
        className={`min-w-0 grid gap-4 rounded-lg border bg-white p-4 md:grid-cols-2 ${carried ? "border-amber-300" : "border-slate-200"}`}
      >
        <legend className="px-1 text-sm font-semibold">国有资产占用（截至年底）{carried ? "（待确认）" : ""}</legend>
        <Field id="om-vehiclesTotal" label="车辆总数（辆）" error={errors.vehiclesTotal?.message}>
          <TextInput
            id="om-vehiclesTotal"
            inputMode="numeric"
            className="w-40 text-right tabular"
            error={errors.vehiclesTotal?.message}
            {...form.register("vehiclesTotal")}
          />
        </Field>
        <p className="self-end text-sm text-slate-600" data-testid="vehicle-check">
          各类车辆之和：{vehicleSum} 辆
          {Number(values?.vehiclesTotal || 0) === vehicleSum ? "，与总数相符。" : "，与总数不符。"}
        </p>
        {VEHICLE_CATEGORIES.map((c) => (
          <Field
            key={c}
            id={`om-v-${c}`}
            label={`${layout.vehicleLabels[c]}（辆）`}
            error={errors.vehicles?.[c]?.message}
          >
            <TextInput
              id={`om-v-${c}`}
              inputMode="numeric"
              className="w-40 text-right tabular"
              error={errors.vehicles?.[c]?.message}
              {...form.register(`vehicles.${c}`)}
            />
          </Field>
        ))}
        <Field id="om-otherVehiclePurpose" label="其他用车主要用于" error={errors.otherVehiclePurpose?.message}>
          <TextInput
            id="om-otherVehiclePurpose"
            placeholder="如：机关正常运转"
            error={errors.otherVehiclePurpose?.message}
            {...form.register("otherVehiclePurpose")}
          />
        </Field>
        {layout.equipmentTwo && (
          <>
            <Field
              id="om-general"
              label="单价50万元（含）以上通用设备（台/套）"
              error={errors.generalEquipmentOver500k?.message}
            >
              <TextInput
                id="om-general"
                inputMode="numeric"
                className="w-40 text-right tabular"
                error={errors.generalEquipmentOver500k?.message}
                {...form.register("generalEquipmentOver500k")}
              />
            </Field>
            <Field
              id="om-special"
              label="单价100万元（含）以上专用设备（台/套）"
              error={errors.specialEquipmentOver1m?.message}
            >
              <TextInput
                id="om-special"
                inputMode="numeric"
                className="w-40 text-right tabular"
                error={errors.specialEquipmentOver1m?.message}
                {...form.register("specialEquipmentOver1m")}
              />
            </Field>
          </>
        )}
        {layout.equipmentOne && (
          <Field
            id="om-equipment"
            label="单价100万元（含）以上设备（不含车辆）（台/套）"
            error={errors.equipmentOver1m?.message}
          >
            <TextInput
              id="om-equipment"
              inputMode="numeric"
              className="w-40 text-right tabular"
              error={errors.equipmentOver1m?.message}
              {...form.register("equipmentOver1m")}
            />
          </Field>
        )}
      </fieldset>
    </SectionShell>
  );
}
