import { domText, qs } from '../dom-text';
import { defineBoard, pathId } from './board';

/** Lever: the description and each requirements list are sibling sections of one wrapper. */
export const lever = defineBoard({
  id: 'lever',
  host: /^jobs\.(eu\.)?lever\.co$/,
  title: '.posting-headline h2',
  company: [
    (r) => qs(r, '.main-header-logo img')?.getAttribute('alt')?.replace(/\s*logo$/i, ''),
    (r) => (r as Document).title?.split(' - ')[0],
  ],
  location: '.posting-categories .location',
  employmentType: '.posting-categories .commitment',
  jobId: pathId(/\/([\da-f-]{16,})/i),
  text: (root, max) => {
    const d = qs(root, '[data-qa="job-description"]');
    const text = Array.from(d?.parentElement?.children ?? [])
      .filter((s) => !/apply/.test(s.className))
      .map((s) => domText(s, max).text)
      .join('\n')
      .slice(0, max);
    return text ? { text, truncated: text.length >= max } : null;
  },
});
