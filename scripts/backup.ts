/**
 * `npm run backup [file]`: a consistent copy of the database (DATABASE_PATH), safe while the app is
 * serving; by default into `<database dir>/backups/`. See db/backup.ts.
 */
import { databasePath } from "../db/connection";
import { backupDatabase, defaultBackupPath } from "../db/backup";

const source = databasePath();
const destination = process.argv[2] ?? defaultBackupPath(source);
backupDatabase(source, destination)
  .then(({ file, bytes }) =>
    console.log(`已备份 ${source} → ${file}（${(bytes / 1024 / 1024).toFixed(1)} MB，校验通过）`),
  )
  .catch((error: unknown) => {
    console.error(`备份失败：${(error as Error).message}`);
    process.exit(1);
  });
