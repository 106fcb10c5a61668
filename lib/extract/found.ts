import type { Posting } from '../posting';

/** What one reader found on the page; the pieces are merged into a Posting by index.ts. */
export type Found = Partial<Omit<Posting, 'source'>> & { source?: string };

/** Text shorter than this is not an advert (an empty or placeholder description). */
export const MIN_TEXT = 40;
