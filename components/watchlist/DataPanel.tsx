import { useState } from 'preact/hooks';
import type { ImportReport } from '../../lib/watchlist/import';

interface Props {
  count: number;
  readOnly: boolean;
  onExportCsv: () => void;
  onExportJson: () => void | Promise<void>;
  onImport: (json: string) => Promise<ImportReport | string>;
}

function describe(report: ImportReport): string {
  const parts = [`${report.added} added`, `${report.updated} updated`, `${report.unchanged} already up to date`];
  if (report.rejected.length) parts.push(`${report.rejected.length} could not be read`);
  return `Import finished: ${parts.join(', ')}.`;
}

export function DataPanel({ count, readOnly, onExportCsv, onExportJson, onImport }: Props) {
  const [result, setResult] = useState<{ text: string; rejected: ImportReport['rejected']; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section class="wl-card" aria-labelledby="wl-data-h">
      <h2 id="wl-data-h">Export and import</h2>
      <div class="wl-row">
        <button type="button" class="wl-button" data-testid="export-csv" disabled={!count} onClick={onExportCsv}>
          Export CSV (spreadsheet)
        </button>
        <button type="button" class="wl-button" data-testid="export-json" disabled={!count} onClick={onExportJson}>
          Export JSON (full backup)
        </button>
      </div>
      <div class="wl-field">
        <label for="wl-import">Import a JSON backup</label>
        <input
          id="wl-import"
          type="file"
          accept=".json,application/json"
          data-testid="import"
          disabled={readOnly || busy}
          aria-describedby="wl-import-help"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setBusy(true);
            try {
              const out = await onImport(await file.text());
              setResult(typeof out === 'string' ? { text: out, rejected: [], error: true } : { text: describe(out), rejected: out.rejected, error: false });
            } finally {
              setBusy(false);
              input.value = '';
            }
          }}
        />
        <p id="wl-import-help" class="wl-muted">
          Jobs are matched by their id; where both copies exist, the more recently updated one is kept. Nothing is deleted.
        </p>
      </div>
      <div role="status" aria-live="polite">
        {result ? (
          <div class={result.error ? 'wl-notice wl-notice-danger' : 'wl-notice'}>
            <p>{result.text}</p>
            {result.rejected.length ? (
              <ul>
                {result.rejected.slice(0, 10).map((r) => (
                  <li key={r.index}>
                    {r.index >= 0 ? `Job ${r.index + 1} in the file` : 'A job in the file'}: {r.reason}
                  </li>
                ))}
                {result.rejected.length > 10 ? <li>… and {result.rejected.length - 10} more</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
