/** 角色: who a user is in the app. What each role may do is decided in lib/access. */
export const ROLES = ["clerk", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  clerk: "填报员",
  supervisor: "审核员",
  admin: "系统管理员",
};
