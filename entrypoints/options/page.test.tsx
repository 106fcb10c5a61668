// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, createSender } from '../../lib/messages';
import { entryKey } from '../../lib/watchlist/schema';
import { BOM, parseCsv } from '../../lib/watchlist/csv';
import { watchKey, wxtArea } from '../shared/storage-area';
import type { WatchlistClient } from '../../components/watchlist/client';
import { watchlistHandlers } from '../background/watchlist';
import type { Sender } from '../background/sender';
import { App, PAGE_SIZE } from './App';
import { ProfileSchema } from '../../lib/analysis';
import { makeAnalysis, makePosting, postings } from '../../tests/watchlist/helpers';
import { until as untilRendered } from '../../tests/ui/until';

const router = createRouter(watchlistHandlers, { isTrusted: () => true });
const send = createSender((m) => router(m, { id: 'own' } as Sender) ?? Promise.resolve(undefined));

let root: HTMLElement | null = null;
let downloads: { name: string; mime: string; text: string }[] = [];

function client(): WatchlistClient {
  return {
    area: wxtArea('local'),
    watch: (key, cb) => watchKey('local', key, cb),
    send,
    download: (name, mime, text) => downloads.push({ name, mime, text }),
  };
}

async function mount(welcome = false) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<App client={client()} welcome={welcome} />, root!);
  });
}

/** Lets storage reads, change events and re-renders finish. */
const until = (check: () => boolean, what: string) => untilRendered(check, what, { rounds: 100, step: 5 });

const rows = () => [...root!.querySelectorAll('[data-testid="watchlist-row"]')];
const byId = (id: string) => root!.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;

async function typeInto(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, event = 'input') {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
}

async function seed() {
  const titles = ['PMO Analyst', 'Head of PMO', 'Project Support Officer'];
  const all = postings(60).map((p, i) => ({ ...p, title: `${titles[i % 3]} ${i + 1}` }));
  for (const [i, posting] of all.entries()) {
    const level = i % 3 === 0 ? 'analyst' : i % 3 === 1 ? 'director' : 'administrator';
    await send('watchlistSave', { posting, analysis: makeAnalysis({ level: { id: level, confidence: 0.8, evidence: [] } }) });
  }
  return all;
}

beforeEach(() => {
  fakeBrowser.reset();
  downloads = [];
});
afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
  }
  root = null;
});

describe('watchlist page', () => {
  it('renders one row per saved job, a page at a time, and filters by text, status and level', async () => {
    const all = await seed();
    await send('watchlistUpdate', { id: `reed:${all[4]!.jobId}`, patch: { status: 'applied' } });
    await send('watchlistUpdate', { id: `reed:${all[7]!.jobId}`, patch: { status: 'applied' } });
    await mount();
    await until(() => rows().length > 0, 'rows');
    expect(rows()).toHaveLength(PAGE_SIZE);
    expect(root!.textContent).toContain('60 saved jobs');
    expect(root!.querySelector('nav[aria-label="Pages of saved jobs"]')?.textContent).toContain('Showing 1–50 of 60');

    await typeInto(byId('wl-search'), 'head of pmo');
    await until(() => rows().length === 20, 'text filter');
    expect(rows().every((r) => r.textContent!.includes('Head of PMO'))).toBe(true);
    expect(root!.textContent).toContain('20 of 60 saved jobs');

    await typeInto(byId('wl-search'), '');
    await until(() => rows().length === PAGE_SIZE, 'filter cleared');
    await typeInto(byId('wl-status'), 'applied', 'change');
    expect(rows().map((r) => r.getAttribute('data-id')).sort()).toEqual([`reed:${all[4]!.jobId}`, `reed:${all[7]!.jobId}`].sort());

    await typeInto(byId('wl-status'), 'all', 'change');
    await typeInto(byId('wl-level'), 'administrator', 'change');
    expect(rows()).toHaveLength(20);
    expect(rows().every((r) => r.textContent!.includes('Project Support Officer'))).toBe(true);
  });

  it('sorts by title from the column header', async () => {
    await seed();
    await mount();
    await until(() => rows().length > 0, 'rows');
    const header = [...root!.querySelectorAll('th button')].find((b) => b.textContent!.startsWith('Job'))!;
    await click(header);
    const titles = rows().map((r) => r.querySelector('.wl-title')!.textContent!.replace(/\s*\(opens.*$/, ''));
    expect(titles[0]).toBe('Head of PMO 2');
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('edits status and notes inline; other open pages follow through storage events', async () => {
    await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    await mount();
    await until(() => rows().length === 1, 'row');
    const select = rows()[0]!.querySelector('select')!;
    expect(root!.querySelector(`label[for="${select.id}"]`)!.textContent).toContain('Status of PMO Analyst');
    await typeInto(select, 'interviewing', 'change');
    await until(() => (rows()[0]!.querySelector('select') as HTMLSelectElement).value === 'interviewing', 'status');
    expect((await send('watchlistList', {})).entries[0]!.status).toBe('interviewing');

    await click([...rows()[0]!.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Add notes')));
    const textarea = rows()[0]!.querySelector('textarea')!;
    await typeInto(textarea, 'Recruiter: Sam. Salary negotiable.');
    await click(rows()[0]!.querySelector('button[type="submit"]'));
    await until(() => rows()[0]!.textContent!.includes('Recruiter: Sam'), 'notes');

    // A save from another tab shows up without reload.
    await send('watchlistSave', { posting: makePosting({ jobId: '777', title: 'PMO Manager' }), analysis: makeAnalysis() });
    await until(() => rows().length === 2, 'second row');
  });

  it('deletes with undo', async () => {
    await Promise.all(postings(3).map((posting) => send('watchlistSave', { posting, analysis: makeAnalysis() })));
    await mount();
    await until(() => rows().length === 3, 'rows');
    const target = rows()[1]!;
    const id = target.getAttribute('data-id')!;
    await click([...target.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Delete')));
    await until(() => rows().length === 2, 'row removed');
    expect(await fakeBrowser.storage.local.get(entryKey(id))).toEqual({});
    const undo = [...root!.querySelectorAll('.wl-toast button')].find((b) => b.textContent === 'Undo');
    expect(root!.querySelector('.wl-toast')!.textContent).toContain('Deleted');
    await click(undo);
    await until(() => rows().length === 3, 'row restored');
    expect(rows().some((r) => r.getAttribute('data-id') === id)).toBe(true);
  });

  it('opens a job\'s details with its saved advert text, read on demand', async () => {
    await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    await mount();
    await until(() => rows().length === 1, 'row');
    expect(root!.querySelector('.wl-snapshot')).toBeNull();
    await click([...rows()[0]!.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Details')));
    await until(() => root!.querySelector('.wl-snapshot') !== null, 'snapshot');
    expect(root!.querySelector('.wl-snapshot')!.textContent).toContain('maintain the RAID log');
  });

  it('renders advert text as text, never as markup', async () => {
    await send('watchlistSave', {
      posting: makePosting({ title: '<img src=x onerror="window.pwned=1">PMO Lead', company: '<b>Acme</b>' }),
      analysis: makeAnalysis(),
    });
    await mount();
    await until(() => rows().length === 1, 'row');
    expect(rows()[0]!.querySelector('img, b')).toBeNull();
    expect(rows()[0]!.textContent).toContain('<img src=x onerror="window.pwned=1">PMO Lead');
  });

  it('exports the profile as the file the command line reads with --profile', async () => {
    await send('setProfile', ProfileSchema.parse({ held: ['p3o-foundation'], tools: ['power-bi'], clearance: 'sc', targetLevel: 'analyst' }));
    await mount();
    await until(() => root!.querySelector('[data-testid="export-profile"]') !== null && byId('wl-target')?.value === 'analyst', 'profile loaded');
    await click(root!.querySelector('[data-testid="export-profile"]'));
    await until(() => downloads.length === 1, 'profile export');
    expect(downloads[0]!.name).toMatch(/^pmo-profile-\d{4}-\d\d-\d\d\.json$/);
    const exported = ProfileSchema.parse(JSON.parse(downloads[0]!.text));
    expect(exported).toMatchObject({ held: ['p3o-foundation'], tools: ['power-bi'], clearance: 'sc', targetLevel: 'analyst' });
  });

  it('exports CSV and JSON of what is saved', async () => {
    await Promise.all(postings(4).map((posting) => send('watchlistSave', { posting, analysis: makeAnalysis() })));
    await mount();
    await until(() => rows().length === 4, 'rows');
    await until(() => root!.querySelector('[data-testid="export-csv"]') !== null, 'the side panel, drawn once the list is on screen');
    await click(root!.querySelector('[data-testid="export-csv"]'));
    await click(root!.querySelector('[data-testid="export-json"]'));
    await until(() => downloads.length === 2, 'JSON export');
    expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^pmo-watchlist-\d{4}-\d\d-\d\d\.csv$/), expect.stringMatching(/\.json$/)]);
    expect(downloads[0]!.text.startsWith(BOM)).toBe(true);
    expect(parseCsv(downloads[0]!.text)).toHaveLength(5);
    const backup = JSON.parse(downloads[1]!.text) as { entries: { snapshot: { text: string } }[] };
    expect(backup.entries).toHaveLength(4);
    // The table holds no advert text; the backup still carries it.
    expect(backup.entries.every((e) => e.snapshot.text.includes('RAID log'))).toBe(true);
    const input = root!.querySelector('[data-testid="import"]') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(root!.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
  });

  it('reports a job that could not be read and offers its export', async () => {
    const { entry } = await send('watchlistSave', { posting: makePosting(), analysis: makeAnalysis() });
    await send('watchlistSave', { posting: makePosting({ jobId: '2' }), analysis: makeAnalysis() });
    await fakeBrowser.storage.local.set({ [entryKey(entry.id)]: { ...entry, status: 'ghosted' } });
    await mount();
    await until(() => root!.textContent!.includes('1 saved job could not be read'), 'quarantine notice');
    expect(rows()).toHaveLength(1);
    await click([...root!.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Export unreadable')));
    expect(JSON.parse(downloads[0]!.text).items[0].value.status).toBe('ghosted');
  });

  it('shows the welcome panel on first run and the insights chart split into held and missing', async () => {
    await send('setProfile', { held: ['p3o-foundation'], targetLevel: 'manager' });
    await Promise.all(postings(2).map((posting) => send('watchlistSave', { posting, analysis: makeAnalysis() })));
    await mount(true);
    await until(() => rows().length === 2, 'rows');
    expect(root!.querySelector('#wl-welcome-h')?.textContent).toBe('Welcome to PMO Pathfinder');
    const sample = root!.querySelector<HTMLAnchorElement>('[data-testid="welcome-sample"]');
    expect(sample?.getAttribute('href')).toBe('/popup.html?sample=1');
    expect(root!.querySelector('.wl-welcome')?.textContent).toContain('nothing is sent anywhere');
    expect(document.activeElement?.classList.contains('wl-welcome')).toBe(true);
    // Typing elsewhere keeps the focus where the reader put it.
    const search = byId('wl-search') as HTMLInputElement;
    search.focus();
    await typeInto(search, 'pmo');
    await until(() => rows().length === 2, 'filtered rows');
    expect(document.activeElement).toBe(search);
    // The insights are worked out once the rows are on screen.
    await until(() => root!.querySelector('#wl-certs-d') !== null, 'insights');
    const desc = root!.querySelector('#wl-certs-d')!.textContent!;
    expect(desc).toMatch(/P3O Foundation[^;]*: 2, held/);
    expect(desc).toMatch(/PRINCE2 Foundation[^;]*: 2, missing/);
  });
});

vi.setConfig({ testTimeout: 30_000 });

describe('advert facts on the watchlist page', () => {
  const inDays = (n: number) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const p = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  };
  const facts = (over: Partial<NonNullable<Parameters<typeof makeAnalysis>[0]>['facts']>) => ({
    closingDate: null,
    postedDate: null,
    pay: null,
    contract: null,
    hours: null,
    workplace: null,
    clearance: null,
    grade: null,
    tools: [],
    agency: null,
    ...over,
  });

  it('shows closing date (closing soon marked), annual pay, contract, place and clearance; filters and sorts by them', async () => {
    const [a, b, c] = postings(3);
    await send('watchlistSave', {
      posting: { ...a!, title: 'PMO Analyst, closing soon' },
      analysis: makeAnalysis({
        facts: facts({
          closingDate: { date: inDays(3), text: 'Closing date' },
          pay: { min: 47_810, max: 54_710, currency: 'GBP', period: 'year', annualMin: 47_810, annualMax: 54_710, text: '£47,810 – £54,710 per annum' },
          contract: { type: 'fixed-term', months: 12, ir35: null, text: 'Fixed term for 12 months' },
          workplace: { type: 'hybrid', daysOnSite: 2, text: 'Hybrid: 2 days a week in Leeds' },
          clearance: { level: 'sc', requirement: 'required', text: 'You must hold SC clearance' },
          tools: [{ id: 'power-bi', label: 'Power BI', text: 'Power BI' }],
        }),
      }),
    });
    await send('watchlistSave', {
      posting: { ...b!, title: 'PMO Manager, contract' },
      analysis: makeAnalysis({
        facts: facts({
          closingDate: { date: inDays(30), text: 'Closing date' },
          pay: { min: 450, max: 500, currency: 'GBP', period: 'day', annualMin: 99_000, annualMax: 110_000, text: '£450–£500 per day' },
          contract: { type: 'contract', months: 6, ir35: 'outside', text: '6 months outside IR35' },
          workplace: { type: 'remote', daysOnSite: null, text: 'Remote' },
          tools: [{ id: 'power-bi', label: 'Power BI', text: 'Power BI' }, { id: 'ms-project', label: 'MS Project', text: 'MS Project' }],
        }),
      }),
    });
    await send('watchlistSave', { posting: { ...c!, title: 'Saved before facts', closingDate: null }, analysis: makeAnalysis() });
    await mount();
    await until(() => rows().length === 3, 'three rows');
    const row = (title: string) => rows().find((r) => r.textContent!.includes(title))!;
    expect(row('closing soon').textContent).toMatch(/Closing soon/);
    expect(row('closing soon').textContent).toContain('£47,810–£54,710');
    expect(row('closing soon').textContent).toMatch(/Fixed term.*Hybrid.*SC/);
    expect(row('PMO Manager').textContent).not.toMatch(/Closing soon/);
    expect(row('PMO Manager').textContent).toContain('£99,000–£110,000');
    expect(row('Saved before facts').textContent).toContain('—');

    // Each filter's choices, counted over every job, are there once the first rows have been drawn.
    await until(() => root!.querySelector('#wl-contract option[value="contract"]') !== null, 'contract choices');
    await typeInto(byId('wl-contract'), 'contract', 'change');
    await until(() => rows().length === 1, 'contract filter');
    expect(rows()[0]!.textContent).toContain('PMO Manager');
    await typeInto(byId('wl-contract'), 'all', 'change');
    await click(root!.querySelector('#wl-soon'));
    await until(() => rows().length === 1, 'closing soon filter');
    expect(rows()[0]!.textContent).toContain('closing soon');
    await click(root!.querySelector('#wl-soon'));
    await until(() => rows().length === 3, 'filters cleared');

    await click(root!.querySelector('button.wl-sort[data-sort="pay"]'));
    await until(() => rows()[0]!.textContent!.includes('PMO Manager'), 'highest pay first');
    expect(rows()[2]!.textContent).toContain('Saved before facts');
    await click(root!.querySelector('button.wl-sort[data-sort="closing"]'));
    await until(() => rows()[0]!.textContent!.includes('closing soon'), 'closing soonest first');

    // Insights: the tools chart, pay by level and the share needing clearance (of the jobs whose facts were read).
    await until(() => root!.querySelector('#wl-tools-d') !== null, 'insights');
    expect(root!.querySelector('#wl-tools-d')!.textContent).toContain('Power BI: 2');
    expect(root!.querySelector('[data-testid="pay-by-level"]')!.textContent).toContain('£47,810');
    expect(root!.querySelector('[data-testid="clearance-share"]')!.textContent).toMatch(/50%.*\(1 of 2\)/);
  });
});
