import type { Found } from './found';
import { MIN_TEXT } from './found';
import { domText, lineOf, qsa } from './dom-text';
import { short } from './text';

/** schema.org JobPosting written as microdata (itemscope/itemprop), which older boards still use. */
export function fromMicrodata(doc: Document, max: number): Found | null {
  const scope = qsa(doc, '[itemtype]').find((e) => /schema\.org\/JobPosting/i.test(e.getAttribute('itemtype') ?? ''));
  if (!scope) return null;
  const prop = (p: string, within: Element = scope) =>
    qsa(within, '[itemprop]').find((e) => (e.getAttribute('itemprop') ?? '').split(/\s+/).includes(p)) ?? null;
  const val = (e: Element | null) =>
    e ? short(e.getAttribute('content')) ?? short(e.getAttribute('datetime')) ?? lineOf(e) : null;
  const org = prop('hiringOrganization');
  const d = domText(prop('description'), max);
  return {
    title: val(prop('title')) ?? val(prop('name')),
    company: org ? val(prop('name', org)) ?? val(org) : null,
    location: val(prop('jobLocation')),
    text: d.text.length >= MIN_TEXT ? d.text : '',
    truncated: d.truncated || undefined,
    jobId: val(prop('identifier')),
    datePosted: val(prop('datePosted')),
    closingDate: val(prop('validThrough')),
    salary: val(prop('baseSalary')) ?? val(prop('salary')),
    employmentType: val(prop('employmentType')),
  };
}
