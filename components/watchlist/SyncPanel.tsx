import { useState } from 'preact/hooks';
import type { SyncStatus } from '../../lib/watchlist/schema';
import { formatDate } from '../../lib/watchlist/labels';

interface Props {
  enabled: boolean;
  status: SyncStatus | null;
  readOnly: boolean;
  onToggle: (on: boolean) => Promise<void>;
  onSyncNow: () => Promise<void>;
}

export function SyncPanel({ enabled, status, readOnly, onToggle, onSyncNow }: Props) {
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const tone = status?.state === 'error' ? 'wl-notice-danger' : status?.state === 'partial' ? 'wl-notice-warn' : '';
  return (
    <section class="wl-card" aria-labelledby="wl-sync-h">
      <h2 id="wl-sync-h">Sync</h2>
      <label class="wl-check">
        <input type="checkbox" checked={enabled} disabled={busy || readOnly} onChange={(e) => run(() => onToggle(e.currentTarget.checked))} />
        Sync my watchlist across my browsers
      </label>
      <p class="wl-muted">
        Uses your browser’s own sync (Chrome sync or Firefox Sync). Your profile goes too; advert and CV text stay on this computer. Sync carries
        the rest, as many jobs as its 100 KB allows.
      </p>
      {enabled ? (
        <div class="wl-row">
          <button type="button" class="wl-button" disabled={busy} onClick={() => run(onSyncNow)}>
            Sync now
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {enabled && status ? (
          <p class={`wl-notice ${tone}`}>
            {status.message}
            {status.at ? <span class="wl-muted"> (last sync {formatDate(status.at)})</span> : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}
