import type { LevelId, OfficeId } from '../analysis';
import type { Skill } from '../knowledge/schemas';
import { kind, type Scanned } from './scan';

/** A cue phrase repeated through an advert counts at most this often. */
const CUE_REPEATS = 2;
const OFFICES: readonly OfficeId[] = ['project', 'programme', 'portfolio', 'enterprise', 'coe'];
const LEVEL_OFFICE: Record<LevelId, { office: OfficeId; weight: number }> = {
  administrator: { office: 'project', weight: 0.3 },
  analyst: { office: 'project', weight: 0 },
  manager: { office: 'portfolio', weight: 0 },
  director: { office: 'enterprise', weight: 1.5 },
};

/**
 * Office type scores from the office cues of offices.json (each phrase counted at most
 * twice), the title's words (which weigh most), skills' office weights, and weak body words.
 * Scores are 0..1 and sorted; no cue at all gives an empty list.
 */
export function scoreOffices(
  title: Scanned | null,
  body: Scanned,
  skills: ReadonlyArray<{ skill: Skill; count: number }>,
  level: LevelId | null = null,
): Array<{ id: OfficeId; score: number }> {
  const raw = new Map<OfficeId, number>();
  const add = (o: OfficeId, w: number) => raw.set(o, (raw.get(o) ?? 0) + w);
  const counted = new Map<string, number>();
  const once = (key: string) => {
    const n = (counted.get(key) ?? 0) + 1;
    counted.set(key, n);
    return n <= CUE_REPEATS;
  };
  if (title) {
    // "Project Management Office" is every PMO's name, not a sign of a project-level office.
    const generic = kind(title, 'pmoTitle').filter((m) => m.to - m.from >= 3);
    for (const m of kind(title, 'office')) add(m.entry.payload.office, 3 * m.entry.payload.weight);
    for (const m of kind(title, 'officeTitle')) {
      if (m.entry.payload.office === 'project' && generic.some((g) => g.from <= m.from && g.to >= m.to)) continue;
      add(m.entry.payload.office, m.entry.payload.weight);
    }
  }
  for (const m of kind(body, 'office')) if (once(`o:${m.entry.phrase}`)) add(m.entry.payload.office, m.entry.payload.weight);
  let bodyWords = 0;
  for (const m of kind(body, 'officeBody')) {
    if (bodyWords++ > 60) break;
    add(m.entry.payload.office, m.entry.payload.weight);
  }
  for (const { skill, count } of skills) {
    for (const o of OFFICES) {
      const w = skill.offices[o];
      if (w) add(o, 0.2 * w * Math.min(count, 2));
    }
  }
  // The office each level most often works in (PMO Learning): a weak prior that only tips a
  // close call, e.g. a Head of PMO in an office the advert does not name.
  if (level && raw.size) {
    const prior = LEVEL_OFFICE[level];
    add(prior.office, prior.weight);
  }
  // The best office's score says how sure the cues are; the others are scaled to it, so a
  // page full of weak cues does not show five offices at 90%.
  const top = Math.max(0, ...raw.values());
  const sure = 1 - Math.exp(-top / 2.5);
  return [...raw.entries()]
    .filter(([, v]) => v > 0)
    .map(([id, v]) => ({ id, score: Math.round(sure * (v / top) * 100) / 100 }))
    .filter((o) => o.score > 0)
    .sort((a, b) => b.score - a.score || OFFICES.indexOf(a.id) - OFFICES.indexOf(b.id));
}
