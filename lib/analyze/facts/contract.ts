import type { ContractType, Facts } from '../../analysis';
import { NUMBER_WORD_RE, numberOf, snippet } from './words';

type Contract = NonNullable<Facts['contract']>;

/** Ways adverts state the kind of contract, strongest reading first within a line. */
const KINDS: Array<[ContractType, RegExp]> = [
  ['fixed-term', /\b(?:fixed[\s-]?term|FTC\b|maternity\s+cover|parental\s+leave\s+cover)/gi],
  ['secondment', /\b(?:secondment|seconded|loan\s+or\s+secondment)\b/gi],
  ['interim', /\binterim\b(?!\s+(?:report|results|update|review|measure|solution|arrangement|period))/gi],
  ['temporary', /\b(?:temporary|temp\s+(?:role|position|contract|assignment)|temp\s+to\s+perm)\b/gi],
  [
    'contract',
    /\b(?:contract\s+(?:role|position|opportunity|basis|assignment|vacancy|job)|(?:initial|rolling|day[\s-]rate|freelance|contractor?)\s+contract|contract\s+length|contractors?\s+(?:only|welcome|rate)|\d+\s*(?:-|to)?\s*\d*\s*months?'?\s+(?:initial\s+)?contract\b|(?:inside|outside)\s+(?:of\s+)?IR35|IR35)/gi,
  ],
  ['permanent', /\b(?:permanent(?!\s+(?:secretary|record|establishment|staff\s+and))|perm(?=\s*(?:role|position|$|[,.)|]))|open[\s-]ended\s+contract)\b/gi],
];

/** A labelled field ("Contract type: Permanent") beats wording found elsewhere. */
const LABEL = /\b(?:contract\s+type|type\s+of\s+contract|job\s+type|employment\s+type|contract|tenure|type|duration)\s*[:|-]\s*$/i;

const DURATION = new RegExp(`\\b(\\d{1,2}(?:\\.\\d)?|${NUMBER_WORD_RE})(?:\\s*(?:-|–|to)\\s*(?:\\d{1,2}|${NUMBER_WORD_RE}))?[\\s-]*(months?|years?|yrs?|weeks?)\\b`, 'i');

/** The months a contract runs for, read from its own sentence. */
function monthsNear(text: string, from: number, to: number): number | null {
  const start = Math.max(text.lastIndexOf('\n', from - 1) + 1, from - 60);
  const end = Math.min(to + 60, (text.indexOf('\n', to) + 1 || text.length + 1) - 1);
  const around = text.slice(start, end);
  const m = DURATION.exec(around);
  if (!m) return null;
  // "12 years' experience" is not a term; nor a notice period.
  if (/^\W*(?:experience|of\s+experience|notice|service|old)/i.test(around.slice(m.index + m[0].length))) return null;
  const n = numberOf(m[1]!);
  if (n === null) return null;
  const unit = m[2]!.toLowerCase();
  const months = unit.startsWith('y') ? n * 12 : unit.startsWith('w') ? Math.round(n / 4.33) : n;
  return months > 0 && months <= 60 ? months : null;
}

function ir35Of(text: string): 'inside' | 'outside' | null {
  const m = /\b(inside|outside)\s+(?:of\s+)?IR35\b|\bIR35\s*(?:status)?\s*[:-]?\s*\(?(inside|outside)\b/i.exec(text);
  return m ? ((m[1] ?? m[2])!.toLowerCase() as 'inside' | 'outside') : null;
}

/**
 * The contract: a labelled field first, else the first stated kind in the advert. JSON-LD's
 * employmentType counts when the text says nothing.
 */
export function readContract(text: string, title: string | null, employmentType: string | null | undefined): Contract | null {
  const ir35 = ir35Of(text);
  const hits: Array<{ type: ContractType; from: number; to: number; labelled: boolean; inTitle: boolean }> = [];
  const sources: Array<[string, boolean]> = [[text, false]];
  if (title) sources.unshift([title, true]);
  for (const [src, inTitle] of sources) {
    for (const [type, re] of KINDS) {
      for (const m of src.matchAll(re)) {
        const from = m.index!;
        hits.push({ type, from, to: from + m[0].length, labelled: LABEL.test(src.slice(Math.max(0, from - 30), from)), inTitle });
      }
    }
  }
  const best = hits.find((h) => h.labelled && !h.inTitle) ?? hits.find((h) => h.inTitle) ?? hits.filter((h) => !h.inTitle).sort((a, b) => a.from - b.from)[0];
  if (!best) {
    const ld = fromEmploymentType(employmentType);
    return ld ? { type: ld, months: null, ir35, text: employmentType!.trim() } : null;
  }
  // The title names the kind; the advert's own line says for how long.
  const same = best.inTitle ? hits.find((h) => !h.inTitle && h.type === best.type) : undefined;
  if (same) Object.assign(best, same);
  const src = best.inTitle ? title! : text;
  // The first mention may be a heading; any line naming the same kind can give the term.
  let months: number | null = null;
  if (best.type !== 'permanent') {
    for (const h of [best, ...hits.filter((x) => x.type === best.type && !x.inTitle && x !== best)]) {
      months = monthsNear(h.inTitle ? title! : text, h.from, h.to);
      if (months !== null) break;
    }
  }
  return { type: best.type, months, ir35: best.type === 'permanent' ? null : ir35, text: snippet(src, best.from, best.to) };
}

function fromEmploymentType(v: string | null | undefined): ContractType | null {
  const s = (v ?? '').toUpperCase();
  if (/CONTRACT/.test(s)) return 'contract';
  if (/TEMP/.test(s)) return 'temporary';
  if (/PERMANENT/.test(s)) return 'permanent';
  return null;
}
