// Storage checks that need a real Chromium: message size limits and storage access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { BOARD_HOST, CHROME_BUILD, CHROMIUM_PATH, chromiumExtensionArgs, LEVEL_PAGES, report, requireBuild, waitFor } from './support.mjs';

let context;
let server;
let worker;
let extensionId;
const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-chromium-storage-'));
const scratch = mkdtempSync(join(tmpdir(), 'pmo-backup-'));

before(async () => {
  requireBuild(CHROME_BUILD);
  server = await startServer();
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumExtensionArgs(),
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  await server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** A backup as the extension writes it: 1,400 jobs, each with the full 50,000 characters of advert text. */
function bigBackup() {
  const text = '€ PMO reporting and RAID log upkeep. '.repeat(1_400).slice(0, 50_000);
  const entries = Array.from({ length: 1_400 }, (_, i) => ({
    id: `reed:${700_000 + i}`,
    posting: {
      title: `PMO Analyst ${i}`, company: 'Northbridge Housing Group', location: 'Leeds', url: `https://www.reed.co.uk/jobs/pmo-analyst/${700_000 + i}`,
      source: 'reed', jobId: String(700_000 + i), salary: null, employmentType: null, closingDate: null, datePosted: null,
    },
    analysis: { isPmoRole: true, level: { id: 'analyst', confidence: 0.8 }, office: 'portfolio', certifications: [], recommendations: [] },
    savedAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    status: 'saved',
    notes: '',
    tags: [],
    snapshot: { text, truncated: false },
  }));
  return JSON.stringify({ format: 'pmo-pathfinder-watchlist', version: 3, exportedAt: '2026-11-29T10:00:00.000Z', entries }, null, 1);
}

test('a JSON backup over 64 MiB restores from the watchlist page, with progress', async () => {
  const file = join(scratch, 'pmo-watchlist-2026-11-29.json');
  writeFileSync(file, bigBackup());
  const size = statSync(file).size;
  assert.ok(size > 64 * 1024 * 1024, `backup is ${size} bytes`);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('import').waitFor();
  const started = Date.now();
  await page.getByTestId('import').setInputFiles(file);
  await waitFor(async () => /Importing: [\d,]+ of 1,400 jobs/.test(await page.getByTestId('backup-status').innerText()), { timeout: 60_000, interval: 50, what: 'import progress' });
  await waitFor(async () => (await page.getByTestId('backup-status').innerText()).includes('Import finished: 1400 added'), { timeout: 240_000, what: 'import report' });
  report(`imported ${size} bytes (1,400 jobs) in ${Date.now() - started} ms`);
  const stored = await worker.evaluate(async () => Object.keys((await chrome.storage.local.get('watchlist:index'))['watchlist:index'].entries).length);
  assert.equal(stored, 1_400);
  await page.close();
});

test('content scripts cannot read or write the watchlist in storage', async () => {
  const page = await context.newPage();
  const url = server.url(BOARD_HOST, LEVEL_PAGES[1].page);
  await page.goto(url);
  const tabId = await waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url), { what: 'tab' });
  // executeScript runs in the extension's isolated world: exactly where its content scripts run.
  const [{ result }] = await worker.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: async () => {
          try {
            await chrome.storage.local.get(null);
            return 'read';
          } catch (err) {
            return `refused: ${err instanceof Error ? err.message : String(err)}`;
          }
        },
      }),
    tabId,
  );
  report(`storage.local from a content script: ${result}`);
  assert.match(result, /^refused/);
  await page.close();
});
