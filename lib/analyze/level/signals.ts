import { kind, outermost, type Match, type MatchOf, type Scanned } from '../scan';
import { inside, overlaps, uniqueSpans } from './types';

/** What the title says about the kind of job: PMO words, listed titles, delivery or other fields. */
export interface TitleSignals {
  kbTitles: MatchOf<'kbTitle'>[];
  roles: MatchOf<'role'>[];
  strongPmo: Match[];
  weakPmo: Match[];
  specificKb: Match[];
  genericKb: Match[];
  pmoSpans: Match[];
  strongDelivery: MatchOf<'delivery'>[];
  weakDelivery: MatchOf<'delivery'>[];
  other: Match[];
}

/** "(PMO)" after words with those initials abbreviates them ("Principal Medical Officer (PMO)"). */
function abbreviatesOther(s: Scanned, m: Match): boolean {
  if (m.to - m.from !== 1 || s.tokens[m.from]?.norm !== 'pmo' || m.from < 3) return false;
  const before = s.tokens.slice(m.from - 3, m.from);
  const initials = before.map((t) => t.raw[0]?.toLowerCase()).join('');
  return initials === 'pmo' && before[2]?.norm !== 'office';
}

/** "Office Manager" that continues a PMO's name ("Project Office Manager") manages that office. */
function continuesOffice(s: Scanned, m: Match, pmoSpans: ReadonlyArray<Match>): boolean {
  return s.tokens[m.from]?.norm === 'office' && pmoSpans.some((p) => p.to - 1 === m.from);
}

const EMPTY: TitleSignals = { kbTitles: [], roles: [], strongPmo: [], weakPmo: [], specificKb: [], genericKb: [], pmoSpans: [], strongDelivery: [], weakDelivery: [], other: [] };

export function titleSignals(title: Scanned | null): TitleSignals {
  if (!title) return EMPTY;
  const kbTitles = uniqueSpans(outermost(kind(title, 'kbTitle')));
  const pmoWords = kind(title, 'pmoTitle').filter((m) => !abbreviatesOther(title, m));
  const strongPmo = pmoWords.filter((m) => !m.entry.payload.weak);
  const specificKb = kbTitles.filter((m) => m.entry.payload.specific);
  const pmoSpans: Match[] = [...strongPmo, ...specificKb];
  const delivery = outermost(kind(title, 'delivery')).filter((m) => !overlaps(m, pmoSpans));
  return {
    kbTitles,
    roles: outermost(kind(title, 'role')),
    strongPmo,
    weakPmo: pmoWords.filter((m) => m.entry.payload.weak),
    specificKb,
    genericKb: kbTitles.filter((m) => !m.entry.payload.specific),
    pmoSpans,
    strongDelivery: delivery.filter((d) => d.entry.payload.strong),
    weakDelivery: delivery.filter((d) => !d.entry.payload.strong),
    other: kind(title, 'otherField').filter((m) => !inside(m, pmoSpans) && !continuesOffice(title, m, pmoSpans)),
  };
}
