import type { Analysis } from '../../lib/analysis';
import type { Posting } from '../../lib/posting';
import type { KeyValueArea } from '../../lib/watchlist/store';

/**
 * An in-memory storage area that behaves like browser.storage: values are copied through
 * JSON, a set() over quota rejects with the browser's message and writes nothing.
 */
export class MemoryArea implements KeyValueArea {
  data = new Map<string, string>();
  sets = 0;
  failNextSet: Error | null = null;
  constructor(
    private quotaBytes = Infinity,
    private perItemBytes = Infinity,
    private maxItems = Infinity,
  ) {}

  async get(keys: string[]) {
    await Promise.resolve();
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return out;
  }

  async set(items: Record<string, unknown>) {
    await Promise.resolve();
    this.sets++;
    if (this.failNextSet) {
      const err = this.failNextSet;
      this.failNextSet = null;
      throw err;
    }
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      if (k.length + json.length > this.perItemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(k, json);
    }
    if (next.size > this.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (this.bytes(next) > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    this.data = next;
  }

  async remove(keys: string[]) {
    await Promise.resolve();
    for (const k of keys) this.data.delete(k);
  }

  async keys() {
    await Promise.resolve();
    return [...this.data.keys()];
  }

  async getAll() {
    return this.get([...this.data.keys()]);
  }

  bytes(map = this.data) {
    let n = 0;
    for (const [k, v] of map) n += k.length + v.length;
    return n;
  }

  /** A copy of everything stored, to prove a failure changed nothing. */
  dump(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v)]));
  }

  load(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }
}

export const ADVERT_TEXT = `PMO Analyst – Digital Transformation Portfolio
We are looking for a PMO Analyst to join our portfolio office supporting a programme of twelve change projects.
You will maintain the RAID log, produce the monthly portfolio dashboard in Power BI and run the change control process.
Essential: P3O Foundation or PRINCE2 Foundation.
Desirable: APM Project Fundamentals Qualification.
Salary £38,000 – £42,000, hybrid (two days in the Leeds office).`;

export function makePosting(over: Partial<Posting> = {}): Posting {
  return {
    title: 'PMO Analyst',
    company: 'Northbridge Housing Group',
    location: 'Leeds',
    url: 'https://www.reed.co.uk/jobs/pmo-analyst/51234567?utm_source=newsletter&source=searchResults',
    source: 'reed',
    text: ADVERT_TEXT,
    jobId: '51234567',
    salary: '£38,000 – £42,000',
    employmentType: 'Permanent',
    closingDate: '2026-12-18',
    ...over,
  };
}

export function makeAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    isPmoRole: true,
    level: { id: 'analyst', confidence: 0.82, evidence: [{ text: 'PMO Analyst', reason: 'job title' }] },
    offices: [
      { id: 'programme', score: 0.4 },
      { id: 'portfolio', score: 0.7 },
    ],
    skills: [{ id: 'raid-log', label: 'RAID log', matches: ['RAID log'] }],
    certificationsMentioned: [
      { id: 'p3o-foundation', family: 'p3o', requirement: 'required', text: 'P3O Foundation' },
      { id: 'prince2-foundation', family: 'prince2', requirement: 'required', text: 'PRINCE2 Foundation' },
      { id: 'apm-pfq', family: 'apm', requirement: 'desirable', text: 'APM Project Fundamentals Qualification' },
      { id: 'p3o-foundation', family: 'p3o', requirement: 'mentioned', text: 'P3O' },
    ],
    recommendations: [
      { id: 'hopmo-essentials-analyst', family: 'hopmo-essentials', score: 0.9, reasons: ['Matches level 2'], links: [] },
      { id: 'p3o-foundation', family: 'p3o', score: 0.8, reasons: ['Asked for'], links: [] },
    ],
    ...over,
  };
}

/** n different adverts on one board. */
export function postings(n: number, board = 'reed'): Posting[] {
  const titles = ['PMO Analyst', 'Project Support Officer', 'PMO Manager', 'Head of PMO', 'Portfolio Office Manager', 'Project Co-ordinator'];
  return Array.from({ length: n }, (_, i) =>
    makePosting({
      title: `${titles[i % titles.length]} ${i + 1}`,
      company: `Company ${i % 17}`,
      url: `https://www.${board}.co.uk/jobs/role/${1000 + i}`,
      jobId: String(1000 + i),
      source: board,
      text: `${ADVERT_TEXT}\nReference ${i}`,
    }),
  );
}
