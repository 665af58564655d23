/**
 * The writer of `npm run test:crash`: saves the 功能分类 grid of one report again and again through the
 * app's data layer (saveFunctionLines: optimistic lock, rows, audit, one transaction), each time with a
 * new value, and prints `ACK <version> <value>` once the save has returned — committed. It is killed
 * with SIGKILL at a random moment; scripts/crash-test.ts then checks the database.
 *
 *   node --conditions=react-server --import tsx scripts/reliability/crash-writer.ts <report id> <username> <first value>
 * (DATABASE_PATH names the database.)
 */
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { getDb } from "../../db";
import * as t from "../../db/schema";
import { getFunctionLinesForm, saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { sectionVersion } from "../../lib/reports/sections/save-section";

const [reportId, username, first] = [Number(process.argv[2]), process.argv[3]!, Number(process.argv[4])];
const user = getDb().select().from(t.users).where(eq(t.users.username, username)).get()!;
const actor = { id: user.id, role: user.role, departmentId: user.departmentId };
const form = getFunctionLinesForm(actor, reportId);
let version = sectionVersion(getDb(), reportId, "functionLines");
for (let value = first; ; value++) {
  const lines = form.lines.map((l, i) => (i === 0 ? { ...l, incomeOther: `${value}.00` } : l));
  version = saveFunctionLines(actor, reportId, version, ZFunctionLines.parse({ ...form, lines })).version;
  fs.writeSync(1, `ACK ${version} ${value}\n`);
}
