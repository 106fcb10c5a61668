import { LEVEL_ORDER, type LevelId, type OfficeId } from '../analysis';
import type { LevelFeatures } from '../analyze/level';
import { LEVEL_COMPONENTS, OFFICE_COMPONENTS, type Weights } from '../analyze/level/model';
import { PMO_FEATURES } from '../analyze/level/pmo';
import { OFFICES, type OfficeFeatures } from '../analyze/office';
import type { Example } from './fit';

/**
 * How each model's weights lie in one parameter vector, and each advert's cues as the
 * per-class feature vectors of the fitter. Level: 4 biases, then weights[c][L][S], then
 * words[w][L] for each word of the vocabulary in its order.
 */
const L = LEVEL_ORDER;
const levelIndex = (c: number, l: number, s: number) => 4 + c * 16 + l * 4 + s;
export const LEVEL_SIZE = 4 + LEVEL_COMPONENTS.length * 16;
const wordIndex = (k: number, l: number) => LEVEL_SIZE + k * 4 + l;

export function levelVector(w: Weights['level'], vocabulary: readonly string[] = []): number[] {
  const t = new Array<number>(LEVEL_SIZE + 4 * vocabulary.length).fill(0);
  L.forEach((l, i) => (t[i] = w.bias[l]));
  LEVEL_COMPONENTS.forEach((c, ci) => L.forEach((l, li) => L.forEach((s, si) => (t[levelIndex(ci, li, si)] = w.weights[c][l][s]))));
  vocabulary.forEach((word, k) => L.forEach((l, li) => (t[wordIndex(k, li)] = w.words[word]?.[l] ?? 0)));
  return t;
}

export function levelWeights(t: number[], vocabulary: readonly string[] = []): Weights['level'] {
  const per = (f: (l: LevelId, i: number) => number) => Object.fromEntries(L.map((l, i) => [l, f(l, i)])) as Record<LevelId, number>;
  const weights = Object.fromEntries(
    LEVEL_COMPONENTS.map((c, ci) => [c, Object.fromEntries(L.map((l, li) => [l, per((_, si) => t[levelIndex(ci, li, si)]!)]))]),
  ) as Weights['level']['weights'];
  const words = Object.fromEntries(vocabulary.map((word, k) => [word, per((_, li) => t[wordIndex(k, li)]!)]));
  return { bias: per((_, i) => t[i]!), weights, words };
}

export function levelExample(f: LevelFeatures, gold: LevelId, weight = 1, vocabulary: readonly string[] = []): Example {
  const present = vocabulary.flatMap((word, k) => (f.words.has(word) ? [k] : []));
  const x = L.map((_, li) => {
    const v = new Array<number>(LEVEL_SIZE + 4 * vocabulary.length).fill(0);
    v[li] = 1;
    LEVEL_COMPONENTS.forEach((c, ci) => L.forEach((s, si) => (v[levelIndex(ci, li, si)] = f.components[c][s])));
    for (const k of present) v[wordIndex(k, li)] = 1;
    return v;
  });
  return { x, accept: [L.indexOf(gold)], weight };
}

/** PMO or not: class 0 (not) is the zero vector, class 1 is [1, features...]. */
export const pmoVector = (w: Weights['pmo']) => [w.bias, ...PMO_FEATURES.map((k) => w.weights[k])];
export const pmoWeights = (t: number[]): Weights['pmo'] => ({ bias: t[0]!, weights: Object.fromEntries(PMO_FEATURES.map((k, i) => [k, t[i + 1]!])) as Weights['pmo']['weights'] });
export function pmoExample(f: LevelFeatures, isPmo: boolean): Example {
  const v = [1, ...PMO_FEATURES.map((k) => f.pmo[k])];
  return { x: [v.map(() => 0), v], accept: [isPmo ? 1 : 0] };
}

/** Office: 5 biases, then one weight per group of cues shared by the offices. */
export const officeVector = (w: Weights['office']) => [...OFFICES.map((o) => w.bias[o]), ...OFFICE_COMPONENTS.map((c) => w.weights[c])];
export function officeWeights(t: number[], unclearBelow: number): Weights['office'] {
  return {
    bias: Object.fromEntries(OFFICES.map((o, i) => [o, t[i]!])) as Record<OfficeId, number>,
    weights: Object.fromEntries(OFFICE_COMPONENTS.map((c, i) => [c, t[5 + i]!])) as Weights['office']['weights'],
    unclearBelow,
  };
}
export function officeExample(f: OfficeFeatures, gold: OfficeId[]): Example {
  const x = OFFICES.map((o, oi) => {
    const v = new Array<number>(5 + OFFICE_COMPONENTS.length).fill(0);
    v[oi] = 1;
    OFFICE_COMPONENTS.forEach((c, ci) => (v[5 + ci] = f[c][o]));
    return v;
  });
  return { x, accept: gold.map((o) => OFFICES.indexOf(o)) };
}
