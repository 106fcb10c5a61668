import { qsa } from '../dom-text';
import { defineBoard, pathId } from './board';

/** The value under a heading of Ashby's left pane ("Location", "Employment Type"). */
const pane =
  (re: RegExp) =>
  (root: ParentNode): string | null | undefined =>
    qsa(root, '.ashby-job-posting-left-pane h2').find((h) => re.test(h.textContent?.trim() ?? ''))?.nextElementSibling?.textContent;

/** Ashby job boards: a heading, a left pane of facts, the description in the right pane. */
export const ashby = defineBoard({
  id: 'ashby',
  host: /^jobs\.ashbyhq\.com$/,
  path: /^\/[^/]+\/[\da-f-]{16,}/i,
  title: '.ashby-job-posting-heading',
  company: [
    // The tab reads "Title @ Company".
    (r) => /\s@\s(.+)$/.exec((r as Document).title ?? '')?.[1],
    (r) => qsa(r, 'a[href] img[alt]')[0]?.getAttribute('alt'),
  ],
  location: pane(/^location$/i),
  employmentType: pane(/^employment type$/i),
  jobId: pathId(/^\/[^/]+\/([\da-f-]{16,})/i),
  text: '.ashby-job-posting-right-pane [class*="descriptionText"]|.ashby-job-posting-right-pane',
});
