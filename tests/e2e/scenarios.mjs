import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { waitFor, sleep } from './support.mjs';

/**
 * Checks shared by the Chromium (Playwright) and Firefox (Puppeteer) runs. They only use
 * `page.evaluate(fn, arg)`, which both libraries offer with the same meaning.
 */

function readPopup() {
  const all = (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)];
  const one = (id) => all(id)[0]?.textContent ?? null;
  return {
    title: document.querySelector('h1')?.textContent ?? null,
    level: one('level'),
    office: one('office'),
    notAJob: all('not-a-job').length > 0,
    mentioned: all('cert-mentioned').map((el) => el.textContent),
    recommended: all('cert-recommended').map((el) => ({
      text: el.textContent,
      links: [...el.querySelectorAll('a')].map((a) => ({ href: a.href, rel: a.rel, target: a.target })),
    })),
    save: all('save-job').length,
  };
}

export async function checkPopup(page, fixture) {
  const seen = await waitFor(
    async () => {
      const state = await page.evaluate(readPopup);
      return state.level ? state : null;
    },
    { timeout: 15000, what: `level card for ${fixture.page}` },
  );
  assert.ok(seen.title?.includes(fixture.title), `title shown: ${seen.title}`);
  assert.ok(seen.level.includes(fixture.name), `level: expected ${fixture.name}, saw "${seen.level}"`);
  for (const cert of fixture.certs) {
    assert.ok(seen.mentioned.some((t) => cert.test(t)), `named certification ${cert} in ${JSON.stringify(seen.mentioned)}`);
  }
  assert.ok(seen.recommended.length > 0, 'at least one recommendation');
  for (const rec of seen.recommended) {
    assert.ok(rec.links.length > 0, `recommendation has links: ${rec.text}`);
    for (const link of rec.links) {
      assert.match(link.href, /^https:\/\//, 'links are https');
      assert.equal(link.target, '_blank');
      assert.match(link.rel, /noopener/);
    }
  }
  assert.equal(seen.save, 1, 'one save button');
  return seen;
}

/**
 * A page that redefines browser globals and built-ins, with markup in its JSON-LD: the reader
 * still finds the advert, and nothing from the advert becomes markup in the popup.
 */
export async function hostileScenario(page) {
  const seen = await waitFor(
    async () => {
      const state = await page.evaluate(readPopup);
      return state.level ? state : null;
    },
    { timeout: 15000, what: 'analysis of the hostile page' },
  );
  assert.equal(seen.title?.trim(), 'PMO Analyst', 'the title, without the markup around it');
  assert.ok(seen.mentioned.some((t) => /PRINCE2/.test(t)), 'the reader was not confused by the page');
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: [...document.querySelectorAll('b')].some((b) => b.textContent === 'Bold & Co'),
    title: document.title,
  }));
  assert.equal(injected.images, 0, 'no image element was created from advert text');
  assert.equal(injected.bold, false, 'no markup from the company name');
  assert.notEqual(injected.title, 'pwned');
}

/** Pasted text full of markup is analysed and shown as characters. */
export async function pasteMarkupScenario(page, { fill, submit }) {
  await waitFor(() => page.evaluate(() => !!document.querySelector('#paste-text')), { what: 'paste box' });
  await fill('#paste-text', 'PMO Officer <img src=x onerror="document.title=\'pwned\'">\n\nMaintain the RAID log and take minutes at programme boards. PRINCE2 Foundation is desirable.');
  await submit();
  const seen = await waitFor(
    async () => {
      const state = await page.evaluate(readPopup);
      return state.title && state.level ? state : null;
    },
    { timeout: 15000, what: 'analysis of pasted text' },
  );
  assert.match(seen.title, /<img src=x onerror=/, 'markup is shown as characters');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);
  assert.notEqual(await page.evaluate(() => document.title), 'pwned');
}

/** The split-view fixture swaps the job with pushState, the way single-page boards do. */
export async function splitViewScenario({ page, openPopup }) {
  let popup = await openPopup();
  await waitFor(async () => (await popup.evaluate(readPopup)).title?.includes('PMO Coordinator'), {
    timeout: 15000,
    what: 'first job in split view',
  });
  await popup.close();
  await page.evaluate(() => document.querySelector('[data-job-id="4020200"]').click());
  await sleep(200);
  popup = await openPopup();
  const seen = await waitFor(
    async () => {
      const state = await popup.evaluate(readPopup);
      return state.title?.includes('Portfolio Office Manager') ? state : null;
    },
    { timeout: 15000, what: 'second job after switching' },
  );
  assert.ok(seen.level.includes('PMO Manager'), `level after switching: ${seen.level}`);
  await popup.close();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function runAxe(_addScript, evaluate) {
  await evaluate(axeSource);
  const violations = await evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}
