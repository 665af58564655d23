/**
 * Vehicle categories of 国有资产占用情况说明. The names printed for them are a field of the disclosure
 * template (the first is 副部（省）级及以上领导用车 in 2020, 部级领导干部用车 in Shanghai 2024); these are the
 * labels of the entry form.
 */
export const VEHICLE_CATEGORIES = [
  "ministerial",
  "principal_leader",
  "confidential",
  "emergency",
  "law_enforcement",
  "special_technical",
  "retired_cadre",
  "other",
] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];

export const VEHICLE_LABELS: Record<VehicleCategory, string> = {
  ministerial: "副部（省）级及以上领导用车",
  principal_leader: "主要领导干部用车",
  confidential: "机要通信用车",
  emergency: "应急保障用车",
  law_enforcement: "执法执勤用车",
  special_technical: "特种专业技术用车",
  retired_cadre: "离退休干部用车",
  other: "其他用车",
};
