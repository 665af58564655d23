/**
 * `npm run restore <file>`: replaces the database (DATABASE_PATH) with a backup made by `npm run backup`,
 * after checking it, and keeps the current database beside it as `…before-restore-<time>.db`. Stop the
 * app first if you can (a running app sees the restored data, but a save in flight would be lost).
 */
import { databasePath } from "../db/connection";
import { restoreDatabase } from "../db/backup";

const file = process.argv[2];
if (!file) {
  console.error("用法：npm run restore <备份文件>");
  process.exit(2);
}
const target = databasePath();
restoreDatabase(file, target)
  .then(({ safetyCopy }) => {
    console.log(`已从 ${file} 恢复 ${target}（校验通过）。`);
    if (safetyCopy) console.log(`恢复前的数据库已另存为 ${safetyCopy}`);
  })
  .catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
