/** Counts ignored messages; readable from the service worker console as `debugLog.snapshot()`. */
const counts = new Map<string, number>();

export const debugLog = {
  count(key: string): void {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  },
  snapshot(): Record<string, number> {
    return Object.fromEntries(counts);
  },
};

(globalThis as { pmoDebugLog?: typeof debugLog }).pmoDebugLog = debugLog;
