/** The four “三公”经费 items, and the two sums the disclosure also names. */
export const THREE_PUBLIC_ITEMS = ["abroad", "vehicle_purchase", "vehicle_operation", "reception"] as const;
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

export const THREE_PUBLIC_LABELS: Record<ThreePublicItem | "total" | "vehicle", string> = {
  total: "“三公”经费合计",
  abroad: "因公出国（境）费",
  vehicle: "公务用车购置及运行维护费",
  vehicle_purchase: "公务用车购置费",
  vehicle_operation: "公务用车运行维护费",
  reception: "公务接待费",
};
