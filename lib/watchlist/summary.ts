import { z } from 'zod';
import { ClearanceId, ClearanceRequirement, ContractType, Currency, LevelId, OfficeId, WorkplaceType } from '../analysis';
import { hash64 } from './identity';
import { PRINT_KEYS, printsKey, ROW_KEYS, ROW_SHARDS, rowsKey } from './keys';
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
  /** The salary as the advert words it, which the search box also matches. */
  salary: z.string().optional(),
  /**
   * Everything the search box matches, lower-cased: summaries stored by earlier versions carry
   * it; others have it worked out from their fields when first searched (`searchText`).
   */
  search: z.string().optional(),
  /**
   * A compact fingerprint of the advert text, so a repost can be found without reading every
   * text (duplicates.ts): summaries stored by earlier versions carry it; it is now stored in
   * shards of its own (`printShardText`), which the page does not read.
   */
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
    ...(e.posting.salary ? { salary: e.posting.salary } : {}),
  };
}

/**
 * Everything the search box matches, lower-cased: the words of the title, employer, place,
 * salary, board, notes, tags, certificates, level, status and advert facts. A search term holds
 * no space, so only which words are here counts, not their order. Worked out once per summary,
 * which is replaced on a change, never mutated, so the cached text cannot go stale.
 */
const searchTexts = new WeakMap<Summary, string>();
export function searchText(s: Summary): string {
  if (s.search !== undefined) return s.search;
  let text = searchTexts.get(s);
  if (text === undefined) {
    text = [
      s.title,
      s.company,
      s.location,
      s.salary,
      s.source,
      s.notes,
      s.tags.join(' '),
      s.certs.map((c) => `${c.id} ${c.family}`).join(' '),
      s.level ? LEVEL_LABELS[s.level] : '',
      STATUS_LABELS[s.status],
      s.contract,
      s.workplace,
      s.clearance?.level,
      s.tools.map((t) => `${t.id} ${t.label}`).join(' '),
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    searchTexts.set(s, text);
  }
  return text;
}

/** A job as the writer holds it: with its advert text when that was at hand. */
type Held = StoredEntry & { snapshot?: { text: string } };

/** The fingerprint of a job's advert text, and the entry's updatedAt it was kept with. */
export interface StoredPrint {
  at: string;
  print: string;
}

/** Which shard holds a job's summary: stable across runs and browsers. */
export const shardOf = (id: string) => parseInt(hash64(id).slice(0, 8), 16) % ROW_SHARDS;

/**
 * A summary's fields in the order a stored shard's rows hold them (see `shardText`): the
 * search text and the print are not among them (see the schema).
 */
const FIELDS = (Object.keys(SummarySchema.shape) as (keyof Summary)[]).filter((f) => f !== 'search' && f !== 'print');
const KNOWN = new Set<string>(Object.keys(SummarySchema.shape));
/** Fields a summary may leave out but never holds as null: a row holds null for them when left out. */
const ABSENT_AS_NULL = new Set<string>(['asked', 'source', 'salary', 'search', 'print']);

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
  if (names.length === FIELDS.length && names.every((n, i) => n === FIELDS[i])) {
    return raw.rows.map((row: unknown) => (Array.isArray(row) && row.length === FIELDS.length ? fromRow(row) : null));
  }
  // Worked out once per table rather than per value: which columns to keep, and which of them a null leaves out.
  const keep: number[] = [];
  const nullMeansAbsent: boolean[] = [];
  names.forEach((name, i) => {
    if (!KNOWN.has(name)) return;
    keep.push(i);
    nullMeansAbsent.push(ABSENT_AS_NULL.has(name));
  });
  return raw.rows.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== names.length) return null;
    const out: Record<string, unknown> = {};
    for (let k = 0; k < keep.length; k++) {
      const i = keep[k]!;
      const value: unknown = row[i];
      if (value !== null || !nullMeansAbsent[k]) out[names[i]!] = value;
    }
    return out;
  });
}

/**
 * A row of a table in the layout this version writes (FIELDS), made back into a summary with
 * every field named in the code: the browser builds thousands of these at open far faster
 * than by setting fields by name one at a time. summary.test.ts holds it to FIELDS.
 */
function fromRow(r: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: r[0],
    at: r[1],
    savedAt: r[2],
    title: r[3],
    company: r[4],
    location: r[5],
    url: r[6],
    status: r[7],
    level: r[8],
    office: r[9],
    certs: r[10],
    tags: r[11],
    notes: r[12],
    closing: r[13],
    pay: r[14],
    contract: r[15],
    workplace: r[16],
    clearance: r[17],
    tools: r[18],
    facts: r[20],
    group: r[22],
  };
  if (r[19] !== null) out.asked = r[19];
  if (r[21] !== null) out.source = r[21];
  if (r[23] !== null) out.salary = r[23];
  return out;
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
 * text of a list of summaries, or that list itself, or a table with a search text and print
 * in each row) read the same; the writer's next full check stores them as tables of today.
 */
export const shardText = (rows: Summary[]) =>
  rows.length ? JSON.stringify({ fields: FIELDS, rows: rows.map((r) => FIELDS.map((f) => r[f] ?? null)) }) : '[]';

/** A print shard as stored: the JSON text of a list of `[id, at, print]`, in the order of the ids. */
export const printShardText = (prints: ReadonlyMap<string, StoredPrint>) =>
  JSON.stringify([...prints].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, p]) => [id, p.at, p.print]));

const isPrintRow = (v: unknown): v is [string, string, string] =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string') && (v[2] as string).length <= 400;

/**
 * The prints the stored values hold: those of a print shard, else those a summary of an
 * earlier version carried in its row. A damaged print is not used: that job's text is compared
 * in full, and the writer's next full check works it out again.
 */
export function storedPrints(got: Record<string, unknown>, summaries: Iterable<Summary>): Map<string, StoredPrint> {
  const out = new Map<string, StoredPrint>();
  for (const s of summaries) if (s.print !== undefined) out.set(s.id, { at: s.at, print: s.print });
  for (const key of PRINT_KEYS) {
    const value = got[key];
    const raw = typeof value === 'string' ? parseText(value) : value;
    if (!Array.isArray(raw)) continue;
    for (const row of raw) if (isPrintRow(row)) out.set(row[0], { at: row[1], print: row[2] });
  }
  return out;
}

/** Rows in a fixed order, so a shard rebuilt from the same jobs is the same value and is not rewritten. */
const byId = (a: Summary, b: Summary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every summary shard's and print shard's value for these entries (an empty shard is an empty list). */
export function shardValues(entries: Iterable<StoredEntry>, prints: ReadonlyMap<string, string> = new Map()): Record<string, string> {
  const shards: Summary[][] = Array.from({ length: ROW_SHARDS }, () => []);
  const printShards = Array.from({ length: ROW_SHARDS }, () => new Map<string, StoredPrint>());
  for (const e of entries) {
    const n = shardOf(e.id);
    shards[n]!.push(summarise(e));
    const print = prints.get(e.id);
    if (print !== undefined) printShards[n]!.set(e.id, { at: e.updatedAt, print });
  }
  return Object.fromEntries([
    ...shards.map((rows, i) => [rowsKey(i), shardText(rows.sort(byId))]),
    ...printShards.map((rows, i) => [printsKey(i), printShardText(rows)]),
  ]);
}

/**
 * The shard values after putting `changed` in and taking `dropped` out, given the shards as
 * stored (`stored` holds at least every shard touched, summaries and prints). Only touched
 * shards are returned. A job changed without its advert text at hand keeps the print it had.
 */
export function updateShards(stored: Record<string, unknown>, changed: readonly Held[], dropped: readonly string[]): Record<string, string> {
  const touched = new Map<number, { rows: Map<string, Summary>; prints: Map<string, StoredPrint> }>();
  const shard = (id: string) => {
    const n = shardOf(id);
    let held = touched.get(n);
    if (!held) {
      const rows = parseShard(stored[rowsKey(n)]);
      held = { rows: new Map(rows.map((s) => [s.id, s])), prints: storedPrints({ [printsKey(n)]: stored[printsKey(n)] }, rows) };
      touched.set(n, held);
    }
    return held;
  };
  for (const id of dropped) {
    const held = shard(id);
    held.rows.delete(id);
    held.prints.delete(id);
  }
  for (const e of changed) {
    const held = shard(e.id);
    held.rows.set(e.id, summarise(e));
    const print = e.snapshot ? textPrint(e.snapshot.text) : held.prints.get(e.id)?.print;
    if (print === undefined) held.prints.delete(e.id);
    else held.prints.set(e.id, { at: e.updatedAt, print });
  }
  return Object.fromEntries(
    [...touched].flatMap(([n, held]) => [
      [rowsKey(n), shardText([...held.rows.values()].sort(byId))],
      [printsKey(n), printShardText(held.prints)],
    ]),
  );
}

/** The shard keys, summaries and prints, that `ids` live in. */
export const shardKeysOf = (ids: Iterable<string>) => [...new Set([...ids].flatMap((id) => [rowsKey(shardOf(id)), printsKey(shardOf(id))]))];

/** Every summary shard and print shard. */
export const SHARD_KEYS: readonly string[] = [...ROW_KEYS, ...PRINT_KEYS];
