import type { KeyValueArea } from './area';

/** Follows changes to the area; the listener gets the keys each change touched. Returns the unsubscribe. */
export type FollowChanges = (listener: (keys: string[]) => void) => () => void;

/**
 * `area`, with one read of `keys` begun at once: a page starts it before its own code has
 * loaded, so the storage read runs while the page's scripts are evaluated and first drawn. The
 * first get() of any of those keys is answered from that read, which is then up to date:
 * changes are followed from the moment the read began, and a key changed since is read again
 * rather than answered from it. Each key is answered from the early read once; later reads
 * and every write go to `area`.
 */
export function readAhead(area: KeyValueArea, keys: readonly string[], follow: FollowChanges): KeyValueArea {
  const waiting = new Set(keys);
  const changed = new Set<string>();
  let unfollow: (() => void) | null = follow((touched) => {
    for (const k of touched) if (waiting.has(k)) changed.add(k);
  });
  const early = area.get([...keys]);
  // A failed early read is simply not used: the caller's own read reports the problem.
  early.catch(() => undefined);
  const done = () => {
    if (waiting.size === 0 && unfollow) {
      unfollow();
      unfollow = null;
    }
  };
  return {
    async get(ks) {
      const fromEarly = ks.length > 0 && ks.every((k) => waiting.has(k));
      if (!fromEarly) return area.get(ks);
      for (const k of ks) waiting.delete(k);
      try {
        const got = await early.catch(() => null);
        if (got === null || ks.some((k) => changed.has(k))) return await area.get(ks);
        const out: Record<string, unknown> = {};
        for (const k of ks) if (got[k] !== undefined) out[k] = got[k];
        return out;
      } finally {
        done();
      }
    },
    set: (items) => area.set(items),
    remove: (ks) => area.remove(ks),
    keys: () => area.keys(),
  };
}
