import type { Facts } from '../../analysis';
import { CLEARANCE_ORDER } from '../../profile/clearance';
import { loadFactRules } from './rules';
import { anyOf, escapeRe, snippet } from './words';

type Clearance = NonNullable<Facts['clearance']>;
type Requirement = Clearance['requirement'];

/** Highest first: when an advert names several, the highest one it names is the one to hold. */
const rank = (id: string) => {
  const i = CLEARANCE_ORDER.indexOf(id);
  return i < 0 ? CLEARANCE_ORDER.length : CLEARANCE_ORDER.length - 1 - i;
};

/** The sentence around a position. */
function sentence(text: string, from: number, to: number): string {
  const head = text.slice(Math.max(0, from - 160), from);
  const cut = Math.max(head.lastIndexOf('\n'), head.search(/[.;!?•]\s[^.;!?•]*$/));
  const tail = text.slice(to, to + 160);
  const end = tail.search(/[.;!?\n•]/);
  return head.slice(cut + 1) + text.slice(from, to) + (end < 0 ? tail : tail.slice(0, end));
}

/**
 * Security clearance: the level, and whether the reader must already hold it, must be willing
 * to be vetted, or it is only mentioned. A bare short acronym ("SC", "DV") counts only in a
 * sentence about clearance or vetting, so a supply-chain "SC" is not a clearance.
 */
let compiled: ReturnType<typeof compile> | null = null;

function compile() {
  const rules = loadFactRules();
  const short = (aliases: string[], flags: string) => new RegExp(`(?<![\\w/-])(?:${aliases.map(escapeRe).join('|')})(?![\\w-])`, flags);
  const anyShort = rules.clearanceLevels.flatMap((l) => l.shortAliases ?? []);
  return {
    /** Every level's names at once: most adverts name none, and one pass tells. */
    anyLevel: [anyOf(rules.clearanceLevels.flatMap((l) => l.aliases), 'i'), ...(anyShort.length ? [short(anyShort, '')] : [])],
    context: anyOf(rules.clearanceContext.map((c) => c.phrase), 'i'),
    willing: anyOf(rules.clearanceWilling.map((c) => c.phrase), 'i'),
    required: anyOf(rules.clearanceRequired.map((c) => c.phrase), 'i'),
    levels: rules.clearanceLevels.map((level) => ({
      id: level.id,
      long: anyOf(level.aliases, 'gi'),
      short: level.shortAliases?.length ? short(level.shortAliases, 'g') : null,
    })),
  };
}

export function readClearance(text: string): Clearance | null {
  const { anyLevel, context, willing, required, levels } = (compiled ??= compile());
  if (!anyLevel.some((re) => re.test(text))) return null;
  const found: Array<{ id: string; from: number; to: number }> = [];
  for (const level of levels) {
    for (const m of text.matchAll(level.long)) found.push({ id: level.id, from: m.index!, to: m.index! + m[0].length });
    if (level.short) {
      for (const m of text.matchAll(level.short)) {
        const s = sentence(text, m.index!, m.index! + m[0].length).replace(m[0], ' ');
        if (context.test(s)) found.push({ id: level.id, from: m.index!, to: m.index! + m[0].length });
      }
    }
  }
  if (!found.length) return null;
  // A longer name holds a shorter one ("enhanced DV" holds "DV"): keep the outer one.
  const kept = found.filter((f) => !found.some((g) => g !== f && g.from <= f.from && g.to >= f.to && g.to - g.from > f.to - f.from));
  const best = kept.sort((a, b) => rank(a.id) - rank(b.id) || a.from - b.from)[0]!;
  const s = sentence(text, best.from, best.to);
  const requirement: Requirement = willing.test(s) ? 'willing' : required.test(s) ? 'required' : 'mentioned';
  return { level: best.id, requirement, text: snippet(text, best.from, best.to) };
}
