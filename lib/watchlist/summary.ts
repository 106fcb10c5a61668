import { z } from 'zod';
import { ClearanceId, ClearanceRequirement, ContractType, Currency, LevelId, OfficeId, WorkplaceType } from '../analysis';
import { hash64 } from './identity';
import { ROW_SHARDS, rowsKey } from './keys';
import { checkSummary } from './summary-check';
import { textPrint } from './duplicates-print';
import { LEVEL_LABELS } from './labels';
import { askedOf } from '../analyze/fit';
import { AskedSummarySchema, CertificationNamedSchema, Status, STATUS_LABELS, type StoredEntry } from './schema';

/**
 * What the watchlist table, its filters, sorts, search and the insights need of one saved job,
 * and nothing more: no advert text, no evidence, no recommendations. The page lists these;
 * a job's full entry is read only when its details are opened or the list is exported.
 */
export const SummarySchema = z.object({
  id: z.string().min(1).max(4200),
  /** The entry's updatedAt: a summary whose stamp differs from the index's is stale and not used. */
  at: z.string(),
  savedAt: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  status: Status,
  level: LevelId.nullable(),
  office: OfficeId.nullable(),
  certs: z.array(CertificationNamedSchema),
  tags: z.array(z.string()),
  notes: z.string(),
  /** YYYY-MM-DD. */
  closing: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Annual equivalents, so day rates and salaries sort and filter together. */
  pay: z.object({ min: z.number().nullable(), max: z.number().nullable(), currency: Currency }).nullable(),
  contract: ContractType.nullable(),
  workplace: WorkplaceType.nullable(),
  clearance: z.object({ level: ClearanceId, requirement: ClearanceRequirement }).nullable(),
  tools: z.array(z.object({ id: z.string(), label: z.string() })),
  /** The skills, tools and clearance the advert asks for, to set against the profile (lib/watchlist/fit). */
  asked: z.array(AskedSummarySchema).default([]),
  /** Whether the advert facts were read at all: jobs saved before they were show "—", not "none". */
  facts: z.boolean(),
  /** The board or site it was saved from, and the group of postings the reader linked it to (a repost). */
  source: z.string().optional(),
  group: z.string().nullable().optional(),
  /** Everything the search box matches, lower-cased once when the summary is built. */
  search: z.string(),
  /** A compact fingerprint of the advert text, so a repost can be found without reading every text (duplicates.ts). */
  print: z.string().max(400).optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** What the closing day is read from; a saved entry is one. */
export interface ClosingSource {
  posting: { closingDate: string | null };
  analysis: { facts?: { closingDate: { date: string } | null } | undefined };
}

/** The closing day: the facts' reading first, else a posting's own ISO closing date (JSON-LD validThrough). */
export function closingDay(e: ClosingSource): string | null {
  const fact = e.analysis.facts?.closingDate?.date;
  if (fact) return fact;
  return ISO_DAY.exec(e.posting.closingDate?.trim() ?? '')?.[1] ?? null;
}

function annualPay(e: StoredEntry): Summary['pay'] {
  const pay = e.analysis.facts?.pay;
  if (!pay || (pay.annualMin === null && pay.annualMax === null)) return null;
  return { min: pay.annualMin, max: pay.annualMax, currency: pay.currency };
}

/**
 * What a saved job asks besides certificates; a job saved before these were kept gives the
 * tools and clearance of its advert facts, at the strength the facts read.
 */
export function storedAsked(e: StoredEntry): NonNullable<StoredEntry['analysis']['asked']> {
  if (e.analysis.asked) return e.analysis.asked;
  return askedOf({ certificationsMentioned: [], skills: [], facts: e.analysis.facts }).map((a) => ({ kind: a.kind as 'tool' | 'clearance', id: a.id, label: a.label, requirement: a.requirement }));
}

export function summarise(e: StoredEntry): Summary {
  const facts = e.analysis.facts;
  const clearance = facts?.clearance ? { level: facts.clearance.level, requirement: facts.clearance.requirement } : null;
  const tools = [...new Map((facts?.tools ?? []).map((t) => [t.id, { id: t.id, label: t.label }])).values()];
  const search = [
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
    facts?.contract?.type,
    facts?.workplace?.type,
    clearance?.level,
    (facts?.tools ?? []).map((t) => `${t.id} ${t.label}`).join(' '),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return {
    id: e.id,
    at: e.updatedAt,
    savedAt: e.savedAt,
    title: e.posting.title,
    company: e.posting.company,
    location: e.posting.location,
    url: e.posting.url,
    source: e.posting.source,
    group: e.group ?? null,
    status: e.status,
    level: e.analysis.level.id,
    office: e.analysis.office,
    certs: e.analysis.certifications,
    tags: e.tags,
    notes: e.notes,
    closing: closingDay(e),
    pay: annualPay(e),
    contract: facts?.contract?.type ?? null,
    workplace: facts?.workplace?.type ?? null,
    clearance,
    tools,
    asked: storedAsked(e),
    facts: facts !== undefined,
    search,
  };
}

/** The summary with the fingerprint of the job's advert text (duplicates-print.ts), where it is known. */
function withPrint(s: Summary, print: string | undefined): Summary {
  if (print !== undefined) s.print = print;
  return s;
}

/** A job as the writer holds it: with its advert text when that was at hand. */
type Held = StoredEntry & { snapshot?: { text: string } };

/** The print of a job whose text is at hand, else the one its summary had (its text has not changed since). */
const printOf = (e: Held, previous: Summary | undefined) => (e.snapshot ? textPrint(e.snapshot.text) : previous?.print);

/** Which shard holds a job's summary: stable across runs and browsers. */
export const shardOf = (id: string) => parseInt(hash64(id).slice(0, 8), 16) % ROW_SHARDS;

/** A summary's fields in the order a stored shard's rows hold them (see `shardText`). */
const FIELDS = Object.keys(SummarySchema.shape) as (keyof Summary)[];
const KNOWN = new Set<string>(FIELDS);
/** Fields a summary may leave out but never holds as null: a row holds null for them when left out. */
const ABSENT_AS_NULL = new Set<string>(['asked', 'source', 'print']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The summaries a shard holds that validate; a damaged one is simply not used (the page reads
 * that job's entry instead, and the writer rebuilds the shard from the entries).
 */
export function parseShard(stored: unknown): Summary[] {
  const raw = typeof stored === 'string' ? parseText(stored) : stored;
  const values = Array.isArray(raw) ? raw : tableRows(raw);
  const out: Summary[] = [];
  for (const value of values) {
    const summary = checkSummary(value);
    if (summary) out.push(summary);
  }
  return out;
}

/**
 * The rows of a shard stored as a table, each made back into a summary by the field names
 * the table itself lists: a field this version does not know is left out, as the schema would.
 * A row of the wrong length is not a summary.
 */
function tableRows(raw: unknown): unknown[] {
  if (!isRecord(raw) || !Array.isArray(raw.fields) || !Array.isArray(raw.rows)) return [];
  const fields = raw.fields as unknown[];
  if (!fields.every((f) => typeof f === 'string')) return [];
  const names = fields as string[];
  return raw.rows.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== names.length) return null;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const value: unknown = row[i];
      if (KNOWN.has(name) && (value !== null || !ABSENT_AS_NULL.has(name))) out[name] = value;
    }
    return out;
  });
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A shard as stored: the JSON text of a table, the field names once and then one row of
 * values per summary. Browser storage hands a page one string far faster than thousands of
 * small objects, and without a name beside every value the text is a fifth shorter, which the
 * browser reads and the page parses in proportion. Shards stored by earlier versions (the JSON
 * text of a list of summaries, or that list itself) read the same; the writer's next full
 * check stores them as tables.
 */
export const shardText = (rows: Summary[]) =>
  rows.length ? JSON.stringify({ fields: FIELDS, rows: rows.map((r) => FIELDS.map((f) => r[f] ?? null)) }) : '[]';

/** Rows in a fixed order, so a shard rebuilt from the same jobs is the same value and is not rewritten. */
const byId = (a: Summary, b: Summary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every shard's value for these entries (an empty shard is an empty list). */
export function shardValues(entries: Iterable<StoredEntry>, prints: ReadonlyMap<string, string> = new Map()): Record<string, string> {
  const shards: Summary[][] = Array.from({ length: ROW_SHARDS }, () => []);
  for (const e of entries) shards[shardOf(e.id)]!.push(withPrint(summarise(e), prints.get(e.id)));
  return Object.fromEntries(shards.map((rows, i) => [rowsKey(i), shardText(rows.sort(byId))]));
}

/**
 * The shard values after putting `changed` in and taking `dropped` out, given the shards as
 * stored (`stored` holds at least every shard touched). Only touched shards are returned.
 */
export function updateShards(stored: Record<string, unknown>, changed: readonly Held[], dropped: readonly string[]): Record<string, string> {
  const touched = new Map<number, Map<string, Summary>>();
  const shard = (id: string) => {
    const n = shardOf(id);
    let rows = touched.get(n);
    if (!rows) {
      rows = new Map(parseShard(stored[rowsKey(n)]).map((s) => [s.id, s]));
      touched.set(n, rows);
    }
    return rows;
  };
  for (const id of dropped) shard(id).delete(id);
  for (const e of changed) {
    const rows = shard(e.id);
    rows.set(e.id, withPrint(summarise(e), printOf(e, rows.get(e.id))));
  }
  return Object.fromEntries([...touched].map(([n, rows]) => [rowsKey(n), shardText([...rows.values()].sort(byId))]));
}

/** The shard keys that `ids` live in. */
export const shardKeysOf = (ids: Iterable<string>) => [...new Set([...ids].map((id) => rowsKey(shardOf(id))))];
