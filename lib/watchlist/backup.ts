import type { KeyValueArea } from './area';
import { ImportError, parseImport, type ImportReport } from './import';
import { readEntries } from './read';
import type { Entry } from './schema';
import type { MergeReport } from './store';

/**
 * Backups of any size, in steps a page can show progress for. A browser message is capped
 * (64 MiB in Chromium), so an import is parsed in the page and sent in batches well under
 * that; an export reads the saved jobs a slice at a time.
 */

export type Progress = (done: number, total: number) => void;

/** Characters of JSON per batch: at most 12 MB once encoded, far below any message limit. */
export const BATCH_CHARS = 4_000_000;
const READ_SLICE = 250;

/** Splits entries into batches whose JSON stays under `maxChars` (a single larger entry goes alone). */
export function batches(entries: readonly Entry[], maxChars = BATCH_CHARS): Entry[][] {
  const out: Entry[][] = [];
  let current: Entry[] = [];
  let size = 2;
  for (const e of entries) {
    const n = JSON.stringify(e).length + 1;
    if (current.length && size + n > maxChars) {
      out.push(current);
      current = [];
      size = 2;
    }
    current.push(e);
    size += n;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Parses a backup and hands it to `send` batch by batch. Whole-file problems throw
 * ImportError; if a batch fails, the error says how many jobs were imported before it.
 */
export async function importBackup(
  text: string,
  send: (entries: Entry[]) => Promise<MergeReport>,
  onProgress: Progress = () => undefined,
  maxChars = BATCH_CHARS,
): Promise<ImportReport> {
  const { entries, rejected } = parseImport(text);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, rejected };
  let done = 0;
  onProgress(0, entries.length);
  for (const batch of batches(entries, maxChars)) {
    let merged: MergeReport;
    try {
      merged = await send(batch);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new ImportError(done ? `Import stopped after ${done} of ${entries.length} jobs: ${why}` : why);
    }
    report.added += merged.added;
    report.updated += merged.updated;
    report.unchanged += merged.unchanged;
    done += batch.length;
    onProgress(done, entries.length);
  }
  return report;
}

/**
 * Every listed job with its advert text, for a JSON backup. Reports the jobs whose stored
 * text could not be read, so a backup never leaves text out without saying so.
 */
export async function readBackup(
  area: KeyValueArea,
  ids: readonly string[],
  onProgress: Progress = () => undefined,
): Promise<{ entries: Entry[]; unreadableTexts: number }> {
  const entries: Entry[] = [];
  let unreadableTexts = 0;
  onProgress(0, ids.length);
  for (let i = 0; i < ids.length; i += READ_SLICE) {
    const slice = await readEntries(area, ids.slice(i, i + READ_SLICE));
    entries.push(...slice.entries);
    unreadableTexts += slice.badSnapshots.length;
    onProgress(Math.min(ids.length, i + READ_SLICE), ids.length);
  }
  return { entries, unreadableTexts };
}
