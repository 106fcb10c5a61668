import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { errorText } from '../../lib/errors';
import type { Profile } from '../../lib/analysis';
import { exportFileName, exportQuarantineJson } from '../../lib/watchlist/export';
import type { QuarantineItem, Status } from '../../lib/watchlist/schema';
import { readEntries } from '../../lib/watchlist/store';
import type { Summary } from '../../lib/watchlist/summary';
import type { RowActions } from './cells';
import type { WatchlistClient } from './client';
import type { ToastMessage } from './Toast';

/**
 * What the reader can do on the watchlist page: every change goes to the background, which
 * is the one writer; failures come back as a toast and nothing is lost.
 */
export function useJobActions(client: WatchlistClient) {
  const { send } = client;
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const dismiss = useCallback(() => setToast(null), []);
  const fail = (err: unknown) => setToast({ id: Date.now(), text: errorText(err), tone: 'error' });
  const loadEntry = useCallback(async (id: string) => (await readEntries(client.area, [id])).entries[0] ?? null, [client]);

  /** True when the change was stored, so an editor can close. */
  const attempt = async (write: () => Promise<unknown>) => {
    try {
      await write();
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };
  const update = (id: string, patch: { status?: Status; notes?: string; tags?: string[] }) => attempt(() => send('watchlistUpdate', { id, patch }));

  /** Deletes at once and offers to undo, rather than asking first. */
  const remove = async (entry: Summary) => {
    try {
      const { removed } = await send('watchlistDelete', { ids: [entry.id] });
      if (!removed.length) return;
      setToast({
        id: Date.now(),
        text: `Deleted “${entry.title ?? 'untitled advert'}”.`,
        action: { label: 'Undo', run: () => void send('watchlistRestore', { entries: removed }).catch(fail) },
      });
    } catch (err) {
      fail(err);
    }
  };

  // Rows are memoised, so they get one actions object for the page's life; it calls the latest handlers.
  const latest = useRef({ update, remove, attempt, fail });
  latest.current = { update, remove, attempt, fail };
  const row = useMemo<RowActions>(
    () => ({
      onStatus: (id: string, status: Status) => void latest.current.update(id, { status }),
      onNotes: (id: string, notes: string) => latest.current.update(id, { notes }),
      onTags: (id: string, tags: string[]) => latest.current.update(id, { tags }),
      onDelete: (e: Summary) => void latest.current.remove(e),
      loadEntry,
    }),
    [loadEntry],
  );

  // The same functions for the page's life, so the panels that take them are not rendered again for nothing.
  const panel = useMemo(
    () => ({
      saveProfile: (profile: Profile) => latest.current.attempt(() => send('setProfile', profile)),
      exportQuarantine: (items: readonly QuarantineItem[]) =>
        client.download(exportFileName('json', new Date(), 'pmo-watchlist-unreadable'), 'application/json', exportQuarantineJson(items)),
      setSync: (enabled: boolean) => send('watchlistSetSync', { enabled }).then(() => undefined, latest.current.fail),
      syncNow: () => send('watchlistSyncNow', {}).then(() => undefined, latest.current.fail),
    }),
    [client, send],
  );

  return { toast, dismiss, loadEntry, row, ...panel };
}
