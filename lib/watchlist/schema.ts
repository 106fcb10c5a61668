import { z } from 'zod';
import { LevelId, OfficeId, Requirement, REQUIREMENT_RANK, type Analysis } from '../analysis';
import type { Posting } from '../posting';

/**
 * Storage layout (version 3).
 *
 * One storage key per saved job (`watchlist:entry:<id>`) plus a small index
 * (`watchlist:index` = { version, entries: { id: updatedAt } }), rather than one document
 * holding every entry:
 * - a save rewrites one entry and the index, not the whole watchlist (5,000 jobs with their
 *   advert snapshots run to megabytes; rewriting all of it on every click is slow and makes
 *   a quota failure more likely);
 * - the index is written in the same set() call as the entry, so a reader never sees an id
 *   without its entry; it carries each entry's updatedAt, so an open page that watches the
 *   index re-reads only the entries that changed;
 * - one unreadable entry is a key of its own that can be moved aside without touching the
 *   others;
 * - the advert snapshot sits under its own key (`watchlist:snapshot:<id>`, absent when there
 *   is no text), so the page reads the table's data without megabytes of advert text: with
 *   5,000 jobs that is about 3 MB instead of 20 MB at every open.
 * Versions 1 and 2 kept everything in one key (`watchlist`); see migrations/.
 */
export const CURRENT_VERSION = 3;

export const LEGACY_KEY = 'watchlist';
export const INDEX_KEY = 'watchlist:index';
const ENTRY_PREFIX = 'watchlist:entry:';
const SNAPSHOT_PREFIX = 'watchlist:snapshot:';
export const QUARANTINE_KEY = 'watchlist:quarantine';
export const SETTINGS_KEY = 'watchlist:settings';
export const SYNC_STATUS_KEY = 'watchlist:sync-status';
export const TOMBSTONES_KEY = 'watchlist:tombstones';
export const PROFILE_KEY = 'profile';

export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;
export const snapshotKey = (id: string) => `${SNAPSHOT_PREFIX}${id}`;

/** Adverts disappear, so the text is kept; capped so one huge page cannot fill the quota. */
export const SNAPSHOT_MAX_CHARS = 50_000;
export const NOTES_MAX_CHARS = 20_000;
export const MAX_TAGS = 30;
export const TAG_MAX_CHARS = 40;
/** Import files up to this size are read; 5,000 jobs with full snapshots stay well below it. */
export const MAX_IMPORT_CHARS = 300_000_000;

export const STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'closed'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const STATUS_LABELS: Record<Status, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  closed: 'Closed',
};

const Text = (max: number) => z.string().max(max);
const Nullable = (max: number) => Text(max).nullable();

/** Accepts what toISOString() writes and what another tool may write with an offset. */
export const IsoDate = z.iso.datetime({ offset: true });

export const PostingSummarySchema = z.object({
  title: Nullable(500),
  company: Nullable(300),
  location: Nullable(300),
  url: Nullable(4096),
  source: z.string().min(1).max(40),
  jobId: Nullable(300),
  salary: Nullable(300),
  employmentType: Nullable(100),
  closingDate: Nullable(100),
  datePosted: Nullable(100),
});
export type PostingSummary = z.infer<typeof PostingSummarySchema>;

export const CertificationNamedSchema = z.object({
  id: z.string().min(1).max(100),
  family: z.string().min(1).max(60),
  requirement: Requirement,
});
export type CertificationNamed = z.infer<typeof CertificationNamedSchema>;

export const RecommendationSummarySchema = z.object({
  id: z.string().min(1).max(100),
  family: z.string().min(1).max(60),
});

export const AnalysisSummarySchema = z.object({
  isPmoRole: z.boolean(),
  level: z.object({ id: LevelId.nullable(), confidence: z.number().min(0).max(1) }),
  office: OfficeId.nullable(),
  certifications: z.array(CertificationNamedSchema).max(100),
  recommendations: z.array(RecommendationSummarySchema).max(20),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummarySchema>;

export const SnapshotSchema = z.object({
  text: Text(SNAPSHOT_MAX_CHARS),
  /** The advert was longer than the cap; the start is kept. */
  truncated: z.boolean(),
});

export const Tag = z.string().trim().min(1).max(TAG_MAX_CHARS);

export const EntrySchema = z.object({
  id: z.string().min(1).max(4200),
  posting: PostingSummarySchema,
  analysis: AnalysisSummarySchema,
  savedAt: IsoDate,
  updatedAt: IsoDate,
  status: Status,
  notes: Text(NOTES_MAX_CHARS),
  tags: z.array(Tag).max(MAX_TAGS),
  snapshot: SnapshotSchema,
});
export type Entry = z.infer<typeof EntrySchema>;

/** An entry as stored under its key and as the page lists it: everything but the advert text. */
export const StoredEntrySchema = EntrySchema.omit({ snapshot: true });
export type StoredEntry = z.infer<typeof StoredEntrySchema>;

/** The storage items that hold one entry. */
export function entryItems(e: Entry): Record<string, unknown> {
  const { snapshot, ...stored } = e;
  return snapshot.text ? { [entryKey(e.id)]: stored, [snapshotKey(e.id)]: snapshot } : { [entryKey(e.id)]: stored };
}

export const EntryPatchSchema = z
  .object({
    status: Status.optional(),
    notes: Text(NOTES_MAX_CHARS).optional(),
    tags: z.array(Tag).max(MAX_TAGS).optional(),
  })
  .strict();
export type EntryPatch = z.infer<typeof EntryPatchSchema>;

export const IndexSchema = z.object({
  version: z.number().int().positive(),
  /** id -> updatedAt of that entry, so a watcher can tell which entries changed. */
  entries: z.record(z.string(), z.string()),
});
export type Index = z.infer<typeof IndexSchema>;

export const QuarantineItemSchema = z.object({
  /** The storage key or import position the value came from. */
  from: z.string(),
  id: z.string().nullable(),
  reason: z.string(),
  at: z.string(),
  value: z.unknown(),
});
export type QuarantineItem = z.infer<typeof QuarantineItemSchema>;
export const QuarantineSchema = z.object({ items: z.array(QuarantineItemSchema) });

/** How many saved jobs the quarantine holds: a job and its advert text are two items, one job. */
export function quarantinedJobs(items: readonly QuarantineItem[]): number {
  return new Set(items.map((i) => i.id ?? `${i.from}\u0000${i.at}`)).size;
}

export const SettingsSchema = z.object({ sync: z.boolean().default(false) });
export type Settings = z.infer<typeof SettingsSchema>;

export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'ok', 'partial', 'error']),
  at: z.string().nullable(),
  message: z.string(),
  synced: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/* The shapes the background answers with (lib/messages.ts). */
export const WatchlistStateSchema = z.object({
  mode: z.enum(['ready', 'read-only']),
  version: z.number().int().nullable(),
  message: z.string().nullable(),
  quarantined: z.number().int().nonnegative(),
  movedAside: z.number().int().nonnegative(),
});
export const MergeReportSchema = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});
export const ImportReportSchema = MergeReportSchema.extend({
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});

/* ------------------------------------------------------------------ ids */

/** Query parameters that identify a click, not a job; two links differing only in these are one advert. */
const TRACKING_PARAMS = new Set([
  'gclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'dclid', 'yclid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'ref', 'refid', 'referer', 'referrer', 'trk', 'trkinfo', 'trackingid', 'tracking_id', 'src', 'sourceid',
  'campaign', 'cmp', 'from', 'ebp', 'lipi', 'originalsubdomain', 'sid', 'sessionid', 'position', 'pagenum',
  'currentjobid', 'utm',
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('pk_') || n.startsWith('mtm_') || TRACKING_PARAMS.has(n);
}

/** The same advert reached through different links gets one URL: no tracking, no fragment, sorted query. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const kept = [...url.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const host = url.hostname.replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  // http and https lead to the same advert; one scheme keeps one id.
  return `https://${host}${port}${path}${query}`;
}

/** FNV-1a, 64 bits as two 32-bit halves: stable across runs and browsers, no crypto API needed. */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Readers that are not a board: their job ids come from the page, so the site qualifies them. */
const GENERIC_SOURCES = new Set(['jsonld', 'microdata', 'generic', 'selection', 'text']);

export interface IdParts {
  source: string;
  jobId?: string | null;
  url?: string | null;
  title?: string | null;
  company?: string | null;
  text?: string | null;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The key that makes "save twice" an update: board and job id, else the canonical URL, else
 * a hash of what the advert says.
 */
export function canonicalId(p: IdParts): string {
  const jobId = p.jobId?.trim();
  const url = p.url ? canonicalUrl(p.url) : null;
  if (jobId) {
    if (GENERIC_SOURCES.has(p.source) && url) return `${new URL(url).hostname}:${jobId}`;
    return `${p.source}:${jobId}`;
  }
  if (url) return url;
  return `text:${hash64(`${squash(p.title)}\n${squash(p.company)}\n${squash(p.text)}`)}`;
}

/* -------------------------------------------------------------- building */

export function capSnapshot(text: string): Entry['snapshot'] {
  if (text.length <= SNAPSHOT_MAX_CHARS) return { text, truncated: false };
  let cut = SNAPSHOT_MAX_CHARS;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return { text: text.slice(0, cut), truncated: true };
}

const clip = (s: string | null | undefined, max: number): string | null => {
  const t = s?.trim();
  return t ? t.slice(0, max) : null;
};

function summarisePosting(posting: Posting): PostingSummary {
  return {
    title: clip(posting.title, 500),
    company: clip(posting.company, 300),
    location: clip(posting.location, 300),
    url: clip(posting.url, 4096),
    source: posting.source,
    jobId: clip(posting.jobId, 300),
    salary: clip(posting.salary, 300),
    employmentType: clip(posting.employmentType, 100),
    closingDate: clip(posting.closingDate, 100),
    datePosted: clip(posting.datePosted, 100),
  };
}

function summariseAnalysis(analysis: Analysis): AnalysisSummary {
  const certs = new Map<string, CertificationNamed>();
  for (const c of analysis.certificationsMentioned) {
    const seen = certs.get(c.id);
    if (!seen || REQUIREMENT_RANK[c.requirement] < REQUIREMENT_RANK[seen.requirement]) {
      certs.set(c.id, { id: c.id, family: c.family, requirement: c.requirement });
    }
  }
  const office = [...analysis.offices].sort((a, b) => b.score - a.score)[0]?.id ?? null;
  const recommendations = [...analysis.recommendations]
    .sort((a, b) => b.score - a.score)
    .filter((r) => !r.held)
    .slice(0, 5)
    .map((r) => ({ id: r.id, family: r.family }));
  return {
    isPmoRole: analysis.isPmoRole,
    level: { id: analysis.level.id, confidence: Math.min(1, Math.max(0, analysis.level.confidence)) },
    office,
    certifications: [...certs.values()].slice(0, 100),
    recommendations,
  };
}

/**
 * The entry for a save. Saving an advert already in the list refreshes what the page says
 * and keeps what the reader wrote (status, notes, tags) and when they first saved it.
 */
export function buildEntry(posting: Posting, analysis: Analysis, now: Date, existing?: Entry): Entry {
  const fresh = summarisePosting(posting);
  const id = existing?.id ?? canonicalId(posting);
  const snapshot = posting.text.trim() ? capSnapshot(posting.text) : (existing?.snapshot ?? { text: '', truncated: false });
  const postingMerged: PostingSummary = existing
    ? (Object.fromEntries(
        Object.entries(fresh).map(([k, v]) => [k, v ?? existing.posting[k as keyof PostingSummary]]),
      ) as PostingSummary)
    : fresh;
  return {
    id,
    posting: postingMerged,
    analysis: summariseAnalysis(analysis),
    savedAt: existing?.savedAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    status: existing?.status ?? 'saved',
    notes: existing?.notes ?? '',
    tags: existing?.tags ?? [],
    snapshot,
  };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'entry'}: ${i.message}`)
    .join('; ');
}
