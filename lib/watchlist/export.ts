import type { Fit } from '../analysis';
import { fitLine } from '../analyze/fit';
import { toCsv } from './csv';
import { summarise } from './summary';
import { LEVEL_LABELS, OFFICE_LABELS } from './labels';
import { CURRENT_VERSION, STATUS_LABELS, type Entry, type QuarantineItem, type StoredEntry } from './schema';

export const EXPORT_FORMAT = 'pmo-pathfinder-watchlist';
const QUARANTINE_FORMAT = 'pmo-pathfinder-unreadable-jobs';

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  entries: Entry[];
}

const bySaved = (a: StoredEntry, b: StoredEntry) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : 1);

/** The full watchlist, snapshots included: what import reads back. */
export function exportJson(entries: readonly Entry[], now = new Date()): string {
  const doc: ExportDocument = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    entries: [...entries].sort(bySaved),
  };
  return JSON.stringify(doc, null, 1);
}

export function exportQuarantineJson(items: readonly QuarantineItem[], now = new Date()): string {
  return JSON.stringify({ format: QUARANTINE_FORMAT, exportedAt: now.toISOString(), items }, null, 1);
}

export const CSV_HEADER = [
  'Title',
  'Company',
  'Location',
  'Level',
  'Level confidence',
  'Office',
  'Status',
  'Saved',
  'Updated',
  'Closing date',
  'Salary',
  'Employment type',
  'Pay a year (min)',
  'Pay a year (max)',
  'Pay currency',
  'Contract',
  'Workplace',
  'Clearance',
  'Clearance requirement',
  'Tools',
  'Certifications required',
  'Certifications desirable',
  'Certifications mentioned',
  'Certifications held',
  'Your fit',
  'Required and missing',
  'Recommended next',
  'Tags',
  'Notes',
  'URL',
  'Source',
  'Job id',
  'Id',
] as const;

const certs = (e: StoredEntry, requirement: string) =>
  e.analysis.certifications
    .filter((c) => c.requirement === requirement)
    .map((c) => c.id)
    .join('; ');

/** The closing day as the table shows it (the facts' date, else the posting's), as YYYY-MM-DD where known. */
const closing = (e: StoredEntry) => summarise(e).closing ?? e.posting.closingDate;

/**
 * One row per job for a spreadsheet. The advert text stays out: Excel cells stop at 32,767
 * characters. `isHeld` is the reader's held rule (lib/analyze/held) and `fitOf` the fit
 * (lib/watchlist/fit), as the page shows them.
 */
export function exportCsv(
  entries: readonly StoredEntry[],
  isHeld: (cert: { id: string; family: string }) => boolean = () => false,
  fitOf?: (e: StoredEntry) => Fit,
): string {
  const rows = [...entries].sort(bySaved).map((e) => [
    e.posting.title,
    e.posting.company,
    e.posting.location,
    e.analysis.level.id ? LEVEL_LABELS[e.analysis.level.id] : '',
    e.analysis.level.id ? Math.round(e.analysis.level.confidence * 100) / 100 : '',
    e.analysis.office ? OFFICE_LABELS[e.analysis.office] : '',
    STATUS_LABELS[e.status],
    e.savedAt.slice(0, 10),
    e.updatedAt.slice(0, 10),
    closing(e),
    e.posting.salary,
    e.posting.employmentType,
    e.analysis.facts?.pay?.annualMin ?? '',
    e.analysis.facts?.pay?.annualMax ?? '',
    e.analysis.facts?.pay?.currency ?? '',
    e.analysis.facts?.contract?.type ?? '',
    e.analysis.facts?.workplace?.type ?? '',
    e.analysis.facts?.clearance?.level ?? '',
    e.analysis.facts?.clearance?.requirement ?? '',
    (e.analysis.facts?.tools ?? []).map((t) => t.id).join('; '),
    certs(e, 'required'),
    certs(e, 'desirable'),
    certs(e, 'mentioned'),
    e.analysis.certifications
      .filter(isHeld)
      .map((c) => c.id)
      .join('; '),
    fitOf ? fitLine(fitOf(e)) : '',
    fitOf
      ? fitOf(e)
          .asked.filter((a) => !a.held && a.requirement === 'required')
          .map((a) => a.label)
          .join('; ')
      : '',
    e.analysis.recommendations.map((r) => r.id).join('; '),
    e.tags.join('; '),
    e.notes,
    e.posting.url,
    e.posting.source,
    e.posting.jobId,
    e.id,
  ]);
  return toCsv([[...CSV_HEADER], ...rows]);
}

/** A file name that sorts by date: pmo-watchlist-2026-11-26.csv */
export function exportFileName(kind: 'csv' | 'json', now = new Date(), stem = 'pmo-watchlist'): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${kind}`;
}
