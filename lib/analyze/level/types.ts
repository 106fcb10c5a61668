import type { Evidence, EvidenceKind, LevelId } from '../../analysis';
import { LEVEL_ORDER } from '../../analysis';
import type { Match } from '../scan';

export const LEVELS = LEVEL_ORDER;
export type Scores = Record<LevelId, number>;
export const zero = (): Scores => ({ administrator: 0, analyst: 0, manager: 0, director: 0 });
export const idx = (l: LevelId) => LEVELS.indexOf(l);
export const at = (i: number): LevelId => LEVELS[Math.max(0, Math.min(3, i))]!;

/** A finding with the level it points to and the group of cues it belongs to. */
export type Cue = Evidence & { kind: EvidenceKind; level?: LevelId };

export const inside = (m: Match, spans: ReadonlyArray<Match>) => spans.some((s) => s.from <= m.from && s.to >= m.to);
export const overlaps = (m: Match, spans: ReadonlyArray<Match>) => spans.some((s) => s.from < m.to && m.from < s.to);

/** Diminishing returns: many small cues approach, never pass, the cap. */
export const saturate = (x: number, cap: number, scale: number) => cap * (1 - Math.exp(-x / scale));

/** Scores spread by their share of the total, the total setting how much the share is trusted. */
export function byShare(raw: Scores, cap: number, scale: number): Scores {
  const sum = LEVELS.reduce((s, l) => s + raw[l], 0);
  const trust = saturate(sum, cap, scale);
  const out = zero();
  for (const l of LEVELS) out[l] = sum ? (trust * raw[l]) / sum : 0;
  return out;
}

/** UK and US spellings of one title are one title ("Project Co-ordinator", "Project Coordinator"). */
export function uniqueSpans<M extends Match>(list: M[]): M[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.from}:${m.to}:${(m.entry.payload as { level?: string }).level ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
