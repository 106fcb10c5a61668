import { domText, qs } from '../dom-text';
import { defineBoard, pathId } from './board';

/** Lever: the description and each requirements list are sibling sections of one wrapper. */
export const lever = defineBoard({
  id: 'lever',
  host: /^jobs\.(eu\.)?lever\.co$/,
  path: /^\/[^/]+\/[0-9a-f-]{16,}/i,
  title: ['.posting-headline h2', '.posting-headline h1', 'h2', 'h1'],
  company: [
    (r) => qs(r, '.main-header-logo img')?.getAttribute('alt')?.replace(/\s*logo\s*$/i, ''),
    (r) => (r as Document).title?.split(/\s+-\s+/)[0],
  ],
  location: ['.posting-categories .location', '.sort-by-location', '.posting-category.location'],
  employmentType: ['.posting-categories .commitment', '.sort-by-commitment'],
  jobId: [pathId(/\/([0-9a-f-]{16,})/i)],
  text: (root, max) => {
    const d = qs(root, '[data-qa="job-description"]') ?? qs(root, '.posting-page .section');
    const parts = Array.from(d?.parentElement?.children ?? (d ? [d] : []))
      .filter((s) => !/last-section-apply/.test(s.getAttribute('class') ?? ''))
      .map((s) => domText(s, max));
    const text = parts.map((p) => p.text).filter(Boolean).join('\n').slice(0, max);
    return text ? { text, truncated: parts.some((p) => p.truncated) } : null;
  },
});
