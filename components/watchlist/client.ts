import type { createSender } from '../../lib/messages';
import type { KeyValueArea } from '../../lib/watchlist/store';
import type { ReminderPermissionsPort } from './Reminders';

export type Send = ReturnType<typeof createSender>;

/**
 * Everything the watchlist page needs from the browser, handed in so the page runs the same
 * in the extension and in a test: it reads storage directly, follows changes, and sends
 * every write to the background.
 */
export interface WatchlistClient {
  area: KeyValueArea;
  watch<T>(key: string, cb: (value: T | null) => void): () => void;
  send: Send;
  download(fileName: string, mime: string, text: string): void;
  /** Absent where the browser cannot be asked (tests of the rest of the page). */
  reminderPermissions?: ReminderPermissionsPort;
}
