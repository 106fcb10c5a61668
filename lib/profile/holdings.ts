import { z } from 'zod';
import data from '../../data/holdings.json';
import { ClearanceId } from '../analysis';

/**
 * What a reader can hold besides certificates, as data/holdings.json describes it: the tool
 * ids the skills lexicon spells differently from the advert facts, and the clearance ladders
 * (a higher rung includes the lower ones).
 */
const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const HoldingsSchema = z
  .object({
    toolIds: z.record(KebabId, KebabId),
    clearanceLadders: z.array(
      z
        .object({
          scheme: z.string().min(1),
          levels: z
            .array(
              z
                .object({
                  id: ClearanceId,
                  label: z.string().min(1),
                  /** Where the level stands across countries, for sorting: higher is more demanding. */
                  rank: z.number().int().positive(),
                  names: z.array(z.string().min(2)).min(1),
                  example: z.string().min(1),
                })
                .strict(),
            )
            .min(1),
        })
        .strict(),
    ),
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
    }
    for (const l of h.clearanceLadders)
      l.levels.forEach((c, i) => {
        const below = l.levels[i - 1];
        if (below && below.rank >= c.rank) ctx.addIssue({ code: 'custom', message: `${l.scheme}: ${c.id} is above ${below.id} on the ladder, so its rank must be higher` });
      });
  });
export type Holdings = z.infer<typeof HoldingsSchema>;

export const HOLDINGS: Holdings = HoldingsSchema.parse(data);

/** One id for a tool whichever list named it ("teams" in the lexicon, "ms-teams" in the facts). */
export function canonicalTool(id: string, holdings: Holdings = HOLDINGS): string {
  return holdings.toolIds[id] ?? id;
}

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
        for (const name of c.names) {
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
