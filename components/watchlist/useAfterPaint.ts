import { useEffect, useState } from 'preact/hooks';

/**
 * `value` once the page has been painted with the list on it, `before` until then: what is
 * worked out from every saved job (insights, the certificate path) waits for the
 * first screenful of rows rather than holding it up. After that it follows `value` at once.
 */
export function useAfterFirstPaint<T>(value: T, before: T, shown: boolean): T {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !shown) return;
    const t = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(t);
  }, [ready, shown]);
  return ready ? value : before;
}
