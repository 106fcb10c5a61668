import { kind, outermost, words, type Match, type MatchOf, type Scanned } from '../scan';
import type { LevelId } from '../../analysis';
import { at, idx, uniqueSpans, zero, type Cue, type Scores } from './types';

/** Whether a token opens a sentence, line or bullet ("As PMO Manager, you…", not "such as PMO Manager"). */
function startsSentence(body: Scanned, i: number): boolean {
  const start = body.tokens[i]?.start ?? 0;
  const before = body.text.slice(Math.max(0, start - 40), start);
  return /(^|\n)\s*$/.test(before) || /[.!?:;•*|-]\s*$/.test(before);
}

/** The token after a title and the qualifier in brackets that may follow it ("The PMO Analyst (Finance) will"). */
function nextAfter(body: Scanned, to: number): number {
  const end = body.tokens[to - 1]?.end ?? 0;
  const rest = body.text.slice(end, end + 60);
  const m = /^\s*\([^()\n]*\)/.exec(rest);
  if (!m) return to;
  const after = end + m[0].length;
  let k = to;
  while (k < body.tokens.length && body.tokens[k]!.start < after) k++;
  return k;
}

/** A listed title's level, moved by the seniority words just before it ("Deputy Head of PMO" is a manager), as in the title. */
function levelOf(body: Scanned, t: MatchOf<'kbTitle'>): { level: LevelId; text: string } {
  const l = t.entry.payload.level;
  let shift = 0;
  let from = t.from;
  for (const s of outermost(kind(body, 'seniority'))) {
    if (s.to !== t.from || (s.entry.payload.onlyFrom && s.entry.payload.onlyFrom !== l)) continue;
    shift += s.entry.payload.shift;
    from = s.from;
  }
  return { level: at(idx(l) + Math.trunc(shift)), text: words(body, { from, to: t.to }) };
}

/** The advert naming its own role in the body ("As PMO Manager you will"), at most twice. */
export function selfScores(body: Scanned): { scores: Scores; hits: number; cues: Cue[] } {
  const scores = zero();
  const cues: Cue[] = [];
  const introAt = new Map<number, Match>();
  for (const i of kind(body, 'selfIntro')) if (!introAt.has(i.to)) introAt.set(i.to, i);
  const reportedAt = new Set<number>();
  for (const r of kind(body, 'reportsTo')) for (let k = r.to; k <= r.to + 4; k++) reportedAt.add(k);
  let hits = 0;
  for (const t of uniqueSpans(outermost(kind(body, 'kbTitle')))) {
    if (reportedAt.has(t.from)) continue;
    const intro = introAt.get(t.from) ?? introAt.get(t.from - 1);
    if (!intro) continue;
    if (intro.entry.phrase === 'as' && !startsSentence(body, intro.from)) continue;
    const next = body.tokens[nextAfter(body, t.to)]?.norm;
    if (intro.entry.phrase === 'the' && next !== 'will' && next !== 'is') continue;
    if (hits++ >= 2) break;
    const { level: l, text } = levelOf(body, t);
    scores[l] += 2.5;
    cues.push({ kind: 'self', text, reason: `The advert calls the role '${text}' -> ${l}`, level: l });
  }
  return { scores, hits, cues };
}

/** Reporting to a level puts the role one (and less so two) below it. */
export function reportScores(body: Scanned): { scores: Scores; cues: Cue[] } {
  const scores = zero();
  const senior = [...uniqueSpans(outermost(kind(body, 'kbTitle'))), ...outermost(kind(body, 'role')).filter((r) => r.entry.payload.level === 'director' || r.entry.payload.level === 'manager')];
  for (const r of kind(body, 'reportsTo')) {
    const target = senior.find((t) => t.from >= r.to && t.from - r.to <= 5);
    if (!target) continue;
    const lvl = target.entry.payload.level;
    const i = idx(lvl);
    if (i === 0) continue;
    scores[at(i - 1)] += 0.8;
    if (i >= 2) scores[at(i - 2)] += 0.4;
    const text = words(body, { from: r.from, to: target.to });
    return { scores, cues: [{ kind: 'reports', text, reason: `Reports to a ${lvl}-level role, so the role sits below it` }] };
  }
  return { scores, cues: [] };
}

/** How far before a title the words that make it someone else's job may stand ("a team of PMO Analysts"). */
const OTHER_ROLE_WINDOW = 3;

/**
 * Listed titles the body names, outside "reports to ..." and other people's jobs ("support the
 * PMO Manager", "lead a team of PMO Analysts"): the first counts most. Many adverts repeat
 * their title in the text ("We are looking for a PMO Analyst to ...").
 */
export function mentionScores(body: Scanned, counts = true): { scores: Scores; cues: Cue[] } {
  const scores = zero();
  const cues: Cue[] = [];
  const reportedAt = new Set<number>();
  for (const r of kind(body, 'reportsTo')) for (let k = r.to; k <= r.to + 5; k++) reportedAt.add(k);
  const others = kind(body, 'otherRole');
  const someoneElse = (t: Match) => others.some((o) => o.to <= t.from && o.from >= t.from - OTHER_ROLE_WINDOW);
  let n = 0;
  for (const t of uniqueSpans(outermost(kind(body, 'kbTitle')))) {
    if (reportedAt.has(t.from) || someoneElse(t)) continue;
    const { level: l, text } = levelOf(body, t);
    if (counts) scores[l] += 1 / (n + 1);
    n++;
    if (n <= 2) cues.push({ kind: 'mention', text, reason: `The text names the role '${text}' -> ${l}`, level: l });
    if (n >= 4) break;
  }
  return { scores, cues };
}
