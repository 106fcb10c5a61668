import type { Requirement } from '../analysis';
import { sections } from './certifications';
import { readRequirement, stronger, type CueHit } from './requirement';
import { kind, type Scanned } from './scan';
import { unitOf } from './units';

/**
 * How strongly the advert asks for each skill of the lexicon it names, read as a
 * certificate's strength is: the cue words around it, else the section heading it sits
 * under ("Essential:", "Nice to have"), else "mentioned". The strongest place wins.
 */
export function skillRequirements(body: Scanned): Map<string, Requirement> {
  const matches = kind(body, 'skill');
  const out = new Map<string, Requirement>();
  if (!matches.length) return out;
  const units = body.units;
  const skillUnits = new Set(matches.map((m) => unitOf(units, m.from)));
  const section = sections(body, skillUnits);
  const cuesByUnit = new Map<number, CueHit[]>();
  for (const c of kind(body, 'req')) {
    const u = unitOf(units, c.from);
    if (!skillUnits.has(u)) continue;
    let l = cuesByUnit.get(u);
    if (!l) cuesByUnit.set(u, (l = []));
    l.push({ kind: c.entry.payload.kind, at: c.from, end: c.to });
  }
  for (const m of matches) {
    const u = unitOf(units, m.from);
    const unit = units[u];
    const req = unit ? readRequirement(body.text, body.tokens, unit, m.from, m.to, cuesByUnit.get(u) ?? [], section.state[u] ?? null) : 'mentioned';
    const id = m.entry.payload.skill.id;
    const prev = out.get(id);
    out.set(id, prev ? stronger(prev, req) : req);
  }
  return out;
}
