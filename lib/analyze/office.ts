import type { LevelId, OfficeId } from '../analysis';
import type { Skill } from '../knowledge/schemas';
import type { LevelRules } from './rules';
import { OFFICE_COMPONENTS, softmax, type OfficeComponent, type Weights } from './level/model';
import { loadWeights } from './level/weights';
import { tokenize } from './normalize';
import { kind, type Scanned } from './scan';

/** A cue phrase repeated through an advert counts at most this often. */
const CUE_REPEATS = 2;
export const OFFICES: readonly OfficeId[] = ['project', 'programme', 'portfolio', 'enterprise', 'coe'];
export type OfficeFeatures = Record<OfficeComponent, Record<OfficeId, number>>;

const none = (): Record<OfficeId, number> => ({ project: 0, programme: 0, portfolio: 0, enterprise: 0, coe: 0 });

function titleCues(title: Scanned | null, f: OfficeFeatures): void {
  if (!title) return;
  // "Project Management Office" is every PMO's name, not a sign of a project-level office.
  const generic = kind(title, 'pmoTitle').filter((m) => m.to - m.from >= 3);
  for (const m of kind(title, 'office')) f.title[m.entry.payload.office] += 3 * m.entry.payload.weight;
  for (const m of kind(title, 'officeTitle')) {
    if (m.entry.payload.office === 'project' && generic.some((g) => g.from <= m.from && g.to >= m.to)) continue;
    f.title[m.entry.payload.office] += m.entry.payload.weight;
  }
}

type ScopeRules = LevelRules['officeWords']['scope'];
type ScopeMatcher = { nouns: string[][]; before: Set<string>; window: number; offices: OfficeId[] };
const scopeMatchers = new WeakMap<ScopeRules, { matchers: ScopeMatcher[]; firsts: Set<string> }>();

/** The rules' words in the tokens' own forms: nouns as written (plural kept), lead words normalised. */
function matchersOf(rules: ScopeRules): { matchers: ScopeMatcher[]; firsts: Set<string> } {
  let m = scopeMatchers.get(rules);
  if (!m) {
    const matchers = rules.map((r) => ({
      nouns: r.nouns.map((n) => tokenize(n).map((t) => t.plain)),
      before: new Set(r.before.flatMap((b) => tokenize(b).map((t) => t.norm))),
      window: r.window,
      offices: r.offices,
    }));
    m = { matchers, firsts: new Set(matchers.flatMap((r) => r.nouns.map((n) => n[0]!))) };
    scopeMatchers.set(rules, m);
  }
  return m;
}

/** Whether the noun at token i has one of the rule's lead words just before it. */
function scopeAt(body: Scanned, i: number, r: ScopeMatcher): boolean {
  const t = body.tokens;
  const noun = r.nouns.find((n) => n.every((w, k) => t[i + k]?.plain === w));
  if (!noun) return false;
  for (let k = Math.max(0, i - r.window); k < i; k++) if (r.before.has(t[k]!.norm)) return true;
  return false;
}

/**
 * How many projects the office serves, from the wording around its nouns: "all projects",
 * "a portfolio of programmes" for the standing offices, "the project manager" for a project
 * office. Each rule counts once.
 */
function scopeCues(body: Scanned, rules: ScopeRules, f: OfficeFeatures): void {
  const { matchers, firsts } = matchersOf(rules);
  const fired = new Set<ScopeMatcher>();
  for (let i = 0; i < body.tokens.length && fired.size < matchers.length; i++) {
    if (!firsts.has(body.tokens[i]!.plain)) continue;
    for (const r of matchers) if (!fired.has(r) && scopeAt(body, i, r)) fired.add(r);
  }
  for (const r of fired) for (const o of r.offices) f.scope[o] += 1;
}

/**
 * The office cues of an advert by group: the title's words, offices.json's cues in the body
 * (each phrase at most twice), plain body words (their weights summed, with diminishing
 * returns), how many projects it serves, skills, and the
 * office the level usually works in (a weak prior that only counts when some other cue is present).
 */
export function officeFeatures(title: Scanned | null, body: Scanned, skills: ReadonlyArray<{ skill: Skill; count: number }>, level: LevelId | null, words: LevelRules['officeWords']): OfficeFeatures {
  const f = Object.fromEntries(OFFICE_COMPONENTS.map((c) => [c, none()])) as OfficeFeatures;
  titleCues(title, f);
  const counted = new Map<string, number>();
  for (const m of kind(body, 'office')) {
    const n = (counted.get(m.entry.phrase) ?? 0) + 1;
    counted.set(m.entry.phrase, n);
    if (n <= CUE_REPEATS) f.cue[m.entry.payload.office] += m.entry.payload.weight;
  }
  for (const m of kind(body, 'officeBody').slice(0, 60)) f.words[m.entry.payload.office] += m.entry.payload.weight;
  // Every advert says "project" again and again: the tenth mention adds less than the second.
  for (const o of OFFICES) f.words[o] = Math.log1p(f.words[o]);
  scopeCues(body, words.scope, f);
  for (const { skill, count } of skills) for (const o of OFFICES) f.skill[o] += 0.2 * (skill.offices[o] ?? 0) * Math.min(count, 2);
  const anyCue = OFFICES.some((o) => f.title[o] + f.cue[o] + f.words[o] + f.scope[o] + f.skill[o] > 0);
  for (const p of words.byLevel) if (anyCue && p.level === level) f.level[p.office] += p.weight;
  return f;
}

export function officeLogits(f: OfficeFeatures, w: Weights['office']): number[] {
  return OFFICES.map((o) => OFFICE_COMPONENTS.reduce((s, c) => s + w.weights[c] * f[c][o], w.bias[o]));
}

/**
 * Office types with the probability of each (sorted, best first). No cue at all gives an
 * empty list; `unclear` says the best is below the weights' threshold, a guess at most.
 */
export function scoreOffices(f: OfficeFeatures, weights: Weights = loadWeights()): { offices: Array<{ id: OfficeId; score: number }>; unclear: boolean } {
  const anyCue = OFFICES.some((o) => OFFICE_COMPONENTS.some((c) => f[c][o] > 0));
  if (!anyCue) return { offices: [], unclear: true };
  const p = softmax(officeLogits(f, weights.office));
  // A probability shown as 100% would claim a certainty no advert gives.
  const offices = OFFICES.map((id, i) => ({ id, score: Math.min(0.99, Math.round(p[i]! * 100) / 100) }))
    .filter((o) => o.score >= 0.05)
    .sort((a, b) => b.score - a.score || OFFICES.indexOf(a.id) - OFFICES.indexOf(b.id));
  return { offices, unclear: (offices[0]?.score ?? 0) < weights.office.unclearBelow };
}
