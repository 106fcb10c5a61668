import { z } from 'zod';
import { FactsSchema, LevelId, OfficeId, Requirement } from '../analysis';

/** Schemas and types of what the watchlist stores and exchanges; keys are in keys.ts. */
export const CURRENT_VERSION = 4;

/** Adverts disappear, so the text is kept; capped so one huge page cannot fill the quota. */
export const SNAPSHOT_MAX_CHARS = 50_000;
export const NOTES_MAX_CHARS = 20_000;
export const MAX_TAGS = 30;
export const TAG_MAX_CHARS = 40;

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

/** A skill, tool or clearance the advert asks for, kept so the page can set it against the profile. */
export const AskedSummarySchema = z.object({
  kind: z.enum(['skill', 'tool', 'clearance']),
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(120),
  requirement: Requirement,
});
export type AskedSummary = z.infer<typeof AskedSummarySchema>;
export const MAX_ASKED = 60;

export const AnalysisSummarySchema = z.object({
  isPmoRole: z.boolean(),
  level: z.object({ id: LevelId.nullable(), confidence: z.number().min(0).max(1) }),
  office: OfficeId.nullable(),
  certifications: z.array(CertificationNamedSchema).max(100),
  recommendations: z.array(RecommendationSummarySchema).max(20),
  /** Absent on jobs saved before skills, tools and clearance were kept: their fit counts certificates only. */
  asked: z.array(AskedSummarySchema).max(MAX_ASKED).optional(),
  /** The advert facts as the analysis read them; absent on jobs saved before facts were read. */
  facts: FactsSchema.optional(),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummarySchema>;

export const SnapshotSchema = z.object({
  text: Text(SNAPSHOT_MAX_CHARS),
  /** The advert was longer than the cap; the start is kept. */
  truncated: z.boolean(),
});

export const Tag = z.string().trim().min(1).max(TAG_MAX_CHARS);
export const GroupId = z.string().min(1).max(4200);

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
  /** Postings of one job linked by the reader (a repost from another board): the same group id. */
  group: GroupId.nullable().optional(),
});
export type Entry = z.infer<typeof EntrySchema>;

/** An entry as stored under its key and as the page lists it: everything but the advert text. */
export const StoredEntrySchema = EntrySchema.omit({ snapshot: true });
export type StoredEntry = z.infer<typeof StoredEntrySchema>;

export const EntryPatchSchema = z
  .object({
    status: Status.optional(),
    notes: Text(NOTES_MAX_CHARS).optional(),
    tags: z.array(Tag).max(MAX_TAGS).optional(),
    /** null unlinks. */
    group: GroupId.nullable().optional(),
  })
  .strict();
export type EntryPatch = z.infer<typeof EntryPatchSchema>;

/** id -> updatedAt, with no prototype: an id such as `__proto__` or `toString` is a key like any other. */
export type Stamps = Record<string, string>;
export interface Index {
  version: number;
  /** id -> updatedAt of that entry, so a watcher can tell which entries changed. */
  entries: Stamps;
}

export const emptyStamps = (): Stamps => Object.create(null) as Stamps;
export const hasId = (stamps: Stamps, id: string) => Object.prototype.hasOwnProperty.call(stamps, id);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStamp = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * Reads a stored index without trusting it: null when it is not an index at all; a record
 * whose date is not a date comes back under `bad` and stays listed with an empty stamp, so
 * it hides no job.
 */
export function parseIndex(raw: unknown): { index: Index; bad: { id: string; value: unknown }[] } | null {
  if (!isRecord(raw) || !isRecord(raw.entries)) return null;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
  const entries = emptyStamps();
  const bad: { id: string; value: unknown }[] = [];
  for (const [id, value] of Object.entries(raw.entries)) {
    if (isStamp(value)) entries[id] = value;
    else {
      entries[id] = '';
      bad.push({ id, value });
    }
  }
  return { index: { version, entries }, bad };
}

/** What an index is stored as: a plain object, whose own keys keep every id. */
export const indexValue = (index: Index) => ({ version: index.version, entries: Object.fromEntries(Object.entries(index.entries)) });

/** The index value with `set` stamped and `drop` removed; a fresh copy, the one read stays as it was. */
export function withStamps(index: Index, set: [string, string][], drop: string[] = []) {
  const entries = emptyStamps();
  Object.assign(entries, index.entries);
  for (const [id, at] of set) entries[id] = at;
  for (const id of drop) delete entries[id];
  return indexValue({ version: index.version, entries });
}

/** For a page following the index's change events: the same reading as parseIndex. */
export const IndexSchema = z.unknown().transform((raw, ctx): Index => {
  const parsed = parseIndex(raw);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'not a watchlist index' });
    return z.NEVER;
  }
  return parsed.index;
});

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

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'entry'}: ${i.message}`)
    .join('; ');
}

/* Kept importable from here: keys, ids and entry building each live in their own module. */
export * from './keys';
export { canonicalId, canonicalUrl, hash64, type IdParts } from './identity';
export { buildEntry, capSnapshot, entryItems } from './entry';
