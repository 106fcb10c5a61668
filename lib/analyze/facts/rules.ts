import { z } from 'zod';
import factRulesJson from '../../../data/fact-rules.json';
import gradesJson from '../../../data/grades.json';
import toolsJson from '../../../data/tools.json';
import { ClearanceId } from '../../analysis';

const Phrase = z.string().trim().min(1);
const Example = z.string().trim().min(3);
const Cue = z.object({ phrase: Phrase, example: Example }).strict();
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** data/tools.json: software an advert may ask for, with the ways adverts write it. */
export const ToolsSchema = z
  .object({
    $comment: z.string().optional(),
    tools: z
      .array(
        z
          .object({
            id: Id,
            label: Phrase,
            aliases: z.array(Phrase).min(1),
            /** Everyday words that name the tool only beside another tool or "Microsoft"/"MS" ("Word", "Teams"). */
            weak: z.array(Phrase).optional(),
            caseSensitive: z.boolean().optional(),
            /** Words right after an alias that make it something else ("excel at"). */
            notAfter: z.array(Phrase).optional(),
            /** Words right before an alias that make it something else ("you will excel"). */
            notBefore: z.array(Phrase).optional(),
            example: Example,
            /** A sentence that holds an alias-like word but must not find the tool. */
            trap: Example.optional(),
          })
          .strict(),
      )
      .min(1)
      .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'tool ids must be unique'),
  })
  .strict();
export type ToolsData = z.infer<typeof ToolsSchema>;
export type ToolRule = ToolsData['tools'][number];

/** data/grades.json: how a grade phrase of the level rules is written as a fact. */
export const GradesSchema = z
  .object({
    $comment: z.string().optional(),
    schemes: z.array(z.object({ id: Id, name: Phrase }).strict()).min(1),
    rules: z
      .array(
        z
          .object({
            scheme: Id,
            /** A regular expression over the grade phrase of data/level-rules.json. */
            match: z.string().min(2).refine((s) => {
              try {
                new RegExp(s);
                return true;
              } catch {
                return false;
              }
            }, 'not a valid regular expression'),
            /** The value as the scheme writes it; $1 is the first group of `match`. */
            value: Phrase,
            context: z.array(Phrase).optional(),
            notWith: z.array(Phrase).optional(),
            example: Example,
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((g, ctx) => {
    const ids = new Set(g.schemes.map((s) => s.id));
    g.rules.forEach((r, i) => {
      if (!ids.has(r.scheme)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'scheme'], message: `unknown scheme "${r.scheme}"` });
    });
  });
export type GradesData = z.infer<typeof GradesSchema>;

const Marks = z.array(z.string().min(1)).min(1);

/** data/fact-rules.json: the wording the facts reader looks for. */
export const FactRulesSchema = z
  .object({
    $comment: z.string().optional(),
    closingCues: z.array(Cue).min(1),
    postedCues: z.array(Cue).min(1),
    currencies: z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), marks: Marks, example: Example }).strict()).min(1),
    /** Words near an amount that make it something other than pay (a budget, a bonus). */
    notPay: z.array(Cue),
    clearanceLevels: z
      .array(
        z
          .object({
            id: ClearanceId,
            aliases: z.array(Phrase).min(1),
            /** Acronyms that are other things too ("SC"): they count only with a clearance word nearby. Case as written. */
            shortAliases: z.array(Phrase).optional(),
            example: Example,
          })
          .strict(),
      )
      .min(1),
    clearanceContext: z.array(Cue).min(1),
    clearanceWilling: z.array(Cue).min(1),
    clearanceRequired: z.array(Cue).min(1),
    agencyCues: z.array(Cue).min(1),
    employerCues: z.array(Cue).min(1),
  })
  .strict();
export type FactRules = z.infer<typeof FactRulesSchema>;

let tools: ToolsData | null = null;
let grades: GradesData | null = null;
let factRules: FactRules | null = null;

export const loadTools = (): ToolsData => (tools ??= ToolsSchema.parse(toolsJson));
export const loadGrades = (): GradesData => (grades ??= GradesSchema.parse(gradesJson));
export const loadFactRules = (): FactRules => (factRules ??= FactRulesSchema.parse(factRulesJson));

/** For the build: every facts file parses, or the build stops naming the problem. */
export function validateFactData(): void {
  const problems: string[] = [];
  for (const [file, schema, json] of [
    ['data/tools.json', ToolsSchema, toolsJson],
    ['data/grades.json', GradesSchema, gradesJson],
    ['data/fact-rules.json', FactRulesSchema, factRulesJson],
  ] as const) {
    const r = (schema as z.ZodType).safeParse(json);
    if (!r.success) problems.push(...r.error.issues.map((i) => `${file} ${i.path.join('.')}: ${i.message}`));
  }
  if (problems.length) throw new Error(`The advert-facts data does not validate:\n${problems.join('\n')}`);
}
