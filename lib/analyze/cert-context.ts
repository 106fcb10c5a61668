import { loadCertContext } from '../knowledge/rule-schemas';
import type { Certification } from '../knowledge/schemas';
import type { TierWords } from './compile';
import { normPhrase } from './normalize';
import { SOFT_BREAK, span } from './requirement';
import { kind, type MatchOf, type Scanned } from './scan';
import { unitOf } from './units';

type CertMatch = MatchOf<'cert'>;
const NO_TIERS: TierWords = new Map();

/** A match that starts in one line, bullet or sentence and ends in another joins unrelated words. */
export function withinOneUnit(body: Scanned, list: ReadonlyArray<CertMatch>): CertMatch[] {
  return list.filter((m) => {
    const u = unitOf(body.units, m.from);
    return u >= 0 && unitOf(body.units, m.to - 1) === u;
  });
}

/** "Google Project Management Professional Certificate" holds "Project Management Professional" but is not PMP. */
export function outsideOtherNames(body: Scanned, list: ReadonlyArray<CertMatch>): CertMatch[] {
  const others = kind(body, 'otherName');
  if (!others.length) return [...list];
  return list.filter((m) => !others.some((o) => o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from));
}

/**
 * "Scrum" or "Scaled Agile" in a list of certifications names the family ("certifications such
 * as Agile/Scrum, ITIL"): a certificate word earlier in the same clause run, no full stop or
 * semicolon between.
 */
export function listedNames(body: Scanned): CertMatch[] {
  const names = kind(body, 'listName');
  if (!names.length) return [];
  const words = kind(body, 'certWord');
  const out: CertMatch[] = [];
  for (const n of names) {
    const u = unitOf(body.units, n.from);
    const unit = body.units[u];
    if (!unit) continue;
    const lead = words.find((w) => w.to <= n.from && w.from >= unit.tokFrom && !/[;]/.test(body.text.slice(body.tokens[w.to - 1]!.end, body.tokens[n.from]!.start)));
    if (!lead) continue;
    const payload = { k: 'cert' as const, cert: n.entry.payload.cert, generic: false, familyName: false, tiers: NO_TIERS };
    out.push({ from: n.from, to: n.to, entry: { phrase: n.entry.phrase, payload } } as CertMatch);
  }
  return out;
}

const SMALL_WORDS = new Set(['of', 'and', 'for', 'in', 'the', 'to', 'on', 'a', 'an']);
const ACRONYM = /^[A-Z][A-Za-z]{1,5}$/;

function acronymLetters(body: Scanned, m: CertMatch): string | null {
  if (m.to - m.from !== 1) return null;
  const raw = body.tokens[m.from]!.raw;
  return ACRONYM.test(raw) && /[A-Z].*[A-Z]/.test(raw) ? raw.toLowerCase() : null;
}

/** The words [a, b) read as the letters of an acronym, with and without the small words. */
function spells(body: Scanned, a: number, b: number, letters: string): boolean {
  const end = Math.min(b, body.tokens.length);
  // Each word gives at most one letter: too few words cannot spell it (checked in every window of a sentence).
  if (end - a < letters.length) return false;
  let all = '';
  let big = '';
  for (let i = a; i < end; i++) {
    const t = body.tokens[i]!;
    if (!STARTS_WITH_LETTER.test(t.raw)) return false;
    const first = t.plain[0] ?? '';
    all += first;
    if (!SMALL_WORDS.has(t.plain)) big += first;
  }
  return (all === letters || big === letters) && !SMALL_WORDS.has(body.tokens[a]!.plain) && !SMALL_WORDS.has(body.tokens[end - 1]!.plain);
}
const STARTS_WITH_LETTER = /^\p{L}/u;

const namesCache = new WeakMap<Certification, Set<string>>();
/** Every name of the certificate, as plain words. */
function ownNames(cert: Certification): Set<string> {
  let s = namesCache.get(cert);
  if (!s) {
    s = new Set([cert.name, cert.shortName, ...cert.aliases, ...(cert.familyAliases ?? []), ...(cert.caseSensitiveAliases ?? [])].map((a) => normPhrase(a).join(' ')));
    namesCache.set(cert, s);
  }
  return s;
}

/** The words [a, b) are the certificate's own name, another certificate or a body that awards one. */
function speaksOfCertificate(body: Scanned, a: number, b: number, cert: Certification): boolean {
  const plain = normPhrase(body.tokens.slice(a, b).map((t) => t.raw).join(' ')).join(' ');
  if (ownNames(cert).has(plain)) return true;
  const inside = (k: 'awardingBody' | 'cert') => kind(body, k).some((o) => o.from >= a && o.to <= b);
  return inside('awardingBody') || inside('cert');
}

/**
 * An acronym spelt out as something else is not the certificate: "PPQ (process performance
 * qualification)", "the project management plan (PMP)", or the words written out elsewhere in
 * the same sentence with no certificate talk in it.
 */
export function notSpeltOutAsOther(body: Scanned, list: ReadonlyArray<CertMatch>): CertMatch[] {
  return list.filter((m) => {
    const letters = acronymLetters(body, m);
    if (!letters) return true;
    const cert = m.entry.payload.cert;
    const unit = body.units[unitOf(body.units, m.from)];
    if (!unit) return true;
    const toks = body.tokens;
    const after = body.text.slice(toks[m.from]!.end, toks[m.to]?.start ?? body.text.length);
    if (/^\s*\($/.test(after)) {
      let b = m.to;
      while (b < unit.tokTo && !body.text.slice(toks[b - 1]!.end, toks[b]!.start).includes(')')) b++;
      if (spells(body, m.to, b, letters)) return speaksOfCertificate(body, m.to, b, cert);
    }
    const before = m.from > unit.tokFrom ? body.text.slice(toks[m.from - 1]!.end, toks[m.from]!.start) : '';
    if (/\(\s*$/.test(before)) {
      for (let n = letters.length; n <= letters.length + 3; n++) {
        const a = m.from - n;
        if (a >= unit.tokFrom && spells(body, a, m.from, letters)) return speaksOfCertificate(body, a, m.from, cert);
      }
    }
    const talk = kind(body, 'certWord').some((w) => w.from >= unit.tokFrom && w.to <= unit.tokTo);
    if (talk) return true;
    for (let a = unit.tokFrom; a < unit.tokTo; a++) {
      for (let n = letters.length; n <= letters.length + 2 && a + n <= unit.tokTo; n++) {
        if (a < m.to && a + n > m.from) continue;
        if (spells(body, a, a + n, letters) && !speaksOfCertificate(body, a, a + n, cert)) return false;
      }
    }
    return true;
  });
}

let cueFillers: Set<string> | null = null;
let sectorNames: { exact: Set<string>; folded: Set<string> } | null = null;

/**
 * The name as written is an everyday word in some sector. Acronyms compare as written ("MOP"
 * in a data centre, while "MoP" is the certificate's own spelling); names of words ignore case.
 */
function isSectorName(body: Scanned, m: CertMatch): boolean {
  if (!sectorNames) {
    const all = loadCertContext().sectorNames.map((s) => s.alias);
    sectorNames = { exact: new Set(all.filter((a) => !/\s/.test(a))), folded: new Set(all.filter((a) => /\s/.test(a)).map((a) => normPhrase(a).join(' '))) };
  }
  const toks = body.tokens.slice(m.from, m.to);
  if (toks.length === 1) return sectorNames.exact.has(toks[0]!.raw);
  return sectorNames.folded.has(toks.map((t) => t.norm).join(' '));
}

/** The kinds of match that say a certificate is meant, by unit. */
function talkByUnit(body: Scanned, kinds: ReadonlyArray<'certWord' | 'awardingBody' | 'certContext' | 'req'>): Map<number, Array<{ from: number; to: number }>> {
  const out = new Map<number, Array<{ from: number; to: number }>>();
  for (const k of kinds) {
    for (const m of kind(body, k)) {
      const u = unitOf(body.units, m.from);
      let l = out.get(u);
      if (!l) out.set(u, (l = []));
      l.push(m);
    }
  }
  return out;
}

export interface SectionInfo {
  /** The unit sits under an Essential/Desirable or qualifications heading, as a short list item. */
  listed(u: number): boolean;
}

/**
 * A name that is an everyday word in some sector ("MSP", "PMP", "Green Belt") counts only with
 * certificate talk near it: a certificate word or awarding body in its sentence, another
 * certificate beside it, a requirement cue in its own clause, or a short item of a
 * qualifications list. Other bare acronyms need looser talk (experience, knowledge, a cue).
 */
export function inCertificateContext(body: Scanned, list: ReadonlyArray<CertMatch>, sections: SectionInfo): CertMatch[] {
  const isBare = (m: CertMatch) => !!m.entry.caseSensitive && m.entry.phrase.replace(/[^A-Za-z]/g, '').length <= 4;
  const sector = new Set(list.filter((m) => isSectorName(body, m)));
  const needs = (m: CertMatch) => sector.has(m) || isBare(m);
  const strict = talkByUnit(body, ['certWord', 'awardingBody']);
  const loose = talkByUnit(body, ['certWord', 'awardingBody', 'certContext', 'req']);
  const cues = kind(body, 'req');
  const fillers = (cueFillers ??= new Set(loadCertContext().cueFillers.words.map((w) => w.toLowerCase())));
  const unitOfMatch = list.map((m) => unitOf(body.units, m.from));
  const plainCertUnits = new Set(list.filter((m) => !needs(m)).map((m) => unitOf(body.units, m.from)));
  const outside = (m: CertMatch, w: { from: number; to: number }) => w.to <= m.from || w.from >= m.to;
  return list.filter((m, i) => {
    if (!needs(m)) return true;
    const u = unitOfMatch[i]!;
    const unit = body.units[u];
    if (!unit) return false;
    if (plainCertUnits.has(u)) return true;
    // "PMP (Project Management Professional)": two names of one certificate vouch for each other.
    if (list.some((o, j) => j !== i && unitOfMatch[j] === u && o.entry.payload.cert.family === m.entry.payload.cert.family && (o.to <= m.from || o.from >= m.to))) return true;
    if (!sector.has(m)) return (loose.get(u) ?? []).some((w) => outside(m, w));
    if ((strict.get(u) ?? []).some((w) => outside(m, w))) return true;
    if (sections.listed(u)) return true;
    // A cue vouches only when the clause is the name and the cue: "PMP preferred", not "CSM experience is essential".
    const [a, b] = span(body.text, body.tokens, unit, m.from, m.to, SOFT_BREAK);
    const cue = cues.filter((c) => c.from >= a && c.to <= b && outside(m, c));
    if (!cue.length) return false;
    for (let k = a; k < b; k++) {
      if (k >= m.from && k < m.to) continue;
      if (cue.some((c) => k >= c.from && k < c.to)) continue;
      if (!fillers.has(body.tokens[k]!.plain)) return false;
    }
    return true;
  });
}
