import type { LevelId } from '../analysis';
import { LEVEL_LABELS, LEVEL_ORDER } from './labels';
import { STATUS_LABELS, STATUSES, type Status, type StoredEntry as Entry } from './schema';

export type SortKey = 'savedAt' | 'title' | 'level' | 'status';
export type SortDir = 'asc' | 'desc';

export interface WatchlistQuery {
  text: string;
  status: Status | 'all';
  /** 'none' finds jobs whose level was unclear. */
  level: LevelId | 'none' | 'all';
  /** A certification id or 'all'. */
  certification: string;
  /** Only jobs whose every required item the reader holds ("I meet every requirement"). */
  meetsAll: boolean;
  sort: SortKey;
  dir: SortDir;
}

/** Rows on one page of the watchlist table. */
export const PAGE_SIZE = 50;

export const DEFAULT_QUERY: WatchlistQuery = { text: '', status: 'all', level: 'all', certification: 'all', meetsAll: false, sort: 'savedAt', dir: 'desc' };

/**
 * The lower-cased text the free-text filter searches, built once per entry object: entries
 * are replaced, never mutated, so a cached haystack cannot go stale. The advert snapshot is
 * left out to keep filtering 5,000 jobs instant.
 */
const haystacks = new WeakMap<Entry, string>();
function haystack(e: Entry): string {
  let h = haystacks.get(e);
  if (h === undefined) {
    h = [
      e.posting.title,
      e.posting.company,
      e.posting.location,
      e.posting.salary,
      e.posting.source,
      e.notes,
      e.tags.join(' '),
      e.analysis.certifications.map((c) => `${c.id} ${c.family}`).join(' '),
      e.analysis.level.id ? LEVEL_LABELS[e.analysis.level.id] : '',
      STATUS_LABELS[e.status],
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(e, h);
  }
  return h;
}

const levelRank = (e: Entry) => (e.analysis.level.id ? LEVEL_ORDER.indexOf(e.analysis.level.id) : LEVEL_ORDER.length);
const statusRank = (e: Entry) => STATUSES.indexOf(e.status);

/** Titles compared without case or accents, numbers by value; built once per entry like the haystack. */
const titleKeys = new WeakMap<Entry, string>();
function titleKey(e: Entry): string {
  let k = titleKeys.get(e);
  if (k === undefined) {
    k = (e.posting.title ?? '\uffff')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // "Band 10" after "Band 9": digit runs compare by value.
      .replace(/\d+/g, (d) => d.padStart(12, '0'));
    titleKeys.set(e, k);
  }
  return k;
}

const savedTimes = new WeakMap<Entry, number>();
function savedTime(e: Entry): number {
  let t = savedTimes.get(e);
  if (t === undefined) {
    t = Date.parse(e.savedAt);
    savedTimes.set(e, t);
  }
  return t;
}

/**
 * Sort keys are computed once per entry, then compared as plain numbers or strings: a
 * comparator that re-derives them (or calls Intl) costs tens of milliseconds on 5,000 rows.
 */
function sortKey(sort: SortKey): (e: Entry) => number | string {
  switch (sort) {
    case 'title':
      return titleKey;
    case 'level':
      return levelRank;
    case 'status':
      return statusRank;
    case 'savedAt':
      return savedTime;
  }
}

function filterEntries(entries: Iterable<Entry>, q: WatchlistQuery, meets?: (e: Entry) => boolean): Entry[] {
  const terms = q.text.toLowerCase().split(/\s+/).filter(Boolean);
  const out: Entry[] = [];
  for (const e of entries) {
    if (q.status !== 'all' && e.status !== q.status) continue;
    if (q.level !== 'all' && (q.level === 'none' ? e.analysis.level.id !== null : e.analysis.level.id !== q.level)) continue;
    if (q.certification !== 'all' && !e.analysis.certifications.some((c) => c.id === q.certification)) continue;
    if (q.meetsAll && meets && !meets(e)) continue;
    if (terms.length) {
      const h = haystack(e);
      if (!terms.every((t) => h.includes(t))) continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * Filters then sorts; ties fall back to the newest save so the order is stable. `meets` says
 * whether the reader holds everything a job requires (lib/watchlist/fit).
 */
export function applyQuery(entries: Iterable<Entry>, q: WatchlistQuery, meets?: (e: Entry) => boolean): Entry[] {
  const list = filterEntries(entries, q, meets);
  const key = sortKey(q.sort);
  const sign = q.dir === 'asc' ? 1 : -1;
  const rows = list.map((e) => ({ e, k: key(e), s: savedTime(e) }));
  rows.sort((a, b) => {
    if (a.k !== b.k) return a.k < b.k ? -sign : sign;
    if (a.s !== b.s) return b.s - a.s;
    return a.e.id < b.e.id ? -1 : 1;
  });
  return rows.map((r) => r.e);
}
