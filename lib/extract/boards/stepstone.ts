import type { Spec } from './board';
import { at, defineBoard, pathId } from './board';
import { block, domText, qsa } from '../dom-text';

const dataAt = (...v: string[]) => at('data-at', ...v);

/**
 * The StepStone group's advert markup (StepStone, Totaljobs, CWJobs, Jobsite, Caterer, Milkround,
 * PNet): data-at hooks, the advert in one section per heading (introduction, tasks, profile, offer).
 */
export const stepstoneSpec = (id: string, host: RegExp, path: RegExp): Spec => ({
  id,
  host,
  path,
  title: dataAt('header-job-title'),
  company: dataAt('metadata-company-name', 'header-company-name'),
  location: dataAt('metadata-location'),
  salary: dataAt('metadata-salary'),
  employmentType: dataAt('metadata-work-type', 'metadata-contract-type'),
  jobId: pathId(/(?:job|--)(\d{6,})/),
  text: (root, max) => {
    const sections = qsa(root, '[data-at^="section-text-"][data-at$="-content"]');
    if (!sections.length) return block(root, dataAt('job-ad-content'), max);
    // Each section keeps its heading, which sits beside its content rather than inside it.
    const text = sections
      .map((s) => [domText(s.previousElementSibling, 200).text, domText(s, max).text].filter(Boolean).join('\n'))
      .join('\n')
      .slice(0, max);
    return { text, truncated: text.length >= max };
  },
});

export const stepstone = defineBoard({
  ...stepstoneSpec('stepstone', /(^|\.)(stepstone\.[a-z]{2,3}|jobsite\.co\.uk|caterer\.com|milkround\.com|pnet\.co\.za)$/, /(stellenangebote--|\/job\/|job-offer|offre-d-emploi|vacature--)/),
});
