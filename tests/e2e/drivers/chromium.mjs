import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_PATH, chromiumExtensionArgs, requireBuild, waitFor } from '../support.mjs';

// Service-worker requests are only reported to the context with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** The scenarios' view of a Playwright page. */
function view(page) {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** A real click (input events), which the browser counts as the reader's gesture. */
    click: (selector) => page.click(selector),
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    close: () => page.close(),
    page,
  };
}

function safeFrameUrl(request) {
  try {
    return request.frame().url();
  } catch {
    return null; // service worker: no frame
  }
}

/**
 * Chromium through Playwright, with the MV3 build loaded unpacked. `build` loads another copy
 * of it (see chromium-reminders.e2e.mjs); `grantsOptionalPermissions` says whether a permission
 * request from it can be answered here (Chromium's prompt is browser UI no automation reaches).
 */
export function chromiumDriver({ build = CHROME_BUILD, name = 'chromium', grantsOptionalPermissions = false } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-chromium-'));
  let context;
  let worker;
  let extensionId;
  let dark = false;
  const driver = {
    name,
    grantsOptionalPermissions,
    errors: [],
    /** Requests made by extension contexts; Chromium can attribute them, so they are checked here. */
    extensionRequests: [],

    async start() {
      requireBuild(build);
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        acceptDownloads: true,
        ignoreDefaultArgs: ['--disable-extensions'],
        // Real board host names lead to the local fixture server, so the shipped matches are exercised.
        args: chromiumExtensionArgs({ hosts: ['*.reed.co.uk', '*.linkedin.com'], build }),
      });
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
      extensionId = new URL(worker.url()).host;
      context.on('request', (request) => {
        const frameUrl = safeFrameUrl(request);
        const fromExtension = frameUrl === null || frameUrl.startsWith('chrome-extension://');
        if (fromExtension && !request.url().startsWith('chrome-extension://') && !request.url().startsWith('data:')) {
          driver.extensionRequests.push(request.url());
        }
      });
      const watch = (page) => {
        page.on('pageerror', (err) => {
          if (page.url().startsWith('chrome-extension://')) driver.errors.push(`${page.url()}: ${err.message}`);
        });
        page.on('console', (msg) => {
          if (msg.type() === 'error' && page.url().startsWith('chrome-extension://')) driver.errors.push(`${page.url()}: ${msg.text()}`);
        });
      };
      context.on('page', watch);
      for (const page of context.pages()) watch(page);
    },
    async stop() {
      await context?.close();
      context = undefined;
    },
    async restart() {
      await driver.stop();
      await driver.start();
    },
    /**
     * Chromium installs an extension loaded from the command line afresh at every start, so
     * each start here opens the welcome page, which a reader's browser opens only once. It
     * renders in the popup's own process; closed here when a scenario times what a start
     * costs the reader. Returns whether there was one to close.
     */
    async closeInstallWelcome() {
      const welcome = await waitFor(() => context.pages().find((p) => p.url().includes('/options.html?welcome=1')), { timeout: 5000, what: 'welcome tab' }).catch(() => null);
      await welcome?.close();
      return Boolean(welcome);
    },
    cleanUp() {
      rmSync(userDataDir, { recursive: true, force: true });
    },

    async welcomeUrl() {
      const page = await waitFor(() => context.pages().find((p) => p.url().includes('/options.html')), { what: 'welcome tab' });
      return page.url();
    },
    async openAdvert(url) {
      const page = await context.newPage();
      // The 5 MB page can take longer than the default 30 s to load on a busy machine; what
      // the scenarios time is the popup's answer, not the page load.
      await page.goto(url, { timeout: 90000 });
      const tabId = await waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url), {
        what: `tab ${url}`,
      });
      return { page: view(page), tabId };
    },
    /** The popup's system theme from now on; Chromium emulates it per page. */
    async setTheme(theme) {
      dark = theme === 'dark';
    },
    async openPopup(tabId) {
      return (await driver.openPopupWithFirstHtml(tabId)).popup;
    },
    /** The popup and the HTML its navigation was answered with (the service worker may answer it). */
    async openPopupWithFirstHtml(tabId) {
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await popup.setViewportSize({ width: 380, height: 600 });
      const response = await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return { popup: view(popup), html: () => response.text() };
    },
    /** A static file of the extension (no script): what opening any extension page costs this browser. */
    async openStatic() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/privacy.html`);
      return view(page);
    },
    async openWatchlist() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return view(page);
    },
    badge: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    storage: () => worker.evaluate(() => chrome.storage.local.get(null)),
    /** The background's counters (debug-log.ts) since its worker started, e.g. how the popup page was served. */
    debugCounts: () => worker.evaluate(() => globalThis.pmoDebugLog?.snapshot() ?? {}),
    /** Moves every waiting reminder to go off in `ms`, through the background's test hook. */
    fireReminders: (ms) => worker.evaluate((delay) => globalThis.pmoDebugLog.reminders.fireSoon(delay), ms),
    clickSelectionMenu: (tabId, text) =>
      worker.evaluate(
        ({ id, selectionText }) => globalThis.pmoDebugLog.selectionMenuClick({ menuItemId: 'analyze-selection', selectionText }, { id }),
        { id: tabId, selectionText: text },
      ),
    /** Clicks the control and returns the text of the file the page hands to the browser to save. */
    async download(target, selector) {
      const download = target.page.waitForEvent('download');
      await target.evaluate((s) => document.querySelector(s).click(), selector);
      const path = await (await download).path();
      return readFileSync(path, 'utf8');
    },
  };
  return driver;
}
