import type { Found } from './found';
import { qsa } from './dom-text';
import { htmlToText, norm, short } from './text';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

function parse(raw: string): unknown {
  for (const s of [raw, raw.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')])
    try {
      return JSON.parse(s);
    } catch {
      // Raw line breaks in strings and trailing commas are the common hand-written faults; else give up.
    }
  return null;
}

/** Every JobPosting object in the page's JSON-LD blocks: top level, arrays, @graph, nested entities. */
function jsonLdPostings(doc: Document): Obj[] {
  const out: Obj[] = [];
  let budget = 5000;
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8 || --budget < 0 || !v || typeof v !== 'object') return;
    if (isObj(v) && arr(v['@type']).some((t) => /(^|[/:])JobPosting$/i.test(String(t)))) out.push(v);
    else for (const x of Object.values(v)) visit(x, depth + 1);
  };
  for (const s of qsa(doc, 'script'))
    if (/ld\+json/i.test(s.getAttribute('type') ?? '')) visit(parse(s.textContent ?? ''), 0);
  return out;
}

/** The distinct, non-empty short values, in order. */
const uniq = (xs: unknown[]) => [...new Set(xs.map((x) => short(x)).filter(Boolean))];

const name = (v: unknown): string | null => uniq(arr(v).map((x) => (isObj(x) ? x.name : x)))[0] ?? null;

const place = (v: unknown): string | null =>
  uniq(
    arr(v).map((l) => {
      const a = isObj(l) ? (l.address ?? l) : l;
      return isObj(a) ? uniq([a.addressLocality, a.addressRegion, name(a.addressCountry)]).join(', ') || a.name : a;
    }),
  ).join('; ') || null;

function money(v: unknown): string | null {
  if (!isObj(v)) return short(v);
  const q = isObj(v.value) ? v.value : v;
  const num = (x: unknown) => (typeof x === 'number' ? x.toLocaleString('en-GB') : x);
  const amount = uniq([q.minValue, q.maxValue].map(num)).join('–') || (q !== v && short(num(q.value)));
  const unit = short(q.unitText ?? v.unitText);
  return amount ? uniq([v.currency, amount, unit && `per ${unit.toLowerCase()}`]).join(' ') : null;
}

const date = (v: unknown) => {
  const s = short(v, 40);
  return s && /\d/.test(s) ? s : null;
};

export function fromJobPosting(o: Obj, max: number): Found {
  const d = htmlToText(typeof o.description === 'string' ? o.description : '', max);
  const id = arr(o.identifier)[0];
  return {
    title: short(o.title, 250) ?? short(o.name, 250),
    company: name(o.hiringOrganization),
    // schema.org's EmploymentAgency: the advertiser says it is a recruitment agency.
    agency: arr(o.hiringOrganization).some((x) => isObj(x) && arr(x['@type']).some((t) => /(^|[/:])EmploymentAgency$/i.test(String(t))))
      ? { name: name(o.hiringOrganization) }
      : undefined,
    location: place(o.jobLocation) ?? (/telecommute/i.test(String(o.jobLocationType)) ? 'Remote' : place(o.applicantLocationRequirements)),
    url: short(o.url, 2000),
    // An empty or token description is the page lying about its advert: it does not count as text.
    text: d.text.length >= 40 ? d.text : '',
    truncated: d.truncated || undefined,
    jobId: short(isObj(id) ? id.value : id, 100),
    datePosted: date(o.datePosted),
    closingDate: date(o.validThrough),
    salary: money(o.baseSalary),
    employmentType: uniq(arr(o.employmentType)).join(', ') || null,
  };
}

const path = (u: string | null | undefined) => {
  try {
    const x = new URL(u ?? '');
    return x.pathname.replace(/\/$/, '') + x.search;
  } catch {
    return null;
  }
};

/**
 * The page's JobPosting, or when it has several, the one whose URL or id matches the page URL, else
 * the one titled like the visible heading, else the first with a description.
 */
export function fromJsonLd(doc: Document, url: string | null, heading: string | null, max: number): Found | null {
  let best: Found | null = null;
  let top = -1;
  const here = path(url);
  for (const o of jsonLdPostings(doc).slice(0, 50)) {
    const f = fromJobPosting(o, max);
    const score =
      (f.text ? 1 : 0) +
      (here && path(f.url) === here ? 8 : 0) +
      (url && f.jobId && f.jobId.length > 3 && url.includes(f.jobId) ? 6 : 0) +
      (heading && f.title && norm(f.title) === norm(heading) ? 4 : 0);
    if (score > top) [best, top] = [f, score];
  }
  return best;
}
