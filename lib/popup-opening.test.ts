import { describe, expect, it } from 'vitest';
import { analystAnalysis, analystPosting } from '../tests/popup/fixtures';
import type { TabResult } from './messages';
import { sameAnswer } from './popup-opening';

/** A copy with every object's keys in sorted order, as Chromium's storage gives a stored value back. */
function sortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)])) as T;
}

describe('sameAnswer', () => {
  const answer: TabResult = { state: 'ok', posting: analystPosting(), analysis: analystAnalysis() };

  it('is the same answer when it comes back from storage with its keys in another order', () => {
    const stored = sortedKeys(answer);
    expect(JSON.stringify(stored)).not.toBe(JSON.stringify(answer));
    expect(sameAnswer(stored, answer)).toBe(true);
  });

  it('leaves the timings of a read aside', () => {
    expect(sameAnswer(answer, { ...answer, timings: { injectMs: 12, readMs: 1, analyzeMs: 3 } })).toBe(true);
  });

  it('tells a different advert or a different reading apart, whatever the key order', () => {
    const otherLevel = sortedKeys({ ...answer, analysis: analystAnalysis({ level: { id: 'manager', confidence: 0.6, evidence: [] } }) });
    expect(sameAnswer(otherLevel, answer)).toBe(false);
    const otherAdvert = sortedKeys({ ...answer, posting: analystPosting({ title: 'PMO Officer' }) });
    expect(sameAnswer(otherAdvert, answer)).toBe(false);
    expect(sameAnswer({ state: 'no-advert', reason: 'x' }, answer)).toBe(false);
  });
});
