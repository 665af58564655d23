/** `npm run db:setup`: migrate, load catalogs, seed the demo when the database is empty. */
import { databasePath } from "../db/connection";
import { setupDatabaseFile } from "../db/setup";

const file = databasePath();
setupDatabaseFile(file, { demo: process.env.SEED_DEMO !== "0" })
  .then(({ catalogs, seed }) => {
    console.log(
      `数据库已就绪：${file}（功能分类 ${catalogs.functionCount} 个科目，经济分类 ${catalogs.economicCount} 个科目）` +
        (seed.seeded ? "；已写入演示数据。" : "。"),
    );
  })
  .catch((error: unknown) => {
    console.error("数据库初始化失败：", error);
    process.exit(1);
  });
