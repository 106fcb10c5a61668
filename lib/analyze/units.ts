import type { Token } from './normalize';

/** A line, bullet or sentence of the advert, with its token range. */
export interface Unit {
  start: number;
  end: number;
  tokFrom: number;
  tokTo: number;
  /** Starts its own line (or bullet), so it can be a section heading. */
  ownLine: boolean;
  bullet: boolean;
}

const BULLET = /^[\s]*(?:[•·▪◦●○■□►▶✓✔*]|-\s|–\s|\d{1,2}[.)]\s)/;

/**
 * Inline bullets, sentence ends and wide gaps; "e.g. PMP" and "i.e. the PMO" do not end a
 * sentence. Each branch starts by reading a character and looks back from there, which lets the
 * engine skip ahead to the next sign or space.
 */
const PARTS = /[•·▪◦●■►✓✔]|\s(?<=[.!?]\s)(?<!\b(?:e\.g|i\.e)\.\s)\s*(?=[\p{Lu}\d(“"'])|\s(?<=\S\s)\s{2,}(?=\S)/gu;
const LINE = /[^\n\r]+/g;

/** The piece [s, e) of a line as a unit, unless it is blank. */
function pushUnit(units: Unit[], line: string, base: number, s: number, e: number, first: boolean, bulletStart: boolean): boolean {
  const seg = line.slice(s, e);
  if (!seg.trim()) return false;
  const lead = seg.length - seg.trimStart().length;
  units.push({
    start: base + s + lead,
    end: base + e,
    tokFrom: 0,
    tokTo: 0,
    ownLine: first || bulletStart,
    bullet: bulletStart || (first && BULLET.test(seg)),
  });
  return true;
}

/**
 * Split into lines, then bullets and sentences. Adverts often arrive flattened onto one line
 * ("Key Responsibilities Provide admin support. Schedule meetings."), so sentence ends and
 * inline bullet signs split too.
 */
export function segment(text: string, tokens: ReadonlyArray<Token>): Unit[] {
  const units: Unit[] = [];
  LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE.exec(text)) !== null) {
    const line = m[0];
    const base = m.index;
    PARTS.lastIndex = 0;
    let last = 0;
    let p: RegExpExecArray | null;
    let first = true;
    let bulletNext = false;
    while ((p = PARTS.exec(line)) !== null) {
      if (pushUnit(units, line, base, last, p.index, first, bulletNext)) first = false;
      bulletNext = p[0].trim().length === 1;
      last = p.index + p[0].length;
      if (p[0].length === 0) PARTS.lastIndex++;
    }
    pushUnit(units, line, base, last, line.length, first, bulletNext);
  }
  // Token ranges in one sweep: units and tokens are both in text order.
  let t = 0;
  for (const u of units) {
    while (t < tokens.length && tokens[t]!.start < u.start) t++;
    u.tokFrom = t;
    let k = t;
    while (k < tokens.length && tokens[k]!.start < u.end) k++;
    u.tokTo = k;
    t = k;
  }
  return units;
}

/** Index of the unit holding token i (units are sorted; binary search). */
export function unitOf(units: ReadonlyArray<Unit>, i: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (i < u.tokFrom) hi = mid - 1;
    else if (i >= u.tokTo) lo = mid + 1;
    else return mid;
  }
  return -1;
}
