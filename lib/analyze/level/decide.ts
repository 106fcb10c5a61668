import type { Evidence, LevelId } from '../../analysis';
import type { Weights } from './model';
import { calibrate, LEVEL_COMPONENTS, sigmoid, softmax } from './model';
import { PMO_FEATURES, type Notice, type PmoFeature } from './pmo';
import { LEVELS, round2, zero, type Cue, type Scores } from './types';
import type { LevelComponent } from './model';

/** Everything the level model reads from one advert; independent of the weights. */
export interface LevelFeatures {
  components: Record<LevelComponent, Scores>;
  pmo: Record<PmoFeature, number>;
  handSet: { isPmo: boolean; notice?: Notice };
  cues: Cue[];
  notPmo: Cue[];
  bodyEvidence: number;
  titleText: string;
  /** The distinct words of the text, where the title names no level (else empty). */
  words: ReadonlySet<string>;
}

export interface LevelResult {
  isPmoRole: boolean;
  level: LevelId | null;
  confidence: number;
  evidence: Evidence[];
  notice?: Notice;
  /** The model's score per level, before the softmax. */
  scores: Scores;
  /** Probability of each level given a PMO role, and of a PMO role at all. */
  probabilities: Scores;
  pmoProbability: number;
  /** The model's probability of the whole answer, before calibration. */
  rawConfidence: number;
  bodyEvidence: number;
}

export function levelLogits(f: LevelFeatures, w: Weights['level']): Scores {
  const out = zero();
  for (const l of LEVELS) {
    let s = w.bias[l];
    for (const c of LEVEL_COMPONENTS) for (const src of LEVELS) s += w.weights[c][l][src] * f.components[c][src];
    out[l] = s;
  }
  for (const word of f.words) {
    const v = w.words[word];
    if (v) for (const l of LEVELS) out[l] += v[l];
  }
  return out;
}

/** How much more a word counts for this level than for the others on average. */
const lead = (v: Scores, l: LevelId) => v[l] - LEVELS.reduce((s, k) => s + v[k], 0) / LEVELS.length;
/** Words whose lead is below this are not worth naming. */
const WORD_EVIDENCE = 0.1;

/** The text's words that point most to the chosen level, as one line of evidence. */
export function wordCue(f: LevelFeatures, level: LevelId, w: Weights['level']): Cue[] {
  const top = [...f.words]
    .flatMap((word) => (w.words[word] ? [{ word, v: lead(w.words[word]!, level) }] : []))
    .filter((x) => x.v >= WORD_EVIDENCE)
    .sort((a, b) => b.v - a.v || a.word.localeCompare(b.word))
    .slice(0, 4)
    .map((x) => x.word);
  if (!top.length) return [];
  return [{ kind: 'words', text: top.join(', '), reason: `Words typical of ${level}-level adverts: ${top.map((x) => `'${x}'`).join(', ')}`, level }];
}

export function pmoLogit(f: LevelFeatures, w: Weights['pmo']): number {
  let s = w.bias;
  for (const k of PMO_FEATURES) s += w.weights[k] * f.pmo[k];
  return s;
}

/** The level (or none) with a confidence that is the probability of the whole answer being right. */
export function decide(f: LevelFeatures, weights: Weights, rank: (cues: Cue[], chosen: LevelId | null, w: Weights['level']) => Evidence[]): LevelResult {
  const scores = levelLogits(f, weights.level);
  const p = softmax(LEVELS.map((l) => scores[l]));
  const probabilities = zero();
  LEVELS.forEach((l, i) => (probabilities[l] = p[i]!));
  const pPmo = sigmoid(pmoLogit(f, weights.pmo));
  const base = { scores, probabilities, pmoProbability: pPmo, bodyEvidence: f.bodyEvidence };
  const answer = (raw: number) => ({ rawConfidence: raw, confidence: round2(calibrate(raw, weights.calibration)) });
  if (pPmo < 0.5) {
    const notice = f.handSet.notice ?? { code: 'not-pmo' as const, message: 'The text reads more like delivery or other work than a project office role.' };
    const evidence = rank([...f.notPmo, ...f.cues], null, weights.level).slice(0, 6);
    return { ...base, ...answer(1 - pPmo), isPmoRole: false, level: null, evidence, notice };
  }
  let best: LevelId = 'analyst';
  for (const l of LEVELS) if (scores[l] > scores[best]) best = l;
  return { ...base, ...answer(pPmo * probabilities[best]), isPmoRole: true, level: best, evidence: rank([...f.cues, ...wordCue(f, best, weights.level)], best, weights.level).slice(0, 8) };
}
