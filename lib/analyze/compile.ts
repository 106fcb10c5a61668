import type { LevelId, OfficeId, Requirement } from '../analysis';
import type { Certification, KnowledgeBase, Skill } from '../knowledge/schemas';
import { Lexicon, type LexEntry } from './lexicon';
import { learnLemmas } from './inflections';
import { normPhrase } from './normalize';
import { loadCertContext, loadRequirementRules, type CertContext, type CueKind } from '../knowledge/rule-schemas';
import type { LevelRules } from './rules';

/** What a lexicon phrase means once found. */
export type Payload =
  | { k: 'cert'; cert: Certification; generic: boolean; familyName: boolean; tiers: TierWords }
  | { k: 'listName'; cert: Certification }
  | { k: 'otherName' }
  | { k: 'certWord' }
  | { k: 'certContext' }
  | { k: 'awardingBody' }
  | { k: 'method'; side: 'before' | 'after' }
  | { k: 'skill'; skill: Skill }
  | { k: 'office'; office: OfficeId; weight: number }
  | { k: 'officeTitle'; office: OfficeId; weight: number }
  | { k: 'officeBody'; office: OfficeId; weight: number }
  | { k: 'kbTitle'; level: LevelId; specific: boolean }
  | { k: 'role'; level: LevelId; weight: number }
  | { k: 'seniority'; shift: number; onlyFrom?: LevelId }
  | { k: 'grade'; level: LevelId; weight: number }
  | { k: 'pmoTitle'; weak: boolean }
  | { k: 'delivery'; strong: boolean }
  | { k: 'otherField' }
  | { k: 'selfIntro' }
  | { k: 'reportsTo' }
  | { k: 'otherRole' }
  | { k: 'duty'; level: LevelId; weight: number; near?: Set<string>; window?: number }
  | { k: 'pmoBody'; weight: number }
  | { k: 'deliveryBody'; weight: number }
  | { k: 'req'; kind: CueKind }
  | { k: 'heading'; kind: Requirement | 'neutral' };

/**
 * For one family, the word that turns a family name into one certificate of it ("MoP" +
 * "Practitioner", "IPMO" + "Expert"), learnt from the aliases. `tier` says the word is the
 * certificate's tier itself, so it can also stand alone in a list ("Foundation and Practitioner").
 */
export type TierWords = ReadonlyMap<string, { cert: Certification; tier: boolean }>;

export interface Compiled {
  kb: KnowledgeBase;
  rules: LevelRules;
  lexicon: Lexicon<Payload>;
}

/** Titles that also name jobs outside project offices ("Program Coordinator" in education). */
function specificTitle(phrase: string, pmoWords: ReadonlyArray<string>): boolean {
  const p = ` ${phrase.toLowerCase()} `;
  return pmoWords.some((w) => p.includes(` ${w.toLowerCase()} `));
}

/** "@Risk", "C#" or "C++" would lose their sign in words; "Project+" keeps it (see tokenize). */
function losesItsSign(phrase: string): boolean {
  if (/(?:^|\s)[@#+]\w|\w#/.test(phrase)) return true;
  return phrase.split(/\s+/).some((w) => /\+$/.test(w) && !/\p{L}\p{L}\+$/u.test(w));
}

/** The aliases of a certificate, with the other ways people write part of them ("P30" for "P3O"). */
function withSpellings(aliases: ReadonlyArray<string>, spellings: CertContext['spellings']): string[] {
  const out = new Set(aliases);
  for (const a of aliases) {
    for (const s of spellings) {
      const at = a.indexOf(s.for);
      if (at >= 0) out.add(a.slice(0, at) + s.written + a.slice(at + s.for.length));
    }
  }
  return [...out];
}

function isGenericAlias(alias: string): boolean {
  // Plain English phrases ("Management of Risk") are only read as certificates when capitalised.
  const words = alias.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[A-Za-z]+$/.test(w) && !/[A-Z].*[A-Z]/.test(w));
}

function tierWords(kb: KnowledgeBase): Map<string, TierWords> {
  const out = new Map<string, Map<string, { cert: Certification; tier: boolean }>>();
  const familyNames = new Map<string, string[][]>();
  for (const c of kb.certifications) {
    const names = [...(c.familyAliases ?? []), ...(c.caseSensitiveAliases ?? [])].map((a) => normPhrase(a));
    if (names.length) familyNames.set(c.family, [...(familyNames.get(c.family) ?? []), ...names]);
  }
  const ambiguous = new Set<string>();
  for (const c of kb.certifications) {
    const names = familyNames.get(c.family) ?? [];
    let words = out.get(c.family);
    if (!words) out.set(c.family, (words = new Map()));
    for (const alias of c.aliases) {
      const toks = normPhrase(alias);
      const last = toks[toks.length - 1];
      // One real word after the family name; "P3O-P" or "IPMO-E" letters are too short to read alone.
      if (!last || last.length < 3 || !/^\p{L}+$/u.test(last)) continue;
      if (!names.some((n) => n.length === toks.length - 1 && n.every((w, i) => toks[i] === w))) continue;
      const prev = words.get(last);
      const entry = { cert: c, tier: !!c.tier && normPhrase(c.tier).join(' ') === last };
      if (!prev) words.set(last, entry);
      else if (prev.cert.id !== c.id) {
        // Two certificates behind one word: the current one wins; two current ones, neither.
        if (prev.cert.status !== 'current' && c.status === 'current') words.set(last, entry);
        else if (prev.cert.status === c.status) ambiguous.add(`${c.family} ${last}`);
      }
    }
  }
  for (const key of ambiguous) {
    const [family, word] = key.split(' ') as [string, string];
    out.get(family)?.delete(word);
  }
  return out;
}

export function compile(kb: KnowledgeBase, rules: LevelRules): Compiled {
  const entries: LexEntry<Payload>[] = [];
  const add = (phrase: string, payload: Payload, caseSensitive?: boolean, exact?: boolean) => {
    if (losesItsSign(phrase)) return;
    entries.push({ phrase, payload, caseSensitive, exact });
  };

  const ctx = loadCertContext();
  const tiers = tierWords(kb);
  for (const cert of kb.certifications) {
    const t = tiers.get(cert.family) ?? new Map();
    // Certificate names are matched as spelt: plural-stripping would read "PMO Manager Essential" as a certificate.
    const addCert = (a: string, familyName: boolean, generic: boolean, caseSensitive?: boolean) =>
      add(a, { k: 'cert', cert, generic, familyName, tiers: t }, caseSensitive, true);
    for (const a of withSpellings(cert.aliases, ctx.spellings)) addCert(a, false, isGenericAlias(a));
    for (const a of withSpellings(cert.familyAliases ?? [], ctx.spellings)) addCert(a, true, isGenericAlias(a));
    // For the family default these are family names too ("MoP", "Management of Portfolios").
    for (const a of cert.caseSensitiveAliases ?? []) addCert(a, true, false, true);
  }
  const certById = new Map(kb.certifications.map((c) => [c.id, c]));
  for (const l of ctx.listNames) {
    const cert = certById.get(l.cert);
    if (cert) add(l.phrase, { k: 'listName', cert }, undefined, true);
  }
  for (const o of ctx.otherNames) add(o.phrase, { k: 'otherName' }, undefined, true);
  for (const w of ctx.certWords) add(w.phrase, { k: 'certWord' });
  for (const w of ctx.contextWords) add(w.phrase, { k: 'certContext' });
  for (const b of ctx.awardingBodies) add(b.phrase, { k: 'awardingBody' });
  const req = loadRequirementRules();
  for (const m of req.methodBefore) add(m.phrase, { k: 'method', side: 'before' });
  for (const m of req.methodAfter) add(m.phrase, { k: 'method', side: 'after' });
  for (const skill of kb.skills) {
    for (const s of new Set([skill.label, ...skill.synonyms])) add(s, { k: 'skill', skill });
  }
  for (const office of kb.offices) for (const c of office.cues) add(c, { k: 'office', office: office.id, weight: 1 });
  const pmoWords = rules.pmoTitleWords.filter((w) => !w.weak).map((w) => w.phrase).concat(['pmo']);
  for (const level of kb.levels) {
    for (const t of new Set([...level.titles.uk, ...level.titles.us])) {
      add(t, { k: 'kbTitle', level: level.id, specific: specificTitle(t.replace(/[,]/g, ''), pmoWords) });
    }
  }
  for (const r of rules.titleRoles) add(r.phrase, { k: 'role', level: r.level, weight: r.weight }, r.caseSensitive);
  for (const s of rules.seniority) add(s.phrase, { k: 'seniority', shift: s.shift, onlyFrom: s.onlyFrom });
  for (const g of rules.grades) add(g.phrase, { k: 'grade', level: g.level, weight: g.weight }, g.caseSensitive);
  for (const w of rules.pmoTitleWords) add(w.phrase, { k: 'pmoTitle', weak: w.weak ?? false });
  for (const d of rules.deliveryTitles) add(d.phrase, { k: 'delivery', strong: d.strong });
  for (const o of rules.otherFieldTitles) add(o.phrase, { k: 'otherField' });
  for (const s of rules.selfIntro) add(s.phrase, { k: 'selfIntro' });
  for (const s of rules.reportsTo) add(s.phrase, { k: 'reportsTo' });
  for (const s of rules.otherRoleBefore) add(s.phrase, { k: 'otherRole' });
  for (const d of rules.duties) {
    const near = d.near ? new Set(d.near.map((w) => normPhrase(w).join(' '))) : undefined;
    add(d.phrase, { k: 'duty', level: d.level, weight: d.weight, near, window: d.window ?? 6 }, d.caseSensitive);
  }
  for (const c of rules.pmoBodyCues) add(c.phrase, { k: 'pmoBody', weight: c.weight });
  for (const c of rules.deliveryBodyCues) add(c.phrase, { k: 'deliveryBody', weight: c.weight });
  for (const c of req.cues) add(c.phrase, { k: 'req', kind: c.kind });
  for (const c of req.headings) add(c.phrase, { k: 'heading', kind: c.kind });
  for (const w of rules.officeWords.title) add(w.phrase, { k: 'officeTitle', office: w.office, weight: w.weight });
  for (const w of rules.officeWords.body) add(w.phrase, { k: 'officeBody', office: w.office, weight: w.weight });

  // Inflections for the words of duty, skill and cue phrases, learnt once from compromise.
  learnLemmas(
    entries
      .filter((e) => e.payload.k === 'duty' || e.payload.k === 'skill' || e.payload.k === 'req' || e.payload.k === 'reportsTo' || e.payload.k === 'selfIntro' || e.payload.k === 'otherRole')
      .map((e) => e.phrase),
  );
  return { kb, rules, lexicon: new Lexicon(entries) };
}
