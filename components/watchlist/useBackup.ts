import { useState } from 'preact/hooks';
import { importBackup, readBackup } from '../../lib/watchlist/backup';
import { exportCsv, exportFileName, exportJson } from '../../lib/watchlist/export';
import type { ImportReport } from '../../lib/watchlist/import';
import { readStoredEntries } from '../../lib/watchlist/store';
import type { Summary } from '../../lib/watchlist/summary';
import { errorText } from '../../lib/errors';
import type { WatchlistClient } from './client';
import type { FitOf, IsHeld } from './WatchlistRow';
import { holderOfEntry } from '../../lib/watchlist/fit';

export interface BackupProgress {
  label: string;
  done: number;
  total: number;
}

export interface BackupResult {
  text: string;
  rejected: ImportReport['rejected'];
  error: boolean;
}

const jobs = (n: number) => `${n} ${n === 1 ? 'job' : 'jobs'}`;

function describe(report: ImportReport): string {
  const parts = [`${report.added} added`, `${report.updated} updated`, `${report.unchanged} already up to date`];
  if (report.rejected.length) parts.push(`${report.rejected.length} could not be read`);
  return `Import finished: ${parts.join(', ')}.`;
}

/** Export and import with visible progress: a large backup takes seconds either way. */
export function useBackup(client: WatchlistClient, entries: readonly Summary[], isHeld?: IsHeld, fitOf?: FitOf) {
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [result, setResult] = useState<BackupResult | null>(null);
  const track = (label: string) => (done: number, total: number) => setProgress({ label, done, total });

  const run = async (label: string, work: (onProgress: (done: number, total: number) => void) => Promise<BackupResult | null>) => {
    setResult(null);
    setProgress({ label, done: 0, total: 0 });
    try {
      setResult(await work(track(label)));
    } catch (err) {
      setResult({ text: errorText(err), rejected: [], error: true });
    } finally {
      setProgress(null);
    }
  };

  return {
    progress,
    result,
    // The page lists summaries; the spreadsheet has every column, so the entries are read (in one call) when asked for.
    exportCsv: async () => {
      try {
        const { entries: full } = await readStoredEntries(client.area, entries.map((e) => e.id));
        client.download(exportFileName('csv'), 'text/csv;charset=utf-8', exportCsv(full, isHeld, fitOf && ((e) => fitOf(holderOfEntry(e)))));
      } catch (err) {
        setResult({ text: errorText(err), rejected: [], error: true });
      }
    },
    exportJson: () =>
      run('Preparing the backup', async (onProgress) => {
        // The backup carries the advert text, which the table does not hold.
        const backup = await readBackup(client.area, entries.map((e) => e.id), onProgress);
        client.download(exportFileName('json'), 'application/json', exportJson(backup.entries));
        if (!backup.unreadableTexts) return null;
        const n = backup.unreadableTexts;
        const text = `The advert text of ${jobs(n)} could not be read, so the backup holds ${n === 1 ? 'that job' : 'those jobs'} without it. Reload this page to set the damaged text aside, then export the unreadable jobs to keep it.`;
        return { text, rejected: [], error: true };
      }),
    importFile: (file: File) =>
      run('Importing', async (onProgress) => {
        const report = await importBackup(await file.text(), (batch) => client.send('watchlistImportBatch', { entries: batch }), onProgress);
        return { text: describe(report), rejected: report.rejected, error: false };
      }),
  };
}
