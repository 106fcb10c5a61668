import { migrate, MigrationError } from './migrations';
import { CSV_HEADER, EXPORT_FORMAT } from './export';
import { CURRENT_VERSION, describeIssues, EntrySchema, type Entry } from './schema';
import type { MergeReport, WatchlistStore } from './store';

export interface ImportReport extends MergeReport {
  rejected: { index: number; reason: string }[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Reads an exported watchlist: the current format, an export from an earlier version (run
 * through the same migrations as stored data), or a raw stored document. Whole-file problems
 * throw ImportError; a bad entry is reported by its position and the rest still import.
 */
export function parseImport(json: string): { version: number; entries: Entry[]; rejected: ImportReport['rejected'] } {
  const text = json.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError(looksLikeOurCsv(text) ? CSV_PICKED : NOT_JSON);
  }
  let version: number;
  let list: unknown[];
  if (Array.isArray(data)) {
    version = 1;
    list = data;
  } else if (data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)) {
    const doc = data as { format?: unknown; version?: unknown; entries: unknown[] };
    if (doc.format !== undefined && doc.format !== EXPORT_FORMAT) {
      throw new ImportError('This file is not a watchlist export (it has another format).');
    }
    if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
      throw new ImportError('This file has no readable version number.');
    }
    version = doc.version;
    list = doc.entries;
  } else {
    throw new ImportError('This file is not a watchlist export: no list of jobs in it.');
  }
  if (version > CURRENT_VERSION) {
    throw new ImportError(
      `This file was exported by a newer version of PMO Pathfinder (format ${version}; this version reads up to ${CURRENT_VERSION}). Update the extension, then import it again.`,
    );
  }

  const rejected: ImportReport['rejected'] = [];
  const entries: Entry[] = [];
  if (version === CURRENT_VERSION) {
    list.forEach((raw, index) => {
      const parsed = EntrySchema.safeParse(raw);
      if (parsed.success) entries.push(parsed.data);
      else rejected.push({ index, reason: describeIssues(parsed.error) });
    });
    return { version, entries, rejected };
  }

  const legacyDoc = version === 1 ? list : { version, entries: list };
  let migrated;
  try {
    migrated = migrate(legacyDoc, version);
  } catch (err) {
    throw new ImportError(`This file could not be read: ${err instanceof MigrationError ? err.message : String(err)}`);
  }
  for (const r of migrated.rejects) rejected.push({ index: r.index ?? -1, reason: r.reason });
  const positionOf = new Map<string, number>();
  list.forEach((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !positionOf.has(id)) positionOf.set(id, index);
  });
  for (const [id, raw] of migrated.doc.entries) {
    const parsed = EntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else rejected.push({ index: positionOf.get(id) ?? -1, reason: describeIssues(parsed.error) });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { version, entries, rejected };
}

const ONLY_JSON = 'Only a JSON backup (made with “Export JSON”) can be imported.';
const NOT_JSON = `This file is not a watchlist backup: it is not valid JSON. ${ONLY_JSON}`;
const CSV_PICKED = `This is a CSV export, which is for spreadsheets. ${ONLY_JSON}`;

function looksLikeOurCsv(text: string): boolean {
  const firstLine = text.slice(0, 400).split(/\r?\n/, 1)[0] ?? '';
  return firstLine.replace(/"/g, '').replace(/[;\t]/g, ',').startsWith(CSV_HEADER.slice(0, 3).join(','));
}

/** Validates, then merges by id into the store (newer updatedAt wins per entry). */
export async function importJson(store: WatchlistStore, json: string): Promise<ImportReport> {
  const { entries, rejected } = parseImport(json);
  const merged = await store.merge(entries);
  return { ...merged, rejected };
}
