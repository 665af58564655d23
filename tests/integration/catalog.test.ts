import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { addSubject, listCatalog, unknownFunctionItems } from "../../lib/catalog";
import { ZAddSubject } from "../../lib/catalog.schema";
import { AccessDeniedError, ValidationError } from "../../lib/errors";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const user = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("the subject catalogs", () => {
  it("are loaded from the project's CSV files", () => {
    const fn = listCatalog(user("admin"), "function");
    expect(fn.find((s) => s.code === "2013101")).toMatchObject({ name: "行政运行", level: "item", validFrom: 2020 });
    expect(listCatalog(user("admin"), "economic").find((s) => s.code === "30216")?.name).toBe("培训费");
  });

  it("an admin adds a missing 项, which entry then accepts", () => {
    expect(unknownFunctionItems(["2013160"], 2020)).toEqual(["2013160"]);
    addSubject(
      user("admin"),
      ZAddSubject.parse({ kind: "function", code: "2013160", name: "机构编制信息化", validFrom: 2020 }),
    );
    expect(unknownFunctionItems(["2013160"], 2020)).toEqual([]);
    const audit = db
      .select()
      .from(t.auditLog)
      .all()
      .find((a) => a.action === "catalog.add");
    expect(audit).toMatchObject({ field: "function_subjects[2013160]", newValue: "机构编制信息化" });
  });

  it("refuses duplicates, orphans, bad codes and non-admins", () => {
    const admin = user("admin");
    expect(() => addSubject(admin, { kind: "function", code: "2013101", name: "x", validFrom: 2020 })).toThrow(
      new ValidationError("科目编码2013101已存在", "code"),
    );
    expect(() => addSubject(admin, { kind: "function", code: "2019801", name: "x", validFrom: 2020 })).toThrow(
      "上级科目20198不存在，请先添加它",
    );
    expect(
      ZAddSubject.safeParse({ kind: "economic", code: "3020101", name: "x", validFrom: 2020 }).error?.issues[0]
        ?.message,
    ).toBe("经济分类科目只有类（3位）和款（5位）");
    expect(
      ZAddSubject.safeParse({ kind: "function", code: "20131a", name: "x", validFrom: 2020 }).error?.issues[0]?.message,
    ).toBe("科目编码应为3位（类）、5位（款）或7位（项）数字");
    expect(() => addSubject(user("clerk"), { kind: "function", code: "2013170", name: "x", validFrom: 2020 })).toThrow(
      AccessDeniedError,
    );
  });
});
