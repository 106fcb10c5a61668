import type { Skill } from '../knowledge/schemas';
import type { LevelRules } from './rules';
import type { Scanned } from './scan';
import { decide, type LevelFeatures, type LevelResult } from './level/decide';
import { dutyScores, skillScores } from './level/duties';
import { rankEvidence } from './level/evidence';
import { gradeScores } from './level/grades';
import { handSetPmo } from './level/handset';
import type { Weights } from './level/model';
import { payScores } from './level/pay';
import { bodyEvidence, notPmoCues, pmoFeatures } from './level/pmo';
import { mentionScores, reportScores, selfScores } from './level/self';
import { titleSignals } from './level/signals';
import { titleScores } from './level/title';
import { loadWeights } from './level/weights';

export { LEVELS } from './level/types';
export type { LevelFeatures, LevelResult } from './level/decide';

export interface LevelInput {
  title: Scanned | null;
  body: Scanned;
  skills: ReadonlyArray<{ skill: Skill; count: number }>;
  pay?: LevelRules['pay']['bands'];
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Every cue the level and PMO models read, grouped; the same whatever the weights. */
export function levelFeatures({ title, body, skills, pay = [] }: LevelInput): LevelFeatures {
  const sig = titleSignals(title);
  const t = titleScores(title, sig);
  const g = gradeScores(title, body);
  const p = payScores(`${title?.text ?? ''}\n${body.text}`, pay);
  const d = dutyScores(body);
  const self = selfScores(body);
  const rep = reportScores(body);
  // Titles named in the text stand in for a title that names no level (or is missing).
  const titleNamesLevel = Object.values(t.scores).some((v) => v > 0);
  const mention = mentionScores(body, !titleNamesLevel);
  const ev = bodyEvidence(body, d.raw, self.hits);
  const handSet = handSetPmo(title, sig, ev.evidence, ev.delivery);
  return {
    components: { title: t.scores, grade: g.scores, pay: p.scores, duty: d.scores, skill: skillScores(skills), self: self.scores, mention: mention.scores, reports: rep.scores },
    pmo: pmoFeatures(sig, ev, self.hits, handSet.isPmo),
    handSet,
    cues: [...t.cues, ...g.cues, ...p.cues, ...d.cues, ...self.cues, ...mention.cues.filter((m) => !self.cues.some((c) => c.text === m.text)), ...rep.cues],
    notPmo: notPmoCues(title, body, sig, handSet.notice, ev.evidence),
    bodyEvidence: ev.evidence,
    titleText: title?.text.trim() ?? '',
    words: titleNamesLevel ? NO_WORDS : new Set(body.tokens.map((t) => t.norm)),
  };
}

/** PMO or not, the level, a calibrated confidence and the evidence in the advert's words. */
export function assessLevel(input: LevelInput, weights: Weights = loadWeights()): LevelResult {
  return decide(levelFeatures(input), weights, rankEvidence);
}
