/**
 * Everything a database needs before the app serves: migrations (applied when it is opened),
 * the subject catalogs, and the demo data when the database is empty.
 */
import { openDatabase, type Db } from "./connection";
import { loadCatalogs } from "./catalogs";
import { seedDemoIfEmpty } from "./seed/seed-demo";

export async function prepareDatabase(db: Db, options: { demo: boolean }) {
  const catalogs = loadCatalogs(db);
  const seed = options.demo ? await seedDemoIfEmpty(db) : { seeded: false };
  return { catalogs, seed };
}

export async function setupDatabaseFile(file: string, options: { demo: boolean }) {
  const db = openDatabase(file);
  try {
    return await prepareDatabase(db, options);
  } finally {
    db.$client.close();
  }
}
