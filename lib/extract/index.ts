import type { Posting } from '../posting';
import { attempt, DEFAULT_MAX_CHARS, here, readPage, type Complete, type ExtractOptions, type Reader } from './core';
import { companyFromPage, unglue } from './company';
import { agencyFromPage } from './agency';
import { fromMicrodata } from './microdata';
import { fromGeneric } from './generic';
import { domText } from './dom-text';
import { joinLines } from './text';

export type { ExtractOptions } from './core';

const FALLBACKS: Reader[] = [
  ['microdata', fromMicrodata],
  ['generic', fromGeneric],
];

// The employer from the page's other signs, and whether the advertiser is a recruitment agency.
const completeCompany: Complete = (doc, f, url, onBoard) => {
  f.company ||= companyFromPage(doc, f.title ?? null, f.location ?? null, url, onBoard);
  if (f.title) f.title = unglue(f.title, f.company ?? null);
  f.agency ||= agencyFromPage(doc, f.company ?? null, f.text ?? '');
};

/**
 * The job advert on a page: a board adapter chosen by URL, else schema.org JobPosting JSON-LD, else
 * microdata, else the largest block of advert-like text. Null when the page holds no advert.
 * Never throws: a hostile or broken page gives null or what could be read.
 */
export const extract = (doc: Document, options: ExtractOptions = {}): Posting | null => attempt(() => readPage(doc, options ?? {}, FALLBACKS, completeCompany));

/** The user's selection on the page as an advert (bullets kept), or null when too little is selected. */
export const selectionPosting = (doc: Document, maxChars = DEFAULT_MAX_CHARS): Posting | null =>
  attempt(() => {
    const sel = doc.getSelection?.() ?? doc.defaultView?.getSelection?.();
    if (!sel || sel.isCollapsed) return null;
    let r = domText(sel.rangeCount ? sel.getRangeAt(0).cloneContents() : null, maxChars);
    if (r.text.length < 20) r = joinLines(sel.toString().split(/\r?\n/), maxChars);
    if (r.text.replace(/\s/g, '').length < 20) return null;
    const first = r.text.split('\n', 1)[0]!.replace(/^• /, '');
    return {
      title: first.length <= 120 ? first : null,
      company: null,
      location: null,
      url: here(doc),
      source: 'selection',
      text: r.text,
      ...(r.truncated ? { truncated: true } : {}),
    };
  });
