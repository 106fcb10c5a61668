import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTAINMENT_THRESHOLD, overlap, RESEMBLANCE_THRESHOLD, shingles } from './duplicates';
import { mayMatch, PRINT_SAMPLE, readPrint, textPrint } from './duplicates-print';
import { ADVERT_TEXT } from '../../tests/watchlist/helpers';

const VOCABULARY = (
  'maintain produce report portfolio programme project office governance risk issue change control plan schedule budget forecast ' +
  'benefits dependency stakeholder board pack dashboard monthly weekly quarterly assurance gateway review resource capacity finance ' +
  'partner supplier contract lessons learned quality standard template process tool data analysis insight milestone baseline variance ' +
  'earned value cost time scope requirement decision action log register team lead support coordinate deliver improve embed'
).split(' ');

/** A text of `n` words drawn from the vocabulary by `seed`: texts of different seeds share few four-word runs. */
function wordsOf(seed: number, n: number): string[] {
  let s = seed >>> 0 || 1;
  // The high bits: an LCG's low bits repeat with a short period.
  return Array.from({ length: n }, () => VOCABULARY[((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 16) % VOCABULARY.length]!);
}

describe('text prints', () => {
  it('read back as written, and stay short whatever the length of the text', () => {
    const print = textPrint(ADVERT_TEXT);
    const read = readPrint(print)!;
    expect(read.runs).toBe(shingles(ADVERT_TEXT).size);
    expect(read.sample).toEqual([...shingles(ADVERT_TEXT)].sort((a, b) => a - b).slice(0, PRINT_SAMPLE));
    expect(textPrint(wordsOf(3, 8_000).join(' ')).length).toBeLessThanOrEqual(400);
    expect(readPrint('not a print')).toBeNull();
    expect(readPrint(undefined)).toBeNull();
  });

  it('the same advert inside another board’s words may match; an unrelated advert does not', () => {
    const board = `Posted 2 days ago. Easy apply. Save this job.\n${ADVERT_TEXT}\nReport this job. Reference 51234567.`;
    expect(mayMatch(shingles(board), readPrint(textPrint(ADVERT_TEXT))!)).toBe(true);
    expect(mayMatch(shingles(ADVERT_TEXT), readPrint(textPrint(board))!)).toBe(true);
    expect(mayMatch(shingles(wordsOf(11, 400).join(' ')), readPrint(textPrint(ADVERT_TEXT))!)).toBe(false);
  });

  it('never rules out a saved text that the full comparison would call the same advert', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 30, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 300 }),
        (seed, shared, savedExtra, newExtra) => {
          const core = wordsOf(seed, shared);
          const saved = [...wordsOf(seed + 1, savedExtra), ...core].join(' ');
          const incoming = [...core, ...wordsOf(seed + 2, newExtra)].join(' ');
          const full = overlap(shingles(incoming), shingles(saved));
          if (!full || (full.resemblance < RESEMBLANCE_THRESHOLD && full.containment < CONTAINMENT_THRESHOLD)) return;
          expect(mayMatch(shingles(incoming), readPrint(textPrint(saved))!)).toBe(true);
        },
      ),
      { numRuns: 400, seed: 17 },
    );
  });

  it('rules out nearly every unrelated saved text', () => {
    const mine = shingles(wordsOf(5, 600).join(' '));
    const kept = Array.from({ length: 200 }, (_, i) => readPrint(textPrint(wordsOf(1000 + i, 500).join(' ')))!).filter((p) => mayMatch(mine, p));
    expect(kept.length).toBeLessThanOrEqual(4);
  });
});
