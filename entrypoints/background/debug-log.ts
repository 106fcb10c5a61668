/**
 * Counts ignored messages; readable from the background console as `pmoDebugLog.snapshot()`.
 * It also holds the context-menu click handler, because no browser automation can open a
 * native context menu: the browser tests click through here instead.
 */
import type { registerSelectionMenu } from './selection-menu';

const counts = new Map<string, number>();

type MenuClick = ReturnType<typeof registerSelectionMenu>;

export const debugLog = {
  count(key: string): void {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  },
  snapshot(): Record<string, number> {
    return Object.fromEntries(counts);
  },
  selectionMenuClick: null as MenuClick | null,
  /** Reminders' hook for the browser tests (see reminders.ts). */
  reminders: null as { fireSoon(ms?: number): Promise<string[]> } | null,
};

(globalThis as { pmoDebugLog?: typeof debugLog }).pmoDebugLog = debugLog;
