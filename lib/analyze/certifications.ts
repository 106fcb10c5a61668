import type { Requirement } from '../analysis';
import type { Certification } from '../knowledge/schemas';
import { inCertificateContext, listedNames, notSpeltOutAsOther, outsideOtherNames, withinOneUnit } from './cert-context';
import { readRequirement, stronger, type CueHit } from './requirement';
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

/** The words around the name speak of the method, and none of them of a certificate. */
function aboutTheMethod(body: Scanned, from: number, to: number, uFrom: number, uTo: number): boolean {
  const lo = Math.max(uFrom, from - 4);
  const hi = Math.min(uTo, to + 6);
  if (kind(body, 'certWord').some((w) => w.from >= lo && w.from < hi)) return false;
  return kind(body, 'method').some((w) =>
    w.entry.payload.side === 'before' ? w.from >= uFrom && w.to >= from - 2 && w.to <= from : w.from === to && w.to <= uTo,
  );
}

/** Between a family name, its abbreviation in brackets and the tier: "Portfolios (MoP) Practitioner", "PRINCE2® – Foundation". A colon or comma starts a list instead. */
const TIGHT = /^[^\S\n\r]*(?:[()[\]®™©℠\-–—\u200B][^\S\n\r]*)*$/u;
/** Between tiers of a list: "Foundation and Practitioner", "Foundation/Practitioner", "Foundation, Practitioner or Expert". */
const LIST_SEP = /^[^\S\n\r]*(?:[,/&+\u200B][^\S\n\r]*)*$/u;
const LIST_WORDS = new Set(['and', 'or']);

function gap(body: Scanned, a: number, b: number): string {
  return body.text.slice(body.tokens[a - 1]!.end, body.tokens[b]!.start);
}

function tierMatch(cert: Certification, from: number, to: number, like: MatchOf<'cert'>): MatchOf<'cert'> {
  const payload = { ...like.entry.payload, cert, generic: false, familyName: false };
  return { from, to, entry: { phrase: cert.shortName, payload } } as MatchOf<'cert'>;
}

/**
 * A family name followed by a tier names that tier alone, over the whole written span:
 * "Management of Portfolios (MoP) Practitioner" is MoP Practitioner, not MoP Foundation as
 * well; "PRINCE2 (Projects in Controlled Environments) Practitioner" likewise. A tier that
 * lists on ("MoP Foundation and Practitioner", "P3O Foundation/Practitioner") names each.
 */
function joinTiers(body: Scanned, list: ReadonlyArray<MatchOf<'cert'>>): MatchOf<'cert'>[] {
  const toks = body.tokens;
  // "PRINCE2" is both an alias and a spelling of "PRINCE 2": one reading per span and certificate.
  const spans = new Set<string>();
  const sorted = list.filter((m) => {
    const key = `${m.from} ${m.to} ${m.entry.payload.cert.id}`;
    if (spans.has(key)) return false;
    spans.add(key);
    return true;
  });
  const out: MatchOf<'cert'>[] = [];
  const starts = new Set(sorted.map((m) => m.from));
  const listOn = (m: MatchOf<'cert'>) => {
    const { tiers, cert } = m.entry.payload;
    if (!tiers.get(toks[m.to - 1]!.norm)?.tier) return;
    let end = m.to;
    for (;;) {
      let k = end;
      while (k < toks.length && k < end + 2 && LIST_WORDS.has(toks[k]!.norm) && LIST_SEP.test(gap(body, k, k))) k++;
      if (k >= toks.length || starts.has(k) || !LIST_SEP.test(gap(body, k, k))) return;
      // Without "and"/"or" a sign must part the tiers.
      if (k === end && !/[,/&+]/.test(gap(body, k, k))) return;
      const next = tiers.get(toks[k]!.norm);
      if (!next?.tier || next.cert.id === cert.id) return;
      out.push(tierMatch(next.cert, m.from, k + 1, m));
      end = k + 1;
    }
  };
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const { familyName, tiers, cert } = m.entry.payload;
    if (!familyName) {
      out.push(m);
      listOn(m);
      continue;
    }
    // The family's other names written right after it: "Management of Portfolios (MoP)".
    let end = m.to;
    let j = i + 1;
    const sameFamily = (o: MatchOf<'cert'> | undefined) => !!o && o.from === end && o.entry.payload.cert.family === cert.family && TIGHT.test(gap(body, end, o.from));
    while (sameFamily(sorted[j]) && sorted[j]!.entry.payload.familyName) end = sorted[j++]!.to;
    const next = sorted[j];
    let joined: MatchOf<'cert'> | null = null;
    if (sameFamily(next) && !next!.entry.payload.familyName) {
      joined = { ...next!, from: m.from };
      j++;
    } else if (end < toks.length && !starts.has(end) && TIGHT.test(gap(body, end, end))) {
      const t = tiers.get(toks[end]!.norm);
      if (t) joined = tierMatch(t.cert, m.from, end + 1, m);
    }
    if (!joined) {
      out.push(m);
      continue;
    }
    out.push(joined);
    listOn(joined);
    i = j - 1;
  }
  return out;
}

interface Sections {
  /** The strength a section heading gives each unit under it. */
  state: Array<Requirement | 'neutral' | null>;
  /** Units that sit under a heading about qualifications or requirement strength. */
  underList: boolean[];
}

/** Heading state for each unit: the strength a section heading gives the lines under it. */
export function sections(body: Scanned, certUnits: Set<number>): Sections {
  const headings = kind(body, 'heading');
  const certWords = kind(body, 'certWord');
  const out: Array<Requirement | 'neutral' | null> = [];
  const underList: boolean[] = [];
  let listing = false;
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
      // "Qualifications – desirable": the more particular word speaks.
      const cue = mine.find((m) => m.entry.payload.kind === 'desirable') ?? mine.find((m) => m.entry.payload.kind !== 'neutral') ?? mine[0]!;
      const ok = isHeadingLine || body.tokens[cue.from]!.start < unit.start + colon;
      if (ok) {
        state = cue.entry.payload.kind;
        listing = state !== 'neutral' || certWords.some((w) => w.from >= unit.tokFrom && w.to <= (isHeadingLine ? unit.tokTo : cue.to + 2));
        out.push(isHeadingLine ? null : state);
        underList.push(!isHeadingLine && listing);
        continue;
      }
    } else if (isHeadingLine && /^[\p{Lu}]/u.test(line) && len <= 5) {
      state = 'neutral';
      listing = false;
    }
    out.push(state);
    underList.push(listing && len <= 8);
  }
  return { state: out, underList };
}

/**
 * Of two names that share words without one holding the other, the one read first stands:
 * in "A-CSM certification" the words are A-CSM's, not "CSM certification".
 */
function noPartialOverlap<M extends { from: number; to: number }>(list: ReadonlyArray<M>): M[] {
  const out: M[] = [];
  let kept: M | null = null;
  for (const m of [...list].sort((a, b) => a.from - b.from || b.to - a.to)) {
    const sameSpan = kept && kept.from === m.from && kept.to === m.to;
    if (kept && !sameSpan && m.from < kept.to) continue;
    out.push(m);
    if (!sameSpan) kept = m;
  }
  return out;
}

/**
 * Certifications named in the advert, one entry per certificate id, with the strongest
 * requirement found for it and the words as written.
 */
export function findCertifications(body: Scanned): CertHit[] {
  let matches = [...(kind(body, 'cert') as MatchOf<'cert'>[]), ...listedNames(body)];
  if (!matches.length) return [];
  // Plain-English names ("management of risk") count only when written as a name.
  matches = matches.filter((m) => {
    if (!m.entry.payload.generic || body.allLower) return true;
    const w = words(body, m);
    return /\p{Lu}/u.test(w);
  });
  matches = outsideOtherNames(body, withinOneUnit(body, matches));
  matches = notSpeltOutAsOther(body, joinTiers(body, noPartialOverlap(outermost(matches))));
  if (!matches.length) return [];
  const units = body.units;
  const section = sections(body, new Set(matches.map((m) => unitOf(units, m.from))));
  matches = inCertificateContext(body, matches, { listed: (u) => section.underList[u] ?? false });
  if (!matches.length) return [];
  const certUnits = new Set(matches.map((m) => unitOf(units, m.from)));
  const cues = kind(body, 'req');
  const cuesByUnit = new Map<number, CueHit[]>();
  const inName = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) inName.add(i);
  for (const c of cues) {
    // A cue inside a certificate's own name ("Essentials for PMO") is no cue.
    if (inName.has(c.from)) continue;
    const u = unitOf(units, c.from);
    if (!certUnits.has(u)) continue;
    let l = cuesByUnit.get(u);
    if (!l) cuesByUnit.set(u, (l = []));
    l.push({ kind: c.entry.payload.kind, at: c.from, end: c.to });
  }
  const byId = new Map<string, CertHit>();
  for (const m of matches) {
    const cert = m.entry.payload.cert;
    const u = unitOf(units, m.from);
    const unit = units[u];
    let req = unit ? readRequirement(body.text, body.tokens, unit, m.from, m.to, cuesByUnit.get(u) ?? [], section.state[u] ?? null) : 'mentioned';
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
