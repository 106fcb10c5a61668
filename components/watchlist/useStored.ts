import { useEffect, useState } from 'preact/hooks';
import type { WatchlistClient } from './client';

/** One stored value, read at open and followed through its change events, checked by `parse`. */
export function useStored<T>(client: WatchlistClient, key: string, parse: (raw: unknown) => T): T {
  const [value, setValue] = useState<T>(() => parse(undefined));
  useEffect(() => {
    let alive = true;
    let changed = false;
    const unwatch = client.watch<unknown>(key, (raw) => {
      changed = true;
      if (alive) setValue(parse(raw ?? undefined));
    });
    // A change seen while the first read was under way is newer than what that read returns.
    client.area.get([key]).then(
      (r) => alive && !changed && setValue(parse(r[key])),
      () => undefined,
    );
    return () => {
      alive = false;
      unwatch();
    };
  }, [client, key]);
  return value;
}
