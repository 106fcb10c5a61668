import { z } from 'zod';
import { LevelId } from '../analysis';
import rulesJson from '../../data/level-rules.json';

const Phrase = z.string().trim().min(1);
const Example = z.string().trim().min(1);

const LevelCue = z
  .object({
    phrase: Phrase,
    level: LevelId,
    weight: z.number().positive().max(10),
    example: Example,
    caseSensitive: z.boolean().optional(),
    /** The cue counts only when one of these words follows within `window` words ("lead ... team"). */
    near: z.array(Phrase).min(1).optional(),
    window: z.number().int().min(1).max(12).optional(),
  })
  .strict();
const PlainCue = z.object({ phrase: Phrase, example: Example, weak: z.boolean().optional() }).strict();
const WeightedCue = z.object({ phrase: Phrase, weight: z.number().positive().max(10), example: Example }).strict();

/** data/level-rules.json: the level and PMO-versus-delivery cues, each with an example. */
export const LevelRulesSchema = z
  .object({
    $comment: z.string().optional(),
    titleRoles: z.array(LevelCue).min(1),
    seniority: z.array(
      z
        .object({
          phrase: Phrase,
          shift: z.number().min(-3).max(3),
          /** Applies only when the title's role is at this level ("Enterprise PMO Manager"). */
          onlyFrom: LevelId.optional(),
          example: Example,
        })
        .strict(),
    ),
    grades: z.array(LevelCue),
    pmoTitleWords: z.array(PlainCue).min(1),
    deliveryTitles: z.array(z.object({ phrase: Phrase, strong: z.boolean(), example: Example }).strict()),
    otherFieldTitles: z.array(PlainCue),
    selfIntro: z.array(PlainCue),
    reportsTo: z.array(PlainCue),
    duties: z.array(LevelCue).min(1),
    pmoBodyCues: z.array(WeightedCue),
    deliveryBodyCues: z.array(WeightedCue),
  })
  .strict();
export type LevelRules = z.infer<typeof LevelRulesSchema>;

let cached: LevelRules | null = null;

/** The validated rules; throws with every problem listed if the file is malformed. */
export function loadLevelRules(): LevelRules {
  if (!cached) cached = LevelRulesSchema.parse(rulesJson);
  return cached;
}
