import { z } from 'zod';
import { LevelId, OfficeId } from '../../analysis';
import { PMO_FEATURES } from './pmo';

/** The groups of level cues; each gives a score per level. */
export const LEVEL_COMPONENTS = ['title', 'grade', 'pay', 'duty', 'skill', 'self', 'mention', 'reports'] as const;
export type LevelComponent = (typeof LEVEL_COMPONENTS)[number];
/** The groups of office cues; each gives a score per office. */
export const OFFICE_COMPONENTS = ['title', 'cue', 'words', 'scope', 'skill', 'level'] as const;
export type OfficeComponent = (typeof OFFICE_COMPONENTS)[number];

/** A word of the advert's text as the tokeniser normalises it: lower-case letters, perhaps hyphens. */
export const WORD = /^[a-z][a-z-]+$/;
const W = z.number().finite().min(-50).max(50);
const PerLevel = z.object({ administrator: W, analyst: W, manager: W, director: W }).strict();
const PerOffice = z.object({ project: W, programme: W, portfolio: W, enterprise: W, coe: W }).strict();
const record = <K extends string>(keys: readonly K[], v: z.ZodTypeAny) => z.object(Object.fromEntries(keys.map((k) => [k, v])) as Record<K, z.ZodTypeAny>).strict();

/**
 * data/weights.json: how much each group of cues counts. The level's score for level L is
 * bias[L] + sum over groups c and levels S of weights[c][L][S] × (group c's score for S), plus
 * words[w][L] for each listed word w of the text when the title names no level;
 * an office's score is bias[O] + sum over groups c of weights[c] × (group c's score for O).
 */
export const WeightsSchema = z
  .object({
    $comment: z.string().optional(),
    fitted: z
      .object({ items: z.number().int().min(0), lambda: z.number().min(0), corpora: z.array(z.string()), words: z.object({ size: z.number().int().min(0), lambda: z.number().min(0) }).strict().optional() })
      .strict()
      .nullable(),
    level: z.object({ bias: PerLevel, weights: record(LEVEL_COMPONENTS, record(LevelId.options, PerLevel)), words: z.record(z.string().regex(WORD), PerLevel) }).strict(),
    pmo: z.object({ bias: W, weights: record(PMO_FEATURES, W) }).strict(),
    office: z.object({ bias: PerOffice, weights: record(OFFICE_COMPONENTS, W), unclearBelow: z.number().min(0).max(1) }).strict(),
    calibration: z.object({ shift: W, scale: z.number().finite().min(0).max(50) }).strict(),
  })
  .strict();
export type Weights = {
  /** What the weights were fitted on; `words`: the vocabulary size and word pull inner cross-validation chose. */
  fitted: { items: number; lambda: number; corpora: string[]; words?: { size: number; lambda: number } } | null;
  /**
   * `words`: how much each word of the text counts for each level, read only where the title
   * names no level (a title that does outweighs any word of the text).
   */
  level: { bias: Record<LevelId, number>; weights: Record<LevelComponent, Record<LevelId, Record<LevelId, number>>>; words: Record<string, Record<LevelId, number>> };
  pmo: { bias: number; weights: Record<(typeof PMO_FEATURES)[number], number> };
  office: { bias: Record<OfficeId, number>; weights: Record<OfficeComponent, number>; unclearBelow: number };
  /** The model's own confidence mapped to how often such answers are right: sigmoid(shift + scale × logit(raw)). */
  calibration: { shift: number; scale: number };
};

const levels = LevelId.options;
const offices = OfficeId.options;
const fill = <K extends string, V>(keys: readonly K[], f: (k: K) => V) => Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, V>;

/**
 * The hand-set weights: every group of cues counts fully for the level it points to, pay at
 * half, titles named in the text not at all (the fit decides); PMO or not follows the hand-set rules. The fit is drawn toward these.
 */
export function handSetWeights(): Weights {
  const diag = (w: number) => fill(levels, (l) => fill(levels, (s) => (l === s ? w : 0)));
  return {
    fitted: null,
    level: { bias: fill(levels, () => 0), weights: fill(LEVEL_COMPONENTS, (c) => diag(c === 'pay' ? 0.5 : c === 'mention' ? 0.8 : 1)), words: {} },
    pmo: { bias: 0, weights: fill(PMO_FEATURES, (f) => (f === 'handSet' ? 3 : 0)) },
    office: { bias: fill(offices, () => 0), weights: fill(OFFICE_COMPONENTS, () => 1), unclearBelow: 0.35 },
    calibration: { shift: 0, scale: 1 },
  };
}

export function softmax(x: number[]): number[] {
  const m = Math.max(...x);
  const e = x.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Log-odds of a probability, kept finite at 0 and 1. */
export const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** The raw confidence of an answer as the share of such answers that are right (Platt scaling). */
export const calibrate = (raw: number, c: Weights['calibration']) => sigmoid(c.shift + c.scale * logit(raw));
