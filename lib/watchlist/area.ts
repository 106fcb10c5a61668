import { CURRENT_VERSION } from './schema';

/**
 * The part of a storage area the watchlist needs, handed in by the caller: browser.storage.local
 * through a thin binding in the extension, an in-memory fake in tests. Keeps lib/ free of
 * browser APIs.
 */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** One call is applied as a whole: an entry and the index that lists it land together. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key stored, so a lost index can be rebuilt from the entries themselves. */
  keys(): Promise<string[]>;
}

export type WatchlistErrorCode = 'quota' | 'read-only' | 'not-found' | 'invalid' | 'storage';

export class WatchlistError extends Error {
  constructor(
    readonly code: WatchlistErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WatchlistError';
  }
}

export const QUOTA_MESSAGE =
  'Browser storage is full, so this change was not saved. Nothing already saved was lost: export your watchlist, then delete jobs you no longer need.';

export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

export const newerVersionMessage = (version: number, current = CURRENT_VERSION) =>
  `Your watchlist was saved by a newer version of PMO Pathfinder (storage version ${version}; this version reads up to ${current}). It is shown read-only and left exactly as it is: update the extension to edit it.`;
