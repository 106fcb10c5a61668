import type { Found } from './found';
import { fromJobPosting } from './jsonld';
import { lineOf, qsa } from './dom-text';

/**
 * schema.org JobPosting written as microdata (itemscope/itemprop), which older boards still use,
 * gathered into the shape of a JSON-LD posting and read the same way.
 */
export function fromMicrodata(doc: Document, max: number): Found | null {
  const scope = qsa(doc, '[itemtype]').find((e) => /schema\.org\/JobPosting/i.test(e.getAttribute('itemtype')!));
  if (!scope) return null;
  const o: Record<string, unknown> = { '@type': 'JobPosting' };
  for (const e of qsa(scope, '[itemprop]')) {
    // Properties of nested items (the organisation's name) belong to them, not to the posting.
    if (e.parentElement?.closest('[itemscope]') !== scope) continue;
    for (const p of e.getAttribute('itemprop')!.split(/\s+/))
      o[p] ??=
        p === 'description'
          ? e.innerHTML
          : p === 'hiringOrganization'
            ? { name: lineOf(qsa(e, '[itemprop~="name"]')[0] ?? e) }
            : (e.getAttribute('content') ?? e.getAttribute('datetime') ?? lineOf(e));
  }
  return fromJobPosting(o, max);
}
