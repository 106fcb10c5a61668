import type { Profile } from '../../lib/analysis';
import { exportFileName } from '../../lib/watchlist/export';
import type { Summary } from '../../lib/watchlist/summary';
import type { WatchlistClient } from './client';
import type { FitOf, IsHeld } from './WatchlistRow';
import { useBackup, type BackupProgress, type BackupResult } from './useBackup';

interface Props {
  client: WatchlistClient;
  entries: readonly Summary[];
  readOnly: boolean;
  /** The reader's held rule, so the CSV lists what they hold as the page shows it. */
  isHeld: IsHeld;
  fitOf?: FitOf;
  /** Exported as the file `npm run analyze -- --profile` reads. */
  profile?: Profile;
}

export function DataPanel({ client, entries, readOnly, isHeld, fitOf, profile }: Props) {
  const backup = useBackup(client, entries, isHeld, fitOf);
  const busy = backup.progress !== null;
  return (
    <section class="wl-card" aria-labelledby="wl-data-h">
      <h2 id="wl-data-h">Export and import</h2>
      <div class="wl-row">
        <button type="button" class="wl-button" data-testid="export-csv" disabled={!entries.length || busy} onClick={() => void backup.exportCsv()}>
          Export CSV (spreadsheet)
        </button>
        <button type="button" class="wl-button" data-testid="export-json" disabled={!entries.length || busy} onClick={() => void backup.exportJson()}>
          Export JSON (full backup)
        </button>
        {profile ? (
          <button
            type="button"
            class="wl-button"
            data-testid="export-profile"
            onClick={() => client.download(exportFileName('json', new Date(), 'pmo-profile'), 'application/json', `${JSON.stringify(profile, null, 2)}\n`)}
          >
            Export profile (JSON)
          </button>
        ) : null}
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
            await backup.importFile(file);
            input.value = '';
          }}
        />
        <p id="wl-import-help" class="wl-muted">
          Only a JSON backup imports. Jobs are matched by their id; where both copies exist, the more recently updated one is kept. Nothing is deleted.
        </p>
      </div>
      <div role="status" aria-live="polite" data-testid="backup-status">
        {backup.progress ? <Working progress={backup.progress} /> : null}
        {backup.result ? <Outcome result={backup.result} /> : null}
      </div>
    </section>
  );
}

function Working({ progress }: { progress: BackupProgress }) {
  const { label, done, total } = progress;
  return (
    <p class="wl-progress">
      <progress max={total || 1} value={done} aria-label={label} /> {label}
      {total ? `: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} jobs` : '…'}
    </p>
  );
}

function Outcome({ result }: { result: BackupResult }) {
  return (
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
  );
}
