import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSummary } from './summary-check';
import { summarise, SummarySchema } from './summary';
import { buildEntry } from './entry';
import { makeAnalysis, makePosting } from '../../tests/watchlist/helpers';

const good = () => {
  const s = summarise({ ...buildEntry(makePosting(), makeAnalysis(), new Date('2026-11-20T10:00:00Z')), notes: 'Call Sam', tags: ['leeds'] });
  return { ...s, pay: { min: 42_000, max: 46_000, currency: 'GBP' }, clearance: { level: 'sc', requirement: 'required' }, closing: '2026-12-01', salary: '£42,000 a year', search: 'pmo analyst\nleeds', print: 'ab12' };
};

const FIELDS = Object.keys(SummarySchema.shape);

/** A value the schema might see: the summary with one field replaced, removed or nested value broken. */
const mutated = fc.record({
  field: fc.constantFrom(...FIELDS),
  value: fc.oneof(
    fc.anything(),
    fc.constantFrom(null, undefined, '', 'x'.repeat(4201), '2026-1-01', 'gbp', 'SC', 'sc-', 7, Number.MAX_VALUE, [], [{}], {}, 'applied', 'director', 'portfolio'),
    fc.constantFrom(
      [{ id: 'p3o-foundation', family: 'p3o', requirement: 'required' }],
      [{ id: '', family: 'p3o', requirement: 'required' }],
      [{ id: 'p3o-foundation', family: 'p3o', requirement: 'asked' }],
      [{ kind: 'tool', id: 'jira', label: 'Jira', requirement: 'mentioned' }],
      [{ kind: 'cert', id: 'jira', label: 'Jira', requirement: 'mentioned' }],
      { min: null, max: 5, currency: 'USD' },
      { min: 1, max: 5 },
      { level: 'top-secret', requirement: 'willing' },
      { level: 'Top Secret', requirement: 'willing' },
    ),
  ),
});

describe('the hand-written summary check', () => {
  it('accepts a summary as the schema does, defaulting what the schema defaults', () => {
    const s = good();
    expect(checkSummary(s)).toEqual(SummarySchema.parse(s));
    const { asked: _asked, ...older } = s;
    expect(checkSummary(older)).toEqual(SummarySchema.parse(older));
  });

  it('passes and fails the same values as SummarySchema', () => {
    fc.assert(
      fc.property(mutated, ({ field, value }) => {
        const v: Record<string, unknown> = { ...good() };
        if (value === undefined) delete v[field];
        else v[field] = value;
        const schema = SummarySchema.safeParse(v);
        const check = checkSummary(v);
        expect(check !== null).toBe(schema.success);
        // The schema also drops keys it does not know; what the check lets through reads the same.
        if (schema.success) expect(SummarySchema.parse(check)).toEqual(schema.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not a summary at all', () => {
    for (const v of [null, 'summary', 42, [], [good()]]) expect(checkSummary(v)).toBeNull();
  });
});
