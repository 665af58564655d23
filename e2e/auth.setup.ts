import { test as setup } from "@playwright/test";
import { DEMO_ROLES, login, stateOf } from "./support/auth";

/** Signs the three demo users in once and saves their sessions for the specs (test.use({ storageState })). */
for (const role of DEMO_ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await login(page, role);
    await page.context().storageState({ path: stateOf(role) });
  });
}
