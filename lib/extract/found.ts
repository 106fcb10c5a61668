import type { Posting } from '../posting';

/** What one reader found on the page; index.ts merges the readings into a Posting. */
export type Found = Partial<Omit<Posting, 'source'>>;
