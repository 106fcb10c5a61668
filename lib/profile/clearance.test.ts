import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../analyze/facts/rules';
import { readFacts } from '../analyze/facts';
import { postingFromText } from '../posting';
import { HOLDINGS_DATA, HoldingsSchema } from './holdings';
import { CLEARANCE_ORDER, clearanceCovers, clearanceLabel, isKnownClearance } from './clearance';

describe('clearance levels, defined once in data/holdings.json', () => {
  it('every level the advert facts can read has a label and a rank', () => {
    const read = loadFactRules().clearanceLevels.map((l) => l.id);
    const missing = read.filter((id) => !isKnownClearance(id) || !CLEARANCE_ORDER.includes(id));
    expect(missing, 'clearance ids read from adverts but not in data/holdings.json').toEqual([]);
    // A known level is labelled from the data, not from its id.
    expect(clearanceLabel('edv')).toBe('eDV');
    expect(clearanceLabel('ts-sci')).toBe('TS/SCI');
    expect(clearanceLabel('public-trust')).toBe('Public Trust');
    expect(clearanceLabel('q-clearance')).toBe('Q CLEARANCE');
  });

  it('the order across countries agrees with each ladder: a level that covers another sorts after it', () => {
    expect(CLEARANCE_ORDER.slice(0, 3)).toEqual(['bpss', 'public-trust', 'ctc']);
    expect(CLEARANCE_ORDER.at(-1)).toBe('ts-sci');
    for (const held of CLEARANCE_ORDER)
      for (const asked of CLEARANCE_ORDER) if (held !== asked && clearanceCovers(held, asked)) expect(CLEARANCE_ORDER.indexOf(held)).toBeGreaterThan(CLEARANCE_ORDER.indexOf(asked));
  });

  it('the data is refused when two levels share a rank, a ladder climbs down in rank, or a level has no CV names', () => {
    const copy = () => structuredClone(HOLDINGS_DATA) as typeof HOLDINGS_DATA;
    const shared = copy();
    shared.clearanceLadders[0]!.levels[1]!.rank = shared.clearanceLadders[2]!.levels[0]!.rank;
    expect(HoldingsSchema.safeParse(shared).error?.issues[0]?.message).toMatch(/clearance rank \d+ is given to both/);
    const down = copy();
    down.clearanceLadders[0]!.levels[0]!.rank = 50;
    expect(HoldingsSchema.safeParse(down).error?.issues[0]?.message).toMatch(/United Kingdom: ctc is above bpss/);
    const unnamed = copy();
    delete (unnamed.clearanceNames as Record<string, unknown>).pv;
    expect(HoldingsSchema.safeParse(unnamed).error?.issues[0]?.message).toBe('clearance pv has no names in clearanceNames');
    expect(HoldingsSchema.safeParse(HOLDINGS_DATA).success).toBe(true);
  });

  it('an advert naming two levels is read as asking for the more demanding one', () => {
    const text = 'You must hold BPSS and be willing to undergo SC clearance.';
    expect(readFacts(postingFromText(text), text, { today: '2026-11-29' }).clearance?.level).toBe('sc');
  });
});
