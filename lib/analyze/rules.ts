import { z } from 'zod';
import { LevelId, OfficeId } from '../analysis';
import rulesJson from '../../data/level-rules.json';
import { loadWeights } from './level/weights';

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
const OfficeWord = z.object({ phrase: Phrase, office: OfficeId, weight: z.number().positive().max(10), example: Example }).strict();
/**
 * How many projects the office serves: one of `nouns` (as written, so "projects" is not
 * "project") with one of `before` at most `window` words ahead counts once for `offices`.
 */
const ScopeRule = z
  .object({
    nouns: z.array(Phrase).min(1),
    before: z.array(Phrase).min(1),
    window: z.number().int().min(1).max(6),
    offices: z.array(OfficeId).min(1),
    example: Example,
  })
  .strict();
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
    otherRoleBefore: z.array(PlainCue),
    duties: z.array(LevelCue).min(1),
    pmoBodyCues: z.array(WeightedCue),
    deliveryBodyCues: z.array(WeightedCue),
    /** Yearly pay bands by currency: the most a role of each level below director usually pays. */
    pay: z.object({
      bands: z.array(
      z
        .object({
          currency: z.string().regex(/^[A-Z]{3}$/),
          /** How the currency is written before an amount ("£", "GBP"). */
          marks: z.array(z.string().min(1)).min(1),
          /** Amounts below this are hourly or daily rates, not yearly pay. */
          minYearly: z.number().positive(),
          upTo: z.object({ administrator: z.number().positive(), analyst: z.number().positive(), manager: z.number().positive() }).strict(),
          example: Example,
        })
        .strict()
        .refine((b) => b.upTo.administrator < b.upTo.analyst && b.upTo.analyst < b.upTo.manager, 'pay bands must rise with the level'),
      ),
    }).strict(),
    /** Office hints in plain words of a title or the body, and the office each level most often works in. */
    officeWords: z
      .object({
        title: z.array(OfficeWord),
        body: z.array(OfficeWord),
        byLevel: z.array(z.object({ level: LevelId, office: OfficeId, weight: z.number().min(0).max(5), example: Example }).strict()),
        scope: z.array(ScopeRule),
      })
      .strict(),
  })
  .strict();
export type LevelRules = z.infer<typeof LevelRulesSchema>;

let cached: LevelRules | null = null;

/** The validated rules; throws with every problem listed if the file is malformed. */
export function loadLevelRules(): LevelRules {
  if (!cached) cached = LevelRulesSchema.parse(rulesJson);
  return cached;
}

/** Rules validated when the extension was built: taken as they are. */
export function installLevelRules(rules: LevelRules): void {
  cached = rules;
}

/** For the build: the level rules and the weights both parse, or the build stops naming the problem. */
export function validateMatcherData(): void {
  const problems: string[] = [];
  for (const [file, load] of [
    ['data/level-rules.json', loadLevelRules],
    ['data/weights.json', loadWeights],
  ] as const) {
    try {
      load();
    } catch (e) {
      const issues = e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [(e as Error).message];
      problems.push(...issues.map((i) => `${file} ${i}`));
    }
  }
  if (problems.length) throw new Error(`The matcher's data does not validate:\n${problems.join('\n')}`);
}
