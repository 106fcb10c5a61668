import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import {
  BOARD_HOST, CHROME_BUILD, CHROMIUM_PATH, LEVEL_PAGES, outputDir, report, requireBuild, waitFor,
} from './support.mjs';
import { checkPopup, runAxe, splitViewScenario, hostileScenario, pasteMarkupScenario } from './scenarios.mjs';

// Service-worker requests are only reported to the context with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let server;
let context;
let extensionId;
let worker;
const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-chromium-'));
const extensionErrors = [];
const extensionRequests = [];

async function launch() {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Real board host names lead to the local fixture server, so the shipped matches are exercised.
      '--host-resolver-rules=MAP *.reed.co.uk 127.0.0.1, MAP *.linkedin.com 127.0.0.1',
      '--ignore-certificate-errors',
    ],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  extensionId = new URL(worker.url()).host;
  context.on('request', (request) => {
    const frameUrl = safeFrameUrl(request);
    const fromExtension = frameUrl === null || frameUrl.startsWith('chrome-extension://');
    if (fromExtension && !request.url().startsWith('chrome-extension://') && !request.url().startsWith('data:')) {
      extensionRequests.push(request.url());
    }
  });
  context.on('page', (page) => watchErrors(page));
  for (const page of context.pages()) watchErrors(page);
}

function safeFrameUrl(request) {
  try {
    return request.frame().url();
  } catch {
    return null; // service worker: no frame
  }
}

function watchErrors(page) {
  page.on('pageerror', (err) => {
    if (page.url().startsWith('chrome-extension://')) extensionErrors.push(`${page.url()}: ${err.message}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && page.url().startsWith('chrome-extension://')) extensionErrors.push(`${page.url()}: ${msg.text()}`);
  });
}

async function tabIdFor(url) {
  return waitFor(
    () => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url),
    { what: `tab ${url}` },
  );
}

async function openAdvert(name, { host = BOARD_HOST, query = '' } = {}) {
  const page = await context.newPage();
  const url = server.url(host, name, query);
  await page.goto(url);
  return { page, url, tabId: await tabIdFor(url) };
}

async function openPopup(tabId, { colorScheme = 'light' } = {}) {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

before(async () => {
  requireBuild(CHROME_BUILD);
  server = await startServer();
  await launch();
});

after(async () => {
  await context?.close();
  await server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test('the install opens the welcome page of the watchlist', async () => {
  const welcome = await waitFor(() => context.pages().find((p) => p.url().includes('/options.html')), { what: 'welcome tab' });
  assert.match(welcome.url(), /welcome=1/);
});

for (const fixture of LEVEL_PAGES) {
  test(`popup reads the ${fixture.level} advert from the board page`, async () => {
    const { page, tabId } = await openAdvert(fixture.page);
    const popup = await openPopup(tabId);
    await checkPopup(popup, fixture);
    const answerMs = await popup.evaluate(() => document.documentElement.dataset.answerMs);
    report(`chromium popup answer for ${fixture.level}: ${answerMs} ms after navigation start`);
    await popup.screenshot({ path: join(outputDir, `chromium-popup-${fixture.level}-light.png`), fullPage: true });
    await popup.close();
    const dark = await openPopup(tabId, { colorScheme: 'dark' });
    await checkPopup(dark, fixture);
    await dark.screenshot({ path: join(outputDir, `chromium-popup-${fixture.level}-dark.png`), fullPage: true });
    await dark.close();
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(LEVEL_PAGES.indexOf(fixture) + 1), 'toolbar badge shows the level number');
    await page.close();
  });
}

test('popup passes axe checks in both themes', async () => {
  const { page, tabId } = await openAdvert(LEVEL_PAGES[1].page);
  for (const colorScheme of ['light', 'dark']) {
    const popup = await openPopup(tabId, { colorScheme });
    await popup.getByTestId('level').waitFor();
    const violations = await runAxe((src) => popup.addScriptTag({ content: src }), (fn) => popup.evaluate(fn));
    assert.deepEqual(violations, [], `serious or critical axe violations (${colorScheme})`);
    await popup.close();
  }
  await page.close();
});

test('a page without an advert shows the not-a-job state', async () => {
  const { page, tabId } = await openAdvert('not-an-advert-4105');
  const popup = await openPopup(tabId);
  await popup.getByTestId('not-a-job').waitFor({ timeout: 10000 });
  await pasteMarkupScenario(popup, {
    fill: (selector, text) => popup.fill(selector, text),
    submit: () => popup.getByRole('button', { name: 'Analyse', exact: true }).click(),
  });
  await popup.close();
  await page.close();
});

test('markup in an advert is shown as text, never run', async () => {
  const { page, tabId } = await openAdvert('hostile-markup-4106');
  const popup = await openPopup(tabId);
  await hostileScenario(popup);
  await popup.close();
  await page.close();
});

test('a page of 100,000 elements and 5 MB is read in bounded time, with a notice', async () => {
  const { page, tabId } = await openAdvert('huge-advert-4107');
  const popup = await openPopup(tabId);
  const started = Date.now();
  await popup.getByTestId('level').waitFor({ timeout: 20000 });
  report(`chromium huge page: popup answered in ${Date.now() - started} ms`);
  assert.match(await popup.locator('body').innerText(), /only (its|the) first part was read/i);
  await popup.close();
  await page.close();
});

test('switching jobs in a split view updates the popup', async () => {
  const { page, tabId } = await openAdvert('search', { host: 'www.linkedin.com', query: '?currentJobId=4020100' });
  await splitViewScenario({
    page,
    openPopup: () => openPopup(tabId),
  });
  await page.close();
});

test('save from the popup, edit on the watchlist page, export CSV, and keep it across a restart', async () => {
  const fixture = LEVEL_PAGES[2];
  const { page, tabId } = await openAdvert(fixture.page);
  const popup = await openPopup(tabId);
  await popup.getByTestId('save-job').click();
  await waitFor(async () => /saved/i.test(await popup.getByTestId('save-job').innerText()), { what: 'Saved label' });
  await popup.close();
  await page.close();

  let watchlist = await context.newPage();
  await watchlist.goto(`chrome-extension://${extensionId}/options.html`);
  const row = watchlist.getByTestId('watchlist-row').filter({ hasText: 'PMO Manager' });
  await row.waitFor();
  await row.getByLabel(/status/i).selectOption('applied');
  await waitFor(
    () => worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)).includes('"applied"')),
    { what: 'status stored' },
  );

  const download = watchlist.waitForEvent('download');
  await watchlist.getByTestId('export-csv').click();
  const csvPath = join(outputDir, 'chromium-watchlist.csv');
  await (await download).saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'CSV starts with a byte-order mark for Excel');
  assert.match(csv, /PMO Manager/);
  assert.match(csv, /,"Applied",/);
  await watchlist.close();

  await context.close();
  await launch();
  watchlist = await context.newPage();
  await watchlist.goto(`chrome-extension://${extensionId}/options.html`);
  const kept = watchlist.getByTestId('watchlist-row').filter({ hasText: 'PMO Manager' });
  await kept.waitFor();
  assert.equal(await kept.getByLabel(/status/i).inputValue(), 'applied');
  await watchlist.screenshot({ path: join(outputDir, 'chromium-watchlist.png'), fullPage: true });
  await watchlist.close();
});

test('the watchlist page shows its versions and opens the privacy statement', async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  assert.match(await page.getByTestId('extension-version').innerText(), /^PMO Pathfinder \d+\.\d+\.\d+$/);
  assert.match(await page.getByTestId('data-version').innerText(), /^watchlist data version \d+$/);
  await page.getByTestId('privacy-link').click();
  await page.waitForURL(/\/privacy\.html$/);
  assert.match(await page.getByTestId('privacy-summary').innerText(), /No account/);
  await page.close();
});

test('the extension made no network requests and logged no errors', () => {
  assert.deepEqual(extensionRequests, [], 'requests made by extension contexts');
  assert.deepEqual(extensionErrors, [], 'errors logged by extension pages');
  const unexpected = server.requests.filter((r) => !/^\/jobs\/[a-z0-9-]+\/?(\?currentJobId=\d+)?$/.test(r.url) && r.url !== '/favicon.ico');
  assert.deepEqual(unexpected, [], 'requests to the fixture server other than the test\'s page loads');
});
