import type { Requirement } from '../analysis';
import type { Certification } from '../knowledge/schemas';
import { normPhrase } from './normalize';
import { CERT_WORDS, METHOD_AFTER, METHOD_BEFORE, readRequirement, stronger, type CueHit } from './requirement';
import { kind, outermost, words, type MatchOf, type Scanned } from './scan';
import { unitOf } from './units';

export interface CertHit {
  id: string;
  family: string;
  requirement: Requirement;
  text: string;
  name: string;
  status: string;
  note?: string;
  cert: Certification;
}

const phrases = (list: readonly string[]) => list.map((p) => normPhrase(p));
let before: string[][] | null = null;
let after: string[][] | null = null;
let certWords: Set<string> | null = null;
let contextWords: Set<string> | null = null;
/** Words that show an acronym is meant as a certificate or its method. */
const CONTEXT_WORDS = [
  'certified', 'certification', 'certificate', 'qualification', 'qualified', 'accredited', 'accreditation',
  'foundation', 'practitioner', 'methodology', 'methodologies', 'method', 'framework', 'frameworks',
  'training', 'course', 'exam', 'knowledge', 'experience', 'familiarity', 'understanding',
];

function endsWith(body: Scanned, end: number, floor: number, p: string[]): boolean {
  if (end - p.length < floor) return false;
  return p.every((w, i) => body.tokens[end - p.length + i]!.norm === w);
}

/** The words around the name speak of the method, and none of them of a certificate. */
function aboutTheMethod(body: Scanned, from: number, to: number, uFrom: number, uTo: number): boolean {
  before ??= phrases(METHOD_BEFORE);
  after ??= phrases(METHOD_AFTER);
  certWords ??= new Set(phrases(CERT_WORDS).flat());
  for (let k = Math.max(uFrom, from - 4); k < Math.min(uTo, to + 6); k++) if (certWords.has(body.tokens[k]!.norm)) return false;
  const pre = before.some((p) => [from, from - 1, from - 2].some((e) => endsWith(body, e, uFrom, p)));
  const post = after.some((p) => p.every((w, i) => to + i < uTo && body.tokens[to + i]!.norm === w));
  return pre || post;
}

/** Heading state for each unit: the strength a section heading gives the lines under it. */
function sections(body: Scanned, certUnits: Set<number>): Array<Requirement | 'neutral' | null> {
  const headings = kind(body, 'heading');
  const out: Array<Requirement | 'neutral' | null> = [];
  let state: Requirement | 'neutral' | null = null;
  let h = 0;
  for (let u = 0; u < body.units.length; u++) {
    const unit = body.units[u]!;
    const len = unit.tokTo - unit.tokFrom;
    const line = body.text.slice(unit.start, unit.end).trim();
    const mine: Array<(typeof headings)[number]> = [];
    while (h < headings.length && headings[h]!.from < unit.tokTo) {
      if (headings[h]!.from >= unit.tokFrom) mine.push(headings[h]!);
      h++;
    }
    // A heading is a short line of its own, or a short lead-in ending in a colon.
    const colon = line.indexOf(':');
    const leadIn = colon > 0 && colon < 60 ? line.slice(0, colon) : null;
    const isHeadingLine = unit.ownLine && !unit.bullet && len > 0 && len <= 7 && !/[.!?]$/.test(line) && !certUnits.has(u);
    if (mine.length && (isHeadingLine || leadIn !== null)) {
      const cue = mine.find((m) => m.entry.payload.kind !== 'neutral') ?? mine[0]!;
      const ok = isHeadingLine || body.tokens[cue.from]!.start < unit.start + colon;
      if (ok) {
        state = cue.entry.payload.kind;
        out.push(isHeadingLine ? null : state);
        continue;
      }
    } else if (isHeadingLine && /^[\p{Lu}]/u.test(line) && len <= 5) {
      state = 'neutral';
    }
    out.push(state);
  }
  return out;
}

/**
 * Certifications named in the advert, one entry per certificate id, with the strongest
 * requirement found for it and the words as written.
 */
export function findCertifications(body: Scanned): CertHit[] {
  let matches = kind(body, 'cert') as MatchOf<'cert'>[];
  // Plain-English names ("management of risk") count only when written as a name.
  matches = matches.filter((m) => {
    if (!m.entry.payload.generic || body.allLower) return true;
    const w = words(body, m);
    return /\p{Lu}/u.test(w);
  });
  matches = outermost(matches);
  if (!matches.length) return [];
  const units = body.units;
  // A bare capitalised acronym ("MSP", "CSM", "APM") is also a managed service provider, a
  // customer success manager or a monitoring tool: it counts as a certificate only with some
  // certificate talk in the same sentence or bullet.
  const ctx = (contextWords ??= new Set(phrases(CONTEXT_WORDS).flat()));
  const isBareAcronym = (m: MatchOf<'cert'>) => !!m.entry.caseSensitive && m.entry.phrase.replace(/[^A-Za-z]/g, '').length <= 4;
  const reqCueUnits = new Set(kind(body, 'req').map((c) => unitOf(units, c.from)));
  matches = matches.filter((m) => {
    if (!isBareAcronym(m)) return true;
    const u = unitOf(units, m.from);
    const unit = units[u];
    if (!unit) return false;
    if (reqCueUnits.has(u)) return true;
    if (matches.some((o) => !isBareAcronym(o) && unitOf(units, o.from) === u)) return true;
    for (let k = unit.tokFrom; k < unit.tokTo; k++) if (ctx.has(body.tokens[k]!.norm)) return true;
    return false;
  });
  if (!matches.length) return [];
  const certUnits = new Set(matches.map((m) => unitOf(units, m.from)));
  const section = sections(body, certUnits);
  const cues = kind(body, 'req');
  const cuesByUnit = new Map<number, CueHit[]>();
  const inName = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) inName.add(i);
  for (const c of cues) {
    // A cue inside a certificate's own name ("Essentials for PMO") is no cue.
    if (inName.has(c.from)) continue;
    if (!certUnits.has(unitOf(units, c.from))) continue;
    const u = unitOf(units, c.from);
    let l = cuesByUnit.get(u);
    if (!l) cuesByUnit.set(u, (l = []));
    l.push({ kind: c.entry.payload.kind, at: c.from, end: c.to });
  }
  const byId = new Map<string, CertHit>();
  for (const m of matches) {
    const cert = m.entry.payload.cert;
    const u = unitOf(units, m.from);
    const unit = units[u];
    let req = unit ? readRequirement(body.text, body.tokens, unit, m.from, m.to, cuesByUnit.get(u) ?? [], section[u] ?? null) : 'mentioned';
    if (req === 'desirable' && unit && aboutTheMethod(body, m.from, m.to, unit.tokFrom, unit.tokTo)) req = 'mentioned';
    const prev = byId.get(cert.id);
    if (prev) {
      prev.requirement = stronger(prev.requirement, req);
      continue;
    }
    byId.set(cert.id, {
      id: cert.id,
      family: cert.family,
      requirement: req,
      text: words(body, m),
      name: cert.name,
      status: cert.status,
      note: cert.status !== 'current' ? cert.statusNote ?? `${cert.shortName} is ${cert.status}.` : undefined,
      cert,
    });
  }
  return [...byId.values()];
}
