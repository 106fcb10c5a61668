import { ContractType, WorkplaceType, type LevelId } from '../analysis';
import { LEVEL_ORDER } from './labels';
import { STATUSES, type Status } from './schema';
import { searchText, type Summary } from './summary';
import { CLOSING_SOON_DAYS, daysBetween } from './days';
import { CLEARANCE_ORDER } from '../profile/clearance';

export { CLOSING_SOON_DAYS, daysBetween };

/** Clearance levels from the least to the most demanding; others sort after, by name. */
export { CLEARANCE_ORDER } from '../profile/clearance';

export type SortDir = 'asc' | 'desc';
type Key = number | string | null;

interface SortDef {
  /** null sorts last whichever the direction: a job that does not say is never "first". */
  key: (s: Summary, today: string) => Key;
  /** The direction a first click sorts in. */
  first: SortDir;
}

/**
 * Titles compared without case or accents, numbers by value ("Band 9" before "Band 10"); built
 * once per summary, which is replaced on a change, never mutated, so the cached key cannot go stale.
 */
const titleKeys = new WeakMap<Summary, string>();
function titleKey(s: Summary): string {
  let k = titleKeys.get(s);
  if (k === undefined) {
    k = (s.title ?? '\uffff')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\d+/g, (d) => d.padStart(12, '0'));
    titleKeys.set(s, k);
  }
  return k;
}

const rankIn = (list: readonly string[], v: string | null): number | null => (v === null ? null : list.indexOf(v) < 0 ? list.length : list.indexOf(v));

function clearanceKey(s: Summary): Key {
  if (!s.clearance) return null;
  const rank = (CLEARANCE_ORDER as readonly string[]).indexOf(s.clearance.level);
  return `${String(rank < 0 ? CLEARANCE_ORDER.length : rank).padStart(3, '0')}${s.clearance.level}`;
}

/**
 * Closing soonest first: jobs still open by date, then those whose date has passed (most
 * recently closed first); a job without a date last.
 */
function closingKey(s: Summary, today: string): Key {
  if (!s.closing) return null;
  return s.closing >= today ? `0${s.closing}` : `1${String(99_999_999 - Number(s.closing.replace(/-/g, ''))).padStart(8, '0')}`;
}

/** Every sort the table offers, by the column it belongs to. Adding one is adding an entry here. */
export const SORTS = {
  savedAt: { key: (s) => s.savedAt, first: 'desc' },
  title: { key: titleKey, first: 'asc' },
  level: { key: (s) => rankIn(LEVEL_ORDER, s.level), first: 'asc' },
  status: { key: (s) => STATUSES.indexOf(s.status), first: 'asc' },
  closing: { key: closingKey, first: 'asc' },
  pay: { key: (s) => (s.pay ? (s.pay.max ?? s.pay.min) : null), first: 'desc' },
  contract: { key: (s) => rankIn(ContractType.options, s.contract), first: 'asc' },
  workplace: { key: (s) => rankIn(WorkplaceType.options, s.workplace), first: 'asc' },
  clearance: { key: clearanceKey, first: 'asc' },
} satisfies Record<string, SortDef>;
export type SortKey = keyof typeof SORTS;

export interface WatchlistQuery {
  text: string;
  status: Status | 'all';
  /** 'none' finds jobs whose level was unclear. */
  level: LevelId | 'none' | 'all';
  /** A certification id or 'all'. */
  certification: string;
  /** Only jobs whose every required item the reader holds ("I meet every requirement"). */
  meetsAll: boolean;
  /** A contract type, 'none' (not stated) or 'all'. */
  contract: string;
  /** A workplace type, 'none' (not stated) or 'all'. */
  workplace: string;
  /** A clearance level, 'any' (some clearance), 'none' (none asked) or 'all'. */
  clearance: string;
  /** Only jobs whose annual pay can reach this; null for any. */
  payFrom: number | null;
  /** Only jobs closing within CLOSING_SOON_DAYS. */
  closingSoon: boolean;
  sort: SortKey;
  dir: SortDir;
}

/** Rows on one page of the watchlist table. */
export const PAGE_SIZE = 50;

export const DEFAULT_QUERY: WatchlistQuery = {
  text: '',
  status: 'all',
  level: 'all',
  certification: 'all',
  meetsAll: false,
  contract: 'all',
  workplace: 'all',
  clearance: 'all',
  payFrom: null,
  closingSoon: false,
  sort: 'savedAt',
  dir: 'desc',
};

/** Whether any filter is set (the sort aside). */
export const isFiltered = (q: WatchlistQuery) =>
  (Object.keys(DEFAULT_QUERY) as (keyof WatchlistQuery)[]).some((k) => k !== 'sort' && k !== 'dir' && q[k] !== DEFAULT_QUERY[k]);

/** The query with every filter cleared and the sort kept. */
export const clearFilters = (q: WatchlistQuery): WatchlistQuery => ({ ...DEFAULT_QUERY, sort: q.sort, dir: q.dir });

/** The reader's calendar day, YYYY-MM-DD. */
export function dayOf(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}


export function closesSoon(s: Summary, today: string): boolean {
  if (!s.closing) return false;
  const d = daysBetween(today, s.closing);
  return d >= 0 && d <= CLOSING_SOON_DAYS;
}

function matches(s: Summary, q: WatchlistQuery, terms: string[], today: string, meets?: (s: Summary) => boolean): boolean {
  if (q.status !== 'all' && s.status !== q.status) return false;
  if (q.level !== 'all' && (q.level === 'none' ? s.level !== null : s.level !== q.level)) return false;
  if (q.certification !== 'all' && !s.certs.some((c) => c.id === q.certification)) return false;
  if (q.contract !== 'all' && (s.contract ?? 'none') !== q.contract) return false;
  if (q.workplace !== 'all' && (s.workplace ?? 'none') !== q.workplace) return false;
  if (q.clearance !== 'all') {
    const level = s.clearance?.level ?? 'none';
    if (q.clearance === 'any' ? level === 'none' : level !== q.clearance) return false;
  }
  if (q.payFrom !== null && !(s.pay && (s.pay.max ?? s.pay.min ?? -Infinity) >= q.payFrom)) return false;
  if (q.closingSoon && !closesSoon(s, today)) return false;
  if (q.meetsAll && meets && !meets(s)) return false;
  if (terms.length) {
    const text = searchText(s);
    for (const t of terms) if (!text.includes(t)) return false;
  }
  return true;
}

const searchTerms = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/** The order of the table: by `k` (null last whichever the direction), ties to the newest save, then by id. */
function sortRows(rows: { s: Summary; k: Key }[], dir: SortDir): Summary[] {
  const sign = dir === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    if (a.k !== b.k) {
      if (a.k === null) return 1;
      if (b.k === null) return -1;
      return a.k < b.k ? -sign : sign;
    }
    if (a.s.savedAt !== b.s.savedAt) return a.s.savedAt < b.s.savedAt ? 1 : -1;
    return a.s.id < b.s.id ? -1 : 1;
  });
  return rows.map((r) => r.s);
}

/**
 * Filters then sorts; ties fall back to the newest save so the order is stable. Works on the
 * summaries alone, their search text prepared in lower case, so 20,000 jobs take milliseconds.
 */
export function applyQuery(summaries: Iterable<Summary>, q: WatchlistQuery, now = new Date(), meets?: (s: Summary) => boolean): Summary[] {
  const today = dayOf(now);
  const terms = searchTerms(q.text);
  const def: SortDef = SORTS[q.sort] ?? SORTS.savedAt;
  const rows: { s: Summary; k: Key }[] = [];
  for (const s of summaries) if (matches(s, q, terms, today, meets)) rows.push({ s, k: def.key(s, today) });
  return sortRows(rows, q.dir);
}

/**
 * Every saved job of one list in each sort's order, each order worked out once, when first
 * asked for. The page keeps one per list (a list is replaced on a change, never mutated): a
 * filter or search then picks its rows from an order already made, in one pass and without
 * sorting, and a column sorts once; its other direction is made from that order in one pass
 * (runs of equal keys in reverse, jobs without a value still last).
 */
export class SortedOrders {
  private readonly orders = new Map<string, Summary[]>();
  /** Per sort: each job's key (by its place in the list) and the ascending order (places in the list). */
  private readonly ascending = new Map<SortKey, { keys: Key[]; at: number[] }>();
  /** The order ties fall back to (newest save first, then by id), which is the default sort's own, and each job's place in it. */
  private base: { rank: Int32Array; order: number[] } | null = null;

  constructor(
    readonly summaries: readonly Summary[],
    readonly today: string,
  ) {}

  order(sort: SortKey, dir: SortDir): Summary[] {
    const id = `${sort} ${dir}`;
    let out = this.orders.get(id);
    if (out) return out;
    const list = this.summaries;
    const asc = this.ascending.get(sort);
    if (dir === 'desc' && asc) out = reverseRuns(asc.at, asc.keys).map((i) => list[i]!);
    else if (sort === 'savedAt' && dir === 'desc') out = this.ranks().order.map((i) => list[i]!);
    else out = this.sort(sort, dir).map((i) => list[i]!);
    this.orders.set(id, out);
    return out;
  }

  /** The same rows, in the same order, as applyQuery over this list on `today`. */
  query(q: WatchlistQuery, meets?: (s: Summary) => boolean): Summary[] {
    const terms = searchTerms(q.text);
    return this.order(Object.hasOwn(SORTS, q.sort) ? q.sort : 'savedAt', q.dir).filter((s) => matches(s, q, terms, this.today, meets));
  }

  /** Sorts by the keys, worked out once each; equal keys fall back to a number rather than comparing dates and ids again. */
  private sort(sort: SortKey, dir: SortDir): number[] {
    const def: SortDef = SORTS[sort];
    const keys = this.summaries.map((s) => def.key(s, this.today));
    const { rank } = this.ranks();
    const sign = dir === 'asc' ? 1 : -1;
    const at = Array.from(keys, (_, i) => i);
    at.sort((i, j) => {
      const a = keys[i]!;
      const b = keys[j]!;
      if (a !== b) {
        if (a === null) return 1;
        if (b === null) return -1;
        return a < b ? -sign : sign;
      }
      return rank[i]! - rank[j]!;
    });
    if (dir === 'asc') this.ascending.set(sort, { keys, at });
    return at;
  }

  private ranks(): { rank: Int32Array; order: number[] } {
    if (this.base) return this.base;
    const list = this.summaries;
    const order = Array.from(list, (_, i) => i);
    order.sort((i, j) => {
      const a = list[i]!;
      const b = list[j]!;
      if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    const rank = new Int32Array(list.length);
    order.forEach((i, r) => (rank[i] = r));
    this.base = { rank, order };
    return this.base;
  }
}

/** An ascending order made descending: runs of equal keys in reverse order, each run as it was, null keys still last. */
function reverseRuns(asc: readonly number[], keys: readonly Key[]): number[] {
  let known = asc.length;
  while (known > 0 && keys[asc[known - 1]!] === null) known--;
  const out: number[] = [];
  let end = known;
  while (end > 0) {
    let start = end - 1;
    const k = keys[asc[start]!];
    while (start > 0 && keys[asc[start - 1]!] === k) start--;
    for (let i = start; i < end; i++) out.push(asc[i]!);
    end = start;
  }
  for (let i = known; i < asc.length; i++) out.push(asc[i]!);
  return out;
}

/** Works out what sorting by title needs of a summary ahead of time (the page does it when idle). */
export const prepareSortKeys = (s: Summary) => void titleKey(s);
