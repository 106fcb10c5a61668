import { LEVEL_ORDER, type LevelId } from '../analysis';
import { WORD } from '../analyze/level/model';

/** How many words the level model may learn, and in how many training adverts a word must appear. */
export const VOCABULARY_SIZE = 100;
export const MIN_ADVERTS = 5;

/** Words every advert uses whatever its level: never worth a weight. */
const STOP = new Set(
  `a an the and or of to in on for with by at from as is are be been being will would can could should may might must shall you your we our us they their them it its this that these those who whom which what when where how all any both each few more most other some such no nor not only own same so than too very just also into about over under within across through per via up out if then there here he she his her i me my role job work working team`.split(
    ' ',
  ),
);

const candidate = (w: string) => w.length > 2 && WORD.test(w) && !STOP.has(w);

/**
 * The words of the training adverts' text that best tell the levels apart: each word's
 * presence against the level by a chi-square score, the highest first, among words found in
 * at least `minAdverts` adverts. Chosen from the training adverts only, so cross-validation
 * stays honest.
 */
export function chooseVocabulary(docs: ReadonlyArray<{ words: ReadonlySet<string>; level: LevelId }>, size = VOCABULARY_SIZE, minAdverts = MIN_ADVERTS): string[] {
  const n = docs.length;
  if (!n) return [];
  const perLevel = LEVEL_ORDER.map((l) => docs.filter((d) => d.level === l).length);
  const df = new Map<string, number[]>();
  for (const d of docs) {
    const li = LEVEL_ORDER.indexOf(d.level);
    for (const w of d.words) {
      if (!candidate(w)) continue;
      let c = df.get(w);
      if (!c) df.set(w, (c = [0, 0, 0, 0]));
      c[li]!++;
    }
  }
  const scored: Array<{ w: string; chi: number }> = [];
  for (const [w, c] of df) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < minAdverts) continue;
    let chi = 0;
    c.forEach((a, li) => {
      const e = (total * perLevel[li]!) / n;
      chi += (a - e) ** 2 / Math.max(e, 1e-9);
    });
    // A word every level uses as often tells nothing.
    if (chi > 1e-9) scored.push({ w, chi });
  }
  return scored
    .sort((a, b) => b.chi - a.chi || (a.w < b.w ? -1 : 1))
    .slice(0, size)
    .map((s) => s.w);
}
