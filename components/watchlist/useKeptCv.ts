import { useMemo } from 'preact/hooks';
import { errorText } from '../../lib/errors';
import { parseKeptCv, type KeptCvRead } from '../../lib/watchlist/kept-cv';
import { KEPT_CV_KEY } from '../../lib/watchlist/schema';
import type { WatchlistClient } from './client';
import { useStored } from './useStored';

/** The CV text kept on this computer, and the two things the reader can do with it. */
export interface KeptCvPort extends KeptCvRead {
  /** Keeps the text; resolves to why it could not be kept, or null. */
  keep(text: string, from: string): Promise<string | null>;
  forget(): Promise<string | null>;
}

const attempt = (work: () => Promise<unknown>) =>
  work().then(
    () => null,
    (err: unknown) => errorText(err),
  );

/** The same object until the kept text changes, so the memoised side panel is not rendered again by a keystroke. */
export function useKeptCv(client: WatchlistClient): KeptCvPort {
  const read = useStored(client, KEPT_CV_KEY, parseKeptCv);
  return useMemo(
    () => ({
      ...read,
      keep: (text: string, from: string) => attempt(() => client.send('keepCv', { text, from })),
      forget: () => attempt(() => client.send('forgetCv', {})),
    }),
    [read, client],
  );
}
