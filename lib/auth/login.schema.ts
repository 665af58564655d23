import { z } from "zod";
import { zPlainText } from "../text";

export const ZLogin = z.object({
  username: zPlainText().trim().min(1, { error: "请填写用户名" }).max(64),
  password: z.string().min(1, { error: "请填写密码" }).max(256),
  callbackUrl: zPlainText().max(500).optional(),
});
export type TLogin = z.infer<typeof ZLogin>;

/** Only a path of this site may be a place to go back to after login. */
export function safeCallbackUrl(url: string | undefined): string {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return "/reports";
  return url;
}
