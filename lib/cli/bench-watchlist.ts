/**
 * How long the watchlist page takes to filter and sort 5,000 saved jobs, in Node:
 * `tsx lib/cli/bench-watchlist.ts [count]`. Prints the median of repeated runs per query.
 */
import { performance } from 'node:perf_hooks';
import { LEVEL_ORDER } from '../analysis';
import { applyQuery, DEFAULT_QUERY, type WatchlistQuery } from '../watchlist/query';
import { certificationDemand, jobsByLevel } from '../watchlist/insights';
import { capSnapshot, STATUSES, type Entry } from '../watchlist/schema';

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

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function buildEntries(n: number): Entry[] {
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
      },
      savedAt: saved,
      updatedAt: saved,
      status: pick(STATUSES),
      notes: r() < 0.3 ? `Spoke to the recruiter about ${pick(['hybrid working', 'the salary band', 'a second interview'])}` : '',
      tags: r() < 0.2 ? ['shortlist'] : [],
      snapshot: capSnapshot(`${title}\n${'Maintain the RAID log and produce portfolio reports. '.repeat(60)}`),
    };
  });
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(fn: () => unknown, runs = 25): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function runBench(n = 5000) {
  const entries = buildEntries(n);
  const queries: [string, WatchlistQuery][] = [
    ['no filter, newest first', DEFAULT_QUERY],
    ['sort by title', { ...DEFAULT_QUERY, sort: 'title', dir: 'asc' }],
    ['free text "analyst leeds"', { ...DEFAULT_QUERY, text: 'analyst leeds' }],
    ['status + level + certification', { ...DEFAULT_QUERY, status: 'applied', level: 'manager', certification: 'p3o-practitioner', sort: 'level' }],
  ];
  const rows = queries.map(([label, q]) => ({ label, ms: measure(() => applyQuery(entries, q)), hits: applyQuery(entries, q).length }));
  // The first search after the page opens builds each entry's search text; later ones reuse it.
  const coldRuns = Array.from({ length: 7 }, () => buildEntries(n)).map((fresh) => {
    const t0 = performance.now();
    applyQuery(fresh, { ...DEFAULT_QUERY, text: 'recruiter' });
    return performance.now() - t0;
  });
  rows.push({ label: 'first search after load', ms: median(coldRuns), hits: -1 });
  rows.push({ label: 'insights (by level + certifications)', ms: measure(() => [jobsByLevel(entries), certificationDemand(entries, { held: ['p3o-foundation'] })]), hits: -1 });
  return rows;
}

const invokedDirectly = process.argv[1] && /bench-watchlist\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  const n = Number(process.argv[2] ?? 5000) || 5000;
  console.log(`Watchlist filter + sort over ${n} saved jobs (median ms, Node ${process.version})`);
  for (const r of runBench(n)) console.log(`  ${r.label.padEnd(40)} ${r.ms.toFixed(2).padStart(8)} ms${r.hits >= 0 ? `  (${r.hits} rows)` : ''}`);
}
