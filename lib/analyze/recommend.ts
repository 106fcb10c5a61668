import { LEVEL_ORDER, type Analysis, type LevelId, type OfficeId, type Profile } from '../analysis';
import { loadCertContext } from '../knowledge/rule-schemas';
import type { Certification, KnowledgeBase } from '../knowledge/schemas';
import type { CertHit } from './certifications';
import { currentSuccessors, heldRule } from './held';

type Rec = Analysis['recommendations'][number];

let pmoFamilies: ReadonlySet<string> | null = null;
/**
 * Certificates made for PMO work come before general project-management ones. Read on first
 * use, so rules installed ahead of time (precompiled.ts) are the ones read.
 */
const isPmoFamily = (family: string) => (pmoFamilies ??= new Set(loadCertContext().pmoFamilies.map((f) => f.family))).has(family);
const MAX = 6;

function links(c: Certification): Rec['links'] {
  const out: Rec['links'] = [];
  if (c.officialUrl.startsWith('https://')) out.push({ label: `Official page (${c.awardingBody.current})`, url: c.officialUrl });
  for (const course of c.courses) if (course.url.startsWith('https://')) out.push({ label: `${course.provider}: ${course.label}`, url: course.url });
  return out;
}

/** "PMO Manager" rather than the id "manager". */
function levelName(kb: KnowledgeBase, id: LevelId): string {
  return kb.levels.find((l) => l.id === id)?.competencyRole ?? id;
}

const OFFICE_WORDS: Record<OfficeId, string> = {
  project: 'project',
  programme: 'programme',
  portfolio: 'portfolio',
  enterprise: 'enterprise',
  coe: 'centre of excellence',
};

/** "a project/portfolio office", "an enterprise office". */
function officePhrase(ids: readonly OfficeId[]): string {
  const words = ids.map((o) => OFFICE_WORDS[o]).join('/');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words} office`;
}

interface LevelPick {
  cert: Certification;
  score: number;
  reason: string;
}

const levelPickCache = new WeakMap<KnowledgeBase, Map<string, LevelPick[]>>();

/**
 * The current certificates made for a level, scored, with their reasons. They depend only on
 * the level and the office types, so they are worked out once for each pair.
 */
function levelPicks(kb: KnowledgeBase, target: LevelId, topOffices: readonly OfficeId[]): LevelPick[] {
  let byKey = levelPickCache.get(kb);
  if (!byKey) levelPickCache.set(kb, (byKey = new Map()));
  const key = `${target}|${topOffices.join(',')}`;
  const known = byKey.get(key);
  if (known) return known;
  const picks: LevelPick[] = [];
  for (const c of kb.certifications) {
    if (c.status !== 'current' || !c.levels.includes(target)) continue;
    // The first level is the one a certificate is made for; the others it merely suits.
    const main = c.levels[0] === target;
    let score = 30 + (isPmoFamily(c.family) ? 15 : 0) + (main ? 8 : 0);
    // Certificates aimed squarely at one level beat broad ones.
    score += Math.max(0, 4 - c.levels.length) * 2;
    const officeFit = topOffices.filter((o) => c.offices.includes(o));
    score += officeFit.length * 4;
    if (c.confidence === 'uncertain') score -= 3;
    const office = officeFit.length ? ` and ${officePhrase(officeFit)}` : '';
    const reason = main
      ? `Made for the ${levelName(kb, target)} level${office}`
      : `Made mainly for the ${levelName(kb, c.levels[0]!)} level; also suits the ${levelName(kb, target)} level${office}`;
    picks.push({ cert: c, score, reason });
  }
  byKey.set(key, picks);
  return picks;
}

const idOrderCache = new WeakMap<KnowledgeBase, Map<string, number>>();

/**
 * Ids compared as `localeCompare` compares them, from their place in the catalogue sorted once
 * that way (ids that compare equal share a place); an id not in the catalogue is compared directly.
 */
function idOrder(kb: KnowledgeBase): (a: string, b: string) => number {
  let rank = idOrderCache.get(kb);
  if (!rank) {
    const ids = [...new Set(kb.certifications.map((c) => c.id))].sort((a, b) => a.localeCompare(b));
    rank = new Map();
    let r = 0;
    for (let i = 0; i < ids.length; i++) {
      if (i > 0 && ids[i - 1]!.localeCompare(ids[i]!) !== 0) r++;
      rank.set(ids[i]!, r);
    }
    idOrderCache.set(kb, rank);
  }
  const known = rank;
  return (a, b) => {
    const ra = known.get(a);
    const rb = known.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : a.localeCompare(b);
  };
}

export interface RecommendInput {
  kb: KnowledgeBase;
  level: LevelId | null;
  isPmoRole: boolean;
  offices: ReadonlyArray<{ id: OfficeId; score: number }>;
  mentioned: ReadonlyArray<CertHit>;
  profile?: Profile;
}

/**
 * Ranked certificates for the role: the ones the advert names (required, then desirable,
 * then mentioned; a legacy one through its successor), then the ones made for this level and
 * office. With a profile, the reader's certificates are marked held, and what builds on them or
 * leads to the reader's target level is flagged as the next step, saying what it builds on.
 */
export function recommend({ kb, level, isPmoRole, offices, mentioned, profile }: RecommendInput): Rec[] {
  const recs = new Map<string, { cert: Certification; score: number; reasons: string[] }>();
  const bump = (cert: Certification, score: number, reason: string) => {
    const r = recs.get(cert.id);
    if (r) {
      r.score = Math.max(r.score, score) + 1;
      if (!r.reasons.includes(reason)) r.reasons.push(reason);
    } else recs.set(cert.id, { cert, score, reasons: [reason] });
  };
  const weight = { required: 100, desirable: 85, mentioned: 70 } as const;
  for (const m of mentioned) {
    const said = m.requirement === 'required' ? 'asks for' : m.requirement === 'desirable' ? 'would like' : 'mentions';
    if (m.cert.status === 'current') {
      bump(m.cert, weight[m.requirement], `The advert ${said} '${m.text}'`);
    } else {
      for (const s of currentSuccessors(kb.certifications, m.cert.id)) {
        bump(s, weight[m.requirement] - 2, `The advert ${said} '${m.text}' (${m.cert.shortName}, ${m.cert.status}); ${m.note ?? `${s.shortName} replaces it`}`);
      }
    }
  }
  const target = profile?.targetLevel ?? level;
  const topOffices = offices.filter((o) => o.score >= 0.3).slice(0, 2).map((o) => o.id);
  if (target && (isPmoRole || profile?.targetLevel)) {
    for (const p of levelPicks(kb, target, topOffices)) bump(p.cert, p.score, p.reason);
  }
  const isHeld = heldRule(profile?.held ?? [], kb.certifications);
  let index: Map<string, Certification> | null = null;
  const byId = (id: string) => (index ??= new Map(kb.certifications.map((c) => [c.id, c]))).get(id);
  // What each next step builds on, in the reader's own terms.
  const nextSteps = new Map<string, string[]>();
  const suggest = (id: string, why: string) => {
    const c = byId(id);
    if (!c || isHeld(c)) return;
    const list = nextSteps.get(id) ?? [];
    if (!list.includes(why)) list.push(why);
    nextSteps.set(id, list);
  };
  // Only what the reader said about themselves makes a next step: without a profile, or with
  // nothing held and no target, there is nothing to build on.
  for (const id of profile?.held ?? []) {
    const c = byId(id);
    if (!c) continue;
    const family = kb.certifications.filter((x) => x.family === c.family && x.status === 'current');
    const next =
      family.find((x) => x.prerequisites.includes(c.id)) ??
      family.find((x) => LEVEL_ORDER.indexOf(x.levels[0] ?? 'administrator') > LEVEL_ORDER.indexOf(c.levels[0] ?? 'administrator'));
    if (next) suggest(next.id, `Next step after ${c.shortName}, which you hold`);
    // A legacy certificate held: its successor is the natural next step.
    for (const s of currentSuccessors(kb.certifications, c.id)) suggest(s.id, `Replaces ${c.shortName}, which you hold`);
  }
  const goal = profile?.targetLevel ?? null;
  if (goal) {
    const forGoal = kb.certifications.find((c) => c.family === 'hopmo-essentials' && c.status === 'current' && c.levels.length === 1 && c.levels[0] === goal);
    if (forGoal) suggest(forGoal.id, `Fits your target level: ${levelName(kb, goal)}`);
  }
  for (const [id, whys] of nextSteps) {
    const c = byId(id);
    if (c) for (const why of whys) bump(c, 60, why);
  }
  const idCompare = idOrder(kb);
  const list = [...recs.values()].sort((a, b) => b.score - a.score || idCompare(a.cert.id, b.cert.id));
  // Keep the list varied: at most two from one family unless the advert named them.
  const perFamily = new Map<string, number>();
  const picked: typeof list = [];
  for (const r of list) {
    const n = perFamily.get(r.cert.family) ?? 0;
    if (n >= 2 && r.score < 60) continue;
    perFamily.set(r.cert.family, n + 1);
    picked.push(r);
    if (picked.length >= MAX) break;
  }
  return picked.map((r) => {
    const out: Rec = {
      id: r.cert.id,
      family: r.cert.family,
      score: Math.round(Math.min(1, r.score / 100) * 100) / 100,
      reasons: r.reasons,
      links: links(r.cert),
      name: r.cert.name,
    };
    // With a profile every certificate says whether it is held; without one, nothing is known.
    if (profile) out.held = isHeld(r.cert);
    if (nextSteps.has(r.cert.id)) out.nextStep = true;
    if (r.cert.confidence === 'uncertain') out.uncertain = true;
    return out;
  });
}
