import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import {
  BOARD_HOST, FIREFOX_BUILD, FIREFOX_PATH, GECKO_ID, LEVEL_PAGES, outputDir, requireBuild, waitFor,
} from './support.mjs';
import { checkPopup, runAxe, splitViewScenario, hostileScenario, pasteMarkupScenario } from './scenarios.mjs';

// A fixed internal UUID makes the extension's moz-extension:// origin predictable.
const EXTENSION_UUID = '6f1c1f2e-8a53-4c1e-9d0b-2f6f4f1d7a11';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

let server;
let browser;
let home; // the extension's own tab: Firefox will not let WebDriver BiDi navigate a tab to moz-extension://
const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-firefox-'));
const extensionErrors = [];

async function launch({ dark = false } = {}) {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Every host name resolves to the local fixture server, so board URLs reach it.
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Puppeteer cannot emulate prefers-color-scheme over BiDi; Firefox's own override can (0 = dark).
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  home = await waitFor(
    async () => {
      for (const page of await browser.pages()) if ((await locationOf(page)).startsWith(ORIGIN)) return page;
      return null;
    },
    { timeout: 15000, what: 'the extension page opened on install' },
  );
  home.on('pageerror', (err) => extensionErrors.push(`extension page: ${err.message}`));
  home.on('console', (msg) => {
    if (msg.type() === 'error') extensionErrors.push(`extension page: ${msg.text()}`);
  });
}

// Puppeteer reports moz-extension:// pages as about:blank, so the page is asked where it is.
const locationOf = (page) => page.evaluate(() => location.href).catch(() => '');

async function goHome(path) {
  const target = `${ORIGIN}${path}`;
  await home.evaluate((p) => {
    location.href = p;
  }, path);
  await waitFor(async () => (await locationOf(home)) === target && (await home.evaluate(() => document.readyState)) === 'complete', {
    what: `navigation to ${path}`,
  });
  return home;
}

async function openAdvert(name, { host = BOARD_HOST, query = '' } = {}) {
  const page = await browser.newPage();
  const url = server.url(host, name, query);
  await page.goto(url);
  const tabId = await waitFor(
    () => home.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url),
    { what: `tab id of ${url}` },
  );
  return { page, url, tabId };
}

before(async () => {
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
  await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test('the install opens the welcome page of the watchlist', async () => {
  assert.match(await locationOf(home), /\/options\.html\?welcome=1$/);
});

for (const fixture of LEVEL_PAGES) {
  test(`popup reads the ${fixture.level} advert from the board page`, async () => {
    const { page, tabId } = await openAdvert(fixture.page);
    await goHome(`/popup.html?tabId=${tabId}`);
    await home.setViewport({ width: 380, height: 600 });
    await checkPopup(home, fixture);
    await home.screenshot({ path: join(outputDir, `firefox-popup-${fixture.level}-light.png`), fullPage: true });
    await page.close();
  });
}

test('popup passes axe checks', async () => {
  const { page, tabId } = await openAdvert(LEVEL_PAGES[3].page);
  await goHome(`/popup.html?tabId=${tabId}`);
  await checkPopup(home, LEVEL_PAGES[3]);
  const violations = await runAxe(null, (fn) => home.evaluate(fn));
  assert.deepEqual(violations, []);
  await page.close();
});

test('a page without an advert shows the not-a-job state', async () => {
  const { page, tabId } = await openAdvert('not-an-advert-4105');
  await goHome(`/popup.html?tabId=${tabId}`);
  await waitFor(() => home.evaluate(() => !!document.querySelector('[data-testid="not-a-job"]')), { what: 'not-a-job' });
  await pasteMarkupScenario(home, {
    fill: (selector, text) => home.type(selector, text),
    submit: () => home.evaluate(() => document.querySelector('form.paste button[type="submit"]').click()),
  });
  await page.close();
});

test('markup in an advert is shown as text, never run', async () => {
  const { page, tabId } = await openAdvert('hostile-markup-4106');
  await goHome(`/popup.html?tabId=${tabId}`);
  await hostileScenario(home);
  await page.close();
});

test('switching jobs in a split view updates the popup', async () => {
  const { page, tabId } = await openAdvert('search', { host: 'www.linkedin.com', query: '?currentJobId=4020100' });
  await splitViewScenario({
    page,
    openPopup: async () => {
      await goHome(`/popup.html?tabId=${tabId}`);
      return { evaluate: (fn, arg) => home.evaluate(fn, arg), close: async () => undefined };
    },
  });
  await page.close();
});

test('save from the popup, edit on the watchlist page, and keep it across a restart', async () => {
  const fixture = LEVEL_PAGES[0];
  const { page, tabId } = await openAdvert(fixture.page);
  await goHome(`/popup.html?tabId=${tabId}`);
  await checkPopup(home, fixture);
  await home.click('[data-testid="save-job"]');
  await waitFor(() => home.evaluate(() => /saved/i.test(document.querySelector('[data-testid="save-job"]')?.textContent ?? '')), {
    what: 'Saved label',
  });
  await page.close();

  await goHome('/options.html');
  const rowStatus = async () =>
    home.evaluate((title) => {
      const row = [...document.querySelectorAll('[data-testid="watchlist-row"]')].find((r) => r.textContent.includes(title));
      return row?.querySelector('select')?.value ?? null;
    }, fixture.title);
  await waitFor(rowStatus, { what: 'watchlist row' });
  await home.evaluate((title) => {
    const row = [...document.querySelectorAll('[data-testid="watchlist-row"]')].find((r) => r.textContent.includes(title));
    const select = row.querySelector('select');
    select.value = 'interviewing';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, fixture.title);
  await waitFor(async () => (await rowStatus()) === 'interviewing', { what: 'status change' });
  await waitFor(
    () => home.evaluate(async () => JSON.stringify(await browser.storage.local.get(null)).includes('"interviewing"')),
    { what: 'status stored' },
  );
  await home.screenshot({ path: join(outputDir, 'firefox-watchlist.png'), fullPage: true });

  await browser.close();
  await launch();
  await goHome('/options.html');
  assert.equal(await waitFor(rowStatus, { what: 'row after restart' }), 'interviewing');
});

test('the watchlist page shows its versions and opens the privacy statement', async () => {
  // A query of its own: the tab is on options.html already, and goHome must wait for a new page.
  await goHome('/options.html?footer');
  const text = (id) => home.evaluate((i) => document.querySelector(`[data-testid="${i}"]`)?.textContent ?? null, id);
  assert.match(await waitFor(() => text('extension-version'), { what: 'version footer' }), /^PMO Pathfinder \d+\.\d+\.\d+$/);
  assert.match(await text('data-version'), /^watchlist data version \d+$/);
  await home.evaluate(() => document.querySelector('[data-testid="privacy-link"]').click());
  await waitFor(async () => (await locationOf(home)) === `${ORIGIN}/privacy.html` && (await text('privacy-summary')) !== null, {
    what: 'the privacy page',
  });
  assert.match(await text('privacy-summary'), /No account/);
});

test('the popup follows a dark system theme', async () => {
  await browser.close();
  await launch({ dark: true });
  for (const fixture of LEVEL_PAGES) {
    const { page, tabId } = await openAdvert(fixture.page);
    await goHome(`/popup.html?tabId=${tabId}`);
    await home.setViewport({ width: 380, height: 600 });
    await checkPopup(home, fixture);
    assert.equal(await home.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    await home.screenshot({ path: join(outputDir, `firefox-popup-${fixture.level}-dark.png`), fullPage: true });
    await page.close();
  }
  const violations = await runAxe(null, (fn) => home.evaluate(fn));
  assert.deepEqual(violations, [], 'axe in the dark theme');
});

test('the extension logged no errors and fetched nothing from the pages it read', () => {
  assert.deepEqual(extensionErrors, []);
  // Every host resolves to the fixture server here, so a request the extension made to a page's
  // host would land in its log: only the page loads the test itself made may be there.
  const unexpected = server.requests.filter((r) => !/^\/jobs\/[a-z0-9-]+\/?(\?currentJobId=\d+)?$/.test(r.url) && r.url !== '/favicon.ico');
  assert.deepEqual(unexpected, []);
});
