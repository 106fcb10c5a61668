import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_PATH, GECKO_ID, requireBuild, waitFor } from '../support.mjs';

// A fixed internal UUID makes the extension's moz-extension:// origin predictable.
const EXTENSION_UUID = '6f1c1f2e-8a53-4c1e-9d0b-2f6f4f1d7a11';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

// Puppeteer reports moz-extension:// pages as about:blank, so the page is asked where it is.
const locationOf = (page) => page.evaluate(() => location.href).catch(() => '');

/** The scenarios' view of a Puppeteer page; `close` is a no-op for the shared extension tab. */
function view(page, { shared = false } = {}) {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** A real click over WebDriver BiDi input actions, which Firefox counts as user input. */
    click: (selector) => page.click(selector),
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    close: () => (shared ? Promise.resolve() : page.close()),
  };
}

/** Firefox through Puppeteer over WebDriver BiDi, with the MV2 build installed as a temporary add-on. */
export function firefoxDriver() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-firefox-'));
  let browser;
  let home; // the extension's own tab: Firefox will not let WebDriver BiDi navigate a tab to moz-extension://
  let dark = false;
  let visits = 0;

  /** Each visit gets a query of its own, so the wait below cannot mistake the page already there for the new one. */
  async function goHome(page) {
    const path = `${page}${page.includes('?') ? '&' : '?'}visit=${++visits}`;
    const target = `${ORIGIN}${path}`;
    await home.evaluate((p) => {
      location.href = p;
    }, path);
    await waitFor(async () => (await locationOf(home)) === target && (await home.evaluate(() => document.readyState)) === 'complete', {
      what: `navigation to ${path}`,
    });
    return home;
  }

  /** Runs in an extension page, where browser.* is at hand. */
  const inExtension = (fn, arg) => home.evaluate(fn, arg);

  const driver = {
    name: 'firefox',
    /** Optional permissions are granted without a prompt here (the pref below). */
    grantsOptionalPermissions: true,
    errors: [],
    extensionRequests: [],

    async start() {
      requireBuild(FIREFOX_BUILD);
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
          // A real menu click opens the popup on its answer; a scripted one has no user gesture,
          // so the answer waits for the popup the scenario opens itself.
          'extensions.openPopupWithoutUserGesture.enabled': false,
          // Answers an optional-permission request (still only from user input) without the
          // doorhanger, which automation cannot click: the grant a reader gives by clicking Allow.
          'extensions.webextOptionalPermissionPrompts': false,
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
      home.on('pageerror', (err) => driver.errors.push(`extension page: ${err.message}`));
      home.on('console', (msg) => {
        if (msg.type() === 'error') driver.errors.push(`extension page: ${msg.text()}`);
      });
    },
    async stop() {
      await browser?.close();
      browser = undefined;
    },
    async restart() {
      await driver.stop();
      await driver.start();
    },
    cleanUp() {
      rmSync(userDataDir, { recursive: true, force: true });
    },

    welcomeUrl: () => locationOf(home),
    async openAdvert(url) {
      const page = await browser.newPage();
      // See the Chromium driver: a page load on a busy machine is not what is timed.
      await page.goto(url, { timeout: 90000 });
      const tabId = await waitFor(() => inExtension(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url), {
        what: `tab id of ${url}`,
      });
      return { page: view(page), tabId };
    },
    /** Firefox can only take a system theme at launch, so a change of theme restarts it. */
    async setTheme(theme) {
      if ((theme === 'dark') === dark) return;
      dark = theme === 'dark';
      await driver.restart();
    },
    async openPopup(tabId) {
      await goHome(`/popup.html?tabId=${tabId}`);
      await home.setViewport({ width: 380, height: 600 });
      return view(home, { shared: true });
    },
    /** A static file of the extension (no script): what opening any extension page costs this browser. */
    async openStatic() {
      await goHome('/privacy.html');
      return view(home, { shared: true });
    },
    async openWatchlist() {
      await goHome('/options.html');
      return view(home, { shared: true });
    },
    badge: (tabId) => inExtension((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId),
    storage: () => inExtension(() => browser.storage.local.get(null)),
    /** Moves every waiting reminder to go off in `ms`, through the background page's test hook. */
    fireReminders: (ms) =>
      inExtension(async (delay) => (await browser.runtime.getBackgroundPage()).pmoDebugLog.reminders.fireSoon(delay), ms),
    clickSelectionMenu: (tabId, text) =>
      inExtension(
        async ({ id, selectionText }) => {
          const background = await browser.runtime.getBackgroundPage();
          await background.pmoDebugLog.selectionMenuClick({ menuItemId: 'analyze-selection', selectionText }, { id });
        },
        { id: tabId, selectionText: text },
      ),
    /**
     * Clicks the control and returns the text of the file the page hands to the browser.
     * BiDi has no download events in this Firefox, so the Blob behind the download link is read.
     */
    async download(target, selector) {
      return target.evaluate(async (s) => {
        const original = URL.createObjectURL;
        let blob = null;
        URL.createObjectURL = (b) => {
          blob = b;
          return original.call(URL, b);
        };
        try {
          document.querySelector(s).click();
          for (let i = 0; i < 50 && !blob; i++) await new Promise((r) => setTimeout(r, 100));
        } finally {
          URL.createObjectURL = original;
        }
        // Blob.text() would drop a byte-order mark, which the export must carry.
        return blob ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()) : null;
      }, selector);
    },
  };
  return driver;
}
