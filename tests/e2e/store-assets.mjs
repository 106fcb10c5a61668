#!/usr/bin/env node
/**
 * `npm run store:assets`: the store screenshots, taken from the built extension running in
 * Chromium on the project's own fixture adverts, so they always show the current popup and
 * watchlist. Writes 1280×800 PNGs to store/screenshots/: the Chrome Web Store's size, and the
 * one addons.mozilla.org recommends.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { BOARD_HOST, CHROME_BUILD, CHROMIUM_PATH, chromiumExtensionArgs, LEVEL_PAGES, root, waitFor } from './support.mjs';

export const STORE_SIZE = { width: 1280, height: 800 };
const OUT = join(root, 'store/screenshots');
const POPUP = { width: 380, height: 600 };

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The advert as the user sees it, dimmed, with the popup where the toolbar drops it and a
 * caption: the composite is drawn from local data: URLs only.
 */
function framePage({ advert, popup, caption, dark }) {
  const img = (b) => `data:image/png;base64,${b.toString('base64')}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html,body{margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;font-family:system-ui,sans-serif}
  .advert{position:absolute;inset:0;width:100%;height:100%;filter:${dark ? 'brightness(.55)' : 'brightness(.8)'}}
  .popup{position:absolute;top:24px;right:56px;width:${Math.round(POPUP.width * 1.2)}px;border-radius:12px;
    box-shadow:0 12px 40px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.15)}
  .caption{position:absolute;left:48px;bottom:48px;max-width:620px;padding:20px 24px;border-radius:12px;
    background:${dark ? '#1a1d24' : '#ffffff'};color:${dark ? '#eceef2' : '#1a1d23'};box-shadow:0 8px 30px rgba(0,0,0,.25)}
  .caption strong{display:block;font-size:26px;line-height:1.25;margin-bottom:6px}
  .caption span{font-size:17px;line-height:1.45;color:${dark ? '#b0b6c3' : '#4b5260'}}
  </style></head><body>
  <img class="advert" src="${img(advert)}" alt="">
  <img class="popup" src="${img(popup)}" alt="">
  <div class="caption"><strong>${escapeHtml(caption.title)}</strong><span>${escapeHtml(caption.text)}</span></div>
  </body></html>`;
}

async function main() {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    const built = spawnSync('npm', ['run', 'build:chrome'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-store-assets-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    deviceScaleFactor: 2,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumExtensionArgs({ extra: ['--hide-scrollbars'] }),
  });
  const written = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    const extensionId = new URL(worker.url()).host;
    const extensionPage = (path) => `chrome-extension://${extensionId}/${path}`;
    // The welcome tab opened on install is not part of any shot.
    await waitFor(() => context.pages().find((p) => p.url().includes('options.html')), { what: 'welcome tab' }).then((p) => p.close());

    const save = async (name, bytes) => {
      const size = pngSize(bytes);
      if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height) {
        throw new Error(`${name} came out ${size.width}×${size.height}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`);
      }
      writeFileSync(join(OUT, name), bytes);
      written.push(`store/screenshots/${name} ${size.width}×${size.height}`);
    };

    const openAdvert = async (fixture, colorScheme) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(STORE_SIZE);
      const url = server.url(BOARD_HOST, fixture.page);
      await page.goto(url);
      const tabId = await waitFor(
        () => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url),
        { what: `tab of ${fixture.page}` },
      );
      return { page, tabId };
    };

    const openPopup = async (tabId, colorScheme) => {
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize(POPUP);
      await popup.goto(extensionPage(`popup.html?tabId=${tabId}`));
      await popup.getByTestId('level').waitFor({ timeout: 15000 });
      await popup.getByTestId('save-job').waitFor();
      return popup;
    };

    const popupShot = async (fixture, colorScheme, caption, name) => {
      const { page, tabId } = await openAdvert(fixture, colorScheme);
      const popup = await openPopup(tabId, colorScheme);
      const level = await popup.getByTestId('level').innerText();
      if (!level.includes(fixture.name)) throw new Error(`the popup read ${fixture.page} as "${level}", not ${fixture.name}: fix that before taking store pictures`);
      const popupPng = await popup.screenshot();
      const advertPng = await page.screenshot({ scale: 'css' });
      const frame = await context.newPage();
      await frame.setViewportSize(STORE_SIZE);
      await frame.setContent(framePage({ advert: advertPng, popup: popupPng, caption, dark: colorScheme === 'dark' }));
      await save(name, await frame.screenshot({ scale: 'css' }));
      await Promise.all([frame.close(), popup.close(), page.close()]);
    };

    await popupShot(
      LEVEL_PAGES[2],
      'light',
      { title: 'Which PMO level is this job?', text: 'Open an advert, click the toolbar button: the level, the kind of office and the certifications it asks for, and how firmly.' },
      '1-popup-light.png',
    );
    await popupShot(
      LEVEL_PAGES[1],
      'dark',
      { title: 'Certifications that would help', text: 'Named ones marked required or desirable, and the next ones worth having for this level, with links to the official pages.' },
      '2-popup-dark.png',
    );

    // A watchlist worth looking at: every fixture advert saved, at different stages.
    const stages = ['interviewing', 'applied', 'saved', 'saved'];
    for (const fixture of LEVEL_PAGES) {
      const { page, tabId } = await openAdvert(fixture, 'light');
      const popup = await openPopup(tabId, 'light');
      await popup.getByTestId('save-job').click();
      await waitFor(async () => /saved/i.test(await popup.getByTestId('save-job').innerText()), { what: `${fixture.page} saved` });
      await Promise.all([popup.close(), page.close()]);
    }
    const watchlist = await context.newPage();
    await watchlist.emulateMedia({ colorScheme: 'light' });
    await watchlist.setViewportSize(STORE_SIZE);
    await watchlist.goto(extensionPage('options.html'));
    await waitFor(async () => (await watchlist.getByTestId('watchlist-row').count()) === LEVEL_PAGES.length, { what: 'all rows' });
    for (const [i, fixture] of LEVEL_PAGES.entries()) {
      if (stages[i] === 'saved') continue;
      await watchlist.getByTestId('watchlist-row').filter({ hasText: fixture.title }).first().getByLabel(/status/i).selectOption(stages[i]);
    }
    await waitFor(
      () => worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)).includes('"interviewing"')),
      { what: 'statuses stored' },
    );
    await watchlist.reload();
    await watchlist.getByTestId('watchlist-row').first().waitFor();
    await save('3-watchlist-insights.png', await watchlist.screenshot({ scale: 'css' }));

    // The privacy statement, reached the way a user would: the link at the foot of the watchlist.
    await watchlist.getByTestId('privacy-link').click();
    await watchlist.waitForURL(/\/privacy\.html$/);
    await watchlist.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await save('4-privacy.png', await watchlist.screenshot({ scale: 'css' }));
    await watchlist.close();
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  for (const line of written) console.log(line);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(`store:assets: ${err.message}`);
    process.exit(1);
  });
}
