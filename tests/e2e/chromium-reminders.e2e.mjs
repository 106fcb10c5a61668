import { after, before, test } from 'node:test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumDriver } from './drivers/chromium.mjs';
import { REMINDERS_SCENARIO } from './scenarios.mjs';
import { CHROME_BUILD, requireBuild } from './support.mjs';

/**
 * Chromium asks the reader before granting `notifications`, in a prompt of its own that no
 * automation can answer (Playwright and the DevTools protocol do not reach it). To see a
 * reminder fire, this test loads a copy of the build with `notifications` already granted at
 * install; `alarms` stays optional, and Chromium grants it on the reader's click without a
 * prompt, so the toggle, the request, the scheduling and the notification are the real ones.
 * That nothing is granted before the reader turns reminders on is checked on the real build
 * by the shared scenario in chromium.e2e.mjs.
 */
requireBuild(CHROME_BUILD);
const build = mkdtempSync(join(tmpdir(), 'pmo-chrome-reminders-'));
cpSync(CHROME_BUILD, build, { recursive: true });
const manifestPath = join(build, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p) => p !== 'notifications');
manifest.permissions = [...manifest.permissions, 'notifications'];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

const driver = chromiumDriver({ build, name: 'chromium (notifications granted at install)', grantsOptionalPermissions: true });
before(() => driver.start());
after(async () => {
  await driver.stop();
  driver.cleanUp();
  rmSync(build, { recursive: true, force: true });
});
test(`${driver.name}: ${REMINDERS_SCENARIO.name}`, () => REMINDERS_SCENARIO.run({ driver }));
