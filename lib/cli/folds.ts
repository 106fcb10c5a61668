import { handSetWeights, type Weights } from '../analyze/level/model';
import type { CorpusItem } from './corpus';
import { featuresOf, train } from './train-core';

/** The folds are drawn with this seed, so every run splits the corpus the same way. */
export const SEED = 20261129;

/** A small seeded generator (mulberry32): the same sequence on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** K folds with each level (and "not PMO") spread evenly over them; fold number per item. */
export function stratifiedFolds(items: ReadonlyArray<CorpusItem>, k: number, seed = SEED): number[] {
  const random = seeded(seed);
  const groups = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = it.labels.pmo ? (it.labels.level ?? 'unlevelled') : 'not-pmo';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const fold = new Array<number>(items.length).fill(0);
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    const idx = groups.get(key)!;
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    for (const i of idx) fold[i] = next++ % k;
  }
  return fold;
}

/** For each advert, weights fitted without its fold (or the hand-set ones, for comparison). */
export function crossValidated(items: CorpusItem[], k: number, handSet = false, alwaysTrain: CorpusItem[] = []): (item: CorpusItem) => Weights {
  if (handSet) {
    const w = handSetWeights();
    return () => w;
  }
  const fold = stratifiedFolds(items, k);
  const feats = featuresOf(items);
  const extra = featuresOf(alwaysTrain, true);
  const models = Array.from({ length: k }, (_, f) => train([...feats.filter((_, i) => fold[i] !== f), ...extra]));
  const byItem = new Map(items.map((it, i) => [it, models[fold[i]!]!]));
  return (item) => byItem.get(item)!;
}
