import { formatYuan } from "../../money";

/** What an amount input shows for a stored value: empty for 0, else 元 with separators. */
export const moneyText = (fen: number) => (fen === 0 ? "" : formatYuan(fen));

/** How the audit log writes an amount: 元 with separators. */
export const auditMoney = (value: unknown) => (typeof value === "number" ? formatYuan(value) : String(value ?? ""));
