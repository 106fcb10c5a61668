import type { Skill } from '../knowledge/schemas';
import { kind, words, type Scanned } from './scan';

export interface SkillHit {
  skill: Skill;
  count: number;
  matches: string[];
}

/** Skills of skills.json found in the advert, with the words that named them. */
export function findSkills(body: Scanned): SkillHit[] {
  const hits = new Map<string, SkillHit>();
  for (const m of kind(body, 'skill')) {
    const skill = m.entry.payload.skill;
    let h = hits.get(skill.id);
    if (!h) hits.set(skill.id, (h = { skill, count: 0, matches: [] }));
    h.count++;
    const w = words(body, m);
    if (h.matches.length < 5 && !h.matches.some((x) => x.toLowerCase() === w.toLowerCase())) h.matches.push(w);
  }
  return [...hits.values()].sort((a, b) => b.count - a.count);
}
