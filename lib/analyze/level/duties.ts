import type { Skill } from '../../knowledge/schemas';
import { kind, words, type Match, type Scanned } from '../scan';
import { LEVELS, byShare, zero, type Cue, type Scores } from './types';

/** Window cues ("lead ... team") count only with their companion word close behind. */
function withCompanion(body: Scanned, m: Match & { entry: { payload: { near?: Set<string>; window?: number } } }): boolean {
  const p = m.entry.payload;
  if (!p.near) return true;
  const end = Math.min(body.tokens.length, m.to + (p.window ?? 6));
  for (let k = m.to; k < end; k++) if (p.near.has(body.tokens[k]!.norm)) return true;
  return false;
}

/**
 * Duties by level, each distinct phrase counted at most twice. `raw` is the plain sum;
 * `scores` spreads a trusted total by each level's share, so an advert that is mostly minutes
 * and filing reads as administration even if it also mentions a dashboard.
 */
export function dutyScores(body: Scanned): { raw: Scores; scores: Scores; cues: Cue[] } {
  const seen = new Map<string, { m: Match; n: number }>();
  for (const m of kind(body, 'duty').filter((d) => withCompanion(body, d))) {
    const key = m.entry.phrase.toLowerCase();
    const s = seen.get(key);
    if (s) s.n++;
    else seen.set(key, { m, n: 1 });
  }
  const raw = zero();
  const found = [...seen.values()].map(({ m, n }) => ({ m, n, p: m.entry.payload as { level: (typeof LEVELS)[number]; weight: number } }));
  for (const { p, n } of found) raw[p.level] += p.weight * Math.min(n, 2);
  const cues: Cue[] = found
    .sort((a, b) => b.p.weight - a.p.weight)
    .map(({ m, p }) => ({ kind: 'duty', text: words(body, m), reason: `Duty '${words(body, m)}' is ${p.level}-level work`, level: p.level }));
  return { raw, scores: byShare(raw, 3.5, 3), cues };
}

/** Skills named in the advert, by the levels that use them most (skills.json). */
export function skillScores(skills: ReadonlyArray<{ skill: Skill; count: number }>): Scores {
  const raw = zero();
  for (const { skill, count } of skills) for (const l of LEVELS) raw[l] += (skill.levels[l] ?? 0) * Math.min(count, 2);
  return byShare(raw, 1.5, 4);
}
