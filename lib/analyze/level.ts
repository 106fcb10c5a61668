import { LEVEL_ORDER, type Evidence, type LevelId } from '../analysis';
import type { Skill } from '../knowledge/schemas';
import { kind, outermost, words, type Match, type Scanned } from './scan';

const LEVELS = LEVEL_ORDER;
const NAMES: Record<LevelId, string> = {
  administrator: 'administrator',
  analyst: 'analyst',
  manager: 'manager',
  director: 'director',
};

type Scores = Record<LevelId, number>;
/** A title listed for a level in levels.json outweighs any single role word or duty. */
const KB_TITLE_WEIGHT = 3;
const zero = (): Scores => ({ administrator: 0, analyst: 0, manager: 0, director: 0 });
const idx = (l: LevelId) => LEVELS.indexOf(l);
const at = (i: number): LevelId => LEVELS[Math.max(0, Math.min(3, i))]!;

export interface LevelResult {
  isPmoRole: boolean;
  level: LevelId | null;
  confidence: number;
  evidence: Evidence[];
  notice?: { code: 'not-pmo' | 'delivery-role'; message: string };
  scores: Scores;
  /** How much the body reads like project office work (for tuning and tests). */
  bodyEvidence: number;
}

const inside = (m: Match, spans: ReadonlyArray<Match>) => spans.some((s) => s.from <= m.from && s.to >= m.to);
const overlaps = (m: Match, spans: ReadonlyArray<Match>) => spans.some((s) => s.from < m.to && m.from < s.to);

/** Diminishing returns: many small cues approach, never pass, the cap. */
const saturate = (x: number, cap: number, scale: number) => cap * (1 - Math.exp(-x / scale));

/** Sum of weights per distinct phrase, each phrase counted at most twice. */
function perPhrase(list: ReadonlyArray<Match>, weight: (m: Match) => number): { total: number; seen: Map<string, { m: Match; n: number }> } {
  const seen = new Map<string, { m: Match; n: number }>();
  for (const m of list) {
    const key = m.entry.phrase.toLowerCase();
    const s = seen.get(key);
    if (s) s.n++;
    else seen.set(key, { m, n: 1 });
  }
  let total = 0;
  for (const { m, n } of seen.values()) total += weight(m) * Math.min(n, 2);
  return { total, seen };
}

export interface LevelInput {
  title: Scanned | null;
  body: Scanned;
  skills: ReadonlyArray<{ skill: Skill; count: number }>;
}

export function assessLevel({ title, body, skills }: LevelInput): LevelResult {
  const evidence: Array<Evidence & { level?: LevelId }> = [];
  const titleText = title ? title.text.trim() : '';

  // ---- The title: strongest evidence.
  const tScores = zero();
  const kbTitles = title ? uniqueSpans(outermost(kind(title, 'kbTitle'))) : [];
  const roles = title ? outermost(kind(title, 'role')) : [];
  // "(PMO)" after words with those initials abbreviates them ("Principal Medical Officer (PMO)").
  const pmoWords = title ? kind(title, 'pmoTitle').filter((m) => !abbreviatesOther(title, m)) : [];
  const strongPmo = pmoWords.filter((m) => !m.entry.payload.weak);
  const weakPmo = pmoWords.filter((m) => m.entry.payload.weak);
  const specificKb = kbTitles.filter((m) => m.entry.payload.specific);
  const genericKb = kbTitles.filter((m) => !m.entry.payload.specific);
  const pmoSpans: Match[] = [...strongPmo, ...specificKb];
  const delivery = title ? outermost(kind(title, 'delivery')).filter((m) => !overlaps(m, pmoSpans)) : [];
  const other = title ? kind(title, 'otherField').filter((m) => !inside(m, pmoSpans)) : [];
  const seniority = title ? outermost(kind(title, 'seniority')) : [];

  for (const m of kbTitles) {
    tScores[m.entry.payload.level] += KB_TITLE_WEIGHT;
    evidence.push({ text: words(title!, m), reason: `Title '${words(title!, m)}' is a typical ${NAMES[m.entry.payload.level]}-level PMO title`, level: m.entry.payload.level });
  }
  const weakDeliverySpans = title ? kind(title, 'delivery').filter((d) => !d.entry.payload.strong) : [];
  // In an English compound the last noun is the job ("Project Controls Manager" is a manager);
  // role words before it in the same part of the title only qualify it.
  const segmentOf = (i: number) => (title ? title.text.slice(0, title.tokens[i]!.start).split(/[,(|/:–—]|\s-\s|\bof\b/i).length : 0);
  for (const m of roles) {
    // The "Director" of "Project Director PMO" ranks a delivery job, not the PMO post: half weight.
    let factor = inside(m, weakDeliverySpans) ? 0.5 : 1;
    if (roles.some((r) => r.from >= m.to && segmentOf(r.from) === segmentOf(m.from))) factor *= 0.4;
    // A role word inside a listed title is already counted by that title.
    if (inside(m, kbTitles)) continue;
    tScores[m.entry.payload.level] += m.entry.payload.weight * factor;
    evidence.push({ text: words(title!, m), reason: `Title says '${words(title!, m)}' -> ${NAMES[m.entry.payload.level]}`, level: m.entry.payload.level });
  }
  let shift = 0;
  let top: LevelId | null = null;
  for (const l of LEVELS) if (tScores[l] > 0 && (!top || tScores[l] > tScores[top])) top = l;
  for (const s of seniority) {
    // "Assistant" is the role itself in "Project Assistant", a step down only before another role.
    if (s.entry.phrase === 'assistant' && !roles.some((r) => r.from >= s.to)) continue;
    if (s.entry.payload.onlyFrom && s.entry.payload.onlyFrom !== top) continue;
    shift += s.entry.payload.shift;
    evidence.push({ text: words(title!, s), reason: `Seniority word '${words(title!, s)}' in the title` });
  }
  const steps = Math.trunc(shift);
  const shifted = zero();
  for (const l of LEVELS) shifted[at(idx(l) + steps)] += tScores[l];
  // Grades: the title's grade counts fully, one found in the body less.
  const gScores = zero();
  const titleGrades = title ? outermost(kind(title, 'grade')) : [];
  const bodyGrades = outermost(kind(body, 'grade')).slice(0, 2);
  for (const [list, factor, s] of [
    [titleGrades, 1, title],
    [bodyGrades, 0.6, body],
  ] as const) {
    for (const g of list) {
      if (!s) continue;
      gScores[g.entry.payload.level] += g.entry.payload.weight * factor;
      evidence.push({ text: words(s, g), reason: `Grade '${words(s, g)}' usually pays ${NAMES[g.entry.payload.level]}-level PMO work`, level: g.entry.payload.level });
    }
  }

  // ---- The body: duties, skills, the role named as "you", who it reports to.
  // Window cues ("lead ... team") count only with their companion word close behind.
  const dutyMatches = kind(body, 'duty').filter((m) => {
    const p = m.entry.payload;
    if (!p.near) return true;
    const end = Math.min(body.tokens.length, m.to + (p.window ?? 6));
    for (let k = m.to; k < end; k++) if (p.near.has(body.tokens[k]!.norm)) return true;
    return false;
  });
  const duties = perPhrase(dutyMatches, (m) => (m.entry.payload as { weight: number }).weight);
  const dRaw = zero();
  for (const { m, n } of duties.seen.values()) {
    const p = m.entry.payload as { level: LevelId; weight: number };
    dRaw[p.level] += p.weight * Math.min(n, 2);
  }
  // Duties count by their share of all the duties found: an advert that is mostly minutes
  // and filing reads as administration even if it also mentions a dashboard; the total sets
  // how much the share is trusted.
  const dScores = zero();
  const dSum = LEVELS.reduce((s, l) => s + dRaw[l], 0);
  const dTrust = saturate(dSum, 3.5, 3);
  for (const l of LEVELS) dScores[l] = dSum ? (dTrust * dRaw[l]) / dSum : 0;
  const topDuties = [...duties.seen.values()].sort((a, b) => (b.m.entry.payload as { weight: number }).weight - (a.m.entry.payload as { weight: number }).weight);
  for (const { m } of topDuties) {
    const p = m.entry.payload as { level: LevelId };
    evidence.push({ text: words(body, m), reason: `Duty '${words(body, m)}' is ${NAMES[p.level]}-level work`, level: p.level });
  }

  const sRaw = zero();
  for (const { skill, count } of skills) {
    for (const l of LEVELS) sRaw[l] += (skill.levels[l] ?? 0) * Math.min(count, 2);
  }
  const sScores = zero();
  const sSum = LEVELS.reduce((s, l) => s + sRaw[l], 0);
  const sTrust = saturate(sSum, 1.5, 4);
  for (const l of LEVELS) sScores[l] = sSum ? (sTrust * sRaw[l]) / sSum : 0;

  // The advert naming its own role in the body ("As PMO Manager you will").
  const selfScores = zero();
  const intros = kind(body, 'selfIntro');
  const reports = kind(body, 'reportsTo');
  const bodyTitles = uniqueSpans(outermost(kind(body, 'kbTitle')));
  const bodyRoleTitles = [...bodyTitles, ...outermost(kind(body, 'role')).filter((r) => r.entry.payload.level === 'director' || r.entry.payload.level === 'manager')];
  let selfHits = 0;
  const introAt = new Map<number, Match>();
  for (const i of intros) if (!introAt.has(i.to)) introAt.set(i.to, i);
  const reportedAt = new Set<number>();
  for (const r of reports) for (let k = r.to; k <= r.to + 4; k++) reportedAt.add(k);
  for (const t of bodyTitles) {
    if (reportedAt.has(t.from)) continue;
    const intro = introAt.get(t.from) ?? introAt.get(t.from - 1);
    if (!intro) continue;
    const next = body.tokens[t.to]?.norm;
    if (intro.entry.phrase === 'the' && next !== 'will' && next !== 'is') continue;
    if (selfHits++ >= 2) break;
    selfScores[t.entry.payload.level] += 2.5;
    evidence.push({ text: words(body, t), reason: `The advert calls the role '${words(body, t)}' -> ${NAMES[t.entry.payload.level]}`, level: t.entry.payload.level });
  }
  // Reporting to a level puts the role below it.
  const repScores = zero();
  let repDone = false;
  for (const r of reports) {
    if (repDone) break;
    const target = bodyRoleTitles.find((t) => t.from >= r.to && t.from - r.to <= 5);
    if (!target) continue;
    const lvl = target.entry.payload.level as LevelId;
    const i = idx(lvl);
    if (i === 0) continue;
    repScores[at(i - 1)] += 0.8;
    if (i >= 2) repScores[at(i - 2)] += 0.4;
    repDone = true;
    evidence.push({ text: words(body, { from: r.from, to: target.to }), reason: `Reports to a ${NAMES[lvl]}-level role, so the role sits below it` });
  }

  const total = zero();
  for (const l of LEVELS) total[l] = shifted[l] + gScores[l] + dScores[l] + sScores[l] + selfScores[l] + repScores[l];

  // ---- PMO or not.
  const pmoBody = perPhrase(kind(body, 'pmoBody'), (m) => (m.entry.payload as { weight: number }).weight).total;
  const delivBody = perPhrase(kind(body, 'deliveryBody'), (m) => (m.entry.payload as { weight: number }).weight).total;
  const supportDuties = dRaw.administrator + dRaw.analyst;
  const bodyEvidence = pmoBody + 0.4 * supportDuties + 0.3 * (dRaw.manager + dRaw.director) + (selfHits ? 2 : 0) - delivBody;

  const strongDelivery = delivery.filter((d) => d.entry.payload.strong);
  const weakDelivery = delivery.filter((d) => !d.entry.payload.strong);
  const hasTitleRole = roles.length > 0 || kbTitles.length > 0;
  let isPmo: boolean;
  let notice: LevelResult['notice'];
  let pmoConfidence: number;
  const quote = (m: Match) => `'${words(title!, m)}'`;
  if (strongDelivery.length && specificKb.length === 0) {
    isPmo = false;
    pmoConfidence = strongPmo.length ? 0.7 : 0.85;
    notice = {
      code: 'delivery-role',
      message: `${quote(strongDelivery[0]!)} is a delivery role: it runs the work itself rather than supporting it from a project, programme or portfolio office${strongPmo.length ? ', even where it sits inside a PMO' : ''}.`,
    };
  } else if (other.length && !pmoSpans.some((p) => !overlaps(p, other))) {
    isPmo = false;
    pmoConfidence = 0.9;
    notice = { code: 'not-pmo', message: `The title ${quote(other[0]!)} names a job outside project offices, so this is not read as a PMO role.` };
  } else if (strongPmo.length || specificKb.length) {
    isPmo = true;
    pmoConfidence = weakDelivery.length ? 0.75 : 0.95;
  } else if (weakDelivery.length) {
    isPmo = bodyEvidence >= 5;
    pmoConfidence = 0.6;
    if (!isPmo) {
      notice = { code: 'delivery-role', message: `${quote(weakDelivery[0]!)} reads as a delivery role, and the text does not describe PMO work.` };
    }
  } else if (genericKb.length || weakPmo.length) {
    isPmo = bodyEvidence >= 2.2;
    pmoConfidence = isPmo ? Math.min(0.9, 0.6 + bodyEvidence / 10) : 0.6;
    if (!isPmo) notice = { code: 'not-pmo', message: `The title '${titleText}' can name a PMO support role, but the text describes no project office work.` };
  } else {
    // Support job nouns (co-ordinator, administrator, assistant) often hide project support work.
    const supportNoun = roles.some((r) => r.entry.payload.level === 'administrator' && r.entry.payload.weight >= 1.5);
    isPmo = bodyEvidence >= (supportNoun ? 2.1 : hasTitleRole ? 3 : 3.5) && delivBody < 2;
    pmoConfidence = isPmo ? Math.min(0.8, 0.5 + bodyEvidence / 15) : bodyEvidence < 1.5 ? 0.85 : 0.6;
    if (!isPmo) {
      notice = {
        code: 'not-pmo',
        message: titleText
          ? `Neither the title '${titleText.slice(0, 80)}' nor the duties describe a project, programme or portfolio office role.`
          : 'The text does not describe a project, programme or portfolio office role.',
      };
    }
  }
  if (!isPmo) {
    // Say why it is not a PMO role first; the level cues follow for the curious.
    const why: Array<Evidence & { level?: LevelId }> = [];
    const d = strongDelivery[0] ?? weakDelivery[0];
    if (notice?.code === 'delivery-role' && d && title) why.push({ text: words(title, d), reason: `'${words(title, d)}' is a delivery role -> not a PMO role` });
    else if (other[0] && title) why.push({ text: words(title, other[0]), reason: `'${words(title, other[0])}' is a job outside project offices -> not a PMO role` });
    else why.push({ text: titleText || body.text.slice(0, 60).trim(), reason: `Little project office work in the text (evidence ${bodyEvidence.toFixed(1)}) -> not a PMO role` });
    for (const m of outermost(kind(body, 'deliveryBody')).slice(0, 2)) {
      why.push({ text: words(body, m), reason: `'${words(body, m)}' describes delivery or other work, not a project office` });
    }
    evidence.unshift(...why);
    return { isPmoRole: false, level: null, confidence: round(pmoConfidence), evidence: dedupe(evidence, null).slice(0, 6), notice, scores: total, bodyEvidence };
  }

  let best: LevelId = 'analyst';
  for (const l of LEVELS) if (total[l] > total[best]) best = l;
  const sorted = LEVELS.map((l) => total[l]).sort((a, b) => b - a);
  const margin = (sorted[0] ?? 0) - (sorted[1] ?? 0);
  const titleDecides = Math.max(...LEVELS.map((l) => shifted[l])) >= 2;
  // Calibrated on the corpora: the margin between the two best levels, trusted less when
  // the title alone does not decide.
  let conf = 0.5 + 0.47 * Math.tanh(margin / 2.5);
  if (!titleDecides) conf *= 0.85;
  conf = Math.min(conf, pmoConfidence);
  if (!hasTitleRole && sorted[0]! < 0.5) conf = 0.3;
  return { isPmoRole: true, level: best, confidence: round(conf), evidence: dedupe(evidence, best).slice(0, 8), scores: total, bodyEvidence };
}

/** UK and US spellings of one title are one title ("Project Co-ordinator", "Project Coordinator"). */
function uniqueSpans<M extends Match>(list: M[]): M[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.from}:${m.to}:${(m.entry.payload as { level?: string }).level ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function abbreviatesOther(s: Scanned, m: Match): boolean {
  if (m.to - m.from !== 1 || s.tokens[m.from]?.norm !== 'pmo' || m.from < 3) return false;
  const before = s.tokens.slice(m.from - 3, m.from);
  const initials = before.map((t) => t.raw[0]?.toLowerCase()).join('');
  return initials === 'pmo' && before[2]?.norm !== 'office';
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/**
 * One line per finding; for the chosen level its own evidence first (title, grade, duties),
 * then what pointed elsewhere, with at most three duties of each kind.
 */
function dedupe(list: Array<Evidence & { level?: LevelId }>, chosen: LevelId | null): Evidence[] {
  const seen = new Set<string>();
  const dutiesPerLevel = new Map<string, number>();
  const kept = list.filter((e) => {
    const k = `${e.text.toLowerCase()}|${e.reason.replace(e.text, '').toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    if (e.reason.startsWith('Duty')) {
      const n = (dutiesPerLevel.get(e.level ?? '') ?? 0) + 1;
      dutiesPerLevel.set(e.level ?? '', n);
      if (n > 3) return false;
    }
    return true;
  });
  const rank = (e: { level?: LevelId }) => (!chosen || !e.level || e.level === chosen ? 0 : 1);
  return kept
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => ({ text: e.text, reason: e.reason }));
}
