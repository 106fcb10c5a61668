import type { Found } from './found';
import { domText, lineOf, qsa } from './dom-text';
import { short } from './text';

/** schema.org JobPosting written as microdata (itemscope/itemprop), which older boards still use. */
export function fromMicrodata(doc: Document, max: number): Found | null {
  const scope = qsa(doc, '[itemtype]').find((e) => /schema\.org\/JobPosting/i.test(e.getAttribute('itemtype')!));
  if (!scope) return null;
  const prop = (p: string, within = scope) =>
    qsa(within, '[itemprop]').find((e) => e.getAttribute('itemprop')!.split(/\s+/).includes(p)) ?? null;
  const val = (p: string, within?: Element) => {
    const e = prop(p, within);
    return e && (short(e.getAttribute('content')) ?? short(e.getAttribute('datetime')) ?? lineOf(e));
  };
  const org = prop('hiringOrganization');
  const d = domText(prop('description'), max);
  return {
    title: val('title') ?? val('name'),
    company: org && (val('name', org) ?? lineOf(org)),
    location: val('jobLocation'),
    text: d.text.length >= 40 ? d.text : '',
    truncated: d.truncated || undefined,
    jobId: val('identifier'),
    datePosted: val('datePosted'),
    closingDate: val('validThrough'),
    salary: val('baseSalary'),
    employmentType: val('employmentType'),
  };
}
