import { REQUIREMENT_RANK, type Requirement } from '../analysis';
import type { CueKind } from '../knowledge/rule-schemas';
import type { Token } from './normalize';
import type { Unit } from './units';

export type { CueKind };

export interface CueHit {
  kind: CueKind;
  /** Token index where the cue starts. */
  at: number;
  end: number;
}

export function stronger(a: Requirement, b: Requirement): Requirement {
  return REQUIREMENT_RANK[a] <= REQUIREMENT_RANK[b] ? a : b;
}

function classify(all: ReadonlyArray<CueHit>): Requirement | null {
  if (all.length === 0) return null;
  // "or willing to work towards" holds "work towards": the longer cue speaks.
  const cues = all.filter((c) => !all.some((o) => o !== c && o.at <= c.at && o.end >= c.end && o.end - o.at > c.end - c.at));
  const has = (k: CueKind) => cues.some((c) => c.kind === k);
  // "Advantageous, though we will support you to gain it": still wanted, just not a bar.
  if (has('desirable')) return 'desirable';
  if (has('not-required')) return 'mentioned';
  if (has('required')) {
    // "desirable but not essential" is handled above; "required" and "not required" together
    // (two certificates in one sentence) leaves the plain "required" standing.
    const plain = cues.filter((c) => c.kind === 'required');
    const negated = cues.filter((c) => c.kind === 'negated-required');
    if (plain.every((p) => negated.some((n) => p.at >= n.at && p.at < n.end))) return 'mentioned';
    return 'required';
  }
  if (has('negated-required')) return 'mentioned';
  return null;
}

const HARD_BREAK = /[;:()[\]]|\s[-–—+]\s/;
export const SOFT_BREAK = /[;:,()[\]]|\s[-–—+]\s/;
/** " + " joins separate items of one bullet ("MBA preferred + PMP"): a cue does not reach past it. */
const ITEM_BREAK = /\s\+\s/;

export function span(text: string, tokens: ReadonlyArray<Token>, unit: Unit, from: number, to: number, brk: RegExp): [number, number] {
  let a = from;
  while (a > unit.tokFrom && !brk.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
  let b = to;
  while (b < unit.tokTo && !brk.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start))) b++;
  return [a, b];
}

/**
 * The requirement for a certificate found at tokens [from, to) of a unit: the words between
 * commas around it, then its clause, then its sentence or bullet, then the heading of the
 * section it sits in; otherwise "mentioned". "PMP required, PRINCE2 a plus" gives each its own.
 */
export function readRequirement(
  text: string,
  tokens: ReadonlyArray<Token>,
  unit: Unit,
  from: number,
  to: number,
  unitCues: ReadonlyArray<CueHit>,
  section: Requirement | 'neutral' | null,
): Requirement {
  if (unitCues.length) {
    for (const brk of [SOFT_BREAK, HARD_BREAK]) {
      const [a, b] = span(text, tokens, unit, from, to, brk);
      const own = classify(unitCues.filter((c) => c.at >= a && c.at < b));
      if (own) return own;
    }
    const [a, b] = span(text, tokens, unit, from, to, ITEM_BREAK);
    const whole = classify(unitCues.filter((c) => c.at >= a && c.at < b));
    if (whole) return whole;
  }
  if (section === 'required' || section === 'desirable') return section;
  return 'mentioned';
}
