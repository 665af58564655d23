"use server";

import { revalidatePath } from "next/cache";
import { withUser } from "@/lib/action";
import { saveDepartment } from "@/lib/departments/departments";
import { ZDepartment } from "@/lib/departments/departments.schema";
import { addSubject } from "@/lib/catalog";
import { ZAddSubject } from "@/lib/catalog.schema";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/users/users";
import { ZCreateUser, ZResetPassword, ZSetUserActive, ZUpdateUser } from "@/lib/users/users.schema";

export const createUserAction = withUser(ZCreateUser, async (user, input) => {
  const created = await createUser(user, input);
  revalidatePath("/admin/users");
  return created;
});

export const updateUserAction = withUser(ZUpdateUser, (user, input) => {
  updateUser(user, input);
  revalidatePath("/admin/users");
});

export const setUserActiveAction = withUser(ZSetUserActive, (user, input) => {
  setUserActive(user, input);
  revalidatePath("/admin/users");
});

export const resetPasswordAction = withUser(ZResetPassword, (user, input) => resetPassword(user, input));

export const saveDepartmentAction = withUser(ZDepartment, (user, input) => {
  const saved = saveDepartment(user, input);
  revalidatePath("/admin/departments");
  return saved;
});

export const addSubjectAction = withUser(ZAddSubject, (user, input) => {
  const added = addSubject(user, input);
  revalidatePath("/admin/catalogs");
  return added;
});
