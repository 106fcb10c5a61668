import { LEVEL_ORDER, type LevelId, type OfficeId } from '../analysis';
import { readFeatures } from '../analyze/index';
import '../analyze/from-data';
import type { LevelFeatures } from '../analyze/level';
import { decide, levelLogits } from '../analyze/level/decide';
import { handSetWeights, logit, softmax, type Weights } from '../analyze/level/model';
import type { OfficeFeatures } from '../analyze/office';
import type { Posting } from '../posting';
import { postingFromText } from '../posting';
import { corpusText, type CorpusItem } from './corpus';
import { fit, type Example } from './fit';
import { chooseVocabulary } from './vocabulary';
import { LEVEL_SIZE, levelExample, levelVector, levelWeights, officeExample, officeVector, officeWeights, pmoExample, pmoVector, pmoWeights } from './models';

/** How strongly each model is drawn toward the hand-set weights (per mean example). */
export const LAMBDA = { level: 0.1, pmo: 0.1, office: 0.1, calibration: 0.01 };
/** Adverts read from their text alone count this much beside the whole advert. */
const BODY_ONLY_WEIGHT = 1;

export interface ItemFeatures {
  item: CorpusItem;
  whole: { level: LevelFeatures; office: OfficeFeatures } | null;
  body: { level: LevelFeatures } | null;
  /** The project's own adverts, written to teach the cues: easier than real ones, so kept out of the calibration when real ones are there. */
  own: boolean;
}

const asList = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

export function bodyPosting(item: CorpusItem): Posting {
  return { title: null, company: null, location: null, url: null, source: 'text', text: item.text };
}

/** The cues of each advert, read once: whole (title and text) and from the text alone. */
export function featuresOf(items: ReadonlyArray<CorpusItem>, own = false): ItemFeatures[] {
  return items.map((item) => {
    const gold = item.labels.pmo ? item.labels.level : null;
    return { item, whole: readFeatures(postingFromText(corpusText(item)), gold), body: item.labels.pmo && gold ? readFeatures(bodyPosting(item), gold) : null, own };
  });
}

/** How many words the level model learns, and how lightly their weights are drawn toward nothing. */
export interface WordSettings {
  size: number;
  lambda: number;
}

/** The settings tried by inner cross-validation; the group weights keep their own pull. */
const WORD_SIZES = [0, 50, 100, 200, 400];
const WORD_LAMBDAS = [0.005, 0.01, 0.02];
const WORD_FOLDS = 3;

/** The group weights are drawn toward the hand-set ones; each word's weights toward nothing. */
const levelLambdas = (words: number, lambda: number) => [...new Array<number>(LEVEL_SIZE).fill(LAMBDA.level), ...new Array<number>(4 * words).fill(lambda)];

const levelled = (d: ItemFeatures) => !!d.whole && d.item.labels.pmo && !!d.item.labels.level;

/** The level model on some adverts: whole adverts and their text alone, with the training adverts' most telling words. */
function fitLevel(data: ReadonlyArray<ItemFeatures>, words: WordSettings, steps?: number): Weights['level'] {
  const vocabulary = chooseVocabulary(data.flatMap(({ item, body }) => (body ? [{ words: body.level.words, level: item.labels.level as LevelId }] : [])), words.size);
  const level: Example[] = [];
  for (const d of data.filter(levelled)) {
    const gold = d.item.labels.level as LevelId;
    level.push(levelExample(d.whole!.level, gold, 1, vocabulary));
    if (d.body) level.push(levelExample(d.body.level, gold, BODY_ONLY_WEIGHT, vocabulary));
  }
  const prior = handSetWeights().level;
  return levelWeights(fit(level, levelVector(prior, vocabulary), { lambda: levelLambdas(vocabulary.length, words.lambda), steps }), vocabulary);
}

/**
 * The vocabulary size and word pull by inner cross-validation: the setting whose level model
 * best predicts the held-out adverts' level from their text alone (log-loss; real adverts
 * only when there are any), so the choice never sees the adverts being evaluated.
 */
export function chooseWordSettings(data: ReadonlyArray<ItemFeatures>): WordSettings {
  const counts = data.some((d) => !d.own) ? (d: ItemFeatures) => !d.own : () => true;
  let best: WordSettings & { loss: number } = { size: 0, lambda: WORD_LAMBDAS[0]!, loss: Infinity };
  for (const size of WORD_SIZES) {
    for (const lambda of size ? WORD_LAMBDAS : WORD_LAMBDAS.slice(0, 1)) {
      let total = 0;
      let n = 0;
      for (let f = 0; f < WORD_FOLDS; f++) {
        const w = fitLevel(data.filter((_, i) => i % WORD_FOLDS !== f), { size, lambda }, CALIBRATION_STEPS);
        data.forEach((d, i) => {
          if (i % WORD_FOLDS !== f || !levelled(d) || !d.body || !counts(d)) return;
          const s = levelLogits(d.body.level, w);
          const p = softmax(LEVEL_ORDER.map((l) => s[l]))[LEVEL_ORDER.indexOf(d.item.labels.level as LevelId)]!;
          total -= Math.log(Math.max(1e-9, p));
          n++;
        });
      }
      const loss = n ? total / n : 0;
      if (loss < best.loss - 1e-9) best = { size, lambda, loss };
    }
  }
  return { size: best.size, lambda: best.lambda };
}

/** Fit the level, PMO and office models on some adverts, each drawn toward the hand-set weights. */
function fitModels(data: ReadonlyArray<ItemFeatures>, corpora: string[], words: WordSettings, steps?: number): Omit<Weights, 'calibration'> {
  const prior = handSetWeights();
  const pmo: Example[] = [];
  const office: Example[] = [];
  for (const { item, whole } of data) {
    if (!whole) continue;
    const L = item.labels;
    pmo.push(pmoExample(whole.level, L.pmo));
    const offices = asList(L.office) as OfficeId[];
    if (offices.length) office.push(officeExample(whole.office, offices));
  }
  return {
    fitted: { items: data.length, lambda: LAMBDA.level, corpora, words },
    level: fitLevel(data, words, steps),
    pmo: pmoWeights(fit(pmo, pmoVector(prior.pmo), { lambda: LAMBDA.pmo, steps })),
    office: officeWeights(fit(office, officeVector(prior.office), { lambda: LAMBDA.office, steps }), prior.office.unclearBelow),
  };
}

/**
 * Inner folds for calibration: every advert's raw confidence comes from models fitted without
 * it, with fewer steps (the fit moves little from the hand-set start), so calibrating costs
 * about one more fit.
 */
const CALIBRATION_FOLDS = 2;
const CALIBRATION_STEPS = 300;

/**
 * Platt scaling of the raw confidence: each training advert is answered by models fitted on
 * the other inner folds, and a logistic map from the raw confidence's log-odds to "the answer
 * was right" is fitted to those answers, drawn lightly toward no change. Only real adverts'
 * answers count when there are any, as real adverts are what the confidence is shown on.
 */
function fitCalibration(data: ReadonlyArray<ItemFeatures>, words: WordSettings): Weights['calibration'] {
  const identity = handSetWeights().calibration;
  const examples: Example[] = [];
  const counts = data.some((d) => !d.own) ? (d: ItemFeatures) => !d.own : () => true;
  for (let f = 0; f < CALIBRATION_FOLDS; f++) {
    const w = { ...fitModels(data.filter((_, i) => i % CALIBRATION_FOLDS !== f), [], words, CALIBRATION_STEPS), calibration: identity };
    data.forEach((it, i) => {
      if (i % CALIBRATION_FOLDS !== f || !it.whole || !counts(it)) return;
      const d = decide(it.whole.level, w, () => []);
      const L = it.item.labels;
      const right = d.isPmoRole === L.pmo && (!L.pmo || !L.level || d.level === L.level);
      examples.push({ x: [[0, 0], [1, logit(d.rawConfidence)]], accept: [right ? 1 : 0] });
    });
  }
  if (!examples.length) return identity;
  const [shift, scale] = fit(examples, [identity.shift, identity.scale], { lambda: LAMBDA.calibration });
  return { shift: shift!, scale: Math.max(0, scale!) };
}

/** Fit the three models on some adverts, and the map from their confidence to how often they are right. */
export function train(data: ReadonlyArray<ItemFeatures>, corpora: string[] = []): Weights {
  const words = chooseWordSettings(data);
  return { ...fitModels(data, corpora, words), calibration: fitCalibration(data, words) };
}
