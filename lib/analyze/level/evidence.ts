import type { Evidence, EvidenceKind, LevelId } from '../../analysis';
import type { LevelComponent, Weights } from './model';
import type { Cue } from './types';

const COMPONENT: Record<EvidenceKind, LevelComponent | null> = {
  title: 'title',
  seniority: 'title',
  grade: 'grade',
  pay: 'pay',
  duty: 'duty',
  self: 'self',
  mention: 'mention',
  reports: 'reports',
  words: null,
  'not-pmo': null,
};

/** How much a cue's group counts toward the chosen level (the not-PMO reasons come first). */
function weightOf(c: Cue, chosen: LevelId | null, w: Weights['level']): number {
  if (c.kind === 'words') return 1;
  const comp = COMPONENT[c.kind];
  if (!comp) return Infinity;
  if (!chosen) return 1;
  return w.weights[comp][chosen][c.level ?? chosen];
}

/**
 * One line per finding: why it is not a PMO role (when it is not), the cues for the chosen
 * level in the order title, grade, pay, duties, the advert's own words, then what pointed
 * elsewhere; at most three duties for each level.
 */
export function rankEvidence(list: Cue[], chosen: LevelId | null, w: Weights['level']): Evidence[] {
  const seen = new Set<string>();
  const dutiesPerLevel = new Map<string, number>();
  const kept = list.filter((e) => {
    const k = `${e.text.toLowerCase()}|${e.reason.replace(e.text, '').toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    if (e.kind !== 'duty') return true;
    const n = (dutiesPerLevel.get(e.level ?? '') ?? 0) + 1;
    dutiesPerLevel.set(e.level ?? '', n);
    return n <= 3;
  });
  // Cues whose group the weights do not count for the chosen level go last.
  const group = (e: Cue) => (e.kind === 'not-pmo' ? 0 : weightOf(e, chosen, w) <= 0 ? 3 : !chosen || !e.level || e.level === chosen ? 1 : 2);
  return kept
    .map((e, i) => ({ e, i }))
    .sort((a, b) => group(a.e) - group(b.e) || a.i - b.i)
    .map(({ e }) => ({ text: e.text, reason: e.reason, kind: e.kind }));
}
