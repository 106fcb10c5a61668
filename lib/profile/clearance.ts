import { clearanceLadders } from '../../data/holdings.json';

/**
 * Security clearances as data/holdings.json defines them: each country's ladder lowest first,
 * each level's label and its rank across countries. Read without a schema so that the
 * watchlist page can label and sort clearances without loading zod; holdings.ts validates the
 * same data at build and in tests.
 */
interface Level {
  id: string;
  label: string;
  rank: number;
}
interface Ladder {
  scheme: string;
  levels: readonly Level[];
}

export const CLEARANCE_LADDERS: readonly Ladder[] = clearanceLadders;

interface Rung {
  ladder: number;
  rung: number;
  label: string;
  rank: number;
}
// Built in pure calls, so a page that only labels levels (the popup) carries no more than it uses.
const RUNGS = /* @__PURE__ */ (() => {
  const out = new Map<string, Rung>();
  CLEARANCE_LADDERS.forEach((l, ladder) => l.levels.forEach((c, rung) => out.set(c.id, { ladder, rung, label: c.label, rank: c.rank })));
  return out;
})();

/** Every clearance id, from the least to the most demanding across countries. */
export const CLEARANCE_ORDER: readonly string[] = /* @__PURE__ */ (() => [...RUNGS].sort((a, b) => a[1].rank - b[1].rank).map(([id]) => id))();

/** The clearances a reader can say they hold, grouped by country. */
export const CLEARANCE_OPTIONS = /* @__PURE__ */ (() => CLEARANCE_LADDERS.map((l) => ({ scheme: l.scheme, levels: l.levels.map((c) => ({ id: c.id, label: c.label })) })))();

export const isKnownClearance = (id: string) => RUNGS.has(id);

/** "SC", "Public Trust"; a level the data does not know is shown as its id in capitals. */
export const clearanceLabel = (id: string): string => RUNGS.get(id)?.label ?? id.replace(/-/g, ' ').toUpperCase();

/**
 * The one rule for a clearance: the one held, or a higher rung of the same country's ladder
 * (DV includes SC, SC includes BPSS). An id outside the ladders is met only by itself.
 */
export function clearanceCovers(held: string | null | undefined, asked: string): boolean {
  if (!held) return false;
  if (held === asked) return true;
  const h = RUNGS.get(held);
  const a = RUNGS.get(asked);
  return !!h && !!a && h.ladder === a.ladder && h.rung >= a.rung;
}
