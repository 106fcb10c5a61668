import type { Facts, PayPeriod } from '../../analysis';
import { loadFactRules } from './rules';
import { anyOf, escapeRe, snippet } from './words';

type Pay = NonNullable<Facts['pay']>;

/** The stated assumptions for a yearly figure: 220 working days, 37.5 hours a week for 52 weeks. */
export const WORKING_DAYS_A_YEAR = 220;
export const HOURS_A_WEEK = 37.5;
const PER_YEAR: Record<PayPeriod, number> = { year: 1, month: 12, day: WORKING_DAYS_A_YEAR, hour: HOURS_A_WEEK * 52 };

export function annual(n: number | null, period: PayPeriod): number | null {
  return n === null ? null : Math.round(n * PER_YEAR[period]);
}

const PERIOD_WORDS: Array<[PayPeriod, RegExp]> = [
  ['year', /^(?:per\s+annum|p\.?\s?a\.?(?![a-z])|pa(?![a-z])|a\s+year|per\s+year|\/\s?(?:year|yr|annum)|annual(?:ly)?|yearly|a\s+yr|per\s+yr|pro\s+rata)/i],
  ['month', /^(?:per\s+(?:calendar\s+)?month|a\s+month|pcm|p\.?c\.?m\.?|\/\s?(?:month|mo)\b|monthly)/i],
  ['day', /^(?:per\s+day|a\s+day|\/\s?day|p\/?d(?![a-z])|pd(?![a-z])|daily(?:\s+rate)?|day\s+rate)/i],
  ['hour', /^(?:per\s+hour|an\s+hour|\/\s?(?:hour|hr)|p\/?h(?![a-z])|ph(?![a-z])|hourly|per\s+hr)/i],
];
const PERIOD_BEFORE: Array<[PayPeriod, RegExp]> = [
  ['day', /(?:day\s+rate|daily\s+rate|rate\s+per\s+day)[^.\n]{0,20}$/i],
  ['hour', /(?:hourly\s+rate|rate\s+per\s+hour)[^.\n]{0,20}$/i],
  ['year', /(?:annual\s+salary|salary\s+per\s+annum)[^.\n]{0,20}$/i],
];

const NUM = '(\\d{1,3}(?:[,.\\s]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)\\s?([kK](?![a-z]))?';

function value(num: string, k: string | undefined): number {
  const n = parseFloat(/[.,\s]\d{3}$/.test(num) ? num.replace(/[,.\s]/g, '') : num.replace(/[,\s]/g, ''));
  return k ? Math.round(n * 1000) : n;
}

interface Candidate {
  min: number | null;
  max: number | null;
  currency: string;
  period: PayPeriod | null;
  from: number;
  to: number;
  score: number;
}

function periodAfter(text: string, at: number): { period: PayPeriod; end: number } | null {
  // Allow a short bridge: "£450–£500 per day", "£45,000 (national) per annum", "£34,140 - £37,105 a year pro rata".
  const rest = text.slice(at, at + 40);
  const bridge = /^[\s,]*(?:\((?:[^)]{0,25})\)\s*)?(?:gross\s+|basic\s+|plus\s+benefits\s+)?/i.exec(rest)![0];
  const tail = rest.slice(bridge.length);
  for (const [p, re] of PERIOD_WORDS) {
    const m = re.exec(tail);
    if (m) return { period: p, end: at + bridge.length + m[0].length };
  }
  return null;
}

function periodBefore(text: string, at: number): PayPeriod | null {
  const head = text.slice(Math.max(0, at - 40), at);
  for (const [p, re] of PERIOD_BEFORE) if (re.test(head)) return p;
  return null;
}

/** Words and amounts that show a figure is pay ("salary", "Band 7:", "per annum"). */
const PAY_WORDS = /\b(?:salary|salaries|pay|paid|rate|remuneration|compensation|package|per\s+annum|band|grade|scale|OTE|circa|c\.|up\s+to|from|starting|national|london|inside|outside|IR35|umbrella|PAYE)\b/i;

let compiledPay: ReturnType<typeof compilePay> | null = null;

function compilePay() {
  const rules = loadFactRules();
  const markList = rules.currencies.flatMap((c) => c.marks.map((m) => ({ m, code: c.code }))).sort((a, b) => b.m.length - a.m.length);
  const markRe = markList.map((x) => (/^[A-Z]+$/.test(x.m) ? `\\b${x.m}\\s?` : escapeRe(x.m))).join('|');
  const re = new RegExp(`(${markRe})\\s?${NUM}(?:(?:\\s?\\([^)\\n]{1,20}\\))?\\s?(?:-|–|—|to|and|rising\\s+to|\\/\\s?(?=${markRe})|(?=${markRe}))\\s?(?:${markRe})?\\s?${NUM})?`, 'g');
  const notPay = anyOf(rules.notPay.map((n) => n.phrase), 'i');
  const dollarPlaces = rules.dollarPlaces.map((p) => ({ code: p.code, words: anyOf(p.words, 'i') }));
  return { re, notPay, dollarPlaces, markList };
}

/**
 * Every amount in a currency, with a range partner when one follows. "£45-55k" reads as
 * 45,000 to 55,000: a bare first number takes the second's "k".
 */
function candidates(text: string): Candidate[] {
  const { re, notPay, dollarPlaces, markList } = (compiledPay ??= compilePay());
  const out: Candidate[] = [];
  // Which dollar a bare "$" is takes a look through the whole text: done only for an advert that has one.
  let dollar: string | undefined;
  const dollarOf = () => (dollar ??= dollarPlaces.find((p) => p.words.test(text))?.code ?? 'USD');
  const codeOf = (mark: string) => (mark.trim() === '$' ? dollarOf() : (markList.find((x) => x.m === mark.trim())?.code ?? 'GBP'));
  for (const m of text.matchAll(re)) {
    const from = m.index!;
    let to = from + m[0].length;
    // "£2m", "£1.4 million", "$3bn" are budgets, not pay.
    if (/^\s?(?:m|mn|bn|b|million|billion)\b/i.test(text.slice(to, to + 9))) continue;
    const firstK = m[3] ?? (m[4] && m[5] && parseFloat(m[2]!) < 1000 ? m[5] : undefined);
    let lo = value(m[2]!, firstK);
    let hi = m[4] ? value(m[4], m[5]) : null;
    if (m[4] && /^\s?(?:m|mn|bn|million|billion)\b/i.test(text.slice(to, to + 9))) continue;
    if (hi !== null && hi < lo) [lo, hi] = [hi, lo];
    if (lo < 5 || (hi !== null && hi > 50 * lo)) continue;
    const before = text.slice(Math.max(0, from - 45), from);
    const after = text.slice(to, to + 45);
    const near = `${before} ${after}`;
    // Only the words of the amount's own sentence say what it is.
    const ownBefore = before.slice(Math.max(0, before.search(/[^.;\n]*$/)));
    const ownAfter = after.slice(0, Math.max(0, after.search(/[.;\n]|$/)));
    // "£1,000 joining bonus" is not pay; "£95k + bonus" is.
    const rightAfter = ownAfter.slice(0, 20).split(/\+|\bplus\b|\band\b|\bwith\b|,|\|/i)[0]!;
    const blocked = notPay.test(ownBefore.slice(-35)) || notPay.test(rightAfter);
    const after1 = periodAfter(text, to);
    if (after1) to = after1.end;
    const period = after1?.period ?? periodBefore(text, from);
    let min: number | null = lo;
    let max: number | null = hi ?? lo;
    if (hi === null) {
      if (/\bup\s+to\s*$/i.test(before) || /\b(?:max(?:imum)?|to)\s*$/i.test(before)) min = null;
      else if (/\b(?:from|starting(?:\s+at|\s+from)?|min(?:imum)?|at\s+least)\s*$/i.test(before) || /^\+(?=\s*(?:[|,.;)]|$))/.test(after)) max = null;
    }
    let score = (hi !== null ? 2 : 0) + (period ? 3 : 0) + (PAY_WORDS.test(near) ? 2 : 0) - (blocked ? 10 : 0);
    if (lo >= 1_000_000) score -= 5;
    // A lone yearly-sized amount in a header line ("£39,500 | Leeds") is the salary.
    if (hi === null && !blocked && lo >= 10_000 && lo <= 500_000 && /(?:^|\|)[^|\n]*$/.test(before) && /^[^|\n.]*(?:\||$|\n)/.test(after)) score += 1;
    out.push({ min, max, currency: codeOf(m[1]!), period, from, to, score });
  }
  return out;
}

/** What the amount most likely is a rate of, when the advert does not say. */
function guessPeriod(n: number): PayPeriod {
  if (n >= 8000) return 'year';
  if (n >= 150) return 'day';
  return 'hour';
}

/** Pay from the text: the best-supported amount (a range, a period, pay words near it), first on ties. */
export function readPayText(text: string): Pay | null {
  const cs = candidates(text).filter((c) => c.score > 0);
  if (!cs.length) return null;
  const best = cs.reduce((a, b) => (b.score > a.score ? b : a));
  const period = best.period ?? guessPeriod(best.max ?? best.min ?? 0);
  return {
    min: best.min,
    max: best.max,
    currency: best.currency,
    period,
    annualMin: annual(best.min, period),
    annualMax: annual(best.max, period),
    text: snippet(text, best.from, best.to),
  };
}

const LD_UNITS: Record<string, PayPeriod> = { year: 'year', month: 'month', day: 'day', hour: 'hour', week: 'year' };

/** JSON-LD baseSalary as the extractor writes it ("GBP 47,810–54,710 per year"). */
export function readPayLd(salary: string | null | undefined): Pay | null {
  const s = salary?.trim();
  if (!s) return null;
  const m = /^([A-Z]{3})?\s*([\d,.]+)(?:\s*[–-]\s*([\d,.]+))?(?:\s+per\s+(\w+))?/.exec(s);
  if (!m) return readPayText(s);
  const lo = parseFloat(m[2]!.replace(/,/g, ''));
  const hi = m[3] ? parseFloat(m[3].replace(/,/g, '')) : lo;
  if (!Number.isFinite(lo) || lo <= 0) return null;
  const unit = m[4]?.toLowerCase();
  if (unit === 'week') {
    return { min: lo, max: hi, currency: m[1] ?? 'GBP', period: 'year', annualMin: Math.round(lo * 52), annualMax: Math.round(hi * 52), text: s };
  }
  const period = (unit && LD_UNITS[unit]) || guessPeriod(hi);
  return { min: lo, max: hi, currency: m[1] ?? 'GBP', period, annualMin: annual(lo, period), annualMax: annual(hi, period), text: s };
}
