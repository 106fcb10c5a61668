import { CONTAINMENT_THRESHOLD, MIN_SHINGLES, RESEMBLANCE_THRESHOLD, shingles } from './duplicates';

/**
 * A saved advert's text in a few hundred characters, kept in its summary, so that finding the
 * job an advert reposts reads the text of a handful of likely jobs rather than of every one.
 * It is the number of four-word runs the text has and the smallest of their hashes (a uniform
 * sample of the runs): the share of that sample found among the new advert's runs estimates how
 * much of the saved text the advert repeats. Jobs the sample says may match are then compared
 * on their full text, as before, so a match is decided exactly; the sample only rules jobs out.
 */

/** Runs sampled per text. */
export const PRINT_SAMPLE = 32;

export interface TextPrint {
  /** Distinct four-word runs in the text. */
  runs: number;
  /** The smallest PRINT_SAMPLE run hashes, smallest first. */
  sample: number[];
}

export function textPrint(text: string): string {
  const runs = shingles(text);
  const sample = [...runs].sort((a, b) => a - b).slice(0, PRINT_SAMPLE);
  return `${runs.size}:${sample.map((h) => h.toString(36)).join(',')}`;
}

export function readPrint(print: string | undefined): TextPrint | null {
  const m = /^(\d+):([0-9a-z,]*)$/.exec(print ?? '');
  if (!m) return null;
  const sample = m[2] ? m[2].split(',').map((h) => parseInt(h, 36)) : [];
  return sample.every((h) => Number.isInteger(h)) ? { runs: Number(m[1]), sample } : null;
}

/**
 * Whether a saved text could be the same advert as one whose runs are `mine`, judged from its
 * print: false only when the sample leaves no reasonable chance of either threshold being met.
 * Leans to true: a false true costs one text read, a false false a missed repost.
 */
export function mayMatch(mine: ReadonlySet<number>, print: TextPrint): boolean {
  if (mine.size < MIN_SHINGLES || print.runs < MIN_SHINGLES) return false;
  if (!print.sample.length) return true;
  const hits = print.sample.filter((h) => mine.has(h)).length;
  // The share of the saved runs the advert must repeat for a match: either threshold, whichever asks less.
  const needed = Math.min(RESEMBLANCE_THRESHOLD, (CONTAINMENT_THRESHOLD * Math.min(mine.size, print.runs)) / print.runs);
  // A sample of the whole text (a short one) is exact; otherwise allow well over three standard errors.
  if (print.sample.length >= print.runs) return hits / print.runs >= needed;
  return hits >= Math.floor(print.sample.length * needed * 0.4);
}
