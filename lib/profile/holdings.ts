import { z } from 'zod';
import { clearanceLadders, toolIds } from '../../data/holdings.json';
import { names as clearanceNames } from '../../data/clearance-names.json';
import { ClearanceId } from '../analysis';

/**
 * What a reader can hold besides certificates, as data/holdings.json describes it: the tool
 * ids the skills lexicon spells differently from the advert facts, and the clearance ladders
 * (a higher rung includes the lower ones).
 */
const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const Level = z.object({ id: ClearanceId, label: z.string().min(1), rank: z.number().int().positive() }).strict();
export const HoldingsSchema = z
  .object({
    toolIds: z.record(KebabId, KebabId),
    /** Each country's clearances, lowest first; rank places a level across countries (higher is more demanding). */
    clearanceLadders: z.array(z.object({ scheme: z.string().min(1), levels: z.array(Level).min(1) }).strict()),
    /** How a CV names each level (data/clearance-names.json, apart so the pages that only label levels do not load it). */
    clearanceNames: z.record(ClearanceId, z.object({ names: z.array(z.string().min(2)).min(1), example: z.string().min(1) }).strict()),
  })
  .strict()
  .superRefine((h, ctx) => {
    const levels = h.clearanceLadders.flatMap((l) => l.levels);
    const seen = new Map<string, string>();
    for (const c of levels) {
      for (const [what, value] of [
        ['id', c.id],
        ['rank', String(c.rank)],
      ] as const) {
        const k = `${what}:${value}`;
        if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `clearance ${what} ${value} is given to both ${seen.get(k)} and ${c.id}` });
        seen.set(k, c.id);
      }
      if (!h.clearanceNames[c.id]) ctx.addIssue({ code: 'custom', message: `clearance ${c.id} has no names in clearanceNames` });
    }
    for (const id of Object.keys(h.clearanceNames))
      if (!levels.some((c) => c.id === id)) ctx.addIssue({ code: 'custom', message: `clearanceNames.${id} is on no ladder` });
    for (const l of h.clearanceLadders)
      l.levels.forEach((c, i) => {
        const below = l.levels[i - 1];
        if (below && below.rank >= c.rank) ctx.addIssue({ code: 'custom', message: `${l.scheme}: ${c.id} is above ${below.id} on the ladder, so its rank must be higher` });
      });
  });
export type Holdings = z.infer<typeof HoldingsSchema>;

/** Both data files as one object: the levels and tool ids, and the names a CV uses for each level. */
export const HOLDINGS_DATA = { toolIds, clearanceLadders, clearanceNames };
export const HOLDINGS: Holdings = HoldingsSchema.parse(HOLDINGS_DATA);

export { canonicalTool } from './tool-ids';
export { CLEARANCE_OPTIONS, clearanceCovers, clearanceLabel } from './clearance';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words that make a bare name ("SC", "Secret") a clearance rather than something else. */
const CLEARANCE_WORDS = /\b(?:clear(?:ed|ance)|vett(?:ed|ing)|security)\b/i;

/**
 * The highest clearance a text says is held, with the words it was read from. A name that is
 * also an everyday word or a short acronym counts only beside a clearance word ("SC cleared",
 * "Secret clearance"), so "SC" as a course code or a Secret Santa is not a clearance.
 */
export function findClearance(text: string, holdings: Holdings = HOLDINGS): { id: string; text: string } | null {
  let best: { id: string; text: string; rung: number } | null = null;
  for (const line of text.split(/\n|(?<=[.;])\s/)) {
    for (const ladder of holdings.clearanceLadders) {
      ladder.levels.forEach((c, rung) => {
        for (const name of holdings.clearanceNames[c.id]?.names ?? []) {
          const short = name.length <= 4 && /^[A-Za-z0-9/ -]+$/.test(name) && name !== name.toLowerCase();
          const needsCue = !/vetting|security|check|standard|bpss|\/|\d/i.test(name);
          const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name).replace(/\\?[ -]/g, '[\\s-]')}(?![\\p{L}\\p{N}])`, short ? 'u' : 'iu');
          const m = re.exec(line);
          if (!m) continue;
          if (needsCue && !CLEARANCE_WORDS.test(line)) continue;
          if (!best || rung > best.rung) best = { id: c.id, text: line.trim().slice(0, 160), rung };
        }
      });
    }
  }
  return best ? { id: (best as { id: string }).id, text: (best as { text: string }).text } : null;
}
