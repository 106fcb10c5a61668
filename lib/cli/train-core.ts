import type { LevelId, OfficeId } from '../analysis';
import { readFeatures } from '../analyze/index';
import '../analyze/from-data';
import type { LevelFeatures } from '../analyze/level';
import { decide } from '../analyze/level/decide';
import { handSetWeights, logit, type Weights } from '../analyze/level/model';
import type { OfficeFeatures } from '../analyze/office';
import type { Posting } from '../posting';
import { postingFromText } from '../posting';
import { corpusText, type CorpusItem } from './corpus';
import { fit, type Example } from './fit';
import { levelExample, levelVector, levelWeights, officeExample, officeVector, officeWeights, pmoExample, pmoVector, pmoWeights } from './models';

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

/** Fit the level, PMO and office models on some adverts, each drawn toward the hand-set weights. */
function fitModels(data: ReadonlyArray<ItemFeatures>, corpora: string[], steps?: number): Omit<Weights, 'calibration'> {
  const prior = handSetWeights();
  const level: Example[] = [];
  const pmo: Example[] = [];
  const office: Example[] = [];
  for (const { item, whole, body } of data) {
    if (!whole) continue;
    const L = item.labels;
    pmo.push(pmoExample(whole.level, L.pmo));
    if (L.pmo && L.level) {
      level.push(levelExample(whole.level, L.level as LevelId));
      if (body) level.push(levelExample(body.level, L.level as LevelId, BODY_ONLY_WEIGHT));
    }
    const offices = asList(L.office) as OfficeId[];
    if (offices.length) office.push(officeExample(whole.office, offices));
  }
  return {
    fitted: { items: data.length, lambda: LAMBDA.level, corpora },
    level: levelWeights(fit(level, levelVector(prior.level), { lambda: LAMBDA.level, steps })),
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
function fitCalibration(data: ReadonlyArray<ItemFeatures>): Weights['calibration'] {
  const identity = handSetWeights().calibration;
  const examples: Example[] = [];
  const counts = data.some((d) => !d.own) ? (d: ItemFeatures) => !d.own : () => true;
  for (let f = 0; f < CALIBRATION_FOLDS; f++) {
    const w = { ...fitModels(data.filter((_, i) => i % CALIBRATION_FOLDS !== f), [], CALIBRATION_STEPS), calibration: identity };
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
  return { ...fitModels(data, corpora), calibration: fitCalibration(data) };
}
