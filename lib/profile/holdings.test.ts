import { describe, expect, it } from 'vitest';
import { canonicalTool, clearanceCovers, findClearance, HOLDINGS, HOLDINGS_DATA, HoldingsSchema } from './holdings';
import { TOOL_OPTIONS } from './lexicon';

describe('holdings data', () => {
  it('validates, and every clearance example is read back as its own clearance', () => {
    expect(HoldingsSchema.safeParse(HOLDINGS_DATA).success).toBe(true);
    for (const [id, { example }] of Object.entries(HOLDINGS.clearanceNames)) expect(findClearance(example)?.id, example).toBe(id);
  });

  it('tool ids of the lexicon map to the ids the advert facts use, and the picker lists each tool once', () => {
    expect(canonicalTool('teams')).toBe('ms-teams');
    expect(canonicalTool('power-bi')).toBe('power-bi');
    const ids = TOOL_OPTIONS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ms-teams');
    expect(ids).not.toContain('teams');
  });
});

describe('clearance', () => {
  it('a higher rung of the same ladder covers a lower one, never the reverse or another country', () => {
    expect(clearanceCovers('dv', 'sc')).toBe(true);
    expect(clearanceCovers('sc', 'bpss')).toBe(true);
    expect(clearanceCovers('sc', 'dv')).toBe(false);
    expect(clearanceCovers('sc', 'secret')).toBe(false);
    expect(clearanceCovers(null, 'bpss')).toBe(false);
  });

  it('a bare acronym or everyday word counts only beside a clearance word', () => {
    expect(findClearance('Completed the SC-200 course and a Secret Santa')).toBeNull();
    expect(findClearance('Current holder of SC clearance; BPSS in 2018')?.id).toBe('sc');
    expect(findClearance('Vetting: DV (renewed 2024)')?.id).toBe('dv');
  });
});
