/**
 * How the watchlist page's work grows with the number of saved jobs, in Node:
 * `tsx lib/cli/bench-watchlist.ts [count ...]` (default 1,000, 5,000 and 20,000). The jobs are
 * stored by the real writer in an in-memory area that copies values through JSON as a browser
 * does; "open" is the page's read of the list from it. Prints the median of repeated runs.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LEVEL_ORDER, type Facts } from '../analysis';
import type { KeyValueArea } from '../watchlist/area';
import { clearanceShare, certificationDemand, jobsByLevel, payByLevel, toolDemand } from '../watchlist/insights';
import { applyQuery, dayOf, DEFAULT_QUERY, SortedOrders, type WatchlistQuery } from '../watchlist/query';
import { readListing, readWatchlist } from '../watchlist/read';
import { capSnapshot, STATUSES, type Entry } from '../watchlist/schema';
import { WatchlistStore } from '../watchlist/store';
import type { Io } from './io';

const TITLES = ['PMO Analyst', 'Project Support Officer', 'PMO Manager', 'Head of PMO', 'Portfolio Office Lead', 'Programme Co-ordinator', 'Project Controller'];
const CERTS = [
  ['p3o-foundation', 'p3o'],
  ['p3o-practitioner', 'p3o'],
  ['prince2-foundation', 'prince2'],
  ['msp-practitioner', 'msp'],
  ['apm-pfq', 'apm'],
  ['hopmo-essentials-pmo-analysts', 'hopmo-essentials'],
  ['mop-foundation', 'mop'],
  ['pmi-pmp', 'pmp'],
] as const;
const TOOLS = [
  ['ms-project', 'MS Project'],
  ['power-bi', 'Power BI'],
  ['jira', 'Jira'],
  ['primavera-p6', 'Primavera P6'],
  ['servicenow', 'ServiceNow'],
] as const;

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function facts(r: () => number, pick: <T>(xs: readonly T[]) => T): Facts {
  const min = 28_000 + Math.floor(r() * 70) * 1_000;
  const day = new Date(Date.UTC(2026, 10, 1) + Math.floor(r() * 90) * 86_400_000).toISOString().slice(0, 10);
  return {
    closingDate: { date: day, text: `Closing date: ${day}` },
    postedDate: null,
    pay: { min, max: min + 7_000, currency: 'GBP', period: 'year', annualMin: min, annualMax: min + 7_000, text: `£${min} per annum` },
    contract: { type: pick(['permanent', 'fixed-term', 'contract'] as const), months: null, ir35: null, text: 'Permanent' },
    hours: null,
    workplace: { type: pick(['remote', 'hybrid', 'on-site'] as const), daysOnSite: null, text: 'Hybrid working' },
    clearance: r() < 0.3 ? { level: pick(['bpss', 'sc', 'dv']), requirement: 'required', text: 'SC clearance required' } : null,
    grade: null,
    tools: TOOLS.filter(() => r() < 0.3).map(([id, label]) => ({ id, label, text: label })),
    agency: null,
  };
}

export function buildEntries(n: number): Entry[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const start = Date.parse('2024-01-01T00:00:00.000Z');
  return Array.from({ length: n }, (_, i) => {
    const saved = new Date(start + Math.floor(r() * 700 * 86_400_000)).toISOString();
    const certs = CERTS.filter(() => r() < 0.25).map(([id, family]) => ({ id, family, requirement: r() < 0.5 ? ('required' as const) : ('desirable' as const) }));
    const title = `${pick(TITLES)} ${i}`;
    return {
      id: `reed:${100000 + i}`,
      posting: {
        title,
        company: `Employer ${i % 250}`,
        location: pick(['Leeds', 'London', 'Manchester', 'Remote', 'Bristol']),
        url: `https://www.reed.co.uk/jobs/x/${100000 + i}`,
        source: 'reed',
        jobId: String(100000 + i),
        salary: null,
        employmentType: null,
        closingDate: null,
        datePosted: null,
      },
      analysis: {
        isPmoRole: true,
        level: { id: r() < 0.1 ? null : pick(LEVEL_ORDER), confidence: r() },
        office: null,
        certifications: certs,
        recommendations: [],
        // A fifth saved before the facts were read.
        ...(r() < 0.8 ? { facts: facts(r, pick) } : {}),
      },
      savedAt: saved,
      updatedAt: saved,
      status: pick(STATUSES),
      notes: r() < 0.3 ? `Spoke to the recruiter about ${pick(['hybrid working', 'the salary band', 'a second interview'])}` : '',
      tags: r() < 0.2 ? ['shortlist'] : [],
      snapshot: capSnapshot(`${title}\n${'Maintain the RAID log and produce portfolio reports. '.repeat(40)}`),
    };
  });
}

/** Stores values as JSON text and parses them on every read, as browser storage does. */
class JsonArea implements KeyValueArea {
  private data = new Map<string, string>();
  async get(keys: string[]) {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return out;
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }
  async remove(keys: string[]) {
    for (const k of keys) this.data.delete(k);
  }
  async keys() {
    return [...this.data.keys()];
  }
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function measure(fn: () => unknown, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface BenchRow {
  label: string;
  ms: number;
  hits: number;
}

export async function runBench(n = 5000): Promise<BenchRow[]> {
  const area = new JsonArea();
  const store = new WatchlistStore(area);
  await store.merge(buildEntries(n));
  const runs = n > 10_000 ? 7 : 15;
  const listing = await readListing(area);
  const jobs = listing.summaries;
  const q = (patch: Partial<WatchlistQuery>): WatchlistQuery => ({ ...DEFAULT_QUERY, ...patch });
  const rows: BenchRow[] = [
    { label: 'open: list, summaries (one read)', ms: await measure(() => readListing(area), runs), hits: jobs.length },
    { label: 'open: every entry read (as before)', ms: await measure(() => readWatchlist(area), Math.min(runs, 5)), hits: -1 },
  ];
  const queries: [string, WatchlistQuery][] = [
    ['filter: status', q({ status: 'applied' })],
    ['filter: contract + clearance + pay', q({ contract: 'permanent', clearance: 'any', payFrom: 50_000 })],
    ['sort: title', q({ sort: 'title', dir: 'asc' })],
    ['sort: closing soon first', q({ sort: 'closing', dir: 'asc' })],
    ['sort: pay, highest first', q({ sort: 'pay', dir: 'desc' })],
    ['search: one keystroke "a"', q({ text: 'a' })],
    ['search: "analyst leeds"', q({ text: 'analyst leeds' })],
  ];
  for (const [label, query] of queries) rows.push({ label, ms: await measure(() => applyQuery(jobs, query), runs), hits: applyQuery(jobs, query).length });
  // The page keeps each sort's order per list: a filter picks from it, a column's second direction comes from its first.
  const today = dayOf(new Date());
  const kept = new SortedOrders(jobs, today);
  const status = q({ status: 'applied' });
  rows.push({ label: 'page: filter: status (order kept)', ms: await measure(() => kept.query(status), runs), hits: kept.query(status).length });
  const typed = q({ text: 'a' });
  rows.push({ label: 'page: search: "a" (order kept)', ms: await measure(() => kept.query(typed), runs), hits: kept.query(typed).length });
  // As on the page: the list's default order is made at open, then a column is sorted and its direction flipped.
  const opened = Array.from({ length: runs + 1 }, () => {
    const o = new SortedOrders(jobs, today);
    o.order('savedAt', 'desc');
    return o;
  });
  const both = () => {
    const o = opened.pop()!;
    return [o.order('pay', 'desc'), o.order('pay', 'asc')];
  };
  rows.push({ label: 'page: sort: pay, both directions', ms: await measure(both, runs), hits: jobs.length });
  rows.push({
    label: 'insights (all five)',
    ms: await measure(
      () => [jobsByLevel(jobs), certificationDemand(jobs, { held: ['p3o-foundation'] }), toolDemand(jobs), payByLevel(jobs), clearanceShare(jobs)],
      runs,
    ),
    hits: -1,
  });
  return rows;
}

export const DEFAULT_COUNTS = [1_000, 5_000, 20_000];

export async function main(argv: string[], io: Io): Promise<number> {
  const counts = argv.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  for (const n of counts.length ? counts : DEFAULT_COUNTS) {
    io.out(`Watchlist with ${n.toLocaleString('en-GB')} saved jobs (median ms, Node ${process.version}):`);
    for (const r of await runBench(n)) io.out(`  ${r.label.padEnd(40)} ${r.ms.toFixed(2).padStart(8)} ms${r.hits >= 0 ? `  (${r.hits} rows)` : ''}`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
}
