// npm run demo: install if needed, migrate, seed the demo when the database is empty, build, serve.
import { ensureAuthSecret, ensureDependencies, log, run } from "./lib.mjs";

const port = process.env.PORT || "3000";
try {
  ensureDependencies();
  ensureAuthSecret();
  log(`准备数据库（${process.env.DATABASE_PATH || "./data/app.db"}）`);
  run("npx", ["tsx", "scripts/setup-db.ts"]);
  log("构建应用（next build）");
  run("npx", ["next", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  log(
    `启动：http://localhost:${port}  （演示账号 clerk / supervisor / admin / shclerk / shsupervisor，密码 Juesuan@2020）`,
  );
  run("npx", ["next", "start", "-p", port], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
}
