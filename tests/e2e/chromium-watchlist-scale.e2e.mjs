// The watchlist page with thousands of saved jobs in a real Chromium: how long it takes to open,
// to filter, to sort and to take a keystroke in search. Prints the figures beside their budgets
// (5,000 jobs: open 500 ms, filter or sort 50 ms, keystroke 16 ms; 20,000 jobs: open 1.5 s).
// Timings depend on the machine, so they are printed, not asserted; what is asserted is that the
// page shows and filters every job.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_PATH, chromiumExtensionArgs, report, requireBuild, waitFor } from './support.mjs';

let context;
let worker;
let extensionId;
const userDataDir = mkdtempSync(join(tmpdir(), 'pmo-chromium-scale-'));

before(async () => {
  requireBuild(CHROME_BUILD);
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
  rmSync(userDataDir, { recursive: true, force: true });
});

/**
 * Stores `n` generated jobs as version 3 of the extension stored them (one key per job, its
 * advert text beside it, an index), so the first open also runs the upgrade a reader's data
 * goes through. Runs inside the extension's service worker.
 */
async function seed(n) {
  await worker.evaluate(async (count) => {
    await chrome.storage.local.clear();
    let seed = 7;
    const r = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pick = (xs) => xs[Math.floor(r() * xs.length)];
    const titles = ['PMO Analyst', 'Project Support Officer', 'PMO Manager', 'Head of PMO', 'Portfolio Office Lead', 'Programme Co-ordinator'];
    const levels = ['administrator', 'analyst', 'manager', 'director', null];
    const statuses = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'closed'];
    const certs = [['p3o-foundation', 'p3o'], ['prince2-foundation', 'prince2'], ['msp-practitioner', 'msp'], ['apm-pfq', 'apm'], ['pmi-pmp', 'pmp']];
    const tools = [['ms-project', 'MS Project'], ['power-bi', 'Power BI'], ['jira', 'Jira'], ['primavera-p6', 'Primavera P6'], ['smartsheet', 'Smartsheet']];
    const text = 'Maintain the RAID log, run change control and produce the monthly portfolio dashboard. '.repeat(24);
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    const index = {};
    let batch = {};
    for (let i = 0; i < count; i++) {
      const id = `reed:${1_000_000 + i}`;
      const at = new Date(start + Math.floor(r() * 600 * 86_400_000)).toISOString();
      const min = 30_000 + Math.floor(r() * 60) * 1_000;
      const facts = r() < 0.8
        ? {
            closingDate: { date: new Date(Date.now() + Math.floor((r() - 0.3) * 60) * 86_400_000).toISOString().slice(0, 10), text: 'Closing date' },
            postedDate: null,
            pay: { min, max: min + 8_000, currency: 'GBP', period: 'year', annualMin: min, annualMax: min + 8_000, text: `£${min}` },
            contract: { type: pick(['permanent', 'fixed-term', 'contract']), months: null, ir35: null, text: 'Permanent' },
            hours: null,
            workplace: { type: pick(['remote', 'hybrid', 'on-site']), daysOnSite: null, text: 'Hybrid' },
            clearance: r() < 0.3 ? { level: pick(['bpss', 'sc', 'dv']), requirement: 'required', text: 'SC clearance' } : null,
            grade: null,
            tools: tools.filter(() => r() < 0.3).map(([tid, label]) => ({ id: tid, label, text: label })),
            agency: null,
          }
        : undefined;
      const title = `${pick(titles)} ${i}`;
      batch[`watchlist:entry:${id}`] = {
        id,
        posting: { title, company: `Employer ${i % 300}`, location: pick(['Leeds', 'London', 'Manchester', 'Bristol']), url: `https://www.reed.co.uk/jobs/x/${1_000_000 + i}`, source: 'reed', jobId: String(1_000_000 + i), salary: null, employmentType: null, closingDate: null, datePosted: null },
        analysis: {
          isPmoRole: true,
          level: { id: pick(levels), confidence: 0.7 },
          office: null,
          certifications: certs.filter(() => r() < 0.25).map(([cid, family]) => ({ id: cid, family, requirement: r() < 0.5 ? 'required' : 'desirable' })),
          recommendations: [],
          ...(facts ? { facts } : {}),
        },
        savedAt: at,
        updatedAt: at,
        status: pick(statuses),
        notes: r() < 0.3 ? 'Spoke to the recruiter about hybrid working' : '',
        tags: r() < 0.2 ? ['shortlist'] : [],
      };
      batch[`watchlist:snapshot:${id}`] = { text: `${title}\n${text}`, truncated: false };
      index[id] = at;
      if (Object.keys(batch).length >= 2_000) {
        await chrome.storage.local.set(batch);
        batch = {};
      }
    }
    await chrome.storage.local.set({ ...batch, 'watchlist:index': { version: 3, entries: index } });
  }, n);
}

/** Records when the first row reaches the page, in the page's own clock (0 = navigation start). */
function markRows() {
  const mark = () => {
    if (!window.__rowsAt && document.querySelector('[data-testid="watchlist-row"]')) window.__rowsAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
}

/**
 * Once the list is on screen the page asks the background to check every job and its advert
 * text. The background answers messages in turn, so an answer to a later one means that check
 * is over: the next figure is then the page's own work, not the two sharing the machine.
 */
const settled = (page) => page.evaluate(() => chrome.runtime.sendMessage({ type: 'watchlistQuarantine', data: {} }));

/** `timeout`: the first open also upgrades every stored job (reading all their advert text), which on a busy machine takes minutes. */
async function open(timeout = 120_000) {
  const page = await context.newPage();
  await page.addInitScript(markRows);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[data-testid="watchlist-row"]').first().waitFor({ timeout });
  const ms = await page.evaluate(() => window.__rowsAt);
  await settled(page);
  return { page, ms };
}

/**
 * Main-thread time of one change: from the event to the page laid out again. Preact renders in
 * a microtask, so one macrotask later (and a forced layout) the work is done.
 */
function timeChange({ selector, kind, value }) {
  const el = document.querySelector(selector);
  const t0 = performance.now();
  if (kind === 'click') el.click();
  else {
    el.value = value;
    el.dispatchEvent(new Event(kind, { bubbles: true }));
  }
  return new Promise((resolve) =>
    setTimeout(() => {
      void document.body.offsetHeight;
      resolve(performance.now() - t0);
    }, 0),
  );
}

/** From typing `value` into search to the count of matching jobs changing on screen. */
function timeResults(value) {
  const el = document.querySelector('#wl-search');
  const before = document.querySelector('.wl-count').textContent;
  const t0 = performance.now();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => {
    const done = () => {
      void document.body.offsetHeight;
      resolve(performance.now() - t0);
    };
    new MutationObserver((_, obs) => {
      if (document.querySelector('.wl-count').textContent !== before) {
        obs.disconnect();
        done();
      }
    }).observe(document.querySelector('.wl-filters'), { childList: true, subtree: true, characterData: true });
    // A search whose count happens not to change would never resolve; it is left out of the figures.
    setTimeout(() => resolve(Number.NaN), 20_000);
  });
}

const median = (xs) => {
  const known = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return known[Math.floor(known.length / 2)] ?? Number.NaN;
};
const count = (page) => page.evaluate(() => document.querySelector('.wl-count')?.textContent ?? '');

async function measure(n) {
  await seed(n);
  const first = await open(1_200_000);
  report(`watchlist ${n} jobs: first open after the upgrade from version 3 ${first.ms.toFixed(0)} ms`);
  await first.page.close();
  const opens = [];
  let page;
  for (let i = 0; i < 3; i++) {
    const o = await open();
    opens.push(o.ms);
    if (i < 2) await o.page.close();
    else page = o.page;
  }
  const filter = [];
  for (const value of ['applied', 'all', 'interviewing', 'all', 'offer', 'all']) filter.push(await page.evaluate(timeChange, { selector: '#wl-status', kind: 'change', value }));
  assert.match(await count(page), new RegExp(`${n}`), 'all jobs counted after clearing the filter');
  const sort = [];
  for (let i = 0; i < 4; i++) sort.push(await page.evaluate(timeChange, { selector: 'button.wl-sort', kind: 'click' }));
  const keys = [];
  let typed = '';
  for (const ch of 'analyst') {
    typed += ch;
    keys.push(await page.evaluate(timeChange, { selector: '#wl-search', kind: 'input', value: typed }));
  }
  await waitFor(async () => /of/.test(await count(page)), { what: 'search applied' });
  // The search itself runs once typing pauses (100 ms): timed from the keystroke to the count of results shown.
  const search = [];
  for (const value of ['leeds', 'pmo manager', 'recruiter', 'analyst leeds']) search.push(await page.evaluate(timeResults, value));
  const searchApplied = await count(page);
  const figures = { open: median(opens), filter: median(filter), sort: median(sort), keystroke: median(keys), keystrokeWorst: Math.max(...keys), search: median(search) };
  const load = await import('node:os').then((os) => os.loadavg()[0].toFixed(1));
  report(
    `watchlist ${n} jobs (Chromium): open ${figures.open.toFixed(0)} ms (median of 3), filter ${figures.filter.toFixed(1)} ms, sort ${figures.sort.toFixed(1)} ms, search keystroke ${figures.keystroke.toFixed(1)} ms median (${figures.keystrokeWorst.toFixed(1)} worst), search results shown ${figures.search.toFixed(0)} ms after the keystroke (100 ms of it the pause); machine load ${load}`,
  );
  assert.match(searchApplied, /of/, 'the search narrowed the list');
  await page.close();
  return figures;
}

test('the watchlist page with 5,000 saved jobs: open, filter, sort, search', { timeout: 900_000 }, async () => {
  const f = await measure(5_000);
  report(`budgets for 5,000 jobs: open ${f.open <= 500 ? 'within' : 'over'} 500 ms, filter ${f.filter <= 50 ? 'within' : 'over'} 50 ms, sort ${f.sort <= 50 ? 'within' : 'over'} 50 ms, keystroke ${f.keystroke <= 16 ? 'within' : 'over'} 16 ms`);
});

// Seeding and upgrading 20,000 jobs takes minutes, so this size runs when asked: PMO_E2E_LARGE=1 npm run test:e2e.
test('the watchlist page with 20,000 saved jobs still opens', { timeout: 2_400_000, skip: process.env.PMO_E2E_LARGE === '1' ? false : 'set PMO_E2E_LARGE=1 to run' }, async () => {
  const f = await measure(20_000);
  report(`budget for 20,000 jobs: open ${f.open <= 1_500 ? 'within' : 'over'} 1.5 s`);
});
