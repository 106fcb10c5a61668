// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, createSender } from '../../lib/messages';
import { exportCsv, exportJson } from '../../lib/watchlist/export';
import { INDEX_KEY, snapshotKey, type Entry } from '../../lib/watchlist/schema';
import { watchKey, wxtArea } from '../shared/storage-area';
import type { WatchlistClient } from '../../components/watchlist/client';
import { watchlistHandlers } from '../background/watchlist';
import type { Sender } from '../background/sender';
import { App } from './App';
import { ADVERT_TEXT, makeAnalysis, makePosting, postings } from '../../tests/watchlist/helpers';
import { until as untilRendered } from '../../tests/ui/until';

const router = createRouter(watchlistHandlers, { isTrusted: () => true });
const send = createSender((m) => router(m, { id: 'own' } as Sender) ?? Promise.resolve(undefined));

let root: HTMLElement | null = null;
let downloads: { name: string; text: string }[] = [];
/** The size of every message the page sent, as JSON characters. */
let sent: { type: string; chars: number }[] = [];

function client(): WatchlistClient {
  return {
    area: wxtArea('local'),
    watch: (key, cb) => watchKey('local', key, cb),
    send: createSender((m) => {
      sent.push({ type: (m as { type: string }).type, chars: JSON.stringify(m).length });
      return router(m, { id: 'own' } as Sender) ?? Promise.resolve(undefined);
    }),
    download: (name, _mime, text) => downloads.push({ name, text }),
  };
}

async function mount() {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<App client={client()} />, root!);
  });
}

const until = (check: () => boolean, what: string, rounds = 200) =>
  untilRendered(check, what, { rounds, detail: () => root?.textContent?.slice(0, 300) ?? '' });

const rows = () => [...root!.querySelectorAll('[data-testid="watchlist-row"]')];
const text = () => root!.textContent!;

async function pick(content: string, name: string) {
  // The side panel, import included, is drawn once the list is on screen.
  await until(() => root!.querySelector('[data-testid="import"]') !== null, 'the import field');
  const input = root!.querySelector('[data-testid="import"]') as HTMLInputElement;
  const file = new File([content], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function savedEntries(n: number): Promise<Entry[]> {
  const out = [];
  for (const posting of postings(n)) out.push((await send('watchlistSave', { posting, analysis: makeAnalysis() })).entry);
  return out;
}

beforeEach(() => {
  fakeBrowser.reset();
  downloads = [];
  sent = [];
});
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('watchlist page over damaged storage', () => {
  it('a garbage index: every job is listed and can be exported, and the page says what was repaired', async () => {
    await savedEntries(3);
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: 'garbage' });
    await mount();
    await until(() => rows().length === 3, 'three rows');
    await until(() => text().includes('Damaged storage was found and repaired'), 'repair notice');
    expect(text()).not.toContain('Read-only');
    await until(() => root!.querySelector('[data-testid="export-json"]') !== null, 'the side panel');
    expect((root!.querySelector('[data-testid="export-json"]') as HTMLButtonElement).disabled).toBe(false);
    expect((root!.querySelector('[data-testid="import"]') as HTMLInputElement).disabled).toBe(false);
  });

  it('damaged advert text is reported as text set aside, with its job still listed and not counted as unreadable', async () => {
    const saved = await savedEntries(2);
    await fakeBrowser.storage.local.set({ [snapshotKey(saved[0]!.id)]: { text: 12345 } });
    await mount();
    await until(() => text().includes('The advert text of 1 saved job could not be read'), 'text notice');
    expect(rows()).toHaveLength(2);
    expect(text()).not.toContain('been kept aside, not deleted');
  });
});

describe('import from the page', () => {
  it('a backup far larger than one batch is sent in batches, each well under the browser message limit', async () => {
    const base = (await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() })).entry;
    await send('watchlistDelete', { ids: [base.id] });
    const long = `${ADVERT_TEXT}\n`.repeat(80).slice(0, 30_000);
    const entries = Array.from({ length: 300 }, (_, i) => ({ ...base, id: `reed:${900_000 + i}`, snapshot: { text: long, truncated: false } }));
    const backup = exportJson(entries);
    expect(backup.length).toBeGreaterThan(8_000_000);
    await mount();
    await until(() => !!root!.querySelector('[data-testid="import"]'), 'import field');
    await pick(backup, 'pmo-watchlist-2026-11-29.json');
    await until(() => text().includes('Import finished: 300 added'), 'import report', 600);
    await until(() => rows().length === 50, 'first page of rows');
    const batches = sent.filter((m) => m.type === 'watchlistImportBatch');
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) expect(b.chars).toBeLessThan(4_500_000);
    expect(sent.every((m) => m.chars < 4_500_000)).toBe(true);
  });

  it('ids such as __proto__ and constructor import as jobs like any other and are all listed', async () => {
    const base = (await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() })).entry;
    await send('watchlistDelete', { ids: [base.id] });
    const ids = ['__proto__', 'constructor', 'toString', 'valueOf', 'reed:1'];
    const backup = exportJson(ids.map((id, i) => ({ ...base, id, posting: { ...base.posting, title: `Job ${i}` } })));
    await mount();
    await until(() => !!root!.querySelector('[data-testid="import"]'), 'import field');
    await pick(backup, 'backup.json');
    await until(() => text().includes('Import finished: 5 added'), 'report');
    await until(() => rows().length === 5, 'five rows');
    await pick(backup, 'backup.json');
    await until(() => text().includes('0 added, 0 updated, 5 already up to date'), 'second report');
  });

  it('a CSV export picked by mistake says that only JSON backups import', async () => {
    const saved = await savedEntries(2);
    await mount();
    await until(() => rows().length === 2, 'rows');
    await pick(exportCsv(saved), 'pmo-watchlist.csv');
    await until(() => text().includes('This is a CSV export'), 'CSV message');
    expect(text()).toContain('Only a JSON backup (made with “Export JSON”) can be imported.');
    expect(text()).not.toContain('not valid JSON');
  });
});
