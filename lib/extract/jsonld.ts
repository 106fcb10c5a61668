import type { Found } from './found';
import { MIN_TEXT } from './found';
import { qsa } from './dom-text';
import { htmlToText, norm, short } from './text';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const isJob = (o: Obj) => arr(o['@type']).some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/i.test(t));

function parse(raw: string): unknown {
  const s = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '');
  try {
    return JSON.parse(s);
  } catch {
    try {
      // Raw line breaks and tabs inside strings are the most common hand-written fault.
      return JSON.parse(s.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/** Every JobPosting object in the page's JSON-LD blocks: top level, arrays, @graph, nested entities. */
export function jsonLdPostings(doc: Document): Obj[] {
  const out: Obj[] = [];
  let budget = 5000;
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || --budget < 0) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObj(v)) {
      if (isJob(v)) out.push(v);
      else for (const k in v) if (typeof v[k] === 'object') visit(v[k], depth + 1);
    }
  };
  for (const s of qsa(doc, 'script')) {
    if (/ld\+json/i.test(s.getAttribute('type') ?? '')) visit(parse(s.textContent ?? ''), 0);
  }
  return out;
}

const name = (v: unknown): string | null => {
  for (const x of arr(v)) {
    const r = isObj(x) ? short(x.name) ?? short(x.legalName) : short(x);
    if (r) return r;
  }
  return null;
};

function place(v: unknown): string | null {
  const parts: string[] = [];
  for (const l of arr(v).slice(0, 5)) {
    const a = isObj(l) ? (l.address ?? l) : l;
    const s = isObj(a)
      ? [a.addressLocality, a.addressRegion, name(a.addressCountry) ?? a.addressCountry]
          .map((x) => short(x))
          .filter((x, i, all) => x && all.indexOf(x) === i)
          .join(', ') || short(a.name)
      : short(a);
    if (s && !parts.includes(s)) parts.push(s);
  }
  return parts.join('; ') || null;
}

function money(v: unknown): string | null {
  if (!isObj(v)) return short(v);
  const q = isObj(v.value) ? v.value : v;
  const n = (x: unknown) => (typeof x === 'number' ? x.toLocaleString('en-GB') : short(x));
  const lo = n(q.minValue);
  const hi = n(q.maxValue);
  const one = n(q.value);
  const amount = lo && hi && lo !== hi ? `${lo}–${hi}` : lo ?? hi ?? (isObj(q.value) ? null : one);
  if (!amount) return null;
  const unit = short(q.unitText ?? v.unitText);
  return [short(v.currency), amount, unit && `per ${unit.toLowerCase()}`].filter(Boolean).join(' ');
}

function date(v: unknown): string | null {
  const s = short(v, 40);
  return s && /\d/.test(s) ? s : null;
}

export function fromJobPosting(o: Obj, max: number): Found {
  const d = typeof o.description === 'string' ? htmlToText(o.description, max) : { text: '', truncated: false };
  const id = arr(o.identifier)[0];
  return {
    title: short(o.title, 250) ?? short(o.name, 250),
    company: name(o.hiringOrganization),
    location:
      place(o.jobLocation) ??
      (/telecommute/i.test(String(o.jobLocationType ?? '')) ? 'Remote' : place(o.applicantLocationRequirements)),
    url: short(o.url, 2000),
    text: d.text.length >= MIN_TEXT ? d.text : '',
    truncated: d.truncated || undefined,
    jobId: isObj(id) ? short(id.value, 100) : short(id, 100),
    datePosted: date(o.datePosted),
    closingDate: date(o.validThrough),
    salary: money(o.baseSalary) ?? money(o.estimatedSalary),
    employmentType: arr(o.employmentType).map((x) => short(x, 60)).filter(Boolean).join(', ') || null,
  };
}

/**
 * The page's JobPosting, or when it has several, the one whose URL or id matches the page URL, else
 * the one titled like the visible heading, else the first with a description.
 */
export function fromJsonLd(doc: Document, url: string | null, heading: string | null, max: number): Found | null {
  const all = jsonLdPostings(doc).slice(0, 50);
  let best: Found | null = null;
  let bestScore = -1;
  const path = (u: string | null | undefined) => {
    try {
      const x = new URL(u ?? '');
      return x.pathname.replace(/\/$/, '') + x.search;
    } catch {
      return null;
    }
  };
  const here = path(url);
  for (const o of all) {
    const f = fromJobPosting(o, max);
    let score = f.text ? 1 : 0;
    if (here && path(f.url) === here) score += 8;
    if (url && f.jobId && f.jobId.length > 3 && url.includes(f.jobId)) score += 6;
    if (heading && f.title && norm(f.title) === norm(heading)) score += 4;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}
