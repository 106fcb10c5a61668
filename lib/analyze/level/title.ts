import { kind, outermost, words, type Scanned } from '../scan';
import type { TitleSignals } from './signals';
import { LEVELS, at, idx, inside, zero, type Cue, type Scores } from './types';

/** A title listed for a level in levels.json outweighs any single role word or duty. */
const KB_TITLE_WEIGHT = 3;

/** In an English compound the last noun is the job: the part of the title a word sits in. */
function segmenter(title: Scanned) {
  return (i: number) => title.text.slice(0, title.tokens[i]!.start).split(/[,(|/:–—]|\s-\s|\bof\b/i).length;
}

/** Level scores from the title's listed titles and role words, moved by its seniority words. */
export function titleScores(title: Scanned | null, sig: TitleSignals): { scores: Scores; cues: Cue[] } {
  const raw = zero();
  const cues: Cue[] = [];
  if (!title) return { scores: raw, cues };
  for (const m of sig.kbTitles) {
    const l = m.entry.payload.level;
    raw[l] += KB_TITLE_WEIGHT;
    cues.push({ kind: 'title', text: words(title, m), reason: `Title '${words(title, m)}' is a typical ${l}-level PMO title`, level: l });
  }
  const weakDelivery = kind(title, 'delivery').filter((d) => !d.entry.payload.strong);
  const segmentOf = segmenter(title);
  for (const m of sig.roles) {
    if (inside(m, sig.kbTitles)) continue;
    // The "Director" of "Project Director PMO" ranks a delivery job, not the PMO post: half weight.
    let factor = inside(m, weakDelivery) ? 0.5 : 1;
    // A role word before another in the same part of the title only qualifies it.
    if (sig.roles.some((r) => r.from >= m.to && segmentOf(r.from) === segmentOf(m.from))) factor *= 0.4;
    const l = m.entry.payload.level;
    raw[l] += m.entry.payload.weight * factor;
    cues.push({ kind: 'title', text: words(title, m), reason: `Title says '${words(title, m)}' -> ${l}`, level: l });
  }
  const steps = Math.trunc(seniorityShift(title, sig, raw, cues));
  const scores = zero();
  for (const l of LEVELS) scores[at(idx(l) + steps)] += raw[l];
  return { scores, cues };
}

function seniorityShift(title: Scanned, sig: TitleSignals, raw: Scores, cues: Cue[]): number {
  let top: (typeof LEVELS)[number] | null = null;
  for (const l of LEVELS) if (raw[l] > 0 && (!top || raw[l] > raw[top])) top = l;
  let shift = 0;
  for (const s of outermost(kind(title, 'seniority'))) {
    // "Assistant" is the role itself in "Project Assistant", a step down only before another role.
    if (s.entry.phrase === 'assistant' && !sig.roles.some((r) => r.from >= s.to)) continue;
    if (s.entry.payload.onlyFrom && s.entry.payload.onlyFrom !== top) continue;
    shift += s.entry.payload.shift;
    cues.push({ kind: 'seniority', text: words(title, s), reason: `Seniority word '${words(title, s)}' in the title` });
  }
  return shift;
}
